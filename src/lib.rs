//! # alam — political entities in Arabic text
//!
//! `alam` (عَلَم, "proper name") finds **countries** (by name, capital, demonym, government seat
//! or political label), **officials** (heads of state and government, ministers and other office
//! holders, with their terms of office) and **armed groups** in Arabic text, and returns each
//! mention as an [`Entity`]: its kind, its typed [`Record`], the [`Form`] it is named by, how it
//! was [resolved](Resolution), and its exact offsets into the text as written.
//!
//! ```
//! let text = "وأدان وزير الدفاع الإيراني حسين دهقان هجمات تنظيم الدولة الإسلامية في سُورِيَا";
//! let found: Vec<(&str, Option<&str>, &str)> = alam::extract(text)
//!     .iter()
//!     .map(|e| (e.form.as_str(), e.id(), e.text(text)))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("role", Some("hossein-dehghan"), "وزير الدفاع الإيراني"), // linked to the name after it
//!         ("full_name", Some("hossein-dehghan"), "حسين دهقان"),
//!         ("name", Some("islamic-state"), "تنظيم الدولة الإسلامية"),
//!         ("name", Some("SY"), "سُورِيَا"), // diacritics included, as written
//!     ]
//! );
//! ```
//!
//! ## The pipeline
//!
//! One layer per module, each using only the layers before it: `text` ([`normalize`] folds
//! hamza forms, ta marbuta, alef maqsura, diacritics, tatweel, invisible characters,
//! presentation forms, Persian letters and digits, keeping an offset map to the original) →
//! `gazetteer` (records, aliases and the lexicon of language rules, validated) → `automaton`
//! (every alias variant in one Aho-Corasick automaton) → `resolve` (Arabic word boundaries,
//! proclitics و ف ب ل ك and the merged لل, roles, overlaps, references and document context) →
//! `entity` and `extractor` (the public results and entry points) → `stream` (one document per
//! line). Every public type is exported here, at the crate root, and only here.
//!
//! ```
//! let n = alam::normalize("وَلِلعِراقِ");
//! assert_eq!(n.as_str(), "وللعراق"); // the marks are folded away for matching ...
//! let e = &alam::extract("وَلِلعِراقِ")[0];
//! assert_eq!((e.proclitics.as_str(), e.text("وَلِلعِراقِ")), ("ول", "لعِراقِ")); // ... not from the result
//! ```
//!
//! ## Offsets
//!
//! [`Entity::span`] is a byte range of the original text on char boundaries, so
//! `&text[span.start..span.end]` ([`Entity::text`]) is the mention as written, proclitics
//! excluded. Outside Rust, strings are indexed by code points (Python, databases) or UTF-16
//! units (JavaScript, Java): use [`Entity::char_span`], [`Entity::utf16_span`], or
//! [`OffsetUnit::spans`] for all entities of a document in one pass (`extract --offsets`).
//!
//! ```
//! // A diacritic (2 bytes, 1 code point) and an emoji (4 bytes, 1 code point, 2 UTF-16 units).
//! let text = "قالَ 🙂 سوريا";
//! let e = &alam::extract(text)[0];
//! assert_eq!((e.span.start, e.span.end), (14, 24));
//! assert_eq!(e.char_span(text), alam::Span { start: 7, end: 12 }); // Python: text[7:12]
//! assert_eq!(e.utf16_span(text), alam::Span { start: 8, end: 13 }); // JS: text.slice(8, 13)
//! ```
//!
//! ## Dates and roles
//!
//! An office named by title and country (وزير الدفاع الإيراني) is a role mention ([`Form::Role`],
//! [`Entity::role`]). Its holder is the person named right after it, or, given a document date
//! ([`Options::with_date`]), the one in office on that date; otherwise `id` is `None`.
//!
//! ```
//! let ex = alam::Extractor::default_ref();
//! let text = "قال وزير الدفاع الإيراني إن بلاده";
//! assert_eq!(ex.extract(text)[0].id(), None); // no date: the holder is not known
//! let options = alam::Options::default().with_date("2016-06-09".parse()?);
//! let e = &ex.extract_with(text, &options)[0];
//! assert_eq!((e.id(), e.role.unwrap().role), (Some("hossein-dehghan"), alam::Role::DefenceMinister));
//! # Ok::<(), alam::DateError>(())
//! ```
//!
//! ## Ambiguity and document context
//!
//! A name that is also an ordinary word or another entity's name (حماس 'zeal', مالي 'financial',
//! الأسد 'the lion') is reported only with support: a cue beside it ([`Resolution::ContextCue`]),
//! or an unambiguous mention of the same entity or of its country elsewhere in the document
//! ([`Resolution::Document`]). A surname alone is reported after the full name
//! ([`Resolution::FollowUp`]). So pass whole documents, not sentences.
//!
//! ```
//! let ids = |t: &str| alam::extract(t).iter().map(|e| e.id().unwrap_or("?")).collect::<Vec<_>>();
//! assert!(ids("تحلى اللاعب بالحماس").is_empty()); // an ordinary word
//! assert_eq!(ids("وقالت حركة حماس"), ["hamas"]); // its cue حركة
//! assert_eq!(ids("التقى حسين دهقان نظيره، وقال دهقان"), ["hossein-dehghan", "hossein-dehghan"]);
//! ```
//!
//! ## Custom gazetteers
//!
//! [`Extractor::builder`] adds your own TSV files (or replaces the embedded ones); a file's header
//! row says what it holds. The format, with a complete example, is on the
//! [`gazetteer_format`] page.
//!
//! ```
//! let aliases = "country\talias\tform\tflags\tcues\tsource\nSY\tبلاد الشام\tlabel\t\t\tmy-notes\n";
//! let ex = alam::Extractor::builder().add_source("my_aliases.tsv", aliases).build()?;
//! assert_eq!(ex.extract("في بلاد الشام")[0].id(), Some("SY"));
//! # Ok::<(), alam::Error>(())
//! ```
//!
//! ## JSON
//!
//! [`Entity::json`] gives the one JSON shape ([`Mention`]: every key documented there, in a fixed
//! order, with the typed record), the one `extract --json` prints; `docs/entity.schema.json` is
//! its JSON Schema.
//!
//! ```
//! let text = "زار الوفد بغداد";
//! let json = serde_json::to_string(&alam::extract(text)[0].json(text)).unwrap();
//! assert!(json.starts_with(r#"{"kind":"country","id":"IQ","start":18,"end":28,"text":"بغداد","#));
//! ```
//!
//! ## Streaming and threads
//!
//! [`Extractor::documents`] reads a corpus of one document per line with bounded memory. An
//! [`Extractor`] is immutable, `Send + Sync` and cheap to clone: share one across threads.
//!
//! ```
//! let ex = alam::Extractor::default_ref();
//! let lines: Vec<Vec<Option<&str>>> = ex
//!     .documents("في بغداد\nفي دمشق\n".as_bytes(), alam::Options::default(), "corpus.txt")
//!     .map(|d| d.map(|d| d.entities.iter().map(|e| e.id()).collect()))
//!     .collect::<Result<_, _>>()?;
//! assert_eq!(lines, [[Some("IQ")], [Some("SY")]]);
//!
//! let texts = ["في بغداد", "في دمشق"];
//! let ids: Vec<&str> = std::thread::scope(|s| {
//!     let handles: Vec<_> = texts.iter().map(|t| s.spawn(move || ex.extract(t)[0].id())).collect();
//!     handles.into_iter().map(|h| h.join().unwrap().unwrap()).collect()
//! });
//! assert_eq!(ids, ["IQ", "SY"]);
//! # Ok::<(), alam::Error>(())
//! ```
//!
//! ## Errors
//!
//! Extraction never fails and never panics: any `&str` gives a (possibly empty) list. Building
//! an extractor from files can fail with an [`Error`] naming the file and line and saying what
//! is valid; a stream reports a line that is not UTF-8 and goes on.
//!
//! ```
//! let err = alam::Extractor::builder()
//!     .add_source("mine.tsv", "country\talias\tform\tflags\tcues\tsource\nSY\tالشام\tnickname\t\t\tx\n")
//!     .build()
//!     .unwrap_err();
//! assert!(err.to_string().starts_with("mine.tsv:2: unknown form \"nickname\"; valid: name, long_name,"));
//! ```
//!
//! ## Performance
//!
//! The default extractor is built once, on first use (about 35 ms, 10 MiB), by [`extract`] or
//! [`Extractor::default_ref`]. Extraction is linear in the text: on one core of a small virtual
//! machine, about 100 MiB/s of real news and 4 µs for a sentence (`cargo bench -p
//! alam-benches`; the figures are in the README). Reuse the extractor; never build one per
//! document.
//!
//! ```
//! let ex = alam::Extractor::default_ref(); // built here, once
//! let text = "زار الوفد دمشق ".repeat(10_000); // 270 KB
//! assert_eq!(ex.extract(&text).len(), 10_000);
//! ```

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod automaton;
mod entity;
mod error;
mod extractor;
mod gazetteer;
pub mod gazetteer_format;
pub mod html;
mod json;
mod profile;
mod resolve;
mod stream;
mod text;

pub use entity::{Entity, RoleMention};
pub use error::{Error, Result};
pub use extractor::{extract, Extractor, ExtractorBuilder, Options, Scratch};
pub use gazetteer::{
    Alias, AliasFlags, ArmedGroup, Country, CountryId, CountryStatus, Date, DateError, EntityKind,
    Form, Gazetteer, GroupCategory, GroupId, Office, Official, OfficialId, Organization,
    OrganizationId, PartialDate, Predecessor, Record, RecordId, Role, RoleTitle, TitleFollows,
};
pub use json::Mention;
pub use profile::{document_profile, Profile, ProfileEntry};
pub use resolve::Resolution;
pub use stream::{Documents, StreamedDocument};
pub use text::{normalize, Normalized, OffsetUnit, Proclitics, Span};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
