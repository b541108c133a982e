//! `normalize` never panics, is idempotent, and its offset map is monotonic and lands on char
//! boundaries of the original.

#![no_main]

use alam::normalize;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let n = normalize(text);
    let norm = n.as_str();

    let again = normalize(norm);
    assert_eq!(again.as_str(), norm, "normalize is not idempotent");

    let boundaries = norm
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(norm.len()));
    let mut last_start = 0;
    let mut last_end = 0;
    let mut prev: Option<usize> = None;
    for i in boundaries {
        let start = n.original_start(i);
        assert!(
            start <= text.len(),
            "original_start({i}) = {start} out of range"
        );
        assert!(
            text.is_char_boundary(start),
            "original_start({i}) = {start} not a char boundary"
        );
        assert!(start >= last_start, "original_start not monotonic at {i}");
        last_start = start;

        let end = n.original_end(i);
        assert!(end <= text.len(), "original_end({i}) = {end} out of range");
        assert!(
            text.is_char_boundary(end),
            "original_end({i}) = {end} not a char boundary"
        );
        assert!(end >= last_end, "original_end not monotonic at {i}");
        last_end = end;

        if let Some(p) = prev {
            let span = n.original_span(p..i);
            assert!(span.start <= span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
        prev = Some(i);
    }
    let whole = n.original_span(0..norm.len());
    assert!(whole.start <= whole.end && whole.end <= text.len());
});
