//! Offices back-filled in the b10k data session: Kuwait's foreign ministers of 2019–2024, its
//! defence ministers (2001–2012 and 2013–2025, with the gaps listed in `known_gaps.tsv`) and its
//! interior ministers (2006–2007 and 2011–2024), and Yemen's foreign ministers of
//! 2014, 2015–2018 and 2019–2020. A role phrase dated inside a new term names that term's
//! holder, the predecessor answers on the day before a change and the successor on the day of
//! it, and the new full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const KW_FM: &str = "استقبل وزير الخارجية الكويتي الوفد الزائر.";
const KW_DM: &str = "قال وزير الدفاع الكويتي إن الجيش في جاهزية تامة.";
const KW_IM: &str = "أصدر وزير الداخلية الكويتي قرارا جديدا.";
const YE_FM: &str = "التقى وزير الخارجية اليمني السفير الفرنسي.";

#[test]
fn kuwait_foreign_ministers_2019_to_2024() {
    let p = "وزير الخارجية الكويتي";
    check_role_phrases(&[
        (
            KW_FM,
            "2019-12-17",
            &[(p, "ahmad-nasser-al-mohammad-al-sabah")],
        ),
        (
            KW_FM,
            "2022-10-15",
            &[(p, "ahmad-nasser-al-mohammad-al-sabah")],
        ),
        (
            KW_FM,
            "2022-10-16",
            &[(p, "salem-abdullah-al-jaber-al-sabah")],
        ),
        (
            KW_FM,
            "2024-01-16",
            &[(p, "salem-abdullah-al-jaber-al-sabah")],
        ),
        (KW_FM, "2024-01-17", &[(p, "abdullah-al-yahya")]),
    ]);
}

#[test]
fn kuwait_defence_ministers() {
    let p = "وزير الدفاع الكويتي";
    check_role_phrases(&[
        (KW_DM, "2001-02-14", &[(p, "jaber-al-mubarak-al-sabah")]),
        (KW_DM, "2011-12-03", &[(p, "jaber-al-mubarak-al-sabah")]),
        (KW_DM, "2011-12-13", &[(p, "ahmad-al-hmoud-al-sabah")]),
        (KW_DM, "2012-02-13", &[(p, "ahmad-al-hmoud-al-sabah")]),
        (KW_DM, "2013-08-04", &[(p, "khalid-al-jarrah-al-sabah")]),
        (KW_DM, "2016-12-09", &[(p, "khalid-al-jarrah-al-sabah")]),
        (
            KW_DM,
            "2016-12-10",
            &[(p, "mohammad-khalid-al-hamad-al-sabah")],
        ),
        (
            KW_DM,
            "2017-12-10",
            &[(p, "mohammad-khalid-al-hamad-al-sabah")],
        ),
        (
            KW_DM,
            "2017-12-11",
            &[(p, "nasser-sabah-al-ahmad-al-sabah")],
        ),
        (
            KW_DM,
            "2019-11-17",
            &[(p, "nasser-sabah-al-ahmad-al-sabah")],
        ),
        (
            KW_DM,
            "2019-12-17",
            &[(p, "ahmad-mansour-al-ahmad-al-sabah")],
        ),
        (
            KW_DM,
            "2020-12-13",
            &[(p, "ahmad-mansour-al-ahmad-al-sabah")],
        ),
        (KW_DM, "2020-12-14", &[(p, "hamad-jaber-al-ali-al-sabah")]),
        (KW_DM, "2022-02-16", &[(p, "hamad-jaber-al-ali-al-sabah")]),
        (
            KW_DM,
            "2022-02-17",
            &[(p, "ahmad-nasser-al-mohammad-al-sabah")],
        ),
        (
            KW_DM,
            "2022-03-08",
            &[(p, "ahmad-nasser-al-mohammad-al-sabah")],
        ),
        (KW_DM, "2022-03-09", &[(p, "talal-al-khalid-al-sabah")]),
        (KW_DM, "2022-10-15", &[(p, "talal-al-khalid-al-sabah")]),
        (KW_DM, "2023-06-18", &[(p, "ahmad-al-fahad-al-sabah")]),
        (KW_DM, "2024-01-16", &[(p, "ahmad-al-fahad-al-sabah")]),
        (KW_DM, "2024-01-17", &[(p, "fahad-yousef-saud-al-sabah")]),
        (KW_DM, "2025-02-03", &[(p, "fahad-yousef-saud-al-sabah")]),
        (
            KW_DM,
            "2025-02-04",
            &[(p, "abdullah-ali-al-abdullah-al-sabah")],
        ),
    ]);
}

