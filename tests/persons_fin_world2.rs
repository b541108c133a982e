//! Finance ministers of Iran, Pakistan, India, Canada, Italy, Japan and China, added in the
//! fin_world2 data session. A role phrase dated inside a new term names that term's holder (also
//! with the titles وزير الاقتصاد and وزير الاقتصاد والمالية that the press gives the ministers of
//! Iran and Italy), the successor answers on the day of the change, the new full names name their
//! person, and a `standalone` surname alone names its person inside the term. Every sentence is
//! written for this test.

use alam::{EntityKind, Extractor, Options};

mod common;
use common::{check_names_on, check_roles, date, officials};

const IR: &str = "قال وزير المالية الإيراني إن الحكومة ستخفض العجز.";
const IR_ECO: &str = "عرض وزير الاقتصاد الإيراني خطة جديدة للضرائب.";
const PK: &str = "التقى وزير المالية الباكستاني بعثة صندوق النقد الدولي.";
const IN: &str = "قدم وزير المالية الهندي الموازنة إلى البرلمان.";
const IN_F: &str = "قدمت وزيرة المالية الهندية الموازنة إلى البرلمان.";
const CA: &str = "أعلن وزير المالية الكندي تحديثا للتوقعات الاقتصادية.";
const CA_F: &str = "أعلنت وزيرة المالية الكندية تحديثا للتوقعات الاقتصادية.";
const IT: &str = "دافع وزير المالية الإيطالي عن خطة الموازنة أمام البرلمان.";
const IT_ECO: &str = "التقى وزير الاقتصاد الإيطالي نظراءه في بروكسل.";
const JP: &str = "حذر وزير المالية الياباني من التقلبات الحادة في سعر الين.";
const JP_F: &str = "حذرت وزيرة المالية اليابانية من التقلبات الحادة في سعر الين.";
const CN: &str = "شارك وزير المالية الصيني في اجتماع مجموعة العشرين.";

