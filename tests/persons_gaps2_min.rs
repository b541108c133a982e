//! Interior ministers of Israel from 2022 (Aryeh Deri's second term, Michael Malkieli acting,
//! Moshe Arbel) and South Korea's defence minister Suh Wook, added in the gaps2_min data
//! session to close or narrow listed gaps of tests/data/known_gaps.tsv. A role phrase dated
//! inside a new term names that term's holder, the successor answers on the day of the change,
//! and the new full names name their person. Every sentence is written for this test.

use alam::{EntityKind, Extractor, Options};

mod common;
use common::{check_names_on, check_roles, date};

const IL_INT: &str = "أعلن وزير الداخلية الإسرائيلي تمديد الإجراءات في المعابر.";
const KR_DEF: &str = "زار وزير الدفاع الكوري الجنوبي القوات المنتشرة قرب الحدود.";

#[test]
fn role_phrases_name_the_ministers_added_in_the_gaps2_min_session() {
    check_roles(&[
        (
            IL_INT,
            "وزير الداخلية الإسرائيلي",
            "2023-01-10",
            "aryeh-deri",
        ),
        (
            IL_INT,
            "وزير الداخلية الإسرائيلي",
            "2023-03-01",
            "michael-malkieli",
        ),
        (
            IL_INT,
            "وزير الداخلية الإسرائيلي",
            "2024-06-01",
            "moshe-arbel",
        ),
        (
            KR_DEF,
            "وزير الدفاع الكوري الجنوبي",
            "2021-06-01",
            "suh-wook",
        ),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (
            IL_INT,
            "وزير الداخلية الإسرائيلي",
            "2022-12-29",
            "aryeh-deri",
        ),
        (
            IL_INT,
            "وزير الداخلية الإسرائيلي",
            "2023-01-24",
            "michael-malkieli",
        ),
        (
            IL_INT,
            "وزير الداخلية الإسرائيلي",
            "2023-04-19",
            "moshe-arbel",
        ),
        (
            KR_DEF,
            "وزير الدفاع الكوري الجنوبي",
            "2020-09-18",
            "suh-wook",
        ),
        // The neighbouring holders keep their dates.
        (
            IL_INT,
            "وزير الداخلية الإسرائيلي",
            "2022-12-28",
            "ayelet-shaked",
        ),
        (
            KR_DEF,
            "وزير الدفاع الكوري الجنوبي",
            "2020-09-17",
            "jeong-kyeong-doo",
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "التقى ميخائيل مالكيئيلي موشيه أربيل في القدس.",
            &[
                ("ميخائيل مالكيئيلي", "michael-malkieli"),
                ("موشيه أربيل", "moshe-arbel"),
            ],
        ),
        (
            "استقبل سوه ووك الوفد الأمريكي في سيول.",
            &[("سوه ووك", "suh-wook")],
        ),
    ];
    check_names_on("2026-01-01", cases);
}

#[test]
fn arbel_is_not_a_mention_of_erbil_alone() {
    // أربيل (Erbil) is not an alias of Moshe Arbel: the city alone names no person.
    let ex = Extractor::default_ref();
    let text = "وصل الوفد إلى أربيل صباح اليوم.";
    let got = ex.extract_with(text, &Options::default().with_date(date("2024-06-01")));
    assert!(
        got.iter().all(|e| e.kind() != EntityKind::Official),
        "{got:?}"
    );
}
