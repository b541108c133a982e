//! Overlaps: of overlapping candidates the longest wins; at equal length the better-supported
//! one (direct > cue > pending), then the earlier one.
//!
//! Invariants: the winners are sorted by start and pairwise disjoint; each nested candidate
//! lies entirely inside a winner, and the nested ones are sorted and disjoint among themselves.

use super::candidates::Candidate;

/// The spans accepted so far in one cluster of overlapping candidates, kept between clusters
/// and documents (cleared, not reallocated). A cluster is the candidates of one place in the
/// text, so it holds a handful of spans and a linear search beats any index.
#[derive(Debug, Default)]
pub(super) struct Taken {
    spans: Vec<(usize, usize)>,
    winners: Vec<Candidate>,
}

impl Taken {
    /// Whether an accepted span covers a byte of `start..end`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        start < end && self.spans.iter().any(|&(s, e)| start < e && s < end)
    }

    /// Whether one accepted span covers all of `start..end` (the accepted spans are disjoint).
    fn inside_one(&self, start: usize, end: usize) -> bool {
        self.spans.iter().any(|&(s, e)| s <= start && end <= e)
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
    let mut taken = Taken::default();
    let keep = keep_nested.then_some(&mut nested);
    select_into(&mut candidates, &mut taken, &mut winners, keep);
    (winners, nested)
}

/// [`select`] with buffers: sorts `candidates` (non-empty spans) by start, writes the winners
/// sorted by start to `winners` and, when given, the nested ones to `nested`.
///
/// Candidates are ranked (longest, then best supported, then earliest; ties in input order)
/// and each is accepted unless it overlaps one accepted before it. Two candidates that do not
/// overlap, directly or through a chain of overlapping ones between them, never decide each
/// other, so the ranking is applied cluster by cluster, in text order: the same winners as one
/// ranking of the whole document, without sorting it.
pub(super) fn select_into(
    candidates: &mut [Candidate],
    taken: &mut Taken,
    winners: &mut Vec<Candidate>,
    mut nested: Option<&mut Vec<Candidate>>,
) {
    winners.clear();
    candidates.sort_by_key(|c| c.start);
    let mut rest = candidates;
    while let Some(first) = rest.first() {
        let mut reach = first.end;
        let size = 1 + rest[1..]
            .iter()
            .take_while(|c| {
                let joins = c.start < reach;
                reach = reach.max(c.end);
                joins
            })
            .count();
        let (cluster, after) = rest.split_at_mut(size);
        if let [only] = cluster {
            winners.push(only.clone());
        } else {
            select_in_cluster(cluster, taken, winners, nested.as_deref_mut());
        }
        rest = after;
    }
    if let Some(nested) = nested {
        nested.sort_by_key(|c| (c.start, c.end));
    }
}

/// The ranking of one cluster: appends its winners (sorted by start) to `winners`, and its
/// losers that lie inside one winner to `nested`.
fn select_in_cluster(
    cluster: &mut [Candidate],
    taken: &mut Taken,
    winners: &mut Vec<Candidate>,
    mut nested: Option<&mut Vec<Candidate>>,
) {
    cluster.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.support.cmp(&a.support))
            .then(a.start.cmp(&b.start))
    });
    taken.spans.clear();
    taken.winners.clear();
    for c in cluster.iter() {
        if taken.overlaps(c.start, c.end) {
            if let Some(nested) = nested.as_deref_mut() {
                if taken.inside_one(c.start, c.end) {
                    nested.push(c.clone());
                }
            }
            continue;
        }
        taken.spans.push((c.start, c.end));
        taken.winners.push(c.clone());
    }
    taken.winners.sort_by_key(|c| c.start);
    winners.append(&mut taken.winners);
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

    /// The ranking of the whole document at once, as a plain reference for the clusters.
    fn select_by_one_ranking(mut all: Vec<Candidate>) -> (Vec<Candidate>, Vec<Candidate>) {
        all.sort_by(|a, b| {
            (b.end - b.start)
                .cmp(&(a.end - a.start))
                .then(b.support.cmp(&a.support))
                .then(a.start.cmp(&b.start))
        });
        let (mut winners, mut nested) = (Vec::<Candidate>::new(), Vec::new());
        for c in all {
            let overlapping: Vec<&Candidate> = winners
                .iter()
                .filter(|w| c.start < w.end && w.start < c.end)
                .collect();
            if overlapping.is_empty() {
                winners.push(c);
            } else if overlapping
                .iter()
                .any(|w| w.start <= c.start && c.end <= w.end)
            {
                nested.push(c);
            }
        }
        winners.sort_by_key(|c| c.start);
        nested.sort_by_key(|c| (c.start, c.end));
        (winners, nested)
    }

    proptest::proptest! {
        /// Ranking cluster by cluster gives what one ranking of the document gives, ties
        /// (same span and support, told apart here by their title) in input order included.
        #[test]
        fn clusters_select_what_one_ranking_selects(
            spans in proptest::collection::vec((0usize..80, 1usize..12, 0u8..3), 0..40)
        ) {
            let supports = [Support::Pending, Support::Cue, Support::Direct];
            let all: Vec<Candidate> = spans
                .iter()
                .enumerate()
                .map(|(k, &(start, len, s))| {
                    let mut x = c(start, start + len, supports[usize::from(s)]);
                    if let Source::Role(hit) = &mut x.source {
                        hit.title = TitleId::new(k);
                    }
                    x
                })
                .collect();
            let (want_winners, want_nested) = select_by_one_ranking(all.clone());
            let (winners, nested) = select(all, true);
            proptest::prop_assert_eq!(winners, want_winners);
            proptest::prop_assert_eq!(nested, want_nested);
        }
    }

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
