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
use std::io::{self, Read, Write};
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Mutex};

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

/// About how many bytes of whole `--lines` lines make one block for a worker (a longer line
/// makes a longer block; at most [`BLOCKS_AHEAD`] blocks wait to be worked on, so memory stays
/// bounded on inputs larger than memory).
const BLOCK_BYTES: usize = 1 << 20;

/// How many blocks the reader may read ahead of the workers (at least `2 × --jobs`): enough
/// that it reads and checks the first 16 MB while the default extractor is being built.
const BLOCKS_AHEAD: usize = 16;

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

/// One document of a block: where it came from and its text (or why it could not be read).
struct Doc<'a> {
    file: Option<&'a str>,
    line: Option<usize>,
    text: Result<&'a str, String>,
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(msg) => {
            eprintln!("{msg}");
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = if args.dump_patterns {
        Extractor::default_ref()
            .patterns()
            .iter()
            .try_for_each(|p| writeln!(out, "{p}"))
            .and_then(|_| out.flush())
            .map(|_| true)
    } else {
        run(&args, &mut out)
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

/// What the reader made of (part of) one input.
enum Content {
    /// The bytes read; the worker checks their UTF-8.
    Bytes(Vec<u8>),
    /// The input could not be read: the message.
    Failed(String),
}

/// A block for a worker: whole lines of one input (with `--lines`) or one whole input,
/// numbered in input order.
struct Block {
    n: usize,
    /// The input's name in messages (`<stdin>` for standard input).
    shown: Arc<str>,
    /// The input's name in the output (with several files).
    file: Option<Arc<str>>,
    /// With `--lines`, the number of the block's first line (1-based).
    first_line: Option<usize>,
    content: Content,
}

/// What a worker made of a block: its number, the rendered text, the HTML sections and whether
/// every document could be read.
struct Rendered {
    n: usize,
    out: Vec<u8>,
    /// What comes before `out`, when the block has a large document rendered on several
    /// threads: the rendering so far, then that document's parts, in order.
    parts: Vec<Vec<u8>>,
    sections: Vec<Section>,
    ok: bool,
    /// Some document of the block could be read.
    read: bool,
}

/// Processes every input; `Ok(false)` when some input had an error (already reported).
///
/// A reader thread reads the inputs into blocks (whole lines, or whole inputs; bounded channel:
/// reading overlaps with the work, memory stays bounded); `args.jobs` workers each take a
/// block, check its UTF-8, extract with their own reused [`Scratch`] and render it into their
/// own buffer; this thread writes the blocks in input order, one write each. The default
/// extractor is built by the first worker while the reader reads.
fn run(args: &Args, out: &mut impl Write) -> io::Result<bool> {
    let mut sections: Vec<Section> = Vec::new();
    let jobs = args.jobs.max(1);
    let (block_tx, block_rx) = mpsc::sync_channel::<Block>(BLOCKS_AHEAD.max(2 * jobs));
    let (done_tx, done_rx) = mpsc::channel::<Rendered>();
    let block_rx = Mutex::new(block_rx);
    let (read_ok, write_result) = std::thread::scope(|scope| {
        let reader = scope.spawn(move || read_inputs(args, &block_tx));
        for _ in 0..jobs {
            let (done_tx, block_rx) = (done_tx.clone(), &block_rx);
            scope.spawn(move || work(args, block_rx, &done_tx));
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

/// Writes the rendered blocks in block order as they arrive; `Ok(false)` when one had an error.
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
            for p in &part.parts {
                out.write_all(p)?;
            }
            out.write_all(&part.out)?;
            sections.extend(part.sections);
            ok &= part.ok;
            next += 1;
        }
    }
    Ok(ok)
}

/// A worker: renders blocks until the reader is done, with one [`Scratch`] for all of them.
fn work(args: &Args, blocks: &Mutex<mpsc::Receiver<Block>>, done: &mpsc::Sender<Rendered>) {
    let mut options = Options::default()
        .with_nested(args.nested)
        .with_in_name(args.in_name);
    if let Some(date) = args.date {
        options = options.with_date(date);
    }
    let mut scratch = Scratch::default();
    let mut entities = Vec::new();
    let extractor = Extractor::default_ref();
    loop {
        let next = blocks.lock().map(|rx| rx.recv());
        let Ok(Ok(block)) = next else {
            return;
        };
        let mut rendered = Rendered {
            n: block.n,
            out: Vec::new(),
            parts: Vec::new(),
            sections: Vec::new(),
            ok: true,
            read: false,
        };
        for doc in documents(&block) {
            let text = match &doc.text {
                Ok(t) => *t,
                Err(msg) => {
                    eprintln!("{msg}");
                    rendered.ok = false;
                    continue;
                }
            };
            rendered.read = true;
            let found = (&mut scratch, &mut entities);
            render(args, extractor, &options, &doc, text, found, &mut rendered);
        }
        if done.send(rendered).is_err() {
            return;
        }
    }
}

/// The documents of a block: its lines with `--lines`, else the whole input. The UTF-8 of the
/// whole block is checked at once; a line that is not UTF-8 is an error document naming it.
fn documents(block: &Block) -> Box<dyn Iterator<Item = Doc<'_>> + '_> {
    let file = block.file.as_deref();
    fn doc<'a>(
        file: Option<&'a str>,
        line: Option<usize>,
        text: Result<&'a str, String>,
    ) -> Doc<'a> {
        Doc { file, line, text }
    }
    let shown = &block.shown;
    let bytes = match &block.content {
        Content::Failed(msg) => {
            return Box::new(std::iter::once(doc(file, None, Err(msg.clone()))))
        }
        Content::Bytes(bytes) => bytes,
    };
    let checked = simdutf8::basic::from_utf8(bytes);
    match (checked, block.first_line) {
        (Ok(text), None) => Box::new(std::iter::once(doc(file, None, Ok(text)))),
        (Err(_), None) => {
            let at = std::str::from_utf8(bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            let msg = format!("extract: {shown}: not valid UTF-8 (at byte {at})");
            Box::new(std::iter::once(doc(file, None, Err(msg))))
        }
        (Ok(text), Some(first)) => {
            // Lines cut at ASCII bytes of valid UTF-8: slicing cannot fail, nor re-check.
            let lines = lines(bytes).enumerate();
            Box::new(lines.map(move |(i, r)| {
                let line = text.get(r).ok_or_else(String::new);
                doc(file, Some(first + i), line)
            }))
        }
        (Err(_), Some(first)) => Box::new(lines(bytes).enumerate().map(move |(i, r)| {
            let text = std::str::from_utf8(&bytes[r]).map_err(|e| {
                format!(
                    "extract: {shown}:{}: not valid UTF-8 (at byte {} of the line)",
                    first + i,
                    e.valid_up_to()
                )
            });
            doc(file, Some(first + i), text)
        })),
    }
}

/// The byte ranges of the lines of `bytes`, each without its `\n` or `\r\n`; a last line
/// without `\n` keeps a final `\r`.
fn lines(bytes: &[u8]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = bytes.get(at..).filter(|r| !r.is_empty())?;
        let start = at;
        let end = match memchr_newline(rest) {
            Some(i) => {
                at = start + i + 1;
                start + i - usize::from(i > 0 && rest[i - 1] == b'\r')
            }
            None => {
                at = bytes.len();
                bytes.len()
            }
        };
        Some(start..end)
    })
}

