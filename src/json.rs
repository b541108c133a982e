//! The one JSON shape of a mention: [`Mention`], what `extract --json` prints.
//!
//! Invariants: the keys are always written in the order of [`Mention::KEYS`]; every key but
//! `file` and `line` is always present (`null`, `false` or `""` when it does not apply), so a
//! consumer can rely on one schema (`docs/entity.schema.json`); `text` is the document's own
//! bytes at the entity's byte span, whatever unit `start` and `end` are counted in.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::entity::Entity;
use crate::text::{OffsetUnit, Span};

impl<'g> Entity<'g> {
    /// The JSON view of this entity found in `document`: serialize it with any serde format.
    /// This is the crate's one JSON shape, the one `extract --json` prints; its keys are
    /// documented on [`Mention`].
    ///
    /// ```
    /// let text = "قال الرئيس السوري";
    /// let e = &alam::extract(text)[0];
    /// let v: serde_json::Value = serde_json::to_value(e.json(text)).unwrap();
    /// assert_eq!(v["text"], "الرئيس السوري");
    /// assert_eq!(v["role"], "head_of_state");
    /// assert_eq!(v["id"], serde_json::Value::Null); // no date: the holder is not known
    /// ```
    pub fn json<'a>(&'a self, document: &'a str) -> Mention<'a, 'g> {
        Mention::new(self, document)
    }
}

/// An [`Entity`] with the text it was found in: the JSON view of a mention.
///
/// Made by [`Entity::json`]; `serde::Serialize` writes one JSON object with these keys, in this
/// order (the order of [`Mention::KEYS`]):
///
/// | key | type | meaning |
/// |---|---|---|
/// | `kind` | string | `country`, `official` or `armed_group` ([`Entity::kind`]) |
/// | `id` | string or null | ISO 3166-1 alpha-2 (`IR`) or `X-…` for countries, a slug (`hossein-dehghan`, `islamic-state`) for officials and groups; `null` for a role mention whose holder is not known ([`Entity::id`]) |
/// | `start`, `end` | integer | the mention's offsets, end exclusive: UTF-8 bytes by default, or code points / UTF-16 units ([`Mention::with_unit`], `extract --offsets`) |
/// | `text` | string | the mention as written: the document's bytes at the entity's byte span, diacritics included, proclitics excluded |
/// | `name_ar`, `name_en` | string | canonical names of the entity; `""` for a role without a known holder |
/// | `form` | string | what the mention names the entity by ([`Form`](crate::Form)) |
/// | `alias` | string | the gazetteer alias that matched |
/// | `proclitics` | string | proclitics written before the mention (`"و"`, `"ول"`), `""` if none |
/// | `resolution` | string | how the mention was resolved ([`Resolution`](crate::Resolution)) |
/// | `country` | string or null | the country id the mention belongs to ([`Entity::country`]) |
/// | `role` | string or null | for a role mention, the office ([`Role`](crate::Role)) |
/// | `role_mismatch` | boolean | the title is followed by a person who did not hold that office |
/// | `parent` | integer or null | for a nested mention, the index of the mention containing it |
/// | `record` | object or null | the typed record: a [`Country`](crate::Country), [`Official`](crate::Official) or [`ArmedGroup`](crate::ArmedGroup) with all its fields (`kind` says which); `null` when `id` is |
/// | `file` | string | only when set ([`Mention::with_file`]): the input file |
/// | `line` | integer | only when set ([`Mention::with_line`]): the 1-based line of the document |
///
/// ```
/// let text = "وزارَ 🙂 وفدٌ طهران";
/// let entities = alam::extract(text);
/// let json = serde_json::to_string(&entities[0].json(text)).unwrap();
/// assert!(json.starts_with(r#"{"kind":"country","id":"IR","start":22,"end":32,"text":"طهران","#));
/// assert!(json.contains(r#""record":{"id":"IR","iso3":"IRN","name_ar":"إيران","#));
/// assert!(json.contains(r#""capital_ar":"طهران","capital_en":"Tehran","status":"un_member""#));
///
/// let chars = entities[0].json(text).with_unit(alam::OffsetUnit::Chars).with_line(3);
/// let json = serde_json::to_string(&chars).unwrap();
/// assert!(json.starts_with(r#"{"kind":"country","id":"IR","start":13,"end":18,"#));
/// assert!(json.ends_with(r#","line":3}"#));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Mention<'a, 'g> {
    entity: &'a Entity<'g>,
    document: &'a str,
    text: &'a str,
    offsets: Span,
    file: Option<&'a str>,
    line: Option<usize>,
}

