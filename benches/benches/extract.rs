//! Throughput of normalization, the raw automaton scan, full extraction (short, long,
//! entity-free, 64 MB), pathological inputs and extractor construction.
//!
//! ```text
//! cargo bench --bench extract
//! ALAM_BENCH_CORPUS=/path/to/text.txt cargo bench --bench extract   # also a real corpus
//! ```
//!
//! The synthetic corpus is deterministic (xorshift, fixed seeds): news-like Arabic from a
//! vocabulary written for this file, with about one entity mention per 12 words drawn from the
//! default gazetteer's aliases, with proclitics (و ب ل, the merged لل), diacritics, tatweel,
//! punctuation, digits and line breaks. See `benches/README.md` for the figures.

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::HashSet;
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// The system allocator, counting live heap bytes, so the bench can report how much memory a
/// built extractor holds (records, aliases, tables and automaton together).
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only counts sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        System.realloc(ptr, layout, new_size)
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Heap bytes held by a freshly built default extractor, once fully compiled.
fn extractor_heap_bytes() -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    let ex = Extractor::builder()
        .build()
        .expect("embedded gazetteers build");
    ex.wait_until_compiled();
    let held = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    drop(ex);
    held
}

use alam::normalize;
use alam::{EntityKind, Extractor, Options, Scratch};
use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};

const MB: usize = 1 << 20;

/// xorshift64*: small, deterministic, good enough for picking words.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn word(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }

    fn string<'a>(&mut self, items: &'a [String]) -> &'a str {
        &items[self.below(items.len())]
    }
}

/// Sentence openers (verbs of reporting and action, most with the conjunction).
const VERBS: &[&str] = &[
    "وقال",
    "وأعلن",
    "وأكد",
    "وأضاف",
    "ونفى",
    "وأشار",
    "وذكر",
    "وأوضح",
    "كشف",
    "أفاد",
    "رأى",
    "اعتبر",
    "طالب",
    "دعا",
    "ناقش",
    "استقبل",
    "بحث",
    "وقّع",
    "التقى",
    "زار",
    "شارك",
    "أدان",
    "رحّب",
    "حذّر",
    "تعهّد",
    "يواصل",
    "تشهد",
    "يعقد",
    "تستضيف",
    "أصدرت",
    "نشرت",
    "تابعت",
];

/// Nouns and adjectives of political and economic news.
const NOUNS: &[&str] = &[
    "الحكومة",
    "الوزير",
    "الاجتماع",
    "المفاوضات",
    "الاتفاق",
    "المؤتمر",
    "الأزمة",
    "الجلسة",
    "البرلمان",
    "اللجنة",
    "الوفد",
    "المسؤولين",
    "المصادر",
    "البيان",
    "التقرير",
    "الانتخابات",
    "الاقتصاد",
    "الموازنة",
    "الأسعار",
    "النفط",
    "الاستثمار",
    "المشروع",
    "الطاقة",
    "المياه",
    "الحدود",
    "الأمن",
    "الاستقرار",
    "السلام",
    "الحوار",
    "التعاون",
    "العلاقات",
    "المنطقة",
    "الشعب",
    "المواطنين",
    "اللاجئين",
    "المساعدات",
    "الإنسانية",
    "الصحفيين",
    "المراسل",
    "الملف",
    "القرار",
    "المبادرة",
    "الخطة",
    "المرحلة",
    "الجانبين",
    "الطرفين",
    "الدولية",
    "الإقليمية",
    "الرسمية",
    "المشتركة",
    "الجديدة",
    "الماضي",
    "المقبل",
    "الأخيرة",
    "الكبيرة",
    "مشروع",
    "اتفاقية",
    "جولة",
    "محادثات",
    "تصريحات",
    "مصادر",
    "عملية",
    "قوافل",
    "مدينة",
    "قرية",
    "مستشفى",
    "جامعة",
    "شركة",
    "سوق",
    "مصنع",
    "ميناء",
    "مطار",
    "طريق",
    "جسر",
    "أسبوع",
    "شهر",
    "سنوات",
    "يوم",
    "صباح",
    "مساء",
    "العام",
    "الأسبوع",
    "الشهر",
    "اليوم",
    "نتائج",
    "أرقام",
    "نسبة",
    "ارتفاع",
    "انخفاض",
    "تراجع",
    "نمو",
    "دعم",
    "تمويل",
    "إعادة",
    "إعمار",
    "بناء",
    "تطوير",
    "إصلاح",
    "خدمات",
    "تعليم",
    "صحة",
    "زراعة",
    "تجارة",
    "صادرات",
];

