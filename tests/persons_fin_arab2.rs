//! Finance ministers of Jordan, the UAE, Bahrain, Oman, Morocco, Tunisia, Palestine and Algeria,
//! added in the fin_arab2 data session (role `finance_minister`, new for these states). A role
//! phrase dated inside a new term names that term's holder, the successor answers on the day of
//! the change, the new full names name their person and a `standalone` surname alone names its
//! person inside a term. Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_names, check_roles, officials, NameCase};

const JO: &str = "قدم وزير المالية الأردني مشروع الموازنة إلى مجلس النواب.";
const AE: &str = "ترأس وزير المالية الإماراتي اجتماع لجنة الميزانية العامة.";
const BH: &str = "وقع وزير المالية البحريني اتفاقية تمويل جديدة.";
const OM: &str = "أعلن وزير المالية العماني أرقام الميزانية للعام المقبل.";
const MA: &str = "عرض وزير المالية المغربي مشروع قانون المالية أمام البرلمان.";
const MA_F: &str = "عرضت وزيرة المالية المغربية مشروع قانون المالية أمام البرلمان.";
const TN_F: &str = "التقت وزيرة المالية التونسية بعثة صندوق النقد الدولي.";
const PS: &str = "حذر وزير المالية الفلسطيني من أزمة في دفع الرواتب.";
const DZ: &str = "قدم وزير المالية الجزائري عرضا عن قانون المالية.";
const SY: &str = "أصدر وزير المالية السوري قرارا بتعديل الرسوم.";
const KW: &str = "ناقش وزير المالية الكويتي الحساب الختامي مع النواب.";
const KW_F: &str = "ناقشت وزيرة المالية الكويتية الحساب الختامي مع النواب.";
const TN: &str = "التقى وزير المالية التونسي بعثة صندوق النقد الدولي.";
const SD: &str = "أعلن وزير المالية السوداني زيادة الأجور.";
const YE: &str = "بحث وزير المالية اليمني صرف المرتبات.";

