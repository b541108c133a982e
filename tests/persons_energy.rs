//! Ministers of oil, petroleum or energy (role `energy_minister`) of Saudi Arabia, Iraq, Iran,
//! Qatar, Egypt, Russia and the United States, added in the energy data session. A role phrase
//! dated inside a term names that term's holder, the successor answers on the day of the change,
//! the new full names name their person and a `standalone` surname alone names its person when
//! dated inside the term. Every sentence is written for this test.

use alam::{EntityKind, Extractor, Options};

mod common;
use common::{check_names, check_roles, date, officials, NameCase};

const SA: &str = "قال وزير الطاقة السعودي إن السوق تحتاج إلى توازن.";
const SA_PET: &str = "وصل وزير البترول السعودي إلى فيينا للمشاركة في الاجتماع.";
const IQ: &str = "أعلن وزير النفط العراقي زيادة الصادرات من البصرة.";
const IR: &str = "صرح وزير النفط الإيراني بأن الإنتاج ارتفع.";
const QA: &str = "افتتح وزير الطاقة القطري مشروعا جديدا للغاز.";
const EG: &str = "تفقد وزير البترول المصري حقلا في البحر المتوسط.";
const RU: &str = "قال وزير الطاقة الروسي إن الصادرات مستقرة.";
const US: &str = "زار وزير الطاقة الأمريكي مختبرا وطنيا.";
const US_F: &str = "زارت وزيرة الطاقة الأمريكية مختبرا وطنيا.";

