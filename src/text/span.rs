//! Byte ranges of the original text.
//!
//! Invariant: a [`Span`] made by this crate lies on char boundaries of the text it was made
//! for, with `start <= end`.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// A byte range `start..end` of the original text.
///
/// ```
/// let span = alam::Span { start: 3, end: 7 };
/// assert_eq!(span.len(), 4);
/// assert_eq!(span.slice("ab cdef gh"), Some("cdef"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(alam::Span { start: 2, end: 2 }.len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    ///
    /// ```
    /// assert!(alam::Span { start: 2, end: 2 }.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of the span, or `None` if it is out of range or not on char boundaries.
    ///
    /// ```
    /// assert_eq!(alam::Span { start: 0, end: 1 }.slice("سوريا"), None); // inside a char
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// The unit in which offsets into a text are counted.
///
/// This crate works in UTF-8 bytes ([`Span`], Rust's `&text[start..end]`). Most other
/// environments index strings differently: Python and most databases by code points
/// ([`Chars`](OffsetUnit::Chars)), JavaScript, Java and .NET by UTF-16 code units
/// ([`Utf16`](OffsetUnit::Utf16)). Every char before a mention counts 1 code point; a UTF-16
/// unit count adds 1 for each char outside the Basic Multilingual Plane (an emoji).
///
/// ```
/// use alam::{OffsetUnit, Span};
/// // A diacritic (the fatha, 2 bytes, 1 code point, 1 UTF-16 unit) and an emoji (4 bytes,
/// // 1 code point, 2 UTF-16 units) before the mention.
/// let text = "زارَ 🙂 طهران";
/// let bytes = Span { start: 14, end: 24 };
/// assert_eq!(&text[bytes.start..bytes.end], "طهران");
/// assert_eq!(OffsetUnit::Chars.spans(text, &[bytes]), [Span { start: 7, end: 12 }]);
/// assert_eq!(OffsetUnit::Utf16.spans(text, &[bytes]), [Span { start: 8, end: 13 }]);
/// assert_eq!(OffsetUnit::Bytes.spans(text, &[bytes]), [bytes]);
/// assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum OffsetUnit {
    /// UTF-8 bytes, as Rust indexes a `&str` (the default).
    #[default]
    Bytes,
    /// Unicode code points (Python `str`, PostgreSQL `substr`, Spark `substring`).
    Chars,
    /// UTF-16 code units (JavaScript, Java, C#).
    Utf16,
}

impl OffsetUnit {
    /// Every unit, in declaration order.
    ///
    /// ```
    /// let names: Vec<&str> = alam::OffsetUnit::ALL.iter().map(|u| u.as_str()).collect();
    /// assert_eq!(names, ["bytes", "chars", "utf16"]);
    /// ```
    pub const ALL: &'static [OffsetUnit] =
        &[OffsetUnit::Bytes, OffsetUnit::Chars, OffsetUnit::Utf16];

