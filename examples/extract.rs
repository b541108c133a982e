//! `extract`: find countries, officials and armed groups in Arabic text files (or stdin).
//!
//! ```text
//! cargo run --release --example extract -- [--json] [--lines] [--nested] [--in-name]
//!                                           [--date YYYY-MM-DD] [--offsets bytes|chars|utf16]
//!                                           [--jobs N] [--dump-patterns] [--profile | --html]
//!                                           [FILE ...]
//! ```
//!
//! `extract --help` documents every option and both output formats (the text is [`HELP`]).
//!
//! Without `--json` it prints a table, one entity a line; with `--json`, one JSON object per
//! entity per line; with `--profile`, one JSON object per document (its profile: what it is
//! about); with `--html`, one standalone HTML page showing every document (kept in memory until
//! the end: meant for viewing, not for corpora). `--lines` treats every input line as a document (offsets relative to the
//! line, `line` field 1-based). Errors (unreadable file, invalid UTF-8) are one line on stderr
//! naming the file (and line) and make the exit code 1; the other documents are still processed.
//! A closed stdout (`| head`) ends the program quietly.

use std::collections::BTreeMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::process::ExitCode;
use std::sync::{mpsc, Mutex};

use alam::html::Section;
use alam::{Date, Entity, Extractor, OffsetUnit, Options, Scratch};

const USAGE: &str = "usage: extract [--json] [--lines] [--nested] [--in-name] [--date YYYY-MM-DD] [--offsets bytes|chars|utf16] [--jobs N] [--dump-patterns] [--profile | --html] [FILE ...]";

/// `extract --help`.
const HELP: &str = "\
extract: find countries, officials and armed groups in Arabic text.

usage: extract [OPTIONS] [FILE ...]
Reads each FILE (standard input without one) as one document, or each line as one with --lines.

options:
  --json            one JSON object per entity per line (keys below) instead of the table
  --lines           every input line is a document: offsets count from the line's start
  --date YYYY-MM-DD the document date: decides who held an office named by its title
                    (وزير الدفاع الإيراني); without it such a mention's id is its holder only
                    when the name follows the title
  --nested          also report mentions inside longer ones (their `parent` is the index,
                    within the document, of the mention containing them)
  --in-name         also report a country named inside the name of one of its
                    organizations (وكالة الأنباء الفرنسية), with form in_name
  --offsets UNIT    count start and end in UNIT: bytes (UTF-8, the default; Rust, Go),
                    chars (code points; Python, PostgreSQL, Spark) or utf16 (code units;
                    JavaScript, Java, C#)
  --jobs N          threads (default: all cores); output order is input order
  --profile         one JSON object per document: what it is about (entities ranked)
  --html            one standalone HTML page showing every document with its mentions
  --dump-patterns   print every normalized pattern of the automaton, one a line, and exit
  -h, --help        this text

table (the default): a header row, then one entity a line, tab-separated:
  start  end  kind  text  name_ar  name_en  id
  start, end  offsets of the mention (end exclusive), in the --offsets unit; with several
              files the first column is FILE:start, with --lines LINE:start (1-based line),
              with both FILE:LINE:start
  kind        country, official, armed_group or organization
  text        the mention as written (tabs and line breaks shown as spaces)
  name_ar, name_en  the entity's canonical names (empty for an office without known holder)
  id          ISO 3166-1 alpha-2 code or X-… for a country, a slug for an official or a
              group; empty for an office whose holder is not known
The header is printed once, before the first document that could be read.

--json: one object per entity, keys always in this order: kind, id, start, end, text,
name_ar, name_en, form, alias, proclitics, resolution, country, role, org,
role_mismatch, parent, record, then file (with several files) and line (with --lines). The shape is the
library's alam::Mention (its rustdoc and the README describe every key);
docs/entity.schema.json is its JSON Schema.

exit code: 0 if every input was read, 1 if one could not be read or was not UTF-8 (the
message names the file and line on stderr; the other inputs are still processed), 2 on a
usage error.
";

/// How many `--lines` documents make one batch for a worker (at most `2 × --jobs` batches wait
/// to be worked on, so memory stays bounded on inputs larger than memory).
const BATCH_DOCS: usize = 512;

struct Args {
    json: bool,
    lines: bool,
    nested: bool,
    in_name: bool,
    date: Option<Date>,
    offsets: OffsetUnit,
    jobs: usize,
    dump_patterns: bool,
    profile: bool,
    html: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        json: false,
        lines: false,
        nested: false,
        in_name: false,
        date: None,
        offsets: OffsetUnit::Bytes,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        dump_patterns: false,
        profile: false,
        html: false,
        files: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--json" => args.json = true,
            "--lines" => args.lines = true,
            "--nested" => args.nested = true,
            "--in-name" => args.in_name = true,
            "--dump-patterns" => args.dump_patterns = true,
            "--profile" => args.profile = true,
            "--html" => args.html = true,
            "--date" => {
                let v = it.next().ok_or("--date needs a value (YYYY-MM-DD)")?;
                args.date = Some(v.parse().map_err(|e| format!("--date: {e}"))?);
            }
            "--offsets" => {
                let v = it
                    .next()
                    .ok_or("--offsets needs a unit: bytes, chars or utf16")?;
                args.offsets = v.parse().map_err(|e| format!("--offsets: {e}"))?;
            }
            "--jobs" => {
                let v = it.next().ok_or("--jobs needs a number")?;
                args.jobs = v
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or_else(|| format!("--jobs: {v:?} is not a positive number"))?;
            }
            "-h" | "--help" => {
                print!("{HELP}");
                std::process::exit(0);
            }
            "--" => args.files.extend(it.by_ref()),
            s if s.starts_with("--") => return Err(format!("unknown option {s}\n{USAGE}")),
            _ => args.files.push(a),
        }
    }
    if args.html && (args.profile || args.json) {
        return Err(format!(
            "--html cannot be combined with --profile or --json\n{USAGE}"
        ));
    }
    Ok(args)
}

