//! `alam.Entity`: one mention, as Python sees it.
//!
//! Invariants: an `Entity` is immutable (a frozen class); `start`/`end` are code-point indices
//! into the document it came from, so `document[e.start:e.end] == e.text`, and `byte_start`/
//! `byte_end` the same span in the document's UTF-8 bytes; every field is what the Rust API
//! reported (see `adapter.rs`), converted to Python values only when read.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};

use crate::adapter::{Mention, RecordFields, RecordInfo};

/// One mention of a country, official or armed group in a document.
///
/// ``start``/``end`` index the document as a Python string (code points), so
/// ``document[e.start:e.end] == e.text``; ``byte_start``/``byte_end`` are the same span in the
/// document's UTF-8 bytes (what the Rust library and ``extract --json`` report). Fields that do
/// not apply to the entity's kind are ``None``.
#[pyclass(frozen, eq, module = "alam", name = "Entity")]
#[derive(Debug, Clone, PartialEq)]
pub struct PyEntity {
    mention: Mention,
    start: usize,
    end: usize,
    text: String,
}

impl PyEntity {
    /// An entity from a mention, its code-point span and its text as written.
    pub fn new(mention: Mention, start: usize, end: usize, text: String) -> PyEntity {
        PyEntity {
            mention,
            start,
            end,
            text,
        }
    }

    fn record(&self) -> Option<&RecordInfo> {
        self.mention.record.as_deref()
    }

    fn country_fields(&self) -> Option<(&Option<String>, &Option<String>, &Option<String>)> {
        match self.record().map(|r| &r.fields) {
            Some(RecordFields::Country {
                iso3,
                capital_ar,
                capital_en,
                ..
            }) => Some((iso3, capital_ar, capital_en)),
            _ => None,
        }
    }

    fn group_fields(&self) -> Option<&RecordFields> {
        self.record()
            .map(|r| &r.fields)
            .filter(|f| matches!(f, RecordFields::ArmedGroup { .. }))
    }
}

