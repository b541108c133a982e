//! Chiefs of the defence staff added in the b10n data session: France's chiefs of the defence
//! staff (chef d'état-major des armées) from Jean-Louis Georgelin (2006) to Fabien Mandon, and the
//! United Kingdom's from Tony Radakin (2021) to Richard Knighton. A role phrase dated inside a new
//! term names that term's holder, the predecessor answers on the day before a change and the
//! successor on the day of it, and the new full names name their person. Every sentence is written
//! for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const FR: &str = "زار رئيس أركان الجيش الفرنسي القوات المنتشرة في الساحل.";
const GB: &str = "قال رئيس أركان الجيش البريطاني إن الحلف أقوى من خصومه.";
const EG: &str = "التقى رئيس أركان الجيش المصري الوفد العسكري الأمريكي.";
const EG_ROLE: &str = "رئيس أركان الجيش المصري";
const FR_ROLE: &str = "رئيس أركان الجيش الفرنسي";
const GB_ROLE: &str = "رئيس أركان الجيش البريطاني";

#[test]
fn role_phrases_name_the_french_chiefs_of_the_defence_staff() {
    check_role_phrases(&[
        (FR, "2006-10-04", &[(FR_ROLE, "jean-louis-georgelin")]),
        (FR, "2008-06-01", &[(FR_ROLE, "jean-louis-georgelin")]),
        (FR, "2010-02-24", &[(FR_ROLE, "jean-louis-georgelin")]),
        (FR, "2010-02-25", &[(FR_ROLE, "edouard-guillaud")]),
        (FR, "2011-03-25", &[(FR_ROLE, "edouard-guillaud")]),
        (FR, "2014-02-14", &[(FR_ROLE, "edouard-guillaud")]),
        (FR, "2014-02-15", &[(FR_ROLE, "pierre-de-villiers")]),
        (FR, "2017-07-18", &[(FR_ROLE, "pierre-de-villiers")]),
        (FR, "2017-07-19", &[(FR_ROLE, "francois-lecointre")]),
        (FR, "2018-02-22", &[(FR_ROLE, "francois-lecointre")]),
        (FR, "2021-07-21", &[(FR_ROLE, "francois-lecointre")]),
        (FR, "2021-07-22", &[(FR_ROLE, "thierry-burkhard")]),
        (FR, "2025-08-31", &[(FR_ROLE, "thierry-burkhard")]),
        (FR, "2025-09-01", &[(FR_ROLE, "fabien-mandon")]),
        (FR, "2026-12-08", &[(FR_ROLE, "fabien-mandon")]),
    ]);
}

#[test]
fn role_phrases_name_the_british_chiefs_of_the_defence_staff() {
    check_role_phrases(&[
        (GB, "2018-06-01", &[(GB_ROLE, "nick-carter")]),
        (GB, "2021-03-10", &[(GB_ROLE, "nick-carter")]),
        (GB, "2021-11-29", &[(GB_ROLE, "nick-carter")]),
        (GB, "2021-11-30", &[(GB_ROLE, "tony-radakin")]),
        (GB, "2022-07-17", &[(GB_ROLE, "tony-radakin")]),
        (GB, "2025-09-01", &[(GB_ROLE, "tony-radakin")]),
        (GB, "2025-09-02", &[(GB_ROLE, "richard-knighton")]),
        (GB, "2026-12-08", &[(GB_ROLE, "richard-knighton")]),
    ]);
}

#[test]
fn role_phrases_name_the_egyptian_chief_of_staff_before_sedki_sobhi() {
    check_role_phrases(&[
        (EG, "2005-11-23", &[(EG_ROLE, "sami-anan")]),
        (EG, "2011-01-29", &[(EG_ROLE, "sami-anan")]),
        (EG, "2012-08-11", &[(EG_ROLE, "sami-anan")]),
        (EG, "2012-08-12", &[(EG_ROLE, "sedki-sobhi")]),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    check_names_on(
        "2009-04-01",
        &[(
            "واستقبل الفريق سامي حافظ عنان قائد القيادة المركزية.",
            &[("سامي حافظ عنان", "sami-anan")],
        )],
    );
    check_names_on(
        "2021-03-10",
        &[(
            "وقال الجنرال السير نيكولاس كارتر إن التهديدات تتزايد.",
            &[("نيكولاس كارتر", "nick-carter")],
        )],
    );
    check_names_on(
        "2012-05-10",
        &[
            (
                "وقال الأميرال إدوار غييو إن العمليات ستستمر أسابيع.",
                &[("إدوار غييو", "edouard-guillaud")],
            ),
            (
                "والتقى جان لويس جورجيلين نظيره الأمريكي في باريس.",
                &[("جان لويس جورجيلين", "jean-louis-georgelin")],
            ),
        ],
    );
    check_names_on(
        "2017-07-19",
        &[
            (
                "وأعلن بيار دو فيلييه استقالته من منصبه.",
                &[("بيار دو فيلييه", "pierre-de-villiers")],
            ),
            (
                "وتولى فرنسوا لوكوانتر قيادة الجيوش.",
                &[("فرنسوا لوكوانتر", "francois-lecointre")],
            ),
        ],
    );
    check_names_on(
        "2024-03-01",
        &[
            (
                "وزار تييري بوركهارد القوات الفرنسية في رومانيا.",
                &[("تييري بوركهارد", "thierry-burkhard")],
            ),
            (
                "وحذر توني راداكين من تهديدات روسيا.",
                &[("توني راداكين", "tony-radakin")],
            ),
        ],
    );
    check_names_on(
        "2026-01-15",
        &[
            (
                "وقال فابيان ماندون إن الجيوش يجب أن تستعد.",
                &[("فابيان ماندون", "fabien-mandon")],
            ),
            (
                "واستقبل ريتشارد نايتون وفدا عسكريا في لندن.",
                &[("ريتشارد نايتون", "richard-knighton")],
            ),
        ],
    );
}
