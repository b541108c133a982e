//! Finance ministers of Egypt, Lebanon, Saudi Arabia, Qatar and Iraq, added in the fin_arab data
//! session (the role `finance_minister` had no terms before). A role phrase dated inside a new
//! term names that term's holder, the successor answers on the day of the change, the new full
//! names name their person, and a `standalone` surname alone names its person inside the term.
//! Every sentence is written for this test.

use alam::{EntityKind, Extractor, Options};

mod common;
use common::{check_names_on, check_roles, date, officials};

const EG: &str = "قال وزير المالية المصري إن العجز سيتراجع العام المقبل.";
const LB: &str = "عرض وزير المالية اللبناني مشروع الموازنة على الحكومة.";
const SA: &str = "أعلن وزير المالية السعودي أرقام الميزانية الجديدة.";
const QA: &str = "شارك وزير المالية القطري في اجتماع خليجي في الرياض.";
const IQ: &str = "طالب وزير المالية العراقي بتسريع إقرار الموازنة.";

#[test]
fn role_phrases_name_the_finance_ministers() {
    check_roles(&[
        (
            EG,
            "وزير المالية المصري",
            "2008-05-01",
            "youssef-boutros-ghali",
        ),
        (EG, "وزير المالية المصري", "2011-04-01", "samir-radwan"),
        (EG, "وزير المالية المصري", "2011-10-01", "hazem-el-beblawi"),
        (EG, "وزير المالية المصري", "2012-06-01", "momtaz-el-saeed"),
        (EG, "وزير المالية المصري", "2013-03-01", "el-morsi-hegazy"),
        (
            EG,
            "وزير المالية المصري",
            "2013-06-01",
            "fayad-abdel-moneim",
        ),
        (EG, "وزير المالية المصري", "2013-12-01", "ahmed-galal"),
        (EG, "وزير المالية المصري", "2015-06-01", "hany-kadry-dimian"),
        (EG, "وزير المالية المصري", "2017-06-01", "amr-el-garhy"),
        (EG, "وزير المالية المصري", "2021-06-01", "mohamed-maait"),
        (EG, "وزير المالية المصري", "2025-06-01", "ahmed-kouchouk"),
        (LB, "وزير المالية اللبناني", "2002-06-01", "fouad-siniora"),
        (LB, "وزير المالية اللبناني", "2005-01-15", "elias-saba"),
        (LB, "وزير المالية اللبناني", "2005-06-01", "damianos-kattar"),
        (LB, "وزير المالية اللبناني", "2007-06-01", "jihad-azour"),
        (LB, "وزير المالية اللبناني", "2009-01-01", "mohamad-chatah"),
        (LB, "وزير المالية اللبناني", "2010-06-01", "raya-el-hassan"),
        (LB, "وزير المالية اللبناني", "2012-06-01", "mohammad-safadi"),
        (
            LB,
            "وزير المالية اللبناني",
            "2018-06-01",
            "ali-hassan-khalil",
        ),
        (LB, "وزير المالية اللبناني", "2020-09-01", "ghazi-wazni"),
        (LB, "وزير المالية اللبناني", "2023-06-01", "youssef-khalil"),
        (LB, "وزير المالية اللبناني", "2025-06-01", "yassine-jaber"),
        (
            SA,
            "وزير المالية السعودي",
            "2020-06-01",
            "mohammed-al-jadaan",
        ),
        (
            QA,
            "وزير المالية القطري",
            "2017-06-01",
            "ali-sherif-al-emadi",
        ),
        (
            QA,
            "وزير المالية القطري",
            "2022-06-01",
            "ali-bin-ahmed-al-kuwari",
        ),
        (IQ, "وزير المالية العراقي", "2004-09-01", "adil-abdul-mahdi"),
        (IQ, "وزير المالية العراقي", "2005-09-01", "ali-allawi"),
        (IQ, "وزير المالية العراقي", "2008-06-01", "bayan-jabr"),
        (IQ, "وزير المالية العراقي", "2015-06-01", "hoshyar-zebari"),
        (IQ, "وزير المالية العراقي", "2019-06-01", "fuad-hussein"),
        (IQ, "وزير المالية العراقي", "2021-06-01", "ali-allawi"),
        (
            IQ,
            "وزير المالية العراقي",
            "2022-09-15",
            "ihsan-abdul-jabbar",
        ),
        (IQ, "وزير المالية العراقي", "2024-06-01", "taif-sami"),
    ]);
}

