//! Foreign ministers of Norway, Poland, Austria and Sweden added in the fm_europe data session:
//! listed gaps of the office closed (Poland, Austria, Sweden) or narrowed (Norway). A role phrase
//! dated inside a new term names that term's holder, the successor answers on the day of the
//! change, the new full names name their person, and a distinctive surname stands alone only on a
//! date of its person's term. Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_names_on, check_roles, officials};

const NO_FM: &str = "بحث وزير الخارجية النرويجي ملف السلام مع نظيره.";
const NO_FM_COUNTRY: &str = "وصل وزير خارجية النرويج إلى العاصمة مساء أمس.";
const PL_FM: &str = "انتقد وزير الخارجية البولندي القرار الأوروبي الأخير.";
const PL_FM_COUNTRY: &str = "استقبل وزير خارجية بولندا السفير في مكتبه.";
const AT_FM: &str = "دعا وزير الخارجية النمساوي إلى استئناف الحوار.";
const SE_FM: &str = "أكدت وزيرة الخارجية السويدية دعم بلادها للمفاوضات.";

#[test]
fn role_phrases_name_the_foreign_ministers_added_in_the_fm_europe_session() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            NO_FM,
            "وزير الخارجية النرويجي",
            "2014-05-01",
            "borge-brende",
        ),
        (
            NO_FM,
            "وزير الخارجية النرويجي",
            "2017-01-10",
            "borge-brende",
        ),
        (
            NO_FM_COUNTRY,
            "وزير خارجية النرويج",
            "2019-03-01",
            "ine-eriksen-soreide",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2015-03-01",
            "grzegorz-schetyna",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2017-01-15",
            "witold-waszczykowski",
        ),
        (
            PL_FM_COUNTRY,
            "وزير خارجية بولندا",
            "2019-06-01",
            "jacek-czaputowicz",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2022-02-01",
            "zbigniew-rau",
        ),
        (
            AT_FM,
            "وزير الخارجية النمساوي",
            "2011-07-01",
            "michael-spindelegger",
        ),
        (
            SE_FM,
            "وزيرة الخارجية السويدية",
            "2025-01-20",
            "maria-malmer-stenergard",
        ),
    ];
    check_roles(cases);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            NO_FM,
            "وزير الخارجية النرويجي",
            "2013-10-16",
            "borge-brende",
        ),
        (
            NO_FM,
            "وزير الخارجية النرويجي",
            "2017-10-20",
            "ine-eriksen-soreide",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2014-09-22",
            "grzegorz-schetyna",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2015-11-16",
            "witold-waszczykowski",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2018-01-09",
            "jacek-czaputowicz",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2020-08-26",
            "zbigniew-rau",
        ),
        (
            AT_FM,
            "وزير الخارجية النمساوي",
            "2008-12-02",
            "michael-spindelegger",
        ),
        (
            AT_FM,
            "وزير الخارجية النمساوي",
            "2013-12-16",
            "sebastian-kurz",
        ),
        (
            SE_FM,
            "وزيرة الخارجية السويدية",
            "2024-09-10",
            "maria-malmer-stenergard",
        ),
        // The neighbouring holders keep their dates.
        (
            NO_FM,
            "وزير الخارجية النرويجي",
            "2013-10-15",
            "espen-barth-eide",
        ),
        (
            PL_FM,
            "وزير الخارجية البولندي",
            "2014-09-21",
            "radoslaw-sikorski",
        ),
        (
            AT_FM,
            "وزير الخارجية النمساوي",
            "2008-12-01",
            "ursula-plassnik",
        ),
        (
            SE_FM,
            "وزيرة الخارجية السويدية",
            "2024-09-09",
            "tobias-billstrom",
        ),
    ];
    check_roles(cases);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "حضر بورج برينده وإينه إريكسن سوريدي اللقاء في أوسلو.",
            &[
                ("بورج برينده", "borge-brende"),
                ("إينه إريكسن سوريدي", "ine-eriksen-soreide"),
            ],
        ),
        (
            "شارك غريغورز شيتينا وفيتولد فاشيكوفسكي في الندوة.",
            &[
                ("غريغورز شيتينا", "grzegorz-schetyna"),
                ("فيتولد فاشيكوفسكي", "witold-waszczykowski"),
            ],
        ),
        (
            "تحدث ياتسيك تشابوتوفيتش ثم زبيجنيو راو أمام الصحفيين.",
            &[
                ("ياتسيك تشابوتوفيتش", "jacek-czaputowicz"),
                ("زبيجنيو راو", "zbigniew-rau"),
            ],
        ),
        (
            "التقى ميشائيل شبيندليغر بماريا مالمر ستينرغارد في فيينا.",
            &[
                ("ميشائيل شبيندليغر", "michael-spindelegger"),
                ("ماريا مالمر ستينرغارد", "maria-malmer-stenergard"),
            ],
        ),
    ];
    check_names_on("2026-01-01", cases);
}

#[test]
fn a_distinctive_surname_alone_names_its_person_only_on_a_date_of_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "قال برينده إن المحادثات مثمرة.",
            "برينده",
            "borge-brende",
            "2015-06-01",
        ),
        (
            "قالت سوريدي إن الموقف لم يتغير.",
            "سوريدي",
            "ine-eriksen-soreide",
            "2020-02-01",
        ),
        (
            "قال شيتينا إن العلاقات ستتحسن.",
            "شيتينا",
            "grzegorz-schetyna",
            "2015-01-15",
        ),
        (
            "قال فاشيكوفسكي إن الرد سيكون حازما.",
            "فاشيكوفسكي",
            "witold-waszczykowski",
            "2016-11-15",
        ),
        (
            "قال تشابوتوفيتش إن الحوار مستمر.",
            "تشابوتوفيتش",
            "jacek-czaputowicz",
            "2019-02-01",
        ),
        (
            "قال شبيندليغر إن الاجتماع كان مفيدا.",
            "شبيندليغر",
            "michael-spindelegger",
            "2012-04-01",
        ),
    ];
    for (text, surname, id, d) in cases {
        let got = officials(ex, text, d);
        assert_eq!(got, vec![(*surname, id.to_string())], "{text:?} on {d}");
        // Long before the term the bare surname names nobody.
        let got = officials(ex, text, "2000-06-01");
        assert!(got.is_empty(), "{text:?} in 2000: {got:?}");
    }
}
