//! Foreign and defence ministers before 1990 added in the eighth data session (issue 12): the
//! foreign and defence offices of the United States, the United Kingdom, Israel, West Germany
//! (`DE`) and Syria, Kuwait's foreign ministry and the UK home office were extended back in time
//! from the first date the gazetteer covered them. A role phrase dated inside a new term names
//! that term's holder, the new full names name their person, and a distinctive surname stands
//! alone. Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_role_phrases, officials};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const ROLES: &[RoleCase] = &[
    (
        "وصل وزير الخارجية الأمريكي إلى القاهرة في جولة مكوكية.",
        "1974-01-11",
        &[("وزير الخارجية الأمريكي", "henry-kissinger")],
    ),
    (
        "وصل وزير الخارجية الأمريكي إلى القاهرة في جولة مكوكية.",
        "1973-09-10",
        &[("وزير الخارجية الأمريكي", "william-p-rogers")],
    ),
    (
        "وصل وزير الخارجية الأمريكي إلى القاهرة في جولة مكوكية.",
        "1978-09-01",
        &[("وزير الخارجية الأمريكي", "cyrus-vance")],
    ),
    (
        "وصل وزير الخارجية الأمريكي إلى القاهرة في جولة مكوكية.",
        "1983-05-01",
        &[("وزير الخارجية الأمريكي", "george-shultz")],
    ),
    (
        "حذر وزير الخارجية الأمريكي من أزمة في برلين.",
        "1961-08-20",
        &[("وزير الخارجية الأمريكي", "dean-rusk")],
    ),
    (
        "حذر وزير الخارجية الأمريكي من أزمة في برلين.",
        "1956-11-01",
        &[("وزير الخارجية الأمريكي", "john-foster-dulles")],
    ),
    (
        "زار وزير الدفاع الأمريكي القوات في فيتنام.",
        "1965-11-28",
        &[("وزير الدفاع الأمريكي", "robert-mcnamara")],
    ),
    (
        "زار وزير الدفاع الأمريكي القوات في فيتنام.",
        "1971-01-01",
        &[("وزير الدفاع الأمريكي", "melvin-laird")],
    ),
    (
        "أعلن وزير الدفاع الأمريكي زيادة ميزانية التسلح.",
        "1983-03-01",
        &[("وزير الدفاع الأمريكي", "caspar-weinberger")],
    ),
    (
        "أعلن وزير الدفاع الأمريكي زيادة ميزانية التسلح.",
        "1976-06-01",
        &[("وزير الدفاع الأمريكي", "donald-rumsfeld")],
    ),
    (
        "أعلن وزير الدفاع الأمريكي زيادة ميزانية التسلح.",
        "1974-06-01",
        &[("وزير الدفاع الأمريكي", "james-schlesinger")],
    ),
    (
        "استقال وزير الخارجية البريطاني بسبب غزو جزر فوكلاند.",
        "1982-04-05",
        &[("وزير الخارجية البريطاني", "francis-pym")],
    ),
    (
        "استقال وزير الخارجية البريطاني بسبب غزو جزر فوكلاند.",
        "1982-04-01",
        &[("وزير الخارجية البريطاني", "peter-carington")],
    ),
    (
        "التقى وزير الخارجية البريطاني الوفد السوفيتي.",
        "1987-01-01",
        &[("وزير الخارجية البريطاني", "geoffrey-howe")],
    ),
    (
        "التقى وزير الخارجية البريطاني الوفد السوفيتي.",
        "1989-09-01",
        &[("وزير الخارجية البريطاني", "john-major")],
    ),
    (
        "استقال وزير الدفاع البريطاني من الحكومة.",
        "1986-01-01",
        &[("وزير الدفاع البريطاني", "michael-heseltine")],
    ),
    (
        "أمر وزير الدفاع الإسرائيلي بدخول الجيش إلى لبنان.",
        "1982-06-06",
        &[("وزير الدفاع الإسرائيلي", "ariel-sharon")],
    ),
    (
        "أمر وزير الدفاع الإسرائيلي بدخول الجيش إلى لبنان.",
        "1978-03-15",
        &[("وزير الدفاع الإسرائيلي", "ezer-weizman")],
    ),
    (
        "أمر وزير الدفاع الإسرائيلي بدخول الجيش إلى لبنان.",
        "1985-06-01",
        &[("وزير الدفاع الإسرائيلي", "yitzhak-rabin")],
    ),
    (
        "أمر وزير الدفاع الإسرائيلي بدخول الجيش إلى لبنان.",
        "1983-06-01",
        &[("وزير الدفاع الإسرائيلي", "moshe-arens")],
    ),
    (
        "التقى وزير الخارجية الإسرائيلي الوفد المصري.",
        "1987-04-01",
        &[("وزير الخارجية الإسرائيلي", "shimon-peres")],
    ),
    (
        "التقى وزير الخارجية الإسرائيلي الوفد المصري.",
        "1981-01-01",
        &[("وزير الخارجية الإسرائيلي", "yitzhak-shamir")],
    ),
    (
        "التقى وزير الخارجية الإسرائيلي الوفد المصري.",
        "1989-06-01",
        &[("وزير الخارجية الإسرائيلي", "moshe-arens")],
    ),
    (
        "زار وزير الخارجية الألماني موسكو.",
        "1978-01-01",
        &[("وزير الخارجية الألماني", "hans-dietrich-genscher")],
    ),
    (
        "ترأس وزير الخارجية السوري وفد بلاده.",
        "1975-01-01",
        &[("وزير الخارجية السوري", "abdul-halim-khaddam")],
    ),
    (
        "ترأس وزير الدفاع السوري وفد بلاده.",
        "1968-01-01",
        &[("وزير الدفاع السوري", "hafez-al-assad")],
    ),
    (
        "زار وزير الدفاع الإسرائيلي المواقع على الجبهة.",
        "1970-08-01",
        &[("وزير الدفاع الإسرائيلي", "moshe-dayan")],
    ),
    (
        "زار وزير الدفاع الإسرائيلي المواقع على الجبهة.",
        "1954-06-01",
        &[("وزير الدفاع الإسرائيلي", "pinhas-lavon")],
    ),
    (
        "زار وزير الدفاع الإسرائيلي المواقع على الجبهة.",
        "1956-10-29",
        &[("وزير الدفاع الإسرائيلي", "david-ben-gurion")],
    ),
    (
        "زار وزير الدفاع الإسرائيلي المواقع على الجبهة.",
        "1976-07-04",
        &[("وزير الدفاع الإسرائيلي", "shimon-peres")],
    ),
    (
        "التقى وزير الخارجية الإسرائيلي الوفد المصري.",
        "1978-09-17",
        &[("وزير الخارجية الإسرائيلي", "moshe-dayan")],
    ),
    (
        "شارك وزير الخارجية الكويتي في القمة العربية.",
        "1985-01-01",
        &[("وزير الخارجية الكويتي", "sabah-al-ahmad-al-sabah")],
    ),
    (
        "أعلن وزير الداخلية البريطاني تشديد الإجراءات الأمنية.",
        "1984-10-12",
        &[("وزير الداخلية البريطاني", "leon-brittan")],
    ),
    (
        "أعلن وزير الداخلية البريطاني تشديد الإجراءات الأمنية.",
        "1987-01-01",
        &[("وزير الداخلية البريطاني", "douglas-hurd")],
    ),
    (
        "أعلن وزير الخارجية الأمريكي خطة لإعمار أوروبا.",
        "1947-06-05",
        &[("وزير الخارجية الأمريكي", "george-marshall")],
    ),
];

