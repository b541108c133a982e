//! Parsing gazetteer files: TSV text → typed rows, each remembered with its file and line.
//!
//! Invariants: a file's kind is decided by its exact header row; every row has exactly the
//! header's number of cells; every cell is free of surrounding whitespace; every problem is an
//! [`Error::Data`] naming file and 1-based line. A UTF-8 byte-order mark and CRLF line endings
//! are accepted. Cross-file checks (ids, references) happen later, in [`super::validate`].

use crate::error::{Error, Result};

use super::records::{
    AliasFlags, ArmedGroup, Country, CountryStatus, Date, EntityKind, Form, GroupCategory, Office,
    Official, Predecessor, Role, TitleFollows,
};

/// Where a row came from.
#[derive(Debug, Clone)]
pub(crate) struct Location {
    pub file: String,
    pub line: usize,
}

impl Location {
    pub fn error(&self, problem: impl Into<String>) -> Error {
        Error::data(&self.file, self.line, problem)
    }
}

/// The kinds of gazetteer file, told apart by their header rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    Countries,
    Officials,
    Offices,
    ArmedGroups,
    Aliases(EntityKind),
    RoleTitles,
    PersonCues,
    GivenNames,
    GroupNouns,
}

const HEADERS: &[(FileKind, &str)] = &[
    (
        FileKind::Countries,
        "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource",
    ),
    (FileKind::Officials, "id\tname_ar\tname_en\twikidata\tsource"),
    (
        FileKind::Offices,
        "official\trole\tcountry\tstart\tend\tsource",
    ),
    (
        FileKind::ArmedGroups,
        "id\tname_ar\tname_en\tcategory\tcountries\tparent\tpredecessors\tdesignations\twikidata\tsource",
    ),
    (
        FileKind::RoleTitles,
        "role\ttitle\tagreement\tfollows\tcountry\tsource",
    ),
    (FileKind::PersonCues, "cue\tsource"),
    (FileKind::GivenNames, "given_name\tsource"),
    (FileKind::GroupNouns, "noun\treference\tsource"),
    // The three alias files share one header; the file name says which records they name.
    (
        FileKind::Aliases(EntityKind::Country),
        "id\talias\tform\tflags\tcues\tsource",
    ),
];

/// Rows read from any number of files, not yet cross-checked.
#[derive(Debug, Default, Clone)]
pub(crate) struct RawGazetteer {
    pub countries: Vec<(Location, Country)>,
    pub officials: Vec<(Location, Official)>,
    pub offices: Vec<(Location, String, Office)>,
    pub groups: Vec<(Location, ArmedGroup)>,
    pub aliases: Vec<(Location, RawAlias)>,
    pub role_titles: Vec<(Location, RawRoleTitle)>,
    pub person_cues: Vec<String>,
    pub given_names: Vec<String>,
    pub group_nouns: Vec<(String, String)>,
}

/// A row of `role_titles.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct RawRoleTitle {
    pub role: Role,
    pub title: String,
    pub feminine: bool,
    pub follows: TitleFollows,
    pub country: Option<String>,
}

/// An alias row before its id is resolved to a record.
#[derive(Debug, Clone)]
pub(crate) struct RawAlias {
    pub kind: EntityKind,
    pub id: String,
    pub text: String,
    pub form: Form,
    pub flags: AliasFlags,
    pub cues: Vec<String>,
    pub source: Vec<String>,
}

