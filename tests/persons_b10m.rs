//! Offices back-filled in the b10m data session: Afghanistan's foreign ministers from 2001 to
//! 2019 (with two listed gaps) and its interior minister Ali Ahmad Jalali (2003–2005);
//! Tunisia's defence ministers from 1991 to 2004, interior ministers from 1991 to 2002 and
//! speakers of the Chamber of Deputies from 1990 to 1997 (Fouad Mebazaa's start corrected to
//! 1997-10-14). A role phrase dated inside a new term names that term's holder, the predecessor
//! answers on the day before a change and the successor on the day of it, and the new full
//! names name their person. Every sentence is written for this test.

mod common;
use common::{check_names, check_role_phrases};

const AF_FM: &str = "استقبل وزير الخارجية الأفغاني السفير الباكستاني في كابل.";
const AF_IM: &str = "أكد وزير الداخلية الأفغاني أن الشرطة انتشرت في العاصمة.";
const TN_DM: &str = "زار وزير الدفاع التونسي الوحدات المرابطة في الجنوب.";
const TN_IM: &str = "أكد وزير الداخلية التونسي استتباب الأمن في البلاد.";
const TN_SP: &str = "افتتح رئيس مجلس النواب التونسي الدورة البرلمانية.";

#[test]
fn afghan_role_phrases_name_the_holders_of_the_new_terms() {
    let fm = "وزير الخارجية الأفغاني";
    let im = "وزير الداخلية الأفغاني";
    check_role_phrases(&[
        (AF_FM, "2001-12-22", &[(fm, "abdullah-abdullah")]),
        (AF_FM, "2004-05-01", &[(fm, "abdullah-abdullah")]),
        (AF_FM, "2006-03-21", &[(fm, "abdullah-abdullah")]),
        (AF_FM, "2006-03-22", &[(fm, "rangin-dadfar-spanta")]),
        (AF_FM, "2008-06-01", &[(fm, "rangin-dadfar-spanta")]),
        (AF_FM, "2010-01-17", &[(fm, "rangin-dadfar-spanta")]),
        (AF_FM, "2010-01-18", &[(fm, "zalmai-rassoul")]),
        (AF_FM, "2013-10-04", &[(fm, "zalmai-rassoul")]),
        (AF_FM, "2015-01-28", &[(fm, "salahuddin-rabbani")]),
        (AF_FM, "2017-06-01", &[(fm, "salahuddin-rabbani")]),
        (AF_FM, "2019-10-22", &[(fm, "salahuddin-rabbani")]),
        (AF_FM, "2021-09-07", &[(fm, "amir-khan-muttaqi")]),
        (AF_IM, "2003-01-28", &[(im, "ali-ahmad-jalali")]),
        (AF_IM, "2004-06-01", &[(im, "ali-ahmad-jalali")]),
        (AF_IM, "2005-09-26", &[(im, "ali-ahmad-jalali")]),
    ]);
}

#[test]
fn tunisian_defence_and_interior_phrases_name_the_holders_of_the_new_terms() {
    let dm = "وزير الدفاع التونسي";
    let im = "وزير الداخلية التونسي";
    check_role_phrases(&[
        (TN_DM, "1991-02-20", &[(dm, "habib-boulares")]),
        (TN_DM, "1991-10-09", &[(dm, "habib-boulares")]),
        (TN_DM, "1991-10-10", &[(dm, "abdelaziz-ben-dhia")]),
        (TN_DM, "1994-01-01", &[(dm, "abdelaziz-ben-dhia")]),
        (TN_DM, "1996-06-12", &[(dm, "abdelaziz-ben-dhia")]),
        (TN_DM, "1996-06-13", &[(dm, "abdallah-kallel")]),
        (TN_DM, "1997-01-19", &[(dm, "abdallah-kallel")]),
        (TN_DM, "1997-01-20", &[(dm, "habib-ben-yahia")]),
        (TN_DM, "1999-11-16", &[(dm, "habib-ben-yahia")]),
        (TN_DM, "1999-11-17", &[(dm, "mohamed-jegham")]),
        (TN_DM, "2001-01-22", &[(dm, "mohamed-jegham")]),
        (TN_DM, "2001-01-23", &[(dm, "dali-jazi")]),
        (TN_DM, "2004-11-09", &[(dm, "dali-jazi")]),
        (TN_DM, "2004-11-10", &[(dm, "hedi-mhenni")]),
        (TN_IM, "1991-02-17", &[(im, "abdallah-kallel")]),
        (TN_IM, "1995-01-23", &[(im, "abdallah-kallel")]),
        (TN_IM, "1995-01-24", &[(im, "mohamed-jegham")]),
        (TN_IM, "1997-01-19", &[(im, "mohamed-jegham")]),
        (TN_IM, "1997-01-20", &[(im, "mohamed-ben-rejeb")]),
        (TN_IM, "1997-10-08", &[(im, "mohamed-ben-rejeb")]),
        (TN_IM, "1997-10-09", &[(im, "ali-chaouch")]),
        (TN_IM, "1999-11-16", &[(im, "ali-chaouch")]),
        (TN_IM, "1999-11-17", &[(im, "abdallah-kallel")]),
        (TN_IM, "2001-01-22", &[(im, "abdallah-kallel")]),
        (TN_IM, "2001-01-23", &[(im, "abdallah-kaabi")]),
        (TN_IM, "2002-04-26", &[(im, "abdallah-kaabi")]),
        (TN_IM, "2002-04-27", &[(im, "hedi-mhenni")]),
    ]);
}

