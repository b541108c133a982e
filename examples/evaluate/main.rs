//! `evaluate`: precision, recall and F1 of the default extractor on an annotated corpus.
//!
//! ```text
//! cargo run --release --example evaluate -- [FILE] [--scheme alam|newsfane|wojood] [--quiet]
//! ```
//!
//! Without FILE it reads the project's corpus `tests/data/eval.jsonl` (byte offsets, our kinds
//! and ids; exact span + kind + id must match) and prints P/R/F1 per kind, recall per phenomenon
//! tag, and every miss and false positive with its context.
//!
//! With a third-party corpus (`../shared/corpora/newsfane.camel-rest.jsonl` or the Wojood sample,
//! code-point offsets, their own types) it maps their types to ours and, since their conventions
//! differ (clitic-segmented text, untagged demonyms, capitals tagged as cities, proclitics inside
//! Wojood spans, persons who are not office holders, organisations that are not armed groups),
//! it matches by overlap and reports coverage: the recall of each mapped gold type with the most
//! frequent misses, and the predictions that overlap no gold entity at all, for reading.

mod scoring;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;
use std::process::ExitCode;

use alam::{Extractor, Form};

fn main() -> ExitCode {
    let mut file = None;
    let mut scheme = None;
    let mut quiet = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--scheme" => scheme = args.next(),
            "--quiet" => quiet = true,
            s if s.starts_with("--") => {
                eprintln!("usage: evaluate [FILE] [--scheme alam|newsfane|wojood] [--quiet]");
                return ExitCode::from(2);
            }
            _ => file = Some(a),
        }
    }
    let path = file.unwrap_or_else(|| "tests/data/eval.jsonl".to_owned());
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("evaluate: {path}: cannot read: {e}");
            return ExitCode::from(1);
        }
    };
    let scheme = scheme.unwrap_or_else(|| {
        if path.contains("newsfane") {
            "newsfane".to_owned()
        } else if path.contains("wojood") {
            "wojood".to_owned()
        } else {
            "alam".to_owned()
        }
    });
    let extractor = Extractor::default_ref();
    match scheme.as_str() {
        "alam" => match scoring::read_corpus(&text) {
            Ok(docs) => {
                print_report(&scoring::score(extractor, &docs), quiet);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("evaluate: {path}: {e}");
                ExitCode::from(1)
            }
        },
        "newsfane" | "wojood" => match third_party(extractor, &text, &scheme, quiet) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("evaluate: {path}: {e}");
                ExitCode::from(1)
            }
        },
        other => {
            eprintln!("evaluate: unknown scheme {other:?}");
            ExitCode::from(2)
        }
    }
}

fn print_report(r: &scoring::Report, quiet: bool) {
    let mut out = String::new();
    let _ = writeln!(out, "documents: {}", r.documents);
    let _ = writeln!(
        out,
        "{:<14}{:>6}{:>6}{:>6}{:>10}{:>10}{:>10}",
        "kind", "tp", "fp", "fn", "precision", "recall", "f1"
    );
    for (kind, c) in r
        .by_kind
        .iter()
        .chain(std::iter::once((&"all".to_owned(), &r.total())))
    {
        let _ = writeln!(
            out,
            "{:<14}{:>6}{:>6}{:>6}{:>10.3}{:>10.3}{:>10.3}",
            kind,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    let _ = writeln!(
        out,
        "\n{:<14}{:>6}{:>6}{:>10}",
        "tag", "gold", "found", "recall"
    );
    for (tag, c) in &r.by_tag {
        let _ = writeln!(
            out,
            "{:<14}{:>6}{:>6}{:>10.3}",
            tag,
            c.tp + c.fn_,
            c.tp,
            c.recall()
        );
    }
    if quiet {
        emit(&out);
        return;
    }
    let _ = writeln!(out, "\nmisses ({}):", r.misses.len());
    for m in &r.misses {
        let _ = writeln!(
            out,
            "  {}\t{}:{}\t{}\t{}",
            m.doc, m.kind, m.id, m.surface, m.context
        );
    }
    let _ = writeln!(out, "\nfalse positives ({}):", r.false_positives.len());
    for m in &r.false_positives {
        let _ = writeln!(
            out,
            "  {}\t{}:{}\t{}\t{}",
            m.doc, m.kind, m.id, m.surface, m.context
        );
    }
    emit(&out);
}

#[derive(serde::Deserialize)]
struct ThirdPartyDoc {
    id: String,
    text: String,
    entities: Vec<ThirdPartyEntity>,
}

#[derive(serde::Deserialize)]
struct ThirdPartyEntity {
    start: usize,
    end: usize,
    #[serde(rename = "type")]
    kind: String,
}

/// Their type → our kind, for recall. Types not listed are only used to tell whether a
/// prediction overlaps *some* gold entity.
fn mapped_kind(scheme: &str, t: &str) -> Option<&'static str> {
    match (scheme, t) {
        ("newsfane", "Nation") => Some("country"),
        ("newsfane", "Politician") => Some("official"),
        ("wojood", "GPE") => Some("country"),
        ("wojood", "NORP") => Some("country"),
        ("wojood", "PERS") => Some("official"),
        _ => None,
    }
}

/// Byte offset of each code point offset (plus the end).
fn char_to_byte(text: &str) -> Vec<usize> {
    text.char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()))
        .collect()
}

