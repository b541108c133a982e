//! Extraction never panics; spans are sorted, disjoint (top level), non-empty, on char
//! boundaries, and `text()` is exactly the input's slice. The first byte picks the options.

#![no_main]

use alam::{Date, Extractor, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (flags, rest) = match data.split_first() {
        Some((f, r)) => (*f, r),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(rest);
    let text: &str = &text;
    let mut options = Options::default().with_nested(flags & 1 == 1);
    if flags & 2 == 2 {
        let year = 1990 + u16::from(flags >> 2);
        options = options.with_date(Date::new(year, 6, 9).expect("a valid date"));
    }
    let ex = Extractor::default_ref();
    let entities = ex.extract_with(text, &options);

    // Flat: sorted by start and disjoint. Nested: the top-level mentions first (sorted,
    // disjoint), then the nested ones (sorted), each inside its parent.
    let top = entities.iter().take_while(|e| e.parent.is_none()).count();
    let mut last_start = 0;
    let mut last_end = 0;
    for (i, e) in entities.iter().enumerate() {
        let s = e.span;
        assert!(s.start < s.end, "empty span {s:?}");
        assert!(s.end <= text.len(), "span {s:?} past the end");
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        assert_eq!(e.text(text), &text[s.start..s.end]);
        if i == top {
            last_start = 0;
        }
        assert!(
            s.start >= last_start,
            "entities not sorted by start: {entities:?}"
        );
        last_start = s.start;
        if i < top {
            assert!(s.start >= last_end, "entities overlap: {entities:?}");
            last_end = s.end;
        } else {
            assert!(options.nested, "a nested mention without asking for them");
            let p = e
                .parent
                .expect("nested mentions come after the top-level ones");
            assert!(p < top, "parent {p} is not a top-level mention");
            let outer = entities[p].span;
            assert!(
                outer.start <= s.start && s.end <= outer.end,
                "nested not inside"
            );
        }
    }
    if !options.nested {
        // Flat extraction is the top level of nested extraction.
        let flat: Vec<_> = entities
            .iter()
            .map(|e| (e.span.start, e.span.end))
            .collect();
        let top: Vec<_> = ex
            .extract_with(text, &options.with_nested(true))
            .iter()
            .filter(|e| e.parent.is_none())
            .map(|e| (e.span.start, e.span.end))
            .collect();
        assert_eq!(
            flat, top,
            "flat mentions differ from the nested run's top level"
        );
    }
});
