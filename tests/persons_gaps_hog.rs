//! Heads of government added in the gaps_hog data session to close listed gaps of
//! `tests/data/known_gaps.tsv`: the Netherlands (Balkenende), Hungary (Medgyessy, Gyurcsány,
//! Bajnai), the Czech Republic (Špidla, Gross, Paroubek, Rusnok, Fiala, and Babiš again from
//! 2025-12-09), Finland (Jäätteenmäki), Poland (Marcinkiewicz), India (Charan Singh), Pakistan
//! (Jatoi) and Nigeria (Shonekan). A role phrase dated inside a new term names that term's
//! holder, the successor answers on the day of the change, the new full names name their person,
//! and a distinctive surname stands alone only on a date of its person's term. Every sentence is
//! written for this test.

use alam::Extractor;

mod common;
use common::{check_names_on, check_roles, officials};

const NL_PM: &str = "قال رئيس الوزراء الهولندي إن الحكومة ستعرض خطتها قريبا.";
const HU_PM: &str = "التقى رئيس الوزراء المجري وفدا من رجال الأعمال.";
const CZ_PM: &str = "زار رئيس الوزراء التشيكي المنطقة المنكوبة بالفيضانات.";
const FI_PM: &str = "دعت رئيسة الوزراء الفنلندية إلى الحوار.";
const PL_PM: &str = "أعلن رئيس الوزراء البولندي تعديلا في حكومته.";
const IN_PM: &str = "خاطب رئيس الوزراء الهندي المزارعين في القرية.";
const PK_PM: &str = "تعهد رئيس الوزراء الباكستاني بإجراء انتخابات نزيهة.";
const NG_PRES: &str = "وعد الرئيس النيجيري بتسليم السلطة للمدنيين.";

