//! The recall8e audit (Sky News Arabia 2018, international news lines 1201-1225) added no row.
//! It tried Syngman Rhee's surname ري (written alone after his full name in one article) and
//! dropped it: a surname after a title is reported without the full name, and on the Sky files
//! the title before ري يونغ هو (Ri Yong-ho, North Korea's foreign minister in 2018, not in the
//! gazetteer) then named Rhee three times. These tests keep that reading out. Every sentence is
//! written for this test.

mod common;
use common::spans;

const RI_YONG_HO: &str = "التقى وزير الخارجية الكوري الشمالي ري يونغ هو نظيره الصيني في بيونغيانغ.";
const RHEE: &str = "حكم سينغمان ري كوريا الجنوبية اثني عشر عاما، وقال ري إن الوحدة هدفه.";

#[test]
fn ri_after_a_north_korean_title_is_not_syngman_rhee() {
    let got = spans(RI_YONG_HO, "2018-05-03");
    assert!(
        got.iter()
            .all(|(t, _, _, id)| *t != "ري" && id != "syngman-rhee"),
        "{got:?}"
    );
    assert_eq!(
        got.first(),
        Some(&("وزير الخارجية الكوري الشمالي", 11, 64, String::new()))
    );
}

#[test]
fn rhee_is_found_by_his_full_name_only() {
    assert_eq!(
        spans(RHEE, "1955-01-01"),
        vec![("سينغمان ري", 7, 26, "syngman-rhee".to_string())]
    );
}
