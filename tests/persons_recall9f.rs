//! Rows added by the recall9f audit (Sky News Arabia 2018, international news lines 801-830
//! and 20 lines drawn with seed 96): spellings of Ursula von der Leyen, Park Geun-hye and Najib
//! Razak, and the former markers المعزول، المعزولة (a deposed holder is not the one in office).
//! Every sentence is written for this test.

mod common;
use common::check_spans as check;

#[test]
fn von_der_leyen_with_a_double_ya() {
    check(
        "التقت أورسولا فون دير ليين جنودا في ليتوانيا، ثم قالت فون دير ليين إن الحلف موحد.",
        "2018-03-01",
        &[
            ("أورسولا فون دير ليين", 11, 48, "ursula-von-der-leyen"),
            ("فون دير ليين", 98, 120, "ursula-von-der-leyen"),
        ],
    );
}

#[test]
fn park_geun_hye_without_the_ra_and_her_surname_after_a_title() {
    check(
        "زارت باك غن هي طوكيو، وأكدت الرئيسة بارك أهمية التعاون مع اليابان.",
        "2016-05-10",
        &[
            ("باك غن هي", 9, 25, "park-geun-hye"),
            ("بارك", 65, 73, "park-geun-hye"),
        ],
    );
    check(
        "أصدرت المحكمة حكمها على باك غن هي، ثم نقل المحامون رسالة للرئيسة السابقة بارك إلى الصحفيين.",
        "2018-04-10",
        &[
            ("باك غن هي", 44, 60, "park-geun-hye"),
            ("بارك", 133, 141, "park-geun-hye"),
        ],
    );
}

#[test]
fn a_deposed_holder_is_not_the_one_in_office() {
    // Without the marker the phrase named Moon Jae-in, the president on the date.
    check(
        "تابع الكوريون محاكمة رئيسة كوريا الجنوبية المعزولة في سيول.",
        "2018-04-10",
        &[("رئيسة كوريا الجنوبية", 39, 77, "")],
    );
    check(
        "أطاح الجيش بالرئيس المصري المعزول محمد مرسي قبل أشهر.",
        "2014-01-10",
        &[
            ("الرئيس المصري", 22, 47, "mohamed-morsi"),
            ("محمد مرسي", 63, 80, "mohamed-morsi"),
        ],
    );
}

#[test]
fn najib_razak_by_his_given_name_and_a_short_spelling() {
    check(
        "قال رئيس الوزراء الماليزي نجيب عبد الرزاق إن الانتخابات قريبة، وأكد نجيب أن ماليزيا مستقرة.",
        "2018-03-01",
        &[
            ("رئيس الوزراء الماليزي", 7, 47, "najib-razak"),
            ("نجيب عبد الرزاق", 48, 76, "najib-razak"),
            ("نجيب", 125, 133, "najib-razak"),
        ],
    );
    check(
        "استقبل نجيب رزاق وفدا في كوالالمبور.",
        "2017-05-01",
        &[("نجيب رزاق", 13, 30, "najib-razak")],
    );
    // Someone else named Najib, with a family name that is not Razak's.
    check(
        "قال المتحدث باسم الوزارة نجيب دانيش إن الهجوم فشل.",
        "2018-03-01",
        &[],
    );
}
