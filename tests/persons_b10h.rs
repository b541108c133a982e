//! Offices back-filled towards 1990 in the b10h data session: Jordan's foreign ministers
//! (1997–2002), Jordan's army chiefs of staff (2010–2019) and Lebanon's defence ministers
//! (1989–1992). A role phrase dated inside a new term names that term's holder, the predecessor
//! answers on the day before a change and the successor on the day of it, and the new full names
//! name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const JO_FM: &str = "استقبل وزير الخارجية الأردني الوفد في عمان.";
const JO_AC: &str = "تفقد رئيس هيئة الأركان الأردني الوحدات المرابطة على الحدود.";
const LB_DM: &str = "زار وزير الدفاع اللبناني قيادة الجيش في اليرزة.";

#[test]
fn role_phrases_name_the_holders_of_the_jordanian_foreign_ministry() {
    check_role_phrases(&[
        (
            JO_FM,
            "1997-03-19",
            &[("وزير الخارجية الأردني", "fayez-al-tarawneh")],
        ),
        (
            JO_FM,
            "1997-10-01",
            &[("وزير الخارجية الأردني", "fayez-al-tarawneh")],
        ),
        (
            JO_FM,
            "1998-02-16",
            &[("وزير الخارجية الأردني", "fayez-al-tarawneh")],
        ),
        (
            JO_FM,
            "1998-08-20",
            &[("وزير الخارجية الأردني", "abdul-ilah-al-khatib")],
        ),
        (
            JO_FM,
            "1999-06-01",
            &[("وزير الخارجية الأردني", "abdul-ilah-al-khatib")],
        ),
        (
            JO_FM,
            "2000-06-18",
            &[("وزير الخارجية الأردني", "abdul-ilah-al-khatib")],
        ),
        (
            JO_FM,
            "2001-05-01",
            &[("وزير الخارجية الأردني", "abdul-ilah-al-khatib")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_jordanian_army_chiefs() {
    check_role_phrases(&[
        (
            JO_AC,
            "2012-05-01",
            &[("رئيس هيئة الأركان الأردني", "mashal-al-zaben")],
        ),
        (
            JO_AC,
            "2016-10-01",
            &[("رئيس هيئة الأركان الأردني", "mashal-al-zaben")],
        ),
        (
            JO_AC,
            "2016-10-02",
            &[("رئيس هيئة الأركان الأردني", "mahmoud-freihat")],
        ),
        (
            JO_AC,
            "2018-03-01",
            &[("رئيس هيئة الأركان الأردني", "mahmoud-freihat")],
        ),
        (
            JO_AC,
            "2019-07-23",
            &[("رئيس هيئة الأركان الأردني", "mahmoud-freihat")],
        ),
        (
            JO_AC,
            "2019-07-24",
            &[("رئيس هيئة الأركان الأردني", "yousef-huneiti")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_lebanese_defence_ministers() {
    check_role_phrases(&[
        (
            LB_DM,
            "1990-01-15",
            &[("وزير الدفاع اللبناني", "albert-mansour")],
        ),
        (
            LB_DM,
            "1990-12-23",
            &[("وزير الدفاع اللبناني", "albert-mansour")],
        ),
        (
            LB_DM,
            "1990-12-24",
            &[("وزير الدفاع اللبناني", "michel-murr")],
        ),
        (
            LB_DM,
            "1992-07-01",
            &[("وزير الدفاع اللبناني", "michel-murr")],
        ),
        (
            LB_DM,
            "1992-10-30",
            &[("وزير الدفاع اللبناني", "michel-murr")],
        ),
        (
            LB_DM,
            "1992-10-31",
            &[("وزير الدفاع اللبناني", "mohsen-dalloul")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_persons() {
    check_names_on(
        "2013-01-10",
        &[
            (
                "وتفقد مشعل الزبن الوحدات المرابطة على الحدود الشمالية.",
                &[("مشعل الزبن", "mashal-al-zaben")],
            ),
            (
                "واستقبل مشعل محمد الزبن وفدا عسكريا.",
                &[("مشعل محمد الزبن", "mashal-al-zaben")],
            ),
        ],
    );
    check_names_on(
        "2017-05-01",
        &[
            (
                "وتفقد محمود فريحات قوات حرس الحدود.",
                &[("محمود فريحات", "mahmoud-freihat")],
            ),
            (
                "واستقبل محمود الفريحات وفدا عسكريا أجنبيا.",
                &[("محمود الفريحات", "mahmoud-freihat")],
            ),
        ],
    );
    check_names_on(
        "1990-03-01",
        &[(
            "وقال ألبير منصور إن الجيش سيبسط سلطته.",
            &[("ألبير منصور", "albert-mansour")],
        )],
    );
}
