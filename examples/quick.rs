fn main() {
    let text = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    for e in alam::extract(&text) {
        println!("{}\t{}\t{}\t{}\t{:?}\t{}\t{}", e.span.start, e.span.end, e.kind(), e.id(), e.form, e.text(&text), e.resolution.as_str());
    }
}
