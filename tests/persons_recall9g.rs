//! Rows added by the recall9g audit (Sky News Arabia 2018, Middle East lines 3601-3630 and 20
//! lines drawn with seed 97): the new record of Andrea Nahles, leader of Germany's SPD (new party
//! record `spd`), the feminine title زعيمة for a party leader, and the surname دانفورد of Joseph
//! Dunford. Every sentence is written for this test.

mod common;
use common::check_spans as check;

#[test]
fn nahles_full_name_then_surname() {
    check(
        "رفضت أندريا ناليس أي مشاركة عسكرية في سوريا، وقالت ناليس إن حزبها يفضل الحل الدبلوماسي.",
        "2018-09-11",
        &[
            ("أندريا ناليس", 9, 32, "andrea-nahles"),
            ("ناليس", 93, 103, "andrea-nahles"),
        ],
    );
}

#[test]
fn nahles_standalone_surname_only_in_her_term() {
    let text = "قالت ناليس إن الائتلاف الحاكم في برلين باق.";
    check(text, "2019-01-15", &[("ناليس", 9, 19, "andrea-nahles")]);
    check(text, "2020-01-15", &[]);
}

#[test]
fn feminine_party_leader_title() {
    let text = "قالت زعيمة الحزب الديمقراطي الاشتراكي الألماني إن حزبها لن يغادر الحكومة.";
    let phrase = "زعيمة الحزب الديمقراطي الاشتراكي الألماني";
    check(text, "2018-10-01", &[(phrase, 9, 87, "andrea-nahles")]);
    check(text, "2019-08-01", &[(phrase, 9, 87, "")]);
}

#[test]
fn dunford_surname() {
    check(
        "التقى الجنرال جوزيف دانفورد قادة الحلف، وأكد دانفورد أن التعاون مستمر.",
        "2018-09-11",
        &[
            ("جوزيف دانفورد", 26, 51, "joseph-dunford"),
            ("دانفورد", 83, 97, "joseph-dunford"),
        ],
    );
    check(
        "قال دانفورد إن الجيش الأميركي مستعد.",
        "2017-05-01",
        &[("دانفورد", 7, 21, "joseph-dunford")],
    );
}
