//! Foreign, defence and homeland security ministers of non-Arab states added in the sixth data
//! session (issue 12): a role phrase dated inside a term names that term's holder, and the new
//! press spellings name their person, with a follow-up surname. Every sentence is written for
//! this test.

use alam::{EntityKind, Extractor, Options};

mod common;
use common::{check_role_phrases, date};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const ROLES: &[RoleCase] = &[
    (
        "قال وزير الدفاع الفنزويلي إن الجيش يحرس الحدود.",
        "2019-02-20",
        &[("وزير الدفاع الفنزويلي", "vladimir-padrino-lopez")],
    ),
    (
        "وصل وزير الخارجية الكوبي إلى الجزائر في زيارة رسمية.",
        "2005-04-10",
        &[("وزير الخارجية الكوبي", "felipe-perez-roque")],
    ),
    (
        "وصل وزير الخارجية الكوبي إلى الجزائر في زيارة رسمية.",
        "2015-04-10",
        &[("وزير الخارجية الكوبي", "bruno-rodriguez-parrilla")],
    ),
    (
        "زار وزير الدفاع الكوبي موسكو لبحث صفقات السلاح.",
        "1995-04-10",
        &[("وزير الدفاع الكوبي", "raul-castro")],
    ),
    (
        "أعلن وزير الدفاع الأذربيجاني تقدم القوات.",
        "2020-10-15",
        &[("وزير الدفاع الأذربيجاني", "zakir-hasanov")],
    ),
    (
        "التقت وزيرة الخارجية البلجيكية نظيرها في بروكسل.",
        "2023-03-01",
        &[("وزيرة الخارجية البلجيكية", "hadja-lahbib")],
    ),
    (
        "التقت وزيرة الخارجية البلجيكية نظيرها في بروكسل.",
        "2021-03-01",
        &[("وزيرة الخارجية البلجيكية", "sophie-wilmes")],
    ),
    (
        "استدعت وزيرة الخارجية الإسبانية السفير.",
        "2021-05-20",
        &[("وزيرة الخارجية الإسبانية", "arancha-gonzalez-laya")],
    ),
    (
        "قال وزير الخارجية المكسيكي إن بلاده لن تدفع ثمن الجدار.",
        "2017-03-01",
        &[("وزير الخارجية المكسيكي", "luis-videgaray")],
    ),
    (
        "رد وزير الخارجية الأرجنتيني على تصريحات لندن.",
        "2012-03-01",
        &[("وزير الخارجية الأرجنتيني", "hector-timerman")],
    ),
];

#[test]
fn role_phrases_of_the_sixth_session_name_the_holder_on_the_date() {
    check_role_phrases(ROLES);
}

#[test]
fn homeland_security_secretaries_are_named_and_a_surname_follows() {
    let ex = Extractor::default_ref();
    let text = "التقى أليخاندرو مايوركاس بسلفه جيه جونسون في واشنطن، \
                وقال مايوركاس إن كيرستين نيلسن ومايكل شيرتوف حضرا أيضا.";
    let options = Options::default().with_date(date("2022-05-01"));
    let got: Vec<(&str, &str)> = ex
        .extract_with(text, &options)
        .iter()
        .filter(|e| e.kind() == EntityKind::Official && e.role.is_none())
        .map(|e| (e.text(text), e.id().unwrap_or("")))
        .collect();
    assert_eq!(
        got,
        [
            ("أليخاندرو مايوركاس", "alejandro-mayorkas"),
            ("جيه جونسون", "jeh-johnson"),
            ("مايوركاس", "alejandro-mayorkas"),
            ("كيرستين نيلسن", "kirstjen-nielsen"),
            ("مايكل شيرتوف", "michael-chertoff"),
        ]
    );
}