/// The index of the first `\n` in `bytes`, eight bytes at a time.
fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let pattern = LO * u64::from(b'\n');
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])) ^ pattern;
        if word.wrapping_sub(LO) & !word & HI != 0 {
            break;
        }
        at += 8;
    }
    bytes[at..].iter().position(|&b| b == b'\n').map(|i| at + i)
}

/// The reader: every input as blocks (of whole lines with `--lines`, else one per input);
/// `false` when an input could not be opened or read (already reported).
fn read_inputs(args: &Args, blocks: &mpsc::SyncSender<Block>) -> bool {
    let named = args.files.len() > 1;
    let inputs: Vec<Option<&str>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files.iter().map(|f| Some(f.as_str())).collect()
    };
    let mut ok = true;
    let mut n = 0;
    for input in inputs {
        let shown: Arc<str> = input.unwrap_or("<stdin>").into();
        let file = named.then(|| shown.clone());
        let mut send = |first_line: Option<usize>, content: Content| {
            let (shown, file) = (shown.clone(), file.clone());
            let block = Block {
                n,
                shown,
                file,
                first_line,
                content,
            };
            n += 1;
            blocks.send(block).is_ok()
        };
        // A file's size, to read a whole input into one allocation of the right size.
        let mut size = 0;
        let mut reader: Box<dyn Read> = match input {
            None => Box::new(io::stdin().lock()),
            Some(path) => match std::fs::File::open(path) {
                Ok(f) => {
                    size = f.metadata().map_or(0, |m| m.len());
                    Box::new(f)
                }
                Err(e) => {
                    eprintln!("extract: {shown}: cannot read: {e}");
                    ok = false;
                    continue;
                }
            },
        };
        let sent = if args.lines {
            read_line_blocks(&mut reader, &shown, &mut ok, &mut send)
        } else {
            send(None, read_whole(&mut reader, &shown, size))
        };
        if !sent {
            break;
        }
    }
    ok
}

