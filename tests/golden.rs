//! Behaviour of the default extractor on sentences written for these tests: the document-level
//! rules of the resolver with the real gazetteers, exact ids and spans.

use alam::{extract, EntityKind, Extractor, Options, Resolution};

fn found(text: &str) -> Vec<(&'static str, String)> {
    extract(text)
        .iter()
        .map(|e| (e.id().unwrap_or(""), e.text(text).to_owned()))
        .collect()
}

#[test]
fn ordinary_words_that_look_like_names_give_nothing() {
    for text in [
        "استقبل الجمهور الفريق بحماس كبير بعد الفوز",
        "تستهدف المبادرة فئة الشباب في المدارس",
        "هبطت الطائرة في القاعدة الجوية قرب المدينة",
        "نام الأسد في حديقة الحيوان طوال النهار",
        "التقينا بعد أذان المغرب مباشرة",
        "قدمت الحكومة الدعم المالي للمزارعين",
        "عاد إلى مسقط رأسه بعد غياب طويل",
        "دعا إلى سلام دائم في المنطقة",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
}

#[test]
fn the_same_words_are_found_when_context_supports_them() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "أعلنت حركة حماس موافقتها على التهدئة",
            &[("hamas", "حركة حماس")],
        ),
        (
            "تبنى تنظيم القاعدة الهجوم",
            &[("al-qaeda", "تنظيم القاعدة")],
        ),
        (
            "هاجمت حركة الشباب المجاهدين قاعدة عسكرية",
            &[("al-shabaab", "حركة الشباب المجاهدين")],
        ),
        (
            "استقبل الرئيس الأسد وفداً روسياً",
            &[("bashar-al-assad", "الأسد"), ("RU", "روسياً")],
        ),
        (
            "التقى العاهل المغربي وفداً من المغرب",
            &[("", "العاهل المغربي"), ("MA", "المغرب")],
        ),
        // quotation marks between a cue and the name (تنظيم "الدولة الإسلامية"، حركة «حماس»)
        (
            "وتبنى تنظيم \"الدولة الإسلامية\" الهجوم",
            &[("islamic-state", "الدولة الإسلامية")],
        ),
        (
            "وأعلنت حركة «حماس» موافقتها على التهدئة",
            &[("hamas", "حماس")],
        ),
        // without the cue the word is the ordinary one
        ("وقد أشاد الطلاب «بحماس» كبير", &[]),
        // a group whose name contains another's: the longer name, hyphenated or not
        (
            "ومن بينها حزب الله - الحجاز وحزب الله الحجاز",
            &[
                ("hezbollah-al-hejaz", "حزب الله - الحجاز"),
                ("hezbollah-al-hejaz", "حزب الله الحجاز"),
            ],
        ),
    ];
    for (text, expected) in cases {
        let want: Vec<(&str, String)> = expected
            .iter()
            .map(|(id, t)| (*id, (*t).to_owned()))
            .collect();
        assert_eq!(found(text), want, "{text}");
    }
}

#[test]
fn a_surname_follows_the_full_name_and_a_role_resolves_by_date() {
    let text = "قال وزير الدفاع الإيراني إن بلاده مستعدة. وأضاف حسين دهقان أن التعاون مستمر، وتابع دهقان حديثه.";
    let ex = Extractor::default_ref();
    let dated = ex.extract_with(
        text,
        &Options::default().with_date("2016-06-09".parse().expect("date")),
    );
    let got: Vec<(&str, &str, Resolution)> = dated
        .iter()
        .map(|e| (e.id().unwrap_or(""), e.text(text), e.resolution))
        .collect();
    assert_eq!(
        got,
        [
            ("hossein-dehghan", "وزير الدفاع الإيراني", Resolution::Role),
            ("hossein-dehghan", "حسين دهقان", Resolution::Direct),
            ("hossein-dehghan", "دهقان", Resolution::FollowUp),
        ]
    );
    // Without a date the role is reported without a person.
    let undated = ex.extract(text);
    assert_eq!(undated[0].kind(), EntityKind::Official);
    assert_eq!(undated[0].id(), None);
    assert_eq!(undated[0].country(), Some("IR"));
    // Before the full name, the surname alone is nothing on a date he held no office (he is
    // well known as a defence minister of a key state, so undated it would name him).
    let later = Options::default().with_date("2020-01-01".parse().expect("date"));
    assert!(ex
        .extract_with("قال دهقان إن التعاون مستمر", &later)
        .is_empty());
    assert_eq!(found("قال دهقان إن التعاون مستمر").len(), 1);
}

#[test]
fn the_date_picks_the_office_holder() {
    let ex = Extractor::default_ref();
    let text = "اتصل الرئيس المصري بنظيره";
    let on = |d: &str| {
        ex.extract_with(
            text,
            &Options::default().with_date(d.parse().expect("date")),
        )[0]
        .id()
        .map(str::to_owned)
    };
    assert_eq!(on("2008-12-28").as_deref(), Some("hosni-mubarak"));
    assert_eq!(on("2013-03-01").as_deref(), Some("mohamed-morsi"));
}
