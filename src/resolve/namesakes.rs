//! Namesakes: one name or title, several records (الملك عبد الله: Saudi Arabia's King Abdullah,
//! died 2015, or Jordan's Abdullah II). The choice between them, wherever a mention fits several
//! records equally well.
//!
//! The rule, in order: (1) with a document date, a person who was not alive on it (born later,
//! or dead more than a month before it) is set aside, unless that leaves no one; (2) of those
//! left, the ones whose country the document names (a demonym, a capital, a role phrase: العاهل
//! الأردني، عمّان) are preferred, if any; (3) then the one in office on the date, with an open
//! term, or whose last term ended last. Invariant: a tie left after that gives nothing, never an
//! arbitrary pick. A group with national branches is told apart from them by the same
//! countries: [`branch`].

use std::collections::HashSet;
use std::hash::BuildHasher;

use crate::gazetteer::{AliasId, CountryId, Date, Gazetteer, GroupId, PartialDate, RecordId};

/// How many days after a death a text may still name the person as if present (news of the
/// death, the funeral).
const DEATH_GRACE_DAYS: i64 = 31;

/// When nothing else decides between two officials, larger is preferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Recency {
    in_office_on_date: bool,
    open_term: bool,
    last_end: Option<Date>,
}

/// Of `readings` ((record, alias) pairs, several records), the alias of the one record the
/// rule above selects, or `None` on a tie.
pub(super) fn choose(
    g: &Gazetteer,
    readings: &[(RecordId, AliasId)],
    date: Option<Date>,
    countries: &HashSet<CountryId, impl BuildHasher>,
) -> Option<AliasId> {
    let mut left: Vec<(RecordId, AliasId)> = readings.to_vec();
    if let Some(d) = date {
        let alive: Vec<_> = left
            .iter()
            .copied()
            .filter(|r| alive_on(g, r.0, d))
            .collect();
        if !alive.is_empty() {
            left = alive;
        }
    }
    let named: Vec<_> = left
        .iter()
        .copied()
        .filter(|r| {
            g.record_countries(&r.0)
                .iter()
                .any(|c| countries.contains(c))
        })
        .collect();
    if !named.is_empty() {
        left = named;
    }
    if let [(_, only)] = left.as_slice() {
        return Some(*only);
    }
    let mut ranked: Vec<(Recency, AliasId)> = left
        .iter()
        .map(|&(record, alias)| (recency(g, record, date), alias))
        .collect();
    ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
    match ranked.as_slice() {
        [first, second, ..] if first.0 == second.0 => None,
        [first, ..] => Some(first.1),
        [] => None,
    }
}

/// Whether `record` (an official) was alive on `date`: not born after it, not dead more than
/// [`DEATH_GRACE_DAYS`] before it. Records of other kinds always are.
pub(super) fn alive_on(g: &Gazetteer, record: RecordId, date: Date) -> bool {
    let RecordId::Official(o) = record else {
        return true;
    };
    let person = g.official_at(o);
    if person.born.is_some_and(|b| b.year() > date.year()) {
        return false;
    }
    match person.died.and_then(latest_day) {
        Some(died) => date.days() - died.days() <= DEATH_GRACE_DAYS,
        None => true,
    }
}

/// Whether `record` is a person who died on or before `date` (with no date: who died).
pub(super) fn dead_by(g: &Gazetteer, record: RecordId, date: Option<Date>) -> bool {
    let RecordId::Official(o) = record else {
        return false;
    };
    let Some(died) = g.official_at(o).died else {
        return false;
    };
    // the first day the partial date can stand for
    let first = Date::new(
        died.year(),
        died.month().unwrap_or(1),
        died.day().unwrap_or(1),
    );
    date.map_or(true, |d| first.is_some_and(|f| f <= d))
}

/// The last day a partial date can stand for (a month's 28th: the grace period covers the rest).
fn latest_day(d: PartialDate) -> Option<Date> {
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => Date::new(d.year(), m, day),
        (Some(m), None) => Date::new(d.year(), m, 28),
        _ => Date::new(d.year(), 12, 31),
    }
}

fn recency(g: &Gazetteer, record: RecordId, date: Option<Date>) -> Recency {
    let RecordId::Official(o) = record else {
        return Recency {
            in_office_on_date: false,
            open_term: false,
            last_end: None,
        };
    };
    let offices = &g.official_at(o).offices;
    Recency {
        in_office_on_date: date.is_some_and(|d| offices.iter().any(|t| t.holds_on(d))),
        open_term: offices.iter().any(|t| t.end.is_none()),
        last_end: offices.iter().filter_map(|t| t.end).max(),
    }
}

/// The national branch a group mention names, by the document's countries: when alias `alias`
/// names group P and the document names none of P's countries, the alias of the canonical name
/// of the one branch that operates in a country the document names. P's branches are the groups
/// named after it: whose Arabic name holds the alias as written plus more (حركة طالبان باكستان
/// for طالبان, تنظيم القاعدة في جزيرة العرب for تنظيم القاعدة). A group whose `parent` is P but
/// whose name is its own (حراس الدين) is an affiliate, not P's national branch: it is never
/// chosen. Two fitting branches give nothing.
pub(super) fn branch(
    g: &Gazetteer,
    alias: AliasId,
    countries: &HashSet<CountryId, impl BuildHasher>,
) -> Option<AliasId> {
    let a = g.alias(alias);
    if !matches!(a.record, RecordId::ArmedGroup(_))
        || countries.is_empty()
        || g.record_countries(&a.record)
            .iter()
            .any(|c| countries.contains(c))
    {
        return None;
    }
    let mut fit = g
        .armed_groups()
        .iter()
        .enumerate()
        .filter_map(|(i, group)| {
            let record = RecordId::ArmedGroup(GroupId::new(i));
            // the country test first: it rules out almost every group, and costs less
            let in_context = g
                .record_countries(&record)
                .iter()
                .any(|c| countries.contains(c));
            let named_after =
                in_context && record != a.record && group.name_ar.contains(a.text.as_str());
            named_after.then_some(record)
        });
    let record = fit.next()?;
    if fit.next().is_some() {
        return None;
    }
    let name = g.record(record).name_ar();
    g.aliases()
        .iter()
        .position(|x| x.record == record && x.text == name)
        .map(AliasId::new)
}
