//! The one JSON shape of a mention: [`Mention`], what `extract --json` prints.
//!
//! Invariants: the keys are always written in the order of [`Mention::KEYS`]; every key but
//! `file` and `line` is always present (`null`, `false` or `""` when it does not apply), so a
//! consumer can rely on one schema (`docs/entity.schema.json`); `text` is the document's own
//! bytes at the entity's byte span, whatever unit `start` and `end` are counted in.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::entity::Entity;
use crate::gazetteer::Record;
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
/// | `kind` | string | `country`, `official`, `armed_group` or `organization` ([`Entity::kind`]) |
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
/// | `org` | string or null | for a role mention, the id of what the office belongs to: a country, an organization (`arab-league`) or a group or party (`hezbollah`) |
/// | `role_mismatch` | boolean | the title is followed by a person who never held that office |
/// | `parent` | integer or null | for a nested mention, the index of the mention containing it |
/// | `record` | object or null | the typed record: a [`Country`](crate::Country), [`Official`](crate::Official), [`ArmedGroup`](crate::ArmedGroup) or [`Organization`](crate::Organization) with all its fields (`kind` says which); `null` when `id` is |
/// | `file` | string | only when set ([`Mention::with_file`]): the input file |
/// | `line` | integer | only when set ([`Mention::with_line`]): the 1-based line of the document |
///
/// ```
/// let text = "وزارَ 🙂 وفدٌ طهران";
/// let entities = alam::extract(text);
/// let json = serde_json::to_string(&entities[0].json(text)).unwrap();
/// assert!(json.starts_with(r#"{"kind":"country","id":"IR","start":25,"end":35,"text":"طهران","#));
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
        "org",
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
        m.serialize_entry("org", &e.role.and_then(|r| r.org))?;
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

/// A small JSON writer for [`Mention::write_json`]: the bytes `serde_json` writes for the same
/// values (compact, its escapes), without a serializer per value. Keys are written as literals.
struct Writer<'o>(&'o mut Vec<u8>);

impl Writer<'_> {
    fn raw(&mut self, s: &str) {
        self.0.extend_from_slice(s.as_bytes());
    }

    /// A JSON string, escaped as serde_json does: `"` `\` and control characters only.
    fn str(&mut self, s: &str) {
        let out = &mut *self.0;
        out.push(b'"');
        let bytes = s.as_bytes();
        // Most strings need no escape: a branch-free test the compiler vectorizes, then one copy.
        let plain = bytes
            .iter()
            .fold(true, |ok, &b| ok & (b >= 0x20) & (b != b'"') & (b != b'\\'));
        if plain {
            out.extend_from_slice(bytes);
            out.push(b'"');
            return;
        }
        let mut from = 0;
        for (i, &b) in bytes.iter().enumerate() {
            let esc: &[u8] = match b {
                b'"' => b"\\\"",
                b'\\' => b"\\\\",
                b'\n' => b"\\n",
                b'\r' => b"\\r",
                b'\t' => b"\\t",
                0x08 => b"\\b",
                0x0C => b"\\f",
                0..=0x1F => b"",
                _ => continue,
            };
            out.extend_from_slice(&bytes[from..i]);
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            } else {
                out.extend_from_slice(esc);
            }
            from = i + 1;
        }
        out.extend_from_slice(&bytes[from..]);
        out.push(b'"');
    }

    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }

    fn partial_date(&mut self, d: Option<crate::gazetteer::PartialDate>) {
        match d {
            // written as it is displayed: YYYY, YYYY-MM or YYYY-MM-DD
            Some(d) => self.str(&d.to_string()),
            None => self.raw("null"),
        }
    }

    fn num(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.0.extend_from_slice(&digits[i..]);
    }

    fn date(&mut self, d: Option<crate::gazetteer::Date>) {
        match d {
            Some(d) => {
                // `YYYY-MM-DD`, as its Display writes it.
                let (y, m, d) = (usize::from(d.year()), d.month(), d.day());
                let digits = [
                    y / 1000 % 10,
                    y / 100 % 10,
                    y / 10 % 10,
                    y % 10,
                    10,
                    usize::from(m / 10),
                    usize::from(m % 10),
                    10,
                    usize::from(d / 10),
                    usize::from(d % 10),
                ];
                self.0.push(b'"');
                self.0.extend(
                    digits
                        .iter()
                        .map(|&n| if n == 10 { b'-' } else { b'0' + n as u8 }),
                );
                self.0.push(b'"');
            }
            None => self.raw("null"),
        }
    }

    fn list(&mut self, items: &[String]) {
        self.0.push(b'[');
        for (i, s) in items.iter().enumerate() {
            if i > 0 {
                self.0.push(b',');
            }
            self.str(s);
        }
        self.0.push(b']');
    }
}

