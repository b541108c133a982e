//! Gazetteers: typed records of countries, officials and armed groups with their aliases.
//!
//! A [`Gazetteer`] is built from TSV files (schema in `gazetteers/README.md`) and validated as a
//! whole: ids are unique per kind; every reference (an office's official and country, a group's
//! countries, parent and predecessors, an alias's record) exists; every alias normalizes to
//! something; and no normalized alias or generated variant names two records unless both are
//! marked ambiguous. A gazetteer that exists has passed all of these checks.

mod parse;
mod records;

use std::collections::HashMap;

pub use records::{
    Alias, AliasFlags, ArmedGroup, Country, CountryStatus, Date, DateError, EntityKind, Form,
    GroupCategory, Office, Official, Predecessor, Role, RoleTitle, TitleFollows,
};

pub(crate) use parse::RawGazetteer;

use crate::error::{Error, Result};
use crate::variants::{normalize_alias, variants, Variant};
use parse::Location;

/// The embedded default data files: (file name, contents).
pub(crate) const EMBEDDED: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../gazetteers/countries.tsv"),
    ),
    (
        "country_aliases.tsv",
        include_str!("../../gazetteers/country_aliases.tsv"),
    ),
    (
        "officials.tsv",
        include_str!("../../gazetteers/officials.tsv"),
    ),
    ("offices.tsv", include_str!("../../gazetteers/offices.tsv")),
    (
        "official_aliases.tsv",
        include_str!("../../gazetteers/official_aliases.tsv"),
    ),
    (
        "armed_groups.tsv",
        include_str!("../../gazetteers/armed_groups.tsv"),
    ),
    (
        "armed_group_aliases.tsv",
        include_str!("../../gazetteers/armed_group_aliases.tsv"),
    ),
    (
        "role_titles.tsv",
        include_str!("../../gazetteers/role_titles.tsv"),
    ),
    (
        "person_cues.tsv",
        include_str!("../../gazetteers/person_cues.tsv"),
    ),
    (
        "group_nouns.tsv",
        include_str!("../../gazetteers/group_nouns.tsv"),
    ),
    (
        "given_names.tsv",
        include_str!("../../gazetteers/given_names.tsv"),
    ),
];

/// Validated gazetteer data: the records and every alias that names them.
///
/// ```
/// let g = alam::Extractor::default_ref().gazetteer();
/// let iran = g.country("IR").unwrap();
/// assert_eq!(iran.name_en, "Iran");
/// assert!(g.countries().len() >= 195);
/// ```
#[derive(Debug, Clone)]
pub struct Gazetteer {
    countries: Vec<Country>,
    officials: Vec<Official>,
    groups: Vec<ArmedGroup>,
    aliases: Vec<Alias>,
    /// The generated variants of each alias (see [`crate::variants`]), made once at build.
    alias_variants: Vec<Vec<Variant>>,
    /// Country indices of each official's offices and of each group.
    official_countries: Vec<Vec<usize>>,
    group_countries: Vec<Vec<usize>>,
    roles: Vec<RoleTitle>,
    /// Role titles (وزير الدفاع) and ranks (الجنرال) that may stand before a person's name.
    titles: Vec<String>,
    /// Verbs that, before a common-word surname, say a person is meant.
    person_cues: Vec<String>,
    /// Normalized given names (`given_names.tsv`), for the rule that a country form which is
    /// a given name, after a title or before a family name, names a person.
    given_names: std::collections::HashSet<String>,
    /// (head noun, referring noun), normalized: حركه → الحركه.
    group_nouns: Vec<(String, String)>,
    /// (role, country index) → officials who held that office, for resolving role mentions.
    holders: HashMap<(Role, Option<usize>), Vec<usize>>,
    country_index: HashMap<String, usize>,
    official_index: HashMap<String, usize>,
    group_index: HashMap<String, usize>,
}

impl Gazetteer {
    /// All countries and territories.
    pub fn countries(&self) -> &[Country] {
        &self.countries
    }

    /// All officials, each with their offices.
    pub fn officials(&self) -> &[Official] {
        &self.officials
    }

