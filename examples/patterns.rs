//! `patterns`: the automaton's patterns with the aliases they stand for, and a normalizer, for
//! auditing the gazetteer against real text (`tools/collisions.py` runs both).
//!
//! ```text
//! cargo run --release --example patterns -- --owners      # pattern TSV, one owner a line
//! cargo run --release --example patterns -- --normalize   # stdin lines → normalized lines
//! ```
//!
//! `--owners` prints a header and, for every alias of the default gazetteer and every pattern it
//! is compiled into: `pattern`, `merged` (1 for a ل-merged pattern), `kind`, `id`, `form`,
//! `flags` (`|`-separated), `cues` (`|`-separated), `alias` (as written in the gazetteer).
//! `--normalize` prints each line of stdin normalized as the extractor sees it (line for line).

use std::io::{self, BufRead, Write};
use std::process::ExitCode;

use alam::normalize;
use alam::{AliasFlags, Extractor};

fn flags(f: &AliasFlags) -> String {
    let named = [
        (f.ambiguous, "ambiguous"),
        (f.common, "common"),
        (f.article, "article"),
        (f.literal, "literal"),
        (f.pejorative, "pejorative"),
        (f.historical, "historical"),
        (f.standalone, "standalone"),
    ];
    let set: Vec<&str> = named
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, n)| *n)
        .collect();
    set.join("|")
}

fn owners(out: &mut impl Write) -> io::Result<()> {
    let g = Extractor::default_ref().gazetteer();
    writeln!(out, "pattern\tmerged\tkind\tid\tform\tflags\tcues\talias")?;
    for (i, a) in g.aliases().iter().enumerate() {
        for (pattern, merged) in g.alias_patterns(i) {
            writeln!(
                out,
                "{pattern}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                u8::from(merged),
                a.kind(),
                g.record(a.record).id(),
                a.form.as_str(),
                flags(&a.flags),
                a.cues.join("|"),
                a.text
            )?;
        }
    }
    Ok(())
}

fn normalize_lines(out: &mut impl Write) -> io::Result<()> {
    for line in io::stdin().lock().lines() {
        writeln!(out, "{}", normalize(&line?).as_str())?;
    }
    Ok(())
}

fn main() -> ExitCode {
    let mode = std::env::args().nth(1).unwrap_or_default();
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = match mode.as_str() {
        "--owners" => owners(&mut out),
        "--normalize" => normalize_lines(&mut out),
        _ => {
            eprintln!("usage: patterns --owners | --normalize");
            return ExitCode::from(2);
        }
    };
    match result.and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("patterns: {e}");
            ExitCode::from(1)
        }
    }
}
