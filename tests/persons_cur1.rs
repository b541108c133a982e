//! Defence and foreign ministers and heads of government of Gulf and Arab states brought up to
//! 2026-12-07 in the cur1 data session: Kuwait's, Qatar's, Yemen's, Sudan's and Egypt's defence
//! ministers, Sudan's foreign minister and Yemen's prime minister. A role phrase dated inside a
//! new term names that term's holder, the predecessor answers on the day before the change, and
//! the new full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_roles};

const KW_DM: &str = "استقبل وزير الدفاع الكويتي وفدا عسكريا أمس.";
const QA_DM: &str = "بحث وزير الدفاع القطري التعاون العسكري مع ضيفه.";
const YE_DM: &str = "زار وزير الدفاع اليمني الجبهات الشرقية.";
const YE_PM: &str = "ترأس رئيس الوزراء اليمني اجتماعا للحكومة.";
const SD_DM: &str = "تفقد وزير الدفاع السوداني القوات في الميدان.";
const SD_FM: &str = "التقى وزير الخارجية السوداني سفراء الدول العربية.";
const EG_DM: &str = "شهد وزير الدفاع المصري تخريج دفعة جديدة.";
const KW_FM: &str = "استقبل وزير الخارجية الكويتي سفير دولة صديقة.";
const IQ_HOS: &str = "استقبل الرئيس العراقي وفدا برلمانيا في بغداد.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            KW_DM,
            "وزير الدفاع الكويتي",
            "2025-02-04",
            "abdullah-ali-al-abdullah-al-sabah",
        ),
        (
            KW_DM,
            "وزير الدفاع الكويتي",
            "2026-12-07",
            "abdullah-ali-al-abdullah-al-sabah",
        ),
        (
            QA_DM,
            "وزير الدفاع القطري",
            "2019-05-01",
            "khalid-al-attiyah",
        ),
        (
            QA_DM,
            "وزير الدفاع القطري",
            "2024-11-12",
            "saoud-bin-abdulrahman-al-thani",
        ),
        (
            QA_DM,
            "وزير الدفاع القطري",
            "2026-12-07",
            "saoud-bin-abdulrahman-al-thani",
        ),
        (
            YE_DM,
            "وزير الدفاع اليمني",
            "2021-06-01",
            "mohammed-al-maqdashi",
        ),
        (YE_DM, "وزير الدفاع اليمني", "2024-01-10", "mohsen-al-daeri"),
        (YE_DM, "وزير الدفاع اليمني", "2026-12-07", "taher-al-aqili"),
        (
            YE_PM,
            "رئيس الوزراء اليمني",
            "2026-01-15",
            "shaya-al-zindani",
        ),
        (
            YE_PM,
            "رئيس الوزراء اليمني",
            "2026-12-07",
            "shaya-al-zindani",
        ),
        (
            SD_DM,
            "وزير الدفاع السوداني",
            "2025-06-28",
            "hassan-daoud-kabroun",
        ),
        (
            SD_DM,
            "وزير الدفاع السوداني",
            "2026-12-07",
            "hassan-daoud-kabroun",
        ),
        (
            SD_FM,
            "وزير الخارجية السوداني",
            "2025-09-12",
            "mohieldin-salim",
        ),
        (
            SD_FM,
            "وزير الخارجية السوداني",
            "2026-12-07",
            "mohieldin-salim",
        ),
        (
            EG_DM,
            "وزير الدفاع المصري",
            "2026-02-11",
            "ashraf-salem-zaher",
        ),
        (
            EG_DM,
            "وزير الدفاع المصري",
            "2026-12-07",
            "ashraf-salem-zaher",
        ),
        (
            KW_FM,
            "وزير الخارجية الكويتي",
            "2024-03-01",
            "abdullah-al-yahya",
        ),
        (
            KW_FM,
            "وزير الخارجية الكويتي",
            "2026-02-01",
            "jarrah-jaber-al-ahmad-al-sabah",
        ),
        (
            KW_FM,
            "وزير الخارجية الكويتي",
            "2026-12-07",
            "jarrah-jaber-al-ahmad-al-sabah",
        ),
        (IQ_HOS, "الرئيس العراقي", "2026-04-11", "nizar-amedi"),
        (IQ_HOS, "الرئيس العراقي", "2026-12-07", "nizar-amedi"),
    ];
    check_roles(cases);
}

#[test]
fn the_predecessor_answers_on_the_day_before_the_change() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            QA_DM,
            "وزير الدفاع القطري",
            "2024-11-11",
            "khalid-al-attiyah",
        ),
        (
            YE_DM,
            "وزير الدفاع اليمني",
            "2022-07-27",
            "mohammed-al-maqdashi",
        ),
        (YE_DM, "وزير الدفاع اليمني", "2022-07-28", "mohsen-al-daeri"),
        (YE_DM, "وزير الدفاع اليمني", "2026-02-05", "mohsen-al-daeri"),
        (YE_DM, "وزير الدفاع اليمني", "2026-02-06", "taher-al-aqili"),
        (
            YE_PM,
            "رئيس الوزراء اليمني",
            "2026-01-14",
            "salem-bin-breik",
        ),
        (
            EG_DM,
            "وزير الدفاع المصري",
            "2026-02-10",
            "abdel-mageed-saqr",
        ),
        (
            KW_FM,
            "وزير الخارجية الكويتي",
            "2026-01-31",
            "abdullah-al-yahya",
        ),
        (IQ_HOS, "الرئيس العراقي", "2026-04-10", "abdul-latif-rashid"),
    ];
    check_roles(cases);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "2026-12-07",
        &[
            (
                "وقال الشيخ عبد الله علي عبد الله السالم الصباح إن التعاون مستمر.",
                &[(
                    "عبد الله علي عبد الله السالم الصباح",
                    "abdullah-ali-al-abdullah-al-sabah",
                )],
            ),
            (
                "واستقبل سعود بن عبد الرحمن آل ثاني الوفد في الدوحة.",
                &[(
                    "سعود بن عبد الرحمن آل ثاني",
                    "saoud-bin-abdulrahman-al-thani",
                )],
            ),
            (
                "وأكد اللواء طاهر العقيلي جاهزية القوات.",
                &[("طاهر العقيلي", "taher-al-aqili")],
            ),
            (
                "وقال الفريق حسن داؤود كبرون إن الجيش يتقدم.",
                &[("حسن داؤود كبرون", "hassan-daoud-kabroun")],
            ),
            (
                "وبحث محيي الدين سالم مع نظيره الأزمة.",
                &[("محيي الدين سالم", "mohieldin-salim")],
            ),
            (
                "وقال الشيخ جراح جابر الأحمد الصباح إن الكويت تدعم الحوار.",
                &[("جراح جابر الأحمد الصباح", "jarrah-jaber-al-ahmad-al-sabah")],
            ),
            (
                "واستقبل نزار آميدي السفراء في قصر السلام.",
                &[("نزار آميدي", "nizar-amedi")],
            ),
            (
                "وحضر الفريق أشرف سالم زاهر العرض العسكري.",
                &[("أشرف سالم زاهر", "ashraf-salem-zaher")],
            ),
        ],
    );
    check_names_on(
        "2024-01-10",
        &[(
            "وقال محسن الداعري إن الجيش مستعد.",
            &[("محسن الداعري", "mohsen-al-daeri")],
        )],
    );
}
