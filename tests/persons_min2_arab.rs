//! Speakers and chiefs of staff of Arab states added in the min2-arab data session: the speakers
//! of Jordan (2021-2025), Mauritania (from 2007), Sudan (2015-19), Algeria (2004-07) and Morocco
//! (2014-16, and Mustapha Mansouri's term now starting 2007-10-16), and the Syrian chiefs of staff
//! Hikmat al-Shihabi (1974-98) and Abdul Karim Mahmoud Ibrahim (2022-24). A role phrase dated
//! inside a new term names that term's holder, the new full names name their person, and a
//! distinctive surname stands alone inside a term. Every sentence is written for this test.

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
        "ترأس رئيس مجلس النواب الأردني جلسة لمناقشة الموازنة.",
        "2021-12-20",
        &[("رئيس مجلس النواب الأردني", "abdul-karim-dughmi")],
    ),
    (
        "ترأس رئيس مجلس النواب الأردني جلسة لمناقشة الموازنة.",
        "2022-03-01",
        &[("رئيس مجلس النواب الأردني", "abdul-karim-dughmi")],
    ),
    (
        "ترأس رئيس مجلس النواب الأردني جلسة لمناقشة الموازنة.",
        "2023-06-01",
        &[("رئيس مجلس النواب الأردني", "ahmad-safadi")],
    ),
    (
        "ترأس رئيس مجلس النواب الأردني جلسة لمناقشة الموازنة.",
        "2024-01-10",
        &[("رئيس مجلس النواب الأردني", "ahmad-safadi")],
    ),
    (
        "ترأس رئيس مجلس النواب الأردني جلسة لمناقشة الموازنة.",
        "2025-03-01",
        &[("رئيس مجلس النواب الأردني", "ahmad-safadi")],
    ),
    (
        "ترأس رئيس مجلس النواب الأردني جلسة لمناقشة الموازنة.",
        "2025-11-15",
        &[("رئيس مجلس النواب الأردني", "mazen-al-qadi")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2008-01-10",
        &[("رئيس البرلمان الموريتاني", "messaoud-ould-boulkheir")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2012-05-01",
        &[("رئيس البرلمان الموريتاني", "messaoud-ould-boulkheir")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2015-03-01",
        &[("رئيس البرلمان الموريتاني", "mohamed-ould-boilil")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2017-06-01",
        &[("رئيس البرلمان الموريتاني", "mohamed-ould-boilil")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2019-05-01",
        &[("رئيس البرلمان الموريتاني", "cheikh-ould-baya")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2021-02-01",
        &[("رئيس البرلمان الموريتاني", "cheikh-ould-baya")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2023-09-01",
        &[("رئيس البرلمان الموريتاني", "mohamed-ould-meguett")],
    ),
    (
        "استقبل رئيس البرلمان الموريتاني وفدا من السنغال.",
        "2025-01-01",
        &[("رئيس البرلمان الموريتاني", "mohamed-ould-meguett")],
    ),
    (
        "تفقد رئيس هيئة الأركان السوري قطعات في ريف حماة.",
        "2022-06-01",
        &[("رئيس هيئة الأركان السوري", "abdul-karim-mahmoud-ibrahim")],
    ),
    (
        "تفقد رئيس هيئة الأركان السوري قطعات في ريف حماة.",
        "2024-08-08",
        &[("رئيس هيئة الأركان السوري", "abdul-karim-mahmoud-ibrahim")],
    ),
    (
        "زار رئيس أركان الجيش السوري الجبهة الجنوبية.",
        "1990-05-01",
        &[("رئيس أركان الجيش السوري", "hikmat-al-shihabi")],
    ),
    (
        "زار رئيس أركان الجيش السوري الجبهة الجنوبية.",
        "1995-01-01",
        &[("رئيس أركان الجيش السوري", "hikmat-al-shihabi")],
    ),
    (
        "دعا رئيس البرلمان السوداني النواب إلى جلسة طارئة.",
        "2016-01-01",
        &[("رئيس البرلمان السوداني", "ibrahim-ahmed-omer")],
    ),
    (
        "دعا رئيس البرلمان السوداني النواب إلى جلسة طارئة.",
        "2018-07-19",
        &[("رئيس البرلمان السوداني", "ibrahim-ahmed-omer")],
    ),
    (
        "افتتح رئيس البرلمان الجزائري الدورة الربيعية.",
        "2005-03-01",
        &[("رئيس البرلمان الجزائري", "amar-saadani")],
    ),
    (
        "افتتح رئيس البرلمان الجزائري الدورة الربيعية.",
        "2006-11-01",
        &[("رئيس البرلمان الجزائري", "amar-saadani")],
    ),
    (
        "التقى رئيس مجلس النواب المغربي الوفد الفرنسي.",
        "2008-02-01",
        &[("رئيس مجلس النواب المغربي", "mustapha-mansouri")],
    ),
    (
        "التقى رئيس مجلس النواب المغربي الوفد الفرنسي.",
        "2015-05-01",
        &[("رئيس مجلس النواب المغربي", "rachid-talbi-alami")],
    ),
    (
        "التقى رئيس مجلس النواب المغربي الوفد الفرنسي.",
        "2016-06-01",
        &[("رئيس مجلس النواب المغربي", "rachid-talbi-alami")],
    ),
    (
        "التقى رئيس مجلس النواب المغربي الوفد الفرنسي.",
        "2009-06-01",
        &[("رئيس مجلس النواب المغربي", "mustapha-mansouri")],
    ),
];

#[test]
fn role_phrases_name_the_holders_added_in_this_session() {
    check_role_phrases(ROLES);
}

#[test]
fn the_new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "التقى مسعود ولد بلخير بمحمد ولد ابيليل، ثم زار الشيخ ولد بايه ومحمد ولد مكت \
                نواكشوط. وشارك عبد الكريم الدغمي ومازن القاضي في الجلسة.";
    let got = officials(ex, text, "2024-01-01");
    let want = [
        ("مسعود ولد بلخير", "messaoud-ould-boulkheir"),
        ("محمد ولد ابيليل", "mohamed-ould-boilil"),
        ("الشيخ ولد بايه", "cheikh-ould-baya"),
        ("محمد ولد مكت", "mohamed-ould-meguett"),
        ("عبد الكريم الدغمي", "abdul-karim-dughmi"),
        ("مازن القاضي", "mazen-al-qadi"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn more_new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "حضر حكمت الشهابي وعبد الكريم محمود إبراهيم العرض، وتحدث إبراهيم أحمد عمر \
                وعمار سعداني عن العمل البرلماني.";
    let got = officials(ex, text, "2010-01-01");
    let want = [
        ("حكمت الشهابي", "hikmat-al-shihabi"),
        ("عبد الكريم محمود إبراهيم", "abdul-karim-mahmoud-ibrahim"),
        ("إبراهيم أحمد عمر", "ibrahim-ahmed-omer"),
        ("عمار سعداني", "amar-saadani"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn the_joined_spelling_of_dughmi_names_him() {
    let ex = Extractor::default_ref();
    let text = "قال عبدالكريم الدغمي إن المجلس سيناقش القانون.";
    let got = officials(ex, text, "2022-05-01");
    assert_eq!(
        got,
        vec![("عبدالكريم الدغمي", "abdul-karim-dughmi".to_string())]
    );
}

#[test]
fn dughmi_alone_names_him_only_on_a_date_of_his_term() {
    let ex = Extractor::default_ref();
    let text = "أكد الدغمي أن المجلس سيواصل عمله.";
    let got = officials(ex, text, "2022-05-01");
    assert_eq!(got, vec![("الدغمي", "abdul-karim-dughmi".to_string())]);
    let got = officials(ex, text, "2019-05-01");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn no_jordanian_speaker_while_the_house_was_dissolved() {
    let ex = Extractor::default_ref();
    let text = "ترأس رئيس مجلس النواب الأردني جلسة لمناقشة الموازنة.";
    let got = roles(ex, text, "2024-09-01");
    assert!(got.iter().all(|(_, id)| id.is_empty()), "{got:?}");
}