#[test]
fn role_phrases_name_the_finance_ministers() {
    check_roles(&[
        (
            IR,
            "وزير المالية الإيراني",
            "2011-05-01",
            "shamseddin-hosseini",
        ),
        (IR, "وزير المالية الإيراني", "2015-05-01", "ali-tayebnia"),
        (
            IR_ECO,
            "وزير الاقتصاد الإيراني",
            "2018-02-01",
            "masoud-karbasian",
        ),
        (
            IR_ECO,
            "وزير الاقتصاد الإيراني",
            "2020-01-15",
            "farhad-dejpasand",
        ),
        (IR, "وزير المالية الإيراني", "2023-01-15", "ehsan-khandouzi"),
        (
            IR_ECO,
            "وزير الاقتصاد الإيراني",
            "2024-12-01",
            "abdolnaser-hemmati",
        ),
        (
            IR_ECO,
            "وزير الاقتصاد الإيراني",
            "2026-01-10",
            "ali-madanizadeh",
        ),
        (PK, "وزير المالية الباكستاني", "2022-06-01", "miftah-ismail"),
        (PK, "وزير المالية الباكستاني", "2023-03-01", "ishaq-dar"),
        (
            PK,
            "وزير المالية الباكستاني",
            "2023-11-01",
            "shamshad-akhtar",
        ),
        (
            PK,
            "وزير المالية الباكستاني",
            "2025-05-01",
            "muhammad-aurangzeb",
        ),
        (IN, "وزير المالية الهندي", "2006-02-01", "p-chidambaram"),
        (IN, "وزير المالية الهندي", "2010-02-01", "pranab-mukherjee"),
        (IN, "وزير المالية الهندي", "2012-07-10", "manmohan-singh"),
        (IN, "وزير المالية الهندي", "2013-02-01", "p-chidambaram"),
        (IN, "وزير المالية الهندي", "2016-02-01", "arun-jaitley"),
        (
            IN_F,
            "وزيرة المالية الهندية",
            "2024-07-23",
            "nirmala-sitharaman",
        ),
        (CA, "وزير المالية الكندي", "2010-03-01", "jim-flaherty"),
        (CA, "وزير المالية الكندي", "2018-02-27", "bill-morneau"),
        (
            CA_F,
            "وزيرة المالية الكندية",
            "2022-04-07",
            "chrystia-freeland",
        ),
        (CA, "وزير المالية الكندي", "2025-01-15", "dominic-leblanc"),
        (
            CA,
            "وزير المالية الكندي",
            "2025-11-04",
            "francois-philippe-champagne",
        ),
        (IT, "وزير المالية الإيطالي", "2010-05-01", "giulio-tremonti"),
        (IT, "وزير المالية الإيطالي", "2012-03-01", "mario-monti"),
        (
            IT_ECO,
            "وزير الاقتصاد الإيطالي",
            "2013-10-01",
            "fabrizio-saccomanni",
        ),
        (
            IT_ECO,
            "وزير الاقتصاد الإيطالي",
            "2016-05-01",
            "pier-carlo-padoan",
        ),
        (IT, "وزير المالية الإيطالي", "2018-11-01", "giovanni-tria"),
        (
            IT_ECO,
            "وزير الاقتصاد الإيطالي",
            "2020-04-01",
            "roberto-gualtieri",
        ),
        (
            IT_ECO,
            "وزير الاقتصاد الإيطالي",
            "2021-10-01",
            "daniele-franco",
        ),
        (
            IT_ECO,
            "وزير الاقتصاد الإيطالي",
            "2024-10-01",
            "giancarlo-giorgetti",
        ),
        (JP, "وزير المالية الياباني", "2011-03-01", "yoshihiko-noda"),
        (JP, "وزير المالية الياباني", "2012-03-01", "jun-azumi"),
        (JP, "وزير المالية الياباني", "2016-03-01", "taro-aso"),
        (JP, "وزير المالية الياباني", "2022-10-01", "shunichi-suzuki"),
        (
            JP_F,
            "وزيرة المالية اليابانية",
            "2025-11-12",
            "satsuki-katayama",
        ),
        (CN, "وزير المالية الصيني", "2015-02-01", "lou-jiwei"),
        (CN, "وزير المالية الصيني", "2017-07-01", "xiao-jie"),
        (CN, "وزير المالية الصيني", "2020-03-26", "liu-kun"),
        (CN, "وزير المالية الصيني", "2024-10-12", "lan-foan"),
        (CA, "وزير المالية الكندي", "2015-04-21", "joe-oliver"),
        (
            IT_ECO,
            "وزير الاقتصاد الإيطالي",
            "2012-10-01",
            "vittorio-grilli",
        ),
        (IN, "وزير المالية الهندي", "2003-02-28", "jaswant-singh"),
        (IN, "وزير المالية الهندي", "2018-06-15", "piyush-goyal"),
        (IN, "وزير المالية الهندي", "2019-02-01", "piyush-goyal"),
        (PK, "وزير المالية الباكستاني", "2018-12-01", "asad-umar"),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (IR, "وزير المالية الإيراني", "2013-08-15", "ali-tayebnia"),
        (
            IR,
            "وزير المالية الإيراني",
            "2013-08-14",
            "shamseddin-hosseini",
        ),
        (IR, "وزير المالية الإيراني", "2021-08-25", "ehsan-khandouzi"),
        (PK, "وزير المالية الباكستاني", "2022-09-28", "ishaq-dar"),
        (IN, "وزير المالية الهندي", "2009-01-24", "pranab-mukherjee"),
        (IN, "وزير المالية الهندي", "2012-07-31", "p-chidambaram"),
        (
            CA_F,
            "وزيرة المالية الكندية",
            "2020-08-18",
            "chrystia-freeland",
        ),
        (CA, "وزير المالية الكندي", "2024-12-16", "dominic-leblanc"),
        (
            IT,
            "وزير المالية الإيطالي",
            "2022-10-22",
            "giancarlo-giorgetti",
        ),
        (IT, "وزير المالية الإيطالي", "2022-10-21", "daniele-franco"),
        (JP, "وزير المالية الياباني", "2021-10-04", "shunichi-suzuki"),
        (CN, "وزير المالية الصيني", "2023-10-24", "lan-foan"),
        (CN, "وزير المالية الصيني", "2016-11-07", "xiao-jie"),
        (IN, "وزير المالية الهندي", "2002-07-01", "jaswant-singh"),
        (IN, "وزير المالية الهندي", "2019-02-15", "arun-jaitley"),
        (CA, "وزير المالية الكندي", "2015-11-04", "bill-morneau"),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "التقى إحسان خاندوزي عبد الناصر همتي في طهران.",
            &[
                ("إحسان خاندوزي", "ehsan-khandouzi"),
                ("عبد الناصر همتي", "abdolnaser-hemmati"),
            ],
        ),
        (
            "تحدث مفتاح إسماعيل عن خلفه محمد أورنغزيب.",
            &[
                ("مفتاح إسماعيل", "miftah-ismail"),
                ("محمد أورنغزيب", "muhammad-aurangzeb"),
            ],
        ),
        (
            "استقبل جيانكارلو جيورجيتي روبرتو غوالتيري في روما.",
            &[
                ("جيانكارلو جيورجيتي", "giancarlo-giorgetti"),
                ("روبرتو غوالتيري", "roberto-gualtieri"),
            ],
        ),
        (
            "صافح بيل مورنو فرانسوا فيليب شامبين في أوتاوا.",
            &[
                ("بيل مورنو", "bill-morneau"),
                ("فرانسوا فيليب شامبين", "francois-philippe-champagne"),
            ],
        ),
        (
            "اجتمع ليو كون مع شونيتشي سوزوكي في طوكيو.",
            &[
                ("ليو كون", "liu-kun"),
                ("شونيتشي سوزوكي", "shunichi-suzuki"),
            ],
        ),
    ];
    check_names_on("2026-01-01", cases);
}

