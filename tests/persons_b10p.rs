//! Offices back-filled in the b10p data session: Oman's minister responsible for defence affairs
//! (Badr bin Saud al-Busaidi, 1997–2020) and interior minister (the same, 1980–1996), the
//! chairmen of Saudi Arabia's Shura Council (Mohammed bin Jubair, Saleh bin Humaid), Iraq's vice
//! president Taha Muhie-eldin Marouf and Iraq's interior ministers of 1991–1995 and 2001–2003. A
//! role phrase dated inside a new term names that term's holder, the predecessor answers on the
//! day before a change and the successor on the day of it, and the new full names name their
//! person. Every sentence is written for this test.

mod common;
use common::{check_names_on, check_role_phrases};

const OM_DEF: &str = "استقبل وزير الدفاع العماني الوفد العسكري الزائر.";
const OM_DEF_ROLE: &str = "وزير الدفاع العماني";
const OM_INT: &str = "ترأس وزير الداخلية العماني اجتماع المحافظين.";
const OM_INT_ROLE: &str = "وزير الداخلية العماني";
const SA_SP: &str = "افتتح رئيس مجلس الشورى السعودي أعمال السنة الجديدة.";
const SA_SP_ROLE: &str = "رئيس مجلس الشورى السعودي";
const IQ_VP: &str = "استقبل نائب الرئيس العراقي السفير في بغداد.";
const IQ_VP_ROLE: &str = "نائب الرئيس العراقي";
const IQ_INT: &str = "أعلن وزير الداخلية العراقي خطة أمنية جديدة للعاصمة.";
const IQ_INT_ROLE: &str = "وزير الداخلية العراقي";

#[test]
fn role_phrases_name_the_omani_defence_minister_before_shihab() {
    check_role_phrases(&[
        (
            OM_DEF,
            "1997-01-01",
            &[(OM_DEF_ROLE, "badr-bin-saud-al-busaidi")],
        ),
        (
            OM_DEF,
            "2008-05-10",
            &[(OM_DEF_ROLE, "badr-bin-saud-al-busaidi")],
        ),
        (
            OM_DEF,
            "2020-03-08",
            &[(OM_DEF_ROLE, "badr-bin-saud-al-busaidi")],
        ),
        (
            OM_DEF,
            "2020-03-09",
            &[(OM_DEF_ROLE, "shihab-bin-tariq-al-said")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_omani_interior_minister_of_1980_to_1996() {
    check_role_phrases(&[
        (
            OM_INT,
            "1980-01-01",
            &[(OM_INT_ROLE, "badr-bin-saud-al-busaidi")],
        ),
        (
            OM_INT,
            "1990-06-01",
            &[(OM_INT_ROLE, "badr-bin-saud-al-busaidi")],
        ),
        (
            OM_INT,
            "1995-12-31",
            &[(OM_INT_ROLE, "badr-bin-saud-al-busaidi")],
        ),
        (
            OM_INT,
            "2011-03-07",
            &[(OM_INT_ROLE, "hamoud-bin-faisal-al-busaidi")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_saudi_shura_chairmen() {
    check_role_phrases(&[
        (SA_SP, "1994-01-01", &[(SA_SP_ROLE, "mohammed-bin-jubair")]),
        (SA_SP, "1998-06-29", &[(SA_SP_ROLE, "mohammed-bin-jubair")]),
        (SA_SP, "2002-01-23", &[(SA_SP_ROLE, "mohammed-bin-jubair")]),
        (SA_SP, "2002-02-07", &[(SA_SP_ROLE, "saleh-bin-humaid")]),
        (SA_SP, "2005-04-12", &[(SA_SP_ROLE, "saleh-bin-humaid")]),
        (SA_SP, "2009-02-13", &[(SA_SP_ROLE, "saleh-bin-humaid")]),
        (
            SA_SP,
            "2009-02-14",
            &[(SA_SP_ROLE, "abdullah-bin-mohammed-al-sheikh")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_iraqi_vice_president_before_1991() {
    check_role_phrases(&[
        (
            IQ_VP,
            "1976-01-01",
            &[(IQ_VP_ROLE, "taha-muhie-eldin-marouf")],
        ),
        (
            IQ_VP,
            "1990-06-01",
            &[(IQ_VP_ROLE, "taha-muhie-eldin-marouf")],
        ),
        (
            IQ_VP,
            "1991-02-28",
            &[(IQ_VP_ROLE, "taha-muhie-eldin-marouf")],
        ),
    ]);
}

#[test]
fn role_phrases_name_the_iraqi_interior_ministers_of_the_baath_era() {
    check_role_phrases(&[
        (
            IQ_INT,
            "1991-03-06",
            &[(IQ_INT_ROLE, "ali-hassan-al-majid")],
        ),
        (
            IQ_INT,
            "1991-07-01",
            &[(IQ_INT_ROLE, "ali-hassan-al-majid")],
        ),
        (
            IQ_INT,
            "1991-11-12",
            &[(IQ_INT_ROLE, "ali-hassan-al-majid")],
        ),
        (
            IQ_INT,
            "1991-11-13",
            &[(IQ_INT_ROLE, "watban-ibrahim-al-hasan")],
        ),
        (
            IQ_INT,
            "1994-06-01",
            &[(IQ_INT_ROLE, "watban-ibrahim-al-hasan")],
        ),
        (
            IQ_INT,
            "2001-05-29",
            &[(IQ_INT_ROLE, "mahmoud-diab-al-ahmad")],
        ),
        (
            IQ_INT,
            "2002-10-01",
            &[(IQ_INT_ROLE, "mahmoud-diab-al-ahmad")],
        ),
        (
            IQ_INT,
            "2003-04-08",
            &[(IQ_INT_ROLE, "mahmoud-diab-al-ahmad")],
        ),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    check_names_on(
        "2010-05-01",
        &[(
            "وكان في الاستقبال بدر بن سعود بن حارب البوسعيدي الوزير المسؤول عن شؤون الدفاع.",
            &[("بدر بن سعود بن حارب البوسعيدي", "badr-bin-saud-al-busaidi")],
        )],
    );
    check_names_on(
        "1999-05-01",
        &[(
            "وصرح الشيخ محمد بن إبراهيم بن جبير بأن المجلس أنهى دراسة النظام.",
            &[("محمد بن إبراهيم بن جبير", "mohammed-bin-jubair")],
        )],
    );
    check_names_on(
        "2004-04-01",
        &[(
            "وافتتح الشيخ صالح بن عبد الله بن حميد الجلسة بكلمة قصيرة.",
            &[("صالح بن عبد الله بن حميد", "saleh-bin-humaid")],
        )],
    );
    check_names_on(
        "1995-03-01",
        &[(
            "وأناب الرئيس طه محيي الدين معروف لحضور الاحتفال.",
            &[("طه محيي الدين معروف", "taha-muhie-eldin-marouf")],
        )],
    );
    check_names_on(
        "1993-09-01",
        &[(
            "وتفقد وطبان إبراهيم الحسن مراكز الشرطة في العاصمة.",
            &[("وطبان إبراهيم الحسن", "watban-ibrahim-al-hasan")],
        )],
    );
    check_names_on(
        "2002-09-01",
        &[(
            "وقال محمود ذياب الأحمد إن الأمن مستتب في المحافظات.",
            &[("محمود ذياب الأحمد", "mahmoud-diab-al-ahmad")],
        )],
    );
}
