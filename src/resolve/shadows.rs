//! Shadowing names: a winning shadowing name (بحر الصين الجنوبي، وكالة الأنباء الفرنسية) is not
//! reported itself, and decides what becomes of the country mentions inside it.
//!
//! A shadowing name competes in the overlap selection like any candidate (the longest wins),
//! so it only acts where it is the longest name. Then, for each candidate lying inside it: an
//! alias of a country the row lists is dropped when the row's effect for that country is
//! `suppress`, or when it is `in_name` and in-name mentions were not asked for; with
//! `in_name` asked for, it is reported with form `in_name`. A role phrase naming a listed
//! country is dropped. Any other candidate inside the name (a country the row does not list)
//! stays as it is, a top-level mention. A country named right after a team noun
//! (`team_nouns.tsv`: منتخب البرازيل، المنتخب السعودي) is the team's, by the same effect as an
//! `in_name` row, for every country. Invariants: the winners returned are sorted and disjoint,
//! hold no shadowing name, and no in-name mention overlaps them.

use super::candidates::{Candidate, Source};
use super::context::after_team_noun;
use super::overlap::longest_of_clusters;
use super::{Found, Resolution, Resolved};
use crate::automaton::{Automaton, Target};
use crate::gazetteer::{AliasId, Form, Gazetteer, GroupCategory, RecordId, ShadowEffect, ShadowId};

/// The overlap selection's result after the shadowing names have acted.
#[derive(Debug, Default)]
pub(super) struct Shadowed {
    /// Top-level candidates, sorted and disjoint, without shadowing names.
    pub winners: Vec<Candidate>,
    /// Nested candidates outside every shadowing name (the longest of each cluster).
    pub nested: Vec<Candidate>,
    /// In-name mentions (only when asked for), sorted.
    pub in_name: Vec<Resolved>,
    /// The spans of the winning shadowing names, sorted.
    pub spans: Vec<(usize, usize)>,
}

/// Applies the winning shadowing names among `winners` to the candidates in `nested` (all the
/// losers lying inside a winner, sorted, as `overlap::select` gives them). A shadowing name
/// inside another one or inside an entity name does nothing. With `in_name`, a country named
/// inside the entity name of an organization, a party or a movement is an in-name mention too.
pub(super) fn apply(
    winners: Vec<Candidate>,
    nested: Vec<Candidate>,
    automaton: &Automaton,
    g: &Gazetteer,
    in_name: bool,
) -> Shadowed {
    let mut out = apply_shadows(winners, nested, automaton, g, in_name);
    if in_name {
        in_entity_names(&mut out, automaton, g);
    }
    out
}

/// Removes from `winners` (sorted) each country named after a team noun: منتخب مصر by a name
/// without proclitics, المنتخب السعودي by a demonym, and a country joined to such a one by و
/// (منتخبا مصر وتونس). Returns them as in-name mentions (sorted)
/// when `in_name` is asked for, else nothing.
pub(super) fn team_names(
    text: &str,
    winners: &mut Vec<Candidate>,
    automaton: &Automaton,
    g: &Gazetteer,
    in_name: bool,
) -> Vec<Resolved> {
    let mut teams = Vec::new();
    // the end of the last team's country: a country joined to it by و is a team too (منتخبي
    // المكسيك وتشيلي)
    let mut last_team: Option<usize> = None;
    winners.retain(|c| {
        let joined = last_team.is_some_and(|end| {
            c.proclitics.as_str() == "و" && text.get(end..c.word_start()) == Some(" ")
        });
        let Some(alias) = team_country(text, c, automaton, g, joined) else {
            return true;
        };
        last_team = Some(c.end);
        if in_name {
            teams.push(in_name_mention(c, alias));
        }
        false
    });
    teams
}

/// The in-name mention of country alias `alias` that candidate `c` found.
fn in_name_mention(c: &Candidate, alias: AliasId) -> Resolved {
    Resolved {
        start: c.start,
        end: c.end,
        proclitics: c.proclitics,
        resolution: Resolution::Direct,
        parent: None,
        found: Found::InName(alias),
    }
}

/// The country alias `c` reads as when a team noun stands before it, or when it is `joined` by
/// و to a team's country (see [`team_names`]).
fn team_country(
    text: &str,
    c: &Candidate,
    automaton: &Automaton,
    g: &Gazetteer,
    joined: bool,
) -> Option<AliasId> {
    let Source::Pattern(p) = c.source else {
        return None;
    };
    if !joined && !c.proclitics.as_str().is_empty() {
        return None;
    }
    automaton.targets(p).iter().find_map(|t| {
        let Target::Alias(a) = t.target else {
            return None;
        };
        let alias = g.alias(a);
        let demonym = match alias.form {
            Form::Demonym => true,
            Form::Name | Form::LongName | Form::ShortName | Form::Acronym => false,
            _ => return None,
        };
        (!t.merged
            && matches!(alias.record, RecordId::Country(_))
            && (joined || after_team_noun(g, text, c.start, demonym)))
        .then_some(a)
    })
}

