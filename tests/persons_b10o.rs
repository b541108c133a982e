//! Speakers of parliament back-filled towards 1990 in the b10o data session: Tunisia's presidents
//! of the Chamber of Deputies (1988–1997), the first speaker of unified Yemen's House of
//! Representatives (1990–1993), Jordan's speakers of the House of Representatives (2007–2012) and
//! Kuwait's speakers of the annulled assemblies of 2012. A role phrase dated inside a new term
//! names that term's holder, the predecessor answers on the day before a change and the successor
//! on the day of it, and the new full names name their person. Every sentence is written for this
//! test.

mod common;
use common::{check_names_on, check_role_phrases};

const TN_SP: &str = "استقبل رئيس مجلس النواب التونسي وفدا برلمانيا مغربيا.";
const YE_SP: &str = "افتتح رئيس مجلس النواب اليمني الجلسة في صنعاء.";
const JO_SP: &str = "استقبل رئيس مجلس النواب الأردني السفير في عمان.";
const KW_SP: &str = "افتتح رئيس مجلس الأمة الكويتي الجلسة.";

#[test]
fn role_phrases_name_the_tunisian_speakers() {
    let p = "رئيس مجلس النواب التونسي";
    check_role_phrases(&[
        (TN_SP, "1990-01-15", &[(p, "slaheddine-baly")]),
        (TN_SP, "1990-03-13", &[(p, "slaheddine-baly")]),
        (TN_SP, "1990-03-14", &[(p, "beji-caid-essebsi")]),
        (TN_SP, "1991-10-08", &[(p, "beji-caid-essebsi")]),
        (TN_SP, "1991-10-09", &[(p, "habib-boulares")]),
        (TN_SP, "1995-06-01", &[(p, "habib-boulares")]),
        (TN_SP, "1997-10-13", &[(p, "habib-boulares")]),
        (TN_SP, "1997-10-14", &[(p, "fouad-mebazaa")]),
    ]);
}

#[test]
fn role_phrases_name_the_first_speaker_of_unified_yemen() {
    let p = "رئيس مجلس النواب اليمني";
    check_role_phrases(&[
        (YE_SP, "1990-05-22", &[(p, "yasin-said-numan")]),
        (YE_SP, "1992-01-01", &[(p, "yasin-said-numan")]),
        (YE_SP, "1993-06-14", &[(p, "yasin-said-numan")]),
        (YE_SP, "1993-06-15", &[(p, "abdullah-bin-hussein-al-ahmar")]),
    ]);
}

#[test]
fn role_phrases_name_the_jordanian_speakers() {
    let p = "رئيس مجلس النواب الأردني";
    check_role_phrases(&[
        (JO_SP, "2007-12-02", &[(p, "abdul-hadi-al-majali")]),
        (JO_SP, "2008-12-01", &[(p, "abdul-hadi-al-majali")]),
        (JO_SP, "2009-11-22", &[(p, "abdul-hadi-al-majali")]),
        (JO_SP, "2010-11-28", &[(p, "faisal-al-fayez")]),
        (JO_SP, "2011-10-25", &[(p, "faisal-al-fayez")]),
        (JO_SP, "2011-10-26", &[(p, "abdul-karim-dughmi")]),
        (JO_SP, "2012-10-03", &[(p, "abdul-karim-dughmi")]),
        (JO_SP, "2013-02-10", &[(p, "saad-hayel-srour")]),
    ]);
}

#[test]
fn role_phrases_name_the_kuwaiti_speakers_of_2012() {
    let p = "رئيس مجلس الأمة الكويتي";
    check_role_phrases(&[
        (KW_SP, "2011-12-05", &[(p, "jassem-al-kharafi")]),
        (KW_SP, "2012-02-15", &[(p, "ahmad-al-saadoun")]),
        (KW_SP, "2012-06-19", &[(p, "ahmad-al-saadoun")]),
        (KW_SP, "2012-06-20", &[(p, "jassem-al-kharafi")]),
        (KW_SP, "2012-12-16", &[(p, "ali-al-rashid")]),
        (KW_SP, "2013-06-15", &[(p, "ali-al-rashid")]),
        (KW_SP, "2013-08-06", &[(p, "marzouq-al-ghanim")]),
    ]);
}

#[test]
fn new_full_names_name_their_persons() {
    check_names_on(
        "1989-06-01",
        &[(
            "وأكد صلاح الدين بالي أهمية التعاون البرلماني.",
            &[("صلاح الدين بالي", "slaheddine-baly")],
        )],
    );
    check_names_on(
        "1991-05-01",
        &[(
            "وقال ياسين سعيد نعمان إن المجلس سيناقش مشروع الدستور.",
            &[("ياسين سعيد نعمان", "yasin-said-numan")],
        )],
    );
    check_names_on(
        "2008-03-01",
        &[
            (
                "واستقبل عبد الهادي المجالي وفدا من البرلمان الأوروبي.",
                &[("عبد الهادي المجالي", "abdul-hadi-al-majali")],
            ),
            (
                "وقال عبدالهادي المجالي إن المجلس سيعقد دورة استثنائية.",
                &[("عبدالهادي المجالي", "abdul-hadi-al-majali")],
            ),
        ],
    );
    check_names_on(
        "2013-01-20",
        &[(
            "وأعلن علي الراشد موعد الجلسة المقبلة.",
            &[("علي الراشد", "ali-al-rashid")],
        )],
    );
}
