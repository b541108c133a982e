//! The extractor: builder, the lazily built default, and the extraction entry points.
//!
//! Invariants: an [`Extractor`] is immutable once built, `Send + Sync`, and cheap to clone (one
//! reference count); the default is built once, on first use, from the embedded gazetteers,
//! which `cargo test` validates; extraction never panics and its entities are sorted by start,
//! non-overlapping (unless nested mentions are asked for), with spans on char boundaries of
//! the input.

use std::path::Path;
use std::sync::{Arc, LazyLock};

use crate::automaton::Automaton;
use crate::entity::{Entity, RoleMention};
use crate::error::{Error, Result};
use crate::gazetteer::{self, Date, Form, Gazetteer, Record};
use crate::resolve::{self, resolve, Found, ResolveOptions, Resolved};
use crate::text::normalize;
use crate::text::Normalized;

/// Finds countries, officials and armed groups in Arabic text.
///
/// ```
/// use alam::Extractor;
///
/// let extractor = Extractor::default_ref();
/// let text = "التقى وفد روسي نظيره السوري في دمشق";
/// let found: Vec<(Option<&str>, &str)> = extractor
///     .extract(text)
///     .iter()
///     .map(|e| (e.id(), e.text(text)))
///     .collect();
/// assert_eq!(found, [(Some("RU"), "روسي"), (Some("SY"), "السوري"), (Some("SY"), "دمشق")]);
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

