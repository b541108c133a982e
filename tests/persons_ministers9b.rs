//! Ministers of other portfolios (role `minister`) of Arab states added in the ministers9b data
//! session: Lebanon's justice minister Salim Jreissati, Egypt's minister of religious endowments
//! Mohamed Mokhtar Gomaa, the Palestinian education minister Sabri Saidam, Egypt's health minister
//! Hala Zayed, Egypt's irrigation minister Mohamed Abdel Aty and the antiquities term of Khaled
//! El-Enany (already in the data), whom the Sky News Arabia 2018 and Saudi 2015 corpora name with
//! their titles. A sentence dated inside the term
//! names the person with exact byte spans; a bare surname after a verb of saying, dated outside
//! every term of the person, is not read. Every sentence is written for this test.

mod common;
use common::spans;

const JREISSATI: &str =
    "قال وزير العدل اللبناني سليم جريصاتي إن القضاء مستقل، وأضاف جريصاتي أن التحقيق مستمر.";
const JREISSATI_BARE: &str = "وقال جريصاتي إن الاجتماع انتهى دون اتفاق.";
const GOMAA: &str = "افتتح وزير الأوقاف المصري محمد مختار جمعة مسجدا جديدا في القاهرة.";
const GOMAA_SHORT: &str = "ألقى الوزير مختار جمعة كلمة في المؤتمر.";
const SAIDAM: &str =
    "زار وزير التربية الفلسطيني صبري صيدم مدرسة في الخليل، وقال صيدم إن الدراسة مستمرة.";
const ENANY: &str = "افتتح وزير الآثار المصري خالد العناني متحفا جديدا في الأقصر.";
const OTHER_ENANY: &str = "وقال اللواء العناني حمودة إن الحملة مستمرة.";
const ZAYED: &str = "قالت وزيرة الصحة المصرية هالة زايد إن الحملة تشمل كل المحافظات.";
const ZAYED_BARE: &str = "وقالت زايد إن الاجتماع انتهى دون اتفاق.";
const ABDEL_ATY: &str = "قال وزير الري المصري محمد عبد العاطي إن المفاوضات متعثرة.";
const GOMAA_BARE: &str = "وقال جمعة إن الاجتماع انتهى دون اتفاق.";
const ABDEL_ATY_BARE: &str = "وقال عبد العاطي إن الاجتماع انتهى دون اتفاق.";
const SAIDAM_BARE: &str = "وقال صيدم إن الاجتماع انتهى دون اتفاق.";

#[test]
fn the_new_names_resolve_inside_the_terms() {
    assert_eq!(
        spans(JREISSATI, "2018-03-01"),
        vec![
            ("سليم جريصاتي", 44, 67, "salim-jreissati".to_string()),
            ("جريصاتي", 110, 124, "salim-jreissati".to_string()),
        ]
    );
    assert_eq!(
        spans(GOMAA, "2018-03-01"),
        vec![(
            "محمد مختار جمعة",
            48,
            76,
            "mohamed-mokhtar-gomaa".to_string()
        )]
    );
    assert_eq!(
        spans(GOMAA_SHORT, "2018-03-01"),
        vec![("مختار جمعة", 22, 41, "mohamed-mokhtar-gomaa".to_string())]
    );
    assert_eq!(
        spans(SAIDAM, "2018-03-01"),
        vec![
            ("صبري صيدم", 50, 67, "sabri-saidam".to_string()),
            ("صيدم", 108, 116, "sabri-saidam".to_string()),
        ]
    );
}

#[test]
fn el_enany_is_named_inside_his_antiquities_term_and_a_namesake_is_vetoed() {
    assert_eq!(
        spans(ENANY, "2018-03-01"),
        vec![("خالد العناني", 46, 69, "khaled-el-enany".to_string())]
    );
    assert_eq!(spans(OTHER_ENANY, "2018-03-01"), vec![]);
    assert_eq!(spans(OTHER_ENANY, "2015-06-01"), vec![]);
}

#[test]
fn hala_zayed_is_named_in_full_only() {
    assert_eq!(
        spans(ZAYED, "2019-05-01"),
        vec![("هالة زايد", 46, 63, "hala-zayed".to_string())]
    );
    assert_eq!(spans(ZAYED_BARE, "2019-05-01"), vec![]);
    assert_eq!(spans(ZAYED_BARE, "2023-05-01"), vec![]);
}

#[test]
fn the_irrigation_minister_is_not_badr_abdelatty() {
    assert_eq!(
        spans(ABDEL_ATY, "2018-03-18"),
        vec![("محمد عبد العاطي", 38, 66, "mohamed-abdel-aty".to_string())]
    );
}

#[test]
fn a_bare_surname_is_not_read_outside_the_terms() {
    assert_eq!(spans(JREISSATI_BARE, "2020-06-01"), vec![]);
    assert_eq!(spans(GOMAA_BARE, "2025-06-01"), vec![]);
    assert_eq!(spans(ABDEL_ATY_BARE, "2015-06-01"), vec![]);
    assert_eq!(spans(SAIDAM_BARE, "2020-06-01"), vec![]);
    assert_eq!(spans(SAIDAM_BARE, "2014-06-01"), vec![]);
}

#[test]
fn a_distinctive_surname_is_read_inside_the_term() {
    assert_eq!(
        spans(JREISSATI_BARE, "2018-03-01"),
        vec![("جريصاتي", 9, 23, "salim-jreissati".to_string())]
    );
    assert_eq!(
        spans(SAIDAM_BARE, "2018-03-01"),
        vec![("صيدم", 9, 17, "sabri-saidam".to_string())]
    );
}
