//! The one place that calls the `alam` Rust API.
//!
//! Everything else in this crate works with the plain, owned types defined here ([`Engine`],
//! [`Mention`], [`RecordInfo`], [`BuildError`], [`DocDate`], and the opaque [`Scratch`]), so a change of the Rust API (paths,
//! `Entity::id()` becoming an `Option`, new error variants) is ported by editing this file alone.
//!
//! Invariants: no extraction logic lives here or anywhere in the crate: a [`Mention`] carries
//! exactly what `alam`'s `Entity` says (kind, id, byte span, form, …), converted to owned values;
//! a mention's `record` is the record its `id` names in the same extractor's gazetteer.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use alam::{Entity, Extractor, Options, Record};

/// A document date as the Rust API takes it.
pub type DocDate = alam::Date;

/// Parses an ISO `YYYY-MM-DD` date; the error is the Rust API's message.
pub fn parse_date(text: &str) -> Result<DocDate, String> {
    text.parse::<DocDate>().map_err(|e| e.to_string())
}

/// A date from its parts, or `None` if it is outside the Rust API's calendar range.
pub fn date_from_ymd(year: i32, month: u8, day: u8) -> Option<DocDate> {
    DocDate::new(u16::try_from(year).ok()?, month, day)
}

/// Why an extractor could not be built.
#[derive(Debug)]
pub enum BuildError {
    /// A gazetteer file is malformed, inconsistent or not UTF-8.
    Gazetteer {
        /// The file as given (`None` when the problem is not in one file).
        file: Option<String>,
        /// 1-based line, `None` when the problem is not tied to one line.
        line: Option<usize>,
        /// What is wrong.
        problem: String,
        /// The full message: `file:line: problem`.
        message: String,
    },
    /// A gazetteer file could not be read.
    Io {
        /// The file as given.
        file: String,
        /// The OS error number, if any.
        errno: Option<i32>,
        /// The full message.
        message: String,
    },
}

impl From<alam::Error> for BuildError {
    fn from(e: alam::Error) -> Self {
        let message = e.to_string();
        match e {
            alam::Error::Data {
                file,
                line,
                problem,
            } => BuildError::Gazetteer {
                file: Some(file),
                line: (line > 0).then_some(line),
                problem,
                message,
            },
            alam::Error::Utf8 { file, line, offset } => BuildError::Gazetteer {
                file: Some(file),
                line: Some(line),
                problem: format!("not valid UTF-8 (byte offset {offset} of the file)"),
                message,
            },
            alam::Error::Io { file, source } => BuildError::Io {
                file,
                errno: source.raw_os_error(),
                message,
            },
            _ => BuildError::Gazetteer {
                file: None,
                line: None,
                problem: message.clone(),
                message,
            },
        }
    }
}

/// An extractor and the Python-facing copies of its records. `Send + Sync`; shared by `Arc`.
pub struct Engine {
    extractor: Extractor,
    /// The records' fields, made once per extractor (not per mention), in the gazetteer's
    /// order: a mention's record is found by its place in the gazetteer, without hashing.
    records: Records,
}

/// [`RecordInfo`]s of every record, one list per kind, parallel to the gazetteer's slices.
struct Records {
    countries: Vec<Arc<RecordInfo>>,
    officials: Vec<Arc<RecordInfo>>,
    armed_groups: Vec<Arc<RecordInfo>>,
    organizations: Vec<Arc<RecordInfo>>,
}

/// The index of `item` in `slice`, if it is one of its elements (compared by address).
fn index_in<T>(slice: &[T], item: &T) -> Option<usize> {
    let size = std::mem::size_of::<T>().max(1);
    let offset = (item as *const T as usize).wrapping_sub(slice.as_ptr() as usize);
    let i = offset / size;
    (offset % size == 0 && slice.get(i).is_some_and(|x| std::ptr::eq(x, item))).then_some(i)
}

/// The engine over the embedded gazetteers, built on first use.
pub fn default_engine() -> Arc<Engine> {
    static DEFAULT: OnceLock<Arc<Engine>> = OnceLock::new();
    DEFAULT
        .get_or_init(|| Arc::new(Engine::new(Extractor::default_ref().clone())))
        .clone()
}

/// An engine over the embedded gazetteers (unless `replace_defaults`) plus `files`.
pub fn build_engine(files: &[PathBuf], replace_defaults: bool) -> Result<Engine, BuildError> {
    let mut builder = Extractor::builder();
    if replace_defaults {
        builder = builder.without_defaults();
    }
    for f in files {
        builder = builder.add_file(f);
    }
    Ok(Engine::new(builder.build()?))
}

