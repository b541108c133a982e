//! Validation: parsed rows → a [`Gazetteer`], checked as a whole, in steps: **index** (ids
//! unique per kind), **references** (offices, group countries, parents and predecessors, alias
//! records exist), **implicit aliases** (canonical names and capitals, unless an explicit row
//! overrides them), **conflicts** (no normalized variant names two records unless allowed), and
//! **continuity** (terms of office in order, the holders of each office indexed).
//!
//! Invariant: every error names the file and line of the row at fault (for a conflict, the
//! later row, naming the earlier one); the alias table lists implicit aliases first, then the
//! explicit rows in file order, so alias ids are stable for the same input.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::ids::EntityKind;
use super::ids::{AliasId, CountryId, GroupId, OfficialId, OrganizationId, RecordId};
use super::lexicon::Lexicon;
use super::parse::{Location, RawAlias, RawGazetteer, RawRoleTitle};
use super::records::{is_country_id, Alias, AliasFlags, ArmedGroup, Form, Official};
use super::records::{Office, OfficeKey, Organization, Role, RoleTitle};
use super::variants::{normalize_alias, variants, Variant};
use super::{FastMap, FastSet, Gazetteer};
use crate::error::{Error, Result};

/// A normalized context cue of an ambiguous alias: the words required right before and/or
/// right after the mention (with the space that separates them from it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cue {
    pub before: String,
    pub after: String,
    /// A veto (`!` in the data): when it matches, the alias does not name the entity here.
    pub negative: bool,
}

/// A head noun of group names and the noun that refers back to such a group, normalized:
/// حركه → الحركه.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GroupNoun {
    pub head: String,
    pub reference: String,
}

/// The rows of each kind of record, for naming them in errors.
struct RecordLocations {
    countries: Vec<Location>,
    officials: Vec<Location>,
    groups: Vec<Location>,
    organizations: Vec<Location>,
}

impl Gazetteer {
    /// Builds and validates a gazetteer from parsed rows.
    pub(crate) fn from_raw(raw: RawGazetteer, lexicon: Lexicon) -> Result<Gazetteer> {
        check_sizes(&raw)?;
        let mut g = Gazetteer::empty(lexicon);
        // Index.
        g.country_index = index_ids(raw.countries.iter().map(|(l, c)| (l, &*c.id)), |i| {
            CountryId::new(i)
        })?;
        g.official_index = index_ids(raw.officials.iter().map(|(l, o)| (l, &*o.id)), |i| {
            OfficialId::new(i)
        })?;
        g.group_index = index_ids(raw.groups.iter().map(|(l, r)| (l, &*r.id)), |i| {
            GroupId::new(i)
        })?;
        g.organization_index = index_ids(
            raw.organizations.iter().map(|(l, r)| (l, &*r.id)),
            OrganizationId::new,
        )?;
        // References.
        let mut locs = RecordLocations {
            countries: Vec::new(),
            officials: Vec::new(),
            groups: Vec::new(),
            organizations: Vec::new(),
        };
        (g.countries, locs.countries) = raw.countries.into_iter().map(|(l, c)| (c, l)).unzip();
        locs.groups = g.add_groups(raw.groups)?;
        locs.organizations = g.add_organizations(raw.organizations)?;
        locs.officials = g.add_officials(raw.officials, raw.offices)?;
        // Implicit aliases, then conflicts.
        let (aliases, alias_locs) = g.all_aliases(raw.aliases, &locs)?;
        g.alias_variants = g.check_alias_conflicts(&aliases, &alias_locs)?;
        g.cues = aliases.iter().map(|a| normalized_cues(&a.cues)).collect();
        g.aliases = aliases;
        g.add_role_titles(raw.role_titles)?;
        g.person_cues = raw
            .person_cues
            .iter()
            .map(|(c, unnamed)| (normalize_alias(c), *unnamed))
            .collect();
        g.given_names = raw
            .given_names
            .iter()
            .map(|n| (normalize_alias(n), n.ends_with('ي')))
            .collect();
        g.group_nouns = raw
            .group_nouns
            .iter()
            .map(|(n, r)| GroupNoun {
                head: normalize_alias(n),
                reference: normalize_alias(r),
            })
            .collect();
        g.shadows = super::shadows::validate(raw.shadows, &g.country_index, &g.alias_variants)?;
        // Continuity.
        g.index_offices();
        Ok(g)
    }