#[test]
fn role_phrases_name_the_finance_ministers_added_in_fin_arab2() {
    check_roles(&[
        (
            JO,
            "وزير المالية الأردني",
            "2019-01-15",
            "ezzeddine-kanakrieh",
        ),
        (JO, "وزير المالية الأردني", "2022-05-01", "mohamad-al-ississ"),
        (
            JO,
            "وزير المالية الأردني",
            "2025-06-01",
            "abdulhakim-al-shibli",
        ),
        (
            AE,
            "وزير المالية الإماراتي",
            "2010-06-01",
            "hamdan-bin-rashid-al-maktoum",
        ),
        (
            AE,
            "وزير المالية الإماراتي",
            "2024-06-01",
            "maktoum-bin-mohammed-al-maktoum",
        ),
        (
            BH,
            "وزير المالية البحريني",
            "2021-03-01",
            "salman-bin-khalifa-al-khalifa",
        ),
        (OM, "وزير المالية العماني", "2022-01-10", "sultan-al-habsi"),
        (
            MA,
            "وزير المالية المغربي",
            "2003-05-01",
            "fathallah-oualalou",
        ),
        (
            MA,
            "وزير المالية المغربي",
            "2010-05-01",
            "salaheddine-mezouar",
        ),
        (MA, "وزير المالية المغربي", "2012-10-01", "nizar-baraka"),
        (MA, "وزير المالية المغربي", "2013-09-15", "aziz-akhannouch"),
        (MA, "وزير المالية المغربي", "2016-02-01", "mohamed-boussaid"),
        (
            MA,
            "وزير المالية المغربي",
            "2020-02-01",
            "mohamed-benchaaboun",
        ),
        (
            MA_F,
            "وزيرة المالية المغربية",
            "2023-02-01",
            "nadia-fettah-alaoui",
        ),
        (
            TN_F,
            "وزيرة المالية التونسية",
            "2023-04-01",
            "sihem-boughdiri-nemsia",
        ),
        (
            TN_F,
            "وزيرة المالية التونسية",
            "2025-09-01",
            "michket-slama-khaldi",
        ),
        (PS, "وزير المالية الفلسطيني", "2009-09-01", "salam-fayyad"),
        (PS, "وزير المالية الفلسطيني", "2018-09-01", "shukri-bishara"),
        (PS, "وزير المالية الفلسطيني", "2025-04-13", "omar-al-bitar"),
        (
            DZ,
            "وزير المالية الجزائري",
            "2015-10-01",
            "abderrahmane-benkhalfa",
        ),
        (DZ, "وزير المالية الجزائري", "2016-12-01", "hadji-baba-ammi"),
        (
            DZ,
            "وزير المالية الجزائري",
            "2018-06-01",
            "abderrahmane-raouia",
        ),
        (DZ, "وزير المالية الجزائري", "2019-09-01", "mohamed-loukal"),
        (
            DZ,
            "وزير المالية الجزائري",
            "2020-03-01",
            "abderrahmane-raouia",
        ),
        (
            DZ,
            "وزير المالية الجزائري",
            "2021-03-01",
            "aymen-benabderrahmane",
        ),
        (DZ, "وزير المالية الجزائري", "2010-03-01", "karim-djoudi"),
        (DZ, "وزير المالية الجزائري", "2014-10-01", "mohamed-djellab"),
        (SY, "وزير المالية السوري", "2018-03-01", "maamoun-hamdan"),
        (SY, "وزير المالية السوري", "2022-03-01", "kenan-yaghi"),
        (
            SY,
            "وزير المالية السوري",
            "2025-09-01",
            "mohammed-yisr-barnieh",
        ),
        (KW, "وزير المالية الكويتي", "2021-06-01", "khalifa-hamada"),
        (KW, "وزير المالية الكويتي", "2024-03-01", "anwar-al-mudhaf"),
        (
            KW_F,
            "وزيرة المالية الكويتية",
            "2025-03-01",
            "noura-al-fassam",
        ),
        (TN, "وزير المالية التونسي", "2020-05-01", "nizar-yaiche"),
        (TN, "وزير المالية التونسي", "2021-03-01", "ali-kooli"),
        (
            KW,
            "وزير المالية الكويتي",
            "2022-09-01",
            "abdulwahab-al-rushaid",
        ),
        (KW, "وزير المالية الكويتي", "2023-05-01", "manaf-al-hajeri"),
        (
            KW,
            "وزير المالية الكويتي",
            "2023-11-01",
            "fahad-al-jarallah",
        ),
        (
            KW,
            "وزير المالية الكويتي",
            "2025-10-01",
            "subaih-al-mukhaizeem",
        ),
        (KW, "وزير المالية الكويتي", "2026-06-01", "yaqoub-al-rifai"),
        (
            DZ,
            "وزير المالية الجزائري",
            "2022-04-01",
            "abderrahmane-raouia",
        ),
        (
            DZ,
            "وزير المالية الجزائري",
            "2022-11-01",
            "brahim-djamel-kassali",
        ),
        (DZ, "وزير المالية الجزائري", "2024-03-01", "laaziz-faid"),
        (
            DZ,
            "وزير المالية الجزائري",
            "2026-03-01",
            "abdelkrim-bouzred",
        ),
        (SD, "وزير المالية السوداني", "2025-10-01", "gibril-ibrahim"),
        (YE, "وزير المالية اليمني", "2026-05-01", "marwan-bin-ghanem"),
        (
            PS,
            "وزير المالية الفلسطيني",
            "2026-01-07",
            "estephan-salameh",
        ),
        (
            BH,
            "وزير المالية البحريني",
            "2010-06-01",
            "ahmed-bin-mohammed-al-khalifa",
        ),
        (JO, "وزير المالية الأردني", "2014-06-01", "umayya-toukan"),
        (JO, "وزير المالية الأردني", "2017-06-01", "omar-malhas"),
        (SY, "وزير المالية السوري", "2024-11-01", "riad-abdulraouf"),
        (TN_F, "وزيرة المالية التونسية", "2017-01-15", "lamia-zribi"),
        (TN, "وزير المالية التونسي", "2017-06-01", "fadhel-abdelkefi"),
        (TN, "وزير المالية التونسي", "2019-01-15", "ridha-chalghoum"),
        (
            TN,
            "وزير المالية التونسي",
            "2014-06-01",
            "hakim-ben-hammouda",
        ),
        (TN, "وزير المالية التونسي", "2015-10-01", "slim-chaker"),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (JO, "وزير المالية الأردني", "2019-11-07", "mohamad-al-ississ"),
        (
            JO,
            "وزير المالية الأردني",
            "2024-09-18",
            "abdulhakim-al-shibli",
        ),
        (
            MA,
            "وزير المالية المغربي",
            "2007-10-15",
            "salaheddine-mezouar",
        ),
        (MA, "وزير المالية المغربي", "2012-01-03", "nizar-baraka"),
        (MA, "وزير المالية المغربي", "2013-10-10", "mohamed-boussaid"),
        (
            MA,
            "وزير المالية المغربي",
            "2018-08-20",
            "mohamed-benchaaboun",
        ),
        (
            MA_F,
            "وزيرة المالية المغربية",
            "2021-10-07",
            "nadia-fettah-alaoui",
        ),
        (
            TN_F,
            "وزيرة المالية التونسية",
            "2025-02-05",
            "michket-slama-khaldi",
        ),
        (PS, "وزير المالية الفلسطيني", "2013-06-06", "shukri-bishara"),
        (PS, "وزير المالية الفلسطيني", "2024-03-31", "omar-al-bitar"),
        (DZ, "وزير المالية الجزائري", "2019-03-31", "mohamed-loukal"),
        (
            DZ,
            "وزير المالية الجزائري",
            "2020-06-23",
            "aymen-benabderrahmane",
        ),
        (DZ, "وزير المالية الجزائري", "2014-05-05", "mohamed-djellab"),
        (SY, "وزير المالية السوري", "2020-08-30", "kenan-yaghi"),
        (
            KW_F,
            "وزيرة المالية الكويتية",
            "2024-08-25",
            "noura-al-fassam",
        ),
        (TN, "وزير المالية التونسي", "2020-09-02", "ali-kooli"),
        (
            TN_F,
            "وزيرة المالية التونسية",
            "2021-08-02",
            "sihem-boughdiri-nemsia",
        ),
        (KW, "وزير المالية الكويتي", "2023-04-09", "manaf-al-hajeri"),
        (KW, "وزير المالية الكويتي", "2026-02-01", "yaqoub-al-rifai"),
        (DZ, "وزير المالية الجزائري", "2023-03-16", "laaziz-faid"),
        (
            DZ,
            "وزير المالية الجزائري",
            "2025-02-02",
            "abdelkrim-bouzred",
        ),
        (
            PS,
            "وزير المالية الفلسطيني",
            "2025-11-09",
            "estephan-salameh",
        ),
        (YE, "وزير المالية اليمني", "2026-02-06", "marwan-bin-ghanem"),
        (
            BH,
            "وزير المالية البحريني",
            "2018-12-04",
            "salman-bin-khalifa-al-khalifa",
        ),
        (
            BH,
            "وزير المالية البحريني",
            "2018-12-03",
            "ahmed-bin-mohammed-al-khalifa",
        ),
        (JO, "وزير المالية الأردني", "2015-11-09", "omar-malhas"),
        (
            JO,
            "وزير المالية الأردني",
            "2018-06-14",
            "ezzeddine-kanakrieh",
        ),
        (SY, "وزير المالية السوري", "2024-09-23", "riad-abdulraouf"),
        (TN, "وزير المالية التونسي", "2017-04-30", "fadhel-abdelkefi"),
        (TN, "وزير المالية التونسي", "2020-02-27", "nizar-yaiche"),
        (TN, "وزير المالية التونسي", "2015-02-06", "slim-chaker"),
        (TN_F, "وزيرة المالية التونسية", "2016-08-27", "lamia-zribi"),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[NameCase] = &[
        (
            "التقى عز الدين كناكرية ومحمد العسعس في عمان.",
            "2019-11-07",
            &[
                ("عز الدين كناكرية", "ezzeddine-kanakrieh"),
                ("محمد العسعس", "mohamad-al-ississ"),
            ],
        ),
        (
            "وصل حمدان بن راشد آل مكتوم إلى أبوظبي.",
            "2015-01-01",
            &[("حمدان بن راشد آل مكتوم", "hamdan-bin-rashid-al-maktoum")],
        ),
        (
            "شارك سلمان بن خليفة آل خليفة في الاجتماع.",
            "2023-01-01",
            &[("سلمان بن خليفة آل خليفة", "salman-bin-khalifa-al-khalifa")],
        ),
        (
            "صرح سلطان بن سالم الحبسي بأن العجز تراجع.",
            "2023-01-01",
            &[("سلطان بن سالم الحبسي", "sultan-al-habsi")],
        ),
        (
            "استقبل فتح الله ولعلو وفدا من البنك الدولي.",
            "2004-01-01",
            &[("فتح الله ولعلو", "fathallah-oualalou")],
        ),
        (
            "خلف محمد بنشعبون محمد بوسعيد في الوزارة.",
            "2018-08-20",
            &[
                ("محمد بنشعبون", "mohamed-benchaaboun"),
                ("محمد بوسعيد", "mohamed-boussaid"),
            ],
        ),
        (
            "خلفت مشكاة سلامة الخالدي سهام البوغديري نمصية.",
            "2025-02-05",
            &[
                ("مشكاة سلامة الخالدي", "michket-slama-khaldi"),
                ("سهام البوغديري نمصية", "sihem-boughdiri-nemsia"),
            ],
        ),
        (
            "تسلم عمر البيطار مهامه من شكري بشارة.",
            "2024-04-01",
            &[
                ("عمر البيطار", "omar-al-bitar"),
                ("شكري بشارة", "shukri-bishara"),
            ],
        ),
        (
            "حضر محمد لوكال وحاجي بابا عمي الاجتماع.",
            "2019-05-01",
            &[
                ("محمد لوكال", "mohamed-loukal"),
                ("حاجي بابا عمي", "hadji-baba-ammi"),
            ],
        ),
        (
            "استقبل كنان ياغي ومأمون حمدان وفدا اقتصاديا.",
            "2019-01-01",
            &[
                ("كنان ياغي", "kenan-yaghi"),
                ("مأمون حمدان", "maamoun-hamdan"),
            ],
        ),
        (
            "سلم أنور المضف الملفات إلى نورة الفصام.",
            "2024-08-26",
            &[
                ("أنور المضف", "anwar-al-mudhaf"),
                ("نورة الفصام", "noura-al-fassam"),
            ],
        ),
        (
            "خلف علي الكعلي نزار يعيش في الوزارة.",
            "2020-09-02",
            &[("علي الكعلي", "ali-kooli"), ("نزار يعيش", "nizar-yaiche")],
        ),
        (
            "التقى فهد الجارالله عبد الوهاب الرشيد ومناف الهاجري.",
            "2023-10-01",
            &[
                ("فهد الجارالله", "fahad-al-jarallah"),
                ("عبد الوهاب الرشيد", "abdulwahab-al-rushaid"),
                ("مناف الهاجري", "manaf-al-hajeri"),
            ],
        ),
        (
            "خلف عبد الكريم بوالزرد لعزيز فايد على رأس الوزارة.",
            "2025-02-02",
            &[
                ("عبد الكريم بوالزرد", "abdelkrim-bouzred"),
                ("لعزيز فايد", "laaziz-faid"),
            ],
        ),
        (
            "التقى مروان بن غانم واسطيفان سلامة في الرياض.",
            "2026-03-01",
            &[
                ("مروان بن غانم", "marwan-bin-ghanem"),
                ("اسطيفان سلامة", "estephan-salameh"),
            ],
        ),
        (
            "استقبل أحمد بن محمد آل خليفة وفد صندوق النقد.",
            "2012-01-01",
            &[("أحمد بن محمد آل خليفة", "ahmed-bin-mohammed-al-khalifa")],
        ),
        (
            "أكد الشيخ خالد بن أحمد بن محمد آل خليفة دعم بلاده للقرار.",
            "2018-05-01",
            &[(
                "خالد بن أحمد بن محمد آل خليفة",
                "khalid-bin-ahmed-al-khalifa",
            )],
        ),
        (
            "خلف رضا شلغوم فاضل عبد الكافي ولمياء الزريبي.",
            "2017-09-12",
            &[
                ("رضا شلغوم", "ridha-chalghoum"),
                ("فاضل عبد الكافي", "fadhel-abdelkefi"),
                ("لمياء الزريبي", "lamia-zribi"),
            ],
        ),
        (
            "التقى سليم شاكر حكيم بن حمودة.",
            "2015-03-01",
            &[
                ("سليم شاكر", "slim-chaker"),
                ("حكيم بن حمودة", "hakim-ben-hammouda"),
            ],
        ),
    ];
    check_names(cases);
}

#[test]
fn standalone_surnames_name_their_person_inside_a_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "قال العسعس إن الدين العام استقر.",
            "2022-05-01",
            "العسعس",
            "mohamad-al-ississ",
        ),
        (
            "أكد كناكرية أن الإيرادات تحسنت.",
            "2019-02-01",
            "كناكرية",
            "ezzeddine-kanakrieh",
        ),
        (
            "أوضح بنشعبون أن النمو تحسن.",
            "2020-02-01",
            "بنشعبون",
            "mohamed-benchaaboun",
        ),
        (
            "صرح لوكال بأن الاحتياطي تراجع.",
            "2019-09-01",
            "لوكال",
            "mohamed-loukal",
        ),
        (
            "أعلن برنية إلغاء قرارات الحجز.",
            "2025-06-01",
            "برنية",
            "mohammed-yisr-barnieh",
        ),
        (
            "قال الكعلي إن العجز سيتراجع.",
            "2021-01-15",
            "الكعلي",
            "ali-kooli",
        ),
        (
            "أكد المخيزيم أن الميزانية ستقر قريبا.",
            "2025-10-01",
            "المخيزيم",
            "subaih-al-mukhaizeem",
        ),
        (
            "قال بوالزرد إن العجز سيتقلص.",
            "2025-06-01",
            "بوالزرد",
            "abdelkrim-bouzred",
        ),
        (
            "قال ملحس إن العجز تراجع.",
            "2017-03-01",
            "ملحس",
            "omar-malhas",
        ),
        (
            "أعلن شلغوم أن الميزانية جاهزة.",
            "2018-10-01",
            "شلغوم",
            "ridha-chalghoum",
        ),
    ];
    for &(text, d, surname, id) in cases {
        let got = officials(ex, text, d);
        assert_eq!(got, vec![(surname, id.to_string())], "{text:?}");
    }
}
