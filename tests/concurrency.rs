//! `Extractor` is `Send + Sync + Clone`, and extraction from several threads (on clones and on
//! the shared default) gives exactly the single-threaded results.

use std::sync::Arc;

use alam::{Date, Extractor, Options};

/// Compile-time check: fails to build if `Extractor` loses one of these traits.
const _: () = {
    const fn assert_traits<T: Send + Sync + Clone + 'static>() {}
    assert_traits::<Extractor>();
};

/// One entity, as comparable data.
type Row = (
    String,
    String,
    usize,
    usize,
    String,
    String,
    String,
    Option<usize>,
);

fn rows(ex: &Extractor, text: &str, options: &Options) -> Vec<Row> {
    ex.extract_with(text, options)
        .iter()
        .map(|e| {
            (
                e.kind().to_string(),
                e.id().unwrap_or("").to_owned(),
                e.span.start,
                e.span.end,
                e.form.to_string(),
                e.resolution.as_str().to_owned(),
                e.proclitics.as_str().to_owned(),
                e.parent,
            )
        })
        .collect()
}

fn texts() -> Vec<String> {
    let sentences = [
        "وقال وزير الخارجية الإيراني في مؤتمر صحفي بطهران إن بلاده تدعم الحوار في سوريا.",
        "استقبل الرئيس المصري في القاهرة وفداً أردنياً لبحث أزمة المياه مع إثيوبيا.",
        "أعلن الجيش العراقي استعادة مواقع كان يسيطر عليها تنظيم الدولة الإسلامية قرب الموصل.",
        "هاجمت قوات سوريا الديمقراطية مواقع لداعش، وللعراق دور في التنسيق الأمني.",
        "وزار رئيس الوزراء البريطاني واشنطن ثم توجه إلى بروكسل للقاء المسؤولين الأوروبيين.",
        "ونفت حركة حماس ما نشرته الصحف الإسرائيلية عن مفاوضات جديدة في الدوحة.",
        "وقَّعَتِ السُّعودِيَّةُ والإمـــاراتُ اتفاقيةً مع اليابان والصين، وللسودان نصيب منها.",
        "",
        "   ",
        "ب",
    ];
    let mut out: Vec<String> = sentences.iter().map(|s| (*s).to_owned()).collect();
    // Longer documents: the sentences in different orders, so that document-level context
    // (follow-up surnames, evidence for ambiguous names) is exercised too.
    for shift in 0..sentences.len() {
        let mut doc = String::new();
        for i in 0..40 {
            doc.push_str(sentences[(i * 3 + shift) % sentences.len()]);
            doc.push(if i % 5 == 4 { '\n' } else { ' ' });
        }
        out.push(doc);
    }
    out
}

fn option_sets() -> Vec<Options> {
    let date = Date::new(2016, 6, 9).expect("a valid date");
    vec![
        Options::default(),
        Options::default().with_nested(true),
        Options::default().with_date(date),
        Options::default().with_date(date).with_nested(true),
    ]
}

#[test]
fn four_threads_on_clones_match_a_single_thread() {
    let base = Extractor::default_ref();
    let texts = Arc::new(texts());
    let options = option_sets();
    let expected: Vec<Vec<Vec<Row>>> = options
        .iter()
        .map(|o| texts.iter().map(|t| rows(base, t, o)).collect())
        .collect();
    assert!(
        expected[0].iter().map(Vec::len).sum::<usize>() > 100,
        "the texts should have many entities"
    );
    let expected = Arc::new(expected);

    let handles: Vec<_> = (0..4)
        .map(|thread| {
            let ex = base.clone();
            let texts = Arc::clone(&texts);
            let expected = Arc::clone(&expected);
            let options = options.clone();
            std::thread::spawn(move || {
                // Each thread walks the texts in its own order, several rounds.
                for round in 0..5 {
                    for k in 0..texts.len() {
                        let i = (k * (thread + 1) + round) % texts.len();
                        for (o, opts) in options.iter().enumerate() {
                            assert_eq!(
                                rows(&ex, &texts[i], opts),
                                expected[o][i],
                                "thread {thread}, text {i}, options {o}"
                            );
                        }
                    }
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("a worker thread panicked");
    }
}

#[test]
fn threads_sharing_one_reference_and_a_separately_built_extractor_agree() {
    let built = Extractor::builder()
        .build()
        .expect("the embedded gazetteers build");
    let texts = texts();
    let options = Options::default();
    let expected: Vec<Vec<Row>> = texts
        .iter()
        .map(|t| rows(Extractor::default_ref(), t, &options))
        .collect();
    std::thread::scope(|s| {
        for thread in 0..4 {
            let (built, texts, expected) = (&built, &texts, &expected);
            s.spawn(move || {
                for (i, t) in texts.iter().enumerate().rev() {
                    let ex = if (i + thread) % 2 == 0 {
                        built
                    } else {
                        Extractor::default_ref()
                    };
                    assert_eq!(
                        &rows(ex, t, &options),
                        &expected[i],
                        "thread {thread}, text {i}"
                    );
                }
            });
        }
    });
}