/// One document: where it came from and its text (or why it could not be read).
struct Document {
    file: Option<String>,
    line: Option<usize>,
    text: Result<String, String>,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::default_ref();
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = if args.dump_patterns {
        extractor
            .patterns()
            .iter()
            .try_for_each(|p| writeln!(out, "{p}"))
            .and_then(|_| out.flush())
            .map(|_| true)
    } else {
        run(&args, extractor, &mut out)
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("extract: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}

/// One batch of documents, numbered in input order.
type Batch = (usize, Vec<Document>);

/// What a worker made of a batch: its number, the rendered text, the HTML sections and whether
/// every document could be read.
struct Rendered {
    n: usize,
    out: Vec<u8>,
    sections: Vec<Section>,
    ok: bool,
    /// Some document of the batch could be read.
    read: bool,
}

/// Processes every input; `Ok(false)` when some input had an error (already reported).
///
/// A reader thread reads the inputs into batches of documents (bounded channel: reading overlaps
/// with the work, memory stays bounded); `args.jobs` workers each take a batch, extract with
/// their own reused [`Scratch`] and render it; this thread writes the batches in input order.
fn run(args: &Args, extractor: &Extractor, out: &mut impl Write) -> io::Result<bool> {
    let mut sections: Vec<Section> = Vec::new();
    let jobs = args.jobs.max(1);
    let (batch_tx, batch_rx) = mpsc::sync_channel::<Batch>(2 * jobs);
    let (done_tx, done_rx) = mpsc::channel::<Rendered>();
    let batch_rx = Mutex::new(batch_rx);
    let (read_ok, write_result) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_inputs(args, &batch_tx));
        for _ in 0..jobs {
            let (done_tx, batch_rx) = (done_tx.clone(), &batch_rx);
            scope.spawn(move || work(args, extractor, batch_rx, &done_tx));
        }
        drop(done_tx);
        let table = !(args.json || args.profile || args.html);
        let written = write_in_order(&done_rx, table, &mut sections, out);
        // On a write error (closed stdout) the workers and the reader stop when their channels
        // close.
        drop(done_rx);
        (reader.join().unwrap_or(false), written)
    });
    let ok = write_result? && read_ok;
    if args.html {
        let title = if args.files.is_empty() {
            "alam".to_owned()
        } else {
            args.files.join(", ")
        };
        out.write_all(alam::html::page(&title, &sections).as_bytes())?;
    }
    out.flush()?;
    Ok(ok)
}

/// Writes the rendered batches in batch order as they arrive; `Ok(false)` when one had an error.
/// With `table`, the header row comes first, once some document could be read (a failed input
/// prints no header).
fn write_in_order(
    done: &mpsc::Receiver<Rendered>,
    mut table: bool,
    sections: &mut Vec<Section>,
    out: &mut impl Write,
) -> io::Result<bool> {
    let mut waiting: BTreeMap<usize, Rendered> = BTreeMap::new();
    let (mut next, mut ok) = (0, true);
    for rendered in done {
        waiting.insert(rendered.n, rendered);
        while let Some(part) = waiting.remove(&next) {
            if table && part.read {
                writeln!(out, "start\tend\tkind\ttext\tname_ar\tname_en\tid")?;
                table = false;
            }
            out.write_all(&part.out)?;
            sections.extend(part.sections);
            ok &= part.ok;
            next += 1;
        }
    }
    Ok(ok)
}

