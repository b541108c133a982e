//! Persons and spellings added in the recall8b session (a recall audit of Sky News Arabia's
//! international news of July 2018): Riek Machar as leader of the SPLM-IO, the spellings of
//! Sebastian Kurz's name the press uses besides سيباستيان كورتس, and Isaias Afwerki's given name
//! used alone, and David Shearer as the UN Secretary-General's special representative in South
//! Sudan. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases, check_roles};

const SPLM_IO: &str = "قال زعيم الحركة الشعبية لتحرير السودان في المعارضة إن الاتفاق قريب.";

#[test]
fn the_splm_io_leader_is_riek_machar_from_the_nasir_conference() {
    check_roles(&[
        (
            SPLM_IO,
            "زعيم الحركة الشعبية لتحرير السودان في المعارضة",
            "2014-04-18",
            "riek-machar",
        ),
        (
            SPLM_IO,
            "زعيم الحركة الشعبية لتحرير السودان في المعارضة",
            "2018-07-06",
            "riek-machar",
        ),
        (
            SPLM_IO,
            "زعيم الحركة الشعبية لتحرير السودان في المعارضة",
            "2026-12-07",
            "riek-machar",
        ),
    ]);
    check_role_phrases(&[(
        SPLM_IO,
        "2014-04-17",
        &[("زعيم الحركة الشعبية لتحرير السودان في المعارضة", "")],
    )]);
}

#[test]
fn machar_is_named_in_full_and_by_surname() {
    check_names_on(
        "2018-07-06",
        &[
            (
                "وصل رياك مشار إلى الخرطوم، وقال مشار إن الاتفاق قريب.",
                &[("رياك مشار", "riek-machar"), ("مشار", "riek-machar")],
            ),
            (
                "التقى ريك مشار وسلفا كير في أديس أبابا.",
                &[("ريك مشار", "riek-machar"), ("سلفا كير", "salva-kiir")],
            ),
            // The participle «referred to» is not the surname.
            (
                "وقع رياك مشار على النص، وهو مشار إليه في البيان.",
                &[("رياك مشار", "riek-machar")],
            ),
        ],
    );
}

#[test]
fn kurz_spellings_name_him() {
    check_names_on(
        "2018-07-06",
        &[
            (
                "وقال المستشار سيباستيان كورتز إن الحدود ستبقى مغلقة.",
                &[("سيباستيان كورتز", "sebastian-kurz")],
            ),
            (
                "وقال زيباستيان كورتس إن الحدود ستبقى مغلقة.",
                &[("زيباستيان كورتس", "sebastian-kurz")],
            ),
            (
                "وتحدث سباستيان كورتس للصحفيين، ثم أضاف كورتس أن القرار نهائي.",
                &[
                    ("سباستيان كورتس", "sebastian-kurz"),
                    ("كورتس", "sebastian-kurz"),
                ],
            ),
            // A standalone surname: Kurz is Austria's chancellor on the date.
            (
                "وأكد كورتز أن الحكومة ستواصل عملها.",
                &[("كورتز", "sebastian-kurz")],
            ),
        ],
    );
}

#[test]
fn isaias_alone_names_afwerki() {
    check_names_on(
        "2018-07-08",
        &[(
            "استقبل أسياس أفورقي الوفد، ثم أقام أسياس مأدبة عشاء.",
            &[
                ("أسياس أفورقي", "isaias-afwerki"),
                ("أسياس", "isaias-afwerki"),
            ],
        )],
    );
}

const UN_SS: &str = "التقى المبعوث الأممي إلى جنوب السودان وفدا من المعارضة.";

#[test]
fn the_un_envoy_to_south_sudan_is_shearer_from_his_arrival_to_his_successors() {
    check_roles(&[
        (
            UN_SS,
            "المبعوث الأممي إلى جنوب السودان",
            "2017-01-20",
            "david-shearer",
        ),
        (
            UN_SS,
            "المبعوث الأممي إلى جنوب السودان",
            "2018-02-25",
            "david-shearer",
        ),
        (
            UN_SS,
            "المبعوث الأممي إلى جنوب السودان",
            "2021-04-25",
            "david-shearer",
        ),
    ]);
    check_role_phrases(&[
        (
            UN_SS,
            "2017-01-19",
            &[("المبعوث الأممي إلى جنوب السودان", "")],
        ),
        (
            UN_SS,
            "2021-06-30",
            &[("المبعوث الأممي إلى جنوب السودان", "")],
        ),
    ]);
    check_names_on(
        "2018-02-25",
        &[(
            "وقال ديفيد شيرر إن البعثة ستحقق في الحادث، وأضاف شيرر أن النتائج ستعلن.",
            &[("ديفيد شيرر", "david-shearer"), ("شيرر", "david-shearer")],
        )],
    );
}
