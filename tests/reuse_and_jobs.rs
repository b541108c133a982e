//! Reused buffers and threads change nothing: `extract_into` with one `Scratch` over many
//! documents gives what `extract_with` gives on each, and one document split between threads
//! (`Options::jobs`) gives what one thread gives, at every split point.

use alam::{Entity, Extractor, Options, Scratch};

/// Every field of every entity (entities compare by their full debug form).
fn all_fields(entities: &[Entity<'_>]) -> String {
    format!("{entities:#?}")
}

/// Sentences written for this test: mentions with proclitics, multi-word names, a role, a
/// surname after its full name, an ambiguous alias and a group reference.
const SENTENCES: &[&str] = &[
    "وصل وفد من طهران إلى دمشق صباح اليوم.",
    "وقال وزير الدفاع الإيراني حسين دهقان إن الزيارة ناجحة، ثم أضاف دهقان أن الحوار مستمر.",
    "وأعلنت قوات سوريا الديمقراطية سيطرتها على قرية قرب الحدود مع العراق.",
    "وللعراق موقف ثابت من الولايات\nالمتحدة الأمريكية.",
    "قالت حركة المقاومة الإسلامية إن الحركة ترفض الاقتراح.",
    "",
    "لا شيء هنا سوى كلام عن الطقس.",
    "واجتمع الرئيس السوري بشار الأسد مع وفد روسي في دمشق.",
];

fn options() -> Vec<Options> {
    let dated = Options::default().with_date("2016-06-09".parse().expect("date"));
    vec![Options::default(), dated, dated.with_nested(true)]
}

#[test]
fn one_scratch_over_many_documents_gives_what_fresh_buffers_give() {
    let ex = Extractor::default_ref();
    let mut scratch = Scratch::default();
    let mut out = Vec::new();
    // long documents first, so the buffers are larger than the short ones that follow
    let long = SENTENCES.join(" ").repeat(20);
    let docs: Vec<&str> = std::iter::once(long.as_str())
        .chain(SENTENCES.iter().copied())
        .collect();
    for options in options() {
        for doc in &docs {
            ex.extract_into(doc, &options, &mut scratch, &mut out);
            assert_eq!(
                all_fields(&out),
                all_fields(&ex.extract_with(doc, &options)),
                "in {doc:?}"
            );
        }
    }
    // the sentences do give mentions: the comparison is not between empty lists
    assert_eq!(ex.extract(SENTENCES[0]).len(), 2);
}

#[test]
fn a_document_split_between_threads_gives_what_one_thread_gives() {
    let ex = Extractor::default_ref();
    // a few hundred sentences, in an order that changes so split points fall everywhere
    let mut text = String::new();
    for i in 0..400 {
        text.push_str(SENTENCES[(i * 7 + i / 3) % SENTENCES.len()]);
        text.push(if i % 5 == 0 { '\n' } else { ' ' });
    }
    for options in options() {
        let one = ex.extract_with(&text, &options);
        assert!(one.len() > 500, "{} mentions", one.len());
        for jobs in [2, 3, 7, 64] {
            let split = ex.extract_with(&text, &options.with_jobs(jobs));
            assert!(all_fields(&split) == all_fields(&one), "jobs {jobs}");
        }
    }
    // every short document too, where the parts are a few chars long
    for doc in SENTENCES {
        for jobs in [2, 5, 200] {
            let split = ex.extract_with(doc, &Options::default().with_jobs(jobs));
            assert_eq!(
                all_fields(&split),
                all_fields(&ex.extract(doc)),
                "{doc:?} on {jobs} threads"
            );
        }
    }
}
