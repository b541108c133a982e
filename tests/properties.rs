//! Property tests of the offset invariants: for any text, normalization and extraction never
//! panic, offsets are char boundaries, spans are sorted and non-overlapping, and the mention is
//! the input's own bytes.

use alam::normalize;
use proptest::prelude::*;

/// Arabic-heavy text: letters, names, marks, tatweel, zero-width and directional characters,
/// presentation forms, whitespace of every kind, punctuation, digits and Latin.
fn arabic_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        4 => prop::sample::select(vec![
            "سوريا", "العراق", "إيران", "طهران", "الإيراني", "حماس", "الأسد", "مالي", "داعش",
            "تنظيم الدولة الإسلامية", "قوات سوريا الديمقراطية", "حسين دهقان", "دهقان", "الولايات",
            "المتحدة", "و", "ف", "ب", "ل", "لل", "ال", "ك", "في", "قال", "الرئيس", "حركة",
        ]).prop_map(str::to_owned),
        3 => prop::char::range('\u{0621}', '\u{064A}').prop_map(String::from),
        2 => prop::char::range('\u{064B}', '\u{065F}').prop_map(String::from),
        1 => prop::sample::select(vec![
            '\u{0640}', '\u{0670}', '\u{06D6}', '\u{200C}', '\u{200D}', '\u{200F}', '\u{202B}',
            '\u{2067}', '\u{061C}', '\u{FEFF}', '\u{00AD}', 'ی', 'ک', 'ۀ', '٣', '۴', 'ى', 'ة',
        ]).prop_map(String::from),
        1 => prop::char::range('\u{FB50}', '\u{FDFF}').prop_map(String::from),
        1 => prop::char::range('\u{FE70}', '\u{FEFF}').prop_map(String::from),
        2 => prop::sample::select(vec![
            " ", "  ", "\n", "\r\n", "\t", "\u{00A0}", "\u{2003}", "\u{202F}", "\u{3000}", "،",
            ".", "(", ")", "\"", "-", "1", "A", "z",
        ]).prop_map(str::to_owned),
    ];
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

/// News-like word soup around the resolver's context rules: role phrases and their markers
/// (السابق، الجديد، المنتخب), apposition commas, headline dots, nouns of death and attempts,
/// person cues, proclitics on surnames with the article, and names and surnames.
fn news_text() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "الرئيس",
        "الأمريكي",
        "رئيس الوزراء",
        "المصري",
        "وزير الدفاع",
        "الإماراتي",
        "ولي عهد أبوظبي",
        "السابق",
        "الأسبق",
        "الجديد",
        "المنتخب",
        "المكلف",
        "اغتيال",
        "باغتيال",
        "محاولة",
        "مقتل",
        "وفاة",
        "ترشح",
        "حزب",
        "قال",
        "وقالت",
        "ذكرت",
        "كبرى",
        "للأسد",
        "والحريري",
        "الحريري",
        "سعد الحريري",
        "رفيق الحريري",
        "بشار الأسد",
        "الأسد",
        "جورج بوش الأب",
        "بوش",
        "قرقاش",
        "أنور قرقاش",
        "غول",
        "عبد الله غول",
        "سوريا",
        "لبنان",
        "مصر",
        "،",
        "..",
        ".",
        "\n",
        "(",
        ")",
    ]);
    prop::collection::vec(word, 0..30).prop_map(|v| v.join(" "))
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabic_text(), any::<String>()]
}

proptest! {
    #[test]
    fn normalize_is_idempotent_and_its_map_monotonic(text in any_text()) {
        let n = normalize(&text);
        let again = normalize(n.as_str());
        prop_assert_eq!(again.as_str(), n.as_str());
        let mut last = 0;
        for (i, _) in n.as_str().char_indices().chain(std::iter::once((n.as_str().len(), ' '))) {
            let o = n.original_start(i);
            prop_assert!(o >= last);
            prop_assert!(text.is_char_boundary(o));
            last = o;
        }
    }

    #[test]
    fn normalized_words_map_back_to_their_original_letters_and_marks(text in arabic_text()) {
        let n = normalize(&text);
        let norm = n.as_str();
        let mut start = None;
        for (i, c) in norm.char_indices().chain(std::iter::once((norm.len(), ' '))) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    let span = n.original_span(s..i);
                    prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
                    let original = &text[span.start..span.end];
                    // the span holds exactly what produced the word, marks included
                    prop_assert!(normalize(original).as_str().contains(&norm[s..i]));
                    // no dangling mark right after the span
                    let dangling = text[span.end..].chars().next().is_some_and(is_mark);
                    prop_assert!(!dangling, "a mark right after the span");
                    start = None;
                }
                _ => {}
            }
        }
    }

    #[test]
    fn extraction_spans_are_sorted_disjoint_and_on_char_boundaries(text in any_text()) {
        let entities = alam::extract(&text);
        let mut last_end = 0;
        for e in &entities {
            prop_assert!(e.span.start < e.span.end);
            prop_assert!(e.span.start >= last_end);
            prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
            prop_assert_eq!(e.text(&text), &text[e.span.start..e.span.end]);
            last_end = e.span.end;
        }
    }

    #[test]
    fn the_context_rules_keep_spans_sorted_disjoint_and_on_char_boundaries(
        text in news_text(),
        (year, month, day) in (1980u16..2027, 1u8..13, 1u8..29),
    ) {
        let date = alam::Date::new(year, month, day).expect("a valid day");
        for options in [alam::Options::default(), alam::Options::default().with_date(date)] {
            let entities = alam::Extractor::default_ref().extract_with(&text, &options);
            let mut last_end = 0;
            for e in &entities {
                prop_assert!(e.span.start < e.span.end && e.span.start >= last_end);
                prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
                last_end = e.span.end;
            }
        }
    }

    #[test]
    fn a_document_inside_a_longer_text_gives_the_same_entities_shifted(
        doc in arabic_text(),
        before in "[a-z0-9 .]{0,20}",
        after in "[a-z0-9 .]{0,20}",
    ) {
        let alone: Vec<(usize, usize, String)> = alam::extract(&doc)
            .iter()
            .map(|e| (e.span.start, e.span.end, e.id().unwrap_or("").to_owned()))
            .collect();
        let prefix = format!("{before}\n\n");
        let long = format!("{prefix}{doc}\n\n{after}");
        let inside: Vec<(usize, usize, String)> = alam::extract(&long)
            .iter()
            .map(|e| (e.span.start - prefix.len(), e.span.end - prefix.len(), e.id().unwrap_or("").to_owned()))
            .collect();
        prop_assert_eq!(alone, inside);
    }
}