/// A worker: renders batches until the reader is done, with one [`Scratch`] for all of them.
fn work(
    args: &Args,
    extractor: &Extractor,
    batches: &Mutex<mpsc::Receiver<Batch>>,
    done: &mpsc::Sender<Rendered>,
) {
    let mut options = Options::default()
        .with_nested(args.nested)
        .with_in_name(args.in_name);
    if let Some(date) = args.date {
        options = options.with_date(date);
    }
    let mut scratch = Scratch::default();
    loop {
        let next = batches.lock().map(|rx| rx.recv());
        let Ok(Ok((n, docs))) = next else {
            return;
        };
        let (out, sections, ok) = render(args, extractor, &options, &docs, &mut scratch);
        let read = docs.iter().any(|d| d.text.is_ok());
        let rendered = Rendered {
            n,
            out,
            sections,
            ok,
            read,
        };
        if done.send(rendered).is_err() {
            return;
        }
    }
}

/// The reader: every input as batches of documents (lines with `--lines`, else one document
/// per input); `false` when an input could not be opened or read (already reported).
fn read_inputs(args: &Args, batches: &mpsc::SyncSender<Batch>) -> bool {
    let named = args.files.len() > 1;
    let inputs: Vec<Option<String>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().cloned().map(Some).collect()
    };
    let mut ok = true;
    let mut n = 0;
    let mut send = |docs: Vec<Document>| {
        let sent = batches.send((n, docs)).is_ok();
        n += 1;
        sent
    };
    for input in inputs {
        let shown = input.clone().unwrap_or_else(|| "<stdin>".to_owned());
        let reader: Box<dyn Read> = match &input {
            None => Box::new(io::stdin().lock()),
            Some(path) => match std::fs::File::open(path) {
                Ok(f) => Box::new(f),
                Err(e) => {
                    eprintln!("extract: {shown}: cannot read: {e}");
                    ok = false;
                    continue;
                }
            },
        };
        let file = named.then(|| shown.clone());
        let sent = if args.lines {
            read_lines(reader, &shown, file, &mut ok, &mut send)
        } else {
            send(vec![read_whole(reader, &shown, file)])
        };
        if !sent {
            break;
        }
    }
    ok
}

/// Reads one document per line into batches for `send`; `false` when the receiver is gone.
fn read_lines(
    reader: Box<dyn Read>,
    shown: &str,
    file: Option<String>,
    ok: &mut bool,
    send: &mut impl FnMut(Vec<Document>) -> bool,
) -> bool {
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut batch = Vec::with_capacity(BATCH_DOCS);
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("extract: {shown}: cannot read: {e}");
                *ok = false;
                break;
            }
        }
        line_no += 1;
        if buf.last() == Some(&b'\n') {
            buf.pop();
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
        }
        let text = String::from_utf8(buf.clone()).map_err(|e| {
            format!(
                "extract: {shown}:{line_no}: not valid UTF-8 (at byte {} of the line)",
                e.utf8_error().valid_up_to()
            )
        });
        batch.push(Document {
            file: file.clone(),
            line: Some(line_no),
            text,
        });
        if batch.len() >= BATCH_DOCS && !send(std::mem::take(&mut batch)) {
            return false;
        }
    }
    batch.is_empty() || send(batch)
}

/// Reads a whole input as one document.
fn read_whole(mut reader: Box<dyn Read>, shown: &str, file: Option<String>) -> Document {
    let mut bytes = Vec::new();
    let text = match reader.read_to_end(&mut bytes) {
        Err(e) => Err(format!("extract: {shown}: cannot read: {e}")),
        Ok(_) => String::from_utf8(bytes).map_err(|e| {
            format!(
                "extract: {shown}: not valid UTF-8 (at byte {})",
                e.utf8_error().valid_up_to()
            )
        }),
    };
    Document {
        file,
        line: None,
        text,
    }
}

/// A document at least this large is extracted and rendered on all `--jobs` threads.
const LARGE_DOC: usize = 1 << 20;