impl Engine {
    fn new(extractor: Extractor) -> Engine {
        let g = extractor.gazetteer();
        let infos = |records: Vec<Record<'_>>| {
            records
                .into_iter()
                .map(|r| Arc::new(RecordInfo::from_record(r)))
                .collect()
        };
        let records = Records {
            countries: infos(g.countries().iter().map(Record::Country).collect()),
            officials: infos(g.officials().iter().map(Record::Official).collect()),
            armed_groups: infos(g.armed_groups().iter().map(Record::ArmedGroup).collect()),
            organizations: infos(g.organizations().iter().map(Record::Organization).collect()),
        };
        Engine { extractor, records }
    }

    /// The entities of `text`, as owned mentions in the Rust API's order.
    pub fn extract(&self, text: &str, date: Option<DocDate>, nested: bool) -> Vec<Mention> {
        self.extract_reusing(text, date, nested, &mut Scratch::default())
    }

    /// [`extract`](Self::extract) with the buffers of `scratch`, reused from document to
    /// document (one `Scratch` per thread): a batch of short documents then costs no
    /// allocation per document inside the library.
    pub fn extract_reusing<'e>(
        &'e self,
        text: &str,
        date: Option<DocDate>,
        nested: bool,
        scratch: &mut Scratch<'e>,
    ) -> Vec<Mention> {
        let mut options = Options::default().with_nested(nested);
        if let Some(d) = date {
            options = options.with_date(d);
        }
        let found = &mut scratch.found;
        self.extractor
            .extract_into(text, &options, &mut scratch.buffers, found);
        found.iter().map(|e| self.mention(e)).collect()
    }

    /// Every normalized pattern of the automaton, in pattern order.
    pub fn patterns(&self) -> &[String] {
        self.extractor.patterns()
    }

    /// Number of (countries, officials, armed groups) in the gazetteer.
    pub fn sizes(&self) -> (usize, usize, usize) {
        let g = self.extractor.gazetteer();
        (
            g.countries().len(),
            g.officials().len(),
            g.armed_groups().len(),
        )
    }

    /// The Python-facing copy of `r`, a record of this engine's gazetteer.
    fn record(&self, r: Record<'_>) -> Option<Arc<RecordInfo>> {
        let g = self.extractor.gazetteer();
        let (list, i) = match r {
            Record::Country(c) => (&self.records.countries, index_in(g.countries(), c)),
            Record::Official(o) => (&self.records.officials, index_in(g.officials(), o)),
            Record::ArmedGroup(a) => (&self.records.armed_groups, index_in(g.armed_groups(), a)),
            Record::Organization(o) => {
                (&self.records.organizations, index_in(g.organizations(), o))
            }
            #[allow(unreachable_patterns)]
            _ => return None,
        };
        list.get(i?).cloned()
    }

    fn mention(&self, e: &Entity<'_>) -> Mention {
        Mention {
            byte_start: e.span.start,
            byte_end: e.span.end,
            kind: e.kind().as_str(),
            record: e.record.and_then(|r| self.record(r)),
            form: e.form.as_str(),
            alias: e.alias.to_owned(),
            proclitics: e.proclitics.as_str(),
            resolution: e.resolution.as_str(),
            country: e.country().map(str::to_owned),
            role: e.role.as_ref().map(|r| r.role.as_str()),
            role_mismatch: e.role.as_ref().is_some_and(|r| r.mismatch),
            parent: e.parent,
        }
    }
}

/// The library's buffers for one thread extracting document after document from an [`Engine`].
#[derive(Default)]
pub struct Scratch<'e> {
    buffers: alam::Scratch,
    found: Vec<Entity<'e>>,
}

/// One entity as the Rust API reported it, owned.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte offsets into the document, end exclusive.
    pub byte_start: usize,
    /// See `byte_start`.
    pub byte_end: usize,
    /// `country`, `official` or `armed_group`.
    pub kind: &'static str,
    /// The record the mention's id names; `None` for a role whose holder is unknown.
    pub record: Option<Arc<RecordInfo>>,
    /// What the mention names the entity by (`name`, `capital`, `role`, …).
    pub form: &'static str,
    /// The gazetteer alias that matched.
    pub alias: String,
    /// Proclitics before the mention, `""` if none.
    pub proclitics: &'static str,
    /// How the mention was resolved.
    pub resolution: &'static str,
    /// The country id the mention belongs to.
    pub country: Option<String>,
    /// For a role mention, the office.
    pub role: Option<&'static str>,
    /// The title is followed by a person who did not hold that office.
    pub role_mismatch: bool,
    /// For a nested mention, the index of its container in the same result.
    pub parent: Option<usize>,
}