    /// All armed groups.
    pub fn armed_groups(&self) -> &[ArmedGroup] {
        &self.groups
    }

    /// All aliases, explicit and implicit (canonical names and capitals).
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// Titles (from `role_titles.tsv`) and ranks that may stand before a person's name.
    pub fn titles(&self) -> &[String] {
        &self.titles
    }

    /// Verbs that, right before a surname that is also a common word, say a person is meant.
    pub fn person_cues(&self) -> &[String] {
        &self.person_cues
    }

    /// Whether `normalized` (a normalized word or phrase) is a given name of
    /// `given_names.tsv` (تركي، كلاوس).
    ///
    /// ```
    /// use alam::normalize::normalize;
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert!(g.is_given_name(normalize("تركي").as_str()));
    /// assert!(!g.is_given_name(normalize("سوري").as_str()));
    /// ```
    pub fn is_given_name(&self, normalized: &str) -> bool {
        self.given_names.contains(normalized)
    }

    /// Head nouns of group names and the nouns that refer back to a group later (normalized
    /// pairs: حركه → الحركه).
    pub fn group_nouns(&self) -> &[(String, String)] {
        &self.group_nouns
    }

    /// The role titles (rows of `role_titles.tsv`).
    pub fn role_titles(&self) -> &[RoleTitle] {
        &self.roles
    }

