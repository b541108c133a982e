//! Pathological inputs: huge runs of one letter, a megabyte of combining marks on one letter,
//! one alias repeated 100 000 times, a single 10 MB line. Each completes (no quadratic
//! behaviour, no stack overflow) with exactly the expected result. Sized for
//! `cargo test --release`; they also pass, more slowly, in debug builds.

use alam::normalize;
use alam::{EntityKind, Extractor};

const MB: usize = 1 << 20;

/// A clause with no entity in it (checked by `filler_has_no_entities`).
const FILLER: &str = "وناقش المجتمعون في الجلسة الصباحية خطة تطوير الطرق والجسور ومشروعات المياه ";

fn ids_and_spans(text: &str) -> Vec<(&'static str, usize, usize)> {
    Extractor::default_ref()
        .extract(text)
        .iter()
        .map(|e| (e.id().unwrap_or(""), e.span.start, e.span.end))
        .collect()
}

#[test]
fn filler_has_no_entities() {
    assert!(alam::extract(FILLER).is_empty());
    assert!(alam::extract(&FILLER.repeat(20)).is_empty());
}

#[test]
fn ten_megabytes_of_one_letter() {
    let text = "ب".repeat(5 * MB);
    assert_eq!(text.len(), 10 * MB);
    let n = normalize(&text);
    assert_eq!(n.as_str().len(), text.len());
    assert!(alam::extract(&text).is_empty());
    // The same letter as a word of its own, space separated: still nothing.
    let words = "ب ".repeat(MB);
    assert!(alam::extract(&words).is_empty());
}

#[test]
fn ten_megabytes_of_alef_without_spaces() {
    // ا is the first letter of the article and of many aliases: the automaton keeps restarting
    // a partial match.
    let text = "ا".repeat(5 * MB);
    assert!(alam::extract(&text).is_empty());
    let text = "ال".repeat(5 * MB / 2);
    assert!(alam::extract(&text).is_empty());
}

#[test]
fn a_megabyte_of_combining_marks_on_one_letter() {
    let marks = "\u{064E}".repeat(MB / 2);
    let text = format!("ب{marks}");
    let n = normalize(&text);
    assert_eq!(n.as_str(), "ب");
    let span = n.original_span(0..n.as_str().len());
    assert_eq!((span.start, span.end), (0, text.len()));
    assert!(alam::extract(&text).is_empty());

    // The marks after the last letter of a mention belong to the mention.
    let text = format!("زار الوفد سوريا{marks} أمس");
    let found = alam::extract(&text);
    assert_eq!(found.len(), 1);
    let start = "زار الوفد ".len();
    let end = start + "سوريا".len() + marks.len();
    assert_eq!(
        (
            found[0].id().unwrap_or(""),
            found[0].span.start,
            found[0].span.end
        ),
        ("SY", start, end)
    );
    assert_eq!(found[0].text(&text), format!("سوريا{marks}"));

    // Mixed marks (shadda, sukun, superscript alef, Quranic marks) between every letter.
    let run = "\u{0651}\u{0652}\u{0670}\u{06D6}".repeat(20_000);
    let heavy: String = "سوريا"
        .chars()
        .flat_map(|c| std::iter::once(c).chain(run.chars()))
        .collect();
    let text = format!("في {heavy}.");
    let found = alam::extract(&text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id(), Some("SY"));
    assert_eq!(found[0].text(&text), heavy);
}

#[test]
fn one_alias_repeated_100_000_times() {
    let word = "سوريا";
    let text = format!("{word} ").repeat(100_000);
    let found = alam::extract(&text);
    assert_eq!(found.len(), 100_000);
    let step = word.len() + 1;
    for (i, e) in found.iter().enumerate() {
        assert_eq!(e.id(), Some("SY"), "entity {i}");
        assert_eq!(e.kind(), EntityKind::Country);
        assert_eq!(
            (e.span.start, e.span.end),
            (i * step, i * step + word.len()),
            "entity {i}"
        );
        assert_eq!(e.text(&text), word);
    }

    // With the merged proclitic: للعراق, each mention is العراق's letters without the article's
    // alef, after the ل.
    let text = "وللعراق ".repeat(100_000);
    let found = alam::extract(&text);
    assert_eq!(found.len(), 100_000);
    let step = "وللعراق ".len();
    let offset = "ول".len();
    for (i, e) in found.iter().enumerate() {
        assert_eq!(e.id(), Some("IQ"));
        assert_eq!(e.span.start, i * step + offset);
        assert_eq!(e.text(&text), "لعراق");
    }
}

#[test]
fn one_alias_repeated_without_spaces_is_not_a_word() {
    // سورياسوريا… is one 1 MB word: no mention has word boundaries on both sides.
    let text = "سوريا".repeat(100_000);
    assert!(alam::extract(&text).is_empty());
}

#[test]
fn a_single_ten_megabyte_line_with_entities_sprinkled() {
    let mentions = [
        ("طهران", "IR"),
        ("دمشق", "SY"),
        ("داعش", "islamic-state"),
        ("العراق", "IQ"),
        ("الأردن", "JO"),
    ];
    let mut text = String::with_capacity(10 * MB + 1024);
    let mut expected = Vec::new();
    let mut k = 0;
    while text.len() < 10 * MB {
        text.push_str(FILLER);
        if k % 7 == 3 {
            let (name, id) = mentions[(k / 7) % mentions.len()];
            text.push_str("في ");
            expected.push((id, text.len(), text.len() + name.len()));
            text.push_str(name);
            text.push_str("، ");
        }
        k += 1;
    }
    assert!(!text.contains('\n'));
    let found = ids_and_spans(&text);
    assert_eq!(found.len(), expected.len());
    assert_eq!(found, expected);
}