static DEFAULT: LazyLock<Extractor> = LazyLock::new(|| {
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
/// assert_eq!(entities[0].id(), Some("IQ"));
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
    /// Threads to use for one document (0 or 1: the calling thread only). The normalization
    /// and the matching stage of a large document are split between them (normalization at
    /// whitespace); the result is the same as on one thread.
    /// Worth it from about a megabyte of text; for many small documents, give each thread its
    /// own documents instead.
    pub jobs: usize,
    /// Also report a country named inside the name of one of its organizations (a news agency,
    /// a party, an NGO, a company, a university, a national team: المرصد **السوري**، وكالة
    /// الأنباء **الفرنسية**), with form [`Form::InName`]. Off by default: such a name makes
    /// the organization, not the state, the actor or the source. Names that shadow a country
    /// without belonging to it (بحر الصين الجنوبي، ريال مدريد، جامعة كولومبيا) never report
    /// it. Both come from `gazetteers/shadowing_names.tsv`.
    ///
    /// ```
    /// use alam::{Extractor, Form, Options};
    ///
    /// let text = "نقلت وكالة الأنباء الفرنسية عن مسؤول عراقي";
    /// let ex = Extractor::default_ref();
    /// let ids = |o: &Options| -> Vec<(Option<&str>, Form)> {
    ///     ex.extract_with(text, o).iter().map(|e| (e.id(), e.form)).collect()
    /// };
    /// assert_eq!(ids(&Options::default()), [(Some("IQ"), Form::Demonym)]);
    /// assert_eq!(
    ///     ids(&Options::default().with_in_name(true)),
    ///     [(Some("FR"), Form::InName), (Some("IQ"), Form::Demonym)]
    /// );
    /// ```
    pub in_name: bool,
}

/// The buffers of an extraction, kept between calls of [`Extractor::extract_into`]: normalized
/// text, offset runs, encoded bytes, matches, candidates and decisions are cleared, not
/// reallocated, so a stream of short documents costs no allocation per document once the
/// buffers have grown to the largest one. One `Scratch` per thread.
///
/// ```
/// let ex = alam::Extractor::default_ref();
/// let mut scratch = alam::Scratch::default();
/// let mut found = Vec::new();
/// for doc in ["زار وفد طهران", "لا شيء هنا", "قصفت طائرات مواقع داعش"] {
///     ex.extract_into(doc, &alam::Options::default(), &mut scratch, &mut found);
///     assert_eq!(format!("{found:?}"), format!("{:?}", ex.extract(doc)));
/// }
/// ```
#[derive(Debug, Default)]
pub struct Scratch {
    normalize: normalize::Buffers,
    resolve: resolve::Scratch,
    resolved: Vec<Resolved>,
}

impl Options {
    /// Sets the document date.
    ///
    /// ```
    /// let options = alam::Options::default().with_date("2016-06-09".parse().unwrap());
    /// let e = &alam::Extractor::default_ref().extract_with("قال وزير الدفاع الإيراني", &options)[0];
    /// assert_eq!(e.id(), Some("hossein-dehghan")); // in office on that date
    /// ```
    pub fn with_date(mut self, date: Date) -> Self {
        self.date = Some(date);
        self
    }

    /// Sets the number of threads for one document (see [`Options::jobs`]).
    ///
    /// ```
    /// let ex = alam::Extractor::default_ref();
    /// let text = "زار وفد طهران ثم دمشق. ".repeat(1000);
    /// let options = alam::Options::default().with_jobs(2);
    /// let split = ex.extract_with(&text, &options);
    /// assert_eq!(split.len(), 2000);
    /// assert_eq!(format!("{split:?}"), format!("{:?}", ex.extract(&text)));
    /// ```
    pub fn with_jobs(mut self, jobs: usize) -> Self {
        self.jobs = jobs;
        self
    }

    /// Asks for nested mentions too.
    ///
    /// ```
    /// let text = "قوات سوريا الديمقراطية";
    /// let options = alam::Options::default().with_nested(true);
    /// let found = alam::Extractor::default_ref().extract_with(text, &options);
    /// assert_eq!(found[0].id(), Some("sdf"));
    /// assert_eq!((found[1].id(), found[1].parent), (Some("SY"), Some(0))); // سوريا inside it
    /// ```
    pub fn with_nested(mut self, nested: bool) -> Self {
        self.nested = nested;
        self
    }

    /// Asks for countries named inside their organizations' names (see
    /// [`in_name`](Self::in_name)).
    ///
    /// ```
    /// let text = "قال المرصد السوري إن القصف استمر";
    /// let ex = alam::Extractor::default_ref();
    /// assert!(ex.extract(text).is_empty());
    /// let found = ex.extract_with(text, &alam::Options::default().with_in_name(true));
    /// assert_eq!((found[0].id(), found[0].form), (Some("SY"), alam::Form::InName));
    /// ```
    pub fn with_in_name(mut self, in_name: bool) -> Self {
        self.in_name = in_name;
        self
    }
}

impl Extractor {
    /// A builder that starts from the embedded gazetteers.
    ///
    /// ```
    /// let ex = alam::Extractor::builder().build().unwrap();
    /// assert_eq!(ex.extract("في بغداد")[0].id(), Some("IQ"));
    /// ```
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            defaults: true,
            files: Vec::new(),
            error: None,
        }
    }

    /// The default extractor, built on first use from the embedded gazetteers.
    ///
    /// ```
    /// assert!(alam::Extractor::default_ref().patterns().len() > 1000);
    /// ```
    pub fn default_ref() -> &'static Extractor {
        &DEFAULT
    }

    /// Blocks until the automaton is fully compiled. An extractor is usable as soon as it is
    /// built: its patterns are first scanned with an automaton that is quick to build, while
    /// the faster one (a DFA, most of the build's cost) is built on a background thread and
    /// used from the moment it is there. The results are the same on either; call this only
    /// to time the full build or the DFA's scanning. In a process forked while the DFA was
    /// being built (which has no building thread) it returns at once, and that process keeps
    /// the quick automaton: build extractors after forking, as one per worker process.
    ///
    /// ```
    /// let ex = alam::Extractor::builder().build().unwrap();
    /// ex.wait_until_compiled();
    /// assert_eq!(ex.extract("في بغداد")[0].id(), Some("IQ"));
    /// ```
    pub fn wait_until_compiled(&self) {
        self.inner.automaton.wait_until_compiled();
    }

    /// The entities in `text`, sorted by start, non-overlapping.
    ///
    /// ```
    /// let ex = alam::Extractor::default_ref();
    /// let text = "بين دمشق وبغداد";
    /// let ids: Vec<Option<&str>> = ex.extract(text).iter().map(|e| e.id()).collect();
    /// assert_eq!(ids, [Some("SY"), Some("IQ")]);
    /// ```
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
    /// assert_eq!(flat[0].id(), Some("sdf"));
    /// let all = ex.extract_with(text, &Options::default().with_nested(true));
    /// let inner = all.iter().find(|e| e.id() == Some("SY")).unwrap();
    /// assert_eq!(inner.text(text), "سوريا");
    /// assert_eq!(inner.parent, Some(0));
    /// ```
    pub fn extract_with<'g>(&'g self, text: &str, options: &Options) -> Vec<Entity<'g>> {
        let mut out = Vec::new();
        self.extract_into(text, options, &mut Scratch::default(), &mut out);
        out
    }

    /// [`extract_with`](Self::extract_with) into `out` (cleared first), reusing the buffers of
    /// `scratch`: the call for streams of documents (see [`Scratch`]).
    ///
    /// ```
    /// let ex = alam::Extractor::default_ref();
    /// let (mut scratch, mut found) = (alam::Scratch::default(), Vec::new());
    /// ex.extract_into("وصل الوفد إلى بغداد", &alam::Options::default(), &mut scratch, &mut found);
    /// assert_eq!(found[0].id(), Some("IQ"));
    /// ex.extract_into("لا شيء هنا", &alam::Options::default(), &mut scratch, &mut found);
    /// assert!(found.is_empty()); // cleared first
    /// ```
    pub fn extract_into<'g>(
        &'g self,
        text: &str,
        options: &Options,
        scratch: &mut Scratch,
        out: &mut Vec<Entity<'g>>,
    ) {
        out.clear();
        let (normalized, scan) = if options.jobs > 1 {
            scratch.normalize.normalize_parallel(text, options.jobs)
        } else {
            scratch.normalize.normalize(text)
        };
        let options = ResolveOptions {
            date: options.date,
            nested: options.nested,
            jobs: options.jobs,
            in_name: options.in_name,
        };
        let (inner, resolved) = (&*self.inner, &mut scratch.resolved);
        let (a, g) = (&inner.automaton, &inner.gazetteer);
        resolve(
            &normalized,
            &scan,
            a,
            g,
            options,
            &mut scratch.resolve,
            resolved,
        );
        out.extend(resolved.iter().map(|r| self.entity(&normalized, r)));
        scratch.normalize.recycle(normalized, scan);
    }

    /// The entity of a resolved mention.
    fn entity<'g>(&'g self, normalized: &Normalized<'_>, r: &Resolved) -> Entity<'g> {
        let g = &self.inner.gazetteer;
        let span = normalized.original_span(r.start..r.end);
        let (record, form, alias, role) = match r.found {
            Found::Role(found) => {
                let office = found.office.office;
                let role = RoleMention {
                    role: office.role,
                    country: office.country().map(|c| g.country_at(c).id.as_str()),
                    org: office.org.map(|r| g.record(r).id()),
                    mismatch: found.mismatch,
                };
                let holder = found.holder.map(|o| Record::Official(g.official_at(o)));
                let title = g.title(found.office.title).title.as_str();
                (holder, Form::Role, title, Some(role))
            }
            Found::Alias(id) | Found::Reference(id) | Found::InName(id) => {
                let alias = g.alias(id);
                let form = match r.found {
                    Found::Reference(_) => Form::Reference,
                    Found::InName(_) => Form::InName,
                    _ => alias.form,
                };
                (
                    Some(g.record(alias.record)),
                    form,
                    alias.text.as_str(),
                    None,
                )
            }
        };
        Entity {
            record,
            span,
            form,
            alias,
            proclitics: r.proclitics,
            resolution: r.resolution,
            role,
            parent: r.parent,
        }
    }

    /// What `text` is about: its entities ranked by salience (see [`Profile`](crate::Profile)).
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

    /// The gazetteer the extractor was built from.
    ///
    /// ```
    /// let g = alam::Extractor::default_ref().gazetteer();
    /// assert_eq!(g.country("SY").unwrap().name_ar, "سوريا");
    /// ```
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.inner.gazetteer
    }

    /// Every normalized pattern the automaton holds, in pattern order (for comparing other
    /// tools on exactly the same pattern set).
    ///
    /// ```
    /// let patterns = alam::Extractor::default_ref().patterns();
    /// assert!(patterns.iter().any(|p| p == "سوريا"));
    /// ```
    pub fn patterns(&self) -> &[String] {
        self.inner.automaton.patterns()
    }

    /// The matching stage alone, for benchmarks and comparisons: encodes already-normalized
    /// text into the automaton's one-byte alphabet and counts every raw pattern occurrence
    /// (overlapping, before any word-boundary or context rule) with the `aho-corasick` crate's
    /// own DFA of the same patterns and its overlapping iterator (that DFA is built on the first
    /// call, for this reference only: extraction scans with its own table of the automaton).
    ///
    /// ```
    /// use alam::{normalize, Extractor};
    ///
    /// let text = normalize("وصل وفد إلى طهران");
    /// assert!(Extractor::default_ref().raw_match_count(text.as_str()) >= 1);
    /// ```
    #[doc(hidden)]
    pub fn raw_match_count(&self, normalized: &str) -> usize {
        self.inner.automaton.raw_count(normalized)
    }

    /// [`raw_match_count`](Self::raw_match_count) through the scan loop extraction uses (one
    /// loop over the automaton's flattened DFA, waiting for it to be built; see
    /// [`wait_until_compiled`](Self::wait_until_compiled)).
    ///
    /// ```
    /// use alam::{normalize, Extractor};
    ///
    /// let text = normalize("وصل وفد إلى طهران");
    /// let ex = Extractor::default_ref();
    /// assert_eq!(ex.raw_match_count_fast(text.as_str()), ex.raw_match_count(text.as_str()));
    /// ```
    #[doc(hidden)]
    pub fn raw_match_count_fast(&self, normalized: &str) -> usize {
        self.inner.automaton.raw_count_fast(normalized)
    }

    /// Approximate heap bytes held by the automaton and its pattern tables (for benchmarks).
    ///
    /// ```
    /// assert!(alam::Extractor::default_ref().automaton_memory_usage() > 1 << 20);
    /// ```
    #[doc(hidden)]
    pub fn automaton_memory_usage(&self) -> usize {
        self.inner.automaton.memory_usage()
    }
}

