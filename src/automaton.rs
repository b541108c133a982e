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
use crate::variants::{normalize_alias, variants};

/// One alias a pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Target {
    /// Index into [`Gazetteer::aliases`], or, from `aliases().len()` on, into
    /// [`Gazetteer::role_aliases`].
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
    ac: AhoCorasick,
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
        let mut by_text: HashMap<String, usize> = HashMap::new();
        let mut per_pattern: Vec<Vec<Target>> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        for (i, alias) in gazetteer.aliases().iter().enumerate() {
            let alias_index = u32::try_from(i)
                .map_err(|_| Error::Automaton("more than 2^32 aliases".to_owned()))?;
            for v in variants(alias) {
                let p = *by_text.entry(v.text.clone()).or_insert_with(|| {
                    patterns.push(v.text);
                    per_pattern.push(Vec::new());
                    patterns.len() - 1
                });
                let target = Target {
                    alias: alias_index,
                    merged: v.merged,
                };
                if !per_pattern[p].contains(&target) {
                    per_pattern[p].push(target);
                }
            }
        }
        // Role phrases come after the aliases in the target index space.
        let alias_count = gazetteer.aliases().len();
        for (j, role) in gazetteer.role_aliases().iter().enumerate() {
            let index = u32::try_from(alias_count + j)
                .map_err(|_| Error::Automaton("more than 2^32 aliases".to_owned()))?;
            let text = normalize_alias(&role.text);
            let merged = crate::variants::merged_form(&text);
            for (text, merged) in std::iter::once((text, false)).chain(merged.map(|m| (m, true))) {
                let p = *by_text.entry(text.clone()).or_insert_with(|| {
                    patterns.push(text);
                    per_pattern.push(Vec::new());
                    patterns.len() - 1
                });
                let target = Target {
                    alias: index,
                    merged,
                };
                if !per_pattern[p].contains(&target) {
                    per_pattern[p].push(target);
                }
            }
        }
        let mut ranges = Vec::with_capacity(per_pattern.len());
        let mut targets = Vec::new();
        for t in per_pattern {
            let start = targets.len() as u32;
            targets.extend(t);
            ranges.push((start, targets.len() as u32));
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(&patterns)
            .or_else(|_| {
                // A DFA can exceed the crate's size limits for very large user gazetteers; the
                // contiguous NFA has no such limit and is almost as fast.
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&patterns)
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
            patterns,
            ranges,
            targets,
            cues,
            titles,
            person_cues,
        })
    }

    /// Every occurrence of every pattern in normalized `text`: (start, end, pattern).
    pub(crate) fn find_all<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        self.ac
            .find_overlapping_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
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
