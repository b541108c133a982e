//! Patterns → Aho-Corasick: every normalized alias variant compiled into one automaton, with the
//! table from pattern to the aliases it stands for.
//!
//! Invariants: each distinct normalized variant text is one pattern; pattern `i`'s targets are
//! `targets[ranges[i].0 .. ranges[i].1]`, never empty; the automaton reports every occurrence of
//! every pattern (standard semantics, overlapping search), so the resolver sees all candidates,
//! including those the boundary rules will reject.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::error::{Error, Result};
use crate::gazetteer::Gazetteer;
use crate::variants::normalize_alias;

/// One alias a pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Target {
    /// Index into [`Gazetteer::aliases`]; from `aliases().len()` on, into
    /// [`Gazetteer::role_titles`]; after those, into [`Gazetteer::group_nouns`].
    pub alias: u32,
    /// The pattern is this alias's ل-merged variant (see [`crate::variants::Variant`]).
    pub merged: bool,
}

/// A normalized context cue of an ambiguous alias: the words required right before and/or
/// right after the mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cue {
    pub before: String,
    pub after: String,
    /// A veto (`!` in the data): when it matches, the alias does not name the entity here.
    pub negative: bool,
}

/// The compiled patterns.
#[derive(Debug, Clone)]
pub(crate) struct Automaton {
    /// Over the one-byte-per-char encoding of [`encode`].
    ac: AhoCorasick,
    /// Per pattern: it has chars outside the one-byte alphabet, so a match must be checked
    /// against the text.
    verify: Vec<bool>,
    patterns: Vec<String>,
    ranges: Vec<(u32, u32)>,
    targets: Vec<Target>,
    /// Normalized cues per alias (empty for most).
    cues: Vec<Vec<Cue>>,
    /// Normalized titles and ranks that, right before a surname, say a person is meant
    /// (الرئيس شيراك، وزير الخارجية لافروف).
    titles: std::collections::HashSet<String>,
    /// Normalized verbs that, before a common-word surname, say a person is meant.
    person_cues: std::collections::HashSet<String>,
}

