fn main() {
    let path = std::env::args().nth(1).unwrap();
    let reps: usize = std::env::args().nth(2).map_or(5, |s| s.parse().unwrap());
    let text = std::fs::read_to_string(path).unwrap();
    let ex = alam::Extractor::default_ref();
    ex.wait_until_compiled();
    eprintln!("automaton memory {} bytes", ex.automaton_memory_usage());
    let opts = alam::Options::default();
    let mut scratch = alam::Scratch::default();
    let mut out = Vec::new();
    let mut best = f64::MAX;
    let mut n = 0;
    for _ in 0..reps {
        let t = std::time::Instant::now();
        n = 0;
        for line in text.lines() {
            ex.extract_into(line, &opts, &mut scratch, &mut out);
            n += out.len();
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("{n} entities, best {:.1} ms, {:.1} MB/s", best * 1e3, text.len() as f64 / best / 1e6);
}
#[allow(dead_code)]
fn mem() {}
