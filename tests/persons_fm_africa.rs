//! Foreign ministers of Eritrea, Rwanda and Cameroon added in the fm_africa data session: a role
//! phrase (demonym or country name) dated inside a new term names that term's holder, the
//! successor answers from the day of the change, the new full names name their person, and a
//! distinctive surname stands alone only on a date of its person's term. Every sentence is
//! written for this test.

use alam::Extractor;

mod common;
use common::{check_names_on, check_role_phrases, officials};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const ER_DEMONYM: &str = "استقبل وزير الخارجية الإريتري سفيرا جديدا.";
const ER_COUNTRY: &str = "وصل وزير خارجية إريتريا إلى القاهرة.";
const RW_DEMONYM: &str = "بحثت وزيرة الخارجية الرواندية ملف اللاجئين.";
const RW_MALE: &str = "بحث وزير الخارجية الرواندي ملف الحدود.";
const RW_COUNTRY: &str = "التقى وزير خارجية رواندا نظيره في كمبالا.";
const CM_DEMONYM: &str = "شارك وزير الخارجية الكاميروني في القمة.";
const CM_COUNTRY: &str = "أكد وزير خارجية الكاميرون دعم بلاده للمبادرة.";

const ROLES: &[RoleCase] = &[
    (
        ER_DEMONYM,
        "2010-03-01",
        &[("وزير الخارجية الإريتري", "osman-saleh-mohammed")],
    ),
    (
        ER_COUNTRY,
        "2018-07-10",
        &[("وزير خارجية إريتريا", "osman-saleh-mohammed")],
    ),
    (
        ER_DEMONYM,
        "2025-01-15",
        &[("وزير الخارجية الإريتري", "osman-saleh-mohammed")],
    ),
    (
        RW_DEMONYM,
        "2010-06-01",
        &[("وزيرة الخارجية الرواندية", "louise-mushikiwabo")],
    ),
    (
        RW_DEMONYM,
        "2016-02-01",
        &[("وزيرة الخارجية الرواندية", "louise-mushikiwabo")],
    ),
    (
        RW_MALE,
        "2024-06-12",
        &[("وزير الخارجية الرواندي", "olivier-nduhungirehe")],
    ),
    (
        RW_COUNTRY,
        "2025-03-01",
        &[("وزير خارجية رواندا", "olivier-nduhungirehe")],
    ),
    (
        CM_DEMONYM,
        "2015-10-02",
        &[("وزير الخارجية الكاميروني", "lejeune-mbella-mbella")],
    ),
    (
        CM_COUNTRY,
        "2020-05-01",
        &[("وزير خارجية الكاميرون", "lejeune-mbella-mbella")],
    ),
];

#[test]
fn role_phrases_name_the_foreign_ministers_added_in_the_fm_africa_session() {
    check_role_phrases(ROLES);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "التقت لويز موشيكيوابو بأوليفر ندوهونغيريهي في كيغالي.",
            &[
                ("لويز موشيكيوابو", "louise-mushikiwabo"),
                ("أوليفر ندوهونغيريهي", "olivier-nduhungirehe"),
            ],
        ),
        (
            "استقبل لوجون مبيلا مبيلا الوفد في ياوندي.",
            &[("لوجون مبيلا مبيلا", "lejeune-mbella-mbella")],
        ),
        (
            "وصل عثمان صالح إلى أديس أبابا.",
            &[("عثمان صالح", "osman-saleh-mohammed")],
        ),
    ];
    check_names_on("2020-01-01", cases);
}

#[test]
fn a_distinctive_surname_alone_names_its_person_only_on_a_date_of_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str, &str)] = &[
        (
            "قالت موشيكيوابو إن المفاوضات مستمرة.",
            "موشيكيوابو",
            "louise-mushikiwabo",
            "2013-05-01",
            "2008-01-01",
        ),
        (
            "قال ندوهونغيريهي إن المفاوضات مستمرة.",
            "ندوهونغيريهي",
            "olivier-nduhungirehe",
            "2025-02-01",
            "2018-06-01",
        ),
    ];
    for (text, surname, id, inside, outside) in cases {
        let got = officials(ex, text, inside);
        assert_eq!(
            got,
            vec![(*surname, id.to_string())],
            "{text:?} on {inside}"
        );
        // Outside the term the bare surname names nobody.
        let got = officials(ex, text, outside);
        assert!(got.is_empty(), "{text:?} on {outside}: {got:?}");
    }
}
