//! Data added in the recall9k audit (Sky News Arabia 2018, Middle East, lines 3301-3330 and 20
//! lines drawn with seed 101): Carlos Holmes Trujillo, Colombia's foreign minister
//! (2018-08-07 – 2019-11-12), then defence minister (2019-11-12 – 2021-01-26). No surname row:
//! هولمز is also Sherlock Holmes's name in the corpora. Every sentence is written for this test.

mod common;
use common::{check_roles, spans};

const FM: &str = "أكد وزير الخارجية الكولومبي أن بلاده ستواصل الحوار مع جيرانها.";
const DM: &str = "تفقد وزير الدفاع الكولومبي وحدات الجيش في الجنوب.";
const NAME: &str = "التقى كارلوس هولمز سفراء أوروبيين في بوغوتا.";

#[test]
fn the_colombian_titles_name_trujillo_inside_his_terms() {
    check_roles(&[
        (
            FM,
            "وزير الخارجية الكولومبي",
            "2018-08-10",
            "carlos-holmes-trujillo",
        ),
        (
            FM,
            "وزير الخارجية الكولومبي",
            "2019-11-11",
            "carlos-holmes-trujillo",
        ),
        (
            DM,
            "وزير الدفاع الكولومبي",
            "2020-06-01",
            "carlos-holmes-trujillo",
        ),
    ]);
}

#[test]
fn the_titles_name_nobody_outside_the_terms() {
    check_roles(&[
        (FM, "وزير الخارجية الكولومبي", "2018-08-06", ""),
        (DM, "وزير الدفاع الكولومبي", "2021-03-01", ""),
    ]);
}

#[test]
fn the_short_name_names_trujillo() {
    assert_eq!(
        spans(NAME, "2019-03-01"),
        vec![("كارلوس هولمز", 11, 34, "carlos-holmes-trujillo".to_string())]
    );
}
