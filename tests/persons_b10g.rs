//! Leaders of parties and armed groups back-filled in the b10g data session: Fatah (Yasser
//! Arafat, Farouk Kaddoumi, Mahmoud Abbas), the Future Movement (Saad Hariri), Palestinian Islamic
//! Jihad (Fathi Shaqaqi, Ramadan Shallah), al-Shabaab (Ahmed Abdi Godane), the Polisario Front
//! (Mohamed Abdelaziz), the Muslim Brotherhood's general guides (Muhammad Hamid Abu al-Nasr,
//! Mustafa Mashhur, Ma'mun al-Hudaybi), Hezbollah (Subhi al-Tufayli), the PFLP (George Habash, Abu
//! Ali Mustafa), the Syrian Baath party (Hafez al-Assad), Islah (Abdullah al-Ahmar, Mohammed
//! al-Yadoumi), Egypt's National Democratic Party (Hosni Mubarak) and Tunisia's RCD (Zine El
//! Abidine Ben Ali). A role phrase dated inside a new term names that term's holder, the
//! predecessor answers on the day before a change and the successor on the day of it, and the new
//! full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const FATAH: &str = "قال رئيس حركة فتح إن الانتخابات ستجرى في موعدها.";
const FUTURE: &str = "التقى زعيم تيار المستقبل السفير الفرنسي في بيروت.";
const PIJ: &str = "هدد الأمين العام لحركة الجهاد الإسلامي بالرد على الاغتيال.";
const SHABAAB: &str = "توعد زعيم حركة الشباب المجاهدين القوات الأفريقية.";
const POLISARIO: &str = "استقبل الأمين العام لجبهة البوليساريو المبعوث الأممي.";
const MB: &str = "قال المرشد العام لجماعة الإخوان المسلمين إن الجماعة لن تقاطع الانتخابات.";
const HEZBOLLAH: &str = "ألقى الأمين العام لحزب الله كلمة في بعلبك.";
const PFLP: &str = "قال الأمين العام للجبهة الشعبية لتحرير فلسطين إن الاتفاق مرفوض.";
const BAATH: &str = "ترأس الأمين العام لحزب البعث العربي الاشتراكي اجتماع القيادة.";
const ISLAH: &str = "أكد رئيس التجمع اليمني للإصلاح دعم الحزب للحوار.";
const NDP: &str = "افتتح رئيس الحزب الوطني الديمقراطي مؤتمر الحزب السنوي.";
const RCD: &str = "ترأس رئيس التجمع الدستوري الديمقراطي اجتماع الديوان السياسي.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (FATAH, "1999-05-01", &[("رئيس حركة فتح", "yasser-arafat")]),
        (FATAH, "2004-11-10", &[("رئيس حركة فتح", "yasser-arafat")]),
        (FATAH, "2004-11-11", &[("رئيس حركة فتح", "farouk-kaddoumi")]),
        (FATAH, "2006-11-11", &[("رئيس حركة فتح", "farouk-kaddoumi")]),
        (FATAH, "2006-11-12", &[("رئيس حركة فتح", "mahmoud-abbas")]),
        (FATAH, "2020-01-01", &[("رئيس حركة فتح", "mahmoud-abbas")]),
        (
            FUTURE,
            "2005-04-20",
            &[("زعيم تيار المستقبل", "saad-hariri")],
        ),
        (
            FUTURE,
            "2012-06-01",
            &[("زعيم تيار المستقبل", "saad-hariri")],
        ),
        (
            PIJ,
            "1990-01-01",
            &[("الأمين العام لحركة الجهاد الإسلامي", "fathi-shaqaqi")],
        ),
        (
            PIJ,
            "1995-10-26",
            &[("الأمين العام لحركة الجهاد الإسلامي", "fathi-shaqaqi")],
        ),
        (
            PIJ,
            "1995-10-27",
            &[("الأمين العام لحركة الجهاد الإسلامي", "ramadan-shallah")],
        ),
        (
            PIJ,
            "2018-09-27",
            &[("الأمين العام لحركة الجهاد الإسلامي", "ramadan-shallah")],
        ),
        (
            PIJ,
            "2018-09-28",
            &[("الأمين العام لحركة الجهاد الإسلامي", "ziyad-al-nakhalah")],
        ),
        (
            SHABAAB,
            "2010-07-12",
            &[("زعيم حركة الشباب المجاهدين", "ahmed-abdi-godane")],
        ),
        (
            SHABAAB,
            "2014-08-31",
            &[("زعيم حركة الشباب المجاهدين", "ahmed-abdi-godane")],
        ),
        (
            SHABAAB,
            "2014-09-06",
            &[("زعيم حركة الشباب المجاهدين", "ahmad-umar-abu-ubaidah")],
        ),
        (
            POLISARIO,
            "1991-09-06",
            &[(
                "الأمين العام لجبهة البوليساريو",
                "mohamed-abdelaziz-polisario",
            )],
        ),
        (
            POLISARIO,
            "2016-05-30",
            &[(
                "الأمين العام لجبهة البوليساريو",
                "mohamed-abdelaziz-polisario",
            )],
        ),
        (
            POLISARIO,
            "2016-07-09",
            &[("الأمين العام لجبهة البوليساريو", "brahim-ghali")],
        ),
        (
            MB,
            "1990-06-01",
            &[(
                "المرشد العام لجماعة الإخوان المسلمين",
                "muhammad-hamid-abu-al-nasr",
            )],
        ),
        (
            MB,
            "1999-03-01",
            &[("المرشد العام لجماعة الإخوان المسلمين", "mustafa-mashhur")],
        ),
        (
            MB,
            "2002-11-13",
            &[("المرشد العام لجماعة الإخوان المسلمين", "mustafa-mashhur")],
        ),
        (
            MB,
            "2002-11-27",
            &[("المرشد العام لجماعة الإخوان المسلمين", "mamun-al-hudaybi")],
        ),
        (
            MB,
            "2003-06-01",
            &[("المرشد العام لجماعة الإخوان المسلمين", "mamun-al-hudaybi")],
        ),
        (
            MB,
            "2004-01-09",
            &[("المرشد العام لجماعة الإخوان المسلمين", "mohammed-mahdi-akef")],
        ),
        (
            HEZBOLLAH,
            "1990-06-01",
            &[("الأمين العام لحزب الله", "subhi-al-tufayli")],
        ),
        (
            HEZBOLLAH,
            "1991-04-30",
            &[("الأمين العام لحزب الله", "subhi-al-tufayli")],
        ),
        (
            HEZBOLLAH,
            "1991-05-01",
            &[("الأمين العام لحزب الله", "abbas-al-musawi")],
        ),
        (
            PFLP,
            "1995-06-01",
            &[("الأمين العام للجبهة الشعبية لتحرير فلسطين", "george-habash")],
        ),
        (
            PFLP,
            "2000-07-08",
            &[(
                "الأمين العام للجبهة الشعبية لتحرير فلسطين",
                "abu-ali-mustafa",
            )],
        ),
        (
            PFLP,
            "2001-08-26",
            &[(
                "الأمين العام للجبهة الشعبية لتحرير فلسطين",
                "abu-ali-mustafa",
            )],
        ),
        (
            PFLP,
            "2001-10-03",
            &[("الأمين العام للجبهة الشعبية لتحرير فلسطين", "ahmad-saadat")],
        ),
        (
            BAATH,
            "1995-06-01",
            &[("الأمين العام لحزب البعث العربي الاشتراكي", "hafez-al-assad")],
        ),
        (
            BAATH,
            "2000-06-11",
            &[("الأمين العام لحزب البعث العربي الاشتراكي", "bashar-al-assad")],
        ),
        (
            ISLAH,
            "1997-05-01",
            &[("رئيس التجمع اليمني للإصلاح", "abdullah-bin-hussein-al-ahmar")],
        ),
        (
            ISLAH,
            "2007-12-28",
            &[("رئيس التجمع اليمني للإصلاح", "abdullah-bin-hussein-al-ahmar")],
        ),
        (
            ISLAH,
            "2007-12-30",
            &[("رئيس التجمع اليمني للإصلاح", "mohammed-al-yadoumi")],
        ),
        (
            ISLAH,
            "2015-04-01",
            &[("رئيس التجمع اليمني للإصلاح", "mohammed-al-yadoumi")],
        ),
        (
            NDP,
            "2005-09-01",
            &[("رئيس الحزب الوطني الديمقراطي", "hosni-mubarak")],
        ),
        (
            RCD,
            "1995-03-01",
            &[("رئيس التجمع الدستوري الديمقراطي", "zine-el-abidine-ben-ali")],
        ),
        (
            RCD,
            "2011-01-17",
            &[("رئيس التجمع الدستوري الديمقراطي", "zine-el-abidine-ben-ali")],
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "2005-05-01",
        &[
            (
                "قال فاروق القدومي إن الحركة لن تتخلى عن الكفاح.",
                &[("فاروق القدومي", "farouk-kaddoumi")],
            ),
            (
                "أحيا أنصار الحركة ذكرى اغتيال فتحي الشقاقي في مالطا.",
                &[("فتحي الشقاقي", "fathi-shaqaqi")],
            ),
            (
                "ظهر أحمد عبدي غودان في تسجيل مصور.",
                &[("أحمد عبدي غودان", "ahmed-abdi-godane")],
            ),
            (
                "نعت جبهة البوليساريو زعيم البوليساريو محمد عبد العزيز بعد صراع مع المرض.",
                &[
                    ("زعيم البوليساريو", "mohamed-abdelaziz-polisario"),
                    ("محمد عبد العزيز", "mohamed-abdelaziz-polisario"),
                ],
            ),
            // A common name: without a cue it names nobody.
            ("فاز اللاعب محمد عبد العزيز بالميدالية.", &[]),
            (
                "خلف مصطفى مشهور محمد حامد أبو النصر في قيادة الجماعة.",
                &[
                    ("مصطفى مشهور", "mustafa-mashhur"),
                    ("محمد حامد أبو النصر", "muhammad-hamid-abu-al-nasr"),
                ],
            ),
            (
                "انتخب مأمون الهضيبي مرشدا عاما للجماعة.",
                &[("مأمون الهضيبي", "mamun-al-hudaybi")],
            ),
            (
                "شارك جورج حبش وأبو علي مصطفى في المؤتمر.",
                &[
                    ("جورج حبش", "george-habash"),
                    ("أبو علي مصطفى", "abu-ali-mustafa"),
                ],
            ),
            (
                "انتقد صبحي الطفيلي قيادة الحزب.",
                &[("صبحي الطفيلي", "subhi-al-tufayli")],
            ),
            (
                "أكد محمد عبد الله اليدومي أن الحزب سيشارك في الحوار.",
                &[("محمد عبد الله اليدومي", "mohammed-al-yadoumi")],
            ),
        ],
    );
}