impl Mention<'_, '_> {
    /// Appends this mention's JSON to `out`: exactly the bytes `serde_json::to_writer` writes
    /// for it (a test checks every field), several times faster, without allocating. This is
    /// what `extract --json` prints.
    ///
    /// ```
    /// let text = "زار \"الوفد\" بغداد";
    /// let e = &alam::extract(text)[0];
    /// let mut out = Vec::new();
    /// e.json(text).with_line(2).write_json(&mut out);
    /// assert_eq!(out, serde_json::to_vec(&e.json(text).with_line(2)).unwrap());
    /// ```
    pub fn write_json(&self, out: &mut Vec<u8>) {
        let e = self.entity;
        let mut w = Writer(out);
        w.raw("{\"kind\":");
        w.str(e.kind().as_str());
        w.raw(",\"id\":");
        w.opt_str(e.id());
        w.raw(",\"start\":");
        w.num(self.offsets.start);
        w.raw(",\"end\":");
        w.num(self.offsets.end);
        w.raw(",\"text\":");
        w.str(self.text);
        w.raw(",\"name_ar\":");
        w.str(e.name_ar());
        w.raw(",\"name_en\":");
        w.str(e.name_en());
        w.raw(",\"form\":");
        w.str(e.form.as_str());
        w.raw(",\"alias\":");
        w.str(e.alias);
        w.raw(",\"proclitics\":");
        w.str(e.proclitics.as_str());
        w.raw(",\"resolution\":");
        w.str(e.resolution.as_str());
        w.raw(",\"country\":");
        w.opt_str(e.country());
        w.raw(",\"role\":");
        w.opt_str(e.role.map(|r| r.role.as_str()));
        w.raw(",\"org\":");
        w.opt_str(e.role.and_then(|r| r.org));
        w.raw(if e.role.is_some_and(|r| r.mismatch) {
            ",\"role_mismatch\":true,\"parent\":"
        } else {
            ",\"role_mismatch\":false,\"parent\":"
        });
        match e.parent {
            Some(p) => w.num(p),
            None => w.raw("null"),
        }
        w.raw(",\"record\":");
        match e.record {
            Some(r) => write_record(&mut w, r),
            None => w.raw("null"),
        }
        if let Some(file) = self.file {
            w.raw(",\"file\":");
            w.str(file);
        }
        if let Some(line) = self.line {
            w.raw(",\"line\":");
            w.num(line);
        }
        w.0.push(b'}');
    }
}

