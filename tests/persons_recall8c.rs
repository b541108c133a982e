//! Persons and spellings added in the recall8c session (a recall audit of the Saudi newspaper
//! al-Jazirah, July–August 2015): Syngman Rhee as president of South Korea and Husni al-Za'im as
//! head of state of Syria, with the spellings the press uses, the spelling تورجوت أوزال of
//! Turgut Özal's name, and Colin Powell's surname باول read only as written (not بأول). Every
//! sentence is written for this test. The word ولي is also a subordinate word before a title
//! (ولي ولي العهد, the deputy crown prince, is not the crown prince).

mod common;
use common::{check_names_on, check_role_phrases, check_roles};

const KR_HOS: &str = "استقبل الرئيس الكوري الجنوبي وفدا أمريكيا في سيول.";
const SY_HOS: &str = "استقبل الرئيس السوري وفدا عسكريا في دمشق.";

#[test]
fn the_south_korean_president_is_syngman_rhee_from_1948_to_1960() {
    check_roles(&[
        (
            KR_HOS,
            "الرئيس الكوري الجنوبي",
            "1948-07-24",
            "syngman-rhee",
        ),
        (
            KR_HOS,
            "الرئيس الكوري الجنوبي",
            "1955-03-01",
            "syngman-rhee",
        ),
        (
            KR_HOS,
            "الرئيس الكوري الجنوبي",
            "1960-04-27",
            "syngman-rhee",
        ),
    ]);
    check_role_phrases(&[(KR_HOS, "1948-07-23", &[("الرئيس الكوري الجنوبي", "")])]);
}

#[test]
fn the_syrian_head_of_state_is_husni_al_zaim_in_1949() {
    check_roles(&[
        (SY_HOS, "الرئيس السوري", "1949-03-30", "husni-al-zaim"),
        (SY_HOS, "الرئيس السوري", "1949-06-01", "husni-al-zaim"),
        (SY_HOS, "الرئيس السوري", "1949-08-14", "husni-al-zaim"),
    ]);
    check_role_phrases(&[(SY_HOS, "1949-03-29", &[("الرئيس السوري", "")])]);
}

#[test]
fn rhee_zaim_and_ozal_are_named_in_full() {
    check_names_on(
        "2015-08-01",
        &[
            (
                "قاد سنجمان ري كوريا الجنوبية بعد الحرب العالمية الثانية.",
                &[("سنجمان ري", "syngman-rhee")],
            ),
            (
                "كان سينغمان ري أول رئيس لكوريا الجنوبية.",
                &[("سينغمان ري", "syngman-rhee")],
            ),
            (
                "قام حسني الزعيم بأول انقلاب عسكري في سوريا.",
                &[("حسني الزعيم", "husni-al-zaim")],
            ),
            (
                "أطلق تورجوت أوزال إصلاحات اقتصادية واسعة في تركيا.",
                &[("تورجوت أوزال", "turgut-ozal")],
            ),
            // بأول 'with the first' is not Powell's surname باول, even after a title-like word.
            ("قال الزعيم بأول خطاب له إن الحرب انتهت.", &[]),
        ],
    );
}

#[test]
fn the_deputy_crown_prince_is_not_the_crown_prince() {
    // ولي ولي العهد is the deputy crown prince (an office the data does not have), so the
    // crown-prince title inside it is no role mention; ولي العهد alone still is.
    check_role_phrases(&[
        ("زار ولي ولي العهد السعودي القاهرة أمس.", "2015-08-01", &[]),
        (
            "زار ولي العهد السعودي القاهرة أمس.",
            "2015-08-01",
            &[("ولي العهد السعودي", "mohammed-bin-nayef")],
        ),
    ]);
}
