//! Foreign ministers of Singapore (from 2004, the holder on 2010-01-01, to today) and
//! Indonesia's foreign minister from October 2024, added in the fm_asia data session. A role
//! phrase dated inside a term names that term's holder, the successor on the day of the change,
//! the new full names name their person, and a distinctive surname stands alone only on a date
//! of its person's term. Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_names_on, officials, roles};

const SG_DEMONYM: &str = "التقى وزير الخارجية السنغافوري الوفد الصيني في بكين.";
const SG_COUNTRY: &str = "وصل وزير خارجية سنغافورة إلى جاكرتا في زيارة قصيرة.";
const ID_DEMONYM: &str = "شارك وزير الخارجية الإندونيسي في اجتماع الرابطة.";
const ID_COUNTRY: &str = "قال وزير خارجية إندونيسيا إن بلاده تدعم الحوار.";

#[test]
fn role_phrases_name_the_holders_added_in_the_fm_asia_session() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            SG_DEMONYM,
            "وزير الخارجية السنغافوري",
            "2010-01-01",
            "george-yeo",
        ),
        (
            SG_DEMONYM,
            "وزير الخارجية السنغافوري",
            "2008-06-15",
            "george-yeo",
        ),
        (
            SG_COUNTRY,
            "وزير خارجية سنغافورة",
            "2011-03-01",
            "george-yeo",
        ),
        // The day of the change names the successor.
        (
            SG_DEMONYM,
            "وزير الخارجية السنغافوري",
            "2011-05-21",
            "k-shanmugam",
        ),
        (
            SG_COUNTRY,
            "وزير خارجية سنغافورة",
            "2013-07-01",
            "k-shanmugam",
        ),
        (
            SG_DEMONYM,
            "وزير الخارجية السنغافوري",
            "2015-09-30",
            "k-shanmugam",
        ),
        (
            SG_DEMONYM,
            "وزير الخارجية السنغافوري",
            "2015-10-01",
            "vivian-balakrishnan",
        ),
        (
            SG_COUNTRY,
            "وزير خارجية سنغافورة",
            "2018-06-10",
            "vivian-balakrishnan",
        ),
        (
            SG_DEMONYM,
            "وزير الخارجية السنغافوري",
            "2026-12-07",
            "vivian-balakrishnan",
        ),
        (
            ID_DEMONYM,
            "وزير الخارجية الإندونيسي",
            "2024-10-21",
            "sugiono",
        ),
        (ID_COUNTRY, "وزير خارجية إندونيسيا", "2025-06-01", "sugiono"),
        // The predecessor still answers inside her term.
        (
            ID_DEMONYM,
            "وزير الخارجية الإندونيسي",
            "2024-10-01",
            "retno-marsudi",
        ),
    ];
    for (text, phrase, d, id) in cases {
        let got = roles(ex, text, d);
        assert_eq!(got, vec![(*phrase, id.to_string())], "{text:?} on {d}");
    }
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "استقبل جورج يو وكاي شانموغام الوفد في سنغافورة.",
            &[("جورج يو", "george-yeo"), ("كاي شانموغام", "k-shanmugam")],
        ),
        (
            "اجتمع فيفيان بالاكريشنان مع سوغيونو على هامش القمة.",
            &[
                ("فيفيان بالاكريشنان", "vivian-balakrishnan"),
                ("سوغيونو", "sugiono"),
            ],
        ),
        (
            "صرح سوجيونو بأن المحادثات كانت مثمرة.",
            &[("سوجيونو", "sugiono")],
        ),
    ];
    check_names_on("2025-01-01", cases);
}

#[test]
fn a_distinctive_surname_alone_names_its_person_on_a_date_of_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "قال بالاكريشنان إن القمة ستعقد في موعدها.",
            "بالاكريشنان",
            "vivian-balakrishnan",
            "2018-06-01",
        ),
        (
            "قال شانموغام إن المحادثات مستمرة.",
            "شانموغام",
            "k-shanmugam",
            "2013-01-15",
        ),
    ];
    for (text, surname, id, d) in cases {
        let got = officials(ex, text, d);
        assert_eq!(got, vec![(*surname, id.to_string())], "{text:?} on {d}");
    }
    // Before Balakrishnan's term the bare surname names nobody.
    let got = officials(ex, cases[0].0, "2009-01-01");
    assert!(got.is_empty(), "Balakrishnan in 2009: {got:?}");
}