/// Builds an [`Extractor`] from the embedded gazetteers and/or the user's files.
///
/// A file's kind is recognised by its header row; an alias file's first column (`country`,
/// `official` or `armed_group`) says which records it names. The format, with a complete
/// example, is documented in [`gazetteer_format`](crate::gazetteer_format). The lexicon
/// of language rules (proclitics, ranks, former-office markers, form preference, agreement) is
/// always the embedded one.
///
/// ```
/// let countries = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n\
///                  XA\t\tأرض الأحلام\tDreamland\t\t\tunrecognised\tcurated\n";
/// let ex = alam::Extractor::builder()
///     .add_source("my_countries.tsv", countries)
///     .build()
///     .unwrap();
/// let text = "وصل إلى أرض الأحلام";
/// assert_eq!(ex.extract(text)[0].id(), Some("XA"));
/// ```
#[derive(Debug)]
pub struct ExtractorBuilder {
    defaults: bool,
    files: Vec<(String, String)>,
    error: Option<Error>,
}

impl ExtractorBuilder {
    /// Leaves out the embedded gazetteers: only the added files are used.
    ///
    /// ```
    /// let countries = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n\
    ///                  X-DREAMLAND\t\tأرض الأحلام\tDreamland\t\t\tunrecognised\tmy-notes\n";
    /// let ex = alam::Extractor::builder()
    ///     .without_defaults()
    ///     .add_source("countries.tsv", countries)
    ///     .build()
    ///     .unwrap();
    /// let text = "من أرض الأحلام إلى سوريا";
    /// let ids: Vec<Option<&str>> = ex.extract(text).iter().map(|e| e.id()).collect();
    /// assert_eq!(ids, [Some("X-DREAMLAND")]); // سوريا is not in this gazetteer
    /// ```
    pub fn without_defaults(mut self) -> Self {
        self.defaults = false;
        self
    }

