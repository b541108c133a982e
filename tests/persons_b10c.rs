//! Offices of Algeria, Morocco and Mauritania back-filled in the b10c data session: Algeria's
//! foreign ministers from 1989 to 1993, defence ministers from 1979 to 1993 and army chiefs
//! from 1988 to 1993; Morocco's foreign minister Abdellatif Filali (1985–1999) and its
//! defence ministry, which had no minister before the minister delegate in charge of the
//! administration of national defence of 2010 (an existing row, kept); Mauritania's foreign
//! ministers from 2013 to 2018, defence ministers from 2018 to 2019 and army chiefs from 2008.
//! A role phrase dated inside a new term names that term's holder, the predecessor answers on
//! the day before the change and the successor on the day of it, and the new full names name
//! their person. Also Algeria's speakers from 1977 to 1997, Mauritania's interior ministers
//! from 2013 to 2022 and Tunisia's foreign ministers from 1990 to 1999. Every sentence is written for this test.

mod common;
use common::{check_names, check_role_phrases};

const DZ_FM: &str = "استقبل وزير الخارجية الجزائري الوفد الفرنسي في العاصمة.";
const DZ_DM: &str = "زار وزير الدفاع الجزائري الوحدات المرابطة على الحدود.";
const DZ_AC: &str = "تفقد رئيس أركان الجيش الجزائري المناورات العسكرية.";
const MA_FM: &str = "أكد وزير الخارجية المغربي موقف المملكة من القضية.";
const MA_DM: &str = "تحدث وزير الدفاع المغربي عن التعاون العسكري.";
const MR_FM: &str = "استقبل وزير الخارجية الموريتاني سفير السنغال في نواكشوط.";
const MR_FM_F: &str = "استقبلت وزيرة الخارجية الموريتانية سفير السنغال في نواكشوط.";
const MR_IM: &str = "أكد وزير الداخلية الموريتاني جاهزية الإدارة للانتخابات.";
const TN_FM: &str = "استقبل وزير الخارجية التونسي السفير الإيطالي في تونس.";
const DZ_SP: &str = "افتتح رئيس البرلمان الجزائري الدورة البرلمانية.";
const MR_DM: &str = "أشرف وزير الدفاع الموريتاني على تخرج دفعة من الضباط.";
const MR_AC: &str = "تفقد رئيس أركان الجيش الموريتاني الوحدات في الشمال.";

#[test]
fn algerian_role_phrases_name_the_holders_of_the_new_terms() {
    let fm = "وزير الخارجية الجزائري";
    let dm = "وزير الدفاع الجزائري";
    let ac = "رئيس أركان الجيش الجزائري";
    let sp = "رئيس البرلمان الجزائري";
    check_role_phrases(&[
        (DZ_FM, "1990-03-01", &[(fm, "sid-ahmed-ghozali")]),
        (DZ_FM, "1991-06-04", &[(fm, "sid-ahmed-ghozali")]),
        (DZ_FM, "1991-06-18", &[(fm, "lakhdar-brahimi")]),
        (DZ_FM, "1993-02-02", &[(fm, "lakhdar-brahimi")]),
        (DZ_FM, "1993-02-03", &[(fm, "redha-malek")]),
        (DZ_FM, "1993-08-20", &[(fm, "redha-malek")]),
        (DZ_FM, "1996-01-05", &[(fm, "ahmed-attaf")]),
        (DZ_DM, "1985-05-01", &[(dm, "chadli-bendjedid")]),
        (DZ_DM, "1990-07-24", &[(dm, "chadli-bendjedid")]),
        (DZ_DM, "1990-07-25", &[(dm, "khaled-nezzar")]),
        (DZ_DM, "1993-07-09", &[(dm, "khaled-nezzar")]),
        (DZ_DM, "1993-07-10", &[(dm, "liamine-zeroual")]),
        (DZ_AC, "1989-01-01", &[(ac, "khaled-nezzar")]),
        (DZ_AC, "1990-07-24", &[(ac, "khaled-nezzar")]),
        (DZ_AC, "1990-07-25", &[(ac, "abdelmalek-guenaizia")]),
        (DZ_AC, "1993-06-30", &[(ac, "abdelmalek-guenaizia")]),
        (DZ_AC, "1993-07-01", &[(ac, "mohamed-lamari")]),
        (DZ_SP, "1990-01-01", &[(sp, "rabah-bitat")]),
        (DZ_SP, "1990-09-30", &[(sp, "rabah-bitat")]),
        (DZ_SP, "1990-10-01", &[(sp, "abdelaziz-belkhadem")]),
        (DZ_SP, "1992-01-03", &[(sp, "abdelaziz-belkhadem")]),
        (DZ_SP, "1994-05-30", &[(sp, "abdelkader-bensalah")]),
    ]);
}