fn third_party(extractor: &Extractor, text: &str, scheme: &str, quiet: bool) -> Result<(), String> {
    let mut out = String::new();
    let mut gold_total: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut missed: HashMap<(String, String), (usize, String)> = HashMap::new();
    let mut predicted: BTreeMap<&'static str, (usize, usize)> = BTreeMap::new();
    let mut unsupported: HashMap<(&'static str, String), (usize, String)> = HashMap::new();
    let mut docs = 0;
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: ThirdPartyDoc =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", i + 1))?;
        docs += 1;
        let offsets = char_to_byte(&doc.text);
        let byte = |c: usize| offsets.get(c).copied().unwrap_or(doc.text.len());
        let gold: Vec<(usize, usize, &str)> = doc
            .entities
            .iter()
            .map(|e| (byte(e.start), byte(e.end), e.kind.as_str()))
            .collect();
        // Nested mode: a country inside a role phrase (ملك إسبانيا) is a country mention there.
        let found = extractor.extract_with(&doc.text, &alam::Options::default().with_nested(true));
        for &(s, e, t) in &gold {
            let Some(kind) = mapped_kind(scheme, t) else {
                continue;
            };
            let hit = found
                .iter()
                .any(|p| p.kind().as_str() == kind && p.span.start < e && s < p.span.end);
            let row = gold_total.entry(format!("{t} → {kind}")).or_default();
            row.0 += 1;
            if hit {
                row.1 += 1;
            } else {
                let surface = doc.text[s..e].to_owned();
                let entry = missed.entry((t.to_owned(), surface)).or_insert_with(|| {
                    (
                        0,
                        format!("{} {}", doc.id, scoring::context(&doc.text, s, e)),
                    )
                });
                entry.0 += 1;
            }
        }
        for p in &found {
            let kind = p.kind().as_str();
            let row = predicted.entry(kind).or_default();
            row.0 += 1;
            let overlaps = gold
                .iter()
                .any(|&(s, e, _)| p.span.start < e && s < p.span.end);
            // Demonyms, labels and seats are untagged by these corpora's conventions.
            let untagged_form = matches!(
                p.form,
                Form::Demonym | Form::Label | Form::Seat | Form::Role
            );
            if overlaps || untagged_form {
                row.1 += 1;
            } else {
                let entry = unsupported
                    .entry((kind, p.text(&doc.text).to_owned()))
                    .or_insert_with(|| {
                        (
                            0,
                            format!(
                                "{} {}",
                                doc.id,
                                scoring::context(&doc.text, p.span.start, p.span.end)
                            ),
                        )
                    });
                entry.0 += 1;
            }
        }
    }
    let _ = writeln!(out, "documents: {docs}");
    let _ = writeln!(
        out,
        "\ngold type → our kind: gold, found (overlapping prediction of that kind), recall"
    );
    for (t, (n, hit)) in &gold_total {
        let _ = writeln!(
            out,
            "  {t:<28}{n:>6}{hit:>6}{:>8.3}",
            *hit as f64 / (*n).max(1) as f64
        );
    }
    let _ = writeln!(
        out,
        "\npredictions: count, overlapping some gold entity or of an untagged form, share"
    );
    for (k, (n, ok)) in &predicted {
        let _ = writeln!(
            out,
            "  {k:<14}{n:>6}{ok:>6}{:>8.3}",
            *ok as f64 / (*n).max(1) as f64
        );
    }
    // ALAM_EVAL_MISSES lets an analyst list every miss instead of the head of the list.
    let limit = std::env::var("ALAM_EVAL_MISSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quiet { 15 } else { 60 });
    let mut m: Vec<_> = missed.into_iter().collect();
    m.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
    let _ = writeln!(out, "\nmost frequent misses:");
    for ((t, surface), (n, ctx)) in m.iter().take(limit) {
        let _ = writeln!(out, "  {n:>4} {t:<12} {surface}\t{ctx}");
    }
    let mut u: Vec<_> = unsupported.into_iter().collect();
    u.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.0.cmp(&b.0)));
    let _ = writeln!(
        out,
        "\nmost frequent predictions overlapping no gold entity:"
    );
    for ((k, surface), (n, ctx)) in u.iter().take(limit) {
        let _ = writeln!(out, "  {n:>4} {k:<12} {surface}\t{ctx}");
    }
    emit(&out);
    Ok(())
}

/// Prints the report; a closed stdout (`| head`) is not an error.
fn emit(report: &str) {
    use std::io::Write;
    let _ = std::io::stdout().lock().write_all(report.as_bytes());
}
