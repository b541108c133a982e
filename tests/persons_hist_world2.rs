//! Heads of government and state before 1990 added in the eighth data session (issue 12):
//! Turkey's prime ministers from 1975, Pakistan's prime ministers from 1973 and presidents from
//! 1958, Japan's prime ministers from 1964. A role phrase dated inside a new term names that
//! term's holder, a date inside a recorded vacancy names nobody, the new full names name their
//! person, and a distinctive surname stands alone. Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_role_phrases, officials, roles};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const ROLES: &[RoleCase] = &[
    (
        "زار رئيس الوزراء التركي العاصمة الألمانية لبحث ملف العمال.",
        "1986-04-10",
        &[("رئيس الوزراء التركي", "turgut-ozal")],
    ),
    (
        "زار رئيس الوزراء التركي العاصمة الألمانية لبحث ملف العمال.",
        "1990-08-20",
        &[("رئيس الوزراء التركي", "yildirim-akbulut")],
    ),
    (
        "زار رئيس الوزراء التركي العاصمة الألمانية لبحث ملف العمال.",
        "1982-03-01",
        &[("رئيس الوزراء التركي", "bulent-ulusu")],
    ),
    (
        "عرض رئيس الوزراء التركي برنامج حكومته على البرلمان.",
        "1980-02-01",
        &[("رئيس الوزراء التركي", "suleyman-demirel")],
    ),
    (
        "عرض رئيس الوزراء التركي برنامج حكومته على البرلمان.",
        "1978-06-15",
        &[("رئيس الوزراء التركي", "bulent-ecevit")],
    ),
    (
        "عرض رئيس الوزراء التركي برنامج حكومته على البرلمان.",
        "1976-05-05",
        &[("رئيس الوزراء التركي", "suleyman-demirel")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1985-09-01",
        &[("رئيس الوزراء الياباني", "yasuhiro-nakasone")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1988-09-01",
        &[("رئيس الوزراء الياباني", "noboru-takeshita")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1981-09-01",
        &[("رئيس الوزراء الياباني", "zenko-suzuki")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1979-09-01",
        &[("رئيس الوزراء الياباني", "masayoshi-ohira")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1977-09-01",
        &[("رئيس الوزراء الياباني", "takeo-fukuda")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1975-09-01",
        &[("رئيس الوزراء الياباني", "takeo-miki")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1973-09-01",
        &[("رئيس الوزراء الياباني", "kakuei-tanaka")],
    ),
    (
        "افتتح رئيس الوزراء الياباني معرضا للتقنية في طوكيو.",
        "1968-09-01",
        &[("رئيس الوزراء الياباني", "eisaku-sato")],
    ),
    (
        "خاطب رئيس الوزراء الباكستاني الجمعية الوطنية في إسلام آباد.",
        "1975-03-01",
        &[("رئيس الوزراء الباكستاني", "zulfikar-ali-bhutto")],
    ),
    (
        "خاطب رئيس الوزراء الباكستاني الجمعية الوطنية في إسلام آباد.",
        "1987-03-01",
        &[("رئيس الوزراء الباكستاني", "muhammad-khan-junejo")],
    ),
    (
        "أعلن الرئيس الباكستاني حالة الطوارئ.",
        "1965-09-06",
        &[("الرئيس الباكستاني", "muhammad-ayub-khan")],
    ),
    (
        "أعلن الرئيس الباكستاني حالة الطوارئ.",
        "1971-03-26",
        &[("الرئيس الباكستاني", "yahya-khan")],
    ),
    (
        "أعلن الرئيس الباكستاني حالة الطوارئ.",
        "1972-07-02",
        &[("الرئيس الباكستاني", "zulfikar-ali-bhutto")],
    ),
];

#[test]
fn role_phrases_before_1990_name_the_holders_added_in_the_eighth_session() {
    check_role_phrases(ROLES);
}

#[test]
fn pakistans_prime_minister_in_a_recorded_vacancy_is_nobody() {
    let ex = Extractor::default_ref();
    let text = "خاطب رئيس الوزراء الباكستاني الجمعية الوطنية في إسلام آباد.";
    for d in ["1980-06-01", "1988-09-01"] {
        let got = roles(ex, text, d);
        assert!(
            got.iter().all(|(_, id)| id.is_empty()),
            "no holder on {d}, got {got:?}"
        );
    }
}

#[test]
fn the_new_full_names_and_distinctive_surnames_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "سلم ياسوهيرو ناكاسوني رئاسة الحكومة إلى نوبورو تاكيشيتا، ثم واجه تاكيشيتا فضيحة. \
                وخلف يلدريم أكبولوت تورغوت أوزال في رئاسة الحكومة، وأثنى أكبولوت على سلفه.";
    let got = officials(ex, text, "1989-12-01");
    let want = [
        ("ياسوهيرو ناكاسوني", "yasuhiro-nakasone"),
        ("نوبورو تاكيشيتا", "noboru-takeshita"),
        ("تاكيشيتا", "noboru-takeshita"),
        ("يلدريم أكبولوت", "yildirim-akbulut"),
        ("تورغوت أوزال", "turgut-ozal"),
        ("أكبولوت", "yildirim-akbulut"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn pakistans_former_heads_are_named_by_their_full_names() {
    let ex = Extractor::default_ref();
    let text = "تسلم ذو الفقار علي بوتو السلطة من يحيى خان، الذي كان قد خلف محمد أيوب خان. \
                وعين محمد خان جونيجو رئيسا للحكومة بعد سنوات.";
    let got = officials(ex, text, "1986-01-01");
    let want = [
        ("ذو الفقار علي بوتو", "zulfikar-ali-bhutto"),
        ("يحيى خان", "yahya-khan"),
        ("محمد أيوب خان", "muhammad-ayub-khan"),
        ("محمد خان جونيجو", "muhammad-khan-junejo"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}
