//! Candidates: the automaton's matches that pass the word-boundary and proclitic rules, each
//! with its initial support, and the role titles and group nouns found on the way.
//!
//! Invariants: a candidate starts at a word start or right after a loaded proclitic chain and
//! ends at a word end; a ل-merged pattern (للعراق) is kept only after a chain that merges; an
//! alias vetoed by a negative cue, or flagged `as_written` and written with a hamza it lacks,
//! gives no support (a vetoed person's name is kept as `Support::Vetoed`, never reported).

use super::context::{
    after_name_connector, before_son_marker, given_name_person, given_name_split,
    given_name_then_connector, hamza_not_as_written, has_cue, vetoed, written_as_vocalised, Place,
};
use super::RoleHit;
use crate::automaton::{Automaton, Match, PatternId, Target};
use crate::gazetteer::{AliasId, EntityKind, Form, Gazetteer, NounId, ShadowId, TitleId};
use crate::text::alphabet::Scan;
use crate::text::words::ends_word;
use crate::text::{Normalized, Proclitics};

/// How well a candidate is supported before document context is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Support {
    /// A person's name that a negative cue vetoes (حاملة الطائرات رونالد ريغان): never reported,
    /// but it still covers its words, so the surname inside it is not read alone.
    Vetoed,
    /// Needs an earlier full mention (surname) or document evidence (ambiguous).
    Pending,
    /// Ambiguous, with a cue beside it (or written with the gazetteer's vocalisation).
    Cue,
    /// Unambiguous.
    Direct,
}

/// What a candidate is a mention of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Source {
    /// The aliases of a pattern.
    Pattern(PatternId),
    /// An office named by a title and what follows it.
    Role(RoleHit),
    /// A name that shadows the country aliases inside it (never reported itself).
    Shadow(ShadowId),
}

/// A possible mention, in normalized coordinates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub proclitics: Proclitics,
    pub support: Support,
    pub source: Source,
}

impl Found {
    /// Empties every list, keeping their memory.
    pub(super) fn clear(&mut self) {
        self.candidates.clear();
        self.titles.clear();
        self.references.clear();
    }

    /// Appends `other`'s lists (found in a later part of the same text) to these.
    pub(super) fn append(&mut self, other: &mut Found) {
        self.candidates.append(&mut other.candidates);
        self.titles.append(&mut other.titles);
        self.references.append(&mut other.references);
    }
}

impl Candidate {
    /// Where the word starts, proclitics included.
    pub(super) fn word_start(&self) -> usize {
        self.start - self.proclitics.as_str().len()
    }
}

/// A title (وزير الدفاع) found at a word start: the rows of `role_titles.tsv` it can be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct TitleHit {
    pub start: usize,
    pub end: usize,
    pub proclitics: Proclitics,
    pub rows: Vec<TitleId>,
}

/// A noun that may refer back to a group (الحركة) found at a word start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct NounHit {
    pub start: usize,
    pub end: usize,
    pub proclitics: Proclitics,
    pub noun: NounId,
}

/// Everything the matches of one text give.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub candidates: Vec<Candidate>,
    pub titles: Vec<TitleHit>,
    pub references: Vec<NounHit>,
}

/// The candidates, titles and reference nouns of normalized text `normalized` (encoded as
/// `scan`).
#[cfg(test)]
pub(super) fn collect(
    normalized: &Normalized<'_>,
    scan: &Scan,
    automaton: &Automaton,
    g: &Gazetteer,
) -> Found {
    let mut found = Found::default();
    let all = 0..scan.bytes().len();
    collect_into(
        normalized,
        scan,
        automaton,
        g,
        all,
        &mut Vec::new(),
        &mut found,
    );
    found
}

/// Chars of a text scanned at a time: the matches of one stretch are turned into candidates
/// while its text is still in the cache, and the match buffer stays small on large documents.
const STRETCH: usize = 1 << 16;

/// Appends to `found` the candidates, titles and reference nouns of the matches that end in
/// char range `ends` of normalized text `normalized` (encoded as `scan`); `matches` is a
/// buffer. Consecutive ranges give, together, what the whole text gives.
pub(super) fn collect_into(
    normalized: &Normalized<'_>,
    scan: &Scan,
    automaton: &Automaton,
    g: &Gazetteer,
    ends: std::ops::Range<usize>,
    matches: &mut Vec<Match>,
    found: &mut Found,
) {
    let mut from = ends.start;
    loop {
        let to = ends.end.min(from.saturating_add(STRETCH));
        matches.clear();
        automaton.find_ending_in(normalized.as_str(), scan, from..to, matches);
        add_matches(normalized, automaton, g, matches, found);
        if to >= ends.end {
            return;
        }
        from = to;
    }
}

/// Appends to `found` what `matches` (in the order of a scan) give.
fn add_matches(
    normalized: &Normalized<'_>,
    automaton: &Automaton,
    g: &Gazetteer,
    matches: &[Match],
    found: &mut Found,
) {
    let text = normalized.as_str();
    let chains = &g.lexicon().proclitics;
    for m in matches {
        if !ends_word(text, m.end) {
            continue;
        }
        let Some(proclitics) = chains.prefix(text, m.start) else {
            continue;
        };
        let place = Place {
            normalized,
            word_start: m.start - proclitics.as_str().len(),
            start: m.start,
            end: m.end,
        };
        add_targets(g, automaton, m, proclitics, place, found);
    }
}