fn render(
    args: &Args,
    extractor: &Extractor,
    options: &Options,
    docs: &[Document],
    scratch: &mut Scratch,
) -> (Vec<u8>, Vec<Section>, bool) {
    let mut s = Vec::new();
    let mut sections = Vec::new();
    let mut ok = true;
    let mut entities = Vec::new();
    for doc in docs {
        let text = match &doc.text {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("{msg}");
                ok = false;
                continue;
            }
        };
        let large = text.len() >= LARGE_DOC && args.jobs > 1;
        let options = options.with_jobs(if large { args.jobs } else { 1 });
        extractor.extract_into(text, &options, scratch, &mut entities);
        if args.profile || args.html {
            let profile = alam::document_profile(text, &entities, extractor.gazetteer());
            if args.html {
                let title = doc_title(doc);
                sections.push(Section::new(
                    &title,
                    text,
                    &entities,
                    &profile,
                    options.date,
                ));
            } else {
                s.extend_from_slice(profile_line(&profile, doc).as_bytes());
                s.push(b'\n');
            }
        } else {
            let spans: Vec<alam::Span> = entities.iter().map(|e| e.span).collect();
            let offsets = args.offsets.spans(text, &spans);
            if large {
                s.extend_from_slice(&render_parallel(args, &entities, &offsets, text, doc));
            } else {
                render_entities(args, &entities, &offsets, text, doc, &mut s);
            }
        }
    }
    (s, sections, ok)
}

/// Appends one line per entity to `s`, with the entity's offsets in the chosen unit.
fn render_entities(
    args: &Args,
    entities: &[Entity<'_>],
    offsets: &[alam::Span],
    text: &str,
    doc: &Document,
    s: &mut Vec<u8>,
) {
    for (e, &at) in entities.iter().zip(offsets) {
        if args.json {
            json_line(s, e, text, at, doc);
        } else {
            s.extend_from_slice(table_line(e, text, at, doc).as_bytes());
        }
        s.push(b'\n');
    }
}

/// [`render_entities`] of a large document on `args.jobs` threads, joined in order.
fn render_parallel(
    args: &Args,
    entities: &[Entity<'_>],
    offsets: &[alam::Span],
    text: &str,
    doc: &Document,
) -> Vec<u8> {
    let chunk = entities.len().div_ceil(args.jobs).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = entities
            .chunks(chunk)
            .zip(offsets.chunks(chunk))
            .map(|(part, at)| {
                scope.spawn(move || {
                    let mut s = Vec::new();
                    render_entities(args, part, at, text, doc, &mut s);
                    s
                })
            })
            .collect();
        parts
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// A document's profile as one JSON object, with its `file` and `line` when there are.
fn profile_line(profile: &alam::Profile<'_>, doc: &Document) -> String {
    let mut value = serde_json::to_value(profile).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        if let Some(file) = &doc.file {
            map.insert("file".into(), file.clone().into());
        }
        if let Some(line) = doc.line {
            map.insert("line".into(), line.into());
        }
    }
    value.to_string()
}

/// A document's title in the HTML view: its file and/or line.
fn doc_title(doc: &Document) -> String {
    match (&doc.file, doc.line) {
        (Some(f), Some(l)) => format!("{f}:{l}"),
        (None, Some(l)) => format!("line {l}"),
        (Some(f), None) => f.clone(),
        (None, None) => "document".to_owned(),
    }
}

/// Appends the entity's JSON (the library's one shape, [`alam::Mention`]) with its offsets in
/// the chosen unit and the document's `file` and `line`.
fn json_line(out: &mut Vec<u8>, e: &Entity<'_>, text: &str, at: alam::Span, doc: &Document) {
    let mut mention = e.json(text).with_offsets(at);
    if let Some(file) = &doc.file {
        mention = mention.with_file(file);
    }
    if let Some(line) = doc.line {
        mention = mention.with_line(line);
    }
    // The same bytes as `serde_json::to_writer(out, &mention)`, written directly.
    mention.write_json(out);
}

fn table_line(e: &Entity<'_>, text: &str, at: alam::Span, doc: &Document) -> String {
    let mut prefix = String::new();
    if let Some(file) = &doc.file {
        prefix.push_str(file);
        prefix.push(':');
    }
    if let Some(line) = doc.line {
        prefix.push_str(&format!("{line}:"));
    }
    format!(
        "{prefix}{}\t{}\t{}\t{}\t{}\t{}\t{}",
        at.start,
        at.end,
        e.kind(),
        e.text(text).replace(['\n', '\r', '\t'], " "),
        e.name_ar(),
        e.name_en(),
        e.id().unwrap_or("")
    )
}
