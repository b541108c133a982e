//! Ministers, speakers, a chief of staff and vice presidents of North Africa added in the
//! min-nafrica data session: offices of Egypt, Libya, Tunisia, Algeria, Morocco, Sudan and
//! Mauritania extended back towards 1990 from the first date the gazetteer covered them, and
//! some listed gaps filled. A role phrase dated inside a new term names that term's holder, the
//! new full names name their person, and a distinctive surname stands alone inside a term.
//! Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_role_phrases, officials};

/// (text, document date, expected (role phrase, holder id)).
type RoleCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const ROLES: &[RoleCase] = &[
    (
        "ألقى وزير الخارجية المصري كلمة أمام الجامعة العربية.",
        "1990-08-10",
        &[("وزير الخارجية المصري", "esmat-abdel-meguid")],
    ),
    (
        "تفقد وزير الدفاع المصري وحدات الجيش الثالث.",
        "1990-06-01",
        &[("وزير الدفاع المصري", "youssef-sabri-abu-taleb")],
    ),
    (
        "استقبل وزير الخارجية الليبي سفير إيطاليا في طرابلس.",
        "2004-05-01",
        &[("وزير الخارجية الليبي", "abdel-rahman-shalgham")],
    ),
    (
        "استقبل وزير الخارجية الليبي سفير إيطاليا في طرابلس.",
        "2012-03-01",
        &[("وزير الخارجية الليبي", "ashour-bin-khayal")],
    ),
    (
        "أعلن وزير الدفاع الليبي خطة لدمج الكتائب في الجيش.",
        "2012-03-01",
        &[("وزير الدفاع الليبي", "osama-al-juwaili")],
    ),
    (
        "أعلن وزير الداخلية الليبي خطة لتأمين العاصمة.",
        "2012-06-01",
        &[("وزير الداخلية الليبي", "fawzi-abdel-aal")],
    ),
    (
        "شارك وزير الخارجية التونسي في اجتماع وزراء الاتحاد المغاربي.",
        "2007-02-01",
        &[("وزير الخارجية التونسي", "abdelwahab-abdallah")],
    ),
    (
        "شارك وزير الخارجية التونسي في اجتماع وزراء الاتحاد المغاربي.",
        "2005-03-01",
        &[("وزير الخارجية التونسي", "abdelbaki-hermassi")],
    ),
    (
        "شارك وزير الخارجية التونسي في اجتماع وزراء الاتحاد المغاربي.",
        "2002-01-15",
        &[("وزير الخارجية التونسي", "habib-ben-yahia")],
    ),
    (
        "زار وزير الدفاع التونسي الثكنات في الجنوب.",
        "2005-03-01",
        &[("وزير الدفاع التونسي", "hedi-mhenni")],
    ),
    (
        "أكد وزير الداخلية التونسي استتباب الأمن.",
        "2008-01-01",
        &[("وزير الداخلية التونسي", "rafik-belhaj-kacem")],
    ),
    (
        "افتتح رئيس مجلس النواب التونسي الدورة البرلمانية.",
        "2004-10-01",
        &[("رئيس مجلس النواب التونسي", "fouad-mebazaa")],
    ),
    (
        "التقى وزير الخارجية الجزائري الوفد الفرنسي.",
        "2000-03-01",
        &[("وزير الخارجية الجزائري", "youcef-yousfi")],
    ),
    (
        "التقى وزير الخارجية الجزائري الوفد الفرنسي.",
        "2003-01-01",
        &[("وزير الخارجية الجزائري", "abdelaziz-belkhadem")],
    ),
    (
        "التقى وزير الخارجية الجزائري الوفد الفرنسي.",
        "1998-01-01",
        &[("وزير الخارجية الجزائري", "ahmed-attaf")],
    ),
    (
        "أشرف وزير الدفاع الجزائري على مناورات عسكرية.",
        "1994-06-01",
        &[("وزير الدفاع الجزائري", "liamine-zeroual")],
    ),
    (
        "أشرف رئيس أركان الجيش الجزائري على مناورات عسكرية.",
        "2000-01-01",
        &[("رئيس أركان الجيش الجزائري", "mohamed-lamari")],
    ),
    (
        "أصدر وزير الداخلية المغربي تعليمات إلى الولاة.",
        "1995-01-01",
        &[("وزير الداخلية المغربي", "driss-basri")],
    ),
    (
        "وصل وزير الخارجية السوداني إلى أديس أبابا.",
        "2001-01-01",
        &[("وزير الخارجية السوداني", "mustafa-osman-ismail")],
    ),
    (
        "وقع نائب الرئيس السوداني اتفاقا في نيفاشا.",
        "2003-09-25",
        &[("نائب الرئيس السوداني", "ali-osman-taha")],
    ),
    (
        "ترأس نائب الرئيس السوداني اجتماع مجلس الوزراء.",
        "2012-06-01",
        &[("نائب الرئيس السوداني", "ali-osman-taha")],
    ),
    (
        "زار وزير الدفاع السوداني القوات في دارفور.",
        "2017-01-01",
        &[("وزير الدفاع السوداني", "ahmed-awad-ibn-auf")],
    ),
    (
        "أدى نائب الرئيس السوداني اليمين.",
        "2019-03-01",
        &[("نائب الرئيس السوداني", "ahmed-awad-ibn-auf")],
    ),
    (
        "التقت وزيرة الخارجية السودانية وفدا أوروبيا.",
        "2020-01-01",
        &[("وزيرة الخارجية السودانية", "asma-mohamed-abdalla")],
    ),
    (
        "التقت وزيرة الخارجية السودانية وفدا أوروبيا.",
        "2021-06-01",
        &[("وزيرة الخارجية السودانية", "mariam-al-sadiq-al-mahdi")],
    ),
    (
        "استقبل وزير الخارجية الموريتاني مبعوثا أمميا في نواكشوط.",
        "2020-01-01",
        &[("وزير الخارجية الموريتاني", "ismail-ould-cheikh-ahmed")],
    ),
];