#[test]
fn tunisian_speaker_phrases_name_the_holders_of_the_new_terms() {
    let sp = "رئيس مجلس النواب التونسي";
    check_role_phrases(&[
        (TN_SP, "1990-03-14", &[(sp, "beji-caid-essebsi")]),
        (TN_SP, "1991-10-08", &[(sp, "beji-caid-essebsi")]),
        (TN_SP, "1991-10-09", &[(sp, "habib-boulares")]),
        (TN_SP, "1995-01-01", &[(sp, "habib-boulares")]),
        (TN_SP, "1997-10-13", &[(sp, "habib-boulares")]),
        (TN_SP, "1997-10-14", &[(sp, "fouad-mebazaa")]),
    ]);
}

#[test]
fn new_full_names_name_their_persons() {
    check_names(&[
        (
            "قال عبد الله عبد الله إن الحكومة المؤقتة ستعمل مع الجميع.",
            "2003-01-01",
            &[("عبد الله عبد الله", "abdullah-abdullah")],
        ),
        (
            "زار رنجين دادافار سبانتا القاهرة.",
            "2007-11-01",
            &[("رنجين دادافار سبانتا", "rangin-dadfar-spanta")],
        ),
        (
            "وصل زلماي رسول إلى إسلام آباد.",
            "2011-05-01",
            &[("زلماي رسول", "zalmai-rassoul")],
        ),
        (
            "أشاد صلاح الدين رباني بالمؤتمر.",
            "2018-07-20",
            &[("صلاح الدين رباني", "salahuddin-rabbani")],
        ),
        (
            "قدم علي أحمد جلالي استقالته.",
            "2005-09-27",
            &[("علي أحمد جلالي", "ali-ahmad-jalali")],
        ),
        (
            "استقبل عبد الله القلال وفدا أمنيا.",
            "1993-01-01",
            &[("عبد الله القلال", "abdallah-kallel")],
        ),
        (
            "زار عبد العزيز بن ضياء الثكنة.",
            "1993-01-01",
            &[("عبد العزيز بن ضياء", "abdelaziz-ben-dhia")],
        ),
        (
            "استقبل محمد جغام الوفد الإيطالي.",
            "2000-05-01",
            &[("محمد جغام", "mohamed-jegham")],
        ),
        (
            "أشرف الدالي الجازي على تخرج الضباط.",
            "2003-07-01",
            &[("الدالي الجازي", "dali-jazi")],
        ),
        (
            "ترأس علي الشاوش اجتماعا للولاة.",
            "1998-03-01",
            &[("علي الشاوش", "ali-chaouch")],
        ),
        (
            "ترأس محمد بن رجب اجتماعا للولاة.",
            "1997-05-01",
            &[("محمد بن رجب", "mohamed-ben-rejeb")],
        ),
        (
            "ترأس عبد الله الكعبي اجتماعا للولاة.",
            "2001-06-01",
            &[("عبد الله الكعبي", "abdallah-kaabi")],
        ),
    ]);
}
