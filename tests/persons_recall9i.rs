//! Rows added by the recall9i audit (Sky News Arabia 2018, Middle East lines 2601-2630 and 20
//! lines drawn with seed 99): Yuval Steinitz's term as Israel's energy minister, 2015-05-14 to
//! 2021-06-13 (the role phrase had no holder), and the new record of Mohammed Al-Tuwaijri,
//! Saudi minister of economy and planning (role `minister`) from 2017-11-04 to 2020-03-05. Every
//! sentence is written for this test.

mod common;
use common::check_spans as check;

const IL_EM: &str = "قال وزير الطاقة الإسرائيلي إن التنقيب عن الغاز سيستمر.";

#[test]
fn yuval_steinitz_energy_minister_of_israel() {
    for d in ["2015-05-14", "2018-06-26", "2021-06-12"] {
        check(
            IL_EM,
            d,
            &[("وزير الطاقة الإسرائيلي", 7, 49, "yuval-steinitz")],
        );
    }
    check(
        "زار شتاينتس حقل الغاز البحري، وقال إن الإنتاج سيبدأ قريبا.",
        "2019-02-01",
        &[("شتاينتس", 7, 21, "yuval-steinitz")],
    );
}

#[test]
fn no_holder_before_the_term() {
    check(IL_EM, "2015-05-13", &[("وزير الطاقة الإسرائيلي", 7, 49, "")]);
}

#[test]
fn mohammed_al_tuwaijri_saudi_minister_of_economy() {
    check(
        "عرض محمد التويجري خطة الإنفاق الجديدة على المستثمرين.",
        "2018-06-06",
        &[("محمد التويجري", 7, 32, "mohammed-al-tuwaijri")],
    );
    check(
        "وقع محمد بن مزيد التويجري اتفاقية للتعاون الاقتصادي.",
        "2019-10-01",
        &[("محمد بن مزيد التويجري", 7, 46, "mohammed-al-tuwaijri")],
    );
}