    /// Adds a gazetteer file read from disk (read now; errors are reported by
    /// [`build`](Self::build)).
    ///
    /// ```
    /// let path = std::env::temp_dir().join(format!("alam-doc-{}-aliases.tsv", std::process::id()));
    /// std::fs::write(&path, "country\talias\tform\tflags\tcues\tsource\nSY\tبلاد الشام\tlabel\t\t\tmy-notes\n")
    ///     .unwrap();
    /// let ex = alam::Extractor::builder().add_file(&path).build().unwrap();
    /// std::fs::remove_file(&path).unwrap();
    /// let text = "في بلاد الشام";
    /// assert_eq!((ex.extract(text)[0].id(), ex.extract(text)[0].text(text)), (Some("SY"), "بلاد الشام"));
    ///
    /// // A missing file is reported by build(), naming the file.
    /// let err = alam::Extractor::builder().add_file("no/such/file.tsv").build().unwrap_err();
    /// assert!(err.to_string().starts_with("no/such/file.tsv: cannot read"));
    /// ```
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
    ///
    /// ```
    /// let aliases = "armed_group\talias\tform\tflags\tcues\tsource\n\
    ///                islamic-state\tدولة الخرافة\tlabel\tpejorative\t\tmy-notes\n";
    /// let ex = alam::Extractor::builder().add_source("mine.tsv", aliases).build().unwrap();
    /// assert_eq!(ex.extract("بيان دولة الخرافة")[0].id(), Some("islamic-state"));
    /// ```
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
    ///
    /// ```
    /// let err = alam::Extractor::builder()
    ///     .add_source("mine.tsv", "country\talias\tform\tflags\tcues\tsource\nsy\tالشام\tname\t\t\tx\n")
    ///     .build()
    ///     .unwrap_err();
    /// assert!(err.to_string().starts_with("mine.tsv:2: unknown country \"sy\""));
    /// assert!(err.to_string().ends_with("did you mean \"SY\"?"));
    /// ```
    pub fn build(self) -> Result<Extractor> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let mut files: Vec<(&str, &str)> = Vec::new();
        if self.defaults {
            files.extend(gazetteer::embedded_files());
        }
        files.extend(self.files.iter().map(|(n, t)| (n.as_str(), t.as_str())));
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

#[cfg(test)]
mod tests {
    use super::Extractor;

