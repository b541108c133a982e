//! Ministers of oil, petroleum or energy (role `energy_minister`) of Kuwait, the UAE and Algeria,
//! and the earlier terms of Iran, Egypt, the United States and Russia, added in the energy2 data
//! session. A role phrase dated inside a term names that term's holder, the successor answers on
//! the day of the change, the new full names name their person and a `standalone` surname alone
//! names its person when dated inside the term. Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_names, check_roles, officials, NameCase};

const KW: &str = "قال وزير النفط الكويتي إن الإنتاج سيرتفع.";
const AE: &str = "افتتح وزير الطاقة الإماراتي محطة جديدة.";
const DZ: &str = "أعلن وزير الطاقة الجزائري توقيع عقد للغاز.";
const IR: &str = "صرح وزير النفط الإيراني بأن الصادرات مستقرة.";
const EG: &str = "تفقد وزير البترول المصري حقلا في الصحراء الغربية.";
const US: &str = "زار وزير الطاقة الأمريكي مختبرا وطنيا.";
const RU: &str = "قال وزير الطاقة الروسي إن الإمدادات مستقرة.";
const JO: &str = "بحث وزير الطاقة الأردني مشاريع الطاقة الشمسية.";
const SY: &str = "زار وزير النفط السوري مصفاة حمص.";
const BH: &str = "قال وزير النفط البحريني إن الإنتاج مستقر.";
const OM: &str = "افتتح وزير الطاقة العماني مشروعا للهيدروجين.";
const SY_E: &str = "أعلن وزير الطاقة السوري خطة لإصلاح الشبكة.";

