//! The recall9c audit (Sky News Arabia 2018, Middle East lines 2201-2230 and 20 lines drawn with
//! seed 93) added no person, term or official alias. It added the short name حزب العدالة والتنمية
//! to Morocco's Justice and Development Party (until then only Turkey's AKP had it, as an
//! ambiguous alias): with Morocco named, the short name is now Morocco's party, and with Turkey
//! named it stays the AKP. Every sentence is written for this test.

mod common;
use common::{spans, spans_of};

use alam::EntityKind;

const MA_PJD: &str =
    "أعلن حزب العدالة والتنمية في المغرب أن أمينه العام سعد الدين العثماني سيترأس اجتماع المجلس الوطني.";
const TR_AKP: &str = "قال الرئيس التركي إن حزب العدالة والتنمية فاز في الانتخابات البلدية.";

/// (mention, start byte, end byte, id) of every armed-group mention of `text` on date `d`.
fn groups<'t>(text: &'t str, d: &str) -> Vec<(&'t str, usize, usize, String)> {
    spans_of(EntityKind::ArmedGroup, text, d)
}

#[test]
fn the_short_party_name_is_moroccos_when_morocco_is_named() {
    for d in ["2018-06-06", "2024-01-10"] {
        assert_eq!(
            groups(MA_PJD, d),
            vec![("حزب العدالة والتنمية", 9, 47, "pjd-morocco".to_string())],
            "{d}"
        );
    }
    assert_eq!(
        spans(MA_PJD, "2018-06-06"),
        vec![(
            "سعد الدين العثماني",
            93,
            127,
            "saadeddine-othmani".to_string()
        )]
    );
}

#[test]
fn the_short_party_name_stays_the_akp_when_turkey_is_named() {
    assert_eq!(
        groups(TR_AKP, "2018-06-06"),
        vec![("حزب العدالة والتنمية", 38, 76, "akp".to_string())]
    );
    assert_eq!(
        spans(TR_AKP, "2018-06-06"),
        vec![("الرئيس التركي", 7, 32, "recep-tayyip-erdogan".to_string())]
    );
}