impl<'a, 'g> Mention<'a, 'g> {
    /// Every key a mention may have, in the order it is written (`file` and `line` only when
    /// set).
    ///
    /// ```
    /// assert_eq!(alam::Mention::KEYS[..5], ["kind", "id", "start", "end", "text"]);
    /// ```
    pub const KEYS: &'static [&'static str] = &[
        "kind",
        "id",
        "start",
        "end",
        "text",
        "name_ar",
        "name_en",
        "form",
        "alias",
        "proclitics",
        "resolution",
        "country",
        "role",
        "role_mismatch",
        "parent",
        "record",
        "file",
        "line",
    ];

    pub(crate) fn new(entity: &'a Entity<'g>, document: &'a str) -> Self {
        Mention {
            entity,
            document,
            text: entity.text(document),
            offsets: entity.span,
            file: None,
            line: None,
        }
    }

    /// `start` and `end` counted in `unit` of `document` (the text the entity came from).
    /// Linear in the document's length up to the mention; to convert every entity of a long
    /// document, use [`OffsetUnit::spans`] once and [`with_offsets`](Self::with_offsets).
    ///
    /// ```
    /// let text = "قالَ 🙂 سوريا";
    /// let e = &alam::extract(text)[0];
    /// let m = e.json(text).with_unit(alam::OffsetUnit::Utf16);
    /// assert_eq!((m.start(), m.end(), m.text()), (8, 13, "سوريا"));
    /// ```
    pub fn with_unit(self, unit: OffsetUnit) -> Self {
        Mention {
            offsets: unit.spans(self.document, &[self.entity.span])[0],
            ..self
        }
    }

    /// `start` and `end` as given (from [`OffsetUnit::spans`]), in place of the byte offsets.
    ///
    /// ```
    /// let text = "🙂 سوريا";
    /// let entities = alam::extract(text);
    /// let spans: Vec<alam::Span> = entities.iter().map(|e| e.span).collect();
    /// let chars = alam::OffsetUnit::Chars.spans(text, &spans);
    /// let m = entities[0].json(text).with_offsets(chars[0]);
    /// assert_eq!((m.start(), m.end()), (2, 7));
    /// ```
    pub fn with_offsets(self, offsets: Span) -> Self {
        Mention { offsets, ..self }
    }

    /// Adds the `file` key.
    ///
    /// ```
    /// let text = "زار دمشق";
    /// let e = &alam::extract(text)[0];
    /// let json = serde_json::to_string(&e.json(text).with_file("news.txt")).unwrap();
    /// assert!(json.ends_with(r#","file":"news.txt"}"#));
    /// ```
    pub fn with_file(self, file: &'a str) -> Self {
        Mention {
            file: Some(file),
            ..self
        }
    }

    /// Adds the `line` key (1-based line of the document in its input).
    ///
    /// ```
    /// let text = "زار دمشق";
    /// let e = &alam::extract(text)[0];
    /// let json = serde_json::to_string(&e.json(text).with_line(7)).unwrap();
    /// assert!(json.ends_with(r#","line":7}"#));
    /// ```
    pub fn with_line(self, line: usize) -> Self {
        Mention {
            line: Some(line),
            ..self
        }
    }

    /// The entity.
    ///
    /// ```
    /// let text = "زار دمشق";
    /// let e = &alam::extract(text)[0];
    /// assert_eq!(e.json(text).entity().id(), Some("SY"));
    /// ```
    pub fn entity(&self) -> &'a Entity<'g> {
        self.entity
    }

    /// The mention as written (the `text` key).
    ///
    /// ```
    /// let text = "زار دِمَشق";
    /// assert_eq!(alam::extract(text)[0].json(text).text(), "دِمَشق");
    /// ```
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The `start` key: the first offset, in the unit chosen (bytes by default).
    ///
    /// ```
    /// let text = "زار دمشق";
    /// assert_eq!(alam::extract(text)[0].json(text).start(), 7);
    /// ```
    pub fn start(&self) -> usize {
        self.offsets.start
    }

    /// The `end` key: one past the last offset, in the unit chosen (bytes by default).
    ///
    /// ```
    /// let text = "زار دمشق";
    /// assert_eq!(alam::extract(text)[0].json(text).end(), 15);
    /// ```
    pub fn end(&self) -> usize {
        self.offsets.end
    }
}

impl Serialize for Mention<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let e = self.entity;
        let extra = usize::from(self.file.is_some()) + usize::from(self.line.is_some());
        let mut m = s.serialize_map(Some(Mention::KEYS.len() - 2 + extra))?;
        m.serialize_entry("kind", &e.kind())?;
        m.serialize_entry("id", &e.id())?;
        m.serialize_entry("start", &self.offsets.start)?;
        m.serialize_entry("end", &self.offsets.end)?;
        m.serialize_entry("text", self.text)?;
        m.serialize_entry("name_ar", e.name_ar())?;
        m.serialize_entry("name_en", e.name_en())?;
        m.serialize_entry("form", &e.form)?;
        m.serialize_entry("alias", e.alias)?;
        m.serialize_entry("proclitics", &e.proclitics)?;
        m.serialize_entry("resolution", &e.resolution)?;
        m.serialize_entry("country", &e.country())?;
        m.serialize_entry("role", &e.role.map(|r| r.role))?;
        m.serialize_entry("role_mismatch", &e.role.is_some_and(|r| r.mismatch))?;
        m.serialize_entry("parent", &e.parent)?;
        m.serialize_entry("record", &e.record)?;
        if let Some(file) = self.file {
            m.serialize_entry("file", file)?;
        }
        if let Some(line) = self.line {
            m.serialize_entry("line", &line)?;
        }
        m.end()
    }
}