/// Reads blocks of whole lines of about [`BLOCK_BYTES`] for `send` (first line number,
/// content); `false` when the receiver is gone.
fn read_line_blocks(
    reader: &mut dyn Read,
    shown: &str,
    ok: &mut bool,
    send: &mut impl FnMut(Option<usize>, Content) -> bool,
) -> bool {
    let mut buf: Vec<u8> = Vec::with_capacity(BLOCK_BYTES);
    let mut line = 1;
    // How far `buf` has been searched for a line break.
    let mut searched = 0;
    loop {
        let want = buf.len().max(searched) + BLOCK_BYTES;
        let eof = match fill(reader, &mut buf, want) {
            Ok(eof) => eof,
            Err(e) => {
                eprintln!("extract: {shown}: cannot read: {e}");
                *ok = false;
                true
            }
        };
        let cut = if eof {
            buf.len()
        } else {
            match buf[searched..].iter().rposition(|&b| b == b'\n') {
                Some(i) => searched + i + 1,
                None => {
                    searched = buf.len();
                    continue;
                }
            }
        };
        let mut rest = Vec::with_capacity(BLOCK_BYTES.max(buf.len() - cut));
        rest.extend_from_slice(&buf[cut..]);
        buf.truncate(cut);
        searched = rest.len();
        if !buf.is_empty() {
            let count = buf.iter().filter(|&&b| b == b'\n').count()
                + usize::from(buf.last() != Some(&b'\n'));
            let content = Content::Bytes(std::mem::replace(&mut buf, rest));
            if !send(Some(line), content) {
                return false;
            }
            line += count;
        } else {
            buf = rest;
        }
        if eof {
            return true;
        }
    }
}

/// Reads from `reader` until `buf` holds `want` bytes or the input ends; whether it ended.
fn fill(reader: &mut dyn Read, buf: &mut Vec<u8>, want: usize) -> io::Result<bool> {
    let need = want.saturating_sub(buf.len()) as u64;
    let got = reader.take(need).read_to_end(buf)?;
    Ok((got as u64) < need)
}

/// Reads a whole input (of `size` bytes if known, else 0) as one document.
fn read_whole(reader: &mut dyn Read, shown: &str, size: u64) -> Content {
    // one byte more, so that the read that finds the end needs no growth
    let mut bytes = Vec::with_capacity(usize::try_from(size).map_or(0, |n| n.saturating_add(1)));
    match reader.read_to_end(&mut bytes) {
        Err(e) => Content::Failed(format!("extract: {shown}: cannot read: {e}")),
        Ok(_) => Content::Bytes(bytes),
    }
}

/// A document at least this large is extracted and rendered on all `--jobs` threads.
const LARGE_DOC: usize = 1 << 20;

