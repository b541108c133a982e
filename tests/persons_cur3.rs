//! Speakers and interior ministers of Arab states brought up to 2026-12-07 in the cur3 data
//! session: Iraq's and Egypt's speakers elected by the new parliaments (2025-12-29, 2026-01-12),
//! Algeria's interior minister of the government of September 2025 and Kuwait's interior
//! minister since January 2024. A role phrase dated inside a new term names that term's holder,
//! the predecessor answers on the day before the change, and the new full names name their
//! person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_roles};

const IQ_SP: &str = "دعا رئيس مجلس النواب العراقي إلى جلسة طارئة.";
const EG_SP: &str = "افتتح رئيس مجلس النواب المصري دور الانعقاد.";
const DZ_INT: &str = "أشرف وزير الداخلية الجزائري على تنصيب الولاة الجدد.";
const KW_INT: &str = "تفقد وزير الداخلية الكويتي المنافذ الحدودية.";
const LB_EN: &str = "عرض وزير الطاقة اللبناني خطة الكهرباء على الحكومة.";
const MR_FIN: &str = "قدم وزير المالية الموريتاني مشروع الميزانية.";
const MR_INT: &str = "أشرف وزير الداخلية الموريتاني على الإحصاء الإداري.";
const JO_INT: &str = "ترأس وزير الداخلية الأردني اجتماع مجلس الأمن الداخلي.";
const SO_SP: &str = "أعلن رئيس مجلس الشعب الصومالي رفع الجلسة.";
const DJ_SP: &str = "استقبل رئيس البرلمان الجيبوتي وفدا برلمانيا عربيا.";
const SD_INT: &str = "افتتح وزير الداخلية السوداني أقسام الشرطة في العاصمة.";
const PS_INT: &str = "بحث وزير الداخلية الفلسطيني أوضاع الأجهزة الأمنية.";
const TN_EN: &str = "دشنت وزيرة الطاقة التونسية محطة شمسية جديدة.";
const JO_AC: &str = "استقبل رئيس هيئة الأركان الأردني قائد القوات الزائر.";
const MA_EN: &str = "وقعت وزيرة الطاقة المغربية اتفاقا للهيدروجين الأخضر.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            IQ_SP,
            "رئيس مجلس النواب العراقي",
            "2025-12-29",
            "haibat-al-halbousi",
        ),
        (
            IQ_SP,
            "رئيس مجلس النواب العراقي",
            "2026-12-07",
            "haibat-al-halbousi",
        ),
        (
            EG_SP,
            "رئيس مجلس النواب المصري",
            "2026-01-12",
            "hisham-badawi",
        ),
        (
            EG_SP,
            "رئيس مجلس النواب المصري",
            "2026-12-07",
            "hisham-badawi",
        ),
        (
            DZ_INT,
            "وزير الداخلية الجزائري",
            "2025-09-15",
            "said-sayoud",
        ),
        (
            DZ_INT,
            "وزير الداخلية الجزائري",
            "2026-12-07",
            "said-sayoud",
        ),
        (
            KW_INT,
            "وزير الداخلية الكويتي",
            "2024-06-01",
            "fahad-yousef-saud-al-sabah",
        ),
        (
            KW_INT,
            "وزير الداخلية الكويتي",
            "2026-12-07",
            "fahad-yousef-saud-al-sabah",
        ),
        (LB_EN, "وزير الطاقة اللبناني", "2025-02-08", "joe-saddi"),
        (LB_EN, "وزير الطاقة اللبناني", "2026-12-07", "joe-saddi"),
        (MA_EN, "وزيرة الطاقة المغربية", "2021-10-07", "leila-benali"),
        (MA_EN, "وزيرة الطاقة المغربية", "2026-06-01", "leila-benali"),
        (
            MR_FIN,
            "وزير المالية الموريتاني",
            "2024-08-06",
            "sid-ahmed-ould-bouh",
        ),
        (
            MR_FIN,
            "وزير المالية الموريتاني",
            "2026-12-07",
            "sid-ahmed-ould-bouh",
        ),
        (
            MR_INT,
            "وزير الداخلية الموريتاني",
            "2022-03-31",
            "mohamed-ahmed-ould-mohamed-lemine",
        ),
        (
            MR_INT,
            "وزير الداخلية الموريتاني",
            "2026-12-07",
            "mohamed-ahmed-ould-mohamed-lemine",
        ),
        (
            JO_INT,
            "وزير الداخلية الأردني",
            "2021-03-07",
            "mazen-al-faraya",
        ),
        (
            JO_INT,
            "وزير الداخلية الأردني",
            "2026-12-07",
            "mazen-al-faraya",
        ),
        (
            SO_SP,
            "رئيس مجلس الشعب الصومالي",
            "2022-04-28",
            "aden-madobe",
        ),
        (
            SO_SP,
            "رئيس مجلس الشعب الصومالي",
            "2026-12-07",
            "aden-madobe",
        ),
        (
            DJ_SP,
            "رئيس البرلمان الجيبوتي",
            "2023-03-05",
            "dileita-mohamed-dileita",
        ),
        (
            DJ_SP,
            "رئيس البرلمان الجيبوتي",
            "2026-12-07",
            "dileita-mohamed-dileita",
        ),
        (
            SD_INT,
            "وزير الداخلية السوداني",
            "2025-06-28",
            "babiker-samra-mustafa",
        ),
        (
            SD_INT,
            "وزير الداخلية السوداني",
            "2026-12-07",
            "babiker-samra-mustafa",
        ),
        (
            PS_INT,
            "وزير الداخلية الفلسطيني",
            "2022-01-01",
            "ziad-hab-al-rih",
        ),
        (
            PS_INT,
            "وزير الداخلية الفلسطيني",
            "2026-12-07",
            "ziad-hab-al-rih",
        ),
        (
            TN_EN,
            "وزيرة الطاقة التونسية",
            "2024-01-24",
            "fatma-thabet-chiboub",
        ),
        (
            TN_EN,
            "وزيرة الطاقة التونسية",
            "2026-12-07",
            "fatma-thabet-chiboub",
        ),
        (
            JO_AC,
            "رئيس هيئة الأركان الأردني",
            "2019-07-24",
            "yousef-huneiti",
        ),
        (
            JO_AC,
            "رئيس هيئة الأركان الأردني",
            "2026-12-07",
            "yousef-huneiti",
        ),
    ];
    check_roles(cases);
}

