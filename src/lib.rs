//! # alam — political entities in Arabic text
//!
//! `alam` (عَلَم, "proper name") finds **countries** (by name, capital, demonym, government seat
//! or political label), **officials** and **armed groups** in Arabic text and returns them as
//! typed records with exact byte offsets into the text as written.
//!
//! ```
//! let text = "وأدان وزير الدفاع الإيراني حسين دهقان هجمات تنظيم الدولة الإسلامية في سُورِيَا";
//! for e in alam::extract(text) {
//!     println!("{} {} {:?}", e.kind(), e.id(), e.text(text));
//! }
//! let found: Vec<(&str, &str)> = alam::extract(text)
//!     .iter()
//!     .map(|e| (e.form.as_str(), e.id()))
//!     .collect();
//! assert_eq!(
//!     found,
//!     [
//!         ("role", "hossein-dehghan"), // وزير الدفاع الإيراني, linked to the name after it
//!         ("full_name", "hossein-dehghan"),
//!         ("name", "islamic-state"),
//!         ("name", "SY"),
//!     ]
//! );
//! ```
//!
//! The pipeline: [`normalize`](normalize::normalize) folds the text (keeping an offset map), one
//! Aho-Corasick automaton finds every alias variant, and the resolver applies Arabic word
//! boundaries, proclitics (و ف ب ل ك, the merged لل), overlaps and document context.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod automaton;
pub mod entity;
pub mod error;
mod extractor;
pub mod gazetteer;
pub mod html;
pub mod normalize;
pub mod profile;
mod resolve;
pub mod stream;
mod variants;

pub use entity::{Entity, Proclitics, Record, Resolution, RoleMention, Span};
pub use error::{Error, Result};
pub use extractor::{extract, Extractor, ExtractorBuilder, Options};
pub use gazetteer::{
    Alias, AliasFlags, ArmedGroup, Country, CountryStatus, Date, EntityKind, Form, Gazetteer,
    GroupCategory, Office, Official, Role,
};
pub use profile::{document_profile, Profile, ProfileEntry};
pub use stream::{Documents, StreamedDocument};

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
