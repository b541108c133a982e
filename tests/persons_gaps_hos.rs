//! Heads of state added in the gaps_hos data session: listed gaps of the office closed for
//! Nigeria, Hungary, Ethiopia, Ireland, Portugal, Lebanon, Libya and Viet Nam. A role phrase dated
//! inside a new term names that term's holder, the successor answers on the day of the change,
//! the new full names name their person, and a distinctive surname stands alone only on a date
//! of its person's term. Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_names_on, check_roles, officials};

const NG: &str = "استقبل الرئيس النيجيري وفدا من رجال الأعمال.";
const HU: &str = "وقع الرئيس المجري على القانون الجديد.";
const ET: &str = "ألقى الرئيس الإثيوبي كلمة أمام البرلمان.";
const IE: &str = "زارت الرئيسة الأيرلندية مخيما للاجئين.";
const PT: &str = "التقى الرئيس البرتغالي رئيس الحكومة في لشبونة.";
const LB: &str = "وصل الرئيس اللبناني إلى المطار مساء أمس.";
const LY: &str = "دعا الرئيس الليبي إلى حوار وطني شامل.";
const VN: &str = "استقبلت الرئيسة الفيتنامية السفراء الجدد.";

#[test]
fn role_phrases_name_the_heads_of_state_added_in_the_gaps_hos_session() {
    check_roles(&[
        (NG, "الرئيس النيجيري", "1993-10-01", "ernest-shonekan"),
        (HU, "الرئيس المجري", "2025-01-15", "tamas-sulyok"),
        (ET, "الرئيس الإثيوبي", "2025-03-01", "taye-atske-selassie"),
        (IE, "الرئيسة الأيرلندية", "2026-01-20", "catherine-connolly"),
        (PT, "الرئيس البرتغالي", "2026-06-01", "antonio-jose-seguro"),
        (
            LB,
            "الرئيس اللبناني",
            "1973-05-01",
            "suleiman-kabalan-frangieh",
        ),
        (LY, "الرئيس الليبي", "2013-01-10", "mohammed-magariaf"),
        (LY, "الرئيس الليبي", "2014-01-10", "nouri-abusahmain"),
        (LY, "الرئيس الليبي", "2015-06-01", "aguila-saleh"),
        (VN, "الرئيسة الفيتنامية", "2024-04-15", "vo-thi-anh-xuan"),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (NG, "الرئيس النيجيري", "1993-08-26", "ernest-shonekan"),
        (NG, "الرئيس النيجيري", "1993-11-17", "sani-abacha"),
        (HU, "الرئيس المجري", "2024-03-05", "tamas-sulyok"),
        (ET, "الرئيس الإثيوبي", "2024-10-07", "taye-atske-selassie"),
        (IE, "الرئيسة الأيرلندية", "2025-11-11", "catherine-connolly"),
        (PT, "الرئيس البرتغالي", "2026-03-09", "antonio-jose-seguro"),
        (
            PT,
            "الرئيس البرتغالي",
            "2026-03-08",
            "marcelo-rebelo-de-sousa",
        ),
        (
            LB,
            "الرئيس اللبناني",
            "1970-09-23",
            "suleiman-kabalan-frangieh",
        ),
        (LB, "الرئيس اللبناني", "1976-09-23", "elias-sarkis"),
        (LY, "الرئيس الليبي", "2012-08-09", "mohammed-magariaf"),
        (LY, "الرئيس الليبي", "2013-06-25", "nouri-abusahmain"),
        (LY, "الرئيس الليبي", "2014-08-05", "aguila-saleh"),
        (LY, "الرئيس الليبي", "2016-03-30", "fayez-al-sarraj"),
        (VN, "الرئيسة الفيتنامية", "2024-03-21", "vo-thi-anh-xuan"),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "التقى إرنست شونكان وتاماس سوليوك في مؤتمر.",
            &[
                ("إرنست شونكان", "ernest-shonekan"),
                ("تاماس سوليوك", "tamas-sulyok"),
            ],
        ),
        (
            "حضر تايي أتسكي سيلاسي وكاثرين كونولي الحفل.",
            &[
                ("تايي أتسكي سيلاسي", "taye-atske-selassie"),
                ("كاثرين كونولي", "catherine-connolly"),
            ],
        ),
        (
            "هنأ أنطونيو جوزيه سيغورو نظيره فو ثي آنه شوان.",
            &[
                ("أنطونيو جوزيه سيغورو", "antonio-jose-seguro"),
                ("فو ثي آنه شوان", "vo-thi-anh-xuan"),
            ],
        ),
        (
            "خلف نوري أبو سهمين محمد المقريف في المنصب.",
            &[
                ("نوري أبو سهمين", "nouri-abusahmain"),
                ("محمد المقريف", "mohammed-magariaf"),
            ],
        ),
        (
            "انتخب سليمان قبلان فرنجية بفارق صوت واحد.",
            &[("سليمان قبلان فرنجية", "suleiman-kabalan-frangieh")],
        ),
    ];
    check_names_on("2026-08-01", cases);
}

#[test]
fn a_distinctive_surname_alone_names_its_person_only_on_a_date_of_the_term() {
    let ex = Extractor::default_ref();
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "قال شونكان إن الانتخابات ستجرى.",
            "شونكان",
            "ernest-shonekan",
            "1993-09-15",
        ),
        (
            "قال سوليوك إن القانون دستوري.",
            "سوليوك",
            "tamas-sulyok",
            "2025-02-01",
        ),
        (
            "قالت كونولي إن السلام ممكن.",
            "كونولي",
            "catherine-connolly",
            "2026-02-01",
        ),
        (
            "قال سيغورو إن الحكومة مستقرة.",
            "سيغورو",
            "antonio-jose-seguro",
            "2026-05-01",
        ),
        (
            "قال المقريف إن الدستور أولوية.",
            "المقريف",
            "mohammed-magariaf",
            "2013-02-01",
        ),
    ];
    for (text, surname, id, d) in cases {
        let got = officials(ex, text, d);
        assert_eq!(got, vec![(*surname, id.to_string())], "{text:?} on {d}");
        // Long before the term the bare surname names nobody.
        let got = officials(ex, text, "1960-06-01");
        assert!(got.is_empty(), "{text:?} in 1960: {got:?}");
    }
}
