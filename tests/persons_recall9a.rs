//! Data added in the recall9a audit (Sky News Arabia 2018, Middle East, lines 501-530 and 20
//! lines drawn with seed 91): Juan Orlando Hernández's spelling خوان أورلاندو هرنانديز (without
//! the ي of the record's هيرنانديز, which matching does not fold). No surname row was added for
//! it: هرنانديز is also the footballer Javier Hernández's name in the corpora. Every sentence is
//! written for this test.

mod common;
use common::{check_roles, spans};

const VISIT: &str =
    "زار خوان أورلاندو هرنانديز مدينة سان بيدرو سولا، وقال هيرنانديز إن الأمن تحسن هذا العام.";
const TITLE: &str = "أعلن الرئيس الهندوراسي خوان أورلاندو هرنانديز دعمه للاتفاق التجاري.";
const HN_HEAD: &str = "استقبل الرئيس الهندوراسي سفراء دول أميركا الوسطى في العاصمة.";
const FOOTBALL: &str = "سجل المهاجم المكسيكي خافيير هرنانديز هدفا في المباراة.";

#[test]
fn the_spelling_without_ya_names_hernandez() {
    assert_eq!(
        spans(VISIT, "2019-03-10"),
        vec![
            (
                "خوان أورلاندو هرنانديز",
                7,
                49,
                "juan-orlando-hernandez".to_string()
            ),
            ("هيرنانديز", 99, 117, "juan-orlando-hernandez".to_string()),
        ]
    );
    assert_eq!(
        spans(TITLE, "2018-04-13"),
        vec![
            (
                "الرئيس الهندوراسي",
                9,
                42,
                "juan-orlando-hernandez".to_string()
            ),
            (
                "خوان أورلاندو هرنانديز",
                43,
                85,
                "juan-orlando-hernandez".to_string()
            ),
        ]
    );
}

#[test]
fn the_honduran_title_names_him_inside_his_term() {
    check_roles(&[
        (
            HN_HEAD,
            "الرئيس الهندوراسي",
            "2018-04-13",
            "juan-orlando-hernandez",
        ),
        (
            HN_HEAD,
            "الرئيس الهندوراسي",
            "2021-12-01",
            "juan-orlando-hernandez",
        ),
    ]);
}

#[test]
fn another_hernandez_is_not_the_president() {
    assert_eq!(spans(FOOTBALL, "2018-04-13"), vec![]);
}
