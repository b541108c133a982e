//! The typed entity API: what an extraction returns.
//!
//! Invariants: an [`Entity`]'s [`Span`] is a byte range of the ORIGINAL text, on char
//! boundaries, so `&text[span.start..span.end]` is the mention as written: marks and tatweel
//! inside and at its end included, proclitics (و ف ب ل ك) excluded. Its `record` is `None`
//! only for a role mention whose holder is not known. Entities borrow their records from the
//! extractor's gazetteer, so the default extractor's entities are `'static`.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::gazetteer::{EntityKind, Form, Record, Role};
use crate::resolve::Resolution;
use crate::text::{Proclitics, Span};

/// An office named by title and country (وزير الدفاع الإيراني), with the holder when known.
///
/// ```
/// let text = "قال وزير الدفاع الإيراني";
/// let role = alam::extract(text)[0].role.unwrap();
/// assert_eq!((role.role, role.country, role.mismatch), (alam::Role::DefenceMinister, Some("IR"), false));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RoleMention<'g> {
    /// The office.
    pub role: Role,
    /// The country id of the office, if it has one: its org when that is a country, or the
    /// country an envoy is sent to.
    pub country: Option<&'g str>,
    /// What the office belongs to: a country, organization or armed-group / party id
    /// (`IR`, `arab-league`, `hezbollah`); `None` for an old-style UN Secretary-General row.
    pub org: Option<&'g str>,
    /// The title is followed by a person who did not hold that office (on the document date,
    /// when one is given): the text's claim contradicts the gazetteer.
    pub mismatch: bool,
}

/// One mention of a country, official, armed group or organization.
///
/// ```
/// let text = "وصل وزير الخارجية إلى طهران";
/// let entities = alam::extract(text);
/// let e = &entities[0];
/// assert_eq!(e.kind(), alam::EntityKind::Country);
/// assert_eq!(e.id(), Some("IR"));
/// assert_eq!(e.form, alam::Form::Capital);
/// assert_eq!(e.text(text), "طهران");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Entity<'g> {
    /// The record the mention refers to: for a role mention, the holder of the office, or
    /// `None` when the holder is not known; never `None` otherwise.
    pub record: Option<Record<'g>>,
    /// Byte offsets into the original text.
    pub span: Span,
    /// What the mention names the entity by.
    pub form: Form,
    /// The gazetteer alias that matched, as written in the gazetteer.
    pub alias: &'g str,
    /// Proclitics written before the mention, outside its span.
    pub proclitics: Proclitics,
    /// How the mention was resolved.
    pub resolution: Resolution,
    /// For a role mention: the office named.
    pub role: Option<RoleMention<'g>>,
    /// For a nested mention (reported only when asked for): the index, in the same result, of
    /// the longer mention that contains it.
    pub parent: Option<usize>,
}

impl<'g> Entity<'g> {
    /// The kind of entity. A role mention is of kind [`EntityKind::Official`] even when its
    /// holder is not known: it names an office holder, and [`role`](Self::role) says which
    /// office; [`record`](Self::record) and [`id`](Self::id) are then `None`.
    ///
    /// ```
    /// let e = &alam::extract("قال وزير الدفاع الإيراني")[0]; // no date: holder unknown
    /// assert_eq!(e.kind(), alam::EntityKind::Official);
    /// assert_eq!(e.id(), None);
    /// ```
    pub fn kind(&self) -> EntityKind {
        match (&self.role, &self.record) {
            (None, Some(r)) => r.kind(),
            // A role mention, with or without a known holder.
            _ => EntityKind::Official,
        }
    }

    /// The entity's id (`IR`, `hossein-dehghan`, `islamic-state`); `None` for a role mention
    /// whose holder is not known (no id is invented for an office).
    ///
    /// ```
    /// let options = alam::Options::default().with_date("2016-06-09".parse().unwrap());
    /// let text = "قال وزير الدفاع الإيراني";
    /// let e = &alam::Extractor::default_ref().extract_with(text, &options)[0];
    /// assert_eq!(e.id(), Some("hossein-dehghan"));
    /// ```
    pub fn id(&self) -> Option<&'g str> {
        self.record.map(|r| r.id())
    }

    /// The mention as written: the original text's bytes at [`span`](Self::span).
    ///
    /// Returns `""` if `original` is not the text this entity came from (out of range).
    pub fn text<'t>(&self, original: &'t str) -> &'t str {
        self.span.slice(original).unwrap_or("")
    }

    /// Canonical Arabic name of the entity (`""` for a role without a known holder).
    pub fn name_ar(&self) -> &'g str {
        match self.record {
            Some(r) => r.name_ar(),
            None => "",
        }
    }

    /// English name of the entity (`""` for a role without a known holder).
    pub fn name_en(&self) -> &'g str {
        match self.record {
            Some(r) => r.name_en(),
            None => "",
        }
    }

    /// The country id the mention belongs to: the country itself, a role's country, an
    /// official's (first) office country, or a group's main country.
    pub fn country(&self) -> Option<&'g str> {
        if let Some(role) = &self.role {
            return role.country;
        }
        match self.record? {
            Record::Country(c) => Some(&c.id),
            Record::Official(o) => o.offices.iter().rev().find_map(|t| t.country()),
            Record::ArmedGroup(g) => g.countries.first().map(String::as_str),
            Record::Organization(_) => None,
        }
    }
}

impl Serialize for Entity<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", &self.kind())?;
        m.serialize_entry("id", &self.id())?;
        m.serialize_entry("start", &self.span.start)?;
        m.serialize_entry("end", &self.span.end)?;
        m.serialize_entry("name_ar", self.name_ar())?;
        m.serialize_entry("name_en", self.name_en())?;
        m.serialize_entry("form", &self.form)?;
        m.serialize_entry("alias", self.alias)?;
        m.serialize_entry("proclitics", &self.proclitics)?;
        m.serialize_entry("resolution", &self.resolution)?;
        if let Some(country) = self.country() {
            m.serialize_entry("country", country)?;
        }
        if let Some(role) = &self.role {
            m.serialize_entry("role", &role.role)?;
            if let Some(org) = role.org.filter(|org| Some(*org) != role.country) {
                m.serialize_entry("org", org)?;
            }
            if role.mismatch {
                m.serialize_entry("role_mismatch", &true)?;
            }
        }
        if let Some(parent) = self.parent {
            m.serialize_entry("parent", &parent)?;
        }
        m.end()
    }
}