    /// A gazetteer with no rows.
    fn empty(lexicon: Lexicon) -> Gazetteer {
        Gazetteer {
            countries: Vec::new(),
            officials: Vec::new(),
            groups: Vec::new(),
            organizations: Vec::new(),
            aliases: Vec::new(),
            alias_variants: Vec::new(),
            cues: Vec::new(),
            official_countries: Vec::new(),
            group_countries: Vec::new(),
            roles: Vec::new(),
            titles: FastSet::default(),
            portfolio_titles: FastMap::default(),
            person_cues: FastMap::default(),
            given_names: FastMap::default(),
            group_nouns: Vec::new(),
            shadows: Vec::new(),
            holders: FastMap::default(),
            lexicon,
            country_index: HashMap::new(),
            official_index: HashMap::new(),
            group_index: HashMap::new(),
            organization_index: HashMap::new(),
        }
    }

    fn known_country(&self, loc: &Location, id: &str) -> Result<CountryId> {
        self.country_index
            .get(id)
            .copied()
            .ok_or_else(|| loc.error(self.unknown_country(id)))
    }

    /// The error for a country id not in the countries: what ids look like, and the
    /// upper-cased id when that one exists.
    fn unknown_country(&self, id: &str) -> String {
        let upper = id.to_ascii_uppercase();
        let hint = if upper != id && self.country_index.contains_key(&upper) {
            format!("; did you mean {upper:?}?")
        } else {
            String::new()
        };
        format!(
            "unknown country {id:?}: a country id is an upper-case ISO 3166-1 alpha-2 code (IR) \
             or X- and an upper-case slug (X-SOMALILAND), one of the ids of the countries \
             file{hint}"
        )
    }

    /// The officials, each with its terms of office (whose official, org and `about` country
    /// must exist).
    fn add_officials(
        &mut self,
        officials: Vec<(Location, Official)>,
        offices: Vec<(Location, String, Office)>,
    ) -> Result<Vec<Location>> {
        let locs;
        (locs, self.officials) = officials.into_iter().unzip();
        for (loc, official, mut office) in offices {
            let &i = self
                .official_index
                .get(&official)
                .ok_or_else(|| loc.error(format!("unknown official {official:?}")))?;
            let org = match &office.org {
                Some(id) => Some(self.office_org(&loc, office.role, id)?),
                None => None,
            };
            let about = match &office.about {
                Some(c) => Some(self.known_country(&loc, c)?),
                None => None,
            };
            office.key = OfficeKey {
                role: office.role,
                org,
                about,
            };
            self.officials[i.index()].offices.push(office);
        }
        Ok(locs)
    }

    /// The record an office belongs to: a country (upper-case id), else an organization or an
    /// armed group / party. Group and party leaders belong to a group, envoys to an
    /// organization.
    fn office_org(&self, loc: &Location, role: Role, id: &str) -> Result<RecordId> {
        let record = if is_country_id(id) {
            RecordId::Country(self.known_country(loc, id)?)
        } else if let Some(&o) = self.organization_index.get(id) {
            RecordId::Organization(o)
        } else if let Some(&g) = self.group_index.get(id) {
            RecordId::ArmedGroup(g)
        } else if self.country_index.contains_key(&id.to_ascii_uppercase()) {
            return Err(loc.error(self.unknown_country(id)));
        } else {
            return Err(loc.error(format!(
                "unknown org {id:?}: neither a country (upper-case ISO 3166-1 alpha-2 or X- id), \
                 an organization nor an armed group or party id"
            )));
        };
        let wanted = match role {
            Role::GroupLeader | Role::PartyLeader => Some(EntityKind::ArmedGroup),
            Role::Envoy => Some(EntityKind::Organization),
            _ => None,
        };
        match wanted {
            Some(kind) if record.kind() != kind => Err(loc.error(format!(
                "the org of a {role} must be an {kind} id, not {id:?}"
            ))),
            _ => Ok(record),
        }
    }

