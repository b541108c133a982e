//! Offices back-filled towards 1990 in the b10e data session: Pakistan's speakers Malik Meraj
//! Khalid and Gohar Ayub Khan (from 1988-12-03), Pakistan's foreign ministers Gohar Ayub Khan
//! and Sartaj Aziz (1997-02-25 – 1999-10-12) and Abdul Sattar (1999-11-06 – 2002-06-14 and
//! 1993-07-23 – 1993-10-19), Turkey's chiefs of the General Staff İsmail Hakkı
//! Karadayı and Hüseyin Kıvrıkoğlu (from 1994-08-30, with Hilmi Özkök's start moved to
//! 2002-08-28), and Turkey's interior minister Meral Akşener (1996-11-08 – 1997-06-30). A role
//! phrase dated inside a new term names that term's holder, the predecessor answers on the day
//! before a change and the successor on the day of it, and the new full names name their
//! person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const PK_SP: &str = "التقى رئيس البرلمان الباكستاني الوفد البرلماني الزائر.";
const PK_FM: &str = "استقبل وزير الخارجية الباكستاني الوفد الصيني في إسلام آباد.";
const TR_COS: &str = "زار رئيس الأركان التركي الوحدات المنتشرة على الحدود.";
const TR_IM: &str = "قالت وزيرة الداخلية التركية إن الأمن مستتب في المدن.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (
            PK_SP,
            "1989-06-01",
            &[("رئيس البرلمان الباكستاني", "malik-meraj-khalid")],
        ),
        (
            PK_SP,
            "1990-11-03",
            &[("رئيس البرلمان الباكستاني", "malik-meraj-khalid")],
        ),
        (
            PK_SP,
            "1990-11-04",
            &[("رئيس البرلمان الباكستاني", "gohar-ayub-khan")],
        ),
        (
            PK_SP,
            "1993-10-16",
            &[("رئيس البرلمان الباكستاني", "gohar-ayub-khan")],
        ),
        (
            PK_SP,
            "1993-10-17",
            &[("رئيس البرلمان الباكستاني", "yousaf-raza-gillani")],
        ),
        (
            PK_FM,
            "1997-02-25",
            &[("وزير الخارجية الباكستاني", "gohar-ayub-khan")],
        ),
        (
            PK_FM,
            "1998-08-06",
            &[("وزير الخارجية الباكستاني", "gohar-ayub-khan")],
        ),
        (
            PK_FM,
            "1998-08-07",
            &[("وزير الخارجية الباكستاني", "sartaj-aziz")],
        ),
        (
            PK_FM,
            "1999-10-11",
            &[("وزير الخارجية الباكستاني", "sartaj-aziz")],
        ),
        (
            PK_FM,
            "1999-11-06",
            &[("وزير الخارجية الباكستاني", "abdul-sattar")],
        ),
        (
            PK_FM,
            "2002-06-13",
            &[("وزير الخارجية الباكستاني", "abdul-sattar")],
        ),
        (
            PK_FM,
            "1993-08-01",
            &[("وزير الخارجية الباكستاني", "abdul-sattar")],
        ),
        (
            TR_COS,
            "1996-01-01",
            &[("رئيس الأركان التركي", "ismail-hakki-karadayi")],
        ),
        (
            TR_COS,
            "1998-08-29",
            &[("رئيس الأركان التركي", "ismail-hakki-karadayi")],
        ),
        (
            TR_COS,
            "1998-08-30",
            &[("رئيس الأركان التركي", "huseyin-kivrikoglu")],
        ),
        (
            TR_COS,
            "2002-08-27",
            &[("رئيس الأركان التركي", "huseyin-kivrikoglu")],
        ),
        (
            TR_COS,
            "2002-08-28",
            &[("رئيس الأركان التركي", "hilmi-ozkok")],
        ),
        (
            TR_IM,
            "1996-11-08",
            &[("وزيرة الداخلية التركية", "meral-aksener")],
        ),
        (
            TR_IM,
            "1997-06-29",
            &[("وزيرة الداخلية التركية", "meral-aksener")],
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_persons() {
    check_names_on(
        "1998-05-30",
        &[
            (
                "وقال جوهر أيوب خان إن بلاده لن تتراجع.",
                &[("جوهر أيوب خان", "gohar-ayub-khan")],
            ),
            (
                "وأكد الجنرال إسماعيل حقي قره داي أن الجيش جاهز.",
                &[("إسماعيل حقي قره داي", "ismail-hakki-karadayi")],
            ),
        ],
    );
    check_names_on(
        "1999-01-10",
        &[
            (
                "وبحث سرتاج عزيز مع نظيره العلاقات الثنائية.",
                &[("سرتاج عزيز", "sartaj-aziz")],
            ),
            (
                "وتفقد الجنرال حسين كيفريكوغلو الوحدات في الجنوب.",
                &[("حسين كيفريكوغلو", "huseyin-kivrikoglu")],
            ),
        ],
    );
    check_names_on(
        "2001-10-14",
        &[
            (
                "وقال وزير الخارجية الباكستاني عبد الستار إن بلاده تأمل في السلام.",
                &[
                    ("وزير الخارجية الباكستاني", "abdul-sattar"),
                    ("عبد الستار", "abdul-sattar"),
                ],
            ),
            // the name alone is a common given name: no person without context
            ("وقال عبد الستار إن المحل يفتح صباحا.", &[]),
            // a given name with Pakistan named is still anyone's: only a cue names him
            (
                "وأعلن المحافظ عبد الستار نوري أن الطريق إلى باكستان مغلق.",
                &[],
            ),
        ],
    );
    check_names_on(
        "1997-01-15",
        &[(
            "وأعلنت ميرال أكشنار إجراءات أمنية جديدة.",
            &[("ميرال أكشنار", "meral-aksener")],
        )],
    );
}
