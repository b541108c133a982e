//! The matching alphabet: one byte per char of normalized text, the only alphabet the
//! automaton sees.
//!
//! ASCII stays itself; the Arabic letters U+0621..=U+064A (all the letters normalization leaves)
//! become 0x80..=0xA9; any other char becomes [`OTHER`]. Patterns and texts are encoded by the
//! same functions here, so the automaton sees half as many bytes as in UTF-8 over an alphabet of
//! a few dozen symbols: a DFA several times smaller and faster to build.
//!
//! Invariants (unit- and property-tested): a [`Scan`] has exactly one byte per char of the text
//! it encodes, and [`Scan::byte_offset`] maps every char index (and the end) back to its byte
//! offset in that text.

/// The byte for chars outside the alphabet (a match that contains it must be checked against
/// the text).
pub(crate) const OTHER: u8 = 0xFF;

/// The first and last Arabic letter of the alphabet, and the byte of the first.
const FIRST_LETTER: u32 = 0x0621;
const LAST_LETTER: u32 = 0x064A;
const LETTER_BASE: u8 = 0x80;

/// Chars between two remembered byte offsets of a [`Scan`].
pub(crate) const CHECKPOINT: usize = 32;

/// The byte of code point `cp` (any char that is not ASCII).
#[inline]
pub(crate) const fn non_ascii(cp: u32) -> u8 {
    if cp >= FIRST_LETTER && cp <= LAST_LETTER {
        LETTER_BASE + (cp - FIRST_LETTER) as u8
    } else {
        OTHER
    }
}

/// The byte of one char.
#[inline]
pub(crate) fn encode_char(c: char) -> u8 {
    if c.is_ascii() {
        c as u8
    } else {
        non_ascii(c as u32)
    }
}

/// The byte of the char whose two-byte UTF-8 sequence is `lead`, `cont`.
#[inline]
pub(crate) fn encode_pair(lead: u8, cont: u8) -> u8 {
    non_ascii((u32::from(lead & 0x1F) << 6) | u32::from(cont & 0x3F))
}

/// The encoding of `text`, and whether it used [`OTHER`] (then matches need checking).
pub(crate) fn encode(text: &str) -> (Vec<u8>, bool) {
    let mut other = false;
    let bytes = text
        .chars()
        .map(|c| {
            let b = encode_char(c);
            other |= b == OTHER;
            b
        })
        .collect();
    (bytes, other)
}

/// Whether a byte of the alphabet is certainly a letter or digit (ASCII alphanumerics and the
/// Arabic letters; [`OTHER`] may or may not be one, so it is not).
#[inline]
pub(crate) fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
        || (LETTER_BASE..=LETTER_BASE + (LAST_LETTER - FIRST_LETTER) as u8).contains(&b)
}

/// Length of the UTF-8 sequence that starts with `lead`.
#[inline]
pub(crate) fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// A text in the matching alphabet, with the byte offset in the text of every
/// [`CHECKPOINT`]-th char, from which any char's offset is found by walking a few chars.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Scan {
    bytes: Vec<u8>,
    checkpoints: Vec<usize>,
}

impl Scan {
    /// An empty scan with room for a text of `len` bytes.
    pub(crate) fn with_capacity(len: usize) -> Scan {
        Scan {
            bytes: Vec::with_capacity(len),
            checkpoints: Vec::with_capacity(len / CHECKPOINT + 2),
        }
    }

    /// Empties the scan, keeping room for a text of `len` bytes.
    pub(crate) fn clear(&mut self, len: usize) {
        self.bytes.clear();
        self.bytes.reserve(len);
        self.checkpoints.clear();
        self.checkpoints.reserve(len / CHECKPOINT + 2);
    }

    /// Encodes `text`.
    pub(crate) fn new(text: &str) -> Scan {
        let input = text.as_bytes();
        let mut scan = Scan::with_capacity(input.len());
        let mut i = 0;
        while i < input.len() {
            let b = input[i];
            let (code, len) = if b < 0x80 {
                (b, 1)
            } else if utf8_len(b) == 2 && i + 1 < input.len() {
                (encode_pair(b, input[i + 1]), 2)
            } else {
                (OTHER, utf8_len(b))
            };
            scan.push(code, i);
            i += len;
        }
        scan.finish(input.len());
        scan
    }

    /// Appends the byte of the next char, which starts at byte `offset` of the text.
    #[inline]
    pub(crate) fn push(&mut self, code: u8, offset: usize) {
        if self.bytes.len() % CHECKPOINT == 0 {
            self.checkpoints.push(offset);
        }
        self.bytes.push(code);
    }

    /// Appends the bytes `codes` of the next chars, the first of which starts at byte `offset`
    /// of the text; a checkpoint, if due, can only fall on the first (the run ends at or before
    /// the next one).
    #[inline]
    pub(crate) fn push_run(&mut self, codes: &[u8], offset: usize) {
        debug_assert!(self.bytes.len() % CHECKPOINT + codes.len() <= CHECKPOINT);
        if self.bytes.len() % CHECKPOINT == 0 {
            self.checkpoints.push(offset);
        }
        self.bytes.extend_from_slice(codes);
    }

    /// The number of chars encoded so far.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Ends the scan of a text of `len` bytes.
    pub(crate) fn finish(&mut self, len: usize) {
        if self.bytes.len() % CHECKPOINT == 0 {
            self.checkpoints.push(len);
        }
    }

    /// Appends the scan `other` of the text `other_text`, which follows the text of this scan
    /// at byte `base` (the checkpoints of `other` are made those of the whole).
    pub(crate) fn append(&mut self, other: &Scan, other_text: &str, base: usize) {
        let first = self.bytes.len();
        let total = first + other.bytes.len();
        // The next checkpoint this scan lacks: its end's was pushed by `finish` when on one.
        let mut index = self.checkpoints.len() * CHECKPOINT;
        while index <= total {
            let offset = other.byte_offset(other_text, index - first);
            self.checkpoints.push(base + offset);
            index += CHECKPOINT;
        }
        self.bytes.extend_from_slice(&other.bytes);
    }

    /// The encoded text.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Byte offset in `text` (the text this scan encodes) of char `index`, or of the end for
    /// `index == len`.
    pub(crate) fn byte_offset(&self, text: &str, index: usize) -> usize {
        let mut offset = self.checkpoints[index / CHECKPOINT];
        let input = text.as_bytes();
        for _ in 0..index % CHECKPOINT {
            offset += utf8_len(input[offset]);
        }
        offset
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matching_alphabet_has_one_byte_per_char() {
        assert_eq!(encode("ab 1").0, b"ab 1");
        assert_eq!(encode("\u{0621}\u{064A}").0, [0x80, 0xA9]);
        assert_eq!(encode("سوريا").0.len(), 5);
        // chars outside the alphabet collapse to one byte and ask for a check
        let (bytes, other) = encode("é€");
        assert_eq!(bytes, [0xFF, 0xFF]);
        assert!(other);
        assert!(!encode("سوريا").1);
        assert!(is_word_byte(encode_char('ي')) && is_word_byte(b'7'));
        assert!(!is_word_byte(b' ') && !is_word_byte(OTHER));
    }

    #[test]
    fn scan_offsets_map_every_char_back_to_its_byte() {
        let text = "a سوريا é€ 😀 دمشق".repeat(20);
        let scan = Scan::new(&text);
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        assert_eq!(scan.bytes().len() + 1, starts.len());
        for (index, &byte) in starts.iter().enumerate() {
            assert_eq!(scan.byte_offset(&text, index), byte, "char {index}");
        }
        assert_eq!(scan.bytes(), encode(&text).0);
    }
}