#[test]
fn role_phrases_name_the_energy_ministers() {
    check_roles(&[
        (KW, "وزير النفط الكويتي", "2021-06-01", "mohammad-al-fares"),
        (KW, "وزير النفط الكويتي", "2023-01-10", "bader-al-mulla"),
        (KW, "وزير النفط الكويتي", "2023-10-01", "saad-al-barrak"),
        (KW, "وزير النفط الكويتي", "2025-03-01", "tareq-al-roumi"),
        (
            AE,
            "وزير الطاقة الإماراتي",
            "2016-04-01",
            "suhail-al-mazrouei",
        ),
        (DZ, "وزير الطاقة الجزائري", "2015-10-01", "salah-khebri"),
        (
            DZ,
            "وزير الطاقة الجزائري",
            "2017-01-15",
            "noureddine-boutarfa",
        ),
        (
            DZ,
            "وزير الطاقة الجزائري",
            "2018-06-01",
            "mustapha-guitouni",
        ),
        (DZ, "وزير الطاقة الجزائري", "2019-10-01", "mohamed-arkab"),
        (
            DZ,
            "وزير الطاقة الجزائري",
            "2020-10-01",
            "abdelmadjid-attar",
        ),
        (DZ, "وزير الطاقة الجزائري", "2023-05-01", "mohamed-arkab"),
        (IR, "وزير النفط الإيراني", "2001-03-01", "bijan-zanganeh"),
        (
            IR,
            "وزير النفط الإيراني",
            "2006-06-01",
            "kazem-vaziri-hamaneh",
        ),
        (
            IR,
            "وزير النفط الإيراني",
            "2008-07-01",
            "gholam-hossein-nozari",
        ),
        (IR, "وزير النفط الإيراني", "2010-06-01", "masoud-mir-kazemi"),
        (IR, "وزير النفط الإيراني", "2012-06-01", "rostam-ghasemi"),
        (EG, "وزير البترول المصري", "2005-06-01", "sameh-fahmy"),
        (EG, "وزير البترول المصري", "2011-03-01", "mahmoud-latif"),
        (EG, "وزير البترول المصري", "2011-10-01", "abdullah-ghorab"),
        (EG, "وزير البترول المصري", "2013-01-15", "osama-kamal"),
        (EG, "وزير البترول المصري", "2013-06-01", "sherif-hadarra"),
        (US, "وزير الطاقة الأمريكي", "2007-05-01", "samuel-bodman"),
        (US, "وزير الطاقة الأمريكي", "2011-05-01", "steven-chu"),
        (RU, "وزير الطاقة الروسي", "2010-05-01", "sergei-shmatko"),
        (KW, "وزير النفط الكويتي", "2015-03-01", "ali-al-omair"),
        (KW, "وزير النفط الكويتي", "2016-06-01", "anas-al-saleh"),
        (KW, "وزير النفط الكويتي", "2017-06-01", "essam-al-marzouk"),
        (KW, "وزير النفط الكويتي", "2018-06-01", "bakheet-al-rashidi"),
        (KW, "وزير النفط الكويتي", "2020-03-01", "khaled-al-fadhel"),
        (JO, "وزير الطاقة الأردني", "2019-06-01", "hala-zawati"),
        (JO, "وزير الطاقة الأردني", "2023-06-01", "saleh-kharabsheh"),
        (SY, "وزير النفط السوري", "2024-01-15", "firas-qaddour"),
        (BH, "وزير النفط البحريني", "2023-05-01", "mohamed-bin-daina"),
        (DZ, "وزير الطاقة الجزائري", "2012-06-01", "youcef-yousfi"),
        (RU, "وزير الطاقة الروسي", "2006-06-01", "viktor-khristenko"),
        (OM, "وزير الطاقة العماني", "2024-03-01", "salim-al-aufi"),
        (US, "وزير الطاقة الأمريكي", "1998-01-15", "federico-pena"),
        (US, "وزير الطاقة الأمريكي", "1999-06-01", "bill-richardson"),
        (US, "وزير الطاقة الأمريكي", "2003-06-01", "spencer-abraham"),
        (
            SY_E,
            "وزير الطاقة السوري",
            "2025-08-01",
            "mohammed-al-bashir",
        ),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (KW, "وزير النفط الكويتي", "2023-06-17", "bader-al-mulla"),
        (KW, "وزير النفط الكويتي", "2023-06-18", "saad-al-barrak"),
        (
            DZ,
            "وزير الطاقة الجزائري",
            "2019-03-30",
            "mustapha-guitouni",
        ),
        (DZ, "وزير الطاقة الجزائري", "2019-03-31", "mohamed-arkab"),
        (DZ, "وزير الطاقة الجزائري", "2021-02-21", "mohamed-arkab"),
        (IR, "وزير النفط الإيراني", "2009-09-03", "masoud-mir-kazemi"),
        (IR, "وزير النفط الإيراني", "2013-08-14", "rostam-ghasemi"),
        (IR, "وزير النفط الإيراني", "2013-08-15", "bijan-zanganeh"),
        (EG, "وزير البترول المصري", "2013-07-16", "sherif-ismail"),
        (EG, "وزير البترول المصري", "2011-03-07", "abdullah-ghorab"),
        (US, "وزير الطاقة الأمريكي", "2009-01-21", "steven-chu"),
        (US, "وزير الطاقة الأمريكي", "2005-01-31", "spencer-abraham"),
        (US, "وزير الطاقة الأمريكي", "2005-02-01", "samuel-bodman"),
        (RU, "وزير الطاقة الروسي", "2012-05-20", "sergei-shmatko"),
        (RU, "وزير الطاقة الروسي", "2008-05-12", "sergei-shmatko"),
        (DZ, "وزير الطاقة الجزائري", "2015-05-14", "salah-khebri"),
        (KW, "وزير النفط الكويتي", "2018-12-24", "khaled-al-fadhel"),
        (KW, "وزير النفط الكويتي", "2016-12-10", "essam-al-marzouk"),
        (KW, "وزير النفط الكويتي", "2020-12-14", "mohammad-al-fares"),
        (JO, "وزير الطاقة الأردني", "2021-10-11", "saleh-kharabsheh"),
        (RU, "وزير الطاقة الروسي", "2012-05-21", "alexander-novak"),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[NameCase] = &[
        (
            "التقى محمد الفارس سهيل المزروعي في أبوظبي.",
            "2021-05-01",
            &[
                ("محمد الفارس", "mohammad-al-fares"),
                ("سهيل المزروعي", "suhail-al-mazrouei"),
            ],
        ),
        (
            "بحث مصطفى قيطوني مع ألكسندر نوفاك تعاون البلدين.",
            "2018-03-01",
            &[
                ("مصطفى قيطوني", "mustapha-guitouni"),
                ("ألكسندر نوفاك", "alexander-novak"),
            ],
        ),
        (
            "استقبل رستم قاسمي وفدا يرأسه عبد الله غراب.",
            "2012-01-10",
            &[
                ("رستم قاسمي", "rostam-ghasemi"),
                ("عبد الله غراب", "abdullah-ghorab"),
            ],
        ),
        (
            "ناقش ستيفن تشو مع سيرغي شماتكو ملف الطاقة النووية.",
            "2010-02-01",
            &[
                ("ستيفن تشو", "steven-chu"),
                ("سيرغي شماتكو", "sergei-shmatko"),
            ],
        ),
        (
            "التقى سام بودمان بيل ريتشاردسون في واشنطن.",
            "2007-03-01",
            &[
                ("سام بودمان", "samuel-bodman"),
                ("بيل ريتشاردسون", "bill-richardson"),
            ],
        ),
        (
            "شارك طارق سليمان الرومي في اجتماع أوبك.",
            "2025-01-10",
            &[("طارق سليمان الرومي", "tareq-al-roumi")],
        ),
    ];
    check_names(cases);
}

#[test]
fn standalone_surnames_name_their_person_inside_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "قال عرقاب إن الإنتاج سيرتفع.",
            "2022-01-01",
            "عرقاب",
            "mohamed-arkab",
        ),
        (
            "أكد شماتكو استقرار الشبكة.",
            "2010-01-01",
            "شماتكو",
            "sergei-shmatko",
        ),
        (
            "قال بودمان إن الأسعار مرتفعة.",
            "2006-01-01",
            "بودمان",
            "samuel-bodman",
        ),
        (
            "قال خريستينكو إن الإنتاج سيرتفع.",
            "2007-01-01",
            "خريستينكو",
            "viktor-khristenko",
        ),
        (
            "قالت زواتي إن الحفر سيبدأ قريبا.",
            "2020-01-01",
            "زواتي",
            "hala-zawati",
        ),
    ];
    for (text, d, mention, id) in cases {
        assert_eq!(
            officials(ex, text, d),
            vec![(*mention, id.to_string())],
            "{text:?}"
        );
    }
}
