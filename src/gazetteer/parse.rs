//! Parsing gazetteer files: TSV text → typed rows, each remembered with its file and line.
//!
//! Invariants: a file's kind is decided by its exact header row; every row has exactly the
//! header's number of cells; every cell is free of surrounding whitespace; every problem is an
//! [`Error::Data`] naming file and 1-based line. A UTF-8 byte-order mark and CRLF line endings
//! are accepted. Cells are read by their column's name, never by position. Cross-file checks
//! (ids, references) happen later, in `validate.rs`.

use std::sync::Arc;

use crate::error::{Error, Result};

use super::ids::EntityKind;
use super::records::{
    AliasFlags, ArmedGroup, Country, CountryStatus, Date, Form, GroupCategory, Office, Official,
    Organization, PartialDate, Predecessor, Role, TitleFollows, Token,
};
use crate::text::valid;

/// Where a row came from.
#[derive(Debug, Clone)]
pub(crate) struct Location {
    /// Shared by every row of the file (one allocation per file, not per row).
    pub file: Arc<str>,
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
    Organizations,
    Aliases(EntityKind),
    RoleTitles,
    PersonCues,
    GivenNames,
    GroupNouns,
    ShadowingNames,
}

const HEADERS: &[(FileKind, &str)] = &[
    (
        FileKind::Countries,
        "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource",
    ),
    // Officials: the current header, the one with a term of office in the same row, and the
    // header before `born died well_known` (still accepted).
    (
        FileKind::Officials,
        "id\tname_ar\tname_en\twikidata\tborn\tdied\twell_known\tsource",
    ),
    (
        FileKind::Officials,
        "id\tname_ar\tname_en\twikidata\tborn\tdied\twell_known\trole\torg\tstart\tend\tsource",
    ),
    (FileKind::Officials, "id\tname_ar\tname_en\twikidata\tsource"),
    (
        FileKind::Officials,
        "id\tname_ar\tname_en\twikidata\trole\torg\tstart\tend\tsource",
    ),
    // Offices: the current header, without `about`, and the old one naming `org` `country`.
    (
        FileKind::Offices,
        "official\trole\torg\tabout\tstart\tend\tsource",
    ),
    (
        FileKind::Offices,
        "official\trole\torg\tstart\tend\tsource",
    ),
    (
        FileKind::Offices,
        "official\trole\tcountry\tstart\tend\tsource",
    ),
    (
        FileKind::ArmedGroups,
        "id\tname_ar\tname_en\tcategory\tcountries\tparent\tpredecessors\tdesignations\twikidata\tsource",
    ),
    (
        FileKind::Organizations,
        "id\tname_ar\tname_en\tparent\twikidata\tsource",
    ),
    (
        FileKind::RoleTitles,
        "role\ttitle\tagreement\tfollows\torg\tsource",
    ),
    (
        FileKind::RoleTitles,
        "role\ttitle\tagreement\tfollows\tcountry\tsource",
    ),
    (FileKind::PersonCues, "cue\tunnamed\tsource"),
    (FileKind::PersonCues, "cue\tsource"),
    (FileKind::GivenNames, "given_name\tsource"),
    (FileKind::GroupNouns, "noun\treference\tsource"),
    (
        FileKind::ShadowingNames,
        "name\tname_en\tcategory\tcontains\teffect\tsource\tattested",
    ),
    // An alias file's first column says which records it names.
    (
        FileKind::Aliases(EntityKind::Country),
        "country\talias\tform\tflags\tcues\tsource",
    ),
    (
        FileKind::Aliases(EntityKind::Official),
        "official\talias\tform\tflags\tcues\tsource",
    ),
    (
        FileKind::Aliases(EntityKind::ArmedGroup),
        "armed_group\talias\tform\tflags\tcues\tsource",
    ),
    (
        FileKind::Aliases(EntityKind::Organization),
        "organization\talias\tform\tflags\tcues\tsource",
    ),
];

/// The alias header of earlier versions: accepted when the file name names exactly one kind.
const LEGACY_ALIAS_HEADER: &str = "id\talias\tform\tflags\tcues\tsource";

/// Rows read from any number of files, not yet cross-checked.
#[derive(Debug, Default, Clone)]
pub(crate) struct RawGazetteer {
    pub countries: Vec<(Location, Country)>,
    pub officials: Vec<(Location, Official)>,
    pub offices: Vec<(Location, String, Office)>,
    pub groups: Vec<(Location, ArmedGroup)>,
    pub organizations: Vec<(Location, Organization)>,
    pub aliases: Vec<(Location, RawAlias)>,
    pub role_titles: Vec<(Location, RawRoleTitle)>,
    /// Each cue, and whether it marks a person not named before (column `unnamed`).
    pub person_cues: Vec<(String, bool)>,
    pub given_names: Vec<String>,
    pub group_nouns: Vec<(String, String)>,
    pub shadows: Vec<(Location, RawShadow)>,
}

