//! Speed of writing entities as JSON lines, alone: `extract --json`'s output stage.
//!
//! ```text
//! cargo bench -p alam-benches --bench json
//! ```
//!
//! The entities are extracted once, before timing, from a text written for this bench (every
//! kind of entity, roles with and without a holder, nested mentions, proclitics and marks).
//! Each iteration writes every entity (its `Mention`, with a `line` key) into one reused buffer:
//! `write_json` is what the CLI does; `serde_json_lines` is the same bytes through serde, for
//! comparison. The throughput is in entities per second.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SENTENCES: &[&str] = &[
    "وقال وزير الدفاع الإيراني حسين دهقان إن طهران تدعم دمشق، وللعراق دورٌ في قتال داعش.",
    "وأعلنت قوات سوريا الديمقراطية أنها استعادت قرى من تنظيم الدولة الإسلامية شرق سوريا.",
    "والتقى الأمين العام للأمم المتحدة في القاهرة وزيرَ الخارجية المصري وممثلين عن حركة حماس.",
    "وأكد الرئيس الفرنسي أن باريس تدعم الحكومة العراقية في بغداد ضد الجماعات المسلحة.",
];

fn corpus() -> String {
    let mut text = String::new();
    for i in 0..400 {
        text.push_str(SENTENCES[i % SENTENCES.len()]);
        text.push(if i % 5 == 4 { '\n' } else { ' ' });
    }
    text
}

fn json(c: &mut Criterion) {
    let text = corpus();
    let options = alam::Options::default()
        .with_nested(true)
        .with_date("2016-06-09".parse().expect("a date"));
    let entities = alam::Extractor::default_ref().extract_with(&text, &options);
    let mut out: Vec<u8> = Vec::with_capacity(1 << 20);
    for e in &entities {
        serde_json::to_writer(&mut out, &e.json(&text).with_line(1)).expect("JSON");
        out.push(b'\n');
    }
    eprintln!(
        "json bench: {} entities, {} bytes of JSON ({} per entity)",
        entities.len(),
        out.len(),
        out.len() / entities.len().max(1)
    );
    let mut group = c.benchmark_group("json");
    group.throughput(Throughput::Elements(entities.len() as u64));
    group.bench_function("write_json_lines", |b| {
        b.iter(|| {
            out.clear();
            for e in &entities {
                e.json(&text).with_line(1).write_json(&mut out);
                out.push(b'\n');
            }
            black_box(out.len())
        })
    });
    group.bench_function("serde_json_lines", |b| {
        b.iter(|| {
            out.clear();
            for e in &entities {
                serde_json::to_writer(&mut out, &e.json(&text).with_line(1)).expect("JSON");
                out.push(b'\n');
            }
            black_box(out.len())
        })
    });
    group.finish();
}

criterion_group!(benches, json);
criterion_main!(benches);
