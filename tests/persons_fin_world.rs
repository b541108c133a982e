//! Finance ministers of the United States, the United Kingdom, Germany, France, Turkey, Israel
//! and Russia, added in the fin_world data session (role `finance_minister`). A role phrase
//! dated inside a term names that term's holder, the successor answers on the day of the change,
//! the new full names name their person and distinctive surnames stand alone inside a term.
//! Every sentence is written for this test.

use alam::Extractor;

mod common;
use common::{check_roles, officials};

const US: &str = "قال وزير الخزانة الأمريكي إن العقوبات الجديدة ستدخل حيز التنفيذ قريبا.";
const GB: &str = "عرض وزير المالية البريطاني خطة الموازنة أمام مجلس العموم.";
const DE: &str = "دعا وزير المالية الألماني إلى ضبط الإنفاق في منطقة اليورو.";
const FR: &str = "التقى وزير المالية الفرنسي نظراءه الأوروبيين في بروكسل.";
const TR: &str = "أعلن وزير المالية التركي حزمة إجراءات لدعم الليرة.";
const IL: &str = "قدم وزير المالية الإسرائيلي مشروع الميزانية إلى الكنيست.";
const RU: &str = "قال وزير المالية الروسي إن الميزانية ستسجل فائضا.";

#[test]
fn role_phrases_name_the_finance_ministers() {
    check_roles(&[
        (US, "وزير الخزانة الأمريكي", "1994-03-01", "lloyd-bentsen"),
        (US, "وزير الخزانة الأمريكي", "1997-06-01", "robert-rubin"),
        (US, "وزير الخزانة الأمريكي", "2008-10-01", "henry-paulson"),
        (US, "وزير الخزانة الأمريكي", "2011-08-01", "timothy-geithner"),
        (US, "وزير الخزانة الأمريكي", "2018-06-01", "steven-mnuchin"),
        (US, "وزير الخزانة الأمريكي", "2023-05-01", "janet-yellen"),
        (US, "وزير الخزانة الأمريكي", "2025-06-01", "scott-bessent"),
        (GB, "وزير المالية البريطاني", "1992-09-16", "norman-lamont"),
        (GB, "وزير المالية البريطاني", "2001-03-01", "gordon-brown"),
        (GB, "وزير المالية البريطاني", "2012-03-21", "george-osborne"),
        (GB, "وزير المالية البريطاني", "2021-03-03", "rishi-sunak"),
        (GB, "وزير المالية البريطاني", "2022-09-23", "kwasi-kwarteng"),
        (GB, "وزير المالية البريطاني", "2025-03-26", "rachel-reeves"),
        (DE, "وزير المالية الألماني", "2008-10-01", "peer-steinbruck"),
        (
            DE,
            "وزير المالية الألماني",
            "2015-07-01",
            "wolfgang-schauble",
        ),
        (
            DE,
            "وزير المالية الألماني",
            "2023-01-10",
            "christian-lindner",
        ),
        (DE, "وزير المالية الألماني", "2025-09-01", "lars-klingbeil"),
        (
            FR,
            "وزير المالية الفرنسي",
            "2009-04-01",
            "christine-lagarde",
        ),
        (FR, "وزير المالية الفرنسي", "2015-07-01", "michel-sapin"),
        (FR, "وزير المالية الفرنسي", "2020-04-01", "bruno-le-maire"),
        (FR, "وزير المالية الفرنسي", "2025-03-01", "eric-lombard"),
        (TR, "وزير المالية التركي", "2012-01-10", "mehmet-simsek"),
        (TR, "وزير المالية التركي", "2017-01-10", "naci-agbal"),
        (TR, "وزير المالية التركي", "2019-08-01", "berat-albayrak"),
        (TR, "وزير المالية التركي", "2021-05-01", "lutfi-elvan"),
        (TR, "وزير المالية التركي", "2022-06-01", "nureddin-nebati"),
        (TR, "وزير المالية التركي", "2024-06-01", "mehmet-simsek"),
        (IL, "وزير المالية الإسرائيلي", "2011-01-10", "yuval-steinitz"),
        (IL, "وزير المالية الإسرائيلي", "2017-01-10", "moshe-kahlon"),
        (
            IL,
            "وزير المالية الإسرائيلي",
            "2022-01-10",
            "avigdor-lieberman",
        ),
        (
            IL,
            "وزير المالية الإسرائيلي",
            "2024-01-10",
            "bezalel-smotrich",
        ),
        (RU, "وزير المالية الروسي", "2015-01-10", "anton-siluanov"),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (US, "وزير الخزانة الأمريكي", "2017-02-13", "steven-mnuchin"),
        (US, "وزير الخزانة الأمريكي", "2021-01-26", "janet-yellen"),
        (GB, "وزير المالية البريطاني", "2019-07-24", "sajid-javid"),
        (GB, "وزير المالية البريطاني", "2022-10-14", "jeremy-hunt"),
        (DE, "وزير المالية الألماني", "2024-11-07", "jorg-kukies"),
        (DE, "وزير المالية الألماني", "2018-03-14", "olaf-scholz"),
        (FR, "وزير المالية الفرنسي", "2024-09-21", "antoine-armand"),
        (TR, "وزير المالية التركي", "2018-07-10", "berat-albayrak"),
        (IL, "وزير المالية الإسرائيلي", "2020-05-17", "israel-katz"),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    let ex = Extractor::default_ref();
    for (text, name, id) in [
        (
            "صرح ستيفن منوتشين للصحفيين بعد الاجتماع.",
            "ستيفن منوتشين",
            "steven-mnuchin",
        ),
        (
            "وصلت جانيت يلين إلى بكين في زيارة رسمية.",
            "جانيت يلين",
            "janet-yellen",
        ),
        (
            "قال براءت ألبيرق إن الاقتصاد سيتعافى.",
            "براءت ألبيرق",
            "berat-albayrak",
        ),
        (
            "أكد موشيه كحلون أن الأسعار ستنخفض.",
            "موشيه كحلون",
            "moshe-kahlon",
        ),
        (
            "التقى رولان ليسكور بعدد من المستثمرين.",
            "رولان ليسكور",
            "roland-lescure",
        ),
        (
            "حذر كريستيان ليندنر من ارتفاع الديون.",
            "كريستيان ليندنر",
            "christian-lindner",
        ),
    ] {
        assert_eq!(
            officials(ex, text, "2024-01-01"),
            vec![(name, id.to_string())],
            "{text:?}"
        );
    }
}

#[test]
fn standalone_surnames_name_the_minister_inside_the_term() {
    let ex = Extractor::default_ref();
    for (text, name, d, id) in [
        (
            "وقال منوتشين إن المحادثات كانت بناءة.",
            "منوتشين",
            "2018-05-01",
            "steven-mnuchin",
        ),
        (
            "وقال كحلون إن الموازنة متوازنة.",
            "كحلون",
            "2016-05-01",
            "moshe-kahlon",
        ),
        (
            "وقال شيمشك إن التضخم سيتراجع.",
            "شيمشك",
            "2024-05-01",
            "mehmet-simsek",
        ),
        (
            "وقال سيلوانوف إن الروبل مستقر.",
            "سيلوانوف",
            "2020-05-01",
            "anton-siluanov",
        ),
    ] {
        assert_eq!(
            officials(ex, text, d),
            vec![(name, id.to_string())],
            "{text:?} on {d}"
        );
    }
}
