//! Role mentions: a title composed with the country named after it (وزير الدفاع الإيراني,
//! وزير دفاع إيران), with the organization or group named after it (الأمين العام لحزب الله),
//! with إلى and the country an envoy is sent to (المبعوث الأممي إلى اليمن), or a title that
//! names its office alone, and the holder of each office.
//!
//! Invariants: a role candidate names exactly one office (a phrase that would name two gives
//! nothing); where a row restricted to the country and generic rows fit, the restricted one
//! decides (الرئيس الإيراني is Iran's head of government); a holder is either the person named
//! right after the phrase (flagged when they did not hold the office) or the one holder on the
//! document date, never a guess between two.

use super::candidates::{Candidate, Source, Support, TitleHit};
use super::context::{after_subordinate_word, former_after, incoming_after, links_role_to_name};
use super::{Found, Resolved, RoleFound, RoleHit};
use crate::automaton::{Automaton, Target};
use crate::gazetteer::{
    Date, EntityKind, Form, Gazetteer, GroupCategory, OfficeKey, OfficialId, Record, RecordId,
    Role, TitleFollows, TitleId,
};

/// The preposition إلى between an envoy's title and the country, normalized, with its spaces.
const TO: &str = " الي ";

/// One office a title and what follows it can name.
#[derive(Debug, Clone, Copy)]
struct Fit {
    end: usize,
    office: OfficeKey,
    title: TitleId,
    /// The title row is restricted to this country.
    restricted: bool,
}

/// The role candidates of the titles found, given the other candidates.
pub(super) fn compose(
    text: &str,
    titles: &[TitleHit],
    candidates: &[Candidate],
    automaton: &Automaton,
    g: &Gazetteer,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    if titles.is_empty() {
        return out;
    }
    // Candidates by start, for finding what follows a title without a quadratic scan.
    let mut by_start: Vec<usize> = (0..candidates.len()).collect();
    by_start.sort_unstable_by_key(|&i| candidates[i].start);
    for hit in titles {
        // نائب وزير الخارجية: a deputy's title, not the minister's office
        if hit.proclitics.is_empty() && after_subordinate_word(g, text, hit.start) {
            continue;
        }
        let mut fits: Vec<Fit> = hit
            .rows
            .iter()
            .map(|&r| (r, g.title(r)))
            .filter(|(_, row)| row.follows == TitleFollows::Nothing)
            .map(|(r, row)| Fit {
                end: hit.end,
                office: OfficeKey {
                    role: row.role,
                    org: row.org_record,
                    about: None,
                },
                title: r,
                restricted: true,
            })
            .collect();
        let after = text.get(hit.end..).unwrap_or("");
        let gap = if after.starts_with(TO) {
            TO.len()
        } else {
            usize::from(after.starts_with(' '))
        };
        if gap > 0 {
            // Candidates whose word (proclitics included) starts right after the gap.
            let word = hit.end + gap;
            let first = by_start.partition_point(|&i| candidates[i].start < word);
            let following = by_start[first..]
                .iter()
                .map(|&i| &candidates[i])
                .take_while(|c| c.start <= word + 2)
                .filter(|c| c.word_start() == word);
            for c in following {
                fits.extend(following_fits(text, hit, c, gap == TO.len(), automaton, g));
            }
        }
        out.extend(one_office_per_end(hit, &fits));
    }
    // Two titles naming the same span (الأمين العام للأمم المتحدة as one title, or الأمين العام
    // then the organization): the longer title is the more specific; it comes first in `titles`
    // order only by chance, so keep it explicitly.
    out.sort_by_key(|c| (c.start, c.end, std::cmp::Reverse(title_len(c, g))));
    out.dedup_by_key(|c| (c.start, c.end));
    out
}

/// The length of the title row behind a role candidate.
fn title_len(c: &Candidate, g: &Gazetteer) -> usize {
    match c.source {
        Source::Role(hit) => g.title(hit.title).title.len(),
        Source::Pattern(_) | Source::Shadow(_) => 0,
    }
}