    fn extractor() -> Extractor {
        let mut b = Extractor::builder().without_defaults();
        for (name, text) in crate::gazetteer::tests::FILES {
            b = b.add_source(name, text);
        }
        b.build().expect("test gazetteer is valid")
    }

    /// Strips `[` `]` markup: the text, and the byte spans of the bracketed mentions.
    fn unmark(marked: &str) -> (String, Vec<(usize, usize)>) {
        let mut text = String::new();
        let mut spans = Vec::new();
        let mut open = 0;
        for c in marked.chars() {
            match c {
                '[' => open = text.len(),
                ']' => spans.push((open, text.len())),
                c => text.push(c),
            }
        }
        (text, spans)
    }

    /// One line per rule: marked text (mentions in brackets, proclitics outside), expected ids
    /// and proclitics in order.
    const CASES: &[(&str, &[(&str, &str)])] = &[
        // plain word starts
        ("زار [إيران] أمس", &[("IR", "")]),
        ("[سوريا]", &[("SY", "")]),
        ("(ب[سوريا]).", &[("SY", "ب")]),
        // every proclitic chain
        (
            "و[سوريا] ف[سوريا] ب[سوريا] ل[سوريا] ك[سوريا]",
            &[
                ("SY", "و"),
                ("SY", "ف"),
                ("SY", "ب"),
                ("SY", "ل"),
                ("SY", "ك"),
            ],
        ),
        (
            "وب[سوريا] ول[سوريا] وك[سوريا] فب[سوريا] فل[سوريا] فك[سوريا]",
            &[
                ("SY", "وب"),
                ("SY", "ول"),
                ("SY", "وك"),
                ("SY", "فب"),
                ("SY", "فل"),
                ("SY", "فك"),
            ],
        ),
        // not a chain: wrong order, a letter that is not a proclitic, three letters
        ("بوسوريا لوسوريا مسوريا وبلسوريا", &[]),
        // the article after proclitics, and the ل + ال merge
        (
            "ب[العراق] و[العراق] ك[العراق]",
            &[("IQ", "ب"), ("IQ", "و"), ("IQ", "ك")],
        ),
        (
            "ل[لعراق] ول[لعراق] فل[لسعودية]",
            &[("IQ", "ل"), ("IQ", "ول"), ("SA", "فل")],
        ),
        // a merged form needs the preposition ل: ب + لعراق is not a word
        ("بلعراق العراقي", &[]),
        // ل + a name that begins with ل; ل + an article name that begins with ل (للجان)
        (
            "ل[لبنان] ل[لجان الشعبية]",
            &[("LB", "ل"), ("popular-committees", "ل")],
        ),
        // ends at the end of a word
        ("[الإيراني]", &[("IR", "")]),
        ("مع [الإيرانيين] و[السوريات]", &[("IR", ""), ("SY", "و")]),
        ("[إيرانية]", &[("IR", "")]),
        ("[ماليزيا]", &[("MY", "")]),
        ("الحماسة الماليزية", &[]),
        ("إيرانا2", &[]),
        // digits end a word too
        ("سوريا2", &[]),
        // whitespace of any kind inside a multi-word name
        ("[الولايات\n  المتحدة]", &[("US", "")]),
        // longest wins
        ("[قوات سوريا الديمقراطية]", &[("sdf", "")]),
        (
            "[تنظيم الدولة الإسلامية] و[تنظيم الدولة]",
            &[("islamic-state", ""), ("islamic-state", "و")],
        ),
        // irregular plural with generated article form
        ("[الأمريكان] و[أمريكان]", &[("US", ""), ("US", "و")]),
        // ambiguous: only with a cue or document evidence
        ("الدعم المالي", &[]),
        ("جمهورية [مالي]", &[("ML", "")]),
        ("بحماس كبير", &[]),
        ("حركة [حماس]", &[("hamas", "")]),
        ("الأسد في حديقة الحيوان", &[]),
        ("الرئيس [الأسد]", &[("bashar-al-assad", "")]),
        (
            "في [دمشق] قال [الأسد]",
            &[("SY", ""), ("bashar-al-assad", "")],
        ),
        // surnames only after the full name
        ("قال دهقان", &[]),
        (
            "قال [حسين دهقان] ثم و[دهقان]",
            &[("hossein-dehghan", ""), ("hossein-dehghan", "و")],
        ),
        // a generic noun refers back to the one group named with that head noun before it
        (
            "قالت [حركة المقاومة الإسلامية] إن [الحركة] ترفض",
            &[("hamas", ""), ("hamas", "")],
        ),
        (
            "قالت [حركة المقاومة الإسلامية] ول[لحركة] موقف",
            &[("hamas", ""), ("hamas", "ول")],
        ),
        // not before the group, and not when two groups share the head noun
        (
            "قالت الحركة إن [حركة المقاومة الإسلامية] ترفض",
            &[("hamas", "")],
        ),
        (
            "[قوات سوريا الديمقراطية] و[قوات سوريا الديمقراطية] ثم [القوات]",
            &[("sdf", ""), ("sdf", "و"), ("sdf", "")],
        ),
        (
            "[حركة المقاومة الإسلامية] و[حركة الجهاد الإسلامي] ثم الحركة",
            &[("hamas", ""), ("pij", "و")],
        ),
        // two people fit the surname: nothing
        (
            "[بشار الأسد] و[حافظ الأسد] ثم الأسد",
            &[("bashar-al-assad", ""), ("hafez-al-assad", "و")],
        ),
        // diacritics, tatweel, ZWNJ and presentation forms inside the mention
        (
            "في [سُورِيَا] و[ســوريا] و[طه\u{200C}ران] و[ﺳﻮﺭﻳﺎ]",
            &[("SY", ""), ("SY", "و"), ("IR", "و"), ("SY", "و")],
        ),
        // marks on the proclitic stay outside the span
        ("وَ[سُورِيَا]", &[("SY", "و")]),
    ];

