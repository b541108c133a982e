//! Holders of other offices that close gaps in the gap6d data session (2026-12-07): Kenya's deputy
//! presidents Rigathi Gachagua (2022–2024) and Kithure Kindiki, Nigeria's vice president Kashim
//! Shettima, Indonesia's vice president Gibran Rakabuming Raka, the leader of Turkey's Republican
//! People's Party Özgür Özel, the president of the ICRC Mirjana Spoljaric, the leader of Israel's
//! Labor Party Shelly Yachimovich (2011–2013), the president of the International Court of Justice
//! Yuji Iwasawa, Lebanon's acting army commander Hassan Audi (2025), the UN envoy to Iraq Mohamed
//! al-Hassan (2024–2025) and Japan's finance minister Katsunobu Kato (2024–2025). A role phrase
//! dated inside a new term names its holder, the predecessor answers on the day before the change,
//! and the new full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const KE: &str = "افتتح نائب الرئيس الكيني مدرسة جديدة.";
const NG: &str = "زار نائب الرئيس النيجيري ولاية بورنو.";
const ID: &str = "التقى نائب الرئيس الإندونيسي وفدا تجاريا.";
const IQ_ENVOY: &str = "وصل المبعوث الأممي إلى العراق إلى أربيل.";
const ICJ: &str = "قال رئيس محكمة العدل الدولية إن المحكمة ستنظر في الطلب.";
const ICRC: &str = "زارت رئيسة اللجنة الدولية للصليب الأحمر مخيما للنازحين.";
const CHP: &str = "انتقد زعيم حزب الشعب الجمهوري الحكومة.";
const LABOR: &str = "هاجم رئيس حزب العمل الإسرائيلي الحكومة.";
const JP_FIN: &str = "حذر وزير المالية الياباني من ضعف الين.";
const LB_ARMY: &str = "تفقد رئيس أركان الجيش اللبناني الوحدات في الجنوب.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (KE, "2022-09-12", &[("نائب الرئيس الكيني", "william-ruto")]),
        (
            KE,
            "2022-09-13",
            &[("نائب الرئيس الكيني", "rigathi-gachagua")],
        ),
        (
            KE,
            "2024-10-16",
            &[("نائب الرئيس الكيني", "rigathi-gachagua")],
        ),
        (
            KE,
            "2024-11-01",
            &[("نائب الرئيس الكيني", "kithure-kindiki")],
        ),
        (
            KE,
            "2026-12-07",
            &[("نائب الرئيس الكيني", "kithure-kindiki")],
        ),
        (
            NG,
            "2023-05-28",
            &[("نائب الرئيس النيجيري", "yemi-osinbajo")],
        ),
        (
            NG,
            "2023-05-29",
            &[("نائب الرئيس النيجيري", "kashim-shettima")],
        ),
        (
            NG,
            "2026-12-07",
            &[("نائب الرئيس النيجيري", "kashim-shettima")],
        ),
        (ID, "2024-10-19", &[("نائب الرئيس الإندونيسي", "maruf-amin")]),
        (
            ID,
            "2024-10-20",
            &[("نائب الرئيس الإندونيسي", "gibran-rakabuming-raka")],
        ),
        (
            ID,
            "2026-12-07",
            &[("نائب الرئيس الإندونيسي", "gibran-rakabuming-raka")],
        ),
        (
            IQ_ENVOY,
            "2024-07-15",
            &[("المبعوث الأممي إلى العراق", "mohamed-al-hassan")],
        ),
        (
            IQ_ENVOY,
            "2025-06-01",
            &[("المبعوث الأممي إلى العراق", "mohamed-al-hassan")],
        ),
        (
            LB_ARMY,
            "2025-01-08",
            &[("رئيس أركان الجيش اللبناني", "joseph-aoun")],
        ),
        (
            LB_ARMY,
            "2025-01-09",
            &[("رئيس أركان الجيش اللبناني", "hassan-audi")],
        ),
        (
            LB_ARMY,
            "2025-03-12",
            &[("رئيس أركان الجيش اللبناني", "hassan-audi")],
        ),
        (
            LB_ARMY,
            "2025-03-13",
            &[("رئيس أركان الجيش اللبناني", "rodolphe-haykal")],
        ),
        (
            ICJ,
            "2025-03-03",
            &[("رئيس محكمة العدل الدولية", "yuji-iwasawa")],
        ),
        (
            ICJ,
            "2026-12-07",
            &[("رئيس محكمة العدل الدولية", "yuji-iwasawa")],
        ),
        (
            ICRC,
            "2022-10-01",
            &[("رئيسة اللجنة الدولية للصليب الأحمر", "mirjana-spoljaric")],
        ),
        (
            ICRC,
            "2026-12-07",
            &[("رئيسة اللجنة الدولية للصليب الأحمر", "mirjana-spoljaric")],
        ),
        (
            CHP,
            "2023-11-04",
            &[("زعيم حزب الشعب الجمهوري", "kemal-kilicdaroglu")],
        ),
        (
            CHP,
            "2023-11-05",
            &[("زعيم حزب الشعب الجمهوري", "ozgur-ozel")],
        ),
        (
            CHP,
            "2026-12-07",
            &[("زعيم حزب الشعب الجمهوري", "ozgur-ozel")],
        ),
        (
            LABOR,
            "2012-06-01",
            &[("رئيس حزب العمل الإسرائيلي", "shelly-yachimovich")],
        ),
        (
            LABOR,
            "2013-11-21",
            &[("رئيس حزب العمل الإسرائيلي", "shelly-yachimovich")],
        ),
        (
            JP_FIN,
            "2024-09-30",
            &[("وزير المالية الياباني", "shunichi-suzuki")],
        ),
        (
            JP_FIN,
            "2024-10-01",
            &[("وزير المالية الياباني", "katsunobu-kato")],
        ),
        (
            JP_FIN,
            "2025-10-20",
            &[("وزير المالية الياباني", "katsunobu-kato")],
        ),
        (
            JP_FIN,
            "2025-10-21",
            &[("وزير المالية الياباني", "satsuki-katayama")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_persons() {
    check_names_on(
        "2023-06-01",
        &[
            (
                "استقبل ريغاثي غاتشاغوا وفدا من المزارعين.",
                &[("ريغاثي غاتشاغوا", "rigathi-gachagua")],
            ),
            (
                "التقى محمد الحسان رئيس الوزراء العراقي.",
                &[
                    ("محمد الحسان", "mohamed-al-hassan"),
                    ("رئيس الوزراء العراقي", "mohammed-shia-al-sudani"),
                ],
            ),
            (
                "تحدث كاشيم شيتيما عن الأمن في الشمال.",
                &[("كاشيم شيتيما", "kashim-shettima")],
            ),
        ],
    );
    check_names_on(
        "2025-06-01",
        &[
            (
                "انتقدت شيلي يحيموفيتش الميزانية الجديدة.",
                &[("شيلي يحيموفيتش", "shelly-yachimovich")],
            ),
            (
                "قال كاتسونوبو كاتو إن الحكومة تراقب الأسواق.",
                &[("كاتسونوبو كاتو", "katsunobu-kato")],
            ),
            (
                "زار حسان عودة ثكنة في صيدا.",
                &[("حسان عودة", "hassan-audi")],
            ),
            (
                "أدى كيثور كينديكي زيارة إلى مومباسا.",
                &[("كيثور كينديكي", "kithure-kindiki")],
            ),
            (
                "افتتح جبران راكابومينغ راكا معرضا للصناعات.",
                &[("جبران راكابومينغ راكا", "gibran-rakabuming-raka")],
            ),
            (
                "انتقد أوزغور أوزيل سياسات الحكومة الاقتصادية.",
                &[("أوزغور أوزيل", "ozgur-ozel")],
            ),
            (
                "دعت ميريانا سبولياريتش إلى حماية المدنيين.",
                &[("ميريانا سبولياريتش", "mirjana-spoljaric")],
            ),
            (
                "ترأس يوجي إيواساوا جلسة الاستماع في لاهاي.",
                &[("يوجي إيواساوا", "yuji-iwasawa")],
            ),
        ],
    );
}