#[test]
fn kuwait_interior_ministers() {
    let p = "وزير الداخلية الكويتي";
    check_role_phrases(&[
        (KW_IM, "2006-02-09", &[(p, "jaber-al-mubarak-al-sabah")]),
        (KW_IM, "2007-10-27", &[(p, "jaber-al-mubarak-al-sabah")]),
        (KW_IM, "2011-02-06", &[(p, "ahmad-al-hmoud-al-sabah")]),
        (KW_IM, "2013-08-03", &[(p, "ahmad-al-hmoud-al-sabah")]),
        (
            KW_IM,
            "2013-08-04",
            &[(p, "mohammad-khalid-al-hamad-al-sabah")],
        ),
        (
            KW_IM,
            "2016-12-09",
            &[(p, "mohammad-khalid-al-hamad-al-sabah")],
        ),
        (KW_IM, "2016-12-10", &[(p, "khalid-al-jarrah-al-sabah")]),
        (KW_IM, "2019-11-17", &[(p, "khalid-al-jarrah-al-sabah")]),
        (KW_IM, "2019-11-18", &[(p, "anas-al-saleh")]),
        (KW_IM, "2020-12-13", &[(p, "anas-al-saleh")]),
        (KW_IM, "2020-12-14", &[(p, "thamer-ali-al-sabah")]),
        (KW_IM, "2021-12-27", &[(p, "thamer-ali-al-sabah")]),
        (
            KW_IM,
            "2021-12-28",
            &[(p, "ahmad-mansour-al-ahmad-al-sabah")],
        ),
        (
            KW_IM,
            "2022-02-16",
            &[(p, "ahmad-mansour-al-ahmad-al-sabah")],
        ),
        (KW_IM, "2022-03-09", &[(p, "ahmad-nawaf-al-sabah")]),
        (KW_IM, "2022-07-23", &[(p, "ahmad-nawaf-al-sabah")]),
        (KW_IM, "2022-08-01", &[(p, "talal-al-khalid-al-sabah")]),
        (KW_IM, "2024-01-16", &[(p, "talal-al-khalid-al-sabah")]),
        (KW_IM, "2024-01-17", &[(p, "fahad-yousef-saud-al-sabah")]),
    ]);
}

#[test]
fn yemen_foreign_ministers() {
    let p = "وزير الخارجية اليمني";
    check_role_phrases(&[
        (YE_FM, "2014-03-10", &[(p, "abu-bakr-al-qirbi")]),
        (YE_FM, "2014-03-11", &[(p, "jamal-al-sallal")]),
        (YE_FM, "2014-11-06", &[(p, "jamal-al-sallal")]),
        (YE_FM, "2015-12-01", &[(p, "abdulmalik-al-mekhlafi")]),
        (YE_FM, "2018-05-23", &[(p, "abdulmalik-al-mekhlafi")]),
        (YE_FM, "2018-05-24", &[(p, "khaled-al-yamani")]),
        (YE_FM, "2019-09-19", &[(p, "mohammed-al-hadhrami")]),
        (YE_FM, "2020-12-17", &[(p, "mohammed-al-hadhrami")]),
        (YE_FM, "2020-12-18", &[(p, "ahmed-awad-bin-mubarak")]),
    ]);
}

#[test]
fn the_new_full_names_name_their_persons() {
    check_names_on(
        "2022-05-01",
        &[
            (
                "وأكد أحمد ناصر المحمد الصباح أن العلاقات متينة.",
                &[(
                    "أحمد ناصر المحمد الصباح",
                    "ahmad-nasser-al-mohammad-al-sabah",
                )],
            ),
            (
                "وزار طلال الخالد الأحمد الصباح المعسكر.",
                &[("طلال الخالد الأحمد الصباح", "talal-al-khalid-al-sabah")],
            ),
        ],
    );
    check_names_on(
        "2023-08-01",
        &[
            (
                "وأكد سالم عبد الله الجابر الصباح أن الموقف ثابت.",
                &[(
                    "سالم عبد الله الجابر الصباح",
                    "salem-abdullah-al-jaber-al-sabah",
                )],
            ),
            (
                "وتفقد أحمد الفهد الأحمد الصباح القوات.",
                &[("أحمد الفهد الأحمد الصباح", "ahmad-al-fahad-al-sabah")],
            ),
        ],
    );
    check_names_on(
        "2021-06-01",
        &[
            (
                "وقال حمد جابر العلي الصباح إن الجيش جاهز.",
                &[("حمد جابر العلي الصباح", "hamad-jaber-al-ali-al-sabah")],
            ),
            (
                "وأعلن ثامر علي صباح السالم الصباح خطة أمنية.",
                &[("ثامر علي صباح السالم الصباح", "thamer-ali-al-sabah")],
            ),
        ],
    );
    check_names_on(
        "2020-06-01",
        &[(
            "وقال أحمد منصور الأحمد الصباح إن التدريبات مستمرة.",
            &[("أحمد منصور الأحمد الصباح", "ahmad-mansour-al-ahmad-al-sabah")],
        )],
    );
    check_names_on(
        "2018-06-01",
        &[
            (
                "واستقبل ناصر صباح الأحمد الصباح الضيوف.",
                &[("ناصر صباح الأحمد الصباح", "nasser-sabah-al-ahmad-al-sabah")],
            ),
            (
                "وأعلن خالد الجراح الصباح نتائج التحقيق.",
                &[("خالد الجراح الصباح", "khalid-al-jarrah-al-sabah")],
            ),
        ],
    );
    check_names_on(
        "2014-06-01",
        &[(
            "وصرح جمال عبد الله السلال بأن بلاده تدعم الحوار.",
            &[("جمال عبد الله السلال", "jamal-al-sallal")],
        )],
    );
    check_names_on(
        "2017-01-10",
        &[(
            "وقال عبد الملك المخلافي إن الحكومة مستعدة للسلام.",
            &[("عبد الملك المخلافي", "abdulmalik-al-mekhlafi")],
        )],
    );
    check_names_on(
        "2020-02-01",
        &[(
            "وأكد محمد عبد الله الحضرمي دعم بلاده للمبادرة.",
            &[("محمد عبد الله الحضرمي", "mohammed-al-hadhrami")],
        )],
    );
}
