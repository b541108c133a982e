//! Offices back-filled towards 1990 in the b10r data session: Georgia's heads of state
//! (Zviad Gamsakhurdia 1990–1992, Eduard Shevardnadze from the State Council of 1992),
//! Azerbaijan's president Abulfaz Elchibey (1992–1993) and prime minister Surat Huseynov
//! (1993–1994), and Belarus's head of state Stanislav Shushkevich (1991–1994). A role phrase
//! dated inside a new term names that term's holder, the predecessor answers on the day before a
//! change and the successor on the day of it, and the new full names name their person. Every
//! sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const GE_HOS: &str = "استقبل الرئيس الجورجي الوفد في تبليسي.";
const AZ_HOS: &str = "استقبل الرئيس الأذربيجاني الوفد في باكو.";
const AZ_HOG: &str = "استقبل رئيس الوزراء الأذربيجاني الوفد في باكو.";
const BY_HOS: &str = "استقبل الرئيس البيلاروسي الوفد في مينسك.";

#[test]
fn role_phrases_name_the_georgian_heads_of_state() {
    check_role_phrases(&[
        (
            GE_HOS,
            "1990-11-14",
            &[("الرئيس الجورجي", "zviad-gamsakhurdia")],
        ),
        (
            GE_HOS,
            "1991-06-01",
            &[("الرئيس الجورجي", "zviad-gamsakhurdia")],
        ),
        (
            GE_HOS,
            "1992-01-05",
            &[("الرئيس الجورجي", "zviad-gamsakhurdia")],
        ),
        (
            GE_HOS,
            "1992-03-10",
            &[("الرئيس الجورجي", "eduard-shevardnadze")],
        ),
        (
            GE_HOS,
            "1993-09-15",
            &[("الرئيس الجورجي", "eduard-shevardnadze")],
        ),
        (
            GE_HOS,
            "1995-05-25",
            &[("الرئيس الجورجي", "eduard-shevardnadze")],
        ),
        (
            GE_HOS,
            "1995-05-26",
            &[("الرئيس الجورجي", "eduard-shevardnadze")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_azerbaijani_president_and_prime_minister() {
    check_role_phrases(&[
        (
            AZ_HOS,
            "1992-06-16",
            &[("الرئيس الأذربيجاني", "abulfaz-elchibey")],
        ),
        (
            AZ_HOS,
            "1993-01-15",
            &[("الرئيس الأذربيجاني", "abulfaz-elchibey")],
        ),
        (
            AZ_HOS,
            "1993-06-23",
            &[("الرئيس الأذربيجاني", "abulfaz-elchibey")],
        ),
        (
            AZ_HOS,
            "1993-06-24",
            &[("الرئيس الأذربيجاني", "heydar-aliyev")],
        ),
        (
            AZ_HOG,
            "1993-06-30",
            &[("رئيس الوزراء الأذربيجاني", "surat-huseynov")],
        ),
        (
            AZ_HOG,
            "1994-03-01",
            &[("رئيس الوزراء الأذربيجاني", "surat-huseynov")],
        ),
        (
            AZ_HOG,
            "1994-10-06",
            &[("رئيس الوزراء الأذربيجاني", "surat-huseynov")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_belarusian_head_of_state() {
    check_role_phrases(&[
        (
            BY_HOS,
            "1991-08-25",
            &[("الرئيس البيلاروسي", "stanislav-shushkevich")],
        ),
        (
            BY_HOS,
            "1992-12-01",
            &[("الرئيس البيلاروسي", "stanislav-shushkevich")],
        ),
        (
            BY_HOS,
            "1994-01-25",
            &[("الرئيس البيلاروسي", "stanislav-shushkevich")],
        ),
        (
            BY_HOS,
            "1994-07-20",
            &[("الرئيس البيلاروسي", "alexander-lukashenko")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    check_names_on(
        "1991-06-01",
        &[
            (
                "أكد زفياد جامساخورديا أن بلاده ستبقى مستقلة.",
                &[("زفياد جامساخورديا", "zviad-gamsakhurdia")],
            ),
            (
                "وقال زفياد غامساخورديا إن الانتخابات ستجري في موعدها.",
                &[("زفياد غامساخورديا", "zviad-gamsakhurdia")],
            ),
        ],
    );
    check_names_on(
        "1992-10-01",
        &[(
            "التقى أبو الفضل إلجي بيك وفدا تركيا في باكو.",
            &[("أبو الفضل إلجي بيك", "abulfaz-elchibey")],
        )],
    );
    check_names_on(
        "1994-02-01",
        &[(
            "زار سورات حسينوف مدينة كنجة.",
            &[("سورات حسينوف", "surat-huseynov")],
        )],
    );
    check_names_on(
        "1992-12-01",
        &[(
            "وقع ستانيسلاف شوشكيفيتش الاتفاق في مينسك.",
            &[("ستانيسلاف شوشكيفيتش", "stanislav-shushkevich")],
        )],
    );
}
