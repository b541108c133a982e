//! Offices back-filled towards 1990 in the b10a data session: Iraq's foreign ministers
//! (1991–2001), defence ministers (1989–1990, 1995–2003) and speakers (1989–2003), Jordan's
//! interior ministers (2013–2021) and the Palestinian Authority's interior ministers
//! (2002–2003). A role phrase dated inside a new term names that term's holder, the predecessor
//! answers on the day before a change and the successor on the day of it, and the new full names
//! name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const IQ_FM: &str = "استقبل وزير الخارجية العراقي الوفد في بغداد.";
const IQ_DM: &str = "تفقد وزير الدفاع العراقي القطعات العسكرية.";
const IQ_SP: &str = "افتتح رئيس البرلمان العراقي الجلسة صباح اليوم.";
const JO_IM: &str = "أكد وزير الداخلية الأردني أن الأوضاع الأمنية مستقرة.";
const PS_IM: &str = "اجتمع وزير الداخلية الفلسطيني بقادة الأجهزة الأمنية.";

#[test]
fn role_phrases_name_the_holders_of_the_iraqi_terms() {
    check_role_phrases(&[
        (
            IQ_FM,
            "1991-06-15",
            &[(
                "وزير الخارجية العراقي",
                "ahmad-hussein-khudayir-al-samarrai",
            )],
        ),
        (
            IQ_FM,
            "1992-06-30",
            &[(
                "وزير الخارجية العراقي",
                "ahmad-hussein-khudayir-al-samarrai",
            )],
        ),
        (
            IQ_FM,
            "1992-07-01",
            &[("وزير الخارجية العراقي", "muhammad-saeed-al-sahhaf")],
        ),
        (
            IQ_FM,
            "1998-02-10",
            &[("وزير الخارجية العراقي", "muhammad-saeed-al-sahhaf")],
        ),
        (
            IQ_FM,
            "2001-04-17",
            &[("وزير الخارجية العراقي", "muhammad-saeed-al-sahhaf")],
        ),
        (
            IQ_FM,
            "2001-04-23",
            &[("وزير الخارجية العراقي", "naji-sabri")],
        ),
        (
            IQ_DM,
            "1990-06-01",
            &[("وزير الدفاع العراقي", "abdul-jabbar-shanshal")],
        ),
        (
            IQ_DM,
            "1990-12-11",
            &[("وزير الدفاع العراقي", "abdul-jabbar-shanshal")],
        ),
        (
            IQ_DM,
            "1995-07-18",
            &[("وزير الدفاع العراقي", "sultan-hashim-ahmad")],
        ),
        (
            IQ_DM,
            "2002-10-01",
            &[("وزير الدفاع العراقي", "sultan-hashim-ahmad")],
        ),
        (
            IQ_SP,
            "1992-03-01",
            &[("رئيس البرلمان العراقي", "saadi-mahdi-salih")],
        ),
        (
            IQ_SP,
            "1995-11-08",
            &[("رئيس البرلمان العراقي", "saadi-mahdi-salih")],
        ),
        (
            IQ_SP,
            "1996-04-08",
            &[("رئيس البرلمان العراقي", "saadoun-hammadi")],
        ),
        (
            IQ_SP,
            "2001-04-10",
            &[("رئيس البرلمان العراقي", "saadoun-hammadi")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_holders_of_the_jordanian_terms() {
    check_role_phrases(&[
        (
            JO_IM,
            "2014-02-01",
            &[("وزير الداخلية الأردني", "hussein-majali")],
        ),
        (
            JO_IM,
            "2015-05-16",
            &[("وزير الداخلية الأردني", "hussein-majali")],
        ),
        (
            JO_IM,
            "2015-05-19",
            &[("وزير الداخلية الأردني", "salameh-hammad")],
        ),
        (
            JO_IM,
            "2017-01-14",
            &[("وزير الداخلية الأردني", "salameh-hammad")],
        ),
        (
            JO_IM,
            "2017-01-15",
            &[("وزير الداخلية الأردني", "ghaleb-zubi")],
        ),
        (
            JO_IM,
            "2018-02-24",
            &[("وزير الداخلية الأردني", "ghaleb-zubi")],
        ),
        (
            JO_IM,
            "2018-02-25",
            &[("وزير الداخلية الأردني", "samir-mubaidin")],
        ),
        (
            JO_IM,
            "2019-05-08",
            &[("وزير الداخلية الأردني", "samir-mubaidin")],
        ),
        (
            JO_IM,
            "2019-05-09",
            &[("وزير الداخلية الأردني", "salameh-hammad")],
        ),
        (
            JO_IM,
            "2020-10-11",
            &[("وزير الداخلية الأردني", "salameh-hammad")],
        ),
        (
            JO_IM,
            "2020-10-12",
            &[("وزير الداخلية الأردني", "tawfiq-halalmeh")],
        ),
        (
            JO_IM,
            "2020-12-02",
            &[("وزير الداخلية الأردني", "samir-mubaidin")],
        ),
        (
            JO_IM,
            "2021-02-27",
            &[("وزير الداخلية الأردني", "samir-mubaidin")],
        ),
        (
            JO_IM,
            "2021-03-07",
            &[("وزير الداخلية الأردني", "mazen-al-faraya")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_holders_of_the_palestinian_terms() {
    check_role_phrases(&[
        (
            PS_IM,
            "2002-06-13",
            &[("وزير الداخلية الفلسطيني", "abdel-razzaq-al-yahya")],
        ),
        (
            PS_IM,
            "2002-10-28",
            &[("وزير الداخلية الفلسطيني", "abdel-razzaq-al-yahya")],
        ),
        (
            PS_IM,
            "2002-10-29",
            &[("وزير الداخلية الفلسطيني", "hani-al-hassan")],
        ),
        (
            PS_IM,
            "2003-04-29",
            &[("وزير الداخلية الفلسطيني", "hani-al-hassan")],
        ),
        (
            PS_IM,
            "2003-04-30",
            &[("وزير الداخلية الفلسطيني", "mahmoud-abbas")],
        ),
        (
            PS_IM,
            "2003-11-12",
            &[("وزير الداخلية الفلسطيني", "hakam-balawi")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_persons() {
    check_names_on(
        "1995-01-10",
        &[
            (
                "وقال محمد سعيد الصحاف إن بغداد تنتظر رفع الحصار.",
                &[("محمد سعيد الصحاف", "muhammad-saeed-al-sahhaf")],
            ),
            (
                "وترأس سعدي مهدي صالح جلسة المجلس.",
                &[("سعدي مهدي صالح", "saadi-mahdi-salih")],
            ),
        ],
    );
    check_names_on(
        "1990-06-01",
        &[(
            "وتفقد عبد الجبار شنشل الوحدات المرابطة على الحدود.",
            &[("عبد الجبار شنشل", "abdul-jabbar-shanshal")],
        )],
    );
    check_names_on(
        "2000-01-10",
        &[(
            "وزار سلطان هاشم أحمد مقر القيادة.",
            &[("سلطان هاشم أحمد", "sultan-hashim-ahmad")],
        )],
    );
    check_names_on(
        "2003-01-10",
        &[(
            "وقال هاني الحسن إن الحكومة ستواصل الإصلاحات.",
            &[("هاني الحسن", "hani-al-hassan")],
        )],
    );
    check_names_on(
        "2014-06-01",
        &[(
            "وأعلن حسين المجالي خطة أمنية جديدة.",
            &[("حسين المجالي", "hussein-majali")],
        )],
    );
    check_names_on(
        "2016-03-01",
        &[(
            "وقال سلامة حماد إن الحدود آمنة.",
            &[("سلامة حماد", "salameh-hammad")],
        )],
    );
    check_names_on(
        "2017-06-01",
        &[(
            "وأكد غالب الزعبي متابعة القضية.",
            &[("غالب الزعبي", "ghaleb-zubi")],
        )],
    );
    check_names_on(
        "2018-06-01",
        &[(
            "وأوضح سمير المبيضين أن التحقيق مستمر.",
            &[("سمير المبيضين", "samir-mubaidin")],
        )],
    );
    check_names_on(
        "2020-10-20",
        &[(
            "وزار توفيق الحلالمة مديرية الأمن العام.",
            &[("توفيق الحلالمة", "tawfiq-halalmeh")],
        )],
    );
}
