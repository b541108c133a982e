//! Offices of Gulf states and Yemen back-filled towards 1990 in the b10d data session: the foreign
//! ministers of Oman (Yusuf bin Alawi), Bahrain (Mohammed bin Mubarak) and the UAE (Rashid
//! Abdullah al-Nuaimi), the defence ministers of Saudi Arabia (Sultan bin Abdulaziz) and Bahrain
//! (Khalifa bin Ahmed), the interior ministers of Bahrain, the UAE, Qatar and Yemen, the speakers
//! of Qatar's Advisory Council and the chiefs of staff of the UAE and Saudi Arabia. A role phrase
//! dated inside a new term names that term's holder, the predecessor answers on the day before
//! the change and the successor on the day of it, and the new full names name their person.
//! Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const OM_FM: &str = "أكد وزير الخارجية العماني دعم بلاده للحوار.";
const BH_FM: &str = "وصل وزير الخارجية البحريني إلى الرياض في زيارة رسمية.";
const AE_FM: &str = "استقبل وزير الخارجية الإماراتي السفير الياباني.";
const SA_DM: &str = "زار وزير الدفاع السعودي القاعدة الجوية في تبوك.";
const BH_DM: &str = "تفقد وزير الدفاع البحريني وحدات الجيش.";
const BH_IM: &str = "قال وزير الداخلية البحريني إن الأمن مستتب.";
const AE_IM: &str = "أكد وزير الداخلية الإماراتي أهمية التعاون الأمني.";
const QA_IM: &str = "اجتمع وزير الداخلية القطري بقادة الشرطة.";
const YE_IM: &str = "أعلن وزير الداخلية اليمني القبض على أفراد الخلية.";
const QA_SP: &str = "افتتح رئيس مجلس الشورى القطري الجلسة الأولى.";
const AE_AC: &str = "زار رئيس الأركان الإماراتي المعرض العسكري.";
const SA_AC: &str = "تفقد رئيس الأركان السعودي القوات المرابطة على الحدود.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (
            OM_FM,
            "1990-01-01",
            &[("وزير الخارجية العماني", "yusuf-bin-alawi")],
        ),
        (
            OM_FM,
            "2020-08-17",
            &[("وزير الخارجية العماني", "yusuf-bin-alawi")],
        ),
        (
            OM_FM,
            "2020-08-18",
            &[("وزير الخارجية العماني", "badr-albusaidi")],
        ),
        (
            BH_FM,
            "1990-01-01",
            &[("وزير الخارجية البحريني", "mohammed-bin-mubarak-al-khalifa")],
        ),
        (
            BH_FM,
            "2005-09-25",
            &[("وزير الخارجية البحريني", "mohammed-bin-mubarak-al-khalifa")],
        ),
        (
            BH_FM,
            "2005-09-26",
            &[("وزير الخارجية البحريني", "khalid-bin-ahmed-al-khalifa")],
        ),
        (
            AE_FM,
            "1990-01-01",
            &[("وزير الخارجية الإماراتي", "rashid-abdullah-al-nuaimi")],
        ),
        (
            AE_FM,
            "2006-02-08",
            &[("وزير الخارجية الإماراتي", "rashid-abdullah-al-nuaimi")],
        ),
        (
            AE_FM,
            "2006-02-09",
            &[("وزير الخارجية الإماراتي", "abdullah-bin-zayed-al-nahyan")],
        ),
        (
            SA_DM,
            "1990-01-01",
            &[("وزير الدفاع السعودي", "sultan-bin-abdulaziz")],
        ),
        (
            SA_DM,
            "2011-10-21",
            &[("وزير الدفاع السعودي", "sultan-bin-abdulaziz")],
        ),
        (
            SA_DM,
            "2011-11-05",
            &[("وزير الدفاع السعودي", "salman-bin-abdulaziz")],
        ),
        (
            BH_DM,
            "1990-01-01",
            &[("وزير الدفاع البحريني", "khalifa-bin-ahmed-al-khalifa")],
        ),
        (
            BH_DM,
            "2008-01-05",
            &[("وزير الدفاع البحريني", "khalifa-bin-ahmed-al-khalifa")],
        ),
        (
            BH_IM,
            "1990-01-01",
            &[("وزير الداخلية البحريني", "mohammed-bin-khalifa-al-khalifa")],
        ),
        (
            BH_IM,
            "2004-05-20",
            &[("وزير الداخلية البحريني", "mohammed-bin-khalifa-al-khalifa")],
        ),
        (
            BH_IM,
            "2004-05-21",
            &[("وزير الداخلية البحريني", "rashid-bin-abdullah-al-khalifa")],
        ),
        (
            AE_IM,
            "2004-11-01",
            &[("وزير الداخلية الإماراتي", "saif-bin-zayed-al-nahyan")],
        ),
        (
            AE_IM,
            "2026-12-08",
            &[("وزير الداخلية الإماراتي", "saif-bin-zayed-al-nahyan")],
        ),
        (
            QA_IM,
            "2002-01-01",
            &[("وزير الداخلية القطري", "abdullah-bin-khalid-al-thani")],
        ),
        (
            QA_IM,
            "2013-06-25",
            &[("وزير الداخلية القطري", "abdullah-bin-khalid-al-thani")],
        ),
        (
            QA_IM,
            "2013-06-26",
            &[("وزير الداخلية القطري", "abdullah-bin-nasser-al-thani")],
        ),
        (
            YE_IM,
            "2001-04-04",
            &[("وزير الداخلية اليمني", "rashad-al-alimi")],
        ),
        (
            YE_IM,
            "2008-05-18",
            &[("وزير الداخلية اليمني", "rashad-al-alimi")],
        ),
        (
            YE_IM,
            "2008-05-19",
            &[("وزير الداخلية اليمني", "mutahar-rashad-al-masri")],
        ),
        (
            QA_SP,
            "1990-01-01",
            &[("رئيس مجلس الشورى القطري", "abdulaziz-bin-khalid-al-ghanim")],
        ),
        (
            QA_SP,
            "1990-12-07",
            &[("رئيس مجلس الشورى القطري", "abdulaziz-bin-khalid-al-ghanim")],
        ),
        (
            QA_SP,
            "1990-12-08",
            &[("رئيس مجلس الشورى القطري", "ali-bin-khalifa-al-hitmi")],
        ),
        (
            QA_SP,
            "1995-03-26",
            &[("رئيس مجلس الشورى القطري", "ali-bin-khalifa-al-hitmi")],
        ),
        (
            QA_SP,
            "1995-03-27",
            &[(
                "رئيس مجلس الشورى القطري",
                "mohammed-bin-mubarak-al-khulaifi",
            )],
        ),
        (
            QA_SP,
            "2017-11-13",
            &[(
                "رئيس مجلس الشورى القطري",
                "mohammed-bin-mubarak-al-khulaifi",
            )],
        ),
        (
            QA_SP,
            "2017-11-14",
            &[("رئيس مجلس الشورى القطري", "ahmed-bin-abdullah-al-mahmoud")],
        ),
        (
            AE_AC,
            "2006-01-01",
            &[("رئيس الأركان الإماراتي", "hamad-al-rumaithi")],
        ),
        (
            AE_AC,
            "2023-01-02",
            &[("رئيس الأركان الإماراتي", "hamad-al-rumaithi")],
        ),
        (
            AE_AC,
            "2023-01-03",
            &[("رئيس الأركان الإماراتي", "issa-saif-al-mazrouei")],
        ),
        (
            SA_AC,
            "2011-05-20",
            &[("رئيس الأركان السعودي", "hussein-al-qubail")],
        ),
        (
            SA_AC,
            "2014-05-13",
            &[("رئيس الأركان السعودي", "hussein-al-qubail")],
        ),
        (
            SA_AC,
            "2014-05-14",
            &[("رئيس الأركان السعودي", "abdulrahman-al-bunyan")],
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_persons() {
    check_names_on(
        "1995-06-01",
        &[
            (
                "وقال يوسف بن علوي بن عبد الله إن السلطنة تدعم الحوار.",
                &[("يوسف بن علوي بن عبد الله", "yusuf-bin-alawi")],
            ),
            (
                "وصرح الشيخ محمد بن مبارك آل خليفة للصحفيين بعد الاجتماع.",
                &[("محمد بن مبارك آل خليفة", "mohammed-bin-mubarak-al-khalifa")],
            ),
            (
                "وأكد راشد عبدالله النعيمي موقف بلاده من قضية الجزر.",
                &[("راشد عبدالله النعيمي", "rashid-abdullah-al-nuaimi")],
            ),
            (
                "وحضر الشيخ خليفة بن أحمد آل خليفة العرض العسكري.",
                &[("خليفة بن أحمد آل خليفة", "khalifa-bin-ahmed-al-khalifa")],
            ),
            (
                "وترأس الشيخ محمد بن خليفة آل خليفة اجتماع قادة الشرطة.",
                &[("محمد بن خليفة آل خليفة", "mohammed-bin-khalifa-al-khalifa")],
            ),
            (
                "وافتتح علي بن خليفة الهتمي دور الانعقاد الجديد.",
                &[("علي بن خليفة الهتمي", "ali-bin-khalifa-al-hitmi")],
            ),
        ],
    );
    check_names_on(
        "2010-03-01",
        &[
            (
                "وأعلن الفريق سيف بن زايد آل نهيان خطة أمنية جديدة.",
                &[("سيف بن زايد آل نهيان", "saif-bin-zayed-al-nahyan")],
            ),
            (
                "وحضر الشيخ عبدالله بن خالد آل ثاني حفل التخريج.",
                &[("عبدالله بن خالد آل ثاني", "abdullah-bin-khalid-al-thani")],
            ),
            (
                "وتحدث حمد محمد ثاني الرميثي عن تطوير القوات.",
                &[("حمد محمد ثاني الرميثي", "hamad-al-rumaithi")],
            ),
        ],
    );
    check_names_on(
        "2012-06-01",
        &[(
            "واستقبل الفريق أول حسين بن عبدالله القبيل الوفد العسكري.",
            &[("حسين بن عبدالله القبيل", "hussein-al-qubail")],
        )],
    );
    check_names_on(
        "1985-06-01",
        &[(
            "وافتتح عبد العزيز بن خالد الغانم الجلسة.",
            &[(
                "عبد العزيز بن خالد الغانم",
                "abdulaziz-bin-khalid-al-ghanim",
            )],
        )],
    );
}
