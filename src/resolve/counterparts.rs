//! Counterparts: after a state's role phrase, «نظيره الروسي» in the same sentence names the same
//! office of the demonym's state (وزير الخارجية الأمريكي … نظيره الروسي: Russia's foreign
//! minister), a role mention resolved to its holder like any other.
//!
//! A counterpart after a person named in the same sentence (ترامب … نظيره الروسي) is found
//! after the document's decisions: the person's one state office on the date (undated: their
//! one role in states) gives the title.
//!
//! Invariants: a counterpart candidate spans a counterpart noun of `counterpart_nouns.tsv`
//! (after its proclitics) and the bare definite demonym right after it, which agrees with the
//! noun's gender and names one country; after the nearest role candidate before it in the same
//! sentence, an office of another state, it names the office that the same title would name
//! with its demonym (a row restricted to that country first: الرئيس of Iran is its head of
//! government), so the mention's `alias` is that title.

use super::candidates::{Candidate, Source, Support};
use super::{Found, Resolution, Resolved, RoleFound, RoleHit};
use crate::automaton::{Automaton, Target};
use crate::gazetteer::{
    CountryId, Date, EntityKind, Form, Gazetteer, OfficeKey, RecordId, Role, RoleTitle,
    TitleFollows, TitleId,
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
        if !agrees(g, &noun, &text[c.start..c.end]) {
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

/// Turns each demonym mention of `out` that follows a counterpart noun, after a person named
/// earlier in the same sentence, into a role mention of that person's office in the demonym's
/// state (holders are resolved afterwards); returns the demonym mentions replaced (nested in
/// the role mentions).
pub(super) fn after_persons(
    text: &str,
    out: &mut [Resolved],
    g: &Gazetteer,
    date: Option<Date>,
) -> Vec<Resolved> {
    let mut replaced = Vec::new();
    if g.lexicon().counterparts.is_empty() {
        return replaced;
    }
    for i in 0..out.len() {
        let Some(role) = counterpart_of_person(text, &out[..=i], g, date) else {
            continue;
        };
        let demonym = std::mem::replace(&mut out[i], role);
        replaced.push(demonym);
    }
    replaced
}

/// The role mention that the last mention of `upto` makes, when it is a bare demonym after a
/// counterpart noun and a person named before it in the same sentence held one state office.
fn counterpart_of_person(
    text: &str,
    upto: &[Resolved],
    g: &Gazetteer,
    date: Option<Date>,
) -> Option<Resolved> {
    let (last, before) = upto.split_last()?;
    let Found::Alias(id) = last.found else {
        return None;
    };
    let alias = g.alias(id);
    let RecordId::Country(country) = alias.record else {
        return None;
    };
    if alias.form != Form::Demonym || !last.proclitics.is_empty() {
        return None;
    }
    let noun = counterpart_before(text, last.start, g)?;
    if !agrees(g, &noun, &text[last.start..last.end]) {
        return None;
    }
    let word_start = noun.start - noun.proclitics.as_str().len();
    let person = before.iter().rev().find(|r| match r.found {
        Found::Alias(a) => g.alias(a).kind() == EntityKind::Official,
        _ => false,
    })?;
    let gap = text.get(person.end..word_start)?;
    let person_start = person.start - person.proclitics.as_str().len();
    if gap.contains(SENTENCE_ENDS) || other_antecedent(text, person_start, gap, g) {
        return None;
    }
    let Found::Alias(a) = person.found else {
        return None;
    };
    let role = one_state_role(g, g.alias(a).record, country, date)?;
    let title = generic_title(g, role, noun.feminine)?;
    let hit = same_title_for(g, title, country)?;
    Some(Resolved {
        start: noun.start,
        end: last.end,
        proclitics: noun.proclitics,
        resolution: Resolution::Role,
        parent: None,
        found: Found::Role(RoleFound {
            office: hit,
            holder: None,
            mismatch: false,
        }),
    })
}

/// The one role of the state offices (of a state other than `other`) that person `record` held
/// on `date`, or with no date at any time (head of state when they were head of both).
fn one_state_role(
    g: &Gazetteer,
    record: RecordId,
    other: CountryId,
    date: Option<Date>,
) -> Option<Role> {
    let RecordId::Official(o) = record else {
        return None;
    };
    let mut roles = g.official_at(o).offices.iter().filter(|t| {
        matches!(t.key.org, Some(RecordId::Country(c)) if c != other)
            && date.map_or(true, |d| t.holds_on(d))
    });
    let mut role = roles.next()?.role;
    for t in roles {
        // a president who also heads the government is named by the head of state's title
        match (role, t.role) {
            (a, b) if a == b => {}
            (Role::HeadOfState, Role::HeadOfGovernment) => {}
            (Role::HeadOfGovernment, Role::HeadOfState) => role = Role::HeadOfState,
            _ => return None,
        }
    }
    Some(role)
}

/// The first title row of `role` for any state that a demonym of the gender follows.
fn generic_title(g: &Gazetteer, role: Role, feminine: bool) -> Option<TitleId> {
    g.role_titles()
        .iter()
        .position(|row| {
            row.role == role
                && row.org_record.is_none()
                && row.follows == TitleFollows::Demonym
                && row.feminine == feminine
        })
        .map(TitleId::new)
}

/// Whether the demonym `written` agrees with the counterpart noun's gender.
fn agrees(g: &Gazetteer, noun: &Noun, written: &str) -> bool {
    let lexicon = g.lexicon();
    let agreement = if noun.feminine {
        &lexicon.feminine
    } else {
        &lexicon.masculine
    };
    agreement.fits(written)
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
    let ok = !gap.contains(SENTENCE_ENDS) && !other_antecedent(text, last.word_start(), gap, g);
    ok.then_some(hit)
}

/// Whether `gap`, or one of the two words before `start` (where the phrase or person begins),
/// is a noun that would be the counterpart's antecedent (منتخب، فريق، مستشار).
fn other_antecedent(text: &str, start: usize, gap: &str, g: &Gazetteer) -> bool {
    let antecedents = &g.lexicon().counterpart_antecedents;
    // the two words before: a title may stand between (مستشار الرئيس دونالد ترامب)
    let before = text[..start].trim_end_matches(' ').rsplit(' ').take(2);
    before
        .chain(gap.split(|c: char| !is_word_char(c)))
        .any(|w| antecedents.contains(w.strip_prefix(['و', 'ف', 'ب', 'ل']).unwrap_or(w)))
}
