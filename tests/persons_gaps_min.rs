//! Foreign, defence and interior ministers added in the gaps_min data session, closing listed
//! gaps of tests/data/known_gaps.tsv: Ethiopia's foreign ministers from 2016 (and Taye Atske
//! Selassie as president), Pakistan's caretaker defence minister of 2023-24, the acting US
//! secretaries of homeland security Elaine Duke and Chad Wolf, Britain's Bob Ainsworth, Japan's
//! Takeaki Matsumoto and Turkey's interior ministers of 2015. A role phrase dated inside a new
//! term names that term's holder, the successor answers on the day of the change, and the new
//! full names name their person. Every sentence is written for this test.

use alam::{EntityKind, Extractor, Options};

mod common;
use common::{check_names_on, check_roles, date};

const ET_FM: &str = "بحث وزير الخارجية الإثيوبي ملف سد النهضة مع نظيره.";
const ET_HEAD: &str = "استقبل الرئيس الإثيوبي السفير الجديد في القصر.";
const PK_DEF: &str = "زار وزير الدفاع الباكستاني مقر القيادة في راولبندي.";
const US_INT: &str = "قالت وزيرة الداخلية الأمريكية إن الإجراءات ستشدد.";
const US_INT_M: &str = "قال وزير الداخلية الأمريكي إن الإجراءات ستشدد.";
const GB_DEF: &str = "زار وزير الدفاع البريطاني القوات في هلمند.";
const JP_FM: &str = "التقى وزير الخارجية الياباني الوفد الصيني في طوكيو.";
const TR_INT: &str = "أعلن وزير الداخلية التركي اعتقال عدد من المشتبه بهم.";

#[test]
fn role_phrases_name_the_ministers_added_in_the_gaps_min_session() {
    check_roles(&[
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2017-06-01",
            "workneh-gebeyehu",
        ),
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2020-02-01",
            "gedu-andargachew",
        ),
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2022-05-01",
            "demeke-mekonnen",
        ),
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2024-06-01",
            "taye-atske-selassie",
        ),
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2025-03-01",
            "gedion-timothewos",
        ),
        (
            ET_HEAD,
            "الرئيس الإثيوبي",
            "2025-03-01",
            "taye-atske-selassie",
        ),
        (
            PK_DEF,
            "وزير الدفاع الباكستاني",
            "2023-11-01",
            "anwar-ali-hyder",
        ),
        (
            US_INT,
            "وزيرة الداخلية الأمريكية",
            "2017-10-01",
            "elaine-duke",
        ),
        (US_INT_M, "وزير الداخلية الأمريكي", "2020-07-01", "chad-wolf"),
        (
            GB_DEF,
            "وزير الدفاع البريطاني",
            "2009-12-01",
            "bob-ainsworth",
        ),
        (
            JP_FM,
            "وزير الخارجية الياباني",
            "2011-06-01",
            "takeaki-matsumoto",
        ),
        (
            TR_INT,
            "وزير الداخلية التركي",
            "2015-05-01",
            "sebahattin-ozturk",
        ),
        (
            TR_INT,
            "وزير الداخلية التركي",
            "2015-10-01",
            "selami-altinok",
        ),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2016-11-01",
            "workneh-gebeyehu",
        ),
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2019-04-18",
            "gedu-andargachew",
        ),
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2024-02-08",
            "taye-atske-selassie",
        ),
        (
            ET_HEAD,
            "الرئيس الإثيوبي",
            "2024-10-07",
            "taye-atske-selassie",
        ),
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2024-10-18",
            "gedion-timothewos",
        ),
        (
            PK_DEF,
            "وزير الدفاع الباكستاني",
            "2024-03-11",
            "khawaja-asif",
        ),
        (
            US_INT,
            "وزيرة الداخلية الأمريكية",
            "2017-07-31",
            "elaine-duke",
        ),
        (
            US_INT,
            "وزيرة الداخلية الأمريكية",
            "2017-12-06",
            "kirstjen-nielsen",
        ),
        (US_INT_M, "وزير الداخلية الأمريكي", "2019-11-13", "chad-wolf"),
        (
            GB_DEF,
            "وزير الدفاع البريطاني",
            "2009-06-05",
            "bob-ainsworth",
        ),
        (GB_DEF, "وزير الدفاع البريطاني", "2010-05-12", "liam-fox"),
        (
            JP_FM,
            "وزير الخارجية الياباني",
            "2011-09-02",
            "koichiro-gemba",
        ),
        (
            TR_INT,
            "وزير الداخلية التركي",
            "2015-03-07",
            "sebahattin-ozturk",
        ),
        (
            TR_INT,
            "وزير الداخلية التركي",
            "2015-08-28",
            "selami-altinok",
        ),
        (TR_INT, "وزير الداخلية التركي", "2015-11-24", "efkan-ala"),
        // The neighbouring holders keep their dates.
        (
            ET_FM,
            "وزير الخارجية الإثيوبي",
            "2016-10-31",
            "tedros-adhanom",
        ),
        (ET_HEAD, "الرئيس الإثيوبي", "2024-10-06", "sahle-work-zewde"),
        (GB_DEF, "وزير الدفاع البريطاني", "2009-06-04", "john-hutton"),
        (
            JP_FM,
            "وزير الخارجية الياباني",
            "2011-03-05",
            "seiji-maehara",
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "حضر ووركنيه جيبيهو وجيدو أندارجاتشو الاجتماع في أديس أبابا.",
            &[
                ("ووركنيه جيبيهو", "workneh-gebeyehu"),
                ("جيدو أندارجاتشو", "gedu-andargachew"),
            ],
        ),
        (
            "شارك دمقي مكونن وتاي أصقي سيلاسي وجيديون تيموثيوس في القمة.",
            &[
                ("دمقي مكونن", "demeke-mekonnen"),
                ("تاي أصقي سيلاسي", "taye-atske-selassie"),
                ("جيديون تيموثيوس", "gedion-timothewos"),
            ],
        ),
        (
            "التقى أنور علي حيدر بوب إينزوورث في لندن.",
            &[
                ("أنور علي حيدر", "anwar-ali-hyder"),
                ("بوب إينزوورث", "bob-ainsworth"),
            ],
        ),
        (
            "تحدثت إلين ديوك ثم تشاد وولف أمام الصحفيين.",
            &[("إلين ديوك", "elaine-duke"), ("تشاد وولف", "chad-wolf")],
        ),
        (
            "استقبل تاكياكي ماتسوموتو صباح الدين أوزتورك وسلامي ألتينوك.",
            &[
                ("تاكياكي ماتسوموتو", "takeaki-matsumoto"),
                ("صباح الدين أوزتورك", "sebahattin-ozturk"),
                ("سلامي ألتينوك", "selami-altinok"),
            ],
        ),
    ];
    check_names_on("2026-01-01", cases);
}

#[test]
fn chad_wolf_is_not_a_mention_of_chad() {
    let ex = Extractor::default_ref();
    let text = "قال تشاد وولف إن الحدود آمنة.";
    let got = ex.extract_with(text, &Options::default().with_date(date("2020-07-01")));
    assert!(
        got.iter().all(|e| e.kind() != EntityKind::Country),
        "{got:?}"
    );
}
