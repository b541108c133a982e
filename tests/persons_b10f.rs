//! Offices back-filled in the b10f data session: Ukraine's defence minister Yuriy Yekhanurov
//! (2007–2009), Ethiopia's foreign minister Hailemariam Desalegn (2010–2012) and defence ministers
//! (Siraj Fegessa, Aisha Mohammed's first term, Lemma Megersa, Kenea Yadeta, Abraham Belay), the presidents of
//! Italy's Chamber of Deputies (Scalfaro, Napolitano, Fini, Boldrini, Fico, Fontana) and the
//! Lok Sabha speakership of Shivraj Patil. A role phrase dated inside a new term names that
//! term's holder, the predecessor answers on the day before a change and the successor on the
//! day of it, and the new full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const UA_DM: &str = "زار وزير الدفاع الأوكراني القوات المنتشرة في الشرق.";
const ET_FM: &str = "استقبل وزير الخارجية الإثيوبي المبعوث الأممي في أديس أبابا.";
const IT_SP: &str = "افتتح رئيس مجلس النواب الإيطالي الجلسة صباح اليوم.";
const ET_DM: &str = "تفقد وزير الدفاع الإثيوبي الوحدات العسكرية في الشمال.";
const IN_SP: &str = "دعا رئيس البرلمان الهندي النواب إلى الهدوء.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (
            ET_DM,
            "2008-10-30",
            &[("وزير الدفاع الإثيوبي", "siraj-fegessa")],
        ),
        (
            ET_DM,
            "2018-04-18",
            &[("وزير الدفاع الإثيوبي", "siraj-fegessa")],
        ),
        (
            ET_DM,
            "2018-10-16",
            &[("وزير الدفاع الإثيوبي", "aisha-mohammed-mussa")],
        ),
        (
            ET_DM,
            "2019-04-17",
            &[("وزير الدفاع الإثيوبي", "aisha-mohammed-mussa")],
        ),
        (
            ET_DM,
            "2019-04-18",
            &[("وزير الدفاع الإثيوبي", "lemma-megersa")],
        ),
        (
            ET_DM,
            "2020-08-17",
            &[("وزير الدفاع الإثيوبي", "lemma-megersa")],
        ),
        (
            ET_DM,
            "2020-08-18",
            &[("وزير الدفاع الإثيوبي", "kenea-yadeta")],
        ),
        (
            ET_DM,
            "2021-10-05",
            &[("وزير الدفاع الإثيوبي", "kenea-yadeta")],
        ),
        (
            ET_DM,
            "2021-10-06",
            &[("وزير الدفاع الإثيوبي", "abraham-belay")],
        ),
        (
            ET_DM,
            "2024-05-19",
            &[("وزير الدفاع الإثيوبي", "abraham-belay")],
        ),
        (
            ET_DM,
            "2024-05-20",
            &[("وزير الدفاع الإثيوبي", "aisha-mohammed-mussa")],
        ),
        (
            UA_DM,
            "2007-12-18",
            &[("وزير الدفاع الأوكراني", "yuriy-yekhanurov")],
        ),
        (
            UA_DM,
            "2009-06-04",
            &[("وزير الدفاع الأوكراني", "yuriy-yekhanurov")],
        ),
        (
            ET_FM,
            "2010-10-05",
            &[("وزير الخارجية الإثيوبي", "hailemariam-desalegn")],
        ),
        (
            ET_FM,
            "2012-11-28",
            &[("وزير الخارجية الإثيوبي", "hailemariam-desalegn")],
        ),
        (
            ET_FM,
            "2012-11-29",
            &[("وزير الخارجية الإثيوبي", "tedros-adhanom")],
        ),
        (
            IT_SP,
            "1992-05-01",
            &[("رئيس مجلس النواب الإيطالي", "oscar-luigi-scalfaro")],
        ),
        (
            IT_SP,
            "1992-06-03",
            &[("رئيس مجلس النواب الإيطالي", "giorgio-napolitano")],
        ),
        (
            IT_SP,
            "1994-04-13",
            &[("رئيس مجلس النواب الإيطالي", "giorgio-napolitano")],
        ),
        (
            IT_SP,
            "2008-04-30",
            &[("رئيس مجلس النواب الإيطالي", "gianfranco-fini")],
        ),
        (
            IT_SP,
            "2013-03-15",
            &[("رئيس مجلس النواب الإيطالي", "gianfranco-fini")],
        ),
        (
            IT_SP,
            "2013-03-16",
            &[("رئيس مجلس النواب الإيطالي", "laura-boldrini")],
        ),
        (
            IT_SP,
            "2018-03-24",
            &[("رئيس مجلس النواب الإيطالي", "roberto-fico")],
        ),
        (
            IT_SP,
            "2022-10-13",
            &[("رئيس مجلس النواب الإيطالي", "roberto-fico")],
        ),
        (
            IT_SP,
            "2022-10-14",
            &[("رئيس مجلس النواب الإيطالي", "lorenzo-fontana")],
        ),
        (
            IT_SP,
            "2026-12-07",
            &[("رئيس مجلس النواب الإيطالي", "lorenzo-fontana")],
        ),
        (
            IN_SP,
            "1991-07-10",
            &[("رئيس البرلمان الهندي", "shivraj-patil")],
        ),
        (
            IN_SP,
            "1996-05-21",
            &[("رئيس البرلمان الهندي", "shivraj-patil")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    check_names_on(
        "2022-03-01",
        &[
            (
                "وقال أبراهام بلاي إن الجيش سيواصل مهامه.",
                &[("أبراهام بلاي", "abraham-belay")],
            ),
            (
                "وأكد إبراهام بيلاي جاهزية القوات.",
                &[("إبراهام بيلاي", "abraham-belay")],
            ),
        ],
    );
    check_names_on(
        "2021-01-10",
        &[
            (
                "وزار قنأ يادتا مقر القيادة الشمالية.",
                &[("قنأ يادتا", "kenea-yadeta")],
            ),
            (
                "وتحدث كنيا ياديتا إلى الضباط.",
                &[("كنيا ياديتا", "kenea-yadeta")],
            ),
        ],
    );
    check_names_on(
        "2019-10-01",
        &[
            (
                "واستقبل لما مجرسا الوفد العسكري.",
                &[("لما مجرسا", "lemma-megersa")],
            ),
            (
                "وقال ليما ميجيرسا إن الوضع مستقر.",
                &[("ليما ميجيرسا", "lemma-megersa")],
            ),
        ],
    );
    check_names_on(
        "2015-02-01",
        &[
            (
                "وأعلن سراج فقيسا نتائج الاجتماع.",
                &[("سراج فقيسا", "siraj-fegessa")],
            ),
            (
                "وقال سيراج فيجيسا إن الحدود آمنة.",
                &[("سيراج فيجيسا", "siraj-fegessa")],
            ),
        ],
    );
    check_names_on(
        "2015-06-10",
        &[(
            "وقالت لاورا بولدريني إن البرلمان سيناقش ملف الهجرة.",
            &[("لاورا بولدريني", "laura-boldrini")],
        )],
    );
    check_names_on(
        "2019-11-20",
        &[(
            "ووصل روبرتو فيكو إلى القاهرة في زيارة رسمية.",
            &[("روبرتو فيكو", "roberto-fico")],
        )],
    );
    check_names_on(
        "2023-05-02",
        &[
            (
                "وأكد لورنزو فونتانا دعم روما للحوار البرلماني.",
                &[("لورنزو فونتانا", "lorenzo-fontana")],
            ),
            (
                "وتحدث لورنسو فونتانا أمام الوفد الزائر.",
                &[("لورنسو فونتانا", "lorenzo-fontana")],
            ),
        ],
    );
}