    /// `"bytes"`, `"chars"` or `"utf16"`.
    ///
    /// ```
    /// assert_eq!(alam::OffsetUnit::Chars.as_str(), "chars");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            OffsetUnit::Bytes => "bytes",
            OffsetUnit::Chars => "chars",
            OffsetUnit::Utf16 => "utf16",
        }
    }

    /// The length of `bytes` (a UTF-8 slice) in this unit.
    fn len_of(self, bytes: &[u8]) -> usize {
        match self {
            OffsetUnit::Bytes => bytes.len(),
            // Every char has exactly one byte that is not a continuation byte (10xxxxxx).
            OffsetUnit::Chars => bytes.iter().filter(|&&b| (b as i8) >= -0x40).count(),
            // As chars, plus one for each 4-byte char (leading byte 11110xxx): a surrogate pair.
            OffsetUnit::Utf16 => bytes
                .iter()
                .map(|&b| usize::from((b as i8) >= -0x40) + usize::from(b >= 0xF0))
                .sum(),
        }
    }

    /// One byte offset of `text` in this unit. An offset past the end counts as the end; one
    /// inside a char counts the bytes before it. Linear in `byte`; for many offsets of one text
    /// use [`spans`](Self::spans).
    ///
    /// ```
    /// let text = "🙂 سوريا";
    /// assert_eq!(alam::OffsetUnit::Utf16.offset(text, 5), 3);
    /// ```
    pub fn offset(self, text: &str, byte: usize) -> usize {
        let bytes = text.as_bytes();
        self.len_of(&bytes[..byte.min(bytes.len())])
    }

    /// Byte spans of `text` converted to this unit, in the order given, in one pass over the
    /// text: `O(text length + n log n)` for `n` spans, whatever their order or nesting.
    ///
    /// ```
    /// let text = "قالَ 🙂 إن دمشق وبغداد";
    /// let entities = alam::extract(text);
    /// let bytes: Vec<alam::Span> = entities.iter().map(|e| e.span).collect();
    /// let chars = alam::OffsetUnit::Chars.spans(text, &bytes);
    /// let all: Vec<char> = text.chars().collect();
    /// for (e, c) in entities.iter().zip(&chars) {
    ///     assert_eq!(all[c.start..c.end].iter().collect::<String>(), e.text(text));
    /// }
    /// ```
    pub fn spans(self, text: &str, spans: &[Span]) -> Vec<Span> {
        if self == OffsetUnit::Bytes {
            return spans.to_vec();
        }
        let mut points: Vec<(usize, usize)> = spans
            .iter()
            .enumerate()
            .flat_map(|(i, s)| [(s.start, 2 * i), (s.end, 2 * i + 1)])
            .collect();
        points.sort_unstable();
        let bytes = text.as_bytes();
        let mut out = vec![Span { start: 0, end: 0 }; spans.len()];
        let (mut at, mut count) = (0, 0);
        for (byte, slot) in points {
            let byte = byte.min(bytes.len()).max(at);
            count += self.len_of(&bytes[at..byte]);
            at = byte;
            let span = &mut out[slot / 2];
            if slot % 2 == 0 {
                span.start = count;
            } else {
                span.end = count;
            }
        }
        out
    }
}

impl fmt::Display for OffsetUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OffsetUnit {
    type Err = String;

    /// Parses `bytes`, `chars` or `utf16`; the error lists the valid values.
    fn from_str(s: &str) -> Result<Self, String> {
        OffsetUnit::ALL
            .iter()
            .copied()
            .find(|u| u.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown offset unit {s:?}; valid: {}",
                    valid(OffsetUnit::ALL.iter().map(|u| u.as_str()))
                )
            })
    }
}

/// A list of valid values for an error message: `a, b or c`.
pub(crate) fn valid<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    let values: Vec<&str> = values.into_iter().collect();
    match values.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::{OffsetUnit, Span};

    #[test]
    fn spans_in_any_order_convert_like_single_offsets() {
        // A shadda+fatha pair, an emoji, a CJK char and an Arabic name.
        let text = "قالَّ 🙂 中 سوريا و🇮🇶العراق";
        let names: Vec<Span> = ["العراق", "سوريا", "中"]
            .iter()
            .map(|n| {
                let start = text.find(n).unwrap();
                Span {
                    start,
                    end: start + n.len(),
                }
            })
            .collect();
        for unit in OffsetUnit::ALL.iter().copied() {
            let got = unit.spans(text, &names);
            for (s, g) in names.iter().zip(&got) {
                assert_eq!(g.start, unit.offset(text, s.start));
                assert_eq!(g.end, unit.offset(text, s.end));
            }
        }
        let chars = |b: usize| text[..b].chars().count();
        let utf16 = |b: usize| text[..b].encode_utf16().count();
        let iraq = names[0];
        assert_eq!(
            OffsetUnit::Chars.spans(text, &names)[0],
            Span {
                start: chars(iraq.start),
                end: chars(iraq.end)
            }
        );
        assert_eq!(
            OffsetUnit::Utf16.spans(text, &names)[0],
            Span {
                start: utf16(iraq.start),
                end: utf16(iraq.end)
            }
        );
        // The flag is two regional indicators: 2 code points, 4 UTF-16 units before العراق.
        assert_eq!(
            OffsetUnit::Utf16.spans(text, &names)[0].start
                - OffsetUnit::Chars.spans(text, &names)[0].start,
            3
        );
    }

    #[test]
    fn out_of_range_offsets_count_as_the_end() {
        assert_eq!(
            OffsetUnit::Chars.spans("سوريا", &[Span { start: 2, end: 99 }]),
            [Span { start: 1, end: 5 }]
        );
        assert_eq!(OffsetUnit::Chars.offset("سوريا", 99), 5);
    }

    #[test]
    fn an_unknown_unit_lists_the_valid_ones() {
        assert_eq!(
            "codepoints".parse::<OffsetUnit>().unwrap_err(),
            "unknown offset unit \"codepoints\"; valid: bytes, chars or utf16"
        );
    }
}