/// A row of `role_titles.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct RawRoleTitle {
    pub role: Role,
    pub title: String,
    pub feminine: bool,
    pub follows: TitleFollows,
    pub org: Option<String>,
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

/// A file's rows, read by column name.
pub(crate) struct Table<'t> {
    /// The header's column names.
    pub columns: Vec<&'t str>,
    /// 1-based line of the header row.
    pub header_line: usize,
    /// The header row.
    pub header: &'t str,
    /// (1-based line, row text) of every data row.
    rows: Vec<(usize, &'t str)>,
}

/// One data row, its cells read by column name.
pub(crate) struct Row<'c, 't> {
    pub loc: Location,
    columns: &'c [&'t str],
    cells: Vec<&'t str>,
}

impl<'t> Row<'_, 't> {
    /// The cell of column `name`.
    pub fn cell(&self, name: &str) -> &'t str {
        let i = self.columns.iter().position(|c| *c == name);
        debug_assert!(i.is_some(), "no column {name}");
        i.and_then(|i| self.cells.get(i).copied()).unwrap_or("")
    }

    /// The cell of column `name`, or `""` when the file's header has no such column (for the
    /// columns only some accepted headers have).
    pub fn cell_if_any(&self, name: &str) -> &'t str {
        let i = self.columns.iter().position(|c| *c == name);
        i.and_then(|i| self.cells.get(i).copied()).unwrap_or("")
    }

    /// The cell of column `name`, which must not be empty.
    pub fn required(&self, name: &str) -> Result<String> {
        required(&self.loc, name, self.cell(name))
    }

    /// The cell of column `name`, `None` when empty.
    pub fn optional(&self, name: &str) -> Option<String> {
        optional(self.cell(name))
    }

    /// The `|`-separated values of column `name`.
    pub fn list(&self, name: &str) -> Vec<String> {
        list(self.cell(name))
    }

    /// The token of column `name`; an unknown one is an error listing the valid tokens.
    pub fn token<T: Token>(&self, name: &str) -> Result<T> {
        token(&self.loc, name, self.cell(name))
    }

    /// The date of column `name`, `None` when empty.
    pub fn date(&self, name: &str) -> Result<Option<Date>> {
        date(&self.loc, name, self.cell(name))
    }

    /// Column `name` of a header that may lack it: `yes` is true; empty, `no` or a missing
    /// column false; anything else an error.
    pub fn yes_or_empty(&self, name: &str) -> Result<bool> {
        match self.cell_if_any(name) {
            "yes" => Ok(true),
            "" | "no" => Ok(false),
            other => Err(self
                .loc
                .error(format!("{name} {other:?} is neither yes nor empty"))),
        }
    }

    /// A `yes` / `no` cell of column `name`.
    pub fn yes_no(&self, name: &str) -> Result<bool> {
        match self.cell(name) {
            "yes" => Ok(true),
            "no" => Ok(false),
            other => Err(self
                .loc
                .error(format!("{name} {other:?} is neither yes nor no"))),
        }
    }
}