impl RawGazetteer {
    /// Parses one file's text and adds its rows. `file` names it in errors; for alias files it
    /// also says which records they name (`country_aliases.tsv`, `official_aliases.tsv`,
    /// `armed_group_aliases.tsv`, or any name containing `country`, `official` or `group`).
    pub fn add(&mut self, file: &str, text: &str) -> Result<()> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let mut lines = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
        let Some((header_line, header)) = lines.next() else {
            return Err(Error::data(file, 0, "empty file: expected a header row"));
        };
        let kind = HEADERS
            .iter()
            .find(|(_, h)| *h == header)
            .map(|(k, _)| *k)
            .ok_or_else(|| {
                Error::data(
                    file,
                    header_line,
                    format!(
                        "unknown header row {header:?}; see gazetteers/README.md for the headers"
                    ),
                )
            })?;
        let kind = match kind {
            FileKind::Aliases(_) => FileKind::Aliases(alias_kind_from_name(file, header_line)?),
            k => k,
        };
        let columns = header.split('\t').count();
        for (line, row) in lines {
            let loc = Location {
                file: file.to_owned(),
                line,
            };
            let cells: Vec<&str> = row.split('\t').collect();
            if cells.len() != columns {
                return Err(loc.error(format!(
                    "expected {columns} tab-separated fields, found {}",
                    cells.len()
                )));
            }
            for (i, cell) in cells.iter().enumerate() {
                if cell.trim() != *cell {
                    return Err(loc.error(format!(
                        "field {} ({}) has leading or trailing whitespace",
                        i + 1,
                        header.split('\t').nth(i).unwrap_or("?")
                    )));
                }
            }
            self.add_row(kind, loc, &cells)?;
        }
        Ok(())
    }

    fn add_row(&mut self, kind: FileKind, loc: Location, c: &[&str]) -> Result<()> {
        match kind {
            FileKind::Countries => {
                let country = Country {
                    id: required(&loc, "id", c[0])?,
                    iso3: optional(c[1]),
                    name_ar: required(&loc, "name_ar", c[2])?,
                    name_en: required(&loc, "name_en", c[3])?,
                    capital_ar: optional(c[4]),
                    capital_en: optional(c[5]),
                    status: token(&loc, "status", c[6], CountryStatus::from_token)?,
                    source: list(c[7]),
                };
                check_country_id(&loc, &country.id)?;
                self.countries.push((loc, country));
            }
            FileKind::Officials => {
                let official = Official {
                    id: slug(&loc, c[0])?,
                    name_ar: required(&loc, "name_ar", c[1])?,
                    name_en: required(&loc, "name_en", c[2])?,
                    wikidata: optional(c[3]),
                    offices: Vec::new(),
                    source: list(c[4]),
                };
                self.officials.push((loc, official));
            }
            FileKind::Offices => {
                let official = slug(&loc, c[0])?;
                let role = token(&loc, "role", c[1], Role::from_token)?;
                let start = date(&loc, "start", c[3])?.ok_or_else(|| {
                    loc.error("start date is empty; leave out a term whose start is not known")
                })?;
                let end = date(&loc, "end", c[4])?;
                if let Some(end) = end {
                    if end < start {
                        return Err(
                            loc.error(format!("term ends ({end}) before it starts ({start})"))
                        );
                    }
                }
                let country = optional(c[2]);
                if country.is_none() && role != Role::UnSecretaryGeneral {
                    return Err(loc.error(format!(
                        "country is empty; only {} may have none",
                        Role::UnSecretaryGeneral
                    )));
                }
                let office = Office {
                    role,
                    country,
                    start,
                    end,
                    source: list(c[5]),
                };
                self.offices.push((loc, official, office));
            }
            FileKind::ArmedGroups => {
                let predecessors = list(c[6])
                    .into_iter()
                    .map(|p| match p.split_once('@') {
                        Some((id, d)) => Ok(Predecessor {
                            id: id.to_owned(),
                            date: date(&loc, "predecessors", d)?,
                        }),
                        None => Ok(Predecessor { id: p, date: None }),
                    })
                    .collect::<Result<Vec<_>>>()?;
                let group = ArmedGroup {
                    id: slug(&loc, c[0])?,
                    name_ar: required(&loc, "name_ar", c[1])?,
                    name_en: required(&loc, "name_en", c[2])?,
                    category: token(&loc, "category", c[3], GroupCategory::from_token)?,
                    countries: list(c[4]),
                    parent: optional(c[5]),
                    predecessors,
                    designations: list(c[7]),
                    wikidata: optional(c[8]),
                    source: list(c[9]),
                };
                self.groups.push((loc, group));
            }
            FileKind::PersonCues => self.person_cues.push(required(&loc, "cue", c[0])?),
            FileKind::GivenNames => self.given_names.push(required(&loc, "given_name", c[0])?),
            FileKind::GroupNouns => self.group_nouns.push((
                required(&loc, "noun", c[0])?,
                required(&loc, "reference", c[1])?,
            )),
            FileKind::RoleTitles => {
                let feminine = match c[2] {
                    "m" => false,
                    "f" => true,
                    other => {
                        return Err(loc.error(format!("agreement {other:?} is neither m nor f")))
                    }
                };
                let follows = token(&loc, "follows", c[3], TitleFollows::from_token)?;
                let title = RawRoleTitle {
                    role: token(&loc, "role", c[0], Role::from_token)?,
                    title: required(&loc, "title", c[1])?,
                    feminine,
                    follows,
                    country: optional(c[4]),
                };
                self.role_titles.push((loc, title));
            }
            FileKind::Aliases(kind) => {
                let mut flags = AliasFlags::default();
                for flag in list(c[3]) {
                    match flag.as_str() {
                        "ambiguous" => flags.ambiguous = true,
                        "article" => flags.article = true,
                        "literal" => flags.literal = true,
                        "pejorative" => flags.pejorative = true,
                        "historical" => flags.historical = true,
                        "common" => flags.common = true,
                        other => {
                            return Err(loc.error(format!(
                                "unknown flag {other:?}; known: ambiguous, common, article, literal, pejorative, historical"
                            )))
                        }
                    }
                }
                let cues = list(c[4]);
                for cue in &cues {
                    let body = cue.strip_prefix('!').unwrap_or(cue);
                    if body.matches('_').count() != 1 || body.trim() == "_" {
                        return Err(loc.error(format!(
                            "cue {cue:?} must contain the placeholder _ exactly once, beside some words"
                        )));
                    }
                }
                let alias = RawAlias {
                    kind,
                    id: required(&loc, "id", c[0])?,
                    text: required(&loc, "alias", c[1])?,
                    form: token(&loc, "form", c[2], Form::from_token)?,
                    flags,
                    cues,
                    source: list(c[5]),
                };
                self.aliases.push((loc, alias));
            }
        }
        Ok(())
    }
}