    /// The officials who held `role` in `country` (a country index; `None` for international
    /// offices) on `date`.
    pub(crate) fn holders_on(
        &self,
        role: Role,
        country: Option<usize>,
        date: Date,
    ) -> impl Iterator<Item = usize> + '_ {
        let country_id = country.map(|i| self.countries[i].id.as_str());
        self.holders
            .get(&(role, country))
            .into_iter()
            .flatten()
            .copied()
            .filter(move |&o| {
                self.officials[o].offices.iter().any(|t| {
                    t.role == role && t.country.as_deref() == country_id && t.holds_on(date)
                })
            })
    }

    /// Whether official `o` held `role` in `country`, on `date` (or up to a month before it) if
    /// given, else at any time.
    pub(crate) fn held(
        &self,
        o: usize,
        role: Role,
        country: Option<usize>,
        date: Option<Date>,
    ) -> bool {
        let country_id = country.map(|i| self.countries[i].id.as_str());
        self.officials[o].offices.iter().any(|t| {
            t.role == role
                && t.country.as_deref() == country_id
                && date.map_or(true, |d| {
                    // News about a departure (a resignation, a death) still names the person by
                    // the office: a term that ended up to a month before the date counts.
                    t.start <= d
                        && t.end
                            .map_or(true, |e| d.days() - e.days() <= HELD_GRACE_DAYS)
                })
        })
    }

    /// The country with this id.
    pub fn country(&self, id: &str) -> Option<&Country> {
        self.country_index.get(id).map(|&i| &self.countries[i])
    }

    /// The official with this id.
    pub fn official(&self, id: &str) -> Option<&Official> {
        self.official_index.get(id).map(|&i| &self.officials[i])
    }

    /// The armed group with this id.
    pub fn armed_group(&self, id: &str) -> Option<&ArmedGroup> {
        self.group_index.get(id).map(|&i| &self.groups[i])
    }

    /// The normalized patterns alias `i` (an index into [`aliases`](Self::aliases)) is compiled
    /// into: its generated variants (inflections, the other article form, the joined عبد
    /// spelling), each with whether it is the ل-merged form, matched only right after the
    /// preposition ل (للعراق). Empty for an index out of range. For auditing the patterns
    /// against real text (`tools/collisions.py`).
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// let i = g.aliases().iter().position(|a| a.text == "ألماني").unwrap();
    /// let patterns: Vec<(&str, bool)> = g.alias_patterns(i).collect();
    /// assert!(patterns.contains(&("الالمانيه", false)));
    /// assert!(patterns.contains(&("لالمانيه", true)));
    /// assert!(!patterns.iter().any(|(p, _)| *p == "ماني"));
    /// ```
    pub fn alias_patterns(&self, i: usize) -> impl Iterator<Item = (&str, bool)> + '_ {
        self.alias_variants
            .get(i)
            .into_iter()
            .flatten()
            .map(|v| (v.text.as_str(), v.merged))
    }

    /// The generated variants of alias `i`.
    pub(crate) fn alias_variants(&self, i: usize) -> &[Variant] {
        &self.alias_variants[i]
    }

    /// Country indices a record belongs to: the country itself, an official's office
    /// countries, a group's countries.
    pub(crate) fn record_countries<'a>(
        &'a self,
        kind: EntityKind,
        record: &'a usize,
    ) -> &'a [usize] {
        match kind {
            EntityKind::Country => std::slice::from_ref(record),
            EntityKind::Official => &self.official_countries[*record],
            EntityKind::ArmedGroup => &self.group_countries[*record],
        }
    }

    /// Builds and validates a gazetteer from parsed rows.
    pub(crate) fn from_raw(raw: RawGazetteer) -> Result<Gazetteer> {
        let country_index = index_ids(raw.countries.iter().map(|(l, c)| (l, c.id.as_str())))?;
        let official_index = index_ids(raw.officials.iter().map(|(l, o)| (l, o.id.as_str())))?;
        let group_index = index_ids(raw.groups.iter().map(|(l, g)| (l, g.id.as_str())))?;
        let known_country = |loc: &Location, id: &str| -> Result<()> {
            if country_index.contains_key(id) {
                Ok(())
            } else {
                Err(loc.error(format!("unknown country {id:?}")))
            }
        };

        let mut country_locs = Vec::with_capacity(raw.countries.len());
        let mut countries = Vec::with_capacity(raw.countries.len());
        for (loc, c) in raw.countries {
            country_locs.push(loc);
            countries.push(c);
        }
        let mut official_locs = Vec::with_capacity(raw.officials.len());
        let mut officials = Vec::with_capacity(raw.officials.len());
        for (loc, o) in raw.officials {
            official_locs.push(loc);
            officials.push(o);
        }
        for (loc, official, office) in raw.offices {
            let &i = official_index
                .get(&official)
                .ok_or_else(|| loc.error(format!("unknown official {official:?}")))?;
            if let Some(c) = &office.country {
                known_country(&loc, c)?;
            }
            officials[i].offices.push(office);
        }
        for o in &mut officials {
            o.offices.sort_by_key(|t| (t.start, t.end));
        }

        let mut group_locs = Vec::with_capacity(raw.groups.len());
        let mut groups = Vec::with_capacity(raw.groups.len());
        for (loc, g) in raw.groups {
            for c in &g.countries {
                known_country(&loc, c)?;
            }
            let refs = g.parent.iter().chain(g.predecessors.iter().map(|p| &p.id));
            for id in refs {
                if !group_index.contains_key(id) {
                    return Err(loc.error(format!("unknown armed group {id:?}")));
                }
                if *id == g.id {
                    return Err(loc.error("a group cannot be its own parent or predecessor"));
                }
            }
            group_locs.push(loc);
            groups.push(g);
        }

        // Explicit aliases, then implicit ones that no explicit row overrides; the implicit ones
        // go first in the table, so that a conflict is reported at the explicit row.
        let mut aliases = Vec::with_capacity(raw.aliases.len());
        let mut alias_locs = Vec::with_capacity(aliases.capacity());
        let mut explicit: HashMap<(EntityKind, usize, String), ()> = HashMap::new();
        for (loc, a) in raw.aliases {
            let index = match a.kind {
                EntityKind::Country => &country_index,
                EntityKind::Official => &official_index,
                EntityKind::ArmedGroup => &group_index,
            };
            let &record = index
                .get(&a.id)
                .ok_or_else(|| loc.error(format!("unknown {} id {:?}", a.kind, a.id)))?;
            let normalized = normalize_alias(&a.text);
            if normalized.is_empty() {
                return Err(loc.error(format!(
                    "alias {:?} normalizes to nothing (only marks or invisible characters)",
                    a.text
                )));
            }
            explicit.insert((a.kind, record, normalized), ());
            aliases.push(Alias {
                kind: a.kind,
                record,
                text: a.text,
                form: a.form,
                flags: a.flags,
                cues: a.cues,
                source: a.source,
            });
            alias_locs.push(loc);
        }
        let mut implicit_aliases = Vec::new();
        let mut implicit_locs = Vec::new();
        let mut implicit =
            |kind: EntityKind, record: usize, text: &str, form: Form, loc: &Location| {
                let normalized = normalize_alias(text);
                if normalized.is_empty()
                    || explicit.contains_key(&(kind, record, normalized.clone()))
                {
                    return;
                }
                explicit.insert((kind, record, normalized), ());
                implicit_aliases.push(Alias {
                    kind,
                    record,
                    text: text.to_owned(),
                    form,
                    flags: AliasFlags::default(),
                    cues: Vec::new(),
                    source: Vec::new(),
                });
                implicit_locs.push(loc.clone());
            };
        for (i, c) in countries.iter().enumerate() {
            implicit(
                EntityKind::Country,
                i,
                &c.name_ar,
                Form::Name,
                &country_locs[i],
            );
            if let Some(capital) = &c.capital_ar {
                implicit(
                    EntityKind::Country,
                    i,
                    capital,
                    Form::Capital,
                    &country_locs[i],
                );
            }
        }
        for (i, o) in officials.iter().enumerate() {
            implicit(
                EntityKind::Official,
                i,
                &o.name_ar,
                Form::FullName,
                &official_locs[i],
            );
        }
        for (i, g) in groups.iter().enumerate() {
            implicit(
                EntityKind::ArmedGroup,
                i,
                &g.name_ar,
                Form::Name,
                &group_locs[i],
            );
        }

        implicit_aliases.append(&mut aliases);
        let aliases = implicit_aliases;
        implicit_locs.append(&mut alias_locs);
        let alias_locs = implicit_locs;
        let alias_variants = check_alias_conflicts(&aliases, &alias_locs, |a| match a.kind {
            EntityKind::Country => countries[a.record].id.clone(),
            EntityKind::Official => officials[a.record].id.clone(),
            EntityKind::ArmedGroup => groups[a.record].id.clone(),
        })?;

        let mut titles: Vec<String> = raw
            .role_titles
            .iter()
            .map(|(_, t)| t.title.clone())
            .collect();
        titles.extend(RANKS.iter().map(|r| (*r).to_owned()));
        titles.sort();
        titles.dedup();
        let mut roles = Vec::with_capacity(raw.role_titles.len());
        for (loc, t) in raw.role_titles {
            let country_index = match &t.country {
                Some(id) => Some(known_index(&country_index, &loc, id)?),
                None => None,
            };
            if normalize_alias(&t.title).is_empty() {
                return Err(loc.error("title normalizes to nothing"));
            }
            roles.push(RoleTitle {
                role: t.role,
                title: t.title,
                feminine: t.feminine,
                follows: t.follows,
                country: t.country,
                country_index,
            });
        }
        let mut holders: HashMap<(Role, Option<usize>), Vec<usize>> = HashMap::new();
        for (i, o) in officials.iter().enumerate() {
            for t in &o.offices {
                let country = t
                    .country
                    .as_deref()
                    .and_then(|c| country_index.get(c).copied());
                let list = holders.entry((t.role, country)).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }

        // Country indices of each official (its offices) and group, for document evidence.
        let country_indices = |ids: &mut dyn Iterator<Item = &String>| -> Vec<usize> {
            ids.filter_map(|c| country_index.get(c).copied()).collect()
        };
        let official_countries = officials
            .iter()
            .map(|o| country_indices(&mut o.offices.iter().filter_map(|t| t.country.as_ref())))
            .collect();
        let group_countries = groups
            .iter()
            .map(|g| country_indices(&mut g.countries.iter()))
            .collect();

        Ok(Gazetteer {
            countries,
            officials,
            groups,
            aliases,
            alias_variants,
            official_countries,
            group_countries,
            roles,
            titles,
            person_cues: raw.person_cues,
            given_names: raw.given_names.iter().map(|n| normalize_alias(n)).collect(),
            group_nouns: raw
                .group_nouns
                .iter()
                .map(|(n, r)| (normalize_alias(n), normalize_alias(r)))
                .collect(),
            holders,
            country_index,
            official_index,
            group_index,
        })
    }
}