impl<'t> Table<'t> {
    /// Splits a file into its header and data rows (comments, blank lines, a byte-order mark
    /// and CR line ends removed).
    pub fn read(file: &str, text: &'t str) -> Result<Table<'t>> {
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let mut lines = text
            .split('\n')
            .enumerate()
            .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
            .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
        let Some((header_line, header)) = lines.next() else {
            return Err(Error::data(file, 0, "empty file: expected a header row"));
        };
        Ok(Table {
            columns: header.split('\t').collect(),
            header_line,
            header,
            rows: lines.collect(),
        })
    }

    /// The data rows, each checked for its number of cells and for surrounding whitespace.
    pub fn rows<'c>(&'c self, file: &'c str) -> impl Iterator<Item = Result<Row<'c, 't>>> + 'c {
        let file: Arc<str> = Arc::from(file);
        self.rows.iter().map(move |&(line, row)| {
            let loc = Location {
                file: Arc::clone(&file),
                line,
            };
            let cells: Vec<&str> = row.split('\t').collect();
            if cells.len() != self.columns.len() {
                return Err(loc.error(format!(
                    "expected {} tab-separated fields, found {}",
                    self.columns.len(),
                    cells.len()
                )));
            }
            for (i, cell) in cells.iter().enumerate() {
                if cell.trim() != *cell {
                    return Err(loc.error(format!(
                        "field {} ({}) has leading or trailing whitespace",
                        i + 1,
                        self.columns[i]
                    )));
                }
            }
            Ok(Row {
                loc,
                columns: &self.columns,
                cells,
            })
        })
    }

    /// Fails unless the header is exactly `expected`.
    pub fn expect_header(&self, file: &str, expected: &str) -> Result<()> {
        if self.header == expected {
            Ok(())
        } else {
            Err(Error::data(
                file,
                self.header_line,
                format!(
                    "unknown header row {:?}; expected {expected:?}",
                    self.header
                ),
            ))
        }
    }
}

impl RawGazetteer {
    /// Appends the rows of `later`, read from files that come after this one's.
    pub fn append(&mut self, mut later: RawGazetteer) {
        self.countries.append(&mut later.countries);
        self.officials.append(&mut later.officials);
        self.offices.append(&mut later.offices);
        self.groups.append(&mut later.groups);
        self.organizations.append(&mut later.organizations);
        self.aliases.append(&mut later.aliases);
        self.role_titles.append(&mut later.role_titles);
        self.person_cues.append(&mut later.person_cues);
        self.given_names.append(&mut later.given_names);
        self.group_nouns.append(&mut later.group_nouns);
        self.shadows.append(&mut later.shadows);
    }

    /// Parses one file's text and adds its rows. `file` names it in errors; for alias files it
    /// also says which records they name (`country_aliases.tsv`, `official_aliases.tsv`,
    /// `armed_group_aliases.tsv`, `organization_aliases.tsv`, or any name containing
    /// `country`, `official`, `group` or `organization`).
    pub fn add(&mut self, file: &str, text: &str) -> Result<()> {
        let table = Table::read(file, text)?;
        let kind = file_kind(file, &table)?;
        for row in table.rows(file) {
            self.add_row(kind, row?)?;
        }
        Ok(())
    }