/// Function words: prepositions, particles, conjunctions, pronouns.
const FUNCTION: &[&str] = &[
    "في",
    "من",
    "إلى",
    "على",
    "عن",
    "مع",
    "بعد",
    "قبل",
    "خلال",
    "حول",
    "بين",
    "أن",
    "إن",
    "قد",
    "لم",
    "لن",
    "كما",
    "التي",
    "الذي",
    "الذين",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "حيث",
    "عند",
    "منذ",
    "حتى",
    "لكن",
    "أو",
    "ثم",
    "بأن",
    "وأن",
    "فيما",
    "بينما",
    "أيضا",
    "كل",
    "بعض",
    "عدد",
    "أكثر",
    "أقل",
    "نحو",
    "لدى",
    "إزاء",
    "ضد",
    "عبر",
    "دون",
    "غير",
    "هو",
    "هي",
];

const PUNCTUATION: &[&str] = &["،", "،", "،", ".", "؛", ":", "؟", "!"];
const QUOTES: &[(&str, &str)] = &[("«", "»"), ("(", ")"), ("\"", "\"")];
const MARKS: &[char] = &[
    '\u{064E}', '\u{064F}', '\u{0650}', '\u{0651}', '\u{0652}', '\u{064B}', '\u{064C}', '\u{064D}',
];
const ARABIC_DIGITS: &[char] = &['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

/// What the generator draws from: vocabulary words and entity mentions by kind.
struct Vocabulary {
    verbs: Vec<&'static str>,
    nouns: Vec<&'static str>,
    function: Vec<&'static str>,
    countries: Vec<String>,
    officials: Vec<String>,
    groups: Vec<String>,
}

impl Vocabulary {
    fn new(ex: &Extractor) -> Vocabulary {
        // Vocabulary words that happen to be (part of) a pattern would make the entity-free
        // corpus not entity-free: drop any word that is a word of some pattern.
        let pattern_words: HashSet<&str> =
            ex.patterns().iter().flat_map(|p| p.split(' ')).collect();
        let clean = |words: &[&'static str]| -> Vec<&'static str> {
            words
                .iter()
                .copied()
                .filter(|w| {
                    let n = normalize(w);
                    let n = n.as_str();
                    !pattern_words.contains(n)
                        && !pattern_words.contains(n.strip_prefix('و').unwrap_or(n))
                        && ex.extract(w).is_empty()
                })
                .collect()
        };
        let g = ex.gazetteer();
        let mut countries = Vec::new();
        let mut officials = Vec::new();
        let mut groups = Vec::new();
        for a in g.aliases() {
            // Surnames only resolve after the full name, ambiguous aliases only with context:
            // keep the mentions that stand on their own, as a news text mostly has.
            if a.flags.ambiguous || a.form == alam::Form::Surname {
                continue;
            }
            match a.kind() {
                EntityKind::Country => countries.push(a.text.clone()),
                EntityKind::Official => officials.push(a.text.clone()),
                EntityKind::ArmedGroup => groups.push(a.text.clone()),
                _ => {}
            }
        }
        // Canonical names, capitals and official names, also as records (some are implicit
        // aliases already; duplicates only weight them up).
        for c in g.countries() {
            countries.push(c.name_ar.clone());
            if let Some(capital) = &c.capital_ar {
                countries.push(capital.clone());
            }
        }
        officials.extend(g.officials().iter().map(|o| o.name_ar.clone()));
        groups.extend(g.armed_groups().iter().map(|a| a.name_ar.clone()));
        Vocabulary {
            verbs: clean(VERBS),
            nouns: clean(NOUNS),
            function: clean(FUNCTION),
            countries,
            officials,
            groups,
        }
    }

    fn word(&self, rng: &mut Rng) -> &'static str {
        match rng.below(10) {
            0..=4 => rng.word(&self.nouns),
            5..=8 => rng.word(&self.function),
            _ => rng.word(&self.verbs),
        }
    }

    fn mention(&self, rng: &mut Rng) -> &str {
        match rng.below(10) {
            0..=4 => rng.string(&self.countries),
            5..=7 => rng.string(&self.officials),
            _ => rng.string(&self.groups),
        }
    }
}

/// Writes `word` into `out` with optional diacritics (after some letters) and tatweel.
fn push_decorated(out: &mut String, word: &str, rng: &mut Rng, marks: bool, tatweel: bool) {
    let n = word.chars().count();
    let stretch_at = if tatweel && n > 2 {
        Some(1 + rng.below(n - 2))
    } else {
        None
    };
    for (i, c) in word.chars().enumerate() {
        out.push(c);
        if marks && ('\u{0621}'..='\u{064A}').contains(&c) && rng.chance(40) {
            out.push(*rng.pick(MARKS));
        }
        if Some(i) == stretch_at && ('\u{0628}'..='\u{064A}').contains(&c) {
            out.push('\u{0640}');
        }
    }
}

/// An entity mention with an optional proclitic: و, ب, ل (merged with the article: للعراق),
/// وب, ول.
fn push_mention(out: &mut String, alias: &str, rng: &mut Rng) {
    let marks = rng.chance(8);
    let tatweel = rng.chance(4);
    match rng.below(100) {
        0..=59 => push_decorated(out, alias, rng, marks, tatweel),
        60..=74 => {
            out.push('و');
            push_decorated(out, alias, rng, marks, tatweel);
        }
        75..=84 => {
            out.push('ب');
            push_decorated(out, alias, rng, marks, tatweel);
        }
        _ => {
            if rng.chance(30) {
                out.push('و');
            }
            // ل + ال → لل: the article's alef is dropped.
            match alias.strip_prefix("ال") {
                Some(rest) => {
                    out.push_str("لل");
                    push_decorated(out, rest, rng, marks, tatweel);
                }
                None => {
                    out.push('ل');
                    push_decorated(out, alias, rng, marks, tatweel);
                }
            }
        }
    }
}

fn push_number(out: &mut String, rng: &mut Rng) {
    let n = rng.below(3000);
    if rng.chance(50) {
        out.push_str(&n.to_string());
    } else {
        for d in n.to_string().bytes() {
            out.push(ARABIC_DIGITS[(d - b'0') as usize]);
        }
    }
}

/// Deterministic news-like text of about `bytes` bytes (cut on a char boundary). With
/// `entities`, about one word in 12 is an entity mention; without, none is.
fn corpus(vocab: &Vocabulary, seed: u64, bytes: usize, entities: bool) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(bytes + 256);
    let mut words_in_paragraph = 0;
    while out.len() < bytes {
        // One sentence: a verb, then 6 to 30 words, some of them entities, numbers, quotes.
        out.push_str(vocab.verbs[rng.below(vocab.verbs.len())]);
        let len = 6 + rng.below(25);
        let mut quote: Option<&str> = None;
        for _ in 0..len {
            out.push(' ');
            if let Some(close) = quote {
                if rng.chance(15) {
                    out.pop();
                    out.push_str(close);
                    out.push(' ');
                    quote = None;
                }
            } else if rng.chance(2) {
                let (open, close) = *rng.pick(QUOTES);
                out.push_str(open);
                quote = Some(close);
            }
            if entities && rng.below(12) == 0 {
                let alias = vocab.mention(&mut rng);
                push_mention(&mut out, alias, &mut rng);
            } else if rng.chance(3) {
                push_number(&mut out, &mut rng);
            } else {
                let w = vocab.word(&mut rng);
                let marks = rng.chance(5);
                let tatweel = rng.chance(2);
                push_decorated(&mut out, w, &mut rng, marks, tatweel);
            }
            if rng.chance(6) {
                out.push_str(rng.word(PUNCTUATION));
            }
        }
        if let Some(close) = quote {
            out.push_str(close);
        }
        out.push('.');
        words_in_paragraph += len + 1;
        if words_in_paragraph > 40 + rng.below(60) {
            out.push_str(if rng.chance(20) { "\r\n" } else { "\n" });
            if rng.chance(30) {
                out.push('\n');
            }
            words_in_paragraph = 0;
        } else {
            out.push(' ');
        }
    }
    let mut cut = bytes.min(out.len());
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

const SHORT: &str = "وقال وزير الخارجية الإيراني في مؤتمر صحفي بطهران إن بلاده تدعم الحوار بين \
                     الحكومة السورية والمعارضة، وإن تنظيم الدولة الإسلامية يهدد أمن العراق.";

fn benches(c: &mut Criterion) {
    let ex = Extractor::default_ref();
    // Force the lazy default, wait for its DFA and warm its tables before anything is timed.
    ex.wait_until_compiled();
    black_box(ex.extract(SHORT));
    eprintln!(
        "alam: {} patterns, automaton memory {} bytes ({:.1} MiB)",
        ex.patterns().len(),
        ex.automaton_memory_usage(),
        ex.automaton_memory_usage() as f64 / MB as f64
    );
    let heap = extractor_heap_bytes();
    eprintln!(
        "alam: a built default extractor holds {heap} heap bytes ({:.1} MiB): records, aliases, tables and automaton",
        heap as f64 / MB as f64
    );
    let vocab = Vocabulary::new(ex);
    let one_mb = corpus(&vocab, 0x5eed_0001, MB, true);
    let entity_free = corpus(&vocab, 0x5eed_0002, MB, false);
    eprintln!(
        "alam: 1 MB corpus: {} words, {} entities; entity-free corpus: {} entities",
        one_mb.split_whitespace().count(),
        ex.extract(&one_mb).len(),
        ex.extract(&entity_free).len()
    );

    let mut g = c.benchmark_group("normalize");
    g.throughput(Throughput::Bytes(one_mb.len() as u64));
    g.bench_function("1mb", |b| {
        b.iter(|| normalize(black_box(&one_mb)).as_str().len())
    });
    g.finish();

    let normalized = normalize(&one_mb).as_str().to_owned();
    let mut g = c.benchmark_group("scan");
    g.throughput(Throughput::Bytes(normalized.len() as u64));
    g.bench_function("1mb_normalized", |b| {
        b.iter(|| ex.raw_match_count(black_box(&normalized)))
    });
    g.finish();

    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(SHORT.len() as u64));
    g.bench_function("short", |b| b.iter(|| ex.extract(black_box(SHORT)).len()));
    g.throughput(Throughput::Bytes(one_mb.len() as u64));
    g.bench_function("long_1mb", |b| {
        b.iter(|| ex.extract(black_box(&one_mb)).len())
    });
    g.throughput(Throughput::Bytes(entity_free.len() as u64));
    g.bench_function("entity_free_1mb", |b| {
        b.iter(|| ex.extract(black_box(&entity_free)).len())
    });
    g.finish();
    drop(entity_free);

    // No quadratic behaviour: 64 MB should run at the MB/s of 1 MB.
    let mut g = c.benchmark_group("scaling");
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    for size in [1, 64] {
        let text = if size == 1 {
            one_mb.clone()
        } else {
            corpus(&vocab, 0x5eed_0064, size * MB, true)
        };
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("extract", format!("{size}mb")),
            &text,
            |b, t| b.iter(|| ex.extract(black_box(t)).len()),
        );
    }
    g.finish();

    let mut g = c.benchmark_group("pathological");
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    let cases: Vec<(&str, String)> = vec![
        ("one_letter_10mb", "ب".repeat(5 * MB)),
        ("marks_on_one_letter_1mb", {
            let mut s = String::from("ب");
            s.push_str(&"\u{064E}".repeat(MB / 2 - 1));
            s
        }),
        ("alias_x100000", "سوريا ".repeat(100_000)),
        ("single_line_10mb", {
            let mut s = corpus(&vocab, 0x5eed_0010, 10 * MB, true);
            // One line: every line break becomes a space (same length: \r\n → two spaces).
            // SAFETY-free: replacing ASCII bytes with ASCII keeps UTF-8 valid.
            s = s.replace(['\n', '\r'], " ");
            s
        }),
    ];
    for (name, text) in &cases {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::new("extract", name), text, |b, t| {
            b.iter(|| ex.extract(black_box(t)).len())
        });
    }
    g.finish();
    drop(cases);

    documents(c, ex, &vocab);

    let mut g = c.benchmark_group("build");
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    // Until usable (the DFA still being built on a background thread; waited for outside the
    // timing, so that it does not slow the next build down), and until fully compiled.
    let build = || {
        Extractor::builder()
            .build()
            .expect("embedded gazetteers build")
    };
    g.bench_function("default_gazetteers", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let t = Instant::now();
                let ex = black_box(build());
                total += t.elapsed();
                ex.wait_until_compiled();
            }
            total
        })
    });
    g.bench_function("default_gazetteers_compiled", |b| {
        b.iter(|| {
            let ex = build();
            ex.wait_until_compiled();
            ex
        })
    });
    g.finish();

    if let Ok(path) = std::env::var("ALAM_BENCH_CORPUS") {
        match std::fs::read(&path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes).into_owned();
                eprintln!(
                    "alam: {path}: {} bytes, {} entities",
                    text.len(),
                    ex.extract(&text).len()
                );
                let normalized = normalize(&text).as_str().to_owned();
                let mut g = c.benchmark_group("real_corpus");
                g.sampling_mode(SamplingMode::Flat);
                g.sample_size(10);
                g.throughput(Throughput::Bytes(text.len() as u64));
                g.bench_function("normalize", |b| {
                    b.iter(|| normalize(black_box(&text)).as_str().len())
                });
                g.bench_function("extract", |b| b.iter(|| ex.extract(black_box(&text)).len()));
                g.throughput(Throughput::Bytes(normalized.len() as u64));
                g.bench_function("scan", |b| {
                    b.iter(|| ex.raw_match_count(black_box(&normalized)))
                });
                g.finish();
                let lines: Vec<&str> = text.lines().collect();
                let mut g = c.benchmark_group("real_corpus_lines");
                g.sampling_mode(SamplingMode::Flat);
                g.sample_size(10);
                g.throughput(Throughput::Bytes(text.len() as u64));
                g.bench_function("extract_json", |b| b.iter(|| extract_json(ex, &lines)));
                g.finish();
            }
            Err(e) => eprintln!("alam: ALAM_BENCH_CORPUS={path}: cannot read: {e}"),
        }
    }
}

