//! # alam — political entities in Arabic text
//!
//! `alam` (عَلَم, "proper name") finds **countries** (by name, capital, demonym, government seat
//! or political label), **officials** and **armed groups** in Arabic text and returns them as
//! typed records with exact byte offsets into the text as written.
//!
//! ```
//! let text = "وأدان وزير الدفاع الإيراني حسين دهقان هجمات تنظيم الدولة الإسلامية في سُورِيَا";
//! for e in alam::extract(text) {
//!     println!("{} {:?} {:?}", e.kind(), e.id(), e.text(text));
//! }
//! let found: Vec<(&str, Option<&str>)> = alam::extract(text)
//!     .iter()
//!     .map(|e| (e.form.as_str(), e.id()))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("role", Some("hossein-dehghan")), // وزير الدفاع الإيراني, linked to the name after it
//!         ("full_name", Some("hossein-dehghan")),
//!         ("name", Some("islamic-state")),
//!         ("name", Some("SY")),
//!     ]
//! );
//! ```
//!
//! The pipeline, one layer per module, each using only the layers before it: `text`
//! ([`normalize`] folds the text keeping an offset map; the one-byte matching alphabet; word
//! boundaries and proclitics) → `gazetteer` (records, aliases and the lexicon of language rules,
//! validated) → `automaton` (every alias variant in one Aho-Corasick automaton) → `resolve`
//! (boundaries, proclitics, roles, overlaps, references and document context) → `entity` and
//! `extractor` (the public results and entry points) → `stream` (one document per line). Every
//! public type is exported here, at the crate root, and only here.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod automaton;
mod entity;
mod error;
mod extractor;
mod gazetteer;
pub mod html;
mod profile;
mod resolve;
mod stream;
mod text;

pub use entity::{Entity, RoleMention};
pub use error::{Error, Result};
pub use extractor::{extract, Extractor, ExtractorBuilder, Options};
pub use gazetteer::{
    Alias, AliasFlags, ArmedGroup, Country, CountryId, CountryStatus, Date, DateError, EntityKind,
    Form, Gazetteer, GroupCategory, GroupId, Office, Official, OfficialId, Organization,
    OrganizationId, PartialDate, Predecessor, Record, RecordId, Role, RoleTitle, TitleFollows,
};
pub use profile::{document_profile, Profile, ProfileEntry};
pub use resolve::Resolution;
pub use stream::{Documents, StreamedDocument};
pub use text::{normalize, Normalized, Proclitics, Span};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
