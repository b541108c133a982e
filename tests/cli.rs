//! The `extract` example as a command: output formats, offsets, errors and exit codes, huge
//! inputs, a closed stdout, stdin.
//!
//! The binary is built once per test run with `cargo build --example extract` in the profile
//! and target directory of this test binary, then run directly.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

use serde_json::Value;

const SAMPLE: &str =
    "وقال وزير الخارجية الإيراني في مؤتمر صحفي بطهران إن بلاده تدعم الحوار في سوريا،\n\
                      وأضاف أن تنظيم الدولة الإسلامية ما زال يهدد أمن العراق والأردن.\n";

/// The example binary, built on first use.
fn binary() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        // This test binary is <target>/[<triple>/]<profile>/deps/cli-<hash>.
        let exe = std::env::current_exe().expect("the test binary's path");
        let profile_dir = exe
            .parent()
            .and_then(Path::parent)
            .expect("<target>/<profile>/deps")
            .to_path_buf();
        let profile = profile_dir
            .file_name()
            .and_then(|n| n.to_str())
            .expect("a profile directory name")
            .to_owned();
        let mut target_dir = profile_dir
            .parent()
            .expect("a target directory")
            .to_path_buf();
        let mut triple = None;
        if !target_dir.join("CACHEDIR.TAG").exists() {
            if let Some(parent) = target_dir.parent() {
                if parent.join("CACHEDIR.TAG").exists() {
                    triple = target_dir.file_name().map(|n| n.to_owned());
                    target_dir = parent.to_path_buf();
                }
            }
        }
        let mut cmd = Command::new(env!("CARGO"));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["build", "--quiet", "--example", "extract", "--target-dir"])
            .arg(&target_dir);
        match profile.as_str() {
            "debug" => {}
            "release" => {
                cmd.arg("--release");
            }
            other => {
                cmd.args(["--profile", other]);
            }
        }
        if let Some(t) = &triple {
            cmd.arg("--target").arg(t);
        }
        let status = cmd.status().expect("cargo runs");
        assert!(status.success(), "cargo build --example extract failed");
        let bin = profile_dir
            .join("examples")
            .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "{} was not built", bin.display());
        bin
    })
}

/// A fresh temporary directory for one test, removed at the end.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("alam-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TempDir(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, bytes).expect("writable temp file");
        path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str], files: &[&Path]) -> Output {
    Command::new(binary())
        .args(args)
        .args(files)
        .stdin(Stdio::null())
        .output()
        .expect("the example runs")
}

fn stdout(o: &Output) -> &str {
    std::str::from_utf8(&o.stdout).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Every stdout line as JSON (panics on a line that is not a JSON object).
fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}"));
            assert!(v.is_object(), "{l}");
            v
        })
        .collect()
}

fn field<'v>(v: &'v Value, key: &str) -> &'v Value {
    v.get(key).unwrap_or_else(|| panic!("no {key:?} in {v}"))
}

fn offsets(v: &Value) -> (usize, usize) {
    let start = field(v, "start").as_u64().expect("start is a number") as usize;
    let end = field(v, "end").as_u64().expect("end is a number") as usize;
    (start, end)
}

fn no_panic(o: &Output) {
    let err = stderr(o);
    assert!(!err.contains("panicked"), "the program panicked: {err}");
}