#[pymethods]
impl PyEntity {
    /// ``"country"``, ``"official"`` or ``"armed_group"``.
    #[getter]
    fn kind(&self) -> &'static str {
        self.mention.kind
    }

    /// The entity's id: ISO 3166-1 alpha-2 for a country (``"IR"``), a slug for an official or
    /// a group (``"hossein-dehghan"``, ``"islamic-state"``); ``None`` for a role mention whose
    /// holder is unknown.
    #[getter]
    fn id(&self) -> Option<&str> {
        self.record().map(|r| r.id.as_str())
    }

    /// The mention as written in the document (diacritics included, proclitics excluded).
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// Start of the mention as a Python string index (code points) into the document.
    #[getter]
    fn start(&self) -> usize {
        self.start
    }

    /// End (exclusive) of the mention as a Python string index into the document.
    #[getter]
    fn end(&self) -> usize {
        self.end
    }

    /// Start of the mention as a byte offset into the document's UTF-8 encoding.
    #[getter]
    fn byte_start(&self) -> usize {
        self.mention.byte_start
    }

    /// End (exclusive) of the mention as a byte offset into the document's UTF-8 encoding.
    #[getter]
    fn byte_end(&self) -> usize {
        self.mention.byte_end
    }

    /// Canonical Arabic name of the entity (``None`` for a role whose holder is unknown).
    #[getter]
    fn name_ar(&self) -> Option<&str> {
        self.record().map(|r| r.name_ar.as_str())
    }

    /// English name of the entity (``None`` for a role whose holder is unknown).
    #[getter]
    fn name_en(&self) -> Option<&str> {
        self.record().map(|r| r.name_en.as_str())
    }

    /// What the mention names the entity by: ``name``, ``long_name``, ``capital``, ``demonym``,
    /// ``seat``, ``label``, ``full_name``, ``short_name``, ``surname``, ``acronym``,
    /// ``self_designation``, ``role`` or ``reference``.
    #[getter]
    fn form(&self) -> &'static str {
        self.mention.form
    }

    /// The gazetteer alias that matched, as written in the gazetteer.
    #[getter]
    fn alias(&self) -> &str {
        &self.mention.alias
    }

    /// Proclitics written before the mention and not part of it (``"و"``, ``"ول"``, …), ``""``
    /// if none.
    #[getter]
    fn proclitics(&self) -> &'static str {
        self.mention.proclitics
    }

    /// How the mention was resolved: ``direct``, ``context_cue``, ``document``, ``follow_up``
    /// or ``role``.
    #[getter]
    fn resolution(&self) -> &'static str {
        self.mention.resolution
    }

    /// The ISO code of the country the mention belongs to (the country itself, a demonym's or
    /// capital's country, an official's office country, a group's main country), or ``None``.
    #[getter]
    fn country(&self) -> Option<&str> {
        self.mention.country.as_deref()
    }

    /// For a role mention (an office named by title and country), the office
    /// (``head_of_state``, ``defence_minister``, …); otherwise ``None``.
    #[getter]
    fn role(&self) -> Option<&'static str> {
        self.mention.role
    }

    /// ``True`` when a title is followed by a person who did not hold that office (on the
    /// document date).
    #[getter]
    fn role_mismatch(&self) -> bool {
        self.mention.role_mismatch
    }

    /// For a nested mention (``nested=True``), the index in the same result of the mention that
    /// contains it; otherwise ``None``.
    #[getter]
    fn parent(&self) -> Option<usize> {
        self.mention.parent
    }

    /// The gazetteer record the entity's ``id`` names, as a new dict (``kind``, ``id``,
    /// ``name_ar``, ``name_en`` and the kind's own fields), or ``None``.
    #[getter(record)]
    fn record_dict<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        self.record().map(|r| record_to_dict(py, r)).transpose()
    }

    /// A country's ISO 3166-1 alpha-3 code (``None`` for other kinds or when it has none).
    #[getter]
    fn iso3(&self) -> Option<&str> {
        self.country_fields()
            .and_then(|(iso3, _, _)| iso3.as_deref())
    }

    /// A country's capital in Arabic (``None`` for other kinds or when unknown).
    #[getter]
    fn capital_ar(&self) -> Option<&str> {
        self.country_fields().and_then(|(_, c, _)| c.as_deref())
    }

    /// A country's capital in English (``None`` for other kinds or when unknown).
    #[getter]
    fn capital_en(&self) -> Option<&str> {
        self.country_fields().and_then(|(_, _, c)| c.as_deref())
    }

    /// An official's terms of office, each a dict with ``role``, ``country``, ``start`` and
    /// ``end`` (ISO dates; ``end`` ``None`` while open); ``None`` for other kinds.
    #[getter]
    fn terms<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyList>>> {
        match self.record().map(|r| &r.fields) {
            Some(RecordFields::Official { terms, .. }) => terms_to_list(py, terms).map(Some),
            _ => Ok(None),
        }
    }

    /// An armed group's category (``jihadist``, ``militia``, …); ``None`` for other kinds.
    #[getter]
    fn category(&self) -> Option<&'static str> {
        match self.group_fields() {
            Some(RecordFields::ArmedGroup { category, .. }) => Some(category),
            _ => None,
        }
    }

    /// An armed group's countries (ISO codes, main one first); ``None`` for other kinds.
    #[getter]
    fn countries(&self) -> Option<Vec<&str>> {
        match self.group_fields() {
            Some(RecordFields::ArmedGroup { countries, .. }) => {
                Some(countries.iter().map(String::as_str).collect())
            }
            _ => None,
        }
    }

    /// An armed group's designations (``UN:QDe.115``, ``US-FTO``, ``US-SDGT``); ``None`` for
    /// other kinds.
    #[getter]
    fn designations(&self) -> Option<Vec<&str>> {
        match self.group_fields() {
            Some(RecordFields::ArmedGroup { designations, .. }) => {
                Some(designations.iter().map(String::as_str).collect())
            }
            _ => None,
        }
    }

    /// Every field as a plain dict (JSON-serialisable), ``record`` included.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("kind", self.kind())?;
        d.set_item("id", self.id())?;
        d.set_item("text", self.text())?;
        d.set_item("start", self.start)?;
        d.set_item("end", self.end)?;
        d.set_item("byte_start", self.mention.byte_start)?;
        d.set_item("byte_end", self.mention.byte_end)?;
        d.set_item("name_ar", self.name_ar())?;
        d.set_item("name_en", self.name_en())?;
        d.set_item("form", self.form())?;
        d.set_item("alias", self.alias())?;
        d.set_item("proclitics", self.proclitics())?;
        d.set_item("resolution", self.resolution())?;
        d.set_item("country", self.country())?;
        d.set_item("role", self.role())?;
        d.set_item("role_mismatch", self.role_mismatch())?;
        d.set_item("parent", self.parent())?;
        d.set_item("record", self.record_dict(py)?)?;
        Ok(d)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let text = PyString::new(py, &self.text).repr()?;
        let id = match self.id() {
            Some(id) => PyString::new(py, id).repr()?.to_string(),
            None => "None".to_owned(),
        };
        Ok(format!(
            "Entity(kind='{}', id={id}, text={text}, start={}, end={}, form='{}')",
            self.kind(),
            self.start,
            self.end,
            self.form()
        ))
    }

    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.mention.byte_start, self.mention.byte_end).hash(&mut h);
        (self.mention.kind, self.id(), self.mention.form, &self.text).hash(&mut h);
        h.finish()
    }
}

fn record_to_dict<'py>(py: Python<'py>, r: &RecordInfo) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("kind", r.kind)?;
    d.set_item("id", &r.id)?;
    d.set_item("name_ar", &r.name_ar)?;
    d.set_item("name_en", &r.name_en)?;
    match &r.fields {
        RecordFields::Country {
            iso3,
            capital_ar,
            capital_en,
            status,
        } => {
            d.set_item("iso3", iso3)?;
            d.set_item("capital_ar", capital_ar)?;
            d.set_item("capital_en", capital_en)?;
            d.set_item("status", status)?;
        }
        RecordFields::Official { wikidata, terms } => {
            d.set_item("wikidata", wikidata)?;
            d.set_item("terms", terms_to_list(py, terms)?)?;
        }
        RecordFields::ArmedGroup {
            category,
            countries,
            parent,
            predecessors,
            designations,
            wikidata,
        } => {
            d.set_item("category", category)?;
            d.set_item("countries", countries)?;
            d.set_item("parent", parent)?;
            let preds = PyList::empty(py);
            for (id, date) in predecessors {
                let p = PyDict::new(py);
                p.set_item("id", id)?;
                p.set_item("date", date)?;
                preds.append(p)?;
            }
            d.set_item("predecessors", preds)?;
            d.set_item("designations", designations)?;
            d.set_item("wikidata", wikidata)?;
        }
        RecordFields::Other => {}
    }
    Ok(d)
}

fn terms_to_list<'py>(
    py: Python<'py>,
    terms: &[crate::adapter::Term],
) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for t in terms {
        let d = PyDict::new(py);
        d.set_item("role", t.role)?;
        d.set_item("country", &t.country)?;
        d.set_item("start", &t.start)?;
        d.set_item("end", &t.end)?;
        list.append(d)?;
    }
    Ok(list)
}