/// The offices title `hit` names with candidate `c` after it: a definite demonym agreeing in
/// gender or the country's name (no proclitic), an organization or group (bare or with ل),
/// or, after إلى (`to`), the country an envoy is sent to, as the title row asks.
fn following_fits(
    text: &str,
    hit: &TitleHit,
    c: &Candidate,
    to: bool,
    automaton: &Automaton,
    g: &Gazetteer,
) -> Vec<Fit> {
    let Source::Pattern(pattern) = c.source else {
        return Vec::new();
    };
    let written = &text[c.start..c.end];
    let bare = c.proclitics.is_empty();
    let with_lam = bare || c.proclitics.as_str() == "ل";
    let mut fits = Vec::new();
    for t in automaton.targets(pattern) {
        let Target::Alias(id) = t.target else {
            continue;
        };
        let a = g.alias(id);
        for &r in &hit.rows {
            let row = g.title(r);
            let fit = match (row.follows, a.record) {
                (TitleFollows::About, RecordId::Country(country)) if to && bare => {
                    (a.form == Form::Name && !t.merged).then_some(OfficeKey {
                        role: row.role,
                        org: row.org_record,
                        about: Some(country),
                    })
                }
                (TitleFollows::Org, record)
                    if !to
                        && with_lam
                        && a.form != Form::Surname
                        && !a.flags.ambiguous
                        && org_fits(g, row.role, record, row.org_record) =>
                {
                    Some(OfficeKey {
                        role: row.role,
                        org: Some(record),
                        about: None,
                    })
                }
                (TitleFollows::Demonym | TitleFollows::Country, RecordId::Country(country))
                    if !to && bare && !t.merged =>
                {
                    country_fit(g, row, a.form, written, RecordId::Country(country))
                }
                _ => None,
            };
            if let Some(office) = fit {
                fits.push(Fit {
                    end: c.end,
                    office,
                    title: r,
                    restricted: row.org_record.is_some(),
                });
            }
        }
    }
    fits
}

/// Whether an office of `role` can belong to `record`, named after a title row restricted to
/// `only` (if any): the leading role (group, party or organization head) that the data gives
/// the record's leaders (Nabih Berri leads the Amal militia as its `party_leader`); with no
/// leader in the data, a group leader's to an armed group, a party leader's to a party or
/// movement, an organization head's to an organization; any other role's to either, unless the
/// row names its one record.
fn org_fits(g: &Gazetteer, role: Role, record: RecordId, only: Option<RecordId>) -> bool {
    if let Some(only) = only {
        return only == record;
    }
    const LEADING: [Role; 3] = [Role::GroupLeader, Role::PartyLeader, Role::OrgHead];
    if LEADING.contains(&role) {
        let led = |r: Role| {
            g.has_holders(OfficeKey {
                role: r,
                org: Some(record),
                about: None,
            })
        };
        if LEADING.into_iter().any(led) {
            return led(role);
        }
    }
    let political = |category| matches!(category, GroupCategory::Party | GroupCategory::Movement);
    match (role, g.record(record)) {
        (Role::GroupLeader, Record::ArmedGroup(group)) => {
            !political(group.category) && group.category != GroupCategory::StateForce
        }
        (Role::PartyLeader, Record::ArmedGroup(group)) => political(group.category),
        (Role::OrgHead, Record::Organization(_)) => true,
        (Role::GroupLeader | Role::PartyLeader | Role::OrgHead, _) => false,
        (_, record) => matches!(
            record.kind(),
            EntityKind::Organization | EntityKind::ArmedGroup
        ),
    }
}

/// The office a demonym or country title row names with a country alias of `form` written
/// `written`: the demonym must agree in gender, the row's restriction must fit.
fn country_fit(
    g: &Gazetteer,
    row: &crate::gazetteer::RoleTitle,
    form: Form,
    written: &str,
    country: RecordId,
) -> Option<OfficeKey> {
    let lexicon = g.lexicon();
    let agreement = if row.feminine {
        &lexicon.feminine
    } else {
        &lexicon.masculine
    };
    let fits_form = match row.follows {
        TitleFollows::Demonym => form == Form::Demonym && agreement.fits(written),
        TitleFollows::Country => form == Form::Name,
        _ => false,
    };
    (fits_form && row.org_record.map_or(true, |only| only == country)).then_some(OfficeKey {
        role: row.role,
        org: Some(country),
        about: None,
    })
}