#[test]
fn role_phrases_name_the_heads_of_government_added_in_the_gaps_hog_session() {
    check_roles(&[
        (
            NL_PM,
            "رئيس الوزراء الهولندي",
            "2006-03-01",
            "jan-peter-balkenende",
        ),
        (
            HU_PM,
            "رئيس الوزراء المجري",
            "2003-06-01",
            "peter-medgyessy",
        ),
        (
            HU_PM,
            "رئيس الوزراء المجري",
            "2006-10-01",
            "ferenc-gyurcsany",
        ),
        (HU_PM, "رئيس الوزراء المجري", "2009-12-01", "gordon-bajnai"),
        (
            CZ_PM,
            "رئيس الوزراء التشيكي",
            "2003-09-01",
            "vladimir-spidla",
        ),
        (
            CZ_PM,
            "رئيس الوزراء التشيكي",
            "2005-01-15",
            "stanislav-gross",
        ),
        (CZ_PM, "رئيس الوزراء التشيكي", "2005-11-01", "jiri-paroubek"),
        (CZ_PM, "رئيس الوزراء التشيكي", "2013-10-01", "jiri-rusnok"),
        (CZ_PM, "رئيس الوزراء التشيكي", "2023-05-01", "petr-fiala"),
        (CZ_PM, "رئيس الوزراء التشيكي", "2026-03-01", "andrej-babis"),
        (
            FI_PM,
            "رئيسة الوزراء الفنلندية",
            "2003-05-15",
            "anneli-jaatteenmaki",
        ),
        (
            PL_PM,
            "رئيس الوزراء البولندي",
            "2006-03-01",
            "kazimierz-marcinkiewicz",
        ),
        (IN_PM, "رئيس الوزراء الهندي", "1979-10-01", "charan-singh"),
        (
            PK_PM,
            "رئيس الوزراء الباكستاني",
            "1990-09-15",
            "ghulam-mustafa-jatoi",
        ),
        (NG_PRES, "الرئيس النيجيري", "1993-10-01", "ernest-shonekan"),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (
            NL_PM,
            "رئيس الوزراء الهولندي",
            "2002-07-22",
            "jan-peter-balkenende",
        ),
        (NL_PM, "رئيس الوزراء الهولندي", "2010-10-14", "mark-rutte"),
        (
            HU_PM,
            "رئيس الوزراء المجري",
            "2002-05-27",
            "peter-medgyessy",
        ),
        (
            HU_PM,
            "رئيس الوزراء المجري",
            "2004-09-29",
            "ferenc-gyurcsany",
        ),
        (HU_PM, "رئيس الوزراء المجري", "2009-04-14", "gordon-bajnai"),
        (HU_PM, "رئيس الوزراء المجري", "2010-05-29", "viktor-orban"),
        (
            CZ_PM,
            "رئيس الوزراء التشيكي",
            "2002-07-15",
            "vladimir-spidla",
        ),
        (
            CZ_PM,
            "رئيس الوزراء التشيكي",
            "2004-08-04",
            "stanislav-gross",
        ),
        (CZ_PM, "رئيس الوزراء التشيكي", "2005-04-25", "jiri-paroubek"),
        (
            CZ_PM,
            "رئيس الوزراء التشيكي",
            "2014-01-29",
            "bohuslav-sobotka",
        ),
        (CZ_PM, "رئيس الوزراء التشيكي", "2021-11-28", "petr-fiala"),
        (CZ_PM, "رئيس الوزراء التشيكي", "2025-12-09", "andrej-babis"),
        (
            PL_PM,
            "رئيس الوزراء البولندي",
            "2005-10-31",
            "kazimierz-marcinkiewicz",
        ),
        (
            PL_PM,
            "رئيس الوزراء البولندي",
            "2006-07-14",
            "jaroslaw-kaczynski",
        ),
        (
            FI_PM,
            "رئيسة الوزراء الفنلندية",
            "2003-04-17",
            "anneli-jaatteenmaki",
        ),
        (
            PK_PM,
            "رئيس الوزراء الباكستاني",
            "1990-11-06",
            "nawaz-sharif",
        ),
        (NG_PRES, "الرئيس النيجيري", "1993-11-17", "sani-abacha"),
        // The neighbouring holders keep their dates.
        (NL_PM, "رئيس الوزراء الهولندي", "2002-07-21", "wim-kok"),
        (HU_PM, "رئيس الوزراء المجري", "2002-05-26", "viktor-orban"),
        (CZ_PM, "رئيس الوزراء التشيكي", "2002-07-14", "milos-zeman"),
        (CZ_PM, "رئيس الوزراء التشيكي", "2025-12-08", "petr-fiala"),
        (PL_PM, "رئيس الوزراء البولندي", "2005-10-30", "marek-belka"),
        (
            PK_PM,
            "رئيس الوزراء الباكستاني",
            "1990-08-05",
            "benazir-bhutto",
        ),
        (
            NG_PRES,
            "الرئيس النيجيري",
            "1993-08-25",
            "ibrahim-babangida",
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "حضر يان بيتر بالكينينده وبيتر ميدجيسي القمة الأوروبية.",
            &[
                ("يان بيتر بالكينينده", "jan-peter-balkenende"),
                ("بيتر ميدجيسي", "peter-medgyessy"),
            ],
        ),
        (
            "خلف غوردن باجناي فيرينتس جيورتشاني في رئاسة الحكومة.",
            &[
                ("غوردن باجناي", "gordon-bajnai"),
                ("فيرينتس جيورتشاني", "ferenc-gyurcsany"),
            ],
        ),
        (
            "تعاقب فلاديمير سبيدلا وستانيسلاف غروس وجيري باروبيك على المنصب.",
            &[
                ("فلاديمير سبيدلا", "vladimir-spidla"),
                ("ستانيسلاف غروس", "stanislav-gross"),
                ("جيري باروبيك", "jiri-paroubek"),
            ],
        ),
        (
            "استقبل جيري روسنوك ثم بيتر فيالا الوفد في براغ.",
            &[("جيري روسنوك", "jiri-rusnok"), ("بيتر فيالا", "petr-fiala")],
        ),
        (
            "تحدثت أنيلي ياتنماكي وكازيميش مارتسينكيفيتش إلى الصحفيين.",
            &[
                ("أنيلي ياتنماكي", "anneli-jaatteenmaki"),
                ("كازيميش مارتسينكيفيتش", "kazimierz-marcinkiewicz"),
            ],
        ),
        (
            "ذكر المؤرخ تشاران سينغ وغلام مصطفى جتوئي وإرنست شونكان في كتابه.",
            &[
                ("تشاران سينغ", "charan-singh"),
                ("غلام مصطفى جتوئي", "ghulam-mustafa-jatoi"),
                ("إرنست شونكان", "ernest-shonekan"),
            ],
        ),
    ];
    check_names_on("2026-01-01", cases);
}

#[test]
fn a_distinctive_surname_alone_names_its_person_only_on_a_date_of_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "قال بالكينينده إن الائتلاف متماسك.",
            "بالكينينده",
            "jan-peter-balkenende",
            "2007-05-01",
        ),
        (
            "قال ميدجيسي إن الإصلاحات مستمرة.",
            "ميدجيسي",
            "peter-medgyessy",
            "2003-02-01",
        ),
        (
            "قال جيورتشاني إن الميزانية ستقر.",
            "جيورتشاني",
            "ferenc-gyurcsany",
            "2007-02-01",
        ),
        (
            "قال باجناي إن التقشف ضروري.",
            "باجناي",
            "gordon-bajnai",
            "2009-09-01",
        ),
        (
            "قال سبيدلا إن المفاوضات انتهت.",
            "سبيدلا",
            "vladimir-spidla",
            "2003-03-01",
        ),
        (
            "قال روسنوك إن حكومته مؤقتة.",
            "روسنوك",
            "jiri-rusnok",
            "2013-09-01",
        ),
        (
            "قال مارتسينكيفيتش إن الحكومة ستستمر.",
            "مارتسينكيفيتش",
            "kazimierz-marcinkiewicz",
            "2006-02-01",
        ),
    ];
    for (text, surname, id, d) in cases {
        let got = officials(ex, text, d);
        assert_eq!(got, vec![(*surname, id.to_string())], "{text:?} on {d}");
        // Long before the term the bare surname names nobody.
        let got = officials(ex, text, "1985-06-01");
        assert!(got.is_empty(), "{text:?} in 1985: {got:?}");
    }
}