#[test]
fn standalone_surnames_name_the_minister_inside_the_term() {
    let ex = Extractor::default_ref();
    for (text, surname, day, id) in [
        (
            "قال خاندوزي إن التضخم سيتراجع.",
            "خاندوزي",
            "2022-06-01",
            "ehsan-khandouzi",
        ),
        (
            "أكد كرباسيان أن الجمارك ستشدد الرقابة.",
            "كرباسيان",
            "2018-03-01",
            "masoud-karbasian",
        ),
        (
            "قال جيورجيتي إن العجز سيتراجع.",
            "جيورجيتي",
            "2024-05-01",
            "giancarlo-giorgetti",
        ),
        (
            "أعلن فلاهرتي موعد تقديم الموازنة.",
            "فلاهرتي",
            "2012-02-01",
            "jim-flaherty",
        ),
        (
            "قالت كاتاياما إن الحكومة تراقب سوق الصرف.",
            "كاتاياما",
            "2026-02-01",
            "satsuki-katayama",
        ),
    ] {
        let got = officials(ex, text, day);
        assert_eq!(got, vec![(surname, id.to_string())], "{text:?}");
    }
}

#[test]
fn the_economy_minister_title_is_kept_to_iran_and_italy() {
    // وزير الاقتصاد names the finance minister only for Iran and Italy, where the ministry of
    // finance is the ministry of economy; Germany's economy minister is another office.
    let ex = Extractor::default_ref();
    let text = "التقى وزير الاقتصاد الألماني رجال أعمال في برلين.";
    let got = ex.extract_with(text, &Options::default().with_date(date("2024-06-01")));
    assert!(
        got.iter()
            .all(|e| e.kind() != EntityKind::Official || e.role.is_none()),
        "{got:?}"
    );
}
