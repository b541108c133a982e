//! Counterparts: after a state's role phrase, «نظيره الروسي» in the same sentence names the same
//! office of the demonym's state (وزير الخارجية الأمريكي … نظيره الروسي: Russia's foreign
//! minister), a role mention resolved to its holder like any other.
//!
//! Invariants: a counterpart candidate spans a counterpart noun of `counterpart_nouns.tsv`
//! (after its proclitics) and the bare definite demonym right after it, which agrees with the
//! noun's gender and names one country; after the nearest role candidate before it in the same
//! sentence, an office of another state, it names the office that the same title would name
//! with its demonym (a row restricted to that country first: الرئيس of Iran is its head of
//! government), so the mention's `alias` is that title.

use super::candidates::{Candidate, Source, Support};
use super::RoleHit;
use crate::automaton::{Automaton, Target};
use crate::gazetteer::{
    CountryId, Form, Gazetteer, OfficeKey, RecordId, RoleTitle, TitleFollows, TitleId,
};
use crate::text::words::is_word_char;
use crate::text::Proclitics;

/// What ends a sentence: a counterpart never reaches back past one of these.
const SENTENCE_ENDS: [char; 5] = ['.', '!', '?', '؟', '\n'];

/// The counterpart candidates among `candidates`, given the role candidates `roles` (sorted by
/// start).
pub(super) fn compose(
    text: &str,
    roles: &[Candidate],
    candidates: &[Candidate],
    automaton: &Automaton,
    g: &Gazetteer,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    if roles.is_empty() || g.lexicon().counterparts.is_empty() {
        return out;
    }
    for c in candidates.iter().filter(|c| c.proclitics.is_empty()) {
        let Some(noun) = counterpart_before(text, c.start, g) else {
            continue;
        };
        let lexicon = g.lexicon();
        let agreement = if noun.feminine {
            &lexicon.feminine
        } else {
            &lexicon.masculine
        };
        if !agreement.fits(&text[c.start..c.end]) {
            continue;
        }
        let Some(country) = demonym_country(c, automaton, g) else {
            continue;
        };
        let word_start = noun.start - noun.proclitics.as_str().len();
        let Some(hit) = role_before(text, roles, word_start, g) else {
            continue;
        };
        if !matches!(hit.office.org, Some(RecordId::Country(own)) if own != country) {
            continue;
        }
        let Some(hit) = same_title_for(g, hit.title, country) else {
            continue;
        };
        out.push(Candidate {
            start: noun.start,
            end: c.end,
            proclitics: noun.proclitics,
            support: Support::Direct,
            source: Source::Role(hit),
        });
    }
    out
}

/// The office that the title of row `title` names before a demonym of `country`, and the row:
/// a row of that title restricted to the country if there is one (الرئيس of Iran is its head of
/// government), else the generic one; `None` when no row or two offices fit.
fn same_title_for(g: &Gazetteer, title: TitleId, country: CountryId) -> Option<RoleHit> {
    let words = g.title(title).title.as_str();
    let rows: Vec<(usize, &RoleTitle)> = g
        .role_titles()
        .iter()
        .enumerate()
        .filter(|(_, row)| row.title == words && row.follows == TitleFollows::Demonym)
        .collect();
    let own = Some(RecordId::Country(country));
    let restricted: Vec<_> = rows
        .iter()
        .filter(|(_, row)| row.org_record == own)
        .collect();
    let chosen: Vec<_> = if restricted.is_empty() {
        rows.iter()
            .filter(|(_, row)| row.org_record.is_none())
            .collect()
    } else {
        restricted
    };
    let (&&(i, first), rest) = chosen.split_first()?;
    rest.iter()
        .all(|(_, row)| row.role == first.role)
        .then(|| RoleHit {
            office: OfficeKey {
                role: first.role,
                org: own,
                about: None,
            },
            title: TitleId::new(i),
        })
}

/// A counterpart noun found before a demonym.
struct Noun {
    /// Where the noun starts (after its proclitics).
    start: usize,
    proclitics: Proclitics,
    feminine: bool,
}

/// The counterpart noun that ends one space before `start` (نظيره, ونظيره, لنظيرته), if any.
fn counterpart_before(text: &str, start: usize, g: &Gazetteer) -> Option<Noun> {
    let before = text[..start].strip_suffix(' ')?;
    let lexicon = g.lexicon();
    lexicon.counterparts.iter().find_map(|(noun, feminine)| {
        let noun_start = before.len().checked_sub(noun.len())?;
        if !before.ends_with(noun.as_str()) {
            return None;
        }
        let proclitics = lexicon.proclitics.prefix(text, noun_start)?;
        Some(Noun {
            start: noun_start,
            proclitics,
            feminine: *feminine,
        })
    })
}

/// The one country candidate `c` names as a demonym, if it names exactly one.
fn demonym_country(c: &Candidate, automaton: &Automaton, g: &Gazetteer) -> Option<CountryId> {
    let Source::Pattern(pattern) = c.source else {
        return None;
    };
    let mut countries = automaton
        .targets(pattern)
        .iter()
        .filter(|t| !t.merged)
        .filter_map(|t| match t.target {
            Target::Alias(id) if g.alias(id).form == Form::Demonym => match g.alias(id).record {
                RecordId::Country(country) => Some(country),
                _ => None,
            },
            _ => None,
        });
    let first = countries.next()?;
    countries.all(|other| other == first).then_some(first)
}

/// The office and title of the last role candidate of `roles` that ends before `word_start`
/// in the same sentence, with no other antecedent (`counterpart_nouns.tsv`: منتخب، فريق)
/// between.
fn role_before(
    text: &str,
    roles: &[Candidate],
    word_start: usize,
    g: &Gazetteer,
) -> Option<RoleHit> {
    let last = roles.iter().rev().find(|r| r.end <= word_start)?;
    let Source::Role(hit) = last.source else {
        return None;
    };
    let gap = &text[last.end..word_start];
    let antecedents = &g.lexicon().counterpart_antecedents;
    let other_antecedent = gap
        .split(|c: char| !is_word_char(c))
        .any(|w| antecedents.contains(w.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(w)));
    (!gap.contains(SENTENCE_ENDS) && !other_antecedent).then_some(hit)
}