    #[test]
    fn every_boundary_clitic_and_context_rule() {
        let ex = extractor();
        for (marked, expected) in CASES {
            let (text, spans) = unmark(marked);
            let got = ex.extract(&text);
            let got: Vec<(usize, usize, &str, &str)> = got
                .iter()
                .map(|e| {
                    (
                        e.span.start,
                        e.span.end,
                        e.id().unwrap_or(""),
                        e.proclitics.as_str(),
                    )
                })
                .collect();
            let want: Vec<(usize, usize, &str, &str)> = spans
                .iter()
                .zip(expected.iter())
                .map(|(&(s, e), &(id, p))| (s, e, id, p))
                .collect();
            assert_eq!(spans.len(), expected.len(), "markup of {marked:?}");
            assert_eq!(got, want, "in {marked:?}");
        }
    }

    #[test]
    fn document_date_decides_between_two_office_holders() {
        let ex = extractor();
        // Both Assads fit a Syrian document; the date picks the one in office.
        let text = "في سوريا قال الأسد";
        let on = |d: &str| {
            let options = crate::Options::default().with_date(d.parse().expect("date"));
            ex.extract_with(text, &options)
                .iter()
                .map(|e| e.id().unwrap_or("").to_owned())
                .collect::<Vec<_>>()
        };
        assert_eq!(on("1995-01-01"), ["SY", "hafez-al-assad"]);
        assert_eq!(on("2010-01-01"), ["SY", "bashar-al-assad"]);
        // Without a date the most recent office holder is preferred.
        let ids: Vec<Option<&str>> = ex.extract(text).iter().map(|e| e.id()).collect();
        assert_eq!(ids, [Some("SY"), Some("bashar-al-assad")]);
    }