    /// The organizations, whose parent must exist; an organization id may not also be a
    /// group's (an office's org names one record).
    fn add_organizations(
        &mut self,
        organizations: Vec<(Location, Organization)>,
    ) -> Result<Vec<Location>> {
        let mut locs = Vec::with_capacity(organizations.len());
        for (loc, o) in organizations {
            if self.group_index.contains_key(&o.id) {
                return Err(loc.error(format!(
                    "organization id {:?} is also an armed group's id",
                    o.id
                )));
            }
            if let Some(parent) = &o.parent {
                if !self.organization_index.contains_key(parent) || *parent == o.id {
                    return Err(loc.error(format!("unknown parent organization {parent:?}")));
                }
            }
            locs.push(loc);
            self.organizations.push(o);
        }
        Ok(locs)
    }

    /// The groups, whose countries, parent and predecessors must exist.
    fn add_groups(&mut self, groups: Vec<(Location, ArmedGroup)>) -> Result<Vec<Location>> {
        let mut locs = Vec::with_capacity(groups.len());
        for (loc, group) in groups {
            for c in &group.countries {
                self.known_country(&loc, c)?;
            }
            let refs = group
                .parent
                .iter()
                .chain(group.predecessors.iter().map(|p| &p.id));
            for id in refs {
                if !self.group_index.contains_key(id) {
                    return Err(loc.error(format!("unknown armed group {id:?}")));
                }
                if *id == group.id {
                    return Err(loc.error("a group cannot be its own parent or predecessor"));
                }
            }
            locs.push(loc);
            self.groups.push(group);
        }
        Ok(locs)
    }

    /// The record an alias row names.
    fn record_of(&self, loc: &Location, a: &RawAlias) -> Result<RecordId> {
        let record = match a.kind {
            EntityKind::Country => self.country_index.get(&a.id).map(|&i| RecordId::Country(i)),
            EntityKind::Official => self
                .official_index
                .get(&a.id)
                .map(|&i| RecordId::Official(i)),
            EntityKind::ArmedGroup => self
                .group_index
                .get(&a.id)
                .map(|&i| RecordId::ArmedGroup(i)),
            EntityKind::Organization => self
                .organization_index
                .get(&a.id)
                .map(|&i| RecordId::Organization(i)),
        };
        record.ok_or_else(|| match a.kind {
            EntityKind::Country => loc.error(self.unknown_country(&a.id)),
            kind => loc.error(format!("unknown {kind} id {:?}", a.id)),
        })
    }

    /// The explicit aliases, and the implicit ones (canonical names, capitals) that no explicit
    /// row overrides. The implicit ones go first in the table, so that a conflict is reported
    /// at the explicit row.
    fn all_aliases(
        &self,
        raw: Vec<(Location, RawAlias)>,
        records: &RecordLocations,
    ) -> Result<(Vec<Alias>, Vec<Location>)> {
        let mut explicit = Vec::with_capacity(raw.len());
        let mut explicit_locs = Vec::with_capacity(raw.len());
        let mut seen: FastSet<(RecordId, String)> = FastSet::default();
        for (loc, a) in raw {
            let record = self.record_of(&loc, &a)?;
            let normalized = normalize_alias(&a.text);
            if normalized.is_empty() {
                return Err(loc.error(format!(
                    "alias {:?} normalizes to nothing (only marks or invisible characters)",
                    a.text
                )));
            }
            seen.insert((record, normalized));
            explicit.push(Alias {
                record,
                text: a.text,
                form: a.form,
                flags: a.flags,
                cues: a.cues,
                source: a.source,
            });
            explicit_locs.push(loc);
        }
        let mut aliases = Vec::new();
        let mut locs = Vec::new();
        let mut implicit = |record: RecordId, text: &str, form: Form, loc: &Location| {
            let normalized = normalize_alias(text);
            if normalized.is_empty() || !seen.insert((record, normalized)) {
                return;
            }
            aliases.push(Alias {
                record,
                text: text.to_owned(),
                form,
                flags: AliasFlags::default(),
                cues: Vec::new(),
                source: Vec::new(),
            });
            locs.push(loc.clone());
        };
        for (record, text, form, loc) in self.implicit_names(records) {
            implicit(record, text, form, loc);
        }
        aliases.append(&mut explicit);
        locs.append(&mut explicit_locs);
        Ok((aliases, locs))
    }