/// Adds what the targets of match `m` (after `proclitics`, at `place`) give to `found`.
fn add_targets(
    g: &Gazetteer,
    automaton: &Automaton,
    m: &Match,
    proclitics: Proclitics,
    place: Place<'_, '_>,
    found: &mut Found,
) {
    let text = place.normalized.as_str();
    let mut support = None;
    let mut rows = Vec::new();
    for t in automaton.targets(m.pattern) {
        if t.merged && !proclitics.merges() {
            continue;
        }
        match t.target {
            Target::Shadow(id) => found.candidates.push(Candidate {
                start: m.start,
                end: m.end,
                proclitics,
                support: Support::Direct,
                source: Source::Shadow(id),
            }),
            Target::Title(row) => rows.push(row),
            Target::Noun(noun) => found.references.push(NounHit {
                start: m.start,
                end: m.end,
                proclitics,
                noun,
            }),
            Target::Alias(alias) => {
                let person = match g.alias(alias).kind() {
                    EntityKind::Country => given_name_person(g, text, place),
                    // a forebear in someone else's name, or a father's name before الابن:
                    // not this person
                    EntityKind::Official => {
                        after_name_connector(g, text, place.word_start)
                            || given_name_then_connector(g, text, place)
                            || given_name_split(g, text, place)
                            || before_son_marker(g, text, m.end)
                    }
                    _ => false,
                };
                if person || hamza_not_as_written(place, g.alias(alias)) {
                    continue;
                }
                if !vetoed(g, alias, text, place.word_start, m.end) {
                    support = support.max(Some(initial_support(g, alias, place)));
                } else if g.alias(alias).kind() == EntityKind::Official {
                    support = support.max(Some(Support::Vetoed));
                }
            }
        }
    }
    if !rows.is_empty() {
        found.titles.push(TitleHit {
            start: m.start,
            end: m.end,
            proclitics,
            rows,
        });
    }
    if let Some(support) = support {
        found.candidates.push(Candidate {
            start: m.start,
            end: m.end,
            proclitics,
            support,
            source: Source::Pattern(m.pattern),
        });
    }
}

/// The support of one alias at a place, before document context: an unambiguous alias stands
/// on its own, an ambiguous one needs a cue (or its vocalisation), a surname waits.
pub(super) fn initial_support(g: &Gazetteer, id: AliasId, at: Place<'_, '_>) -> Support {
    let alias = g.alias(id);
    let text = at.normalized.as_str();
    if alias.flags.ambiguous {
        if has_cue(g, id, text, at.word_start, at.end) || written_as_vocalised(at, alias) {
            Support::Cue
        } else {
            Support::Pending
        }
    } else if alias.form == Form::Surname {
        Support::Pending
    } else {
        Support::Direct
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize_for_matching;

    /// (text, expected (candidate as written, proclitics, support)).
    type Case = (
        &'static str,
        &'static [(&'static str, &'static str, Support)],
    );

    const CASES: &[Case] = &[
        ("زار إيران", &[("ايران", "", Support::Direct)]),
        (
            "وبسوريا فلسوريا",
            &[
                ("سوريا", "وب", Support::Direct),
                ("سوريا", "فل", Support::Direct),
            ],
        ),
        // ل + العراق: the merged pattern only after ل
        ("وللعراق", &[("لعراق", "ول", Support::Direct)]),
        ("بلعراق", &[]),
        // not a word start, not a word end, not a chain
        ("مسوريا سوريا2 بوسوريا", &[]),
        // ambiguous: a cue, none, a veto
        ("حركه حماس", &[("حماس", "", Support::Cue)]),
        ("قال حماس", &[("حماس", "", Support::Pending)]),
        ("الدعم مالي", &[]),
        // a surname waits for its full name
        ("قال دهقان", &[("دهقان", "", Support::Pending)]),
    ];

    #[test]
    fn candidates_follow_the_boundary_proclitic_and_gating_rules() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        for (text, want) in CASES {
            let (n, scan) = normalize_for_matching(text);
            let found = collect(&n, &scan, &a, &g);
            let got: Vec<(&str, &str, Support)> = found
                .candidates
                .iter()
                .map(|c| {
                    (
                        &n.as_str()[c.start..c.end],
                        c.proclitics.as_str(),
                        c.support,
                    )
                })
                .collect();
            assert_eq!(got, *want, "in {text:?}");
        }
    }

    #[test]
    fn titles_and_reference_nouns_are_collected_apart() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        let (n, scan) = normalize_for_matching("قال وزير الدفاع وللحركه");
        let found = collect(&n, &scan, &a, &g);
        let titles: Vec<&str> = found
            .titles
            .iter()
            .map(|t| &n.as_str()[t.start..t.end])
            .collect();
        assert_eq!(titles, ["وزير الدفاع"]);
        let nouns: Vec<(&str, &str)> = found
            .references
            .iter()
            .map(|r| (&n.as_str()[r.start..r.end], r.proclitics.as_str()))
            .collect();
        assert_eq!(nouns, [("لحركه", "ول")]);
        assert!(found.candidates.is_empty());
    }
}