/// A record's fields, in declaration order, as its `Serialize` derive writes them.
fn write_record(w: &mut Writer<'_>, record: Record<'_>) {
    match record {
        Record::Country(c) => {
            w.raw("{\"id\":");
            w.str(&c.id);
            w.raw(",\"iso3\":");
            w.opt_str(c.iso3.as_deref());
            w.raw(",\"name_ar\":");
            w.str(&c.name_ar);
            w.raw(",\"name_en\":");
            w.str(&c.name_en);
            w.raw(",\"capital_ar\":");
            w.opt_str(c.capital_ar.as_deref());
            w.raw(",\"capital_en\":");
            w.opt_str(c.capital_en.as_deref());
            w.raw(",\"status\":");
            w.str(c.status.as_str());
        }
        Record::Official(o) => {
            write_names(w, &o.id, &o.name_ar, &o.name_en);
            w.raw(",\"wikidata\":");
            w.opt_str(o.wikidata.as_deref());
            w.raw(",\"born\":");
            w.partial_date(o.born);
            w.raw(",\"died\":");
            w.partial_date(o.died);
            w.raw(if o.well_known {
                ",\"well_known\":true"
            } else {
                ",\"well_known\":false"
            });
            w.raw(",\"offices\":[");
            for (i, t) in o.offices.iter().enumerate() {
                w.raw(if i > 0 { ",{\"role\":" } else { "{\"role\":" });
                w.str(t.role.as_str());
                w.raw(",\"org\":");
                w.opt_str(t.org.as_deref());
                w.raw(",\"about\":");
                w.opt_str(t.about.as_deref());
                w.raw(",\"start\":");
                w.date(Some(t.start));
                w.raw(",\"end\":");
                w.date(t.end);
                w.raw(",\"source\":");
                w.list(&t.source);
                w.raw("}");
            }
            w.raw("]");
        }
        Record::ArmedGroup(g) => write_group(w, g),
        Record::Organization(o) => {
            write_names(w, &o.id, &o.name_ar, &o.name_en);
            w.raw(",\"parent\":");
            w.opt_str(o.parent.as_deref());
            w.raw(",\"wikidata\":");
            w.opt_str(o.wikidata.as_deref());
        }
    }
    w.raw(",\"source\":");
    w.list(record_source(record));
    w.raw("}");
}

fn write_group(w: &mut Writer<'_>, g: &crate::gazetteer::ArmedGroup) {
    write_names(w, &g.id, &g.name_ar, &g.name_en);
    w.raw(",\"category\":");
    w.str(g.category.as_str());
    w.raw(",\"countries\":");
    w.list(&g.countries);
    w.raw(",\"parent\":");
    w.opt_str(g.parent.as_deref());
    w.raw(",\"predecessors\":[");
    for (i, p) in g.predecessors.iter().enumerate() {
        w.raw(if i > 0 { ",{\"id\":" } else { "{\"id\":" });
        w.str(&p.id);
        w.raw(",\"date\":");
        w.date(p.date);
        w.raw("}");
    }
    w.raw("],\"designations\":");
    w.list(&g.designations);
    w.raw(",\"wikidata\":");
    w.opt_str(g.wikidata.as_deref());
}

/// The first fields of a person's, a group's or an organization's record: `{"id":…,"name_ar":…,"name_en":…`.
fn write_names(w: &mut Writer<'_>, id: &str, name_ar: &str, name_en: &str) {
    w.raw("{\"id\":");
    w.str(id);
    w.raw(",\"name_ar\":");
    w.str(name_ar);
    w.raw(",\"name_en\":");
    w.str(name_en);
}

/// The `source` field, the last of every record.
fn record_source<'g>(record: Record<'g>) -> &'g [String] {
    match record {
        Record::Country(c) => &c.source,
        Record::Official(o) => &o.source,
        Record::ArmedGroup(g) => &g.source,
        Record::Organization(o) => &o.source,
    }
}

#[cfg(test)]
mod tests {
    use super::Writer;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        for s in [
            "سوريا",
            "a\"b\\c",
            "\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "\u{202B}\u{200F}🙂",
            "",
        ] {
            let mut out = Vec::new();
            Writer(&mut out).str(s);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                serde_json::to_string(s).unwrap()
            );
        }
        for n in [0, 7, 10, 1234567890, usize::MAX] {
            let mut out = Vec::new();
            Writer(&mut out).num(n);
            assert_eq!(String::from_utf8(out).unwrap(), n.to_string());
        }
    }
}
