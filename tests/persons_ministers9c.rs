//! Ministers of non-Arab states added in the ministers9c data session: the persons the Sky News
//! Arabia 2018 files name most often whose days could be confirmed (Bekir Bozdağ, Benjamin
//! Griveaux, Alistair Burt, Ruhsar Pekcan, role `minister`) and Yuval Steinitz's energy term with
//! the Sky spelling of his name; Ömer Çelik and Nihat Zeybekci (role `minister`) and Ayelet
//! Shaked's 2015-2019 justice term. A sentence dated inside the term names the person with exact
//! byte spans; a bare surname after a verb of saying, dated outside every term of the person, is
//! not read. Every sentence is written for this test.

mod common;
use common::spans;

const STEINITZ: &str =
    "قال الوزير الإسرائيلي يوفال شتاينتز إن خط الغاز جاهز، وأضاف شتاينتز أن التصدير يبدأ قريبا.";
const STEINITZ_BARE: &str = "وقال شتاينتز إن الاجتماع انتهى دون اتفاق.";
const BOZDAG: &str =
    "قال المتحدث باسم الحكومة التركية بكير بوزداغ إن الاجتماع مثمر، وأضاف بوزداغ أن الحوار مستمر.";
const BOZDAG_BARE: &str = "وقال بوزداغ إن الاجتماع انتهى دون اتفاق.";
const GRIVEAUX: &str =
    "قال المتحدث باسم الحكومة الفرنسية بنجامين غريفو إن الإصلاح ضروري، وأضاف غريفو أن التصويت قريب.";
const GRIVEAUX_BARE: &str = "وقال غريفو إن الاجتماع انتهى دون اتفاق.";
const BURT: &str = "زار الوزير البريطاني أليستر بيرت مخيما للاجئين في الأردن.";
const BURT_BARE: &str = "وقال بيرت إن الاجتماع انتهى دون اتفاق.";
const PEKCAN: &str =
    "قالت وزيرة التجارة التركية روهصار بكجان إن الصادرات ارتفعت، وأضافت بكجان أن الأسواق تتوسع.";
const PEKCAN_BARE: &str = "وقال بكجان إن الاجتماع انتهى دون اتفاق.";

const SHAKED: &str = "قالت وزيرة العدل الإسرائيلية إيليت شاكيد إن القانون سيمر.";
const SHAKED_BARE: &str = "وقال شاكيد إن الاجتماع انتهى دون اتفاق.";
const CELIK: &str = "قال الوزير التركي عمر جليك إن المفاوضات مع أوروبا مستمرة.";
const CELIK_BARE: &str = "وقال جليك إن الاجتماع انتهى دون اتفاق.";
const ZEYBEKCI: &str =
    "قال وزير الاقتصاد التركي نهاد زيبكجي إن الصادرات ارتفعت، وأضاف زيبكجي أن النمو مستمر.";
const ZEYBEKCI_BARE: &str = "وقال زيبكجي إن الاجتماع انتهى دون اتفاق.";

#[test]
fn the_new_names_resolve_inside_the_terms() {
    assert_eq!(
        spans(STEINITZ, "2018-05-01"),
        vec![
            ("يوفال شتاينتز", 41, 66, "yuval-steinitz".to_string()),
            ("شتاينتز", 110, 124, "yuval-steinitz".to_string()),
        ]
    );
    assert_eq!(
        spans(BOZDAG, "2018-03-01"),
        vec![
            ("بكير بوزداغ", 61, 82, "bekir-bozdag".to_string()),
            ("بوزداغ", 127, 139, "bekir-bozdag".to_string()),
        ]
    );
    assert_eq!(
        spans(GRIVEAUX, "2018-06-01"),
        vec![
            ("بنجامين غريفو", 63, 88, "benjamin-griveaux".to_string()),
            ("غريفو", 133, 143, "benjamin-griveaux".to_string()),
        ]
    );
    assert_eq!(
        spans(BURT, "2018-02-01"),
        vec![("أليستر بيرت", 39, 60, "alistair-burt".to_string()),]
    );
    assert_eq!(
        spans(PEKCAN, "2019-05-01"),
        vec![
            ("روهصار بكجان", 50, 73, "ruhsar-pekcan".to_string()),
            ("بكجان", 124, 134, "ruhsar-pekcan".to_string()),
        ]
    );
}

#[test]
fn a_bare_surname_is_not_read_outside_the_terms() {
    assert_eq!(spans(STEINITZ_BARE, "2022-06-01"), vec![]);
    assert_eq!(spans(BOZDAG_BARE, "2019-03-01"), vec![]);
    assert_eq!(spans(GRIVEAUX_BARE, "2020-06-01"), vec![]);
    assert_eq!(spans(BURT_BARE, "2021-01-01"), vec![]);
    assert_eq!(spans(PEKCAN_BARE, "2017-05-01"), vec![]);
}

#[test]
fn burt_has_no_surname_row() {
    // بيرت is also a given name (Bert Koenders, Bert van Marwijk): only full names are read.
    assert_eq!(spans(BURT_BARE, "2018-02-01"), vec![]);
}

#[test]
fn shaked_inside_the_term() {
    assert_eq!(
        spans(SHAKED, "2017-06-01"),
        vec![("إيليت شاكيد", 54, 75, "ayelet-shaked".to_string()),]
    );
    assert_eq!(spans(SHAKED_BARE, "2020-01-01"), vec![]);
}

#[test]
fn celik_inside_the_term() {
    assert_eq!(
        spans(CELIK, "2017-10-01"),
        vec![("عمر جليك", 33, 48, "omer-celik".to_string()),]
    );
    assert_eq!(spans(CELIK_BARE, "2019-01-01"), vec![]);
}

#[test]
fn zeybekci_inside_the_term() {
    assert_eq!(
        spans(ZEYBEKCI, "2017-03-01"),
        vec![
            ("نهاد زيبكجي", 46, 67, "nihat-zeybekci".to_string()),
            ("زيبكجي", 116, 128, "nihat-zeybekci".to_string()),
        ]
    );
    assert_eq!(spans(ZEYBEKCI_BARE, "2019-06-01"), vec![]);
}