#[test]
fn role_phrases_name_the_north_african_holders_added_in_this_session() {
    check_role_phrases(ROLES);
}

#[test]
fn the_new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "اجتمع عبد الرحمن شلقم مع الحبيب بن يحيى، ثم استقبل إدريس البصري \
                مصطفى عثمان إسماعيل. وتحدث علي عثمان طه عن السلام.";
    let got = officials(ex, text, "2003-01-01");
    let want = [
        ("عبد الرحمن شلقم", "abdel-rahman-shalgham"),
        ("الحبيب بن يحيى", "habib-ben-yahia"),
        ("إدريس البصري", "driss-basri"),
        ("مصطفى عثمان إسماعيل", "mustafa-osman-ismail"),
        ("علي عثمان طه", "ali-osman-taha"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn more_new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "حضر أسامة الجويلي وعاشور بن خيال الاجتماع، وصرح رفيق بلحاج قاسم للصحفيين، \
                والتقت مريم الصادق المهدي بعبد الباقي الهرماسي.";
    let got = officials(ex, text, "2012-01-01");
    let want = [
        ("أسامة الجويلي", "osama-al-juwaili"),
        ("عاشور بن خيال", "ashour-bin-khayal"),
        ("رفيق بلحاج قاسم", "rafik-belhaj-kacem"),
        ("مريم الصادق المهدي", "mariam-al-sadiq-al-mahdi"),
        ("عبد الباقي الهرماسي", "abdelbaki-hermassi"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn shalgham_alone_names_him_only_on_a_date_of_his_term() {
    let ex = Extractor::default_ref();
    let text = "قال شلقم إن بلاده مستعدة للحوار.";
    let got = officials(ex, text, "2006-05-01");
    assert_eq!(got, vec![("شلقم", "abdel-rahman-shalgham".to_string())]);
    let got = officials(ex, text, "2020-01-01");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn hermassi_alone_names_him_on_a_date_of_his_term() {
    let ex = Extractor::default_ref();
    let text = "صرح الهرماسي بأن العلاقات ممتازة.";
    let got = officials(ex, text, "2005-03-01");
    assert_eq!(got, vec![("الهرماسي", "abdelbaki-hermassi".to_string())]);
}
