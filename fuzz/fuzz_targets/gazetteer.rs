//! Arbitrary bytes as a gazetteer file (an alias file, alone and after a valid countries file,
//! and a countries file): building never panics, and an extractor that builds extracts
//! without panicking, with spans on char boundaries.

#![no_main]

use alam::Extractor;
use libfuzzer_sys::fuzz_target;

const COUNTRIES: &str = "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n\
                         XA\tXAA\tأرض الأحلام\tDreamland\tمدينة النور\tLight City\tunrecognised\tcurated\n\
                         XB\t\tجزر الريح\tWind Islands\t\t\tunrecognised\tcurated\n";

fn check(ex: &Extractor, text: &str) {
    for e in ex.extract(text) {
        let s = e.span;
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let s: &str = &s;
    let probe = format!("{s} وصل إلى أرض الأحلام وجزر الريح ومدينة النور");

    if let Ok(ex) = Extractor::builder()
        .without_defaults()
        .add_source("fuzz_country_aliases.tsv", s)
        .build()
    {
        check(&ex, &probe);
    }
    if let Ok(ex) = Extractor::builder()
        .without_defaults()
        .add_source("fuzz_countries.tsv", COUNTRIES)
        .add_source("fuzz_country_aliases.tsv", s)
        .build()
    {
        check(&ex, &probe);
    }
    if let Ok(ex) = Extractor::builder()
        .without_defaults()
        .add_source("fuzz_countries.tsv", s)
        .build()
    {
        check(&ex, &probe);
    }
});
