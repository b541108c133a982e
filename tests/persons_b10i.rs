//! Offices back-filled towards 1990 in the b10i data session: Hungary's presidents (2010–2022:
//! Pál Schmitt, János Áder) and Greece's president of 1990–1995 (Konstantinos Karamanlis). A role
//! phrase dated inside a new term names that term's holder, the predecessor answers on the day
//! before a change and the successor on the day of it, and the new full names name their person.
//! Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const HU_HOS: &str = "استقبل الرئيس المجري الوفد في بودابست.";
const GR_HOS: &str = "استقبل الرئيس اليوناني الوفد في أثينا.";

#[test]
fn role_phrases_name_the_hungarian_presidents() {
    check_role_phrases(&[
        (HU_HOS, "2010-08-06", &[("الرئيس المجري", "pal-schmitt")]),
        (HU_HOS, "2011-06-15", &[("الرئيس المجري", "pal-schmitt")]),
        (HU_HOS, "2012-04-01", &[("الرئيس المجري", "pal-schmitt")]),
        (HU_HOS, "2012-05-10", &[("الرئيس المجري", "janos-ader")]),
        (HU_HOS, "2017-03-20", &[("الرئيس المجري", "janos-ader")]),
        (HU_HOS, "2022-05-09", &[("الرئيس المجري", "janos-ader")]),
        (HU_HOS, "2022-05-10", &[("الرئيس المجري", "katalin-novak")]),
    ]);
}

#[test]
fn role_phrases_name_the_greek_president_of_1990_1995() {
    check_role_phrases(&[
        (
            GR_HOS,
            "1990-05-05",
            &[("الرئيس اليوناني", "konstantinos-karamanlis")],
        ),
        (
            GR_HOS,
            "1993-01-20",
            &[("الرئيس اليوناني", "konstantinos-karamanlis")],
        ),
        (
            GR_HOS,
            "1995-03-09",
            &[("الرئيس اليوناني", "konstantinos-karamanlis")],
        ),
        (
            GR_HOS,
            "1995-03-10",
            &[("الرئيس اليوناني", "kostis-stephanopoulos")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    check_names_on(
        "2012-04-02",
        &[(
            "أعلن بال شميت استقالته، وقال شميت إنه سيلجأ إلى القضاء.",
            &[("بال شميت", "pal-schmitt"), ("شميت", "pal-schmitt")],
        )],
    );
    check_names_on(
        "2015-09-01",
        &[(
            "وصل يانوس ادر إلى فيينا في زيارة رسمية.",
            &[("يانوس ادر", "janos-ader")],
        )],
    );
    check_names_on(
        "1992-10-01",
        &[
            (
                "التقى قسطنطين كرامنليس رئيس الوزراء في أثينا.",
                &[("قسطنطين كرامنليس", "konstantinos-karamanlis")],
            ),
            (
                "وأكد قسطنطين كرمنليس دعمه للحكومة.",
                &[("قسطنطين كرمنليس", "konstantinos-karamanlis")],
            ),
        ],
    );
}