#[test]
fn role_phrases_before_1990_name_the_ministers_added_in_the_eighth_session() {
    check_role_phrases(ROLES);
}

#[test]
fn the_new_full_names_and_a_distinctive_surname_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "اجتمع هنري كيسنجر مع سايروس فانس وروبرت مكنمارا، وقال كيسنجر إن التفاوض ممكن. \
                ثم التقى موشيه أرينز بجيفري هاو.";
    let got = officials(ex, text, "1990-01-01");
    let want = [
        ("هنري كيسنجر", "henry-kissinger"),
        ("سايروس فانس", "cyrus-vance"),
        ("روبرت مكنمارا", "robert-mcnamara"),
        ("كيسنجر", "henry-kissinger"),
        ("موشيه أرينز", "moshe-arens"),
        ("جيفري هاو", "geoffrey-howe"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn kissinger_alone_names_him_only_on_a_date_of_his_term() {
    // A standalone surname names its person without the full name when the document date falls
    // in one of the person's terms; in 2020 he held no office, so the bare surname names nobody.
    let ex = Extractor::default_ref();
    let text = "قال كيسنجر إن الانفراج مع موسكو ممكن.";
    let got = officials(ex, text, "1975-03-01");
    assert_eq!(got, vec![("كيسنجر", "henry-kissinger".to_string())]);
    let got = officials(ex, text, "2020-01-01");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn the_surname_of_dulles_is_the_city_of_dallas_without_his_full_name() {
    let ex = Extractor::default_ref();
    let text = "وصل الفريق إلى مدينة دالاس في ولاية تكساس.";
    let got = officials(ex, text, "1955-01-01");
    assert!(got.is_empty(), "{got:?}");
}
