//! Rows added by the recall9h audit (Sky News Arabia 2018, international news lines 1801-1830
//! and 20 lines drawn with seed 98): the new records of South Sudan's defence minister Kuol
//! Manyang Juuk and army chief Paul Malong Awan and of Venezuela's Jorge Rodríguez (vice
//! president, then speaker), spellings of Salva Kiir, Sergio Mattarella, Giuseppe Conte, Federica
//! Mogherini, Juan Manuel Santos and Wei Fenghe, and the Korean given names سونغ and دويون (Sung
//! Kim and Duyeon Kim are not Kim Jong-un). Every sentence is written for this test.

mod common;
use common::check_spans as check;

#[test]
fn kuol_manyang_juuk_defence_minister_of_south_sudan() {
    check(
        "تفقد وزير الدفاع كول مانيانغ جوك قوات الجيش، وقال مانيانغ إن الأمن يتحسن.",
        "2016-03-01",
        &[
            ("كول مانيانغ جوك", 31, 59, "kuol-manyang-juuk"),
            ("مانيانغ", 91, 105, "kuol-manyang-juuk"),
        ],
    );
    check(
        "قال وزير دفاع جنوب السودان إن الأمن يتحسن.",
        "2016-03-01",
        &[("وزير دفاع جنوب السودان", 7, 48, "kuol-manyang-juuk")],
    );
}

#[test]
fn paul_malong_army_chief_of_south_sudan() {
    check(
        "ترأس بول مالونغ اجتماعا لقادة الجيش، ثم غادر مالونغ العاصمة.",
        "2015-08-01",
        &[
            ("بول مالونغ", 9, 28, "paul-malong-awan"),
            ("مالونغ", 82, 94, "paul-malong-awan"),
        ],
    );
    check(
        "قال رئيس أركان جيش جنوب السودان إن القوات جاهزة.",
        "2015-08-01",
        &[("رئيس أركان جيش جنوب السودان", 7, 57, "paul-malong-awan")],
    );
}

#[test]
fn jorge_rodriguez_vice_president_then_speaker() {
    check(
        "أعلن خورخي رودريغيز نتائج الجلسة البرلمانية.",
        "2022-03-01",
        &[("خورخي رودريغيز", 9, 36, "jorge-rodriguez")],
    );
    check(
        "قال رئيس البرلمان الفنزويلي إن الجلسة انتهت.",
        "2022-03-01",
        &[("رئيس البرلمان الفنزويلي", 7, 51, "jorge-rodriguez")],
    );
    check(
        "قال نائب الرئيس الفنزويلي إن الحكومة مستمرة.",
        "2007-06-01",
        &[("نائب الرئيس الفنزويلي", 7, 47, "jorge-rodriguez")],
    );
}

#[test]
fn new_spellings_of_persons_already_in() {
    check(
        "استقبل الرئيس سالفا كير وفدا من الوسطاء في جوبا أمس.",
        "2019-02-10",
        &[("سالفا كير", 26, 43, "salva-kiir")],
    );
    check(
        "أدلى سيرجيو ماتاريللا بكلمة، ثم غادر ماتاريللا القاعة.",
        "2019-04-25",
        &[
            ("سيرجيو ماتاريللا", 9, 40, "sergio-mattarella"),
            ("ماتاريللا", 68, 86, "sergio-mattarella"),
        ],
    );
    check(
        "التقى جوزيبي كونتي وزراءه، وقال كونتي إن الحكومة متماسكة.",
        "2019-03-01",
        &[
            ("جوزيبي كونتي", 11, 34, "giuseppe-conte"),
            ("كونتي", 59, 69, "giuseppe-conte"),
        ],
    );
    check(
        "وصل جوسيبي كونتي إلى بروكسل.",
        "2019-03-01",
        &[("جوسيبي كونتي", 7, 30, "giuseppe-conte")],
    );
    check(
        "قالت فيدريكا موغريني إن الاتحاد ملتزم، وأضافت موغريني أن الحوار مستمر.",
        "2017-10-10",
        &[
            ("فيدريكا موغريني", 9, 38, "federica-mogherini"),
            ("موغريني", 85, 99, "federica-mogherini"),
        ],
    );
    check(
        "قالت موغريني إن الاتفاق صامد.",
        "2016-05-01",
        &[("موغريني", 9, 23, "federica-mogherini")],
    );
    check(
        "استقبل خوان مانويل سانتوس الوفد، وأعلن سانتوس بدء المفاوضات.",
        "2016-09-01",
        &[
            ("خوان مانويل سانتوس", 13, 47, "juan-manuel-santos"),
            ("سانتوس", 72, 84, "juan-manuel-santos"),
        ],
    );
    check(
        "التقى وي فينغي نظيره الروسي، وأكد فينغي عمق العلاقات.",
        "2019-06-01",
        &[
            ("وي فينغي", 11, 26, "wei-fenghe"),
            ("نظيره الروسي", 27, 50, "sergei-shoigu"),
            ("فينغي", 62, 72, "wei-fenghe"),
        ],
    );
}

#[test]
fn korean_given_names_before_kim() {
    check(
        "قال السفير سونغ كيم إن المحادثات جادة، وكتبت الباحثة دويون كيم مقالا.",
        "2018-06-01",
        &[],
    );
}
