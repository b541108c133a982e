//! Offices of the Gulf states extended back towards 1990 in the data session min-gulf: Kuwait's
//! interior ministers from 1988 to 2006 and Nawaf al-Ahmad's defence ministry (1988-91), Ahmad
//! al-Saadoun's speakerships of Kuwait's National Assembly, the speakers of the UAE's Federal
//! National Council 2011-19, and the crown princes of Bahrain, Qatar and Abu Dhabi before the
//! terms the gazetteer had. A role phrase dated inside a new term names that term's holder, a date
//! in a recorded vacancy names nobody, and the new full names name their person. Every sentence
//! is written for this test.

use alam::{Extractor, Options};

mod common;
use common::{check_role_phrases, date, officials};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const ROLES: &[RoleCase] = &[
    (
        "استقبل وزير الداخلية الكويتي وفدا أمنيا خليجيا.",
        "1989-05-01",
        &[("وزير الداخلية الكويتي", "salem-sabah-al-salem-al-sabah")],
    ),
    (
        "استقبل وزير الداخلية الكويتي وفدا أمنيا خليجيا.",
        "1990-03-01",
        &[("وزير الداخلية الكويتي", "salem-sabah-al-salem-al-sabah")],
    ),
    (
        "أعلن وزير الداخلية الكويتي خطة لإعادة تنظيم الشرطة بعد التحرير.",
        "1991-09-01",
        &[("وزير الداخلية الكويتي", "ahmad-al-hmoud-al-sabah")],
    ),
    (
        "أعلن وزير الداخلية الكويتي خطة لإعادة تنظيم الشرطة بعد التحرير.",
        "1992-06-15",
        &[("وزير الداخلية الكويتي", "ahmad-al-hmoud-al-sabah")],
    ),
    (
        "افتتح وزير الداخلية الكويتي مركزا جديدا للدفاع المدني.",
        "1995-02-01",
        &[("وزير الداخلية الكويتي", "ali-sabah-al-salem-al-sabah")],
    ),
    (
        "افتتح وزير الداخلية الكويتي مركزا جديدا للدفاع المدني.",
        "1996-06-01",
        &[("وزير الداخلية الكويتي", "ali-sabah-al-salem-al-sabah")],
    ),
    (
        "شارك وزير الداخلية الكويتي في اجتماع وزراء الداخلية العرب.",
        "1998-01-10",
        &[("وزير الداخلية الكويتي", "mohammad-khalid-al-hamad-al-sabah")],
    ),
    (
        "شارك وزير الداخلية الكويتي في اجتماع وزراء الداخلية العرب.",
        "2002-11-20",
        &[("وزير الداخلية الكويتي", "mohammad-khalid-al-hamad-al-sabah")],
    ),
    (
        "شارك وزير الداخلية الكويتي في اجتماع وزراء الداخلية العرب.",
        "2004-04-01",
        &[("وزير الداخلية الكويتي", "nawaf-al-ahmad-al-sabah")],
    ),
    (
        "تفقد وزير الدفاع الكويتي الوحدات المرابطة على الحدود.",
        "1989-03-01",
        &[("وزير الدفاع الكويتي", "nawaf-al-ahmad-al-sabah")],
    ),
    (
        "تفقد وزير الدفاع الكويتي الوحدات المرابطة على الحدود.",
        "1990-07-25",
        &[("وزير الدفاع الكويتي", "nawaf-al-ahmad-al-sabah")],
    ),
    (
        "دعا رئيس مجلس الأمة الكويتي النواب إلى جلسة خاصة.",
        "1993-03-01",
        &[("رئيس مجلس الأمة الكويتي", "ahmad-al-saadoun")],
    ),
    (
        "دعا رئيس مجلس الأمة الكويتي النواب إلى جلسة خاصة.",
        "1997-11-01",
        &[("رئيس مجلس الأمة الكويتي", "ahmad-al-saadoun")],
    ),
    (
        "دعا رئيس مجلس الأمة الكويتي النواب إلى جلسة خاصة.",
        "2022-12-01",
        &[("رئيس مجلس الأمة الكويتي", "ahmad-al-saadoun")],
    ),
    (
        "دعا رئيس مجلس الأمة الكويتي النواب إلى جلسة خاصة.",
        "2023-10-01",
        &[("رئيس مجلس الأمة الكويتي", "ahmad-al-saadoun")],
    ),
    (
        "دعا رئيس مجلس الأمة الكويتي النواب إلى جلسة خاصة.",
        "2000-10-01",
        &[("رئيس مجلس الأمة الكويتي", "jassem-al-kharafi")],
    ),
    (
        "ألقى رئيس البرلمان الإماراتي كلمة في افتتاح الدورة.",
        "2013-01-15",
        &[("رئيس البرلمان الإماراتي", "mohammad-al-murr")],
    ),
    (
        "ألقى رئيس البرلمان الإماراتي كلمة في افتتاح الدورة.",
        "2015-06-01",
        &[("رئيس البرلمان الإماراتي", "mohammad-al-murr")],
    ),
    (
        "تحدث رئيس البرلمان الإماراتي عن أعمال الدورة المقبلة.",
        "2016-03-01",
        &[("رئيس البرلمان الإماراتي", "amal-al-qubaisi")],
    ),
    (
        "تحدث رئيس البرلمان الإماراتي عن أعمال الدورة المقبلة.",
        "2019-02-01",
        &[("رئيس البرلمان الإماراتي", "amal-al-qubaisi")],
    ),
    (
        "حضر ولي العهد البحريني تخريج دفعة من الضباط.",
        "1990-06-01",
        &[("ولي العهد البحريني", "hamad-bin-isa-al-khalifa")],
    ),
    (
        "حضر ولي العهد البحريني تخريج دفعة من الضباط.",
        "1997-12-16",
        &[("ولي العهد البحريني", "hamad-bin-isa-al-khalifa")],
    ),
    (
        "حضر ولي العهد البحريني تخريج دفعة من الضباط.",
        "2005-01-01",
        &[("ولي العهد البحريني", "salman-bin-hamad-al-khalifa")],
    ),
    (
        "استقبل ولي العهد القطري وفدا تجاريا فرنسيا.",
        "1991-10-01",
        &[("ولي العهد القطري", "hamad-bin-khalifa-al-thani")],
    ),
    (
        "استقبل ولي العهد القطري وفدا تجاريا فرنسيا.",
        "1985-04-01",
        &[("ولي العهد القطري", "hamad-bin-khalifa-al-thani")],
    ),
    (
        "افتتح ولي العهد الإماراتي معرضا للصناعات الوطنية.",
        "1992-01-01",
        &[("ولي العهد الإماراتي", "khalifa-bin-zayed-al-nahyan")],
    ),
];

