//! Persons, terms and a surname added in the recall9j session (audit of the Sky News Arabia
//! international file, lines 2901–2930 and 20 seeded lines): Turkey's energy ministers Fatih
//! Dönmez (2018-07-10 – 2023-06-04) and Berat Albayrak (2015-11-24 – 2018-07-10), Iran's
//! intelligence minister Mahmoud Alavi (`minister`, 2013-08-15 – 2021-08-25), and Riyad
//! al-Maliki's surname (`ambiguous|common`: only after his full name or with a title). Every
//! sentence is written for this test.

mod common;
use common::check_spans as check;

const TR_EM: &str = "زار وزير الطاقة التركي حقلا للغاز قرب البحر.";

#[test]
fn fatih_donmez_energy_minister_of_turkey() {
    check(
        "قال وزير الطاقة التركي فاتح دونميز إن بلاده تبحث عقدا جديدا للغاز، وأكد دونميز أن الإمدادات مستقرة.",
        "2019-03-01",
        &[
            ("وزير الطاقة التركي", 7, 41, "fatih-donmez"),
            ("فاتح دونميز", 42, 63, "fatih-donmez"),
            ("دونميز", 131, 143, "fatih-donmez"),
        ],
    );
    check(
        "التقى فاتح دونماز مستثمرين أجانب في أنقرة.",
        "2022-01-10",
        &[("فاتح دونماز", 11, 32, "fatih-donmez")],
    );
    check(
        TR_EM,
        "2018-07-10",
        &[("وزير الطاقة التركي", 7, 41, "fatih-donmez")],
    );
}

#[test]
fn berat_albayrak_energy_minister_before_donmez() {
    check(
        TR_EM,
        "2017-05-01",
        &[("وزير الطاقة التركي", 7, 41, "berat-albayrak")],
    );
    check(
        TR_EM,
        "2018-07-09",
        &[("وزير الطاقة التركي", 7, 41, "berat-albayrak")],
    );
}

#[test]
fn mahmoud_alavi_intelligence_minister_of_iran() {
    check(
        "أعلن وزير الاستخبارات الإيراني محمود علوي تفكيك شبكة تجسس.",
        "2019-06-01",
        &[("محمود علوي", 58, 77, "mahmoud-alavi")],
    );
}

#[test]
fn riyad_al_malikis_surname_after_his_full_name_only() {
    check(
        "التقى وزير الخارجية الفلسطيني رياض المالكي وفدا من أميركا الجنوبية، وقال المالكي إن الزيارة ناجحة.",
        "2018-08-08",
        &[
            ("وزير الخارجية الفلسطيني", 11, 55, "riyad-al-maliki"),
            ("رياض المالكي", 56, 79, "riyad-al-maliki"),
            ("المالكي", 135, 149, "riyad-al-maliki"),
        ],
    );
    // Palestine named, Riyad al-Maliki not: the bare surname is not his.
    check(
        "المالكي يزور مخيما للاجئين الفلسطينيين في لبنان.",
        "2018-08-08",
        &[],
    );
}