#[test]
fn moroccan_role_phrases_name_the_holders_of_the_new_terms() {
    let fm = "وزير الخارجية المغربي";
    check_role_phrases(&[
        (MA_FM, "1990-01-01", &[(fm, "abdellatif-filali")]),
        (MA_FM, "1998-06-01", &[(fm, "abdellatif-filali")]),
        (MA_FM, "1999-04-09", &[(fm, "mohamed-benaissa")]),
        // no minister of defence before the minister delegate of 2010
        (MA_DM, "2005-01-01", &[("وزير الدفاع المغربي", "")]),
        (
            MA_DM,
            "2010-01-04",
            &[("وزير الدفاع المغربي", "abdellatif-loudiyi")],
        ),
    ]);
}

#[test]
fn tunisian_role_phrases_name_the_holders_of_the_new_terms() {
    let fm = "وزير الخارجية التونسي";
    check_role_phrases(&[
        (TN_FM, "1990-03-03", &[(fm, "ismail-khelil")]),
        (TN_FM, "1990-08-27", &[(fm, "ismail-khelil")]),
        (TN_FM, "1990-08-28", &[(fm, "habib-boulares")]),
        (TN_FM, "1991-01-31", &[(fm, "habib-boulares")]),
        (TN_FM, "1991-02-01", &[(fm, "habib-ben-yahia")]),
        (TN_FM, "1996-12-31", &[(fm, "habib-ben-yahia")]),
        (TN_FM, "1997-01-01", &[(fm, "abderrahim-zouari")]),
        (TN_FM, "1997-09-30", &[(fm, "abderrahim-zouari")]),
        (TN_FM, "1997-10-01", &[(fm, "said-ben-mustapha")]),
        (TN_FM, "1999-11-16", &[(fm, "said-ben-mustapha")]),
        (TN_FM, "1999-11-17", &[(fm, "habib-ben-yahia")]),
    ]);
}

#[test]
fn mauritanian_role_phrases_name_the_holders_of_the_new_terms() {
    let fm = "وزير الخارجية الموريتاني";
    let fm_f = "وزيرة الخارجية الموريتانية";
    let dm = "وزير الدفاع الموريتاني";
    let im = "وزير الداخلية الموريتاني";
    let ac = "رئيس أركان الجيش الموريتاني";
    check_role_phrases(&[
        (MR_FM, "2013-09-17", &[(fm, "ahmed-ould-teguedi")]),
        (MR_FM, "2015-01-15", &[(fm, "ahmed-ould-teguedi")]),
        (MR_FM_F, "2015-01-16", &[(fm_f, "fatma-vall-mint-soueina")]),
        (MR_FM_F, "2015-09-01", &[(fm_f, "fatma-vall-mint-soueina")]),
        (MR_FM, "2015-09-02", &[(fm, "hamadi-ould-meimou")]),
        (MR_FM, "2016-02-08", &[(fm, "hamadi-ould-meimou")]),
        (MR_FM, "2016-02-09", &[(fm, "isselkou-ould-ahmed-izid-bih")]),
        (MR_FM, "2018-06-10", &[(fm, "isselkou-ould-ahmed-izid-bih")]),
        (MR_FM, "2018-06-11", &[(fm, "ismail-ould-cheikh-ahmed")]),
        (MR_IM, "2013-09-17", &[(im, "mohamed-ould-mohamed-rara")]),
        (MR_IM, "2015-09-01", &[(im, "mohamed-ould-mohamed-rara")]),
        (MR_IM, "2015-09-02", &[(im, "ahmedou-ould-abdallah")]),
        (MR_IM, "2019-08-07", &[(im, "ahmedou-ould-abdallah")]),
        (MR_IM, "2019-08-08", &[(im, "mohamed-salem-ould-merzoug")]),
        (MR_IM, "2022-03-30", &[(im, "mohamed-salem-ould-merzoug")]),
        (
            MR_IM,
            "2022-03-31",
            &[(im, "mohamed-ahmed-ould-mohamed-lemine")],
        ),
        (MR_DM, "2018-10-30", &[(dm, "mohamed-ould-ghazouani")]),
        (MR_DM, "2019-03-14", &[(dm, "mohamed-ould-ghazouani")]),
        (MR_DM, "2019-03-15", &[(dm, "yahya-ould-hademine")]),
        (MR_DM, "2019-08-07", &[(dm, "yahya-ould-hademine")]),
        (MR_DM, "2019-08-08", &[(dm, "hanena-ould-sidi")]),
        (MR_AC, "2010-01-01", &[(ac, "mohamed-ould-ghazouani")]),
        (MR_AC, "2018-11-05", &[(ac, "mohamed-ould-ghazouani")]),
        (
            MR_AC,
            "2018-11-06",
            &[(ac, "mohamed-cheikh-ould-mohamed-lemine")],
        ),
        (
            MR_AC,
            "2020-06-07",
            &[(ac, "mohamed-cheikh-ould-mohamed-lemine")],
        ),
        (MR_AC, "2020-06-08", &[(ac, "mohamed-ould-meguett")]),
        (MR_AC, "2021-12-21", &[(ac, "mohamed-ould-meguett")]),
        (MR_AC, "2021-12-22", &[(ac, "mokhtar-ould-bolla-chaabane")]),
        (MR_AC, "2024-12-25", &[(ac, "mokhtar-ould-bolla-chaabane")]),
        (MR_AC, "2024-12-26", &[(ac, "mohamed-vall-ould-rais")]),
        (MR_AC, "2026-12-07", &[(ac, "mohamed-vall-ould-rais")]),
    ]);
}