/// The shadowing names' part of [`apply`].
fn apply_shadows(
    winners: Vec<Candidate>,
    nested: Vec<Candidate>,
    automaton: &Automaton,
    g: &Gazetteer,
    in_name: bool,
) -> Shadowed {
    let mut out = Shadowed::default();
    let mut shadows: Vec<(usize, usize, ShadowId)> = Vec::new();
    for c in winners {
        match c.source {
            Source::Shadow(id) => shadows.push((c.start, c.end, id)),
            _ => out.winners.push(c),
        }
    }
    let nested = nested
        .into_iter()
        .filter(|c| !matches!(c.source, Source::Shadow(_)));
    if shadows.is_empty() {
        out.nested = longest_of_clusters(nested.collect());
        return out;
    }
    // The shadows are sorted and disjoint: only the last one starting at or before c.
    let shadow_of = |c: &Candidate| {
        let i = shadows.partition_point(|s| s.0 <= c.start);
        let s = &shadows[i.checked_sub(1)?];
        (s.1 >= c.end).then_some(s.2)
    };
    let (shadowed, outside): (Vec<Candidate>, Vec<Candidate>) =
        nested.partition(|c| shadow_of(c).is_some());
    out.nested = longest_of_clusters(outside);
    let mut restored = false;
    for c in longest_of_clusters(shadowed) {
        let Some(id) = shadow_of(&c) else {
            continue;
        };
        match inside(&c, id, automaton, g) {
            Inside::Other => {
                out.winners.push(c);
                restored = true;
            }
            Inside::InName(alias) if in_name => out.in_name.push(in_name_mention(&c, alias)),
            Inside::InName(_) | Inside::Suppressed => {}
        }
    }
    if restored {
        out.winners.sort_by_key(|c| c.start);
    }
    out.spans = shadows.iter().map(|&(s, e, _)| (s, e)).collect();
    out
}

/// What becomes of a candidate inside a shadowing name.
enum Inside {
    /// It names a country the row does not list: it stays.
    Other,
    /// An organization of the country this alias names.
    InName(AliasId),
    /// A wrong reading, never reported.
    Suppressed,
}

/// The fate of candidate `c` inside shadowing name `id`, by the row's effect on the countries
/// its aliases (or its role phrase) name. A word read as several countries takes the row's
/// `in_name` one (بورصة عمان: Jordan's, not Oman); else a listed country suppresses it.
fn inside(c: &Candidate, id: ShadowId, automaton: &Automaton, g: &Gazetteer) -> Inside {
    let shadow = g.shadow(id);
    let pattern = match c.source {
        Source::Pattern(p) => p,
        Source::Role(hit) => {
            return match hit.office.country().and_then(|c| shadow.effect_on(c)) {
                Some(_) => Inside::Suppressed,
                None => Inside::Other,
            };
        }
        Source::Shadow(_) => return Inside::Suppressed, // filtered out before
    };
    let mut in_name = None;
    let mut listed = false;
    for t in automaton.targets(pattern) {
        if t.merged && !c.proclitics.merges() {
            continue;
        }
        let Target::Alias(alias) = t.target else {
            continue;
        };
        let RecordId::Country(country) = g.alias(alias).record else {
            continue;
        };
        match shadow.effect_on(country) {
            Some(ShadowEffect::Suppress) => listed = true,
            Some(ShadowEffect::InName) => in_name = in_name.or(Some(alias)),
            None => {}
        }
    }
    match in_name {
        Some(alias) => Inside::InName(alias),
        None if listed => Inside::Suppressed,
        None => Inside::Other,
    }
}

/// With `in_name` asked for: a country alias nested in the name of an organization, a party or a
/// political movement of the gazetteer (منظمة التحرير الفلسطينية، نداء تونس) becomes an in-name mention, like the
/// `in_name` rows of `shadowing_names.tsv`.
fn in_entity_names(out: &mut Shadowed, automaton: &Automaton, g: &Gazetteer) {
    let is_institution = |c: &Candidate| {
        let Source::Pattern(p) = c.source else {
            return false;
        };
        automaton.targets(p).iter().any(|t| match t.target {
            Target::Alias(a) => match g.alias(a).record {
                RecordId::Organization(_) => true,
                RecordId::ArmedGroup(i) => matches!(
                    g.armed_groups()[i.index()].category,
                    GroupCategory::Party | GroupCategory::Movement
                ),
                _ => false,
            },
            _ => false,
        })
    };
    let winners = &out.winners;
    let mut kept = Vec::with_capacity(out.nested.len());
    for c in std::mem::take(&mut out.nested) {
        let i = winners.partition_point(|w| w.start <= c.start);
        let container = i.checked_sub(1).map(|i| &winners[i]);
        let country = container
            .filter(|w| w.end >= c.end && is_institution(w))
            .and_then(|_| country_alias(&c, automaton, g));
        match country {
            Some(alias) => out.in_name.push(in_name_mention(&c, alias)),
            None => kept.push(c),
        }
    }
    out.nested = kept;
    out.in_name.sort_by_key(|r| r.start);
}

/// The unambiguous country alias candidate `c` stands for, if any.
fn country_alias(c: &Candidate, automaton: &Automaton, g: &Gazetteer) -> Option<AliasId> {
    let Source::Pattern(p) = c.source else {
        return None;
    };
    automaton
        .targets(p)
        .iter()
        .filter(|t| !t.merged || c.proclitics.merges())
        .find_map(|t| match t.target {
            Target::Alias(a)
                if matches!(g.alias(a).record, RecordId::Country(_))
                    && !g.alias(a).flags.ambiguous =>
            {
                Some(a)
            }
            _ => None,
        })
}