#[test]
fn the_predecessor_answers_on_the_day_before_the_change() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            IQ_SP,
            "رئيس مجلس النواب العراقي",
            "2025-12-28",
            "mahmoud-al-mashhadani",
        ),
        (
            EG_SP,
            "رئيس مجلس النواب المصري",
            "2026-01-11",
            "hanafy-gebaly",
        ),
        (
            DZ_INT,
            "وزير الداخلية الجزائري",
            "2025-09-14",
            "brahim-merad",
        ),
    ];
    check_roles(cases);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "2026-12-07",
        &[
            (
                "وترأس هيبت الحلبوسي جلسة القراءة الأولى.",
                &[("هيبت الحلبوسي", "haibat-al-halbousi")],
            ),
            (
                "وأعلن المستشار هشام بدوي رفع الجلسة.",
                &[("هشام بدوي", "hisham-badawi")],
            ),
            (
                "وزار سعيد سعيود المناطق المتضررة من الأمطار.",
                &[("سعيد سعيود", "said-sayoud")],
            ),
            (
                "واجتمع الشيخ فهد يوسف سعود الصباح بقيادات الأمن.",
                &[("فهد يوسف سعود الصباح", "fahad-yousef-saud-al-sabah")],
            ),
            (
                "وقال جو الصدي إن الخطة جاهزة.",
                &[("جو الصدي", "joe-saddi")],
            ),
            (
                "وافتتحت ليلى بنعلي محطة للطاقة الشمسية.",
                &[("ليلى بنعلي", "leila-benali")],
            ),
            (
                "وزار مازن الفراية مخيمات اللاجئين.",
                &[("مازن الفراية", "mazen-al-faraya")],
            ),
            (
                "وافتتح الشيخ آدم مدوبي الدورة البرلمانية.",
                &[("آدم مدوبي", "aden-madobe")],
            ),
            (
                "وتفقد الفريق بابكر سمرة مصطفى مراكز الشرطة.",
                &[("بابكر سمرة مصطفى", "babiker-samra-mustafa")],
            ),
            (
                "وقال اللواء زياد هب الريح إن الوزارة تتابع القضية.",
                &[("زياد هب الريح", "ziad-hab-al-rih")],
            ),
            (
                "وأكدت فاطمة ثابت شيبوب أهمية الطاقات المتجددة.",
                &[("فاطمة ثابت شيبوب", "fatma-thabet-chiboub")],
            ),
            (
                "وتفقد اللواء يوسف الحنيطي الوحدات العسكرية.",
                &[("يوسف الحنيطي", "yousef-huneiti")],
            ),
            (
                "وترأس سيد أحمد ولد ابوه اجتماع لجنة التمويل.",
                &[("سيد أحمد ولد ابوه", "sid-ahmed-ould-bouh")],
            ),
            (
                "وتابع محمد أحمد ولد محمد الأمين سير الاقتراع.",
                &[(
                    "محمد أحمد ولد محمد الأمين",
                    "mohamed-ahmed-ould-mohamed-lemine",
                )],
            ),
        ],
    );
}