/// `extract --json --lines` without the process: every document through `extract_into` with
/// one reused `Scratch`, every entity written as JSON to one buffer. Returns the bytes written.
fn extract_json(ex: &Extractor, docs: &[&str]) -> usize {
    let mut scratch = Scratch::default();
    let mut found = Vec::new();
    let mut out: Vec<u8> = Vec::with_capacity(1 << 20);
    let mut written = 0;
    for doc in docs {
        ex.extract_into(
            black_box(doc),
            &Options::default(),
            &mut scratch,
            &mut found,
        );
        for e in &found {
            // what `extract --json --lines` writes: the library's one shape, written directly
            e.json(doc).write_json(&mut out);
            out.push(b'\n');
        }
        if out.len() > 1 << 20 {
            written += out.len();
            out.clear();
        }
    }
    written + out.len()
}

/// Corpora of short documents: the fixed cost per document (empty and one word, reused
/// buffers against fresh ones) and 100,000 generated documents through the JSON path.
fn documents(c: &mut Criterion, ex: &Extractor, vocab: &Vocabulary) {
    let mut g = c.benchmark_group("per_document");
    g.throughput(Throughput::Elements(1));
    let options = Options::default();
    for (name, doc) in [("empty", ""), ("one_word", "سوريا")] {
        let (mut scratch, mut found) = (Scratch::default(), Vec::new());
        g.bench_function(format!("extract_into_{name}"), |b| {
            b.iter(|| {
                ex.extract_into(black_box(doc), &options, &mut scratch, &mut found);
                found.len()
            })
        });
        g.bench_function(format!("extract_{name}"), |b| {
            b.iter(|| ex.extract(black_box(doc)).len())
        });
    }
    g.finish();

    // 100,000 documents of about 200 bytes, cut from the generated corpus at spaces.
    let text = corpus(vocab, 0x5eed_0100, 100_000 * 205, true).replace(['\n', '\r'], " ");
    let mut docs: Vec<&str> = Vec::with_capacity(100_000);
    let mut rest = text.as_str();
    while docs.len() < 100_000 && !rest.is_empty() {
        let cut = rest
            .char_indices()
            .find(|&(i, c)| i >= 200 && c == ' ')
            .map_or(rest.len(), |(i, _)| i);
        docs.push(&rest[..cut]);
        rest = rest[cut..].trim_start();
    }
    let bytes: usize = docs.iter().map(|d| d.len()).sum();
    let mut g = c.benchmark_group("short_documents");
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function(format!("extract_json_{}_docs", docs.len()), |b| {
        b.iter(|| extract_json(ex, &docs))
    });
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30)
}

criterion_group! {
    name = extract;
    config = config();
    targets = benches
}
criterion_main!(extract);
