//! Ministers from 1990 onwards added in the min-levant data session: the defence, foreign and
//! interior offices of Lebanon, Jordan and the Palestinian Authority, Syria's vice presidency,
//! Iran's interior ministry and Israel's chief of staff were extended back in time from the first
//! date the gazetteer covered them. A role phrase dated inside a new term names that term's
//! holder, the new full names name their person, and a distinctive surname stands alone on a date
//! of its person's term. Every sentence is written for this test.

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
        "تفقد وزير الدفاع اللبناني ثكنة في البقاع.",
        "1994-03-01",
        &[("وزير الدفاع اللبناني", "mohsen-dalloul")],
    ),
    (
        "تفقد وزير الدفاع اللبناني ثكنة في البقاع.",
        "1997-06-01",
        &[("وزير الدفاع اللبناني", "mohsen-dalloul")],
    ),
    (
        "تفقد وزير الدفاع اللبناني ثكنة في البقاع.",
        "1999-09-01",
        &[("وزير الدفاع اللبناني", "ghazi-zaiter")],
    ),
    (
        "تفقد وزير الدفاع اللبناني ثكنة في البقاع.",
        "2002-01-15",
        &[("وزير الدفاع اللبناني", "khalil-hrawi")],
    ),
    (
        "أصدر وزير الداخلية اللبناني قرارا بتنظيم الانتخابات البلدية.",
        "1998-05-01",
        &[("وزير الداخلية اللبناني", "michel-murr")],
    ),
    (
        "أصدر وزير الداخلية اللبناني قرارا بتنظيم الانتخابات البلدية.",
        "2000-01-01",
        &[("وزير الداخلية اللبناني", "michel-murr")],
    ),
    (
        "شارك وزير الخارجية اللبناني في مؤتمر مدريد للسلام.",
        "1991-10-30",
        &[("وزير الخارجية اللبناني", "fares-boueiz")],
    ),
    (
        "استقبل وزير الخارجية اللبناني سفراء الدول العربية.",
        "1992-08-01",
        &[("وزير الخارجية اللبناني", "nasri-maalouf")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1990-08-15",
        &[("وزير الدفاع الأردني", "mudar-badran")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1991-09-01",
        &[("وزير الدفاع الأردني", "taher-al-masri")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1992-06-01",
        &[("وزير الدفاع الأردني", "zaid-bin-shaker")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1994-10-26",
        &[("وزير الدفاع الأردني", "abdelsalam-al-majali")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1995-07-01",
        &[("وزير الدفاع الأردني", "zaid-bin-shaker")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1996-08-01",
        &[("وزير الدفاع الأردني", "abdul-karim-al-kabariti")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1998-05-01",
        &[("وزير الدفاع الأردني", "abdelsalam-al-majali")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1998-12-01",
        &[("وزير الدفاع الأردني", "fayez-al-tarawneh")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "1999-10-01",
        &[("وزير الدفاع الأردني", "abdul-raouf-al-rawabdeh")],
    ),
    (
        "ترأس وزير الدفاع الأردني اجتماعا للقيادة العسكرية.",
        "2002-03-01",
        &[("وزير الدفاع الأردني", "ali-abu-al-ragheb")],
    ),
    (
        "التقى وزير الخارجية الأردني الوفد المصري في عمان.",
        "2005-07-01",
        &[("وزير الخارجية الأردني", "farouk-kasrawi")],
    ),
    (
        "التقى وزير الخارجية الأردني الوفد المصري في عمان.",
        "2006-09-01",
        &[("وزير الخارجية الأردني", "abdul-ilah-al-khatib")],
    ),
    (
        "أعلن وزير الداخلية الفلسطيني خطة لضبط الأمن في غزة.",
        "2004-06-01",
        &[("وزير الداخلية الفلسطيني", "hakam-balawi")],
    ),
    (
        "أعلن وزير الداخلية الفلسطيني خطة لضبط الأمن في غزة.",
        "2005-09-01",
        &[("وزير الداخلية الفلسطيني", "nasr-yousef")],
    ),
    (
        "أعلن وزير الداخلية الإيراني موعد الانتخابات.",
        "1992-03-01",
        &[("وزير الداخلية الإيراني", "abdollah-nouri")],
    ),
    (
        "أعلن وزير الداخلية الإيراني موعد الانتخابات.",
        "1996-02-01",
        &[("وزير الداخلية الإيراني", "ali-mohammad-besharati")],
    ),
    (
        "زار رئيس أركان الجيش الإسرائيلي الحدود الشمالية.",
        "1990-05-01",
        &[("رئيس أركان الجيش الإسرائيلي", "dan-shomron")],
    ),
];

#[test]
fn role_phrases_after_1990_name_the_ministers_added_in_the_levant_session() {
    check_role_phrases(ROLES);
}

#[test]
fn the_new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "حضر محسن دلول وغازي زعيتر وخليل الهراوي الاجتماع، وتحدث ميشال المر ونصري المعلوف. \
                ثم التقى فاروق القصراوي بحكم بلعاوي، وزار علي محمد بشارتي دمشق.";
    let got = officials(ex, text, "1995-01-01");
    let want = [
        ("محسن دلول", "mohsen-dalloul"),
        ("غازي زعيتر", "ghazi-zaiter"),
        ("خليل الهراوي", "khalil-hrawi"),
        ("ميشال المر", "michel-murr"),
        ("نصري المعلوف", "nasri-maalouf"),
        ("فاروق القصراوي", "farouk-kasrawi"),
        ("حكم بلعاوي", "hakam-balawi"),
        ("علي محمد بشارتي", "ali-mohammad-besharati"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn a_second_spelling_and_a_later_surname_name_the_person() {
    let ex = Extractor::default_ref();
    let text =
        "قال ميشيل المر إن الانتخابات في موعدها. وأضاف زعيتر أن الجيش جاهز بعد لقائه غازي زعيتر.";
    let got = officials(ex, text, "1999-06-01");
    assert!(
        got.contains(&("ميشيل المر", "michel-murr".to_string())),
        "{got:?}"
    );
    assert!(
        got.contains(&("غازي زعيتر", "ghazi-zaiter".to_string())),
        "{got:?}"
    );
}

#[test]
fn standalone_surnames_name_their_person_only_on_a_date_of_the_term() {
    let ex = Extractor::default_ref();
    for (text, inside, outside, id) in [
        (
            "قال دلول إن الجيش يستعد للانتشار في الجنوب.",
            "1995-01-01",
            "2010-01-01",
            "mohsen-dalloul",
        ),
        (
            "قال القصراوي إن المحادثات كانت مثمرة.",
            "2005-06-01",
            "2015-01-01",
            "farouk-kasrawi",
        ),
        (
            "قال بشارتي إن الانتخابات ستجري في موعدها.",
            "1995-06-01",
            "2010-01-01",
            "ali-mohammad-besharati",
        ),
    ] {
        let got = officials(ex, text, inside);
        assert_eq!(got.len(), 1, "{text:?} on {inside}: {got:?}");
        assert_eq!(got[0].1, id, "{text:?} on {inside}");
        let got = officials(ex, text, outside);
        assert!(got.is_empty(), "{text:?} on {outside}: {got:?}");
    }
}