    /// (text, date, expected (role phrase or name as written, id)); id "" = role without holder.
    /// (text, date, expected (text as written, id)).
    type RoleCase = (
        &'static str,
        Option<&'static str>,
        &'static [(&'static str, &'static str)],
    );

    const ROLE_CASES: &[RoleCase] = &[
        // the date decides the holder
        (
            "قال وزير الدفاع الإيراني",
            Some("2016-06-09"),
            &[("وزير الدفاع الإيراني", "hossein-dehghan")],
        ),
        (
            "قال وزير الدفاع الإيراني",
            Some("2019-01-01"),
            &[("وزير الدفاع الإيراني", "")],
        ),
        // no date: the role without a person
        (
            "قال وزير الدفاع الإيراني",
            None,
            &[("وزير الدفاع الإيراني", "")],
        ),
        // construct form with the country's name, after a proclitic
        (
            "ولوزير دفاع إيران",
            Some("2016-06-09"),
            &[("وزير دفاع إيران", "hossein-dehghan")],
        ),
        // feminine agreement with الحكومة; nobody holds that office in the test data
        (
            "رئيس الحكومة السورية",
            Some("2016-06-09"),
            &[("رئيس الحكومة السورية", "")],
        ),
        // a former office is not the one held on the date
        (
            "الرئيس السوري السابق",
            Some("2010-01-01"),
            &[("الرئيس السوري", "")],
        ),
        // a title before a name links to the person when the offices agree
        (
            "الرئيس السوري بشار الأسد",
            None,
            &[
                ("الرئيس السوري", "bashar-al-assad"),
                ("بشار الأسد", "bashar-al-assad"),
            ],
        ),
        (
            "وزير الدفاع الإيراني، الجنرال حسين دهقان",
            None,
            &[
                ("وزير الدفاع الإيراني", "hossein-dehghan"),
                ("حسين دهقان", "hossein-dehghan"),
            ],
        ),
    ];

    #[test]
    fn role_mentions_resolve_their_holder_from_the_date_or_the_next_name() {
        let ex = extractor();
        for (text, date, expected) in ROLE_CASES {
            let mut options = crate::Options::default();
            if let Some(d) = date {
                options = options.with_date(d.parse().expect("date"));
            }
            let got: Vec<(&str, &str)> = ex
                .extract_with(text, &options)
                .iter()
                .map(|e| (e.text(text), e.id().unwrap_or("")))
                .collect();
            assert_eq!(&got, expected, "in {text:?} on {date:?}");
        }
    }

    #[test]
    fn a_title_that_contradicts_the_person_is_flagged() {
        let ex = extractor();
        let text = "وزير الدفاع الإيراني بشار الأسد";
        let got = ex.extract(text);
        let role = got[0].role.expect("a role mention");
        assert!(role.mismatch);
        assert_eq!(got[0].id(), None);
        assert_eq!(got[1].id(), Some("bashar-al-assad"));
    }

    #[test]
    fn nested_mentions_are_linked_to_their_container() {
        let ex = extractor();
        let text = "قوات سوريا الديمقراطية";
        let all = ex.extract_with(text, &crate::Options::default().with_nested(true));
        let ids: Vec<(Option<&str>, Option<usize>)> =
            all.iter().map(|e| (e.id(), e.parent)).collect();
        assert_eq!(ids, [(Some("sdf"), None), (Some("SY"), Some(0))]);
        assert_eq!(all[1].text(text), "سوريا");
    }
}