fn index_ids<'a>(
    rows: impl Iterator<Item = (&'a Location, &'a str)>,
) -> Result<HashMap<String, usize>> {
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut first_seen: HashMap<String, Location> = HashMap::new();
    for (i, (loc, id)) in rows.enumerate() {
        if let Some(first) = first_seen.get(id) {
            return Err(loc.error(format!(
                "duplicate id {id:?} (first defined at {}:{})",
                first.file, first.line
            )));
        }
        first_seen.insert(id.to_owned(), loc.clone());
        index.insert(id.to_owned(), i);
    }
    Ok(index)
}

/// No normalized variant may name two records unless both aliases are ambiguous or one is a
/// surname.
/// Returns every alias's variants, which the automaton compiles (generated once, here).
fn check_alias_conflicts(
    aliases: &[Alias],
    locs: &[Location],
    id_of: impl Fn(&Alias) -> String,
) -> Result<Vec<Vec<Variant>>> {
    // variant text → (alias index) of the first alias that produced it for each record
    let mut seen: HashMap<String, Vec<usize>> = HashMap::new();
    let mut all = Vec::with_capacity(aliases.len());
    for (i, a) in aliases.iter().enumerate() {
        let vs = variants(a);
        for v in &vs {
            let owners = seen.entry(v.text.clone()).or_default();
            for &j in owners.iter() {
                let b = &aliases[j];
                let same_record = b.kind == a.kind && b.record == a.record;
                // A surname is only ever reported after its person was named in full, so it
                // may share its text with another record's alias.
                let surname = a.form == Form::Surname || b.form == Form::Surname;
                let both_ambiguous = a.flags.ambiguous && b.flags.ambiguous;
                if !(same_record || surname || both_ambiguous) {
                    let other = &locs[j];
                    return Err(locs[i].error(format!(
                        "alias {:?} (variant {:?}) of {} also names {} ({}:{}); mark both rows ambiguous or remove one",
                        a.text,
                        v.text,
                        id_of(a),
                        id_of(b),
                        other.file,
                        other.line
                    )));
                }
            }
            if !owners
                .iter()
                .any(|&j| aliases[j].kind == a.kind && aliases[j].record == a.record)
            {
                owners.push(i);
            }
        }
        all.push(vs);
    }
    Ok(all)
}

