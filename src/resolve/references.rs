//! Group references: a generic noun (وقالت الحركة after حركة الشباب المجاهدين) is a follow-up
//! of the one group whose mention began with the matching head noun earlier in the document.
//!
//! Invariants: a reference is reported only at a word start after proclitics, not inside
//! another mention, and only when exactly one group was named with that head noun before it;
//! the output stays sorted by start.

use super::candidates::NounHit;
use super::{Found, Resolved};
use crate::gazetteer::{AliasId, EntityKind, Gazetteer, NounId, RecordId};
use crate::resolve::Resolution;

/// A group mention that begins with a head noun.
#[derive(Debug, Clone, Copy)]
struct Head {
    end: usize,
    noun: NounId,
    record: RecordId,
    alias: AliasId,
}

/// The group a noun refers to so far, and whether several groups were named with it.
#[derive(Debug, Clone, Copy)]
struct Named {
    record: RecordId,
    alias: AliasId,
    several: bool,
}

/// Adds to `out` (sorted, non-overlapping) the references among `hits`.
pub(super) fn resolve(text: &str, hits: &[NounHit], out: &mut Vec<Resolved>, g: &Gazetteer) {
    if hits.is_empty() {
        return;
    }
    let mut heads = heads(text, out, g);
    if heads.is_empty() {
        return;
    }
    // Walk hits and heads together in text order, keeping per noun the one group named so
    // far (or that there were several).
    heads.sort_unstable_by_key(|h| h.end);
    let mut hits = hits.to_vec();
    hits.sort_unstable_by_key(|h| h.start);
    let mut named: Vec<Option<Named>> = vec![None; g.group_nouns().len()];
    let mut next_head = 0;
    let mut found = Vec::new();
    for hit in hits {
        let word_start = hit.start - hit.proclitics.as_str().len();
        while next_head < heads.len() && heads[next_head].end <= word_start {
            let h = heads[next_head];
            let slot = &mut named[h.noun.index()];
            *slot = Some(match *slot {
                None => Named {
                    record: h.record,
                    alias: h.alias,
                    several: false,
                },
                Some(n) => Named {
                    several: n.several || n.record != h.record,
                    ..n
                },
            });
            next_head += 1;
        }
        // `out` is sorted and non-overlapping: only the mention starting last before the end
        // of the hit can overlap it.
        let after = out.partition_point(|r| r.start < hit.end);
        if after > 0 && out[after - 1].end > word_start {
            continue;
        }
        if let Some(Named {
            alias,
            several: false,
            ..
        }) = named[hit.noun.index()]
        {
            found.push(Resolved {
                start: hit.start,
                end: hit.end,
                proclitics: hit.proclitics,
                resolution: Resolution::FollowUp,
                parent: None,
                found: Found::Reference(alias),
            });
        }
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|r| r.start);
    }
}

/// The group mentions of `out` that begin with a head noun and a space.
fn heads(text: &str, out: &[Resolved], g: &Gazetteer) -> Vec<Head> {
    let mut heads = Vec::new();
    for r in out {
        let Found::Alias(alias) = r.found else {
            continue;
        };
        let record = g.alias(alias).record;
        if record.kind() != EntityKind::ArmedGroup {
            continue;
        }
        let written = &text[r.start..r.end];
        for (i, noun) in g.group_nouns().iter().enumerate() {
            if written
                .strip_prefix(noun.head.as_str())
                .is_some_and(|rest| rest.starts_with(' '))
            {
                heads.push(Head {
                    end: r.end,
                    noun: NounId::new(i),
                    record,
                    alias,
                });
            }
        }
    }
    heads
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::tests::{alias_id, small};
    use crate::text::Proclitics;

    fn alias(start: usize, end: usize, id: AliasId) -> Resolved {
        Resolved {
            start,
            end,
            proclitics: Proclitics::default(),
            resolution: Resolution::Direct,
            parent: None,
            found: Found::Alias(id),
        }
    }

    #[test]
    fn a_noun_refers_to_the_one_group_named_before_it_with_that_head() {
        let g = small();
        let hamas = alias_id(&g, "حركة المقاومة الإسلامية");
        let pij = alias_id(&g, "حركة الجهاد الإسلامي");
        let text = "حركه المقاومه الاسلاميه ثم الحركه ثم حركه الجهاد الاسلامي ثم الحركه";
        let at = |needle: &str, from: usize| from + text[from..].find(needle).expect(needle);
        let first = (at("حركه المقاومه", 0), at(" ثم", 0));
        let second = at("حركه الجهاد", 0);
        let noun = |start: usize| NounHit {
            start,
            end: start + "الحركه".len(),
            proclitics: Proclitics::default(),
            noun: NounId::new(0),
        };
        let (r1, r2) = (at("الحركه", first.1), at("الحركه", second));
        let hits = [noun(r1), noun(r2), noun(0)];
        let mut out = vec![
            alias(first.0, first.1, hamas),
            alias(second, second + "حركه الجهاد الاسلامي".len(), pij),
        ];
        resolve(text, &hits, &mut out, &g);
        let got: Vec<(usize, Found)> = out.iter().map(|r| (r.start, r.found)).collect();
        // the first الحركه is Hamas; the second has two groups before it: nothing; a noun
        // inside a mention (at 0) is not a reference
        assert_eq!(
            got,
            [
                (first.0, Found::Alias(hamas)),
                (r1, Found::Reference(hamas)),
                (second, Found::Alias(pij)),
            ]
        );
    }
}
