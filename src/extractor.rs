//! The extractor: builder, the lazily built default, and the extraction entry points.
//!
//! Invariants: an [`Extractor`] is immutable once built, `Send + Sync`, and cheap to clone (one
//! reference count); the default is built once, on first use, from the embedded gazetteers,
//! which `cargo test` validates; extraction never panics and its entities are sorted by start,
//! non-overlapping (unless nested mentions are asked for), with spans on char boundaries of
//! the input.

use std::path::Path;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::automaton::Automaton;
use crate::entity::{Entity, Record, RoleMention};
use crate::error::{Error, Result};
use crate::gazetteer::{self, Date, EntityKind, Form, Gazetteer};
use crate::normalize::normalize_for_matching;
use crate::resolve::{resolve, ResolveOptions};

/// Finds countries, officials and armed groups in Arabic text.
///
/// ```
/// use alam::Extractor;
///
/// let extractor = Extractor::default_ref();
/// let text = "التقى وفد روسي نظيره السوري في دمشق";
/// let found: Vec<(&str, &str)> = extractor
///     .extract(text)
///     .iter()
///     .map(|e| (e.id(), e.text(text)))
///     .collect();
/// assert_eq!(found, [("RU", "روسي"), ("SY", "السوري"), ("SY", "دمشق")]);
/// ```
#[derive(Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

struct Inner {
    gazetteer: Gazetteer,
    automaton: Automaton,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor")
            .field("countries", &self.inner.gazetteer.countries().len())
            .field("officials", &self.inner.gazetteer.officials().len())
            .field("armed_groups", &self.inner.gazetteer.armed_groups().len())
            .field("patterns", &self.inner.automaton.patterns().len())
            .finish()
    }
}

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    Extractor::builder()
        .build()
        .expect("the embedded gazetteers are valid: tests/gazetteer_data.rs checks them")
});

/// Extracts entities from `text` with the default extractor (embedded gazetteers, built once).
///
/// ```
/// let text = "قصفت طائرات وللعراق";
/// let entities = alam::extract(text);
/// assert_eq!(entities.len(), 1);
/// assert_eq!(entities[0].id(), "IQ");
/// assert_eq!(entities[0].text(text), "لعراق"); // ل + العراق, written للعراق
/// ```
pub fn extract(text: &str) -> Vec<Entity<'static>> {
    DEFAULT.extract(text)
}

/// Per-document settings of an extraction.
///
/// ```
/// let options = alam::Options::default().with_date("2016-06-09".parse().unwrap());
/// assert!(options.date.is_some());
/// ```
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct Options {
    /// The document's date: decides who held an office named by its title.
    pub date: Option<Date>,
    /// Also report mentions nested inside longer ones, each linked to its container: the result
    /// then lists the top-level mentions first (sorted, non-overlapping, as without this
    /// option), followed by the nested ones (sorted by start), whose
    /// [`parent`](crate::Entity::parent) is the index of their container.
    pub nested: bool,
}

impl Options {
    /// Sets the document date.
    pub fn with_date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Asks for nested mentions too.
    pub fn with_nested(mut self, nested: bool) -> Self {
        self.nested = nested;
        self
    }
}