#[test]
fn new_full_names_name_their_persons() {
    check_names(&[
        (
            "قال خالد نزار إن الجيش حمى مؤسسات الدولة.",
            "1991-03-01",
            &[("خالد نزار", "khaled-nezzar")],
        ),
        (
            "استقبل عبد المالك قنايزية ضباطا أجانب.",
            "1991-03-01",
            &[("عبد المالك قنايزية", "abdelmalek-guenaizia")],
        ),
        (
            "وصل أحمد ولد تكدي إلى داكار مساء أمس.",
            "2014-01-01",
            &[("أحمد ولد تكدي", "ahmed-ould-teguedi")],
        ),
        (
            "صرحت فاطمة فال بنت اصوينع بأن بلادها تدعم الحوار.",
            "2015-05-01",
            &[("فاطمة فال بنت اصوينع", "fatma-vall-mint-soueina")],
        ),
        (
            "عاد حمادي ولد اميمو إلى نواكشوط.",
            "2015-10-01",
            &[("حمادي ولد اميمو", "hamadi-ould-meimou")],
        ),
        (
            "قال إسلك ولد أحمد إزيد بيه إن القمة ستعقد في موعدها.",
            "2017-01-01",
            &[("إسلك ولد أحمد إزيد بيه", "isselkou-ould-ahmed-izid-bih")],
        ),
        (
            "أشرف محمد الشيخ ولد محمد الأمين على المناورات.",
            "2019-01-01",
            &[(
                "محمد الشيخ ولد محمد الأمين",
                "mohamed-cheikh-ould-mohamed-lemine",
            )],
        ),
        (
            "زار المختار بله شعبان القاعدة الجوية.",
            "2022-06-01",
            &[("المختار بله شعبان", "mokhtar-ould-bolla-chaabane")],
        ),
        (
            "ترأس محمد فال ولد الرايس اجتماعا عسكريا.",
            "2025-03-01",
            &[("محمد فال ولد الرايس", "mohamed-vall-ould-rais")],
        ),
        (
            "قال أحمدو ولد عبدالله إن الانتخابات ستجري في موعدها.",
            "2016-01-01",
            &[("أحمدو ولد عبدالله", "ahmedou-ould-abdallah")],
        ),
        (
            "ترأس محمد ولد محمد راره اجتماعا للولاة.",
            "2014-01-01",
            &[("محمد ولد محمد راره", "mohamed-ould-mohamed-rara")],
        ),
        (
            "استقبل الحبيب بولعراس وفدا أوروبيا.",
            "1990-10-01",
            &[("الحبيب بولعراس", "habib-boulares")],
        ),
        (
            "زار عبد الرحيم الزواري الجزائر.",
            "1997-05-01",
            &[("عبد الرحيم الزواري", "abderrahim-zouari")],
        ),
        (
            "قال سعيد بن مصطفى إن تونس تدعم الحوار.",
            "1998-05-01",
            &[("سعيد بن مصطفى", "said-ben-mustapha")],
        ),
        (
            "أكد إسماعيل خليل موقف تونس.",
            "1990-05-01",
            &[("إسماعيل خليل", "ismail-khelil")],
        ),
        (
            "أكد عبد اللطيف الفلالي تمسك المغرب بموقفه.",
            "1990-05-01",
            &[("عبد اللطيف الفلالي", "abdellatif-filali")],
        ),
    ]);
}