    /// Every record's canonical name (and a country's capital): the implicit aliases, in table
    /// order, with the row that defines each.
    fn implicit_names<'a>(
        &'a self,
        records: &'a RecordLocations,
    ) -> Vec<(RecordId, &'a str, Form, &'a Location)> {
        let mut out = Vec::new();
        for (i, (c, loc)) in self.countries.iter().zip(&records.countries).enumerate() {
            let record = RecordId::Country(CountryId::new(i));
            out.push((record, c.name_ar.as_str(), Form::Name, loc));
            if let Some(capital) = &c.capital_ar {
                out.push((record, capital.as_str(), Form::Capital, loc));
            }
        }
        for (i, (o, loc)) in self.officials.iter().zip(&records.officials).enumerate() {
            let record = RecordId::Official(OfficialId::new(i));
            out.push((record, o.name_ar.as_str(), Form::FullName, loc));
        }
        for (i, (r, loc)) in self.groups.iter().zip(&records.groups).enumerate() {
            let record = RecordId::ArmedGroup(GroupId::new(i));
            out.push((record, r.name_ar.as_str(), Form::Name, loc));
        }
        let organizations = self.organizations.iter().zip(&records.organizations);
        for (i, (r, loc)) in organizations.enumerate() {
            let record = RecordId::Organization(OrganizationId::new(i));
            out.push((record, r.name_ar.as_str(), Form::Name, loc));
        }
        out
    }

    /// No normalized variant may name two records unless both aliases are ambiguous or one is
    /// a surname, and no record has the same alias in the same form twice (rows that could
    /// disagree on flags). Returns every alias's variants, which the automaton compiles
    /// (generated once, here).
    fn check_alias_conflicts(
        &self,
        aliases: &[Alias],
        locs: &[Location],
    ) -> Result<Vec<Vec<Variant>>> {
        let all: Vec<Vec<Variant>> = aliases.iter().map(variants).collect();
        // variant text → the first alias that produced it, for each record (the first one
        // inline: most texts have one)
        let mut seen: FastMap<&str, (AliasId, Vec<AliasId>)> = FastMap::default();
        seen.reserve(all.iter().map(Vec::len).sum());
        for (i, (a, vs)) in aliases.iter().zip(&all).enumerate() {
            for v in vs {
                let (first, more) = match seen.entry(v.text.as_str()) {
                    Entry::Vacant(e) => {
                        e.insert((AliasId::new(i), Vec::new()));
                        continue;
                    }
                    Entry::Occupied(e) => e.into_mut(),
                };
                for &j in std::iter::once(&*first).chain(more.iter()) {
                    self.check_shared_variant(aliases, locs, (i, j.index()), &v.text)?;
                }
                if !std::iter::once(&*first)
                    .chain(more.iter())
                    .any(|&j| aliases[j.index()].record == a.record)
                {
                    more.push(AliasId::new(i));
                }
            }
        }
        Ok(all)
    }

    /// Whether aliases `i` and `j`, which share the variant `text`, may: the same record, a
    /// surname, or both marked ambiguous.
    fn check_shared_variant(
        &self,
        aliases: &[Alias],
        locs: &[Location],
        (i, j): (usize, usize),
        text: &str,
    ) -> Result<()> {
        let (a, b) = (&aliases[i], &aliases[j]);
        let other = &locs[j];
        if i != j && a.record == b.record && a.text == b.text && a.form == b.form {
            return Err(locs[i].error(format!(
                "duplicate alias {:?} ({}) of {} (first at {}:{}); keep one row",
                a.text,
                a.form.as_str(),
                self.record(a.record).id(),
                other.file,
                other.line
            )));
        }
        // A surname is only ever reported after its person was named in full, so it may share
        // its text with another record's alias.
        let surname = a.form == Form::Surname || b.form == Form::Surname;
        let both_ambiguous = a.flags.ambiguous && b.flags.ambiguous;
        if a.record == b.record || surname || both_ambiguous {
            return Ok(());
        }
        Err(locs[i].error(format!(
            "alias {:?} (variant {:?}) of {} also names {} ({}:{}); mark both rows ambiguous or remove one",
            a.text,
            text,
            self.record(a.record).id(),
            self.record(b.record).id(),
            other.file,
            other.line
        )))
    }

    /// The role titles (whose country or organization must exist), and the set of titles and
    /// ranks that stand before a person's name.
    fn add_role_titles(&mut self, titles: Vec<(Location, RawRoleTitle)>) -> Result<()> {
        self.titles = titles
            .iter()
            .map(|(_, t)| normalize_alias(&t.title))
            .chain(self.lexicon.ranks.iter().cloned())
            .collect();
        for (_, t) in &titles {
            if t.role.is_portfolio() {
                let roles = self.portfolio_titles.entry(normalize_alias(&t.title));
                let roles = roles.or_default();
                if !roles.contains(&t.role) {
                    roles.push(t.role);
                }
            }
        }
        for (loc, t) in titles {
            let org_record = match &t.org {
                Some(id) => Some(self.office_org(&loc, t.role, id)?),
                None => None,
            };
            if normalize_alias(&t.title).is_empty() {
                return Err(loc.error("title normalizes to nothing"));
            }
            if t.role == Role::Minister {
                return Err(loc.error(
                    "a title cannot name the role minister: a state has many at once (give the \
                     portfolio's own role, or none)",
                ));
            }
            self.roles.push(RoleTitle {
                role: t.role,
                title: t.title,
                feminine: t.feminine,
                follows: t.follows,
                org: t.org,
                org_record,
            });
        }
        Ok(())
    }

    /// Terms of office in order of start; the holders of each office; the countries of each
    /// official and group.
    fn index_offices(&mut self) {
        for o in &mut self.officials {
            o.offices.sort_by_key(|t| (t.start, t.end));
        }
        let country = |id: &str| self.country_index.get(id).copied();
        let mut holders: FastMap<OfficeKey, Vec<OfficialId>> = FastMap::default();
        for (i, o) in self.officials.iter().enumerate() {
            let i = OfficialId::new(i);
            for t in &o.offices {
                let list = holders.entry(t.key).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        self.official_countries = self
            .officials
            .iter()
            .map(|o| {
                let mut countries: Vec<CountryId> = o
                    .offices
                    .iter()
                    .filter_map(|t| country(t.country()?))
                    .collect();
                countries.dedup();
                countries
            })
            .collect();
        self.group_countries = self
            .groups
            .iter()
            .map(|g| g.countries.iter().filter_map(|c| country(c)).collect())
            .collect();
        self.holders = holders;
    }
}

/// Refuses tables too large for the typed ids.
fn check_sizes(raw: &RawGazetteer) -> Result<()> {
    let records =
        raw.countries.len() * 2 + raw.officials.len() + raw.groups.len() + raw.organizations.len();
    let largest = [
        raw.aliases.len() + records,
        raw.role_titles.len(),
        raw.group_nouns.len(),
        raw.shadows.len(),
    ];
    if largest.iter().any(|&n| u32::try_from(n).is_err()) {
        return Err(Error::data(
            "<all files>",
            0,
            "more than 2^32 rows of one kind",
        ));
    }
    Ok(())
}

/// Each id's row index; an id defined twice is an error at its second row.
fn index_ids<'a, I>(
    rows: impl Iterator<Item = (&'a Location, &'a str)>,
    make: impl Fn(usize) -> I,
) -> Result<HashMap<String, I>> {
    let mut index: HashMap<String, I> = HashMap::new();
    let mut first_seen: HashMap<&str, &Location> = HashMap::new();
    for (i, (loc, id)) in rows.enumerate() {
        if let Some(first) = first_seen.get(id) {
            return Err(loc.error(format!(
                "duplicate id {id:?} (first defined at {}:{})",
                first.file, first.line
            )));
        }
        first_seen.insert(id, loc);
        index.insert(id.to_owned(), make(i));
    }
    Ok(index)
}

/// The normalized cues of an alias (`_` stands for the alias; a leading `!` makes a veto).
fn normalized_cues(cues: &[String]) -> Vec<Cue> {
    cues.iter()
        .filter_map(|c| {
            let (negative, c) = match c.strip_prefix('!') {
                Some(rest) => (true, rest),
                None => (false, c.as_str()),
            };
            let (before, after) = c.split_once('_')?;
            let (before, after) = (normalize_alias(before), normalize_alias(after));
            Some(Cue {
                before: if before.is_empty() {
                    before
                } else {
                    before + " "
                },
                after: if after.is_empty() {
                    after
                } else {
                    format!(" {after}")
                },
                negative,
            })
        })
        .collect()
}