/// For each end, the restricted fits if any, else the generic ones: one office or none.
fn one_office_per_end(hit: &TitleHit, fits: &[Fit]) -> Vec<Candidate> {
    let mut ends: Vec<usize> = fits.iter().map(|f| f.end).collect();
    ends.sort_unstable();
    ends.dedup();
    let mut out = Vec::new();
    for end in ends {
        let at_end: Vec<&Fit> = fits.iter().filter(|f| f.end == end).collect();
        let restricted: Vec<&Fit> = at_end.iter().filter(|f| f.restricted).copied().collect();
        let chosen = if restricted.is_empty() {
            at_end
        } else {
            restricted
        };
        let mut distinct: Vec<OfficeKey> = chosen.iter().map(|f| f.office).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if let [office] = distinct.as_slice() {
            out.push(Candidate {
                start: hit.start,
                end,
                proclitics: hit.proclitics,
                support: Support::Direct,
                source: Source::Role(RoleHit {
                    office: *office,
                    title: chosen[0].title,
                }),
            });
        }
    }
    out
}

/// Resolves each role mention's holder: the person named right after it when they held the
/// office at any time (one who never held it is a contradiction, flagged), else the one holder
/// on the document date.
pub(super) fn resolve_holders(text: &str, out: &mut [Resolved], g: &Gazetteer, date: Option<Date>) {
    for i in 0..out.len() {
        let Found::Role(found) = out[i].found else {
            continue;
        };
        let office = found.office;
        let end = out[i].end;
        let former = former_after(g, text, end);
        let incoming = incoming_after(g, text, end);
        let next_person = out.get(i + 1).and_then(|n| next_official(text, end, n, g));
        let on_date = |date: Date| {
            let mut holders = g.holders_on(office.office, date).peekable();
            if holders.peek().is_none() {
                // nobody in office yet: the one who just left it (a death, a removal)
                return only(g.recent_holders(office.office, date));
            }
            only(holders)
        };
        // الجديد، المنتخب: the one about to take the office, if someone is
        let next_in = |date: Date| only(g.incoming_holders(office.office, date));
        let by_date = || {
            let date = date?;
            let next = incoming.then(|| next_in(date)).flatten();
            next.or_else(|| (!former).then(|| on_date(date)).flatten())
        };
        let (holder, mismatch) = match next_person {
            // A person whose terms the gazetteer does not know is taken at the text's word.
            Some(p) if g.official_at(p).offices.is_empty() => (Some(p), false),
            // Held at any time: a title before a past (or future) holder's name names them
            // (الرئيس المصري جمال عبد الناصر in a text of 2018), written without السابق or not.
            Some(p) if g.held(p, office.office, None) => (Some(p), false),
            Some(_) => (by_date(), true),
            None => (apposed_holder(text, out, i, g).or_else(by_date), false),
        };
        out[i].found = Found::Role(RoleFound {
            office,
            holder,
            mismatch,
        });
    }
}

/// The person named right before role mention `i` with only a comma between, when they held its
/// office at some time: the phrase is in apposition to the name and names them whatever the
/// date (بوش الأب، الرئيس الأمريكي الأسبق). Without the comma the phrase may be the object of a
/// verb after the name (استقبل ماكرون الرئيس الفرنسي السابق).
fn apposed_holder(text: &str, out: &[Resolved], i: usize, g: &Gazetteer) -> Option<OfficialId> {
    let (prev, role) = (out.get(i.checked_sub(1)?)?, &out[i]);
    let (Found::Alias(id), Found::Role(found)) = (prev.found, role.found) else {
        return None;
    };
    let RecordId::Official(o) = g.alias(id).record else {
        return None;
    };
    let gap = text.get(prev.end..role.start)?.trim_matches(' ');
    let apposition = role.proclitics.is_empty() && matches!(gap, "،" | ",");
    (apposition && g.held(o, found.office.office, None)).then_some(o)
}

