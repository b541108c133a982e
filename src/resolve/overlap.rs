//! Overlaps: of overlapping candidates the longest wins; at equal length the better-supported
//! one (direct > cue > pending), then the earlier one.
//!
//! Invariants: the winners are sorted by start and pairwise disjoint; each nested candidate
//! lies entirely inside a winner, and the nested ones are sorted and disjoint among themselves.

use super::candidates::Candidate;

/// The bytes of the normalized text that accepted spans cover, and where each span starts: two
/// bit sets over byte offsets, cleared (not reallocated) between documents.
#[derive(Debug, Default)]
pub(super) struct Taken {
    covered: Vec<u64>,
    starts: Vec<u64>,
}

impl Taken {
    /// Empties the sets for a text of `len` bytes.
    fn reset(&mut self, len: usize) {
        let words = len / 64 + 1;
        self.covered.clear();
        self.covered.resize(words, 0);
        self.starts.clear();
        self.starts.resize(words, 0);
    }

    fn get(bits: &[u64], i: usize) -> bool {
        bits.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    fn set(bits: &mut [u64], i: usize) {
        if let Some(w) = bits.get_mut(i / 64) {
            *w |= 1 << (i % 64);
        }
    }

    /// Whether an accepted span covers a byte of `start..end`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        (start..end).any(|i| Self::get(&self.covered, i))
    }

    /// Whether one accepted span covers all of `start..end`: every byte covered and no other
    /// span starting after `start`.
    fn inside_one(&self, start: usize, end: usize) -> bool {
        (start..end).all(|i| Self::get(&self.covered, i))
            && !(start + 1..end).any(|i| Self::get(&self.starts, i))
    }

    fn insert(&mut self, start: usize, end: usize) {
        Self::set(&mut self.starts, start);
        for i in start..end {
            Self::set(&mut self.covered, i);
        }
    }
}

/// The winners sorted by start and, when `keep_nested`, the losers that lie entirely inside a
/// winner, sorted by (start, end); [`longest_of_clusters`] keeps the longest of each cluster
/// of overlapping ones.
#[cfg(test)]
pub(super) fn select(
    mut candidates: Vec<Candidate>,
    keep_nested: bool,
) -> (Vec<Candidate>, Vec<Candidate>) {
    let (mut winners, mut nested) = (Vec::new(), Vec::new());
    let len = candidates.iter().map(|c| c.end).max().unwrap_or(0);
    let mut taken = Taken::default();
    let keep = keep_nested.then_some(&mut nested);
    select_into(&mut candidates, len, &mut taken, &mut winners, keep);
    (winners, nested)
}

/// [`select`] with buffers: sorts `candidates` (spans within a text of `len` bytes) by rank,
/// writes the winners sorted by start to `winners` and, when given, the nested ones to
/// `nested`.
pub(super) fn select_into(
    candidates: &mut [Candidate],
    len: usize,
    taken: &mut Taken,
    winners: &mut Vec<Candidate>,
    mut nested: Option<&mut Vec<Candidate>>,
) {
    winners.clear();
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.support.cmp(&a.support))
            .then(a.start.cmp(&b.start))
    });
    taken.reset(len);
    for c in candidates.iter() {
        if taken.overlaps(c.start, c.end) {
            if let Some(nested) = nested.as_deref_mut() {
                if taken.inside_one(c.start, c.end) {
                    nested.push(c.clone());
                }
            }
            continue;
        }
        taken.insert(c.start, c.end);
        winners.push(c.clone());
    }
    winners.sort_by_key(|c| c.start);
    if let Some(nested) = nested {
        nested.sort_by_key(|c| (c.start, c.end));
    }
}

/// Nested candidates (sorted by start) may overlap each other; keeps the longest of each
/// cluster.
pub(super) fn longest_of_clusters(nested: Vec<Candidate>) -> Vec<Candidate> {
    let mut kept: Vec<Candidate> = Vec::new();
    for c in nested {
        match kept.last() {
            Some(last) if c.start < last.end => {
                if c.end - c.start > last.end - last.start {
                    kept.pop();
                    kept.push(c);
                }
            }
            _ => kept.push(c),
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{OfficeKey, Role, TitleId};
    use crate::resolve::candidates::{Source, Support};
    use crate::resolve::RoleHit;
    use crate::text::Proclitics;

    fn c(start: usize, end: usize, support: Support) -> Candidate {
        Candidate {
            start,
            end,
            proclitics: Proclitics::default(),
            support,
            source: Source::Role(RoleHit {
                office: OfficeKey {
                    role: Role::HeadOfState,
                    org: None,
                    about: None,
                },
                title: TitleId::new(0),
            }),
        }
    }

    /// (candidates (start, end, support), winners, nested).
    type Case = (
        &'static [(usize, usize, Support)],
        &'static [(usize, usize)],
        &'static [(usize, usize)],
    );

    const CASES: &[Case] = &[
        // longest wins, the inner one is nested
        (
            &[(4, 10, Support::Direct), (0, 20, Support::Direct)],
            &[(0, 20)],
            &[(4, 10)],
        ),
        // equal length: better support, then earlier
        (
            &[(0, 10, Support::Pending), (5, 15, Support::Direct)],
            &[(5, 15)],
            &[],
        ),
        (
            &[(5, 15, Support::Cue), (0, 10, Support::Cue)],
            &[(0, 10)],
            &[],
        ),
        // disjoint candidates all win, sorted
        (
            &[(20, 25, Support::Direct), (0, 10, Support::Pending)],
            &[(0, 10), (20, 25)],
            &[],
        ),
        // overlapping nested ones: the longest of the cluster
        (
            &[
                (0, 30, Support::Direct),
                (2, 8, Support::Direct),
                (4, 14, Support::Direct),
            ],
            &[(0, 30)],
            &[(4, 14)],
        ),
    ];

    #[test]
    fn longest_then_support_then_earliest() {
        for (input, winners, nested) in CASES {
            let all: Vec<Candidate> = input.iter().map(|&(s, e, k)| c(s, e, k)).collect();
            let (w, n) = select(all, true);
            let n = longest_of_clusters(n);
            let spans = |v: &[Candidate]| v.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>();
            assert_eq!(spans(&w), *winners, "{input:?}");
            assert_eq!(spans(&n), *nested, "{input:?}");
        }
    }
}