    fn add_row(&mut self, kind: FileKind, row: Row<'_, '_>) -> Result<()> {
        // An alias file's id column is named after the kind it names (or `id`, legacy).
        let alias_id_column = row.columns.first().copied().unwrap_or("id");
        match kind {
            FileKind::Countries => {
                let country = country(&row)?;
                self.countries.push((row.loc, country));
            }
            FileKind::Officials => {
                let official = official(&row)?;
                if !row.cell_if_any("role").is_empty() {
                    let (id, office) = office(&row)?;
                    self.offices.push((row.loc.clone(), id, office));
                }
                self.officials.push((row.loc, official));
            }
            FileKind::Offices => {
                let (official, office) = office(&row)?;
                self.offices.push((row.loc, official, office));
            }
            FileKind::ArmedGroups => {
                let group = armed_group(&row)?;
                self.groups.push((row.loc, group));
            }
            FileKind::Organizations => {
                let organization = organization(&row)?;
                self.organizations.push((row.loc, organization));
            }
            FileKind::PersonCues => self.person_cues.push(person_cue(&row)?),
            FileKind::GivenNames => self.given_names.push(row.required("given_name")?),
            FileKind::GroupNouns => self
                .group_nouns
                .push((row.required("noun")?, row.required("reference")?)),
            FileKind::RoleTitles => {
                let title = role_title(&row)?;
                self.role_titles.push((row.loc, title));
            }
            FileKind::Aliases(kind) => {
                let alias = alias(&row, kind, alias_id_column)?;
                self.aliases.push((row.loc, alias));
            }
            FileKind::ShadowingNames => {
                let shadow = raw_shadow(&row)?;
                self.shadows.push((row.loc, shadow));
            }
        }
        Ok(())
    }
}

fn country(row: &Row<'_, '_>) -> Result<Country> {
    let country = Country {
        id: row.required("id")?,
        iso3: row.optional("iso3"),
        name_ar: row.required("name_ar")?,
        name_en: row.required("name_en")?,
        capital_ar: row.optional("capital_ar"),
        capital_en: row.optional("capital_en"),
        status: row.token::<CountryStatus>("status")?,
        source: row.list("source"),
    };
    check_country_id(&row.loc, &country.id)?;
    Ok(country)
}

/// A row of `person_cues.tsv`: the cue and whether it marks a person not named before.
fn person_cue(row: &Row<'_, '_>) -> Result<(String, bool)> {
    Ok((row.required("cue")?, row.yes_or_empty("unnamed")?))
}

fn official(row: &Row<'_, '_>) -> Result<Official> {
    let partial = |name: &str| -> Result<Option<PartialDate>> {
        match row.cell_if_any(name) {
            "" => Ok(None),
            cell => cell.parse().map(Some).map_err(|_| {
                row.loc.error(format!(
                    "{name} {cell:?} is not YYYY, YYYY-MM or YYYY-MM-DD"
                ))
            }),
        }
    };
    let well_known = row.yes_or_empty("well_known")?;
    Ok(Official {
        id: slug(&row.loc, row.cell("id"))?,
        name_ar: row.required("name_ar")?,
        name_en: row.required("name_en")?,
        wikidata: row.optional("wikidata"),
        born: partial("born")?,
        died: partial("died")?,
        well_known,
        offices: Vec::new(),
        source: row.list("source"),
    })
}

/// A term of office: a row of `offices.tsv` (`official role org about start end source`, or
/// the old `country` for `org`) or the term columns of an `officials.tsv` row. Returns the
/// official's id and the term.
fn office(row: &Row<'_, '_>) -> Result<(String, Office)> {
    let loc = &row.loc;
    let official = match row.cell_if_any("official") {
        "" => row.cell("id"),
        id => id,
    };
    let official = slug(loc, official)?;
    let role = row.token::<Role>("role")?;
    let start = row.date("start")?.ok_or_else(|| {
        loc.error("start date is empty; leave out a term whose start is not known")
    })?;
    let end = row.date("end")?;
    if let Some(end) = end {
        if end < start {
            return Err(loc.error(format!("term ends ({end}) before it starts ({start})")));
        }
    }
    let org = optional(row.cell_if_any("org")).or_else(|| optional(row.cell_if_any("country")));
    if org.is_none() && role != Role::UnSecretaryGeneral {
        return Err(loc.error(format!(
            "org is empty; only {} may have none",
            Role::UnSecretaryGeneral
        )));
    }
    let about = optional(row.cell_if_any("about"));
    if about.is_some() && role != Role::Envoy {
        return Err(loc.error(format!("about is only for the role {}", Role::Envoy)));
    }
    let office = Office {
        role,
        org,
        about,
        key: Default::default(),
        start,
        end,
        source: row.list("source"),
    };
    Ok((official, office))
}

fn organization(row: &Row<'_, '_>) -> Result<Organization> {
    Ok(Organization {
        id: slug(&row.loc, row.cell("id"))?,
        name_ar: row.required("name_ar")?,
        name_en: row.required("name_en")?,
        parent: row.optional("parent"),
        wikidata: row.optional("wikidata"),
        source: row.list("source"),
    })
}

fn armed_group(row: &Row<'_, '_>) -> Result<ArmedGroup> {
    let predecessors = row
        .list("predecessors")
        .into_iter()
        .map(|p| match p.split_once('@') {
            Some((id, d)) => Ok(Predecessor {
                id: id.to_owned(),
                date: date(&row.loc, "predecessors", d)?,
            }),
            None => Ok(Predecessor { id: p, date: None }),
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(ArmedGroup {
        id: slug(&row.loc, row.cell("id"))?,
        name_ar: row.required("name_ar")?,
        name_en: row.required("name_en")?,
        category: row.token::<GroupCategory>("category")?,
        countries: row.list("countries"),
        parent: row.optional("parent"),
        predecessors,
        designations: row.list("designations"),
        wikidata: row.optional("wikidata"),
        source: row.list("source"),
    })
}

fn role_title(row: &Row<'_, '_>) -> Result<RawRoleTitle> {
    let feminine = match row.cell("agreement") {
        "m" => false,
        "f" => true,
        other => {
            return Err(row
                .loc
                .error(format!("agreement {other:?} is neither m nor f")))
        }
    };
    let follows = row.token::<TitleFollows>("follows")?;
    Ok(RawRoleTitle {
        role: row.token::<Role>("role")?,
        title: row.required("title")?,
        feminine,
        follows,
        org: optional(row.cell_if_any("org")).or_else(|| optional(row.cell_if_any("country"))),
    })
}

fn alias(row: &Row<'_, '_>, kind: EntityKind, id_column: &str) -> Result<RawAlias> {
    let loc = &row.loc;
    let mut flags = AliasFlags::default();
    for flag in row.list("flags") {
        if !flags.set(&flag) {
            return Err(loc.error(format!(
                "unknown flag {flag:?}; valid: {}",
                valid(AliasFlags::NAMES.iter().copied())
            )));
        }
    }
    let form = row.token::<Form>("form")?;
    if flags.standalone && form != Form::Surname {
        return Err(loc.error("the flag standalone is only for a surname alias"));
    }
    let cues = row.list("cues");
    for cue in &cues {
        let body = cue.strip_prefix('!').unwrap_or(cue);
        if body.matches('_').count() != 1 || body.trim() == "_" {
            return Err(loc.error(format!(
                "cue {cue:?} must contain the placeholder _ exactly once, beside some words"
            )));
        }
    }
    if matches!(form, Form::Role | Form::Reference | Form::InName) {
        return Err(loc.error(format!(
            "form {form} is given by the resolver, not by an alias row"
        )));
    }
    Ok(RawAlias {
        kind,
        id: row.required(id_column)?,
        text: row.required("alias")?,
        form,
        flags,
        cues,
        source: row.list("source"),
    })
}

/// The kind of a file, from its header row; the legacy alias header takes the kind from the
/// file name, which must name exactly one kind.
fn file_kind(file: &str, table: &Table<'_>) -> Result<FileKind> {
    let (header, line) = (table.header, table.header_line);
    if let Some((kind, _)) = HEADERS.iter().find(|(_, h)| *h == header) {
        return Ok(*kind);
    }
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let named: Vec<EntityKind> = [
        (EntityKind::Country, "countr"),
        (EntityKind::Official, "official"),
        (EntityKind::ArmedGroup, "group"),
        (EntityKind::Organization, "organization"),
    ]
    .into_iter()
    .filter(|(_, word)| base.contains(word))
    .map(|(kind, _)| kind)
    .collect();
    match (header == LEGACY_ALIAS_HEADER, named.as_slice()) {
        (true, [kind]) => Ok(FileKind::Aliases(*kind)),
        (true, _) => Err(Error::data(
            file,
            line,
            format!(
                "the alias header {header:?} does not say which records the file names (and \
                 the file name names {} kinds); name the first column after the kind: {}",
                named.len(),
                alias_headers()
            ),
        )),
        (false, _) => Err(Error::data(
            file,
            line,
            format!(
                "unknown header row {header:?}; valid header rows: {}",
                valid(HEADERS.iter().map(|(_, h)| *h)).replace('\t', "\\t")
            ),
        )),
    }
}

/// The alias files' header rows, for an error message.
fn alias_headers() -> String {
    valid(
        HEADERS
            .iter()
            .filter(|(k, _)| matches!(k, FileKind::Aliases(_)))
            .map(|(_, h)| *h),
    )
    .replace('\t', "\\t")
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

fn token<T: Token>(loc: &Location, column: &str, cell: &str) -> Result<T> {
    T::parse_token(cell)
        .ok_or_else(|| loc.error(format!("unknown {column} {cell:?}; valid: {}", T::valid())))
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

/// What a shadowing name does to a country alias inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ShadowEffect {
    /// The inner mention is wrong: never reported.
    Suppress,
    /// The name is an organization of that country: reported with form `in_name` when asked
    /// for, else dropped.
    InName,
}

/// The categories a row may have (see `gazetteers/README.md`).
const CATEGORIES: &[&str] = &[
    "sea",
    "region",
    "club",
    "party",
    "media",
    "ngo",
    "company",
    "university",
    "organization",
    "other",
];

/// A row of `shadowing_names.tsv` before its country ids are resolved.
#[derive(Debug, Clone)]
pub(crate) struct RawShadow {
    pub name: String,
    pub contains: Vec<String>,
    pub effects: Vec<ShadowEffect>,
}

/// Reads one row of `shadowing_names.tsv`.
fn raw_shadow(row: &Row<'_, '_>) -> Result<RawShadow> {
    let category = row.required("category")?;
    if !CATEGORIES.contains(&category.as_str()) {
        return Err(row.loc.error(format!(
            "unknown category {category:?}; expected one of {CATEGORIES:?}"
        )));
    }
    let effects = row
        .list("effect")
        .iter()
        .map(|e| match e.as_str() {
            "suppress" => Ok(ShadowEffect::Suppress),
            "in_name" => Ok(ShadowEffect::InName),
            other => Err(row
                .loc
                .error(format!("effect {other:?} is neither suppress nor in_name"))),
        })
        .collect::<Result<Vec<_>>>()?;
    let contains = row.list("contains");
    if contains.is_empty() || !(effects.len() == 1 || effects.len() == contains.len()) {
        return Err(row.loc.error(format!(
            "{} countries in contains and {} effects: give one effect, or one per country",
            contains.len(),
            effects.len()
        )));
    }
    Ok(RawShadow {
        name: row.required("name")?,
        contains,
        effects,
    })
}
