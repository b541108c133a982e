//! Foreign and defence ministers added in the gap6c data session: the foreign ministers of
//! Austria, Belgium, Greece, Norway, Belarus, Armenia, Brazil, Pakistan and the Netherlands, the
//! defence ministers of Canada, Italy, Malaysia, Indonesia and the Netherlands, and a foreign
//! ministry term of François-Philippe Champagne. A role phrase dated inside a new term names
//! that term's holder, the predecessor answers on the day before the change and the successor on
//! the day of it, and the new full names name their person. Every sentence is written for this
//! test.

mod common;
use common::{check_names_on, check_role_phrases};

const AT_FM: &str = "وصلت وزيرة الخارجية النمساوية إلى بروكسل صباح اليوم.";
const BE_FM: &str = "التقى وزير الخارجية البلجيكي الوفد الكونغولي.";
const CA_DM: &str = "تحدث وزير الدفاع الكندي عن الإنفاق العسكري.";
const GR_FM: &str = "يزور وزير الخارجية اليوناني أنقرة الأسبوع المقبل.";
const NO_FM: &str = "قالت وزيرة الخارجية النرويجية إن بلادها تدعم الحوار.";
const BY_FM: &str = "استقبل وزير الخارجية البيلاروسي السفير الروسي.";
const AM_FM: &str = "زار وزير الخارجية الأرميني موسكو في أول جولة له.";
const BR_FM: &str = "أكد وزير الخارجية البرازيلي احترام بلاده للقانون الدولي.";
const IT_DM: &str = "تفقد وزير الدفاع الإيطالي الجنود المنتشرين في لبنان.";
const PK_FM: &str = "ستزور وزيرة الخارجية الباكستانية نيودلهي لإجراء محادثات.";
const MY_DM: &str = "شارك وزير الدفاع الماليزي في حوار شانغريلا.";
const NL_FM: &str = "انتقد وزير الخارجية الهولندي الهجوم على المدينة.";
const ID_DM: &str = "دعا وزير الدفاع الإندونيسي الجنود إلى خدمة الشعب.";
const NL_DM: &str = "أعلن وزير الدفاع الهولندي زيادة الإنفاق العسكري.";
const CA_FM: &str = "يشارك وزير الخارجية الكندي في اجتماع مجموعة العشرين.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (
            AT_FM,
            "2025-03-02",
            &[("وزيرة الخارجية النمساوية", "alexander-schallenberg")],
        ),
        (
            AT_FM,
            "2025-03-03",
            &[("وزيرة الخارجية النمساوية", "beate-meinl-reisinger")],
        ),
        (
            AT_FM,
            "2026-12-07",
            &[("وزيرة الخارجية النمساوية", "beate-meinl-reisinger")],
        ),
        (
            BE_FM,
            "2025-02-02",
            &[("وزير الخارجية البلجيكي", "hadja-lahbib")],
        ),
        (
            BE_FM,
            "2025-02-03",
            &[("وزير الخارجية البلجيكي", "maxime-prevot")],
        ),
        (CA_DM, "2025-05-12", &[("وزير الدفاع الكندي", "bill-blair")]),
        (
            CA_DM,
            "2025-05-13",
            &[("وزير الدفاع الكندي", "david-mcguinty")],
        ),
        (
            GR_FM,
            "2023-06-27",
            &[("وزير الخارجية اليوناني", "giorgos-gerapetritis")],
        ),
        (
            GR_FM,
            "2026-02-24",
            &[("وزير الخارجية اليوناني", "giorgos-gerapetritis")],
        ),
        (
            NO_FM,
            "2021-10-13",
            &[("وزيرة الخارجية النرويجية", "ine-eriksen-soreide")],
        ),
        (
            NO_FM,
            "2021-10-14",
            &[("وزيرة الخارجية النرويجية", "anniken-huitfeldt")],
        ),
        (
            NO_FM,
            "2023-10-15",
            &[("وزيرة الخارجية النرويجية", "anniken-huitfeldt")],
        ),
        (
            NO_FM,
            "2023-10-16",
            &[("وزيرة الخارجية النرويجية", "espen-barth-eide")],
        ),
        (
            BY_FM,
            "2022-12-13",
            &[("وزير الخارجية البيلاروسي", "sergei-aleinik")],
        ),
        (
            BY_FM,
            "2024-06-26",
            &[("وزير الخارجية البيلاروسي", "sergei-aleinik")],
        ),
        (
            BY_FM,
            "2024-06-27",
            &[("وزير الخارجية البيلاروسي", "maxim-ryzhenkov")],
        ),
        (
            AM_FM,
            "2020-12-08",
            &[("وزير الخارجية الأرميني", "ara-ayvazyan")],
        ),
        (
            AM_FM,
            "2021-05-26",
            &[("وزير الخارجية الأرميني", "ara-ayvazyan")],
        ),
        (
            CA_FM,
            "2019-11-19",
            &[("وزير الخارجية الكندي", "chrystia-freeland")],
        ),
        (
            CA_FM,
            "2019-11-20",
            &[("وزير الخارجية الكندي", "francois-philippe-champagne")],
        ),
        (
            CA_FM,
            "2021-01-11",
            &[("وزير الخارجية الكندي", "francois-philippe-champagne")],
        ),
        (
            BR_FM,
            "2017-03-07",
            &[("وزير الخارجية البرازيلي", "aloysio-nunes")],
        ),
        (
            BR_FM,
            "2018-12-31",
            &[("وزير الخارجية البرازيلي", "aloysio-nunes")],
        ),
        (
            BR_FM,
            "2019-01-01",
            &[("وزير الخارجية البرازيلي", "ernesto-araujo")],
        ),
        (
            IT_DM,
            "2008-05-07",
            &[("وزير الدفاع الإيطالي", "arturo-parisi")],
        ),
        (
            IT_DM,
            "2008-05-08",
            &[("وزير الدفاع الإيطالي", "ignazio-la-russa")],
        ),
        (
            IT_DM,
            "2011-11-16",
            &[("وزير الدفاع الإيطالي", "giampaolo-di-paola")],
        ),
        (
            MY_DM,
            "2023-12-12",
            &[("وزير الدفاع الماليزي", "mohamed-khaled-nordin")],
        ),
        (
            MY_DM,
            "2026-12-07",
            &[("وزير الدفاع الماليزي", "mohamed-khaled-nordin")],
        ),
        (
            NL_FM,
            "2024-07-02",
            &[("وزير الخارجية الهولندي", "caspar-veldkamp")],
        ),
        (
            NL_FM,
            "2025-08-21",
            &[("وزير الخارجية الهولندي", "caspar-veldkamp")],
        ),
        (
            ID_DM,
            "2024-10-21",
            &[("وزير الدفاع الإندونيسي", "sjafrie-sjamsoeddin")],
        ),
        (
            NL_DM,
            "2024-07-02",
            &[("وزير الدفاع الهولندي", "ruben-brekelmans")],
        ),
        (
            NL_DM,
            "2026-02-22",
            &[("وزير الدفاع الهولندي", "ruben-brekelmans")],
        ),
        (
            NL_DM,
            "2026-02-23",
            &[("وزير الدفاع الهولندي", "dilan-yesilgoz")],
        ),
        (
            PK_FM,
            "2011-07-19",
            &[("وزيرة الخارجية الباكستانية", "hina-rabbani-khar")],
        ),
        (
            PK_FM,
            "2013-03-15",
            &[("وزيرة الخارجية الباكستانية", "hina-rabbani-khar")],
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "2026-12-07",
        &[
            (
                "وقالت بياته ماينل-رايسينغر إن فيينا مستعدة للوساطة.",
                &[("بياته ماينل-رايسينغر", "beate-meinl-reisinger")],
            ),
            (
                "وأعلن ماكسيم بريفو دعم بلاده للمبادرة.",
                &[("ماكسيم بريفو", "maxime-prevot")],
            ),
            (
                "وأكد ديفيد ماكغينتي التزام أوتاوا بالحلف.",
                &[("ديفيد ماكغينتي", "david-mcguinty")],
            ),
            (
                "وصرح جيورجوس جيرابيتريتيس للصحفيين بعد الاجتماع.",
                &[("جيورجوس جيرابيتريتيس", "giorgos-gerapetritis")],
            ),
            (
                "وبحث مكسيم ريجينكوف العلاقات الثنائية مع ضيفه.",
                &[("مكسيم ريجينكوف", "maxim-ryzhenkov")],
            ),
        ],
    );
    check_names_on(
        "2023-01-10",
        &[
            (
                "وقالت أنيكين هويتفيلد إن النرويج ستواصل دعمها.",
                &[("أنيكين هويتفيلد", "anniken-huitfeldt")],
            ),
            (
                "وأكد سيرغي ألينيك أن أولويات السياسة الخارجية لم تتغير.",
                &[("سيرغي ألينيك", "sergei-aleinik")],
            ),
            (
                "وأكد آرا أيفازيان أن الاتصالات مستمرة.",
                &[("آرا أيفازيان", "ara-ayvazyan")],
            ),
            (
                "وقال ألويسيو نونيس إن بلاده لا تربح شيئا من القرار.",
                &[("ألويسيو نونيس", "aloysio-nunes")],
            ),
            (
                "وزار إغنازيو لا روسا القوات الإيطالية.",
                &[("إغنازيو لا روسا", "ignazio-la-russa")],
            ),
            (
                "والتقت هينا رباني خار الوفد الهندي.",
                &[("هينا رباني خار", "hina-rabbani-khar")],
            ),
            (
                "وأعلن محمد خالد نوردين تعيين قائد جديد للقوات المسلحة.",
                &[("محمد خالد نوردين", "mohamed-khaled-nordin")],
            ),
            (
                "وقال كاسبار فيلدكامب إن مقترحاته نوقشت بجدية.",
                &[("كاسبار فيلدكامب", "caspar-veldkamp")],
            ),
            (
                "وقال سجافري سجامسودين إن الجيش ولد من رحم الشعب.",
                &[("سجافري سجامسودين", "sjafrie-sjamsoeddin")],
            ),
            (
                "وتسلمت ديلان يشيلغوز مهامها رسميا.",
                &[("ديلان يشيلغوز", "dilan-yesilgoz")],
            ),
        ],
    );
}
