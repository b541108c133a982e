//! Byte offsets (what the Rust API reports) to Python string indices (code points).
//!
//! Invariant: for a `str` document `text` and a byte offset `b` on a char boundary of its UTF-8
//! form, the result is the number of code points before `b`, so Python's `text[start:end]` is
//! the mention. The conversion of one document is linear: its offsets are sorted once and the
//! text is walked once, up to the last offset, whatever the number of entities.

/// Code-point indices of the byte `offsets` of `text`, in the order given.
///
/// Offsets past the end count the whole text; an offset inside a char counts the chars that
/// start before it (the Rust API never reports such offsets).
pub fn char_indices(text: &str, offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let bytes = text.as_bytes();
    let mut out = vec![0; offsets.len()];
    let (mut at_byte, mut at_char) = (0, 0);
    for i in order {
        let target = offsets[i].min(bytes.len());
        if target > at_byte {
            // std's count of a `str` goes a word at a time; the byte count is for offsets that
            // are not char boundaries (which the Rust API never reports).
            at_char += match text.get(at_byte..target) {
                Some(s) => s.chars().count(),
                None => count_chars(&bytes[at_byte..target]),
            };
            at_byte = target;
        }
        out[i] = at_char;
    }
    out
}

/// Number of chars starting in `bytes` (the bytes that are not UTF-8 continuation bytes).
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_boundary_of_mixed_text() {
        // ASCII, Arabic (2 bytes), a ZWNJ (3 bytes), an emoji (4 bytes) and a mark.
        let text = "a طهران\u{200c}😀 دُمشق";
        let offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).rev().collect();
        let expected: Vec<usize> = (0..text.chars().count()).rev().collect();
        assert_eq!(char_indices(text, &offsets), expected);
        assert_eq!(
            char_indices(text, &[text.len(), 0]),
            [text.chars().count(), 0]
        );
    }

    #[test]
    fn offsets_inside_a_char_count_the_chars_that_start_before_them() {
        // ط is bytes 0..2, ه 2..4, the emoji 4..8.
        let text = "طه😀";
        assert_eq!(char_indices(text, &[1, 3, 5, 4, 8]), [1, 2, 3, 2, 3]);
    }
}
