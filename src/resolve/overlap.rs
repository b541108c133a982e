//! Overlaps: of overlapping candidates the longest wins; at equal length the better-supported
//! one (direct > cue > pending), then the earlier one.
//!
//! Invariants: the winners are sorted by start and pairwise disjoint; each nested candidate
//! lies entirely inside a winner, and the nested ones are sorted and disjoint among themselves.

use std::collections::BTreeMap;

use super::candidates::Candidate;

/// The winners sorted by start and, when `keep_nested`, the losers that lie entirely inside a
/// winner, sorted by (start, end); [`longest_of_clusters`] keeps the longest of each cluster
/// of overlapping ones.
pub(super) fn select(
    mut candidates: Vec<Candidate>,
    keep_nested: bool,
) -> (Vec<Candidate>, Vec<Candidate>) {
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.support.cmp(&a.support))
            .then(a.start.cmp(&b.start))
    });
    // start → end of accepted spans
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut winners = Vec::new();
    let mut nested = Vec::new();
    for c in candidates {
        let overlaps_before = taken
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &e)| e > c.start);
        if overlaps_before {
            if keep_nested {
                let inside = taken
                    .range(..=c.start)
                    .next_back()
                    .is_some_and(|(_, &e)| e >= c.end);
                if inside {
                    nested.push(c);
                }
            }
            continue;
        }
        taken.insert(c.start, c.end);
        winners.push(c);
    }
    winners.sort_by_key(|c| c.start);
    nested.sort_by_key(|c| (c.start, c.end));
    (winners, nested)
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