#[test]
fn role_phrases_name_the_gulf_office_holders_added_in_session_min_gulf() {
    check_role_phrases(ROLES);
}

#[test]
fn the_new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    let text =
        "اجتمع سالم صباح السالم الصباح مع علي صباح السالم الصباح، ثم زار محمد خالد الحمد الصباح \
                مجلس الأمة حيث استقبله أحمد السعدون. وفي أبوظبي التقى محمد أحمد المر بأمل القبيسي.";
    let got = officials(ex, text, "1995-01-01");
    let want = [
        ("سالم صباح السالم الصباح", "salem-sabah-al-salem-al-sabah"),
        ("علي صباح السالم الصباح", "ali-sabah-al-salem-al-sabah"),
        (
            "محمد خالد الحمد الصباح",
            "mohammad-khalid-al-hamad-al-sabah",
        ),
        ("أحمد السعدون", "ahmad-al-saadoun"),
        ("محمد أحمد المر", "mohammad-al-murr"),
        ("أمل القبيسي", "amal-al-qubaisi"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn the_shorter_forms_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "قال أحمد الحمود إن الأمن مستتب، وأكد أحمد عبدالعزيز السعدون دعمه للحكومة.";
    let got = officials(ex, text, "1992-01-01");
    let want = [
        ("أحمد الحمود", "ahmad-al-hmoud-al-sabah"),
        ("أحمد عبدالعزيز السعدون", "ahmad-al-saadoun"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn a_date_in_a_recorded_vacancy_names_no_speaker_or_crown_prince() {
    // Kuwait's assembly stood dissolved from July 1986 to October 1992, and Qatar had no crown
    // prince between Hamad bin Khalifa's accession and Jassim bin Hamad's designation.
    let ex = Extractor::default_ref();
    for (text, d) in [
        (
            "دعا رئيس مجلس الأمة الكويتي النواب إلى جلسة خاصة.",
            "1991-01-01",
        ),
        ("استقبل ولي العهد القطري وفدا تجاريا فرنسيا.", "1996-01-01"),
    ] {
        let got: Vec<Option<&str>> = ex
            .extract_with(text, &Options::default().with_date(date(d)))
            .iter()
            .filter(|e| e.role.is_some())
            .map(|e| e.id())
            .collect();
        assert!(got.iter().all(Option::is_none), "{text:?} on {d}: {got:?}");
    }
}
