//! `build_time`: how long the default extractor takes to build, on a shared machine too.
//!
//! ```text
//! cargo run --release --example build_time -- [ROUNDS]
//! ```
//!
//! Builds the default extractor ROUNDS times (default 20) and prints the best of each: the wall
//! time until `Extractor::builder().build()` returns (the extractor is usable), the CPU time the
//! building thread spent on it (Linux: `/proc/thread-self/schedstat`; time spent waiting for a
//! core on a loaded machine is not counted), and the wall time until its DFA, built on a
//! background thread, is there too (`wait_until_compiled`). Each round waits for the DFA before
//! the next starts, so that rounds do not compete.

use std::time::Instant;

use alam::Extractor;

/// Milliseconds this thread has run on a CPU, if the system says.
fn cpu_ms() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e6)
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(20);
    let (mut usable, mut cpu, mut compiled) = (f64::INFINITY, f64::INFINITY, f64::INFINITY);
    let mut patterns = 0;
    for _ in 0..rounds {
        let (wall, before) = (Instant::now(), cpu_ms());
        let extractor = match Extractor::builder().build() {
            Ok(e) => e,
            Err(e) => {
                eprintln!("build_time: {e}");
                std::process::exit(1);
            }
        };
        usable = usable.min(wall.elapsed().as_secs_f64() * 1e3);
        if let (Some(b), Some(a)) = (before, cpu_ms()) {
            cpu = cpu.min(a - b);
        }
        extractor.wait_until_compiled();
        compiled = compiled.min(wall.elapsed().as_secs_f64() * 1e3);
        patterns = extractor.patterns().len();
    }
    println!("{patterns} patterns, best of {rounds}:");
    println!("usable (build returned)       {usable:>7.1} ms wall");
    println!("  CPU of the building thread  {cpu:>7.1} ms");
    println!("DFA built too                 {compiled:>7.1} ms wall");
}
