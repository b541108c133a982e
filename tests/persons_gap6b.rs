//! Heads of state and government added in the gap6b data session to close known gaps before 2018:
//! Namibia's president Hifikepunye Pohamba (2005–2015), Haiti's interim president Jocelerme
//! Privert (2016–2017), Bolivia's interim president Eduardo Rodríguez Veltzé (2005–2006), the
//! Comoros' interim president Hamada Madi (2002) and Switzerland's president of the Confederation
//! for 2012, Eveline Widmer-Schlumpf. A role phrase dated inside a new term names its holder, the
//! successor answers on the change day and the predecessor on the day before, and the new full
//! names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const NA_HOS: &str = "استقبل الرئيس الناميبي وفدا تجاريا في ويندهوك.";
const HT_HOS: &str = "دعا الرئيس الهايتي إلى حوار وطني.";
const BO_HOS: &str = "أعلن الرئيس البوليفي موعد الانتخابات العامة.";
const KM_HOS: &str = "التقى الرئيس القمري ممثلي الجزر الثلاث.";
const AM_HOG: &str = "ألقى رئيس الوزراء الأرمني كلمة أمام البرلمان.";
const FJ_HOG: &str = "التقى رئيس الوزراء الفيجي زعماء القبائل.";
const SO_HOG: &str = "عقد رئيس الوزراء الصومالي اجتماعا لمجلس الوزراء.";
const TG_HOS: &str = "وعد الرئيس التوغولي بانتخابات نزيهة.";
const LR_HOS: &str = "استقبل الرئيس الليبيري قادة الفصائل في مونروفيا.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (NA_HOS, "2005-03-20", &[("الرئيس الناميبي", "sam-nujoma")]),
        (
            NA_HOS,
            "2005-03-21",
            &[("الرئيس الناميبي", "hifikepunye-pohamba")],
        ),
        (
            NA_HOS,
            "2010-06-01",
            &[("الرئيس الناميبي", "hifikepunye-pohamba")],
        ),
        (NA_HOS, "2015-03-21", &[("الرئيس الناميبي", "hage-geingob")]),
        (
            HT_HOS,
            "2016-06-01",
            &[("الرئيس الهايتي", "jocelerme-privert")],
        ),
        (
            HT_HOS,
            "2017-02-06",
            &[("الرئيس الهايتي", "jocelerme-privert")],
        ),
        (HT_HOS, "2017-02-07", &[("الرئيس الهايتي", "jovenel-moise")]),
        (BO_HOS, "2005-06-08", &[("الرئيس البوليفي", "carlos-mesa")]),
        (
            BO_HOS,
            "2005-06-09",
            &[("الرئيس البوليفي", "eduardo-rodriguez-veltze")],
        ),
        (
            BO_HOS,
            "2005-11-15",
            &[("الرئيس البوليفي", "eduardo-rodriguez-veltze")],
        ),
        (BO_HOS, "2006-01-22", &[("الرئيس البوليفي", "evo-morales")]),
        (
            KM_HOS,
            "2002-01-20",
            &[("الرئيس القمري", "azali-assoumani")],
        ),
        (KM_HOS, "2002-03-15", &[("الرئيس القمري", "hamada-madi")]),
        (
            KM_HOS,
            "2002-05-26",
            &[("الرئيس القمري", "azali-assoumani")],
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "2010-06-01",
        &[(
            "وقال هيفيكيبوني بوهامبا إن بلاده ماضية في الإصلاح.",
            &[("هيفيكيبوني بوهامبا", "hifikepunye-pohamba")],
        )],
    );
    check_names_on(
        "2016-06-01",
        &[(
            "وتعهد جوسيليرمي بريفير بتنظيم الانتخابات.",
            &[("جوسيليرمي بريفير", "jocelerme-privert")],
        )],
    );
    check_names_on(
        "2005-11-15",
        &[(
            "ودعا إدواردو رودريغيز الناخبين إلى المشاركة.",
            &[("إدواردو رودريغيز", "eduardo-rodriguez-veltze")],
        )],
    );
    check_names_on(
        "2012-05-01",
        &[(
            "واستقبلت إيفلين فيدمر شلومبف ضيفها في برن.",
            &[("إيفلين فيدمر شلومبف", "eveline-widmer-schlumpf")],
        )],
    );
    check_names_on(
        "2002-03-15",
        &[(
            "وأكد حماده مادي أن المرحلة الانتقالية ستنتهي بانتخابات.",
            &[("حماده مادي", "hamada-madi")],
        )],
    );
    check_names_on(
        "2005-03-20",
        &[(
            "وقال عباس بونفو إن الاقتراع سيجري في موعده.",
            &[("عباس بونفو", "abbas-bonfoh")],
        )],
    );
    check_names_on(
        "2003-09-01",
        &[(
            "ودعا موسيس بلاه المتمردين إلى إلقاء السلاح.",
            &[("موسيس بلاه", "moses-blah")],
        )],
    );
    check_names_on(
        "2004-06-01",
        &[(
            "وأكد غيد بريانت أن نزع السلاح يتقدم.",
            &[("غيد بريانت", "gyude-bryant")],
        )],
    );
    check_names_on(
        "1999-08-01",
        &[(
            "وقال فازغين سركيسيان إن الحكومة ستواصل الإصلاحات.",
            &[("فازغين سركيسيان", "vazgen-sargsyan")],
        )],
    );
    check_names_on(
        "2004-01-01",
        &[(
            "وأكد لايسينيا كاراسي أن الانتخابات ستجري في موعدها.",
            &[("لايسينيا كاراسي", "laisenia-qarase")],
        )],
    );
    check_names_on(
        "2001-03-01",
        &[(
            "وزار علي خليف غلير مدينة بيدوا.",
            &[("علي خليف غلير", "ali-khalif-galaydh")],
        )],
    );
    check_names_on(
        "1999-08-01",
        &[(
            "وقال ماهندرا تشودري إن حكومته ستعالج قضية الأراضي.",
            &[("ماهندرا تشودري", "mahendra-chaudhry")],
        )],
    );
}
