//! The typed entity API: what an extraction returns.
//!
//! Invariants: an [`Entity`]'s [`Span`] is a byte range of the ORIGINAL text, on char
//! boundaries, so `&text[span.start..span.end]` is the mention as written: marks and tatweel
//! inside and at its end included, proclitics (و ف ب ل ك) excluded. Its `record` is `None`
//! only for a role mention whose holder is not known. Entities borrow their records from the
//! extractor's gazetteer, so the default extractor's entities are `'static`.

use serde::Serialize;

use crate::gazetteer::{EntityKind, Form, Record, Role};
use crate::resolve::Resolution;
use crate::text::{OffsetUnit, Proclitics, Span};

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
    /// The title is followed by a person who never held that office: the text's claim
    /// contradicts the gazetteer. (A title before someone who held the office at another time
    /// than the document date names that person, with no mismatch.)
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
    ///
    /// ```
    /// let text = "زار الوفدُ بغدادَ";
    /// let e = &alam::extract(text)[0];
    /// assert_eq!(e.text(text), "بغدادَ"); // the final fatha included
    /// assert_eq!(e.text("short"), ""); // not this entity's text
    /// ```
    pub fn text<'t>(&self, original: &'t str) -> &'t str {
        self.span.slice(original).unwrap_or("")
    }

    /// The span in Unicode code points of `document` (the text this entity came from), as
    /// Python, PostgreSQL or Spark index strings. Linear in the length of `document` before the
    /// mention; for all entities of a document at once, use [`OffsetUnit::spans`].
    ///
    /// ```
    /// // A diacritic (2 bytes, 1 code point) and an emoji (4 bytes, 1 code point) come first.
    /// let text = "قالَ 🙂 سوريا";
    /// let e = &alam::extract(text)[0];
    /// assert_eq!(e.span, alam::Span { start: 14, end: 24 });
    /// assert_eq!(e.char_span(text), alam::Span { start: 7, end: 12 });
    /// let chars: Vec<char> = text.chars().collect();
    /// assert_eq!(chars[7..12].iter().collect::<String>(), "سوريا");
    /// ```
    pub fn char_span(&self, document: &str) -> Span {
        OffsetUnit::Chars.spans(document, &[self.span])[0]
    }

    /// The span in UTF-16 code units of `document`, as JavaScript, Java or C# index strings
    /// (an emoji counts 2). Linear like [`char_span`](Self::char_span).
    ///
    /// ```
    /// let text = "قالَ 🙂 سوريا";
    /// let e = &alam::extract(text)[0];
    /// assert_eq!(e.utf16_span(text), alam::Span { start: 8, end: 13 });
    /// let units: Vec<u16> = text.encode_utf16().collect();
    /// assert_eq!(String::from_utf16(&units[8..13]).unwrap(), "سوريا");
    /// ```
    pub fn utf16_span(&self, document: &str) -> Span {
        OffsetUnit::Utf16.spans(document, &[self.span])[0]
    }

    /// Canonical Arabic name of the entity (`""` for a role without a known holder).
    ///
    /// ```
    /// let e = &alam::extract("وصل إلى طهران")[0];
    /// assert_eq!(e.name_ar(), "إيران");
    /// ```
    pub fn name_ar(&self) -> &'g str {
        match self.record {
            Some(r) => r.name_ar(),
            None => "",
        }
    }

    /// English name of the entity (`""` for a role without a known holder).
    ///
    /// ```
    /// let e = &alam::extract("وصل إلى طهران")[0];
    /// assert_eq!(e.name_en(), "Iran");
    /// ```
    pub fn name_en(&self) -> &'g str {
        match self.record {
            Some(r) => r.name_en(),
            None => "",
        }
    }

    /// The country id the mention belongs to: the country itself, a role's country, an
    /// official's (first) office country, or a group's main country.
    ///
    /// ```
    /// let found = alam::extract("أعلن تنظيم الدولة الإسلامية وقال الإيرانيون");
    /// let countries: Vec<Option<&str>> = found.iter().map(|e| e.country()).collect();
    /// assert_eq!(countries, [Some("IQ"), Some("IR")]); // a group's main country; a demonym's
    /// ```
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
