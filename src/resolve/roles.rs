//! Role mentions: a title composed with the country named after it (وزير الدفاع الإيراني,
//! وزير دفاع إيران) or a title that names its office alone, and the holder of each office.
//!
//! Invariants: a role candidate names exactly one office (a phrase that would name two gives
//! nothing); where a row restricted to the country and generic rows fit, the restricted one
//! decides (الرئيس الإيراني is Iran's head of government); a holder is either the person named
//! right after the phrase (flagged when they did not hold the office) or the one holder on the
//! document date, never a guess between two.

use super::candidates::{Candidate, Source, Support, TitleHit};
use super::context::{former_after, links_role_to_name};
use super::{Found, Resolved, RoleFound, RoleHit};
use crate::automaton::{Automaton, Target};
use crate::gazetteer::{
    CountryId, Date, Form, Gazetteer, OfficialId, RecordId, Role, TitleFollows, TitleId,
};

/// One office a title and what follows it can name.
#[derive(Debug, Clone, Copy)]
struct Fit {
    end: usize,
    role: Role,
    country: Option<CountryId>,
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
        let mut fits: Vec<Fit> = hit
            .rows
            .iter()
            .map(|&r| (r, g.title(r)))
            .filter(|(_, row)| row.follows == TitleFollows::Nothing)
            .map(|(r, row)| Fit {
                end: hit.end,
                role: row.role,
                country: row.country_index,
                title: r,
                restricted: true,
            })
            .collect();
        if text.as_bytes().get(hit.end) == Some(&b' ') {
            let first = by_start.partition_point(|&i| candidates[i].start < hit.end + 1);
            let following = by_start[first..]
                .iter()
                .map(|&i| &candidates[i])
                .take_while(|c| c.start == hit.end + 1)
                .filter(|c| c.proclitics.is_empty());
            for c in following {
                fits.extend(country_fits(text, hit, c, automaton, g));
            }
        }
        out.extend(one_office_per_end(hit, &fits));
    }
    out
}

/// The offices title `hit` names with country candidate `c` after it: a definite demonym
/// agreeing in gender, or the country's name, as the title row asks.
fn country_fits(
    text: &str,
    hit: &TitleHit,
    c: &Candidate,
    automaton: &Automaton,
    g: &Gazetteer,
) -> Vec<Fit> {
    let Source::Pattern(pattern) = c.source else {
        return Vec::new();
    };
    let written = &text[c.start..c.end];
    let lexicon = g.lexicon();
    let mut fits = Vec::new();
    for t in automaton.targets(pattern).iter().filter(|t| !t.merged) {
        let Target::Alias(id) = t.target else {
            continue;
        };
        let a = g.alias(id);
        let RecordId::Country(country) = a.record else {
            continue;
        };
        for &r in &hit.rows {
            let row = g.title(r);
            let agreement = if row.feminine {
                &lexicon.feminine
            } else {
                &lexicon.masculine
            };
            let fits_form = match row.follows {
                TitleFollows::Demonym => a.form == Form::Demonym && agreement.fits(written),
                TitleFollows::Country => a.form == Form::Name,
                _ => false,
            };
            if fits_form && row.country_index.map_or(true, |only| only == country) {
                fits.push(Fit {
                    end: c.end,
                    role: row.role,
                    country: Some(country),
                    title: r,
                    restricted: row.country_index.is_some(),
                });
            }
        }
    }
    fits
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
        let mut distinct: Vec<(Role, Option<CountryId>)> =
            chosen.iter().map(|f| (f.role, f.country)).collect();
        distinct.sort_unstable_by_key(|(role, country)| (role.as_str(), *country));
        distinct.dedup();
        if let [(role, country)] = distinct.as_slice() {
            out.push(Candidate {
                start: hit.start,
                end,
                proclitics: hit.proclitics,
                support: Support::Direct,
                source: Source::Role(RoleHit {
                    role: *role,
                    country: *country,
                    title: chosen[0].title,
                }),
            });
        }
    }
    out
}

/// Resolves each role mention's holder: the person named right after it (checked against the
/// person's offices, a contradiction flagged), else the one holder on the document date.
pub(super) fn resolve_holders(text: &str, out: &mut [Resolved], g: &Gazetteer, date: Option<Date>) {
    for i in 0..out.len() {
        let Found::Role(found) = out[i].found else {
            continue;
        };
        let office = found.office;
        let end = out[i].end;
        let former = former_after(g, text, end);
        let next_person = out.get(i + 1).and_then(|n| next_official(text, end, n, g));
        let on_date = |date: Date| {
            let mut holders = g.holders_on(office.role, office.country, date);
            match (holders.next(), holders.next()) {
                (Some(h), None) => Some(h),
                _ => None,
            }
        };
        let by_date = || date.filter(|_| !former).and_then(on_date);
        let (holder, mismatch) = match next_person {
            // A person whose terms the gazetteer does not know is taken at the text's word.
            Some(p) if g.official_at(p).offices.is_empty() => (Some(p), false),
            Some(p)
                if g.held(
                    p,
                    office.role,
                    office.country,
                    if former { None } else { date },
                ) =>
            {
                (Some(p), false)
            }
            Some(_) => (by_date(), true),
            None => (by_date(), false),
        };
        out[i].found = Found::Role(RoleFound {
            office,
            holder,
            mismatch,
        });
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
                        hit.role.as_str(),
                        hit.country.map_or("", |c| g.country_at(c).id.as_str()),
                    )),
                    Source::Pattern(_) | Source::Shadow(_) => None,
                })
                .collect();
            assert_eq!(got, *want, "in {text:?}");
        }
    }
}