#[test]
fn table_output_of_a_file() {
    let dir = TempDir::new("table");
    let file = dir.file("news.txt", SAMPLE.as_bytes());
    let o = run(&[], &[&file]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("start\tend\tkind\ttext\tname_ar\tname_en\tid")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert!(rows.len() >= 5, "{out}");
    for r in &rows {
        assert_eq!(r.len(), 7, "{r:?}");
        let (start, end): (usize, usize) = (r[0].parse().unwrap(), r[1].parse().unwrap());
        assert_eq!(&SAMPLE[start..end], r[3]);
    }
    let ids: Vec<&str> = rows.iter().map(|r| r[6]).collect();
    for id in ["IR", "SY", "islamic-state", "IQ", "JO"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
}

#[test]
fn json_output_has_every_field_and_exact_offsets() {
    let dir = TempDir::new("json");
    let file = dir.file("news.txt", SAMPLE.as_bytes());
    let o = run(&["--json"], &[&file]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let values = json_lines(&o);
    assert!(values.len() >= 5);
    for v in &values {
        for key in [
            "kind", "id", "start", "end", "text", "name_ar", "name_en", "form",
        ] {
            field(v, key);
        }
        let (start, end) = offsets(v);
        assert!(start < end && end <= SAMPLE.len());
        assert_eq!(field(v, "text").as_str(), Some(&SAMPLE[start..end]));
        assert!(v.get("file").is_none() && v.get("line").is_none());
        let kind = field(v, "kind").as_str().unwrap();
        assert!(
            ["country", "official", "armed_group"].contains(&kind),
            "{kind}"
        );
    }
}

#[test]
fn lines_mode_gives_line_numbers_and_offsets_within_the_line() {
    let dir = TempDir::new("lines");
    let file = dir.file("news.txt", SAMPLE.as_bytes());
    let o = run(&["--json", "--lines"], &[&file]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<&str> = SAMPLE.lines().collect();
    let values = json_lines(&o);
    assert!(values.len() >= 5);
    let mut seen_lines = Vec::new();
    for v in &values {
        let line = field(v, "line").as_u64().expect("line is a number") as usize;
        assert!((1..=lines.len()).contains(&line));
        let (start, end) = offsets(v);
        assert_eq!(
            field(v, "text").as_str(),
            Some(&lines[line - 1][start..end])
        );
        seen_lines.push(line);
    }
    assert!(seen_lines.contains(&1) && seen_lines.contains(&2));
    assert!(
        seen_lines.windows(2).all(|w| w[0] <= w[1]),
        "lines out of order"
    );
}

#[test]
fn several_files_name_their_file() {
    let dir = TempDir::new("several");
    let a = dir.file("a.txt", "زار الوفد دمشق".as_bytes());
    let b = dir.file("b.txt", "وصل الرئيس إلى طهران".as_bytes());
    let o = run(&["--json"], &[&a, &b]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    let values = json_lines(&o);
    let got: Vec<(String, String)> = values
        .iter()
        .map(|v| {
            (
                field(v, "file").as_str().unwrap().to_owned(),
                field(v, "id").as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (a.display().to_string(), "SY".to_owned()),
            (b.display().to_string(), "IR".to_owned())
        ]
    );
    // The table names the file too.
    let o = run(&[], &[&a, &b]);
    assert!(stdout(&o).contains(&format!("{}:", a.display())));
}

#[test]
fn a_document_date_is_accepted() {
    let dir = TempDir::new("date");
    let file = dir.file("news.txt", "وقال وزير الدفاع الإيراني في طهران".as_bytes());
    let o = run(&["--json", "--date", "2016-06-09"], &[&file]);
    no_panic(&o);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!json_lines(&o).is_empty());
    let o = run(&["--date", "2016-13-45"], &[&file]);
    assert_eq!(o.status.code(), Some(2), "a bad date is a usage error");
}

#[test]
fn invalid_utf8_is_reported_with_the_file_and_nothing_partial_is_printed() {
    let dir = TempDir::new("invalid");
    let mut bytes = "زار الوفد دمشق ثم ".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xD8, 0xFF, 0xC0]);
    bytes.extend_from_slice(" طهران".as_bytes());
    let bad = dir.file("bad.txt", &bytes);
    let o = run(&["--json"], &[&bad]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains(&bad.display().to_string()),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty(), "partial output: {}", stdout(&o));

    // Next to a good file: the good file's entities are still printed, all as whole JSON.
    let good = dir.file("good.txt", "وصل الرئيس إلى طهران".as_bytes());
    let o = run(&["--json"], &[&bad, &good]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("bad.txt"));
    let values = json_lines(&o);
    assert_eq!(values.len(), 1);
    assert_eq!(field(&values[0], "id"), "IR");
    assert!(field(&values[0], "file")
        .as_str()
        .unwrap()
        .ends_with("good.txt"));
}

#[test]
fn one_invalid_line_is_reported_and_the_other_lines_still_processed() {
    let dir = TempDir::new("badline");
    let mut bytes = "زار الوفد دمشق\n".as_bytes().to_vec();
    bytes.extend_from_slice(&[0xFF, 0xFE, b' ']);
    bytes.extend_from_slice("بغداد\nوصل الرئيس إلى طهران\n".as_bytes());
    let file = dir.file("mixed.txt", &bytes);
    let o = run(&["--json", "--lines"], &[&file]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.contains(&format!("{}:2", file.display())), "{err}");
    let got: Vec<(u64, String)> = json_lines(&o)
        .iter()
        .map(|v| {
            (
                field(v, "line").as_u64().unwrap(),
                field(v, "id").as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(got, [(1, "SY".to_owned()), (3, "IR".to_owned())]);
}

#[test]
fn a_binary_file_is_an_invalid_utf8_file() {
    let dir = TempDir::new("binary");
    // Deterministic pseudo-random bytes with NULs and bytes that never occur in UTF-8.
    let mut x: u32 = 0x1234_5678;
    let mut bytes: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect();
    bytes[0] = 0;
    bytes[1] = 0xFF;
    bytes[100] = 0;
    let file = dir.file("blob.bin", &bytes);
    for args in [&["--json"][..], &["--json", "--lines"][..], &[][..]] {
        let o = run(args, &[&file]);
        no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(stderr(&o).contains("blob.bin"), "{args:?}: {}", stderr(&o));
        if args.contains(&"--json") {
            // Every printed line (lines of the blob that happen to be valid) is whole JSON.
            json_lines(&o);
        }
    }
    let o = run(&["--json"], &[&file]);
    assert!(o.stdout.is_empty());
}

#[test]
fn an_empty_file_gives_no_output() {
    let dir = TempDir::new("empty");
    let file = dir.file("empty.txt", b"");
    for args in [&["--json"][..], &["--json", "--lines"][..]] {
        let o = run(args, &[&file]);
        no_panic(&o);
        assert_eq!(o.status.code(), Some(0));
        assert!(o.stdout.is_empty(), "{args:?}: {}", stdout(&o));
        assert!(o.stderr.is_empty(), "{args:?}: {}", stderr(&o));
    }
}

#[test]
fn a_missing_file_is_reported() {
    let dir = TempDir::new("missing");
    let missing = dir.0.join("no-such-file.txt");
    let o = run(&["--json"], &[&missing]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no-such-file.txt"), "{}", stderr(&o));
    assert!(o.stdout.is_empty());
}

#[test]
fn a_100_megabyte_single_line() {
    // 100 MB in optimized builds; debug builds are ~10× slower, so they get 16 MB.
    let size: usize = if cfg!(debug_assertions) {
        16 << 20
    } else {
        100 << 20
    };
    let dir = TempDir::new("huge");
    let path = dir.0.join("huge.txt");
    let chunk = "ويتابع المراسلون في الجلسة نقاش الموازنة والضرائب وأسعار الوقود ".repeat(200);
    let mut expected = 0;
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        let mut written = 0;
        while written < size {
            f.write_all(chunk.as_bytes()).unwrap();
            f.write_all("ثم زار الوفد دمشق، ".as_bytes()).unwrap();
            written += chunk.len() + "ثم زار الوفد دمشق، ".len();
            expected += 1;
        }
        f.write_all(b"\n").unwrap();
    }
    for args in [&["--json"][..], &["--json", "--lines"][..]] {
        let o = run(args, &[&path]);
        no_panic(&o);
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
        let out = stdout(&o);
        assert_eq!(out.lines().count(), expected, "{args:?}");
        let last: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
        assert_eq!(field(&last, "id"), "SY");
        assert_eq!(field(&last, "text"), "دمشق");
    }
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let dir = TempDir::new("pipe");
    // Hundreds of thousands of entities: megabytes of output, far more than a pipe holds.
    let file = dir.file("many.txt", "سوريا والعراق ".repeat(100_000).as_bytes());
    for args in [&["--json"][..], &[][..], &["--json", "--lines"][..]] {
        let mut child = Command::new(binary())
            .args(args)
            .arg(&file)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the example runs");
        let mut reader = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        reader.read_line(&mut first).unwrap();
        assert!(!first.is_empty());
        drop(reader);
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
        assert_eq!(status.code(), Some(0), "{args:?}: {err}");
    }
}

#[test]
fn stdin_is_read_without_a_file() {
    for args in [&["--json"][..], &["--json", "--lines"][..]] {
        let mut child = Command::new(binary())
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the example runs");
        child
            .stdin
            .take()
            .unwrap()
            .write_all(SAMPLE.as_bytes())
            .unwrap();
        let o = child.wait_with_output().unwrap();
        no_panic(&o);
        assert!(o.status.success(), "{}", stderr(&o));
        let values = json_lines(&o);
        assert!(values.len() >= 5);
        if !args.contains(&"--lines") {
            for v in &values {
                let (start, end) = offsets(v);
                assert_eq!(field(v, "text").as_str(), Some(&SAMPLE[start..end]));
            }
        }
    }
}

#[test]
fn dump_patterns_prints_every_pattern() {
    let o = run(&["--dump-patterns"], &[]);
    no_panic(&o);
    assert!(o.status.success());
    let lines: Vec<&str> = stdout(&o).lines().collect();
    assert!(lines.len() > 1000, "only {} patterns", lines.len());
    assert!(lines.contains(&"سوريا"));
    assert!(lines.iter().all(|l| !l.is_empty()));
}

#[test]
fn an_unknown_option_is_a_usage_error() {
    let o = run(&["--no-such-option"], &[]);
    no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("--no-such-option"), "{err}");
    assert!(err.contains("usage:"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn profile_prints_one_object_per_document() {
    let dir = TempDir::new("profile");
    let text = "قالت طهران إن دمشق شريك\nلا شيء هنا\nوصل سيرغي لافروف إلى أنقرة\n";
    let f = dir.file("news.txt", text.as_bytes());
    let o = run(&["--profile", "--lines"], &[&f]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = json_lines(&o);
    assert_eq!(docs.len(), 3);
    let ids = |v: &Value| -> Vec<String> {
        field(v, "entities")
            .as_array()
            .expect("an array")
            .iter()
            .map(|e| field(e, "id").as_str().expect("id").to_owned())
            .collect()
    };
    assert_eq!(ids(&docs[0]), ["IR", "SY"]);
    assert!(ids(&docs[1]).is_empty());
    assert_eq!(ids(&docs[2]), ["sergey-lavrov", "TR", "RU"]);
    let lines: Vec<u64> = docs
        .iter()
        .map(|d| field(d, "line").as_u64().expect("line"))
        .collect();
    assert_eq!(lines, [1, 2, 3]);
    let iran = &field(&docs[0], "entities")[0];
    assert_eq!(field(iran, "actor_mentions"), 1);
    assert_eq!(field(iran, "salience"), 1.0);
    let russia = &field(&docs[2], "entities")[2];
    assert_eq!(field(russia, "mentions"), 0);
    assert_eq!(field(russia, "credited_by")[0], "sergey-lavrov");
    // Without --lines, the whole file is one document (all lead: no sentence ends); the actor
    // طهران first, the others by their first position, Russia only credited.
    let whole = json_lines(&run(&["--profile"], &[&f]));
    assert_eq!(whole.len(), 1);
    assert_eq!(ids(&whole[0]), ["IR", "SY", "sergey-lavrov", "TR", "RU"]);
}

#[test]
fn html_prints_one_page_with_a_section_per_document() {
    let dir = TempDir::new("html");
    let f = dir.file("news.txt", SAMPLE.as_bytes());
    let o = run(&["--html", "--lines"], &[&f]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    assert!(page.starts_with("<!DOCTYPE html>") && page.ends_with("</html>\n"));
    assert_eq!(page.matches("<section class=\"doc\"").count(), 2);
    assert!(page.contains("<a href=\"#doc-2\" dir=\"auto\">line 2</a>"));
    let entities = json_lines(&run(&["--json"], &[&f]));
    assert_eq!(page.matches("<mark ").count(), entities.len());
    // A single document: one section, no table of contents.
    let single = run(&["--html"], &[&f]);
    assert_eq!(stdout(&single).matches("<section class=\"doc\"").count(), 1);
    assert!(!stdout(&single).contains("<nav"));
    let both = run(&["--html", "--json"], &[&f]);
    assert_eq!(both.status.code(), Some(2));
    assert!(stderr(&both).contains("cannot be combined"));
}

/// The CLI prints exactly what the library serializes: each `--json` line is
/// `serde_json::to_string(&entity.json(text).with_line(n))` of the library's own extraction.
#[test]
fn json_lines_are_the_library_serialization() {
    let dir = TempDir::new("same-json");
    let text = "وقال وزير الدفاع الإيراني إن قوات سوريا الديمقراطية \"تتقدم\"\n\
                \n\
                وزارَ 🙂 الرئيس السوري بشار الأسد طهران\n";
    let file = dir.file("news.txt", text.as_bytes());
    for unit in alam::OffsetUnit::ALL {
        let o = run(
            &[
                "--json",
                "--lines",
                "--nested",
                "--date",
                "2016-06-09",
                "--offsets",
                unit.as_str(),
            ],
            &[&file],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        let options = alam::Options::default()
            .with_nested(true)
            .with_date("2016-06-09".parse().unwrap());
        let ex = alam::Extractor::default_ref();
        let mut expected = String::new();
        for (i, line) in text.lines().enumerate() {
            let entities = ex.extract_with(line, &options);
            let spans: Vec<alam::Span> = entities.iter().map(|e| e.span).collect();
            for (e, at) in entities.iter().zip(unit.spans(line, &spans)) {
                let m = e.json(line).with_offsets(at).with_line(i + 1);
                expected.push_str(&serde_json::to_string(&m).unwrap());
                expected.push('\n');
            }
        }
        assert!(expected.lines().count() >= 5, "{expected}");
        assert_eq!(stdout(&o), expected, "--offsets {unit}");
    }
}

/// A small JSON Schema check (type, enum, required, properties, additionalProperties,
/// items, anyOf, $ref, minimum, and the `^...$` patterns of the schema as character classes).
fn validate(schema: &Value, root: &Value, v: &Value, at: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").ok_or(format!("ref {r}"))?;
        return validate(&root["$defs"][name], root, v, at);
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        let errors: Vec<String> = any
            .iter()
            .filter_map(|s| validate(s, root, v, at).err())
            .collect();
        return if errors.len() < any.len() {
            Ok(())
        } else {
            Err(format!("{at}: no alternative fits: {errors:?}"))
        };
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        if !values.contains(v) {
            return Err(format!("{at}: {v} not in {values:?}"));
        }
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => return Err(format!("bad type {t}")),
        };
        let ok = types.iter().any(|t| match *t {
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            _ => false,
        });
        if !ok {
            return Err(format!("{at}: {v} is not {types:?}"));
        }
    }
    if let (Some(min), Some(n)) = (schema.get("minimum").and_then(Value::as_u64), v.as_u64()) {
        if n < min {
            return Err(format!("{at}: {n} < {min}"));
        }
    }
    if let (Some(p), Some(s)) = (schema.get("pattern").and_then(Value::as_str), v.as_str()) {
        let ok = match p {
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" => {
                s.len() == 10
                    && s.bytes().enumerate().all(|(i, b)| {
                        (i == 4 || i == 7) == (b == b'-') && (b == b'-' || b.is_ascii_digit())
                    })
            }
            "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" => {
                matches!(s.len(), 4 | 7 | 10)
                    && s.bytes().enumerate().all(|(i, b)| {
                        (i == 4 || i == 7) == (b == b'-') && (b == b'-' || b.is_ascii_digit())
                    })
            }
            "^[a-z0-9-]+$" => {
                !s.is_empty()
                    && s.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            }
            "^([A-Z]{2}|X-[A-Z0-9-]+)$" => {
                (s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()))
                    || (s.len() > 2
                        && s.starts_with("X-")
                        && s[2..]
                            .bytes()
                            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'))
            }
            other => return Err(format!("pattern {other} not known to this check")),
        };
        if !ok {
            return Err(format!("{at}: {s:?} does not match {p}"));
        }
    }
    if let Some(obj) = v.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        for key in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let key = key.as_str().unwrap_or("");
            if !obj.contains_key(key) {
                return Err(format!("{at}: {key} missing"));
            }
        }
        for (key, value) in obj {
            match props.and_then(|p| p.get(key)) {
                Some(s) => validate(s, root, value, &format!("{at}.{key}"))?,
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    return Err(format!("{at}: unexpected key {key}"))
                }
                None => {}
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, item) in arr.iter().enumerate() {
            validate(items, root, item, &format!("{at}[{i}]"))?;
        }
    }
    Ok(())
}

#[test]
fn json_output_validates_against_the_schema() {
    let schema: Value =
        serde_json::from_str(include_str!("../docs/entity.schema.json")).expect("the schema");
    let dir = TempDir::new("schema");
    let a = dir.file("a.txt", SAMPLE.as_bytes());
    let b = dir.file(
        "b.txt",
        "قال وزير الدفاع الإيراني، ووزير الخارجية الأمريكي، إن قوات سوريا الديمقراطية وحركة حماس"
            .as_bytes(),
    );
    let o = run(&["--json", "--lines", "--nested"], &[&a, &b]);
    assert!(o.status.success(), "{}", stderr(&o));
    let values = json_lines(&o);
    let kinds: std::collections::HashSet<&str> = values
        .iter()
        .map(|v| field(v, "kind").as_str().unwrap())
        .collect();
    assert_eq!(kinds.len(), 3, "every kind is checked: {kinds:?}");
    assert!(
        values.iter().any(|v| v["id"].is_null()),
        "a role without holder is checked"
    );
    assert!(
        values.iter().any(|v| v["parent"].is_u64()),
        "a nested mention is checked"
    );
    for v in &values {
        validate(&schema, &schema, v, "$").unwrap_or_else(|e| panic!("{e}\n{v}"));
    }
    // The check is real: a wrong value or an unknown key fails it.
    let mut bad = values[0].clone();
    bad["form"] = "nickname".into();
    assert!(validate(&schema, &schema, &bad, "$").is_err());
    let mut bad = values[0].clone();
    bad["record"]["colour"] = "blue".into();
    assert!(validate(&schema, &schema, &bad, "$").is_err());
}

#[test]
fn offsets_in_code_points_and_utf16_units() {
    let dir = TempDir::new("offsets");
    // A diacritic (2 bytes, 1 code point, 1 unit) and an emoji (4 bytes, 1 code point, 2 units).
    let file = dir.file("news.txt", "زارَ 🙂 طهران".as_bytes());
    let got = |unit: &str| {
        let o = run(&["--json", "--offsets", unit], &[&file]);
        assert!(o.status.success(), "{}", stderr(&o));
        let v = json_lines(&o);
        assert_eq!(field(&v[0], "text"), "طهران");
        offsets(&v[0])
    };
    assert_eq!(got("bytes"), (14, 24));
    assert_eq!(got("chars"), (7, 12));
    assert_eq!(got("utf16"), (8, 13));
    // The table too.
    let o = run(&["--offsets", "chars"], &[&file]);
    assert_eq!(
        stdout(&o)
            .lines()
            .nth(1)
            .unwrap()
            .split('\t')
            .take(2)
            .collect::<Vec<_>>(),
        ["7", "12"]
    );
    let o = run(&["--offsets", "codepoints"], &[&file]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("valid: bytes, chars or utf16"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn help_documents_every_option_and_the_table() {
    let o = run(&["--help"], &[]);
    assert_eq!(o.status.code(), Some(0));
    let help = stdout(&o);
    for option in [
        "--json",
        "--lines",
        "--date",
        "--nested",
        "--offsets",
        "--jobs",
        "--profile",
        "--html",
        "--dump-patterns",
        "--help",
    ] {
        assert!(
            help.contains(&format!(" {option} ")),
            "{option} not described:\n{help}"
        );
    }
    for words in [
        "start  end  kind  text  name_ar  name_en  id",
        "LINE:start",
        "FILE:start",
        "exit code",
    ] {
        assert!(help.contains(words), "{words:?} not in the help");
    }
}

#[test]
fn the_table_header_is_not_printed_when_the_input_fails() {
    let dir = TempDir::new("header");
    let missing = dir.0.join("missing.txt");
    let o = run(&[], &[&missing]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    let bad = dir.file("bad.txt", &[0xFF, 0xFE]);
    let o = run(&[], &[&bad]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "");
    // Once, when an input is read, even with no entity in it.
    let empty = dir.file("empty.txt", "لا شيء هنا".as_bytes());
    let o = run(&[], &[&bad, &empty, &empty]);
    assert_eq!(stdout(&o), "start\tend\tkind\ttext\tname_ar\tname_en\tid\n");
}

/// Sentences written for the thread tests: mentions with proclitics, a name across a line
/// break, a mark and a ZWNJ right after a line break, a presentation form, a role and a
/// surname after its full name.
const THREADED: &[&str] = &[
    "وصل وفد من طهران إلى دمشق صباح اليوم.\n",
    "\u{064E}وقال وزير الدفاع الإيراني حسين دهقان إن الزيارة ناجحة، ثم أضاف دهقان أن الحوار مستمر.\r\n",
    "وللعراق موقف ثابت من الولايات\nالمتحدة الأمريكية. ",
    "\u{200C}وأعلنت قوات سوريا الديمقراطية سيطرتها على قرية قرب الحدود مع ﺍﻟﻌﺮﺍﻕ.\n\n",
    "لا شيء هنا سوى كلام عن الطقس.\n",
];

/// About `size` bytes of [`THREADED`] sentences in a changing order.
fn threaded_text(size: usize) -> String {
    let mut text = String::new();
    let mut i = 0;
    while text.len() < size {
        text.push_str(THREADED[(i * 3 + i / 7) % THREADED.len()]);
        i += 1;
    }
    text
}

#[test]
fn one_large_document_on_several_threads_prints_what_one_thread_prints() {
    // Over the size from which a document is split between threads (1 MiB).
    let dir = TempDir::new("threads-doc");
    let file = dir.file("large.txt", threaded_text(3 << 20).as_bytes());
    for extra in [&[][..], &["--nested"][..], &["--offsets", "utf16"][..]] {
        let args = |jobs: &'static str| [&["--json", "--jobs", jobs][..], extra].concat();
        let one = run(&args("1"), &[&file]);
        assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
        assert!(json_lines(&one).len() > 50_000, "{extra:?}");
        for jobs in ["2", "3", "8"] {
            let many = run(&args(jobs), &[&file]);
            assert!(many.stdout == one.stdout, "--jobs {jobs} {extra:?}");
        }
    }
}

#[test]
fn lines_across_many_blocks_keep_their_numbers_on_any_number_of_threads() {
    // Several reading blocks (1 MiB each) of lines, one of them not UTF-8, the last without a
    // line break.
    let dir = TempDir::new("threads-lines");
    let mut bytes = threaded_text(5 << 20).into_bytes();
    let bad_at = bytes.len() / 2
        + bytes[bytes.len() / 2..]
            .iter()
            .position(|&b| b == b'\n')
            .unwrap();
    bytes.splice(bad_at + 1..bad_at + 1, [0xFF, b'x', b'\n']);
    bytes.extend_from_slice("في بغداد".as_bytes());
    let file = dir.file("lines.txt", &bytes);
    let bad_line = bytes[..=bad_at].iter().filter(|&&b| b == b'\n').count() + 1;
    let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
    let one = run(&["--json", "--lines", "--jobs", "1"], &[&file]);
    assert_eq!(one.status.code(), Some(1));
    assert!(
        stderr(&one).contains(&format!("lines.txt:{bad_line}: not valid UTF-8")),
        "{}",
        stderr(&one)
    );
    let values = json_lines(&one);
    let last = values.last().unwrap();
    assert_eq!(
        (field(last, "id"), field(last, "line").as_u64()),
        (&Value::from("IQ"), Some(lines as u64))
    );
    for jobs in ["2", "5"] {
        let many = run(&["--json", "--lines", "--jobs", jobs], &[&file]);
        assert!(many.stdout == one.stdout, "--jobs {jobs}");
        assert_eq!(stderr(&many), stderr(&one));
    }
}
