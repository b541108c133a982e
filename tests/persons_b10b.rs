//! Offices back-filled towards 1990 in the b10b data session: Egypt's speaker Rifaat el-Mahgoub
//! (1984–1990), Libya's Secretary of Foreign Liaison Umar al-Muntasir (1992–2000) and Sudan's
//! interior ministers Ibrahim Mahmoud Hamid (2008–2013, 2018), Abdel Wahid Youssef Ibrahim
//! (2013–2014) and Hamed Mannan (2017–2018). A role phrase dated inside a new term names that
//! term's holder, the predecessor answers on the day before a change and the successor on the day
//! of it, and the new full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const EG_SPEAKER: &str = "استقبل رئيس مجلس الشعب المصري وفدا برلمانيا سوريا.";
const LY_FM: &str = "التقى وزير الخارجية الليبي السفير الإيطالي في طرابلس.";
const SD_IM: &str = "تفقد وزير الداخلية السوداني مراكز الشرطة في الخرطوم.";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (
            EG_SPEAKER,
            "1984-01-23",
            &[("رئيس مجلس الشعب المصري", "rifaat-el-mahgoub")],
        ),
        (
            EG_SPEAKER,
            "1990-10-11",
            &[("رئيس مجلس الشعب المصري", "rifaat-el-mahgoub")],
        ),
        (
            EG_SPEAKER,
            "1990-12-01",
            &[("رئيس مجلس الشعب المصري", "fathi-sorour")],
        ),
        (
            LY_FM,
            "1992-11-17",
            &[("وزير الخارجية الليبي", "umar-al-muntasir")],
        ),
        (
            LY_FM,
            "1996-06-01",
            &[("وزير الخارجية الليبي", "umar-al-muntasir")],
        ),
        (
            LY_FM,
            "2000-02-29",
            &[("وزير الخارجية الليبي", "umar-al-muntasir")],
        ),
        (
            LY_FM,
            "2000-03-01",
            &[("وزير الخارجية الليبي", "abdel-rahman-shalgham")],
        ),
        (
            SD_IM,
            "2008-02-14",
            &[("وزير الداخلية السوداني", "ibrahim-mahmoud-hamid")],
        ),
        (
            SD_IM,
            "2013-12-07",
            &[("وزير الداخلية السوداني", "ibrahim-mahmoud-hamid")],
        ),
        (
            SD_IM,
            "2013-12-08",
            &[("وزير الداخلية السوداني", "abdel-wahid-youssef-ibrahim")],
        ),
        (
            SD_IM,
            "2014-06-24",
            &[("وزير الداخلية السوداني", "abdel-wahid-youssef-ibrahim")],
        ),
        (
            SD_IM,
            "2017-05-11",
            &[("وزير الداخلية السوداني", "hamed-mannan")],
        ),
        (
            SD_IM,
            "2018-05-13",
            &[("وزير الداخلية السوداني", "hamed-mannan")],
        ),
        (
            SD_IM,
            "2018-05-14",
            &[("وزير الداخلية السوداني", "ibrahim-mahmoud-hamid")],
        ),
        (
            SD_IM,
            "2018-09-08",
            &[("وزير الداخلية السوداني", "ibrahim-mahmoud-hamid")],
        ),
    ]);
}

#[test]
fn the_new_full_names_name_their_person() {
    check_names_on(
        "1989-05-01",
        &[
            (
                "وافتتح رفعت المحجوب الدورة البرلمانية الجديدة.",
                &[("رفعت المحجوب", "rifaat-el-mahgoub")],
            ),
            (
                "وقال الدكتور رفعت محجوب إن المجلس سيناقش الموازنة.",
                &[("رفعت محجوب", "rifaat-el-mahgoub")],
            ),
        ],
    );
    check_names_on(
        "1995-03-01",
        &[(
            "وصل عمر مصطفى المنتصر إلى القاهرة في زيارة رسمية.",
            &[("عمر مصطفى المنتصر", "umar-al-muntasir")],
        )],
    );
    check_names_on(
        "2014-03-01",
        &[(
            "وأعلن عبد الواحد يوسف إبراهيم خطة لتأمين العاصمة.",
            &[("عبد الواحد يوسف إبراهيم", "abdel-wahid-youssef-ibrahim")],
        )],
    );
    check_names_on(
        "2017-10-01",
        &[(
            "وأكد حامد منان أن الشرطة مستعدة لحماية المواطنين.",
            &[("حامد منان", "hamed-mannan")],
        )],
    );
    check_names_on(
        "2018-06-01",
        &[(
            "وقال إبراهيم محمود حامد إن أمن المواطن خط أحمر.",
            &[("إبراهيم محمود حامد", "ibrahim-mahmoud-hamid")],
        )],
    );
}
