//! Offices back-filled in the b10l data session: Djibouti's prime minister (Barkat Gourad
//! Hamadou, 1978–2001), foreign minister (Mahmoud Ali Youssouf, 2005–2025) and defence minister
//! (Ali Hassan Bahdon, 2016–2019), Sudan's foreign ministers al-Dirdiri Mohamed Ahmed
//! (2018–2019), Ali al-Sadiq (2021–2024) and Hussein Awad Ali (2024), and Libya's foreign minister
//! Mohamed Taha Siala (2016–2021). A role phrase dated inside a new term names that term's holder, the
//! predecessor answers on the day before a change and the successor on the day of it, and the new
//! full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const DJ_PM: &str = "قال رئيس الوزراء الجيبوتي إن الحكومة ستواصل الإصلاحات.";
const DJ_FM: &str = "استقبل وزير الخارجية الجيبوتي الوفد الإثيوبي في العاصمة.";
const DJ_DM: &str = "تفقد وزير الدفاع الجيبوتي الجنود في الشمال.";
const LY_FM: &str = "أكد وزير الخارجية الليبي دعم بلاده للحوار.";
const SD_FM: &str = "قال وزير الخارجية السوداني إن الخرطوم تسعى إلى السلام.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (
            DJ_PM,
            "1990-01-01",
            &[("رئيس الوزراء الجيبوتي", "barkat-gourad-hamadou")],
        ),
        (
            DJ_PM,
            "1995-06-08",
            &[("رئيس الوزراء الجيبوتي", "barkat-gourad-hamadou")],
        ),
        (
            DJ_PM,
            "2001-03-06",
            &[("رئيس الوزراء الجيبوتي", "barkat-gourad-hamadou")],
        ),
        (
            DJ_PM,
            "2001-03-07",
            &[("رئيس الوزراء الجيبوتي", "dileita-mohamed-dileita")],
        ),
        (
            DJ_FM,
            "2005-05-22",
            &[("وزير الخارجية الجيبوتي", "mahmoud-ali-youssouf")],
        ),
        (
            DJ_FM,
            "2015-09-01",
            &[("وزير الخارجية الجيبوتي", "mahmoud-ali-youssouf")],
        ),
        (
            DJ_FM,
            "2025-03-31",
            &[("وزير الخارجية الجيبوتي", "mahmoud-ali-youssouf")],
        ),
        (
            DJ_FM,
            "2025-04-01",
            &[("وزير الخارجية الجيبوتي", "abdoulkader-houssein-omar")],
        ),
        (
            DJ_DM,
            "2016-05-12",
            &[("وزير الدفاع الجيبوتي", "ali-hassan-bahdon")],
        ),
        (
            DJ_DM,
            "2019-05-04",
            &[("وزير الدفاع الجيبوتي", "ali-hassan-bahdon")],
        ),
        (
            DJ_DM,
            "2019-05-05",
            &[("وزير الدفاع الجيبوتي", "hassan-omar-mohamed-bourhan")],
        ),
        (
            LY_FM,
            "2016-05-01",
            &[("وزير الخارجية الليبي", "mohamed-taha-siala")],
        ),
        (
            LY_FM,
            "2021-03-14",
            &[("وزير الخارجية الليبي", "mohamed-taha-siala")],
        ),
        (
            LY_FM,
            "2021-03-15",
            &[("وزير الخارجية الليبي", "najla-mangoush")],
        ),
        (
            SD_FM,
            "2018-05-14",
            &[("وزير الخارجية السوداني", "al-dirdiri-mohamed-ahmed")],
        ),
        (
            SD_FM,
            "2019-04-10",
            &[("وزير الخارجية السوداني", "al-dirdiri-mohamed-ahmed")],
        ),
        (
            SD_FM,
            "2021-10-28",
            &[("وزير الخارجية السوداني", "ali-al-sadiq-ali")],
        ),
        (
            SD_FM,
            "2024-04-16",
            &[("وزير الخارجية السوداني", "ali-al-sadiq-ali")],
        ),
        (
            SD_FM,
            "2024-04-17",
            &[("وزير الخارجية السوداني", "hussein-awad-ali")],
        ),
        (
            SD_FM,
            "2024-11-02",
            &[("وزير الخارجية السوداني", "hussein-awad-ali")],
        ),
        (
            SD_FM,
            "2024-11-03",
            &[("وزير الخارجية السوداني", "ali-youssef-al-sharif")],
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "1995-06-08",
        &[(
            "وأكد بركات غوراد حمادو أن الحكومة الجديدة تضم الجميع.",
            &[("بركات غوراد حمادو", "barkat-gourad-hamadou")],
        )],
    );
    check_names_on(
        "2018-08-05",
        &[
            (
                "وقال الدرديري محمد أحمد إن المحادثات تتقدم.",
                &[("الدرديري محمد أحمد", "al-dirdiri-mohamed-ahmed")],
            ),
            (
                "وأكد الدرديري أحمد أن الاتفاق سيوقع قريبا.",
                &[("الدرديري أحمد", "al-dirdiri-mohamed-ahmed")],
            ),
        ],
    );
    check_names_on(
        "2017-11-27",
        &[(
            "وقال علي حسن بهدون إن التعاون العسكري يتقدم.",
            &[("علي حسن بهدون", "ali-hassan-bahdon")],
        )],
    );
    check_names_on(
        "2018-09-10",
        &[
            (
                "وقال محمد طاهر سيالة إن الحوار هو الحل.",
                &[("محمد طاهر سيالة", "mohamed-taha-siala")],
            ),
            (
                "وأكد محمد الطاهر سيالة أن الوزارة تعمل من طرابلس.",
                &[("محمد الطاهر سيالة", "mohamed-taha-siala")],
            ),
        ],
    );
    check_names_on(
        "2023-06-01",
        &[(
            "وأكد علي الصادق أن بلاده ترحب بالمبادرة.",
            &[("علي الصادق", "ali-al-sadiq-ali")],
        )],
    );
    check_names_on(
        "2024-06-01",
        &[
            (
                "وقال حسين عوض علي إن الحكومة منفتحة على الحوار.",
                &[("حسين عوض علي", "hussein-awad-ali")],
            ),
            (
                "وقال حسين عوض إن الوفد سيتوجه إلى جدة.",
                &[("حسين عوض", "hussein-awad-ali")],
            ),
        ],
    );
}
