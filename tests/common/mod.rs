//! Helpers shared by the persons data tests (`tests/persons_*.rs`): a date from its ISO text and
//! the officials found in a text on a date. Each test crate uses some of them.
#![allow(dead_code)]

use alam::{Date, EntityKind, Extractor, Options};

/// The date written `s` (YYYY-MM-DD); panics on a typo in a test.
pub fn date(s: &str) -> Date {
    s.parse().expect("a valid date")
}

/// Every official mention of `text` on date `d`: (mention as written, id or "").
pub fn officials<'t>(ex: &Extractor, text: &'t str, d: &str) -> Vec<(&'t str, String)> {
    ex.extract_with(text, &Options::default().with_date(date(d)))
        .iter()
        .filter(|e| e.kind() == EntityKind::Official)
        .map(|e| (e.text(text), e.id().unwrap_or("").to_string()))
        .collect()
}

/// Every role-phrase mention of `text` on date `d`: (mention as written, holder id or "").
pub fn roles<'t>(ex: &Extractor, text: &'t str, d: &str) -> Vec<(&'t str, String)> {
    ex.extract_with(text, &Options::default().with_date(date(d)))
        .iter()
        .filter(|e| e.role.is_some())
        .map(|e| (e.text(text), e.id().unwrap_or("").to_string()))
        .collect()
}

/// Asserts each case `(text, role phrase, date, holder id)`: the text's only role mention on the
/// date is that phrase, naming that holder.
pub fn check_roles(cases: &[(&str, &str, &str, &str)]) {
    let ex = Extractor::default_ref();
    for (text, phrase, d, id) in cases {
        assert_eq!(
            roles(ex, text, d),
            vec![(*phrase, id.to_string())],
            "{text:?} on {d}"
        );
    }
}

/// (text, date, expected (mention, person id)): a document and the persons it names.
pub type NameCase<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// Checks that each document, on its date, names exactly the listed persons, in order.
pub fn check_names(cases: &[NameCase]) {
    let ex = Extractor::default_ref();
    for (text, d, want) in cases {
        let got = officials(ex, text, d);
        let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

/// Checks that each document, on its date, has exactly the listed role phrases (as written,
/// with their holder's id, "" for none), in order.
pub fn check_role_phrases(cases: &[NameCase]) {
    let ex = Extractor::default_ref();
    for (text, d, want) in cases {
        let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
        assert_eq!(roles(ex, text, d), want, "{text:?} on {d}");
    }
}

/// Checks that each document, dated `d`, names exactly the listed persons, in order.
pub fn check_names_on(d: &str, cases: &[(&str, &[(&str, &str)])]) {
    let ex = Extractor::default_ref();
    for (text, want) in cases {
        let got = officials(ex, text, d);
        let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
        assert_eq!(got, want, "{text:?}");
    }
}

/// (mention, start byte, end byte, id or "") of every official mention of `text` on date `d`.
pub fn spans<'t>(text: &'t str, d: &str) -> Vec<(&'t str, usize, usize, String)> {
    spans_of(EntityKind::Official, text, d)
}

/// [`spans`] of the mentions of `kind`.
pub fn spans_of<'t>(
    kind: EntityKind,
    text: &'t str,
    d: &str,
) -> Vec<(&'t str, usize, usize, String)> {
    Extractor::default_ref()
        .extract_with(text, &Options::default().with_date(date(d)))
        .iter()
        .filter(|e| e.kind() == kind)
        .map(|e| {
            (
                e.text(text),
                e.span.start,
                e.span.end,
                e.id().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// Asserts that the official mentions of `text` on date `d` are `want`: (mention, start byte, end
/// byte, id or "").
pub fn check_spans(text: &str, d: &str, want: &[(&str, usize, usize, &str)]) {
    let want: Vec<(&str, usize, usize, String)> = want
        .iter()
        .map(|&(t, s, e, id)| (t, s, e, id.to_string()))
        .collect();
    assert_eq!(spans(text, d), want, "{text:?} on {d}");
}