impl Extractor {
    /// A builder that starts from the embedded gazetteers.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            defaults: true,
            files: Vec::new(),
            error: None,
        }
    }

    /// The default extractor, built on first use from the embedded gazetteers.
    pub fn default_ref() -> &'static Extractor {
        &DEFAULT
    }

    /// The entities in `text`, sorted by start, non-overlapping.
    pub fn extract<'g>(&'g self, text: &str) -> Vec<Entity<'g>> {
        self.extract_with(text, &Options::default())
    }

    /// The entities in `text` with per-document options (date, nested mentions). See
    /// [`Options::nested`] for the order of a result with nested mentions.
    ///
    /// ```
    /// use alam::{Extractor, Options};
    ///
    /// let text = "هاجمت قوات سوريا الديمقراطية مواقع";
    /// let ex = Extractor::default_ref();
    /// let flat = ex.extract(text);
    /// assert_eq!(flat.len(), 1);
    /// assert_eq!(flat[0].id(), "sdf");
    /// let all = ex.extract_with(text, &Options::default().with_nested(true));
    /// let inner = all.iter().find(|e| e.id() == "SY").unwrap();
    /// assert_eq!(inner.text(text), "سوريا");
    /// assert_eq!(inner.parent, Some(0));
    /// ```
    pub fn extract_with<'g>(&'g self, text: &str, options: &Options) -> Vec<Entity<'g>> {
        let (normalized, scan) = normalize_for_matching(text);
        let resolved = resolve(
            &normalized,
            &scan,
            &self.inner.automaton,
            &self.inner.gazetteer,
            ResolveOptions {
                date: options.date,
                nested: options.nested,
            },
        );
        let g = &self.inner.gazetteer;
        resolved
            .into_iter()
            .map(|r| {
                let span = normalized.original_span(r.start..r.end);
                if let Some(hit) = r.role {
                    return Entity {
                        record: r.holder.map(|o| Record::Official(&g.officials()[o])),
                        span,
                        form: Form::Role,
                        alias: &g.role_titles()[hit.title].title,
                        proclitics: r.proclitics,
                        resolution: r.resolution,
                        role: Some(RoleMention {
                            role: hit.role,
                            country: hit.country.map(|c| g.countries()[c].id.as_str()),
                            mismatch: r.role_mismatch,
                        }),
                        parent: r.parent,
                    };
                }
                let alias = &g.aliases()[r.alias as usize];
                let record = match alias.kind {
                    EntityKind::Country => Record::Country(&g.countries()[alias.record]),
                    EntityKind::Official => Record::Official(&g.officials()[alias.record]),
                    EntityKind::ArmedGroup => Record::ArmedGroup(&g.armed_groups()[alias.record]),
                };
                Entity {
                    record: Some(record),
                    span,
                    form: if r.reference {
                        Form::Reference
                    } else {
                        alias.form
                    },
                    alias: &alias.text,
                    proclitics: r.proclitics,
                    resolution: r.resolution,
                    role: None,
                    parent: r.parent,
                }
            })
            .collect()
    }

    /// What `text` is about: its entities ranked by salience (see [`crate::profile`]).
    ///
    /// ```
    /// let text = "وقال وزير الدفاع الإيراني حسين دهقان إن طهران تدعم دمشق.";
    /// let profile = alam::Extractor::default_ref().profile(text, &alam::Options::default());
    /// let top: Vec<&str> = profile.entities.iter().map(|e| e.id).collect();
    /// assert_eq!(top, ["hossein-dehghan", "IR", "SY"]);
    /// let iran = &profile.entities[1];
    /// assert_eq!((iran.mentions, iran.credited_by.as_slice()), (1, &["hossein-dehghan"][..]));
    /// ```
    pub fn profile<'g>(&'g self, text: &str, options: &Options) -> crate::Profile<'g> {
        crate::profile::document_profile(text, &self.extract_with(text, options), self.gazetteer())
    }

    /// Extracts from every line of `reader` as a separate document, reading one line at a time
    /// (bounded memory for inputs of any size). `name` names the input in errors; a line that is
    /// not UTF-8 gives an [`Error::Utf8`] item with its line number and the stream goes on.
    ///
    /// ```
    /// let input = "زار وفد طهران\nلا شيء هنا\nقصفت طائرات مواقع داعش\n";
    /// let ex = alam::Extractor::default_ref();
    /// let found: Vec<(usize, Vec<&str>)> = ex
    ///     .documents(input.as_bytes(), alam::Options::default(), "<memory>")
    ///     .map(|d| {
    ///         let d = d.unwrap();
    ///         (d.line, d.entities.iter().map(|e| e.id()).collect())
    ///     })
    ///     .collect();
    /// assert_eq!(found, [(1, vec!["IR"]), (2, vec![]), (3, vec!["islamic-state"])]);
    /// ```
    pub fn documents<R: std::io::BufRead>(
        &self,
        reader: R,
        options: Options,
        name: &str,
    ) -> crate::stream::Documents<'_, R> {
        crate::stream::Documents::new(self, reader, options, name)
    }

    /// The gazetteer the extractor was built from.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gazetteer
    }

    /// Every normalized pattern the automaton holds, in pattern order (for comparing other
    /// tools on exactly the same pattern set).
    pub fn patterns(&self) -> &[String] {
        self.inner.automaton.patterns()
    }

    /// The matching stage alone, for benchmarks and comparisons: encodes already-normalized
    /// text into the automaton's one-byte alphabet and counts every raw pattern occurrence
    /// (overlapping, before any word-boundary or context rule). Its throughput is the speed
    /// limit of the whole extraction.
    ///
    /// ```
    /// use alam::{normalize::normalize, Extractor};
    ///
    /// let text = normalize("وصل وفد إلى طهران");
    /// assert!(Extractor::default_ref().raw_match_count(text.as_str()) >= 1);
    /// ```
    pub fn raw_match_count(&self, normalized: &str) -> usize {
        self.inner.automaton.raw_count(normalized)
    }

    /// Approximate heap bytes held by the automaton and its pattern tables.
    pub fn automaton_memory_usage(&self) -> usize {
        self.inner.automaton.memory_usage()
    }
}

