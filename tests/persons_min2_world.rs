//! Interior ministers and speakers of Israel, speakers and foreign ministers of Turkey and the
//! acting US secretary of homeland security of 2019, added in the min2-world data session (round
//! 2 of issue 12): offices extended back towards 1990 and listed gaps narrowed. A role phrase
//! dated inside a new term names that term's holder, the new full names name their person, and a
//! distinctive surname stands alone only on a date of its person's term. Every sentence is
//! written for this test.

use alam::{Extractor, Options};

mod common;
use common::{check_names_on, check_role_phrases, date, officials};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const IL_INTERIOR: &str = "أصدر وزير الداخلية الإسرائيلي قرارا جديدا بشأن الإقامة.";
const IL_SPEAKER: &str = "افتتح رئيس الكنيست الجلسة بكلمة قصيرة.";
const TR_SPEAKER: &str = "استقبل رئيس البرلمان التركي وفدا برلمانيا.";
const TR_FOREIGN: &str = "بحث وزير الخارجية التركي الأزمة مع نظرائه.";
const US_INTERIOR: &str = "زار وزير الداخلية الأمريكي الحدود الجنوبية.";

const ROLES: &[RoleCase] = &[
    (
        IL_INTERIOR,
        "1990-01-15",
        &[("وزير الداخلية الإسرائيلي", "aryeh-deri")],
    ),
    (
        IL_INTERIOR,
        "1992-03-01",
        &[("وزير الداخلية الإسرائيلي", "aryeh-deri")],
    ),
    (
        IL_INTERIOR,
        "1993-05-20",
        &[("وزير الداخلية الإسرائيلي", "yitzhak-rabin")],
    ),
    (
        IL_INTERIOR,
        "1993-07-01",
        &[("وزير الداخلية الإسرائيلي", "aryeh-deri")],
    ),
    (
        IL_INTERIOR,
        "1994-06-01",
        &[("وزير الداخلية الإسرائيلي", "yitzhak-rabin")],
    ),
    (
        IL_INTERIOR,
        "1995-04-01",
        &[("وزير الداخلية الإسرائيلي", "uzi-baram")],
    ),
    (
        IL_INTERIOR,
        "1995-09-01",
        &[("وزير الداخلية الإسرائيلي", "ehud-barak")],
    ),
    (
        IL_INTERIOR,
        "1996-02-01",
        &[("وزير الداخلية الإسرائيلي", "haim-ramon")],
    ),
    (
        IL_INTERIOR,
        "1997-03-01",
        &[("وزير الداخلية الإسرائيلي", "eli-suissa")],
    ),
    (
        IL_INTERIOR,
        "1998-11-01",
        &[("وزير الداخلية الإسرائيلي", "eli-suissa")],
    ),
    (
        IL_INTERIOR,
        "2000-01-10",
        &[("وزير الداخلية الإسرائيلي", "natan-sharansky")],
    ),
    (
        IL_INTERIOR,
        "2001-09-01",
        &[("وزير الداخلية الإسرائيلي", "eli-yishai")],
    ),
    (
        IL_INTERIOR,
        "2002-10-01",
        &[("وزير الداخلية الإسرائيلي", "eli-yishai")],
    ),
    (
        IL_SPEAKER,
        "1990-05-01",
        &[("رئيس الكنيست", "dov-shilansky")],
    ),
    (
        IL_SPEAKER,
        "1994-01-01",
        &[("رئيس الكنيست", "shevah-weiss")],
    ),
    (IL_SPEAKER, "1998-01-01", &[("رئيس الكنيست", "dan-tichon")]),
    (
        TR_SPEAKER,
        "1988-06-01",
        &[("رئيس البرلمان التركي", "yildirim-akbulut")],
    ),
    (
        TR_SPEAKER,
        "1999-10-01",
        &[("رئيس البرلمان التركي", "yildirim-akbulut")],
    ),
    (
        TR_SPEAKER,
        "2010-06-01",
        &[("رئيس البرلمان التركي", "mehmet-ali-sahin")],
    ),
    (
        TR_FOREIGN,
        "1989-01-01",
        &[("وزير الخارجية التركي", "mesut-yilmaz")],
    ),
    (
        TR_FOREIGN,
        "1990-08-10",
        &[("وزير الخارجية التركي", "ali-bozer")],
    ),
    (
        US_INTERIOR,
        "2019-06-01",
        &[("وزير الداخلية الأمريكي", "kevin-mcaleenan")],
    ),
];

#[test]
fn role_phrases_name_the_holders_added_in_the_min2_world_session() {
    check_role_phrases(ROLES);
}

#[test]
fn the_neighbouring_holders_keep_their_dates() {
    // The holders before and after the new terms still answer on their own dates.
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            IL_INTERIOR,
            "وزير الداخلية الإسرائيلي",
            "avraham-poraz",
            "2003-06-01",
        ),
        (IL_SPEAKER, "رئيس الكنيست", "avraham-burg", "2000-01-01"),
        (
            TR_SPEAKER,
            "رئيس البرلمان التركي",
            "cemil-cicek",
            "2012-01-01",
        ),
        (
            TR_FOREIGN,
            "وزير الخارجية التركي",
            "tansu-ciller",
            "1997-01-01",
        ),
    ];
    for (text, phrase, id, d) in cases {
        let options = Options::default().with_date(date(d));
        let got: Vec<(&str, &str)> = ex
            .extract_with(text, &options)
            .iter()
            .filter(|e| e.role.is_some())
            .map(|e| (e.text(text), e.id().unwrap_or("")))
            .collect();
        assert_eq!(got, vec![(*phrase, *id)], "{text:?} on {d}");
    }
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "التقى عوزي برعام بإيلي سويسا ثم بناتان شارانسكي في القدس.",
            &[
                ("عوزي برعام", "uzi-baram"),
                ("إيلي سويسا", "eli-suissa"),
                ("ناتان شارانسكي", "natan-sharansky"),
            ],
        ),
        (
            "حضر دوف شيلانسكي وشيفح فايس ودان تيخون الاحتفال.",
            &[
                ("دوف شيلانسكي", "dov-shilansky"),
                ("شيفح فايس", "shevah-weiss"),
                ("دان تيخون", "dan-tichon"),
            ],
        ),
        (
            "استقبل محمد علي شاهين وعلي بوزر الضيوف في أنقرة.",
            &[
                ("محمد علي شاهين", "mehmet-ali-sahin"),
                ("علي بوزر", "ali-bozer"),
            ],
        ),
        (
            "تحدث كيفن ماكالينان عن أمن الحدود.",
            &[("كيفن ماكالينان", "kevin-mcaleenan")],
        ),
    ];
    check_names_on("2020-01-01", cases);
}

#[test]
fn a_distinctive_surname_alone_names_its_person_only_on_a_date_of_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "قال شارانسكي إن القرار نهائي.",
            "شارانسكي",
            "natan-sharansky",
            "2000-03-01",
        ),
        (
            "قال شيلانسكي إن الجلسة ستستأنف غدا.",
            "شيلانسكي",
            "dov-shilansky",
            "1991-02-01",
        ),
        (
            "قال ماكالينان إن عدد العابرين انخفض.",
            "ماكالينان",
            "kevin-mcaleenan",
            "2019-08-01",
        ),
    ];
    for (text, surname, id, d) in cases {
        let got = officials(ex, text, d);
        assert_eq!(got, vec![(*surname, id.to_string())], "{text:?} on {d}");
        // Long after the term the bare surname names nobody.
        let got = officials(ex, text, "2025-06-01");
        assert!(got.is_empty(), "{text:?} in 2025: {got:?}");
    }
}