/// A gazetteer record's fields, owned.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordInfo {
    /// `country`, `official` or `armed_group`.
    pub kind: &'static str,
    /// The record's id.
    pub id: String,
    /// Canonical Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// The kind-specific fields.
    pub fields: RecordFields,
}

/// The fields that only one kind of record has.
#[derive(Debug, Clone, PartialEq)]
pub enum RecordFields {
    /// A country or territory.
    Country {
        /// ISO 3166-1 alpha-3.
        iso3: Option<String>,
        /// Arabic name of the capital.
        capital_ar: Option<String>,
        /// English name of the capital.
        capital_en: Option<String>,
        /// `un_member`, `territory`, `constituent`, `former`, ….
        status: &'static str,
    },
    /// An official.
    Official {
        /// Wikidata QID.
        wikidata: Option<String>,
        /// Terms of office, sorted by start.
        terms: Vec<Term>,
    },
    /// An armed group.
    ArmedGroup {
        /// `jihadist`, `militia`, ….
        category: &'static str,
        /// Country ids, main one first.
        countries: Vec<String>,
        /// The group it is a wing or branch of.
        parent: Option<String>,
        /// (id, date of the renaming) of the groups it succeeded.
        predecessors: Vec<(String, Option<String>)>,
        /// `UN:QDe.115`, `US-FTO`, ….
        designations: Vec<String>,
        /// Wikidata QID.
        wikidata: Option<String>,
    },
    /// A kind of record this binding does not know yet (`Record` is non-exhaustive): the
    /// common fields only.
    Other,
}

/// One term of office.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The office (`head_of_state`, …).
    pub role: &'static str,
    /// The office's country id, `None` for international offices.
    pub country: Option<String>,
    /// First day, `YYYY-MM-DD`.
    pub start: String,
    /// Day the term ended, `None` while open.
    pub end: Option<String>,
}

impl RecordInfo {
    fn from_record(r: Record<'_>) -> RecordInfo {
        let fields = match r {
            Record::Country(c) => RecordFields::Country {
                iso3: c.iso3.clone(),
                capital_ar: c.capital_ar.clone(),
                capital_en: c.capital_en.clone(),
                status: c.status.as_str(),
            },
            Record::Official(o) => RecordFields::Official {
                wikidata: o.wikidata.clone(),
                terms: o
                    .offices
                    .iter()
                    .map(|t| Term {
                        role: t.role.as_str(),
                        country: t.country().map(str::to_owned),
                        start: t.start.to_string(),
                        end: t.end.map(|d| d.to_string()),
                    })
                    .collect(),
            },
            Record::ArmedGroup(g) => RecordFields::ArmedGroup {
                category: g.category.as_str(),
                countries: g.countries.clone(),
                parent: g.parent.clone(),
                predecessors: g
                    .predecessors
                    .iter()
                    .map(|p| (p.id.clone(), p.date.map(|d| d.to_string())))
                    .collect(),
                designations: g.designations.clone(),
                wikidata: g.wikidata.clone(),
            },
            #[allow(unreachable_patterns)]
            _ => RecordFields::Other,
        };
        RecordInfo {
            kind: r.kind().as_str(),
            id: r.id().to_owned(),
            name_ar: r.name_ar().to_owned(),
            name_en: r.name_en().to_owned(),
            fields,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_in_finds_elements_by_address_only() {
        let a = [10u32, 20, 30];
        let b = [10u32, 20, 30];
        assert_eq!(index_in(&a, &a[2]), Some(2));
        assert_eq!(index_in(&a, &b[0]), None);
        assert_eq!(index_in(&a[1..], &a[0]), None);
        assert_eq!(index_in::<u32>(&[], &a[0]), None);
    }

    #[test]
    fn every_record_maps_to_its_own_fields() {
        let engine = default_engine();
        let g = engine.extractor.gazetteer();
        let all = g
            .countries()
            .iter()
            .map(Record::Country)
            .chain(g.officials().iter().map(Record::Official))
            .chain(g.armed_groups().iter().map(Record::ArmedGroup))
            .chain(g.organizations().iter().map(Record::Organization));
        let mut n = 0;
        for r in all {
            let info = engine.record(r).expect("every record has its fields");
            assert_eq!((info.kind, info.id.as_str()), (r.kind().as_str(), r.id()));
            n += 1;
        }
        assert!(n > 500, "{n} records");
        // A mention's record, from a real extraction.
        let e = &engine.extract("زار وفد من طهران دمشق", None, false)[0];
        assert_eq!(e.record.as_ref().map(|r| r.id.as_str()), Some("IR"));
    }
}