/// How many days after a term's end a text may still call the person by the office.
const HELD_GRACE_DAYS: i64 = 31;

/// Ranks and honorifics that stand before a person's name, besides the office titles of
/// `role_titles.tsv`.
const RANKS: &[&str] = &[
    "الرئيس",
    "الجنرال",
    "اللواء",
    "الفريق",
    "الفريق أول",
    "العميد",
    "العقيد",
    "المشير",
    "الأمير",
    "الأميرة",
    "الشيخ",
    "الشيخة",
    "السيد",
    "السيدة",
    "الدكتور",
    "الدكتورة",
    "الملك",
    "السلطان",
    "الوزير",
    "الوزيرة",
    "المستشار",
    "المستشارة",
    "الزعيم",
    "القائد",
    "الجنرال المتقاعد",
];

fn known_index(index: &HashMap<String, usize>, loc: &Location, id: &str) -> Result<usize> {
    index
        .get(id)
        .copied()
        .ok_or_else(|| loc.error(format!("unknown country {id:?}")))
}

/// Parses and validates the given files into a gazetteer.
pub(crate) fn build(files: &[(String, String)]) -> Result<Gazetteer> {
    let mut raw = RawGazetteer::default();
    for (name, text) in files {
        raw.add(name, text)?;
    }
    Gazetteer::from_raw(raw)
}

/// Reads a gazetteer file as UTF-8, naming the file (and line) on failure.
pub(crate) fn read_file(path: &std::path::Path) -> Result<String> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        file: file.clone(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let line = 1 + e.as_bytes()[..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        Error::Utf8 { file, line, offset }
    })
}
