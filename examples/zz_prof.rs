fn main() {
    let t = std::time::Instant::now();
    let ex = alam::Extractor::builder().build().unwrap();
    eprintln!(
        "build {:?} patterns {} mem {}",
        t.elapsed(),
        ex.patterns().len(),
        ex.automaton_memory_usage()
    );
    let text = std::fs::read_to_string("../shared/corpora/saudinewsnet-aljazirah-8mb.txt").unwrap();
    for _ in 0..3 {
        let t = std::time::Instant::now();
        let n = alam::normalize::normalize(&text);
        let dt = t.elapsed();
        eprintln!(
            "normalize {:.1} MB/s",
            text.len() as f64 / dt.as_secs_f64() / 1e6
        );
        let t = std::time::Instant::now();
        let e = ex.extract(&text);
        let dt = t.elapsed();
        eprintln!(
            "extract {} entities {:.1} MB/s (norm len {})",
            e.len(),
            text.len() as f64 / dt.as_secs_f64() / 1e6,
            n.as_str().len()
        );
    }
}
