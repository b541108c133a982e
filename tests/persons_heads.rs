//! Heads of state and government filled in the fourth data session (issue 12): a role phrase
//! dated inside a term names that term's holder (also across a corrected seed date), a new press
//! spelling names its person, a surname shared with a namesake in the news is not reported
//! alone, and a person without a covered office is found by name. Every sentence is written for
//! this test.

use alam::{Extractor, Options};

mod common;
use common::{check_role_phrases, date, officials};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const ROLES: &[RoleCase] = &[
    (
        "قالت رئيسة إثيوبيا إن الانتخابات ستجرى في موعدها.",
        "2020-01-01",
        &[("رئيسة إثيوبيا", "sahle-work-zewde")],
    ),
    (
        "استقبل رئيس أنغولا وفدا تجاريا في لواندا.",
        "2023-05-01",
        &[("رئيس أنغولا", "joao-lourenco")],
    ),
    (
        "أعلن رئيس وزراء مالي تشكيل حكومة جديدة.",
        "2022-01-01",
        &[("رئيس وزراء مالي", "choguel-kokalla-maiga")],
    ),
    (
        "أعلن رئيس وزراء مالي تشكيل حكومة جديدة.",
        "2025-03-01",
        &[("رئيس وزراء مالي", "abdoulaye-maiga")],
    ),
    (
        "زار رئيس فيتنام العاصمة الروسية.",
        "2024-07-01",
        &[("رئيس فيتنام", "to-lam")],
    ),
    (
        "وقع رئيس وزراء رومانيا الاتفاق في بروكسل.",
        "2015-06-01",
        &[("رئيس وزراء رومانيا", "victor-ponta")],
    ),
    (
        "قال رئيس رومانيا إن الانتخابات ستعاد.",
        "2025-03-01",
        &[("رئيس رومانيا", "ilie-bolojan")],
    ),
    (
        "استقبل رئيس وزراء الهند الوفد الباكستاني.",
        "1997-10-01",
        &[("رئيس وزراء الهند", "i-k-gujral")],
    ),
    // Jamil Mahuad's term starts 1998-08-10 (the seed's 1997 date overlapped Fabián Alarcón).
    (
        "أعلن رئيس الإكوادور حالة الطوارئ.",
        "1998-01-01",
        &[("رئيس الإكوادور", "fabian-alarcon")],
    ),
    // Azali Assoumani's second term starts 2002-05-26 (the seed's 2001 date was a year early).
    (
        "دعا رئيس جزر القمر إلى الحوار.",
        "2003-01-01",
        &[("رئيس جزر القمر", "azali-assoumani")],
    ),
];

#[test]
fn role_phrases_name_the_holders_added_in_the_fourth_session() {
    check_role_phrases(ROLES);
}

#[test]
fn new_press_spellings_and_distinctive_surnames_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "أعاد بيار نكورونزيزا ترشيح نفسه، ورد نكورونزيزا على منتقديه، \
                وزار الملك مسواتي الثالث تايبيه.";
    let got = officials(ex, text, "2018-06-01");
    let want = [
        ("بيار نكورونزيزا", "pierre-nkurunziza"),
        ("نكورونزيزا", "pierre-nkurunziza"),
        ("الملك مسواتي الثالث", "mswati-iii"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn a_shared_surname_is_not_reported_alone_but_the_full_name_is() {
    let ex = Extractor::default_ref();
    // كارابيتيان is also a Russian investigator's name: no standalone surname.
    let text = "قال المحقق كارابيتيان إن القضية أغلقت، وكان كارين كارابيتيان رئيسا للوزراء.";
    let got = officials(ex, text, "2017-01-01");
    assert_eq!(got, [("كارين كارابيتيان", "karen-karapetyan".to_string())]);
}

#[test]
fn a_rival_claimant_without_a_covered_office_is_found_by_name() {
    let ex = Extractor::default_ref();
    let text = "أعلن خوان غوايدو نفسه رئيسا بالوكالة، ثم دعا غوايدو أنصاره إلى التظاهر.";
    let got = officials(ex, text, "2019-02-01");
    let ids: Vec<&str> = got.iter().map(|(_, i)| i.as_str()).collect();
    assert_eq!(ids, ["juan-guaido", "juan-guaido"]);
    assert_eq!(got[0].0, "خوان غوايدو");
    // Venezuela's head of state on that date is still Nicolás Maduro's term.
    let role = "قال رئيس فنزويلا إن البلاد لن تخضع.";
    let holder: Vec<(&str, &str)> = ex
        .extract_with(role, &Options::default().with_date(date("2019-02-01")))
        .iter()
        .filter(|e| e.role.is_some())
        .map(|e| (e.text(role), e.id().unwrap_or("")))
        .collect();
    assert_eq!(holder, [("رئيس فنزويلا", "nicolas-maduro")]);
}
