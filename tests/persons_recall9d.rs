//! Rows added by the recall9d audit (Sky News Arabia 2018, international news lines 3301-3330
//! and 20 lines drawn with seed 94): spellings of Peter Pellegrini, Dalia Grybauskaitė, Kang
//! Kyung-wha and Hailemariam Desalegn, the new record of Brazil's energy minister Fernando Coelho
//! Filho, the title الأمير with the Qatari demonym, and the given name سارة (Sara Netanyahu is not
//! her husband). Every sentence is written for this test.

mod common;
use common::check_spans as check;

#[test]
fn pellegrini_without_the_second_ya() {
    check(
        "وصل بيتر بيلغريني إلى براغ، وأكد بيلغريني دعم بلاده للاتحاد.",
        "2018-10-05",
        &[
            ("بيتر بيلغريني", 7, 32, "peter-pellegrini"),
            ("بيلغريني", 60, 76, "peter-pellegrini"),
        ],
    );
}

#[test]
fn grybauskaite_short_spelling_and_standalone_surname() {
    check(
        "ألقت داليا غريبوسكايت كلمة في فيلنيوس، وقالت غريبوسكايت إن بلادها لن تتراجع.",
        "2018-10-06",
        &[
            ("داليا غريبوسكايت", 9, 40, "dalia-grybauskaite"),
            ("غريبوسكايت", 83, 103, "dalia-grybauskaite"),
        ],
    );
    check(
        "قالت غريبوسكايت إن ليتوانيا تنتظر قرار الحلف.",
        "2017-03-01",
        &[("غريبوسكايت", 9, 29, "dalia-grybauskaite")],
    );
}

#[test]
fn kang_after_her_full_name() {
    check(
        "التقت كانغ كيونغ وا نظراءها في سول، ثم عادت كانغ إلى مكتبها.",
        "2018-05-11",
        &[
            ("كانغ كيونغ وا", 11, 35, "kang-kyung-wha"),
            ("كانغ", 79, 87, "kang-kyung-wha"),
        ],
    );
}

#[test]
fn hailemariam_desalegn_spellings() {
    check(
        "أعلن هايلي مريم ديسالين استقالته، وقال ديسالين إنه يريد الإصلاح، ثم غادر هايلي مريم القاعة.",
        "2018-02-15",
        &[
            ("هايلي مريم ديسالين", 9, 43, "hailemariam-desalegn"),
            ("ديسالين", 72, 86, "hailemariam-desalegn"),
            ("هايلي مريم", 134, 153, "hailemariam-desalegn"),
        ],
    );
    check(
        "كتب المحللون عن هيلامريم ديسالين وعن سلفه، وذكروا هيلا مريم ديسالين مرة أخرى.",
        "2018-02-16",
        &[
            ("هيلامريم ديسالين", 29, 60, "hailemariam-desalegn"),
            ("هيلا مريم ديسالين", 92, 124, "hailemariam-desalegn"),
        ],
    );
    check(
        "قال ديسالين إن السد سيكتمل.",
        "2017-06-01",
        &[("ديسالين", 7, 21, "hailemariam-desalegn")],
    );
}

#[test]
fn brazil_energy_minister_coelho_filho() {
    check(
        "قال فرناندو كويلو فيلو إن مزاد النفط سيجرى في موعده.",
        "2017-09-01",
        &[("فرناندو كويلو فيلو", 7, 41, "fernando-coelho-filho")],
    );
    check(
        "قال وزير الطاقة البرازيلي إن المزاد سيجرى في موعده.",
        "2017-09-01",
        &[("وزير الطاقة البرازيلي", 7, 47, "fernando-coelho-filho")],
    );
    // After his last day the office has no holder in the data.
    check(
        "قال وزير الطاقة البرازيلي إن المزاد سيجرى في موعده.",
        "2018-06-01",
        &[("وزير الطاقة البرازيلي", 7, 47, "")],
    );
}

#[test]
fn the_qatari_emir_by_title_and_demonym() {
    check(
        "استقبل الأمير القطري وزير الخارجية الفرنسي في الدوحة.",
        "2018-10-07",
        &[
            ("الأمير القطري", 13, 38, "tamim-bin-hamad-al-thani"),
            ("وزير الخارجية الفرنسي", 39, 79, "jean-yves-le-drian"),
        ],
    );
    check(
        "استقبل الأمير القطري ضيوفه في الدوحة.",
        "2010-05-01",
        &[("الأمير القطري", 13, 38, "hamad-bin-khalifa-al-thani")],
    );
    // A Saudi prince is not the king: the title row is Qatar's only.
    check("زار الأمير السعودي الوليد بن طلال لندن.", "2018-05-01", &[]);
}

#[test]
fn sara_netanyahu_is_not_her_husband() {
    check(
        "حضرت سارة نتانياهو جلسة المحكمة، فيما غاب نتانياهو عن القاعة.",
        "2018-10-07",
        &[("نتانياهو", 77, 93, "benjamin-netanyahu")],
    );
}
