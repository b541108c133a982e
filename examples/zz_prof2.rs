fn main() {
    let ex = alam::Extractor::default_ref();
    let g = ex.gazetteer();
    eprintln!("aliases {} roles {} patterns {}", g.aliases().len(), g.role_aliases().len(), ex.patterns().len());
    let bytes: usize = ex.patterns().iter().map(|p| p.chars().count()).sum();
    eprintln!("pattern chars {bytes}");
    let role_chars: usize = g.role_aliases().iter().map(|p| p.text.chars().count()).sum();
    eprintln!("role chars {role_chars}");
}