impl Automaton {
    pub(crate) fn build(gazetteer: &Gazetteer) -> Result<Automaton> {
        // Every (pattern text, merged) with the target it stands for, in target-index order:
        // the aliases' variants, then the role titles, then the nouns that refer back to a
        // group (الحركة), each title and noun also in its ل-merged form.
        let mut forms: Vec<(String, bool, usize)> = Vec::new();
        for i in 0..gazetteer.aliases().len() {
            let vs = gazetteer.alias_variants(i);
            forms.extend(vs.iter().map(|v| (v.text.clone(), v.merged, i)));
        }
        let words = gazetteer
            .role_titles()
            .iter()
            .map(|t| normalize_alias(&t.title))
            .chain(gazetteer.group_nouns().iter().map(|(_, r)| r.clone()));
        for (j, word) in words.enumerate() {
            let index = gazetteer.aliases().len() + j;
            if let Some(m) = crate::variants::merged_form(&word) {
                forms.push((m, true, index));
            }
            forms.push((word, false, index));
        }
        let mut by_text: HashMap<String, usize> = HashMap::new();
        let mut per_pattern: Vec<Vec<Target>> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        for (text, merged, index) in forms {
            let alias = u32::try_from(index)
                .map_err(|_| Error::Automaton("more than 2^32 aliases".to_owned()))?;
            let p = *by_text.entry(text.clone()).or_insert_with(|| {
                patterns.push(text);
                per_pattern.push(Vec::new());
                patterns.len() - 1
            });
            let target = Target { alias, merged };
            if !per_pattern[p].contains(&target) {
                per_pattern[p].push(target);
            }
        }
        let mut ranges = Vec::with_capacity(per_pattern.len());
        let mut targets = Vec::new();
        for t in per_pattern {
            let start = targets.len() as u32;
            targets.extend(t);
            ranges.push((start, targets.len() as u32));
        }
        let (encoded, verify): (Vec<Vec<u8>>, Vec<bool>) =
            patterns.iter().map(|p| encode(p)).unzip();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&encoded)
            .or_else(|_| {
                // A DFA can exceed the crate's size limits for very large user gazetteers; the
                // contiguous NFA has no such limit (and scans more slowly).
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&encoded)
            })
            .map_err(|e| Error::Automaton(e.to_string()))?;
        let cues = gazetteer
            .aliases()
            .iter()
            .map(|a| {
                a.cues
                    .iter()
                    .filter_map(|c| {
                        let (negative, c) = match c.strip_prefix('!') {
                            Some(rest) => (true, rest),
                            None => (false, c.as_str()),
                        };
                        let (before, after) = c.split_once('_')?;
                        let before = normalize_alias(before);
                        let after = normalize_alias(after);
                        Some(Cue {
                            before: if before.is_empty() {
                                before
                            } else {
                                before + " "
                            },
                            after: if after.is_empty() {
                                after
                            } else {
                                format!(" {after}")
                            },
                            negative,
                        })
                    })
                    .collect()
            })
            .collect();
        let titles = gazetteer
            .titles()
            .iter()
            .map(|t| normalize_alias(t))
            .collect();
        let person_cues = gazetteer
            .person_cues()
            .iter()
            .map(|t| normalize_alias(t))
            .collect();
        Ok(Automaton {
            ac,
            verify,
            patterns,
            ranges,
            targets,
            cues,
            titles,
            person_cues,
        })
    }

    /// Every occurrence of every pattern in normalized `text` whose encoding is `scan`:
    /// (start, end, pattern), byte offsets into `text`.
    pub(crate) fn find_all(&self, text: &str, scan: &Scan) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let bytes = &scan.bytes;
        for m in self.ac.find_overlapping_iter(bytes) {
            // Cheap word-boundary pre-checks in the one-byte alphabet (the resolver applies the
            // exact rules): most raw matches end inside a word or start deep inside one.
            if bytes.get(m.end()).is_some_and(|&b| is_word_byte(b)) {
                continue;
            }
            let before = &bytes[m.start().saturating_sub(3)..m.start()];
            if before.len() == 3 && before.iter().all(|&b| is_word_byte(b)) {
                continue;
            }
            let (start, end) = (
                scan.byte_offset(text, m.start()),
                scan.byte_offset(text, m.end()),
            );
            let p = m.pattern().as_usize();
            if !self.verify[p] || text.get(start..end) == Some(self.patterns[p].as_str()) {
                out.push((start, end, p));
            }
        }
        out
    }

    /// How many raw pattern occurrences `text` (normalized) holds, before any boundary rule:
    /// the matching stage alone.
    pub(crate) fn raw_count(&self, text: &str) -> usize {
        let scan = Scan::new(text);
        self.ac.find_overlapping_iter(&scan.bytes).count()
    }

    /// The aliases pattern `p` stands for.
    pub(crate) fn targets(&self, p: usize) -> &[Target] {
        let (a, b) = self.ranges[p];
        &self.targets[a as usize..b as usize]
    }

    /// Normalized cues of alias `alias`.
    pub(crate) fn cues(&self, alias: u32) -> &[Cue] {
        self.cues.get(alias as usize).map_or(&[], Vec::as_slice)
    }

    /// Whether the one to three words before `word_start` are a title or rank.
    pub(crate) fn title_before(&self, text: &str, word_start: usize) -> bool {
        let before = text[..word_start].trim_end_matches([' ', '،', ',']);
        let mut start = before.len();
        for _ in 0..3 {
            let Some(space) = before[..start].rfind(' ') else {
                return self.titles.contains(before);
            };
            start = space;
            if self.titles.contains(&before[start + 1..]) {
                return true;
            }
        }
        false
    }

    /// Whether the word before `word_start` is a person cue (قال، وتعهد), a leading و or ف
    /// allowed.
    pub(crate) fn person_cue_before(&self, text: &str, word_start: usize) -> bool {
        let before = text[..word_start].trim_end_matches(' ');
        let word = before.rsplit(' ').next().unwrap_or(before);
        self.person_cues.contains(word)
            || word
                .strip_prefix(['و', 'ف'])
                .is_some_and(|w| self.person_cues.contains(w))
    }

    /// Every normalized pattern, in pattern-id order.
    pub(crate) fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Heap bytes held by the automaton and its tables (approximate for the tables).
    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.memory_usage()
            + self
                .patterns
                .iter()
                .map(|p| p.capacity() + 24)
                .sum::<usize>()
            + self.ranges.capacity() * 8
            + self.targets.capacity() * std::mem::size_of::<Target>()
            + self
                .cues
                .iter()
                .map(|c| {
                    24 + c
                        .iter()
                        .map(|q| q.before.capacity() + q.after.capacity() + 48)
                        .sum::<usize>()
                })
                .sum::<usize>()
    }
}

