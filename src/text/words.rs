//! Arabic words: what is a word char, where a word ends, and the proclitic chains that may be
//! written before a name in the same word (و ف, then ب ل ك).
//!
//! The chains are data (`gazetteers/proclitics.tsv`, loaded by the gazetteer layer into a
//! [`ProcliticChains`]); this module only applies them. Invariants: a [`Proclitics`] is always
//! one of the loaded chains (or the empty one); [`ProcliticChains::prefix`] accepts exactly the
//! word-initial letters that form a loaded chain.

use serde::{Serialize, Serializer};

/// A letter or digit: the ASCII and Arabic ones without a table look-up.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    match c {
        '\0'..='\u{7F}' => c.is_ascii_alphanumeric(),
        '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' => true,
        c => c.is_alphanumeric(),
    }
}

/// Whether a mention ending at `end` of `text` ends a word: the next char is not a letter or
/// digit.
pub(crate) fn ends_word(text: &str, end: usize) -> bool {
    text[end..]
        .chars()
        .next()
        .map_or(true, |c| !is_word_char(c))
}

/// The proclitics written before a mention and not part of its span: an optional conjunction
/// (و or ف) then an optional preposition (ب, ل or ك), e.g. `"وب"` in وبسوريا.
///
/// ```
/// let e = &alam::extract("زار وفدٌ وللعراق")[0];
/// assert_eq!(e.proclitics.as_str(), "ول");
/// assert!(!e.proclitics.is_empty());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Proclitics {
    text: &'static str,
    /// The chain ends with the preposition ل, so a ل-merged pattern (للعراق) may follow.
    merges: bool,
}

impl Proclitics {
    /// The proclitics as Arabic letters (normalized: no marks), `""` when there are none.
    ///
    /// ```
    /// assert_eq!(alam::extract("في سوريا")[0].proclitics.as_str(), "");
    /// ```
    pub fn as_str(&self) -> &'static str {
        self.text
    }

    /// Whether there are none.
    ///
    /// ```
    /// assert!(alam::extract("في سوريا")[0].proclitics.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Whether a ل-merged pattern may follow (the chain ends with the preposition ل).
    pub(crate) fn merges(&self) -> bool {
        self.merges
    }
}

impl Serialize for Proclitics {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.text)
    }
}

/// The valid proclitic chains (without the empty one, which is always valid).
#[derive(Debug, Clone, Default)]
pub(crate) struct ProcliticChains {
    chains: Vec<Proclitics>,
    /// Chars of the longest chain.
    max_chars: usize,
}

impl ProcliticChains {
    /// Adds a chain (normalized letters), and whether a ل-merged pattern may follow it.
    pub(crate) fn add(&mut self, chain: &'static str, merges: bool) {
        self.max_chars = self.max_chars.max(chain.chars().count());
        self.chains.push(Proclitics {
            text: chain,
            merges,
        });
    }

    /// The chain between the start of the word and `start` in `text`; `None` when the letters
    /// before `start` are not a valid chain.
    pub(crate) fn prefix(&self, text: &str, start: usize) -> Option<Proclitics> {
        let before = &text[..start];
        let mut word_start = start;
        for (count, (i, c)) in before.char_indices().rev().enumerate() {
            if !is_word_char(c) {
                break;
            }
            if count == self.max_chars {
                return None;
            }
            word_start = i;
        }
        let prefix = &text[word_start..start];
        if prefix.is_empty() {
            return Some(Proclitics::default());
        }
        self.chains.iter().find(|c| c.text == prefix).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chains() -> ProcliticChains {
        let mut p = ProcliticChains::default();
        for (c, merges) in [("و", false), ("ل", true), ("ول", true)] {
            p.add(c, merges);
        }
        p
    }

    /// (text, start of the name, expected chain and whether it merges).
    type Case = (&'static str, usize, Option<(&'static str, bool)>);

    const PREFIXES: &[Case] = &[
        ("سوريا", 0, Some(("", false))),
        ("في سوريا", 5, Some(("", false))),
        ("وسوريا", 2, Some(("و", false))),
        ("ولسوريا", 4, Some(("ول", true))),
        // not a chain, and longer than the longest chain
        ("لوسوريا", 4, None),
        ("وولسوريا", 6, None),
        ("بسوريا", 2, None),
    ];

    #[test]
    fn prefixes_are_exactly_the_loaded_chains() {
        let p = chains();
        for &(text, start, want) in PREFIXES {
            let got = p.prefix(text, start).map(|c| (c.as_str(), c.merges()));
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn words_end_before_anything_but_a_letter_or_digit() {
        for (text, end, want) in [
            ("سوريا،", 10, true),
            ("سوريا2", 10, false),
            ("سورياx", 10, false),
            ("سوريا", 10, true),
            ("سوريا\u{200C}", 10, true),
        ] {
            assert_eq!(ends_word(text, end), want, "in {text:?}");
        }
    }
}
