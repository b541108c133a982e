//! The term added in the recall9m audit (Sky News Arabia Middle East news of 2018): Horst
//! Köhler as the UN Secretary-General's personal envoy for Western Sahara (2017-08-16 to
//! 2019-05-22). A role phrase dated inside the term names him. Every sentence is written for
//! this test.

mod common;
use common::check_spans;

const ENVOY_EH: &str = "دعا المبعوث الخاص للأمم المتحدة إلى الصحراء الغربية الأطراف إلى الحوار، والتقى هورست كولر وزير الخارجية المغربي في الرباط.";
const UN_ENVOY_EH: &str = "زار المبعوث الأممي إلى الصحراء الغربية مخيمات اللاجئين.";

#[test]
fn the_western_sahara_envoy_role_phrase_names_horst_kohler() {
    for d in ["2017-08-16", "2018-04-02", "2019-05-22"] {
        check_spans(
            ENVOY_EH,
            d,
            &[
                (
                    "المبعوث الخاص للأمم المتحدة إلى الصحراء الغربية",
                    7,
                    95,
                    "horst-kohler",
                ),
                ("هورست كولر", 146, 165, "horst-kohler"),
                ("وزير الخارجية المغربي", 166, 206, "nasser-bourita"),
            ],
        );
        check_spans(
            UN_ENVOY_EH,
            d,
            &[("المبعوث الأممي إلى الصحراء الغربية", 7, 71, "horst-kohler")],
        );
    }
}
