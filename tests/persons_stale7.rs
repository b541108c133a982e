//! Open terms re-checked in the stale7 data session (2026-12-07): the United Kingdom's defence
//! ministry changed hands on 2026-06-11, when John Healey resigned and Dan Jarvis was appointed;
//! Colombia's president elected in the runoff of 2026-06-21, Abelardo de la Espriella, took office
//! on 7 August 2026, the day the constitution sets. A role phrase dated inside a new term names
//! its holder (also on 2026-12-07), the predecessor answers on the day before the change, and the
//! new full names and surnames name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_roles};

const GB_DM: &str = "التقى وزير الدفاع البريطاني قادة القوات المسلحة في لندن.";
const CO_HOS: &str = "استقبل الرئيس الكولومبي وفدا تجاريا في بوغوتا.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_roles(&[
        (GB_DM, "وزير الدفاع البريطاني", "2026-06-11", "dan-jarvis"),
        (GB_DM, "وزير الدفاع البريطاني", "2026-09-01", "dan-jarvis"),
        (GB_DM, "وزير الدفاع البريطاني", "2026-12-07", "dan-jarvis"),
        (
            CO_HOS,
            "الرئيس الكولومبي",
            "2026-08-07",
            "abelardo-de-la-espriella",
        ),
        (
            CO_HOS,
            "الرئيس الكولومبي",
            "2026-12-07",
            "abelardo-de-la-espriella",
        ),
    ]);
}

#[test]
fn the_predecessor_answers_on_the_day_before_the_change() {
    check_roles(&[
        (GB_DM, "وزير الدفاع البريطاني", "2025-03-01", "john-healey"),
        (GB_DM, "وزير الدفاع البريطاني", "2026-06-10", "john-healey"),
        (CO_HOS, "الرئيس الكولومبي", "2026-08-06", "gustavo-petro"),
    ]);
}

#[test]
fn the_new_full_name_and_surname_name_their_person() {
    check_names_on(
        "2026-12-07",
        &[
            (
                "قال دان جارفيز إن الحكومة ستزيد الإنفاق على الجيش.",
                &[("دان جارفيز", "dan-jarvis")],
            ),
            (
                "وصل جارفيز إلى بروكسل لحضور اجتماع وزراء دفاع الحلف.",
                &[("جارفيز", "dan-jarvis")],
            ),
            (
                "أعلن أبيلاردو دي لا إسبرييا خطة أمنية جديدة.",
                &[("أبيلاردو دي لا إسبرييا", "abelardo-de-la-espriella")],
            ),
            (
                "زار دي لا إسبرييا مدينة ميديلين أمس.",
                &[("دي لا إسبرييا", "abelardo-de-la-espriella")],
            ),
        ],
    );
}
