//! Spellings added in the recall9l audit (Sky News Arabia international news of 2018): the king
//! of Spain by title and given name, Jens Stoltenberg with ز for س, Hailemariam Desalegn's
//! given name and surname written as one word, and John Bolton with بولتن for بولتون (full
//! name and surname alone). Every sentence is written for this test.

mod common;
use common::spans;

/// (mention as written, start byte, end byte, person id).
type Span<'a> = (&'a str, usize, usize, &'a str);

#[test]
fn new_spellings_name_their_persons_with_exact_spans() {
    let cases: &[(&str, &str, &[Span])] = &[
        (
            "افتتح الملك فيليبي معرضا للفنون في مدريد.",
            "2018-06-13",
            &[("الملك فيليبي", 11, 34, "felipe-vi")],
        ),
        (
            "حضر ينز ستولتنبرغ اجتماعا لوزراء دفاع الحلف.",
            "2018-03-27",
            &[("ينز ستولتنبرغ", 7, 32, "jens-stoltenberg")],
        ),
        (
            "التقى هايلي مريمديسالين وفدا من رجال الأعمال.",
            "2017-06-01",
            &[("هايلي مريمديسالين", 11, 44, "hailemariam-desalegn")],
        ),
        (
            "صرح جون بولتن للصحفيين، ثم عاد بولتن إلى مكتبه.",
            "2018-05-14",
            &[
                ("جون بولتن", 7, 24, "john-bolton"),
                ("بولتن", 56, 66, "john-bolton"),
            ],
        ),
    ];
    for (text, d, want) in cases {
        let want: Vec<(&str, usize, usize, String)> = want
            .iter()
            .map(|&(t, s, e, i)| (t, s, e, i.to_string()))
            .collect();
        assert_eq!(spans(text, d), want, "{text:?} on {d}");
    }
}