/// Builds an [`Extractor`] from the embedded gazetteers and/or the user's files.
///
/// A file's kind is recognised by its header row (see `gazetteers/README.md`); alias files say
/// which records they name by their name (`country`, `official` or `group` in it).
///
/// ```
/// let countries = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n\
///                  XA\t\tأرض الأحلام\tDreamland\t\t\tunrecognised\tcurated\n";
/// let ex = alam::Extractor::builder()
///     .add_source("my_countries.tsv", countries)
///     .build()
///     .unwrap();
/// let text = "وصل إلى أرض الأحلام";
/// assert_eq!(ex.extract(text)[0].id(), "XA");
/// ```
#[derive(Debug)]
pub struct ExtractorBuilder {
    defaults: bool,
    files: Vec<(String, String)>,
    error: Option<Error>,
}

impl ExtractorBuilder {
    /// Leaves out the embedded gazetteers: only the added files are used.
    pub fn without_defaults(mut self) -> Self {
        self.defaults = false;
        self
    }

    /// Adds a gazetteer file read from disk (read now; errors are reported by
    /// [`build`](Self::build)).
    pub fn add_file(mut self, path: impl AsRef<Path>) -> Self {
        let path = path.as_ref();
        match gazetteer::read_file(path) {
            Ok(text) => self.files.push((path.display().to_string(), text)),
            Err(e) => {
                self.error.get_or_insert(e);
            }
        }
        self
    }

    /// Adds a gazetteer file given as text; `name` names it in errors.
    pub fn add_source(mut self, name: &str, text: &str) -> Self {
        self.files.push((name.to_owned(), text.to_owned()));
        self
    }

    /// Parses, validates and compiles everything.
    ///
    /// # Errors
    ///
    /// The first problem found: an unreadable or non-UTF-8 file ([`Error::Io`],
    /// [`Error::Utf8`]), a malformed or inconsistent row ([`Error::Data`], naming file and
    /// line), or an automaton that cannot be built ([`Error::Automaton`]).
    pub fn build(self) -> Result<Extractor> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let mut files: Vec<(String, String)> = Vec::new();
        if self.defaults {
            files.extend(
                gazetteer::EMBEDDED
                    .iter()
                    .map(|(n, t)| ((*n).to_owned(), (*t).to_owned())),
            );
        }
        files.extend(self.files);
        let gazetteer = gazetteer::build(&files)?;
        let automaton = Automaton::build(&gazetteer)?;
        Ok(Extractor {
            inner: Arc::new(Inner {
                gazetteer,
                automaton,
            }),
        })
    }
}
