//! The typed entity API: what an extraction returns.
//!
//! Invariant: an [`Entity`]'s [`Span`] is a byte range of the ORIGINAL text, on char boundaries,
//! so `&text[span.start..span.end]` is the mention as written: marks and tatweel inside and at
//! its end included, proclitics (و ف ب ل ك) excluded. Entities borrow their records from the
//! extractor's gazetteer, so the default extractor's entities are `'static`.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::gazetteer::{ArmedGroup, Country, EntityKind, Form, Official, Role};

/// A byte range `start..end` of the original text.
///
/// ```
/// let span = alam::Span { start: 3, end: 7 };
/// assert_eq!(span.len(), 4);
/// assert_eq!(span.slice("ab cdef gh"), Some("cdef"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of the span, or `None` if it is out of range or not on char boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}

/// The proclitics written before a mention and not part of its span: an optional conjunction
/// (و or ف) then an optional preposition (ب, ل or ك), e.g. `"وب"` in وبسوريا.
///
/// ```
/// let e = &alam::extract("زار وفدٌ وللعراق")[0];
/// assert_eq!(e.proclitics.as_str(), "ول");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Proclitics(&'static str);

impl Proclitics {
    /// Every valid chain, the empty one first.
    pub(crate) const CHAINS: [&'static str; 12] = [
        "", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك",
    ];

    /// The chain for a normalized prefix, if it is a valid one.
    pub(crate) fn parse(prefix: &str) -> Option<Proclitics> {
        Self::CHAINS
            .iter()
            .find(|c| **c == prefix)
            .map(|c| Proclitics(c))
    }

    /// The proclitics as Arabic letters (normalized: no marks), `""` when there are none.
    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Proclitics {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

/// How a mention was resolved to its entity, so users can filter by confidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Resolution {
    /// An unambiguous alias.
    Direct,
    /// An ambiguous alias supported by a cue word next to it (حركة حماس، الرئيس الأسد).
    ContextCue,
    /// An ambiguous alias supported by the rest of the document (an unambiguous mention of the
    /// same entity or of its country).
    Document,
    /// A surname or short form after the person was named in full earlier in the document.
    FollowUp,
    /// An office named by title and country; the holder is resolved from the document date.
    Role,
}

impl Resolution {
    /// `"direct"`, `"context_cue"`, `"document"`, `"follow_up"` or `"role"`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Resolution::Direct => "direct",
            Resolution::ContextCue => "context_cue",
            Resolution::Document => "document",
            Resolution::FollowUp => "follow_up",
            Resolution::Role => "role",
        }
    }
}

impl Serialize for Resolution {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// The record an entity refers to.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Record<'g> {
    /// A country or territory.
    Country(&'g Country),
    /// An official.
    Official(&'g Official),
    /// An armed group.
    ArmedGroup(&'g ArmedGroup),
}

impl<'g> Record<'g> {
    /// The record's kind.
    pub fn kind(&self) -> EntityKind {
        match self {
            Record::Country(_) => EntityKind::Country,
            Record::Official(_) => EntityKind::Official,
            Record::ArmedGroup(_) => EntityKind::ArmedGroup,
        }
    }

    /// The record's id (`IR`, `hossein-dehghan`, `islamic-state`).
    pub fn id(&self) -> &'g str {
        match self {
            Record::Country(c) => &c.id,
            Record::Official(o) => &o.id,
            Record::ArmedGroup(g) => &g.id,
        }
    }

    /// Canonical Arabic name.
    pub fn name_ar(&self) -> &'g str {
        match self {
            Record::Country(c) => &c.name_ar,
            Record::Official(o) => &o.name_ar,
            Record::ArmedGroup(g) => &g.name_ar,
        }
    }

    /// English name.
    pub fn name_en(&self) -> &'g str {
        match self {
            Record::Country(c) => &c.name_en,
            Record::Official(o) => &o.name_en,
            Record::ArmedGroup(g) => &g.name_en,
        }
    }
}

/// An office named by title and country (وزير الدفاع الإيراني), with the holder when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct RoleMention<'g> {
    /// The office.
    pub role: Role,
    /// The country id of the office, if it has one.
    pub country: Option<&'g str>,
    /// The title is followed by a person who did not hold that office (on the document date,
    /// when one is given): the text's claim contradicts the gazetteer.
    pub mismatch: bool,
}

/// One mention of a country, official or armed group.
///
/// ```
/// let text = "وصل وزير الخارجية إلى طهران";
/// let entities = alam::extract(text);
/// let e = &entities[0];
/// assert_eq!(e.kind(), alam::EntityKind::Country);
/// assert_eq!(e.id(), "IR");
/// assert_eq!(e.form, alam::Form::Capital);
/// assert_eq!(e.text(text), "طهران");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Entity<'g> {
    /// The record the mention refers to. For a role mention whose holder is unknown, the
    /// country of the office (or `None` for an international office).
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
    /// The kind of entity.
    pub fn kind(&self) -> EntityKind {
        match (&self.record, &self.role) {
            (_, Some(_)) => EntityKind::Official,
            (Some(r), None) => r.kind(),
            (None, None) => EntityKind::Official,
        }
    }

    /// The entity's id; for a role mention with no known holder, `role:<role>:<country>`
    /// style ids are not invented: the empty string is returned.
    pub fn id(&self) -> &'g str {
        match (&self.record, &self.role) {
            (Some(r @ Record::Official(_)), _) => r.id(),
            (_, Some(_)) => "",
            (Some(r), None) => r.id(),
            (None, None) => "",
        }
    }

    /// The mention as written: the original text's bytes at [`span`](Self::span).
    ///
    /// Returns `""` if `original` is not the text this entity came from (out of range).
    pub fn text<'t>(&self, original: &'t str) -> &'t str {
        self.span.slice(original).unwrap_or("")
    }

    /// Canonical Arabic name of the entity (`""` for a role without a known holder).
    pub fn name_ar(&self) -> &'g str {
        match self.person_or_record() {
            Some(r) => r.name_ar(),
            None => "",
        }
    }

    /// English name of the entity (`""` for a role without a known holder).
    pub fn name_en(&self) -> &'g str {
        match self.person_or_record() {
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
            Record::Official(o) => o.offices.iter().rev().find_map(|t| t.country.as_deref()),
            Record::ArmedGroup(g) => g.countries.first().map(String::as_str),
        }
    }

    fn person_or_record(&self) -> Option<Record<'g>> {
        match (&self.record, &self.role) {
            (Some(r @ Record::Official(_)), _) => Some(*r),
            (_, Some(_)) => None,
            (r, None) => *r,
        }
    }
}

impl Serialize for Entity<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("kind", &self.kind())?;
        m.serialize_entry("id", self.id())?;
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
