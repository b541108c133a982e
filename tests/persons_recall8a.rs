//! Spellings added in the recall8a audit of Sky News Arabia (Middle East, 2018): the press
//! spelling شي جنبنغ of Xi Jinping, ورقيني قيبيو of Ethiopia's foreign minister Workneh Gebeyehu
//! (and its surname قيبيو after the full name), and الغندور, the surname of Sudan's foreign
//! minister Ibrahim Ghandour written with the article. Each name resolves to its person on a date
//! inside the person's term, at the exact bytes written; a namesake with a given name of their own
//! is not the minister. Every sentence is written for this test.

mod common;
use alam::{EntityKind, Extractor, Options};
use common::{check_names_on, date};

/// Asserts that `text`, dated `d`, names exactly the listed officials at the listed byte spans
/// (start, end, id), in order.
fn check_spans(text: &str, d: &str, want: &[(usize, usize, &str)]) {
    let ex = Extractor::default_ref();
    let got: Vec<(usize, usize, String)> = ex
        .extract_with(text, &Options::default().with_date(date(d)))
        .iter()
        .filter(|e| e.kind() == EntityKind::Official)
        .map(|e| (e.span.start, e.span.end, e.id().unwrap_or("").to_string()))
        .collect();
    let want: Vec<(usize, usize, String)> = want
        .iter()
        .map(|&(s, e, i)| (s, e, i.to_string()))
        .collect();
    assert_eq!(got, want, "{text:?} on {d}");
}

const XI: &str = "بدأ شي جنبنغ جولة خليجية تستمر ثلاثة أيام.";
const WORKNEH: &str = "وصل ورقيني قيبيو إلى الخرطوم، وقال قيبيو إن المحادثات بناءة.";
const GHANDOUR: &str = "رحب إبراهيم غندور بالوفد، وأكد الغندور أن الحوار مستمر.";

#[test]
fn the_new_spellings_name_their_person_at_the_written_bytes() {
    // "بدأ " is 7 bytes; "شي جنبنغ" is 15.
    check_spans(XI, "2018-07-19", &[(7, 22, "xi-jinping")]);
    // "وصل " 7 bytes; "ورقيني قيبيو" 23 bytes; the surname starts after "، وقال ".
    let surname = WORKNEH.rfind("قيبيو").expect("the surname is written");
    check_spans(
        WORKNEH,
        "2018-04-05",
        &[
            (7, 30, "workneh-gebeyehu"),
            (surname, surname + "قيبيو".len(), "workneh-gebeyehu"),
        ],
    );
    let full = GHANDOUR
        .find("إبراهيم غندور")
        .expect("the full name is written");
    let bare = GHANDOUR.find("الغندور").expect("the surname is written");
    check_spans(
        GHANDOUR,
        "2018-04-05",
        &[
            (full, full + "إبراهيم غندور".len(), "ibrahim-ghandour"),
            (bare, bare + "الغندور".len(), "ibrahim-ghandour"),
        ],
    );
}

#[test]
fn the_new_spellings_name_their_person_on_other_dates_of_the_term() {
    check_names_on(
        "2017-03-01",
        &[
            (XI, &[("شي جنبنغ", "xi-jinping")]),
            (
                WORKNEH,
                &[
                    ("ورقيني قيبيو", "workneh-gebeyehu"),
                    ("قيبيو", "workneh-gebeyehu"),
                ],
            ),
            (
                GHANDOUR,
                &[
                    ("إبراهيم غندور", "ibrahim-ghandour"),
                    ("الغندور", "ibrahim-ghandour"),
                ],
            ),
        ],
    );
}

#[test]
fn a_namesake_with_a_given_name_of_their_own_is_not_the_minister() {
    check_names_on(
        "2018-04-05",
        &[
            ("أصيب الشاب علي الغندور في غزة.", &[]),
            (
                "التقى إبراهيم غندور السفير، ثم زار عائلة سمير الغندور.",
                &[("إبراهيم غندور", "ibrahim-ghandour")],
            ),
            ("تحدث الطالب قيبيو عن رحلته.", &[]),
        ],
    );
}
