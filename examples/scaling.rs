//! `scaling`: what a second core gives on this machine, for plain arithmetic and for alam.
//!
//! ```text
//! cargo run --release --example scaling -- FILE [ROUNDS]
//! ```
//!
//! Reads FILE as one document per line and times, on one thread and then on two threads at
//! once (each doing the same work as the one thread did, so that the work per thread is
//! equal), three loads: a loop of integer arithmetic that touches no memory (the machine's
//! own ceiling: clock speed with both cores busy, a shared physical core), the raw overlapping
//! scan of every pattern over the pre-normalized text (the automaton's table, shared by the
//! threads, and the text), and `extract_into` per line (the whole library, one `Scratch` per
//! thread). For each it prints the wall time of one thread, of two, and the scaling
//! `2 × one / two`: the most that `--jobs 2` can give over `--jobs 1` for that work, before
//! start-up, reading and writing, which run on one thread, take their share. Each figure is the
//! best of ROUNDS rounds (default 5).

use std::hint::black_box;
use std::time::Instant;

use alam::{normalize, Extractor, Options, Scratch};

/// Integer steps of the arithmetic loop (about a second on a 3 GHz core).
const SPIN_STEPS: u64 = 1_000_000_000;

/// A chain of dependent multiply-adds on registers only.
fn spin(steps: u64) -> u64 {
    let mut x = 0x9E37_79B9_7F4A_7C15_u64;
    for i in 0..steps {
        x = x
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(i ^ (x >> 17));
    }
    x
}

/// The best wall time, in seconds, of `rounds` runs of `work` on `threads` threads at once.
fn best_wall(rounds: usize, threads: usize, work: &(dyn Fn() + Sync)) -> f64 {
    (0..rounds)
        .map(|_| {
            let start = Instant::now();
            std::thread::scope(|s| {
                for _ in 0..threads {
                    s.spawn(work);
                }
            });
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn report(name: &str, rounds: usize, work: &(dyn Fn() + Sync)) {
    let one = best_wall(rounds, 1, work);
    let two = best_wall(rounds, 2, work);
    println!(
        "{name:<32} 1 thread {one:>7.3} s   2 threads {two:>7.3} s   scaling {:.3}",
        2.0 * one / two
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: scaling FILE [ROUNDS]");
        std::process::exit(2);
    };
    let rounds = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("scaling: {path}: {e}");
        std::process::exit(1);
    });
    let ex = Extractor::default_ref();
    ex.wait_until_compiled();
    let lines: Vec<&str> = text.lines().collect();
    let normalized = normalize(&text).as_str().to_owned();
    let options = Options::default();
    println!(
        "{path}: {} lines, {:.1} MB; best of {rounds}",
        lines.len(),
        text.len() as f64 / 1e6
    );
    report("integer arithmetic (no memory)", rounds, &|| {
        black_box(spin(black_box(SPIN_STEPS)));
    });
    report("raw scan (extraction's loop)", rounds, &|| {
        black_box(ex.raw_match_count_fast(&normalized));
    });
    report("extract_into, per line", rounds, &|| {
        let (mut scratch, mut out) = (Scratch::default(), Vec::new());
        for line in &lines {
            ex.extract_into(line, &options, &mut scratch, &mut out);
            black_box(&out);
        }
    });
}
