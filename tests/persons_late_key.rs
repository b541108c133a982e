//! Speakers of Syria's People's Council and of Algeria's People's National Assembly before the
//! first date the gazetteer covered them (Abdul Qadir Qaddura, Muhammad Naji al-Otari,
//! Abdelkader Bensalah, Karim Younes), added in the late_key data session. A role phrase dated
//! inside a new term names that term's holder, the successor answers on the day of the change,
//! and the new full names name their person. Every sentence is written for this test.

use alam::{EntityKind, Extractor, Options};

mod common;
use common::{check_names_on, check_roles, date, officials};

const SY_SPK: &str = "افتتح رئيس مجلس الشعب السوري الدورة العادية للمجلس.";
const DZ_SPK: &str = "استقبل رئيس البرلمان الجزائري وفدا برلمانيا زائرا.";

#[test]
fn role_phrases_name_the_speakers_added_in_the_late_key_session() {
    check_roles(&[
        (
            SY_SPK,
            "رئيس مجلس الشعب السوري",
            "1990-06-01",
            "abdul-qadir-qaddura",
        ),
        (
            SY_SPK,
            "رئيس مجلس الشعب السوري",
            "1996-03-15",
            "abdul-qadir-qaddura",
        ),
        (
            SY_SPK,
            "رئيس مجلس الشعب السوري",
            "2000-06-11",
            "abdul-qadir-qaddura",
        ),
        (
            SY_SPK,
            "رئيس مجلس الشعب السوري",
            "2003-05-01",
            "muhammad-naji-al-otari",
        ),
        (
            DZ_SPK,
            "رئيس البرلمان الجزائري",
            "1998-01-10",
            "abdelkader-bensalah",
        ),
        (
            DZ_SPK,
            "رئيس البرلمان الجزائري",
            "2001-11-20",
            "abdelkader-bensalah",
        ),
        (
            DZ_SPK,
            "رئيس البرلمان الجزائري",
            "2003-04-01",
            "karim-younes",
        ),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (
            SY_SPK,
            "رئيس مجلس الشعب السوري",
            "2003-03-09",
            "muhammad-naji-al-otari",
        ),
        (
            SY_SPK,
            "رئيس مجلس الشعب السوري",
            "2003-10-07",
            "mahmoud-al-abrash",
        ),
        (
            DZ_SPK,
            "رئيس البرلمان الجزائري",
            "2002-06-10",
            "karim-younes",
        ),
        (
            DZ_SPK,
            "رئيس البرلمان الجزائري",
            "2004-06-23",
            "amar-saadani",
        ),
        // The last day of each new term still names its holder.
        (
            SY_SPK,
            "رئيس مجلس الشعب السوري",
            "2003-03-05",
            "abdul-qadir-qaddura",
        ),
        (
            DZ_SPK,
            "رئيس البرلمان الجزائري",
            "2002-06-09",
            "abdelkader-bensalah",
        ),
        (
            DZ_SPK,
            "رئيس البرلمان الجزائري",
            "2004-06-03",
            "karim-younes",
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "ترأس عبد القادر قدورة جلسة المجلس في دمشق.",
            &[("عبد القادر قدورة", "abdul-qadir-qaddura")],
        ),
        (
            "ألقى كريم يونس كلمة أمام النواب في الجزائر.",
            &[("كريم يونس", "karim-younes")],
        ),
    ];
    check_names_on("2003-01-15", cases);
}

#[test]
fn qaddura_alone_is_not_standalone() {
    // قدورة is a plain surname (a family name shared by others): with no full name and no cue
    // before it, and outside his term, it names no person; after the full name it names him, and
    // a verb of saying before it names him while he is in office.
    let ex = Extractor::default_ref();
    let alone = "افتتح مطعم قدورة فرعا جديدا في الحي القديم.";
    let got = ex.extract_with(alone, &Options::default().with_date(date("2020-05-01")));
    assert!(
        got.iter().all(|e| e.kind() != EntityKind::Official),
        "{got:?}"
    );
    let after = "افتتح عبد القادر قدورة الجلسة، وأضاف قدورة أن المجلس سيصوت غدا.";
    let ids: Vec<String> = officials(ex, after, "1995-05-01")
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    assert_eq!(
        ids,
        vec!["abdul-qadir-qaddura", "abdul-qadir-qaddura"],
        "{after:?}"
    );
    // a verb of saying marks him while in office, in a document that names Syria
    let cue = "قال قدورة إن الجلسة ستعقد غدا في دمشق.";
    let ids: Vec<String> = officials(ex, cue, "1995-05-01")
        .into_iter()
        .map(|(_, id)| id)
        .collect();
    assert_eq!(ids, vec!["abdul-qadir-qaddura"], "{cue:?}");
    let unnamed = "قال قدورة إن الجلسة ستعقد غدا.";
    assert!(
        officials(ex, unnamed, "1995-05-01").is_empty(),
        "{unnamed:?}"
    );
}
