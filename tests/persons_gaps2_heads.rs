//! Heads added in the gaps2_heads data session: Kyrgyzstan's acting president Talant Mamytov,
//! Madagascar's interim president Rivo Rakotovao, Mongolia's president Ukhnaagiin Khürelsükh,
//! Nepal's president Ram Chandra Poudel and Mauritius's prime minister Navin Ramgoolam. Every
//! sentence is written for this test.

use alam::{Extractor, Options};

mod common;
use common::date;

const KG: &str = "استقبل رئيس قيرغيزستان وفدا حكوميا.";
const MG: &str = "ألقى رئيس مدغشقر كلمة أمام البرلمان.";
const MN: &str = "وصل الرئيس المنغولي إلى العاصمة أمس.";
const NP: &str = "التقى الرئيس النيبالي السفراء الجدد.";
const MU: &str = "زار رئيس وزراء موريشيوس الميناء الجديد.";

fn ids(text: &str, d: &str) -> Vec<String> {
    Extractor::default_ref()
        .extract_with(text, &Options::default().with_date(date(d)))
        .iter()
        .filter_map(|e| e.id().map(str::to_string))
        .filter(|id| id.contains('-'))
        .collect()
}

#[test]
fn role_phrases_name_the_new_holders() {
    for (text, d, id) in [
        (KG, "2020-12-10", "talant-mamytov"),
        (MG, "2018-11-01", "rivo-rakotovao"),
        (MN, "2022-11-27", "ukhnaagiin-khurelsukh"),
        (NP, "2024-01-15", "ram-chandra-poudel"),
        (MU, "2025-02-01", "navin-ramgoolam"),
    ] {
        assert!(
            ids(text, d).contains(&id.to_string()),
            "{text:?} on {d}: {:?}",
            ids(text, d)
        );
    }
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    for (text, d, id) in [
        (KG, "2020-11-14", "talant-mamytov"),
        (KG, "2021-01-28", "sadyr-japarov"),
        (MG, "2018-09-07", "rivo-rakotovao"),
        (MG, "2019-01-19", "andry-rajoelina"),
        (MN, "2021-06-25", "ukhnaagiin-khurelsukh"),
        (NP, "2023-03-13", "ram-chandra-poudel"),
        (MU, "2024-11-13", "navin-ramgoolam"),
    ] {
        assert!(
            ids(text, d).contains(&id.to_string()),
            "{text:?} on {d}: {:?}",
            ids(text, d)
        );
    }
}

#[test]
fn new_full_names_name_their_person() {
    for (text, d, id) in [
        (
            "قال تالانت ماميتوف إن الانتخابات ستجري في موعدها.",
            "2020-12-01",
            "talant-mamytov",
        ),
        (
            "وقع ريفو راكوتوفاو المرسوم.",
            "2018-10-01",
            "rivo-rakotovao",
        ),
        (
            "استقبل أوخنا خوريلسوخ الوفد الزائر.",
            "2023-05-01",
            "ukhnaagiin-khurelsukh",
        ),
        (
            "هنأ أوخنا خورلسوخ نظيره.",
            "2023-05-01",
            "ukhnaagiin-khurelsukh",
        ),
        (
            "أدى رام شاندرا بوديل اليمين.",
            "2023-03-13",
            "ram-chandra-poudel",
        ),
        (
            "أعلن نافين رامغولام خطة اقتصادية.",
            "2025-01-10",
            "navin-ramgoolam",
        ),
    ] {
        assert!(
            ids(text, d).contains(&id.to_string()),
            "{text:?} on {d}: {:?}",
            ids(text, d)
        );
    }
}