/// Extracts from one document and renders it into `into` (with the worker's reused buffers).
fn render<'g>(
    args: &Args,
    extractor: &'g Extractor,
    options: &Options,
    doc: &Doc<'_>,
    text: &str,
    (scratch, entities): (&mut Scratch, &mut Vec<Entity<'g>>),
    into: &mut Rendered,
) {
    let large = text.len() >= LARGE_DOC && args.jobs > 1;
    let options = options.with_jobs(if large { args.jobs } else { 1 });
    extractor.extract_into(text, &options, scratch, entities);
    if args.profile || args.html {
        let profile = alam::document_profile(text, entities, extractor.gazetteer());
        if args.html {
            let title = doc_title(doc);
            let section = Section::new(&title, text, entities, &profile, options.date);
            into.sections.push(section);
        } else {
            into.out
                .extend_from_slice(profile_line(&profile, doc).as_bytes());
            into.out.push(b'\n');
        }
        return;
    }
    let offsets = if args.offsets == OffsetUnit::Bytes {
        Vec::new()
    } else {
        let spans: Vec<alam::Span> = entities.iter().map(|e| e.span).collect();
        args.offsets.spans(text, &spans)
    };
    if large {
        let rendered = render_parallel(args, entities, &offsets, text, doc);
        // No copy of the parts.
        into.parts.push(std::mem::take(&mut into.out));
        into.parts.extend(rendered);
    } else {
        render_entities(args, entities, &offsets, text, doc, &mut into.out);
    }
}

/// Appends one line per entity to `s`, with the entity's offsets in the chosen unit (`offsets`,
/// or the entities' own byte spans when it is empty).
fn render_entities(
    args: &Args,
    entities: &[Entity<'_>],
    offsets: &[alam::Span],
    text: &str,
    doc: &Doc<'_>,
    s: &mut Vec<u8>,
) {
    for (i, e) in entities.iter().enumerate() {
        let at = offsets.get(i).copied().unwrap_or(e.span);
        if args.json {
            json_line(s, e, text, at, doc);
        } else {
            s.extend_from_slice(table_line(e, text, at, doc).as_bytes());
        }
        s.push(b'\n');
    }
}

/// [`render_entities`] of a large document on `args.jobs` threads: the parts in order.
fn render_parallel(
    args: &Args,
    entities: &[Entity<'_>],
    offsets: &[alam::Span],
    text: &str,
    doc: &Doc<'_>,
) -> Vec<Vec<u8>> {
    let chunk = entities.len().div_ceil(args.jobs).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = entities
            .chunks(chunk)
            .enumerate()
            .map(|(k, part)| {
                let at = offsets.get(k * chunk..).unwrap_or(&[]);
                let at = &at[..at.len().min(part.len())];
                scope.spawn(move || {
                    // a JSON line (with the record) is under a kilobyte: room for the part
                    // without regrowth (pages left unused cost no memory)
                    let mut s = Vec::with_capacity(part.len() * 1024);
                    render_entities(args, part, at, text, doc, &mut s);
                    s
                })
            })
            .collect();
        parts
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// A document's profile as one JSON object, with its `file` and `line` when there are.
fn profile_line(profile: &alam::Profile<'_>, doc: &Doc<'_>) -> String {
    let mut value = serde_json::to_value(profile).unwrap_or_default();
    if let Some(map) = value.as_object_mut() {
        if let Some(file) = doc.file {
            map.insert("file".into(), file.into());
        }
        if let Some(line) = doc.line {
            map.insert("line".into(), line.into());
        }
    }
    value.to_string()
}

/// A document's title in the HTML view: its file and/or line.
fn doc_title(doc: &Doc<'_>) -> String {
    match (doc.file, doc.line) {
        (Some(f), Some(l)) => format!("{f}:{l}"),
        (None, Some(l)) => format!("line {l}"),
        (Some(f), None) => f.to_owned(),
        (None, None) => "document".to_owned(),
    }
}

/// Appends the entity's JSON (the library's one shape, [`alam::Mention`]) with its offsets in
/// the chosen unit and the document's `file` and `line`.
fn json_line(out: &mut Vec<u8>, e: &Entity<'_>, text: &str, at: alam::Span, doc: &Doc<'_>) {
    let mut mention = e.json(text).with_offsets(at);
    if let Some(file) = doc.file {
        mention = mention.with_file(file);
    }
    if let Some(line) = doc.line {
        mention = mention.with_line(line);
    }
    // The same bytes as `serde_json::to_writer(out, &mention)`, written directly.
    mention.write_json(out);
}

fn table_line(e: &Entity<'_>, text: &str, at: alam::Span, doc: &Doc<'_>) -> String {
    let mut prefix = String::new();
    if let Some(file) = doc.file {
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
