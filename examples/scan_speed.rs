//! `scan_speed`: the matching stage alone against the whole library, in one run on one file.
//!
//! ```text
//! cargo run --release --example scan_speed -- FILE
//! ```
//!
//! Reads FILE as one document per line and prints MB/s (of the original bytes) for: the raw
//! overlapping scan of every pattern over the pre-normalized text, through the `aho-corasick`
//! crate's iterator and through the scan loop extraction uses; normalization alone; extraction
//! with `extract_with` (fresh buffers per document) and with `extract_into` (one reused
//! `Scratch`); and the fixed cost per document on an empty and a one-word document (ns/doc).
//! Each figure is the best of five rounds. The automaton reads the encoded text in its dense
//! codes (the patterns' 30 most used bytes, one code for the rest): the scan loop translates
//! each byte as it goes; the crate's iterator is given a translated copy, made inside the timing.

use std::hint::black_box;
use std::time::Instant;

use alam::{normalize, Extractor, Options, Scratch};

/// Seconds this thread has run on a CPU (Linux: `/proc/thread-self/schedstat`), so that time
/// spent waiting for a core on a loaded machine is not counted; wall-clock time elsewhere.
fn cpu_seconds(wall: Instant) -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or_else(|| wall.elapsed().as_secs_f64(), |ns| ns / 1e9)
}

/// The best of five timings of `f`, in seconds of CPU time.
fn best_of(f: &mut dyn FnMut()) -> f64 {
    let origin = Instant::now();
    (0..5)
        .map(|_| {
            let t = cpu_seconds(origin);
            f();
            cpu_seconds(origin) - t
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: scan_speed FILE");
        std::process::exit(2);
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("scan_speed: {path}: {e}");
        std::process::exit(1);
    });
    let ex = Extractor::default_ref();
    // Every stage is timed on the DFA (the default extractor builds it on a background thread).
    ex.wait_until_compiled();
    let lines: Vec<&str> = text.lines().collect();
    let mb = text.len() as f64 / 1e6;
    let normalized = normalize(&text).as_str().to_owned();
    // With a second argument, only the stage whose name starts with it runs (for `perf stat`).
    let only = std::env::args().nth(2).unwrap_or_default();
    let rate = |name: &str, secs: f64| println!("{name:<44} {:>8.1} MB/s", mb / secs);
    let best = |name: &str, f: &mut dyn FnMut()| {
        if name.starts_with(&only) {
            rate(name, best_of(f));
        }
    };
    best("raw scan (aho-corasick iterator)", &mut || {
        black_box(ex.raw_match_count(&normalized));
    });
    best("raw scan (extraction's loop)", &mut || {
        black_box(ex.raw_match_count_fast(&normalized));
    });
    best("normalize, per line", &mut || {
        lines.iter().for_each(|l| drop(black_box(normalize(l))));
    });
    let options = Options::default();
    best("extract_with, per line", &mut || {
        lines
            .iter()
            .for_each(|l| drop(black_box(ex.extract_with(l, &options))));
    });
    let (mut scratch, mut out) = (Scratch::default(), Vec::new());
    best("extract_into, per line", &mut || {
        for l in &lines {
            ex.extract_into(l, &options, &mut scratch, &mut out);
            black_box(&out);
        }
    });
    if !"per-document".starts_with(&only) {
        return;
    }
    let n = 1_000_000;
    for doc in ["", "سوريا"] {
        let secs = best_of(&mut || {
            for _ in 0..n {
                ex.extract_into(black_box(doc), &options, &mut scratch, &mut out);
            }
        });
        println!(
            "per-document cost, {:<25} {:>8.1} ns/doc",
            format!("{doc:?}"),
            secs * 1e9 / n as f64
        );
    }
}
