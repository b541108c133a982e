//! Labels of armed groups (`form` `label` in `gazetteers/armed_group_aliases.tsv`): pejorative
//! names the press uses for a group or its members name the group, with exact spans, bare, with
//! a proclitic and without the article where the row says `article`. Sentences written for
//! these tests.

use alam::{EntityKind, Form};

/// A mention as written, its group's id and its form.
type Mention = (&'static str, &'static str, Form);

/// (sentence, every armed-group mention expected in it).
const CASES: &[(&str, &[Mention])] = &[
    (
        "وقالت الشرطة إن الدواعش فجروا السيارة قرب السوق.",
        &[("الدواعش", "islamic-state", Form::Label)],
    ),
    (
        "وحذر الخطيب من دواعش يتخفون بين النازحين.",
        &[("دواعش", "islamic-state", Form::Label)],
    ),
    (
        "واعتقلت الأجهزة خلية تابعة للدواعش وأخرى لميليشيا الحوثي.",
        &[
            ("لدواعش", "islamic-state", Form::Label),
            ("ميليشيا الحوثي", "houthis", Form::Label),
        ],
    ),
];

#[test]
fn labels_name_their_group_with_exact_spans() {
    for (text, want) in CASES {
        let got: Vec<Mention> = alam::extract(text)
            .iter()
            .filter(|e| e.kind() == EntityKind::ArmedGroup)
            .map(|e| (e.text(text), e.id().unwrap_or(""), e.form))
            .collect();
        assert_eq!(got, *want, "{text:?}");
    }
}