fn alias_kind_from_name(file: &str, line: usize) -> Result<EntityKind> {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    if base.contains("country") || base.contains("countries") {
        Ok(EntityKind::Country)
    } else if base.contains("official") {
        Ok(EntityKind::Official)
    } else if base.contains("group") {
        Ok(EntityKind::ArmedGroup)
    } else {
        Err(Error::data(
            file,
            line,
            "an alias file's name must say which records it names: include `country`, `official` or `group` in it",
        ))
    }
}

fn required(loc: &Location, column: &str, cell: &str) -> Result<String> {
    if cell.is_empty() {
        Err(loc.error(format!("{column} is empty")))
    } else {
        Ok(cell.to_owned())
    }
}

fn optional(cell: &str) -> Option<String> {
    (!cell.is_empty()).then(|| cell.to_owned())
}

fn list(cell: &str) -> Vec<String> {
    cell.split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn token<T>(loc: &Location, column: &str, cell: &str, parse: fn(&str) -> Option<T>) -> Result<T> {
    parse(cell).ok_or_else(|| loc.error(format!("unknown {column} {cell:?}")))
}

fn date(loc: &Location, column: &str, cell: &str) -> Result<Option<Date>> {
    if cell.is_empty() {
        return Ok(None);
    }
    cell.parse()
        .map(Some)
        .map_err(|e| loc.error(format!("{column}: {e}")))
}

fn slug(loc: &Location, cell: &str) -> Result<String> {
    let ok = !cell.is_empty()
        && cell
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(cell.to_owned())
    } else {
        Err(loc.error(format!(
            "id {cell:?} is not a lower-case ASCII slug (a-z, 0-9, -)"
        )))
    }
}

fn check_country_id(loc: &Location, id: &str) -> Result<()> {
    let iso = id.len() == 2 && id.bytes().all(|b| b.is_ascii_uppercase());
    let custom = id.len() > 2
        && id.starts_with("X-")
        && id[2..]
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-');
    if iso || custom {
        Ok(())
    } else {
        Err(loc.error(format!(
            "country id {id:?} is neither an ISO alpha-2 code nor X- and an upper-case slug"
        )))
    }
}
