//! Heads of state and government back-filled towards 1990 in the b10j data session: Sudan's
//! prime minister 1989-1993 (Omar al-Bashir), Djibouti's prime minister before 2001, Botswana's
//! presidents before 2008, Niger's president 1996-1999, Malaysia's kings from 1999 to 2024 and
//! Gulbuddin Hekmatyar's two terms as Afghanistan's prime minister (1993-1994, 1996). A
//! role phrase dated inside a new term names that term's holder, the predecessor answers on the
//! day before the change (or on the last day of the term) and the successor on the day of it,
//! and the new full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names, check_role_phrases};

const SD_HOG: &str = "استقبل رئيس الوزراء السوداني الوفد الإثيوبي في الخرطوم.";
const DJ_HOG: &str = "ترأس رئيس الوزراء الجيبوتي اجتماع الحكومة الأسبوعي.";
const BW_HOS: &str = "افتتح رئيس بوتسوانا منجما جديدا للألماس.";
const NE_HOS: &str = "وصل رئيس النيجر إلى طرابلس في زيارة قصيرة.";
const AF_HOG: &str = "وصل رئيس الوزراء الأفغاني إلى إسلام آباد لإجراء محادثات.";
const MY_HOS: &str = "استقبل ملك ماليزيا رئيس الوزراء في القصر الوطني.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (
            AF_HOG,
            "1993-06-17",
            &[("رئيس الوزراء الأفغاني", "gulbuddin-hekmatyar")],
        ),
        (
            AF_HOG,
            "1994-01-10",
            &[("رئيس الوزراء الأفغاني", "gulbuddin-hekmatyar")],
        ),
        (
            AF_HOG,
            "1996-06-26",
            &[("رئيس الوزراء الأفغاني", "gulbuddin-hekmatyar")],
        ),
        (
            AF_HOG,
            "1996-09-26",
            &[("رئيس الوزراء الأفغاني", "gulbuddin-hekmatyar")],
        ),
        (
            SD_HOG,
            "1991-05-01",
            &[("رئيس الوزراء السوداني", "omar-al-bashir")],
        ),
        (
            SD_HOG,
            "1993-10-13",
            &[("رئيس الوزراء السوداني", "omar-al-bashir")],
        ),
        (
            DJ_HOG,
            "1995-01-10",
            &[("رئيس الوزراء الجيبوتي", "barkat-gourad-hamadou")],
        ),
        (
            DJ_HOG,
            "2001-03-06",
            &[("رئيس الوزراء الجيبوتي", "barkat-gourad-hamadou")],
        ),
        (
            DJ_HOG,
            "2001-03-07",
            &[("رئيس الوزراء الجيبوتي", "dileita-mohamed-dileita")],
        ),
        (
            BW_HOS,
            "1990-06-01",
            &[("رئيس بوتسوانا", "ketumile-masire")],
        ),
        (
            BW_HOS,
            "1998-03-31",
            &[("رئيس بوتسوانا", "ketumile-masire")],
        ),
        (BW_HOS, "1998-04-01", &[("رئيس بوتسوانا", "festus-mogae")]),
        (BW_HOS, "2004-10-31", &[("رئيس بوتسوانا", "festus-mogae")]),
        (BW_HOS, "2008-04-01", &[("رئيس بوتسوانا", "ian-khama")]),
        (
            NE_HOS,
            "1996-01-27",
            &[("رئيس النيجر", "ibrahim-bare-mainassara")],
        ),
        (
            NE_HOS,
            "1998-06-15",
            &[("رئيس النيجر", "ibrahim-bare-mainassara")],
        ),
        (
            NE_HOS,
            "1999-04-09",
            &[("رئيس النيجر", "ibrahim-bare-mainassara")],
        ),
        (
            MY_HOS,
            "2000-01-01",
            &[("ملك ماليزيا", "salahuddin-of-selangor")],
        ),
        (
            MY_HOS,
            "2001-11-21",
            &[("ملك ماليزيا", "salahuddin-of-selangor")],
        ),
        (
            MY_HOS,
            "2001-12-13",
            &[("ملك ماليزيا", "sirajuddin-of-perlis")],
        ),
        (
            MY_HOS,
            "2006-12-12",
            &[("ملك ماليزيا", "sirajuddin-of-perlis")],
        ),
        (
            MY_HOS,
            "2006-12-13",
            &[("ملك ماليزيا", "mizan-zainal-abidin")],
        ),
        (
            MY_HOS,
            "2011-12-12",
            &[("ملك ماليزيا", "mizan-zainal-abidin")],
        ),
        (
            MY_HOS,
            "2011-12-13",
            &[("ملك ماليزيا", "abdul-halim-of-kedah")],
        ),
        (
            MY_HOS,
            "2016-12-12",
            &[("ملك ماليزيا", "abdul-halim-of-kedah")],
        ),
        (
            MY_HOS,
            "2016-12-13",
            &[("ملك ماليزيا", "muhammad-v-of-kelantan")],
        ),
        (
            MY_HOS,
            "2019-01-06",
            &[("ملك ماليزيا", "muhammad-v-of-kelantan")],
        ),
        (
            MY_HOS,
            "2019-01-31",
            &[("ملك ماليزيا", "abdullah-of-pahang")],
        ),
        (
            MY_HOS,
            "2024-01-30",
            &[("ملك ماليزيا", "abdullah-of-pahang")],
        ),
        (
            MY_HOS,
            "2024-01-31",
            &[("ملك ماليزيا", "ibrahim-iskandar-of-johor")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    check_names(&[
        (
            "وعاد قلب الدين حكمتيار إلى مواقعه جنوب العاصمة.",
            "1995-03-01",
            &[("قلب الدين حكمتيار", "gulbuddin-hekmatyar")],
        ),
        (
            "وقال بركت جرد حمدو إن الحكومة ستعرض برنامجها على البرلمان.",
            "1995-06-01",
            &[("بركت جرد حمدو", "barkat-gourad-hamadou")],
        ),
        (
            "وزار كيتوميل ماسير المنطقة المنكوبة بالجفاف.",
            "1995-06-01",
            &[("كيتوميل ماسير", "ketumile-masire")],
        ),
        (
            "وتعهد فستوس موغاي بمواصلة مكافحة الإيدز.",
            "2004-11-01",
            &[("فستوس موغاي", "festus-mogae")],
        ),
        (
            "وأعلن إبراهيم مايناسارا موعد الانتخابات المحلية.",
            "1998-06-15",
            &[("إبراهيم مايناسارا", "ibrahim-bare-mainassara")],
        ),
        (
            "وأصدر السلطان عبد الله رعاية الدين المصطفى بالله شاه عفوا عن عدد من السجناء.",
            "2020-06-01",
            &[(
                "عبد الله رعاية الدين المصطفى بالله شاه",
                "abdullah-of-pahang",
            )],
        ),
        (
            "وافتتح محمد فارس بن إسماعيل بيترا الدورة البرلمانية الجديدة.",
            "2017-05-01",
            &[("محمد فارس بن إسماعيل بيترا", "muhammad-v-of-kelantan")],
        ),
        (
            "وكلف عبد الحليم معظم شاه زعيم الائتلاف الفائز بتشكيل الحكومة.",
            "2013-05-01",
            &[("عبد الحليم معظم شاه", "abdul-halim-of-kedah")],
        ),
        (
            "وكلف ميزان زين العابدين رئيس الحكومة بتشكيل وزارة جديدة.",
            "2008-03-15",
            &[("ميزان زين العابدين", "mizan-zainal-abidin")],
        ),
        (
            "وأدى رئيس الحكومة الجديد اليمين أمام توانكو سيد سراج الدين في القصر الوطني.",
            "2003-10-31",
            &[("توانكو سيد سراج الدين", "sirajuddin-of-perlis")],
        ),
        (
            "وألقى صلاح الدين عبد العزيز شاه خطاب العرش أمام البرلمان.",
            "2000-06-01",
            &[("صلاح الدين عبد العزيز شاه", "salahuddin-of-selangor")],
        ),
    ]);
}