#[test]
fn role_phrases_name_the_energy_ministers() {
    check_roles(&[
        (SA_PET, "وزير البترول السعودي", "2005-03-01", "ali-al-naimi"),
        (SA, "وزير الطاقة السعودي", "2018-06-01", "khalid-al-falih"),
        (
            SA,
            "وزير الطاقة السعودي",
            "2023-04-01",
            "abdulaziz-bin-salman",
        ),
        (
            IQ,
            "وزير النفط العراقي",
            "2008-01-15",
            "hussain-al-shahristani",
        ),
        (IQ, "وزير النفط العراقي", "2012-07-01", "abdul-karim-luaibi"),
        (IQ, "وزير النفط العراقي", "2017-05-01", "jabbar-al-luaibi"),
        (IQ, "وزير النفط العراقي", "2019-06-01", "thamir-ghadhban"),
        (IQ, "وزير النفط العراقي", "2021-03-01", "ihsan-abdul-jabbar"),
        (IQ, "وزير النفط العراقي", "2024-02-01", "hayan-abdul-ghani"),
        (IR, "وزير النفط الإيراني", "2016-01-10", "bijan-zanganeh"),
        (IR, "وزير النفط الإيراني", "2022-09-01", "javad-owji"),
        (IR, "وزير النفط الإيراني", "2025-03-01", "mohsen-paknejad"),
        (QA, "وزير الطاقة القطري", "2014-05-01", "mohammed-al-sada"),
        (QA, "وزير الطاقة القطري", "2022-11-01", "saad-al-kaabi"),
        (EG, "وزير البترول المصري", "2014-06-01", "sherif-ismail"),
        (EG, "وزير البترول المصري", "2019-10-01", "tarek-el-molla"),
        (EG, "وزير البترول المصري", "2025-01-15", "karim-badawi"),
        (RU, "وزير الطاقة الروسي", "2016-11-30", "alexander-novak"),
        (RU, "وزير الطاقة الروسي", "2022-03-01", "nikolai-shulginov"),
        (RU, "وزير الطاقة الروسي", "2025-06-01", "sergei-tsivilev"),
        (US, "وزير الطاقة الأمريكي", "2015-07-14", "ernest-moniz"),
        (US, "وزير الطاقة الأمريكي", "2018-05-01", "rick-perry"),
        (US, "وزير الطاقة الأمريكي", "2020-06-01", "dan-brouillette"),
        (
            US_F,
            "وزيرة الطاقة الأمريكية",
            "2022-08-01",
            "jennifer-granholm",
        ),
        (US, "وزير الطاقة الأمريكي", "2025-09-01", "chris-wright"),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (SA, "وزير الطاقة السعودي", "2016-05-06", "ali-al-naimi"),
        (SA, "وزير الطاقة السعودي", "2016-05-07", "khalid-al-falih"),
        (IQ, "وزير النفط العراقي", "2010-12-21", "abdul-karim-luaibi"),
        (IQ, "وزير النفط العراقي", "2022-10-27", "hayan-abdul-ghani"),
        (IR, "وزير النفط الإيراني", "2021-08-25", "javad-owji"),
        (IR, "وزير النفط الإيراني", "2024-08-21", "mohsen-paknejad"),
        (QA, "وزير الطاقة القطري", "2018-11-04", "saad-al-kaabi"),
        (EG, "وزير البترول المصري", "2015-09-19", "tarek-el-molla"),
        (EG, "وزير البترول المصري", "2024-07-03", "karim-badawi"),
        (RU, "وزير الطاقة الروسي", "2020-11-10", "nikolai-shulginov"),
        (RU, "وزير الطاقة الروسي", "2024-05-14", "sergei-tsivilev"),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[NameCase] = &[
        (
            "التقى علي النعيمي بيجن زنغنه على هامش الاجتماع.",
            "2015-06-01",
            &[
                ("علي النعيمي", "ali-al-naimi"),
                ("بيجن زنغنه", "bijan-zanganeh"),
            ],
        ),
        (
            "بحث جبار اللعيبي مع ألكسندر نوفاك اتفاق خفض الإنتاج.",
            "2017-06-01",
            &[
                ("جبار اللعيبي", "jabbar-al-luaibi"),
                ("ألكسندر نوفاك", "alexander-novak"),
            ],
        ),
        (
            "استقبل سعد شريدة الكعبي جينيفر غرانهولم في الدوحة.",
            "2023-01-10",
            &[
                ("سعد شريدة الكعبي", "saad-al-kaabi"),
                ("جينيفر غرانهولم", "jennifer-granholm"),
            ],
        ),
        (
            "ناقش حيان عبد الغني مع محسن باك نجاد ملف الغاز.",
            "2025-02-01",
            &[
                ("حيان عبد الغني", "hayan-abdul-ghani"),
                ("محسن باك نجاد", "mohsen-paknejad"),
            ],
        ),
        (
            "شارك طارق الملا وكريم بدوي في المؤتمر.",
            "2024-07-10",
            &[
                ("طارق الملا", "tarek-el-molla"),
                ("كريم بدوي", "karim-badawi"),
            ],
        ),
    ];
    check_names(cases);
}

#[test]
fn standalone_surnames_name_their_person_inside_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "أكد شولغينوف استقرار الشبكة.",
            "2022-01-01",
            "شولغينوف",
            "nikolai-shulginov",
        ),
        (
            "قال تسيفيليف إن الإنتاج مستقر.",
            "2025-01-01",
            "تسيفيليف",
            "sergei-tsivilev",
        ),
        (
            "وقالت غرانهولم إن الأسعار ستنخفض.",
            "2022-01-01",
            "غرانهولم",
            "jennifer-granholm",
        ),
    ];
    // زنغنه is a plain surname: after a verb, with a date, it needs Iran named
    assert_eq!(
        officials(ex, "قال زنغنه إن صادرات إيران مستقرة.", "2017-01-01"),
        vec![("زنغنه", "bijan-zanganeh".to_string())]
    );
    assert_eq!(
        officials(ex, "قال زنغنه إن السوق متوازنة.", "2017-01-01"),
        vec![]
    );
    for (text, d, mention, id) in cases {
        assert_eq!(
            officials(ex, text, d),
            vec![(*mention, id.to_string())],
            "{text:?}"
        );
    }
}

#[test]
fn opec_is_named_by_its_long_names() {
    let ex = Extractor::default_ref();
    for text in [
        "اجتمعت منظمة الدول المصدرة للبترول في فيينا.",
        "اجتمعت منظمة البلدان المصدرة للبترول في فيينا.",
    ] {
        let got = ex.extract_with(text, &Options::default().with_date(date("2024-01-01")));
        assert!(
            got.iter()
                .any(|e| e.kind() == EntityKind::Organization && e.id() == Some("opec")),
            "{text:?}: {got:?}"
        );
    }
}
