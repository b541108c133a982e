//! Data added in the recall8d audit (Sky News Arabia 2018): John J. Sullivan, acting US secretary
//! of state from 2018-04-01 to 2018-04-26 (the role phrase dated in those weeks named Rex
//! Tillerson, out of office since 2018-03-31); Moon Jae-in's surname مون after his full name; the
//! feminine title مديرة before an organization; Tunisia's interior ministers of 2018 (Ghazi
//! Jeribi's interim from 2018-06-06, Hichem Fourati from 2018-07-30), Lotfi Brahem's surname, and
//! وزير الخزانة with the demonym agreeing with الخزانة. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_roles, spans};

const US_FM: &str = "وصل وزير الخارجية الأميركي إلى بروكسل لحضور اجتماع الحلف.";
const SULLIVAN: &str = "تحدث جون سوليفان عن الحريات، وقال سوليفان إن الوزارة تتابع الملف.";
const MOON: &str = "استقبل الرئيس مون جاي-إن وفدا رياضيا، ثم قال مون إن الحوار مستمر.";
const TN_IM: &str = "تفقد وزير الداخلية التونسي مراكز الأمن في العاصمة.";
const FOURATI: &str = "أدى هشام الفراتي اليمين، ثم قال الفراتي إن الأمن أولوية.";
const BRAHEM: &str = "غادر لطفي براهم الوزارة، ولم يعلق براهم على القرار.";
const US_TREAS: &str = "وصل وزير الخزانة الأميركية إلى بكين لبحث الرسوم الجمركية.";
const IMF: &str = "قالت مديرة صندوق النقد الدولي إن النمو العالمي يتباطأ.";

#[test]
fn the_acting_secretary_of_state_answers_inside_his_weeks() {
    check_roles(&[
        (
            US_FM,
            "وزير الخارجية الأميركي",
            "2018-03-31",
            "rex-tillerson",
        ),
        (
            US_FM,
            "وزير الخارجية الأميركي",
            "2018-04-01",
            "john-j-sullivan",
        ),
        (
            US_FM,
            "وزير الخارجية الأميركي",
            "2018-04-21",
            "john-j-sullivan",
        ),
        (US_FM, "وزير الخارجية الأميركي", "2018-04-27", "mike-pompeo"),
    ]);
}

#[test]
fn sullivan_and_moon_by_name_and_surname() {
    check_names_on(
        "2018-04-21",
        &[(
            SULLIVAN,
            &[
                ("جون سوليفان", "john-j-sullivan"),
                ("سوليفان", "john-j-sullivan"),
            ],
        )],
    );
    assert_eq!(
        spans(SULLIVAN, "2018-04-21"),
        vec![
            ("جون سوليفان", 9, 30, "john-j-sullivan".to_string()),
            ("سوليفان", 62, 76, "john-j-sullivan".to_string()),
        ]
    );
    assert_eq!(
        spans(MOON, "2018-02-25"),
        vec![
            ("مون جاي-إن", 26, 44, "moon-jae-in".to_string()),
            ("مون", 81, 87, "moon-jae-in".to_string()),
        ]
    );
}

#[test]
fn the_feminine_director_title_names_the_imf_head() {
    assert_eq!(
        spans(IMF, "2018-07-23"),
        vec![(
            "مديرة صندوق النقد الدولي",
            9,
            54,
            "christine-lagarde".to_string()
        )]
    );
}

#[test]
fn tunisia_interior_ministers_of_2018() {
    check_roles(&[
        (TN_IM, "وزير الداخلية التونسي", "2018-06-05", "lotfi-brahem"),
        (TN_IM, "وزير الداخلية التونسي", "2018-07-01", "ghazi-jeribi"),
        (
            TN_IM,
            "وزير الداخلية التونسي",
            "2018-08-01",
            "hichem-fourati",
        ),
        (
            TN_IM,
            "وزير الداخلية التونسي",
            "2019-06-01",
            "hichem-fourati",
        ),
        (
            TN_IM,
            "وزير الداخلية التونسي",
            "2020-03-01",
            "hichem-mechichi",
        ),
    ]);
    assert_eq!(
        spans(FOURATI, "2018-08-01"),
        vec![
            ("هشام الفراتي", 7, 30, "hichem-fourati".to_string()),
            ("الفراتي", 58, 72, "hichem-fourati".to_string()),
        ]
    );
    assert_eq!(
        spans(BRAHEM, "2018-07-28"),
        vec![
            ("لطفي براهم", 9, 28, "lotfi-brahem".to_string()),
            ("براهم", 62, 72, "lotfi-brahem".to_string()),
        ]
    );
}

#[test]
fn the_treasury_title_with_a_feminine_demonym() {
    check_roles(&[(
        US_TREAS,
        "وزير الخزانة الأميركية",
        "2018-05-09",
        "steven-mnuchin",
    )]);
}
