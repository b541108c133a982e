//! Heads of government back-filled in the b10q data session: the Democratic Republic of the
//! Congo's prime ministers from the office's re-creation in 2006 to 2019 (Antoine Gizenga, Adolphe
//! Muzito, Louis Alphonse Koyagialo, Augustin Matata Ponyo, Samy Badibanga, Bruno Tshibala),
//! Uganda's prime minister 1999-2011 (Apolo Nsibambi) and South Korea's prime ministers 2013-2015
//! (Chung Hong-won, Lee Wan-koo, Hwang Kyo-ahn from 2015) and 2017-2022 (Lee Nak-yon, Chung
//! Sye-kyun, Kim Boo-kyum). A role phrase dated inside a new term names that term's holder, the
//! predecessor answers on the day before a change and the successor on the day of it, and the new
//! full names name their person. Every sentence is written for this test.

mod common;
use common::{check_names, check_role_phrases};

const CD_HOG: &str = "استقبل رئيس وزراء الكونغو الديمقراطية وفد البنك الدولي في كينشاسا.";
const UG_HOG: &str = "افتتح رئيس الوزراء الأوغندي مستشفى جديدا في كمبالا.";
const KR_HOG: &str = "ترأس رئيس الوزراء الكوري الجنوبي اجتماعا طارئا للحكومة.";

const CD: &str = "رئيس وزراء الكونغو الديمقراطية";
const UG: &str = "رئيس الوزراء الأوغندي";
const KR: &str = "رئيس الوزراء الكوري الجنوبي";

#[test]
fn role_phrases_name_the_holders_of_the_new_terms() {
    check_role_phrases(&[
        (CD_HOG, "2007-06-01", &[(CD, "antoine-gizenga")]),
        (CD_HOG, "2008-10-09", &[(CD, "antoine-gizenga")]),
        (CD_HOG, "2008-10-10", &[(CD, "adolphe-muzito")]),
        (CD_HOG, "2010-05-01", &[(CD, "adolphe-muzito")]),
        (CD_HOG, "2012-03-05", &[(CD, "adolphe-muzito")]),
        (CD_HOG, "2012-03-06", &[(CD, "louis-alphonse-koyagialo")]),
        (CD_HOG, "2012-04-17", &[(CD, "louis-alphonse-koyagialo")]),
        (CD_HOG, "2012-04-18", &[(CD, "augustin-matata-ponyo")]),
        (CD_HOG, "2014-12-01", &[(CD, "augustin-matata-ponyo")]),
        (CD_HOG, "2016-11-16", &[(CD, "augustin-matata-ponyo")]),
        (CD_HOG, "2016-11-17", &[(CD, "samy-badibanga")]),
        (CD_HOG, "2017-05-17", &[(CD, "samy-badibanga")]),
        (CD_HOG, "2017-05-18", &[(CD, "bruno-tshibala")]),
        (CD_HOG, "2019-09-06", &[(CD, "bruno-tshibala")]),
        (UG_HOG, "1999-04-05", &[(UG, "apolo-nsibambi")]),
        (UG_HOG, "2005-07-01", &[(UG, "apolo-nsibambi")]),
        (UG_HOG, "2011-05-23", &[(UG, "apolo-nsibambi")]),
        (UG_HOG, "2011-05-24", &[(UG, "amama-mbabazi")]),
        (KR_HOG, "2013-02-26", &[(KR, "chung-hong-won")]),
        (KR_HOG, "2014-04-27", &[(KR, "chung-hong-won")]),
        (KR_HOG, "2015-02-16", &[(KR, "chung-hong-won")]),
        (KR_HOG, "2015-02-17", &[(KR, "lee-wan-koo")]),
        (KR_HOG, "2015-04-26", &[(KR, "lee-wan-koo")]),
        (KR_HOG, "2015-06-18", &[(KR, "hwang-kyo-ahn")]),
        (KR_HOG, "2016-03-01", &[(KR, "hwang-kyo-ahn")]),
        (KR_HOG, "2017-05-31", &[(KR, "lee-nak-yon")]),
        (KR_HOG, "2018-12-16", &[(KR, "lee-nak-yon")]),
        (KR_HOG, "2020-01-13", &[(KR, "lee-nak-yon")]),
        (KR_HOG, "2020-01-14", &[(KR, "chung-sye-kyun")]),
        (KR_HOG, "2021-04-15", &[(KR, "chung-sye-kyun")]),
        (KR_HOG, "2021-05-14", &[(KR, "kim-boo-kyum")]),
        (KR_HOG, "2022-05-10", &[(KR, "kim-boo-kyum")]),
    ]);
}

#[test]
fn new_full_names_name_their_person() {
    check_names(&[
        (
            "وقال أنطوان جيزنجا إن حكومته ستعطي الأولوية للأمن في الشرق.",
            "2007-03-01",
            &[("أنطوان جيزنجا", "antoine-gizenga")],
        ),
        (
            "وعرض أدولف موزيتو مشروع الموازنة على البرلمان.",
            "2010-11-01",
            &[("أدولف موزيتو", "adolphe-muzito")],
        ),
        (
            "وتولى لويس كوياجيالو تصريف الأعمال بعد استقالة الحكومة.",
            "2012-03-10",
            &[("لويس كوياجيالو", "louis-alphonse-koyagialo")],
        ),
        (
            "والتقى اوغوستان ماتاتا بونيو مابون ممثلي المانحين.",
            "2013-05-01",
            &[("اوغوستان ماتاتا بونيو مابون", "augustin-matata-ponyo")],
        ),
        (
            "وأكد سامي باديبانجا أن الانتخابات ستجري في موعدها.",
            "2017-01-15",
            &[("سامي باديبانجا", "samy-badibanga")],
        ),
        (
            "وشكل برونو تشيبالا حكومة جديدة من ستين عضوا.",
            "2017-06-01",
            &[("برونو تشيبالا", "bruno-tshibala")],
        ),
        (
            "وحث أبوللو نسيبامبي المزارعين على زراعة البن.",
            "2004-02-01",
            &[("أبوللو نسيبامبي", "apolo-nsibambi")],
        ),
        (
            "وزار تشونج هونج وون مقر فرق الإنقاذ في الميناء.",
            "2014-04-20",
            &[("تشونج هونج وون", "chung-hong-won")],
        ),
        (
            "ونفى لي وان كو تلقي أي أموال من رجل الأعمال.",
            "2015-04-15",
            &[("لي وان كو", "lee-wan-koo")],
        ),
        (
            "ووصل لي ناك-يون إلى الجزائر في زيارة رسمية.",
            "2018-12-16",
            &[("لي ناك-يون", "lee-nak-yon")],
        ),
        (
            "وبحث تشونج سي كيون مع الوزراء خطة مواجهة الوباء.",
            "2020-03-01",
            &[("تشونج سي كيون", "chung-sye-kyun")],
        ),
        (
            "ودعا كيم بو كيوم المواطنين إلى تلقي اللقاح.",
            "2021-08-01",
            &[("كيم بو كيوم", "kim-boo-kyum")],
        ),
    ]);
}