/// The one item of `items`, or `None` for none or several.
fn only<T>(mut items: impl Iterator<Item = T>) -> Option<T> {
    match (items.next(), items.next()) {
        (Some(h), None) => Some(h),
        _ => None,
    }
}

/// The official mentioned by `next`, when only ranks, punctuation or former-office words stand
/// between the role phrase ending at `end` and it.
fn next_official(text: &str, end: usize, next: &Resolved, g: &Gazetteer) -> Option<OfficialId> {
    let Found::Alias(id) = next.found else {
        return None;
    };
    let gap_end = next.start - next.proclitics.as_str().len();
    let linked = links_role_to_name(g, text.get(end..gap_end)?, true);
    match g.alias(id).record {
        RecordId::Official(o) if linked => Some(o),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::candidates::collect;
    use crate::text::normalize::normalize_for_matching;

    /// (text, expected role candidates (as written, role, country id)).
    type Case = (
        &'static str,
        &'static [(&'static str, &'static str, &'static str)],
    );

    const CASES: &[Case] = &[
        (
            "قال وزير الدفاع الإيراني",
            &[("وزير الدفاع الايراني", "defence_minister", "IR")],
        ),
        (
            "ولوزير دفاع إيران",
            &[("وزير دفاع ايران", "defence_minister", "IR")],
        ),
        // agreement: a feminine title wants the feminine demonym
        (
            "رئيس الحكومة السورية",
            &[("رييس الحكومه السوريه", "head_of_government", "SY")],
        ),
        ("رئيس الحكومة السوري", &[]),
        // a demonym without the article is not a role phrase
        ("الرئيس سوري", &[]),
        // a restricted row wins over the generic one
        (
            "الرئيس الإيراني",
            &[("الرييس الايراني", "head_of_government", "IR")],
        ),
        // a title that names its office alone
        (
            "قال الأمين العام للأمم المتحدة",
            &[("الامين العام للامم المتحده", "un_secretary_general", "")],
        ),
    ];

    #[test]
    fn titles_compose_with_the_country_after_them() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        for (text, want) in CASES {
            let (n, scan) = normalize_for_matching(text);
            let found = collect(&n, &scan, &a, &g);
            let roles = compose(n.as_str(), &found.titles, &found.candidates, &a, &g);
            let got: Vec<(&str, &str, &str)> = roles
                .iter()
                .filter_map(|c| match c.source {
                    Source::Role(hit) => Some((
                        &n.as_str()[c.start..c.end],
                        hit.office.role.as_str(),
                        hit.office.org.map_or("", |r| g.record(r).id()),
                    )),
                    Source::Pattern(_) | Source::Shadow(_) => None,
                })
                .collect();
            assert_eq!(got, *want, "in {text:?}");
        }
    }

    #[test]
    fn a_holder_who_just_left_the_office_is_named_by_it_until_a_successor() {
        let mut builder = crate::Extractor::builder().without_defaults();
        for (name, text) in crate::gazetteer::tests::FILES {
            builder = builder.add_source(name, text);
        }
        let ex = builder.build().expect("the small gazetteer");
        // Hafez al-Assad's term ends 2000-06-10, Bashar's starts 2000-07-17.
        for (date, want) in [
            ("2000-06-09", Some("hafez-al-assad")),
            ("2000-06-20", Some("hafez-al-assad")), // days after: still "the president"
            ("2000-07-15", None),                   // more than a month after: nobody
            ("2000-07-20", Some("bashar-al-assad")),
        ] {
            let options = crate::Options::default().with_date(date.parse().expect("date"));
            let found = ex.extract_with("نعى الرئيس السوري", &options);
            assert_eq!(found[0].id(), want, "on {date}");
        }
    }
}
