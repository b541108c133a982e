//! Offices of the Gulf states, Yemen and Iraq extended in the data session min2-gulf (round 2):
//! Oman's interior minister from 2011, Qatar's minister of state for defence 2013-16, Yemen's
//! defence ministers 2014-20 and interior minister 2011-14, the chairman of Saudi Arabia's Shura
//! Council from 2009, the Saudi chief of the general staff 2014-18, the UAE's chief of staff from
//! 2023 and Abdul Qadir Bajamal's foreign ministry in Yemen (1998-2001). A role phrase dated
//! inside a new term names that term's holder, and the new full names name their person. Every
//! sentence is written for this test.

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
        "أكد وزير الداخلية العماني أهمية التعاون الأمني بين دول المجلس.",
        "2011-06-01",
        &[("وزير الداخلية العماني", "hamoud-bin-faisal-al-busaidi")],
    ),
    (
        "أكد وزير الداخلية العماني أهمية التعاون الأمني بين دول المجلس.",
        "2015-03-01",
        &[("وزير الداخلية العماني", "hamoud-bin-faisal-al-busaidi")],
    ),
    (
        "أكد وزير الداخلية العماني أهمية التعاون الأمني بين دول المجلس.",
        "2020-10-01",
        &[("وزير الداخلية العماني", "hamoud-bin-faisal-al-busaidi")],
    ),
    (
        "أكد وزير الداخلية العماني أهمية التعاون الأمني بين دول المجلس.",
        "2024-01-15",
        &[("وزير الداخلية العماني", "hamoud-bin-faisal-al-busaidi")],
    ),
    (
        "استقبل وزير الدفاع القطري قائد القوات البحرية الفرنسية.",
        "2013-09-01",
        &[("وزير الدفاع القطري", "hamad-bin-ali-al-attiyah")],
    ),
    (
        "استقبل وزير الدفاع القطري قائد القوات البحرية الفرنسية.",
        "2014-12-01",
        &[("وزير الدفاع القطري", "hamad-bin-ali-al-attiyah")],
    ),
    (
        "استقبل وزير الدفاع القطري قائد القوات البحرية الفرنسية.",
        "2015-10-01",
        &[("وزير الدفاع القطري", "hamad-bin-ali-al-attiyah")],
    ),
    (
        "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
        "2014-12-01",
        &[("وزير الدفاع اليمني", "mahmoud-al-subaihi")],
    ),
    (
        "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
        "2016-05-01",
        &[("وزير الدفاع اليمني", "mahmoud-al-subaihi")],
    ),
    (
        "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
        "2018-01-10",
        &[("وزير الدفاع اليمني", "mahmoud-al-subaihi")],
    ),
    (
        "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
        "2019-01-01",
        &[("وزير الدفاع اليمني", "mohammed-al-maqdashi")],
    ),
    (
        "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
        "2019-08-01",
        &[("وزير الدفاع اليمني", "mohammed-al-maqdashi")],
    ),
    (
        "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
        "2020-06-01",
        &[("وزير الدفاع اليمني", "mohammed-al-maqdashi")],
    ),
    (
        "دعا وزير الداخلية اليمني إلى تعزيز الانتشار الأمني في المدن.",
        "2012-03-01",
        &[("وزير الداخلية اليمني", "abdul-qader-qahtan")],
    ),
    (
        "دعا وزير الداخلية اليمني إلى تعزيز الانتشار الأمني في المدن.",
        "2013-06-01",
        &[("وزير الداخلية اليمني", "abdul-qader-qahtan")],
    ),
    (
        "دعا وزير الداخلية اليمني إلى تعزيز الانتشار الأمني في المدن.",
        "2014-06-01",
        &[("وزير الداخلية اليمني", "abdul-qader-qahtan")],
    ),
    (
        "افتتح رئيس مجلس الشورى السعودي أعمال السنة الجديدة للمجلس.",
        "2009-06-01",
        &[(
            "رئيس مجلس الشورى السعودي",
            "abdullah-bin-mohammed-al-sheikh",
        )],
    ),
    (
        "افتتح رئيس مجلس الشورى السعودي أعمال السنة الجديدة للمجلس.",
        "2013-01-01",
        &[(
            "رئيس مجلس الشورى السعودي",
            "abdullah-bin-mohammed-al-sheikh",
        )],
    ),
    (
        "افتتح رئيس مجلس الشورى السعودي أعمال السنة الجديدة للمجلس.",
        "2017-01-01",
        &[(
            "رئيس مجلس الشورى السعودي",
            "abdullah-bin-mohammed-al-sheikh",
        )],
    ),
    (
        "افتتح رئيس مجلس الشورى السعودي أعمال السنة الجديدة للمجلس.",
        "2022-01-01",
        &[(
            "رئيس مجلس الشورى السعودي",
            "abdullah-bin-mohammed-al-sheikh",
        )],
    ),
    (
        "زار رئيس هيئة الأركان السعودي قيادة المنطقة الجنوبية.",
        "2014-08-01",
        &[("رئيس هيئة الأركان السعودي", "abdulrahman-al-bunyan")],
    ),
    (
        "زار رئيس هيئة الأركان السعودي قيادة المنطقة الجنوبية.",
        "2016-01-01",
        &[("رئيس هيئة الأركان السعودي", "abdulrahman-al-bunyan")],
    ),
    (
        "زار رئيس هيئة الأركان السعودي قيادة المنطقة الجنوبية.",
        "2017-09-01",
        &[("رئيس هيئة الأركان السعودي", "abdulrahman-al-bunyan")],
    ),
    (
        "شهد رئيس أركان الجيش الإماراتي ختام تمرين عسكري مشترك.",
        "2023-06-01",
        &[("رئيس أركان الجيش الإماراتي", "issa-saif-al-mazrouei")],
    ),
    (
        "شهد رئيس أركان الجيش الإماراتي ختام تمرين عسكري مشترك.",
        "2024-06-01",
        &[("رئيس أركان الجيش الإماراتي", "issa-saif-al-mazrouei")],
    ),
    (
        "بحث وزير الخارجية اليمني ملف الحدود مع الوفد العماني.",
        "1998-09-01",
        &[("وزير الخارجية اليمني", "abdul-qadir-bajamal")],
    ),
    (
        "بحث وزير الخارجية اليمني ملف الحدود مع الوفد العماني.",
        "2000-01-01",
        &[("وزير الخارجية اليمني", "abdul-qadir-bajamal")],
    ),
];

