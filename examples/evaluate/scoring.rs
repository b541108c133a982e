//! Scoring of extractions against gold annotations: precision, recall and F1 per entity kind and
//! per phenomenon tag, with every miss and false positive kept for reading.
//!
//! Shared by the `evaluate` example and `tests/evaluation.rs` (included there by path), so the
//! floor the test enforces is computed exactly as the example prints it.

use std::collections::BTreeMap;

use alam::{Extractor, Options};

/// A gold mention of the project's corpus (byte offsets into the document's text).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Gold {
    pub start: usize,
    pub end: usize,
    pub kind: String,
    pub id: String,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// One annotated document of the project's corpus.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Document {
    pub id: String,
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
    pub entities: Vec<Gold>,
}

/// Counts of one row of the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A miss or a false positive, with where it is.
#[derive(Debug, Clone)]
pub struct Error {
    pub doc: String,
    pub kind: String,
    pub id: String,
    pub surface: String,
    pub context: String,
}

/// The whole report.
#[derive(Debug, Default)]
pub struct Report {
    pub by_kind: BTreeMap<String, Counts>,
    /// Recall per tag (false positives carry no tag): tp and fn_ only.
    pub by_tag: BTreeMap<String, Counts>,
    pub misses: Vec<Error>,
    pub false_positives: Vec<Error>,
    pub documents: usize,
}

impl Report {
    pub fn total(&self) -> Counts {
        self.by_kind
            .values()
            .fold(Counts::default(), |a, c| Counts {
                tp: a.tp + c.tp,
                fp: a.fp + c.fp,
                fn_: a.fn_ + c.fn_,
            })
    }
}

/// Text around `start..end` for reading, the mention in ⟦ ⟧.
pub fn context(text: &str, start: usize, end: usize) -> String {
    let before: String = text[..start]
        .chars()
        .rev()
        .take(30)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[end..].chars().take(30).collect();
    format!("{before}⟦{}⟧{after}", &text[start..end]).replace('\n', " ")
}

/// Scores the extractor on the project's corpus: a prediction is right when span, kind and id
/// are all exact. A role mention whose holder is unknown has the id `role` in gold.
pub fn score(extractor: &Extractor, docs: &[Document]) -> Report {
    let mut report = Report {
        documents: docs.len(),
        ..Report::default()
    };
    for kind in ["country", "official", "armed_group", "organization"] {
        report.by_kind.insert(kind.to_owned(), Counts::default());
    }
    for doc in docs {
        let mut options = Options::default();
        if let Some(date) = doc.date.as_deref().and_then(|d| d.parse().ok()) {
            options = options.with_date(date);
        }
        let predicted: Vec<(usize, usize, String, String)> = extractor
            .extract_with(&doc.text, &options)
            .iter()
            .map(|e| {
                let id = e.id().unwrap_or("role").to_owned();
                (e.span.start, e.span.end, e.kind().as_str().to_owned(), id)
            })
            .collect();
        for g in &doc.entities {
            let hit = predicted
                .iter()
                .any(|p| p.0 == g.start && p.1 == g.end && p.2 == g.kind && p.3 == g.id);
            let row = report.by_kind.entry(g.kind.clone()).or_default();
            if hit {
                row.tp += 1;
            } else {
                row.fn_ += 1;
                report.misses.push(Error {
                    doc: doc.id.clone(),
                    kind: g.kind.clone(),
                    id: g.id.clone(),
                    surface: doc.text.get(g.start..g.end).unwrap_or("?").to_owned(),
                    context: context(&doc.text, g.start, g.end),
                });
            }
            for tag in &g.tags {
                let t = report.by_tag.entry(tag.clone()).or_default();
                if hit {
                    t.tp += 1;
                } else {
                    t.fn_ += 1;
                }
            }
        }
        for p in &predicted {
            let right = doc
                .entities
                .iter()
                .any(|g| p.0 == g.start && p.1 == g.end && p.2 == g.kind && p.3 == g.id);
            if !right {
                report.by_kind.entry(p.2.clone()).or_default().fp += 1;
                report.false_positives.push(Error {
                    doc: doc.id.clone(),
                    kind: p.2.clone(),
                    id: p.3.clone(),
                    surface: doc.text[p.0..p.1].to_owned(),
                    context: context(&doc.text, p.0, p.1),
                });
            }
        }
    }
    report
}

/// Reads the project's JSON Lines corpus.
pub fn read_corpus(text: &str) -> Result<Vec<Document>, String> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("line {}: {e}", i + 1)))
        .collect()
}