/// The matching alphabet: one byte per char of normalized text. ASCII stays itself; the Arabic
/// letters U+0621..=U+064A (all that normalization leaves) become 0x80..=0xA9; any other char
/// becomes [`OTHER`]. Patterns are encoded the same way, so the automaton sees half as many bytes
/// as in UTF-8 over an alphabet of a few dozen symbols: a DFA several times smaller and faster to
/// build. Returns the encoding and whether it used [`OTHER`] (then matches need checking).
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

/// The byte for chars outside the alphabet.
pub(crate) const OTHER: u8 = 0xFF;

/// Whether a byte of the matching alphabet is certainly a letter or digit (ASCII alphanumerics
/// and the Arabic letters; [`OTHER`] may or may not be one, so it is not).
#[inline]
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || (0x80..=0xA9).contains(&b)
}

#[inline]
pub(crate) fn encode_char(c: char) -> u8 {
    match c {
        '\0'..='\u{7F}' => c as u8,
        '\u{0621}'..='\u{064A}' => 0x80 + (c as u32 - 0x0621) as u8,
        _ => OTHER,
    }
}

/// A text in the matching alphabet, with the byte offset in the normalized text of every
/// [`CHECKPOINT`]-th char, from which any char's offset is found by walking a few chars.
pub(crate) struct Scan {
    pub(crate) bytes: Vec<u8>,
    pub(crate) checkpoints: Vec<usize>,
}

/// Chars between two remembered byte offsets.
pub(crate) const CHECKPOINT: usize = 32;

impl Scan {
    pub(crate) fn new(text: &str) -> Scan {
        let input = text.as_bytes();
        let mut bytes = Vec::with_capacity(input.len());
        let mut checkpoints = Vec::with_capacity(input.len() / CHECKPOINT + 2);
        let mut i = 0;
        while i < input.len() {
            if bytes.len() % CHECKPOINT == 0 {
                checkpoints.push(i);
            }
            let b = input[i];
            // Decode just enough UTF-8: ASCII, and the two-byte sequences of U+0600..U+06FF.
            let (code, len) = if b < 0x80 {
                (b, 1)
            } else if (b == 0xD8 || b == 0xD9) && i + 1 < input.len() {
                let cp = (u32::from(b & 0x1F) << 6) | u32::from(input[i + 1] & 0x3F);
                let code = match cp {
                    0x0621..=0x064A => 0x80 + (cp - 0x0621) as u8,
                    _ => OTHER,
                };
                (code, 2)
            } else {
                (OTHER, utf8_len(b))
            };
            bytes.push(code);
            i += len;
        }
        if bytes.len() % CHECKPOINT == 0 {
            checkpoints.push(input.len());
        }
        Scan { bytes, checkpoints }
    }

    /// Byte offset in `text` of char `index` (or of the end, for `index == len`).
    fn byte_offset(&self, text: &str, index: usize) -> usize {
        let mut offset = self.checkpoints[index / CHECKPOINT];
        let input = text.as_bytes();
        for _ in 0..index % CHECKPOINT {
            offset += utf8_len(input[offset]);
        }
        offset
    }
}

/// Length of the UTF-8 sequence that starts with `lead`.
#[inline]
fn utf8_len(lead: u8) -> usize {
    match lead {
        0x00..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::encode;

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
    }

    #[test]
    fn scan_offsets_map_every_char_back_to_its_byte() {
        let text = "a سوريا é€ 😀 دمشق".repeat(20);
        let scan = super::Scan::new(&text);
        let starts: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .collect();
        assert_eq!(scan.bytes.len() + 1, starts.len());
        for (index, &byte) in starts.iter().enumerate() {
            assert_eq!(scan.byte_offset(&text, index), byte, "char {index}");
        }
        assert_eq!(scan.bytes, encode(&text).0);
    }
}