#[test]
fn role_phrases_name_the_office_holders_added_in_session_min2_gulf() {
    assert!(ROLES.len() >= 25);
    check_role_phrases(ROLES);
}

#[test]
fn the_terms_hand_over_on_the_recorded_days() {
    // The day a term ends is the successor's first day.
    let ex = Extractor::default_ref();
    for (text, d, who) in [
        (
            "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
            "2018-11-06",
            "mahmoud-al-subaihi",
        ),
        (
            "تفقد وزير الدفاع اليمني الوحدات المرابطة على الساحل الغربي.",
            "2018-11-07",
            "mohammed-al-maqdashi",
        ),
        (
            "زار رئيس هيئة الأركان السعودي قيادة المنطقة الجنوبية.",
            "2018-03-01",
            "fayyad-al-ruwaili",
        ),
        (
            "بحث وزير الخارجية اليمني ملف الحدود مع الوفد العماني.",
            "2001-05-01",
            "abu-bakr-al-qirbi",
        ),
    ] {
        let got: Vec<&str> = ex
            .extract_with(text, &Options::default().with_date(date(d)))
            .iter()
            .filter(|e| e.role.is_some())
            .filter_map(|e| e.id())
            .collect();
        assert_eq!(got, [who], "{text:?} on {d}");
    }
}

#[test]
fn the_new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "اجتمع حمود بن فيصل البوسعيدي مع حمد بن علي العطية في مسقط. \
                وفي عدن التقى محمود الصبيحي بعبد القادر قحطان، ثم زار محمد علي المقدشي الجبهة. \
                وفي الرياض استقبل عبدالله بن محمد آل الشيخ الفريق عبدالرحمن بن صالح البنيان، \
                وفي أبوظبي عقد عيسى سيف المزروعي اجتماعا للقادة.";
    let got = officials(ex, text, "2016-01-01");
    let want = [
        ("حمود بن فيصل البوسعيدي", "hamoud-bin-faisal-al-busaidi"),
        ("حمد بن علي العطية", "hamad-bin-ali-al-attiyah"),
        ("محمود الصبيحي", "mahmoud-al-subaihi"),
        ("عبد القادر قحطان", "abdul-qader-qahtan"),
        ("محمد علي المقدشي", "mohammed-al-maqdashi"),
        (
            "عبدالله بن محمد آل الشيخ",
            "abdullah-bin-mohammed-al-sheikh",
        ),
        ("عبدالرحمن بن صالح البنيان", "abdulrahman-al-bunyan"),
        ("عيسى سيف المزروعي", "issa-saif-al-mazrouei"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}

#[test]
fn the_other_spellings_name_their_person() {
    let ex = Extractor::default_ref();
    let text = "قال حمود البوسعيدي إن الأمن مستتب، وأكد عبدالرحمن البنيان جاهزية القوات، \
                وصرح محمد المقدشي بأن الجيش يتقدم.";
    let got = officials(ex, text, "2019-01-01");
    let want = [
        ("حمود البوسعيدي", "hamoud-bin-faisal-al-busaidi"),
        ("عبدالرحمن البنيان", "abdulrahman-al-bunyan"),
        ("محمد المقدشي", "mohammed-al-maqdashi"),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|&(t, i)| (t, i.to_string())).collect();
    assert_eq!(got, want);
}