#[test]
fn the_successor_answers_on_the_day_of_the_change() {
    check_roles(&[
        (EG, "وزير المالية المصري", "2011-01-31", "samir-radwan"),
        (EG, "وزير المالية المصري", "2011-07-21", "hazem-el-beblawi"),
        (EG, "وزير المالية المصري", "2014-03-01", "hany-kadry-dimian"),
        (EG, "وزير المالية المصري", "2018-06-14", "mohamed-maait"),
        (EG, "وزير المالية المصري", "2024-07-03", "ahmed-kouchouk"),
        (
            LB,
            "وزير المالية اللبناني",
            "2014-02-15",
            "ali-hassan-khalil",
        ),
        (LB, "وزير المالية اللبناني", "2020-01-21", "ghazi-wazni"),
        (LB, "وزير المالية اللبناني", "2025-02-08", "yassine-jaber"),
        (
            SA,
            "وزير المالية السعودي",
            "2016-10-31",
            "mohammed-al-jadaan",
        ),
        (
            QA,
            "وزير المالية القطري",
            "2021-05-06",
            "ali-bin-ahmed-al-kuwari",
        ),
        (IQ, "وزير المالية العراقي", "2006-05-20", "bayan-jabr"),
        (IQ, "وزير المالية العراقي", "2022-10-27", "taif-sami"),
        // The day before a change, the predecessor still holds the office.
        (EG, "وزير المالية المصري", "2024-07-02", "mohamed-maait"),
        (LB, "وزير المالية اللبناني", "2021-09-09", "ghazi-wazni"),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "التقى أحمد كجوك بنظيره جهاد أزعور في واشنطن.",
            &[
                ("أحمد كجوك", "ahmed-kouchouk"),
                ("جهاد أزعور", "jihad-azour"),
            ],
        ),
        (
            "وقع محمد الجدعان وعلي بن أحمد الكواري اتفاقا ماليا.",
            &[
                ("محمد الجدعان", "mohammed-al-jadaan"),
                ("علي بن أحمد الكواري", "ali-bin-ahmed-al-kuwari"),
            ],
        ),
        (
            "استقبل طيف سامي وفدا من البنك الدولي بحضور ياسين جابر.",
            &[("طيف سامي", "taif-sami"), ("ياسين جابر", "yassine-jaber")],
        ),
        (
            "صرح هاني قدري دميان بأن المفاوضات مستمرة.",
            &[("هاني قدري دميان", "hany-kadry-dimian")],
        ),
    ];
    check_names_on("2026-01-01", cases);
}

#[test]
fn standalone_surnames_name_the_minister_inside_the_term() {
    let ex = Extractor::default_ref();
    for (text, surname, day, id) in [
        (
            "قال معيط إن الدين العام تراجع.",
            "معيط",
            "2022-03-01",
            "mohamed-maait",
        ),
        (
            "أكد كجوك استمرار الإصلاحات الضريبية.",
            "كجوك",
            "2025-03-01",
            "ahmed-kouchouk",
        ),
        (
            "أعلن أزعور خطة لخفض العجز.",
            "أزعور",
            "2006-03-01",
            "jihad-azour",
        ),
    ] {
        let got = officials(ex, text, day);
        assert_eq!(got, vec![(surname, id.to_string())], "{text:?}");
    }
}

#[test]
fn wazni_alone_names_no_person() {
    // وزني (a plain surname) is not reported without the full name earlier in the document.
    let ex = Extractor::default_ref();
    let text = "ارتفع وزني خلال العطلة.";
    let got = ex.extract_with(text, &Options::default().with_date(date("2020-06-01")));
    assert!(
        got.iter().all(|e| e.kind() != EntityKind::Official),
        "{got:?}"
    );
}
