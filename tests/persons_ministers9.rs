//! Ministers of other portfolios (role `minister`) added in the ministers9 data session: the
//! ministers the Sky News Arabia 2018 and Saudi 2015 corpora name most often with a title whose
//! portfolio has no role of its own (education, justice, media, culture and information, housing,
//! social affairs, labour, transport, health, environment, Brexit, security), new persons and
//! `minister` terms of persons already in the data (Khalid al-Falih, Dominic Raab, Ben Wallace,
//! Naftali Bennett, Israel Katz, Gilad Erdan). A sentence dated inside the term names the person
//! with exact byte spans; a bare surname after a verb of saying, dated outside every term of the
//! person, is not read. Every sentence is written for this test.

mod common;
use common::spans;

const DAKHIL: &str = "افتتح وزير التعليم السعودي عزام الدخيل مدرسة جديدة في الرياض.";
const DAKHIL_BARE: &str = "وقال الدخيل إن الاجتماع انتهى دون اتفاق.";
const SESSIONS: &str = "أعلن وزير العدل الأميركي جيف سيشنز خطة جديدة، وقال سيشنز إنها تبدأ قريبا.";
const SESSIONS_BARE: &str = "وقال سيشنز إن الاجتماع انتهى دون اتفاق.";
const GHUNAIMAT: &str =
    "قالت الوزيرة الأردنية جمانة غنيمات إن الحكومة تدرس الطلب، وأضافت غنيمات أن القرار قريب.";
const GHUNAIMAT_BARE: &str = "وقال غنيمات إن الاجتماع انتهى دون اتفاق.";
const ALAWWAD: &str = "التقى وزير الإعلام السعودي عواد بن صالح العواد وفدا صحفيا.";
const ALAWWAD_BARE: &str = "وقال العواد إن الاجتماع انتهى دون اتفاق.";
const TORAIFI: &str =
    "رعى وزير الثقافة والإعلام عادل بن زيد الطريفي حفلا في جدة، وأكد الطريفي أهمية الثقافة.";
const TORAIFI_BARE: &str = "وقال الطريفي إن الاجتماع انتهى دون اتفاق.";
const HOGAIL: &str = "زار وزير الإسكان ماجد الحقيل مشروعا سكنيا، وأكد الحقيل أن العمل مستمر.";
const HOGAIL_BARE: &str = "وقال الحقيل إن الاجتماع انتهى دون اتفاق.";
const QASABI: &str =
    "افتتح وزير الشؤون الاجتماعية ماجد القصبي مركزا جديدا، وقال القصبي إن المركز يخدم الأسر.";
const QASABI_BARE: &str = "وقال القصبي إن الاجتماع انتهى دون اتفاق.";
const RABIEI: &str = "قال وزير العمل الإيراني علي ربيعي إن البطالة تراجعت.";
const RABIEI_BARE: &str = "وقال ربيعي إن الاجتماع انتهى دون اتفاق.";
const ARAFAT: &str = "تفقد وزير النقل المصري هشام عرفات محطة القطارات.";
const ARAFAT_BARE: &str = "وقال عرفات إن الاجتماع انتهى دون اتفاق.";
const HANCOCK: &str =
    "قال وزير الصحة البريطاني مات هانكوك إن الخطة جاهزة، وأضاف هانكوك أن التمويل متوفر.";
const HANCOCK_BARE: &str = "وقال هانكوك إن الاجتماع انتهى دون اتفاق.";
const TONINELLI: &str =
    "أعلن وزير النقل الإيطالي دانيلو تونينلي خطة للموانئ، وقال تونينلي إنها مؤقتة.";
const TONINELLI_BARE: &str = "وقال تونينلي إن الاجتماع انتهى دون اتفاق.";
const GUL: &str = "قال وزير العدل التركي عبد الحميد غل إن القضية أمام المحكمة.";
const GUL_BARE: &str = "وقال غل إن الاجتماع انتهى دون اتفاق.";
const FALIH: &str = "افتتح وزير الصحة السعودي خالد الفالح مستشفى جديدا.";
const FALIH_BARE: &str = "وقال الفالح إن الاجتماع انتهى دون اتفاق.";
const DAVIS: &str =
    "قال الوزير البريطاني ديفيد ديفيس إن المفاوضات صعبة، وأضاف ديفيس أن الاتفاق ممكن.";
const DAVIS_BARE: &str = "وقال ديفيس إن الاجتماع انتهى دون اتفاق.";
const GOVE: &str = "قال وزير البيئة البريطاني مايكل غوف إن الخطة جاهزة، وأضاف غوف أنها تبدأ قريبا.";
const GOVE_BARE: &str = "وقال غوف إن الاجتماع انتهى دون اتفاق.";
const RAAB: &str = "قال الوزير البريطاني دومينيك راب إن المفاوضات مستمرة.";
const RAAB_BARE: &str = "وقال راب إن الاجتماع انتهى دون اتفاق.";
const WALLACE: &str = "قال وزير الأمن البريطاني بين والاس إن التهديد ما زال قائما.";
const WALLACE_BARE: &str = "وقال والاس إن الاجتماع انتهى دون اتفاق.";
const BENNETT: &str = "قال وزير التعليم الإسرائيلي نفتالي بينيت إن العام الدراسي يبدأ غدا.";
const BENNETT_BARE: &str = "وقال بينيت إن الاجتماع انتهى دون اتفاق.";
const KATZ: &str = "قال وزير المواصلات الإسرائيلي إسرائيل كاتس إن القطار يعمل.";
const KATZ_BARE: &str = "وقال كاتس إن الاجتماع انتهى دون اتفاق.";
const ERDAN: &str = "قال وزير الأمن الداخلي الإسرائيلي غلعاد أردان إن الشرطة مستعدة.";
const ERDAN_BARE: &str = "وقال أردان إن الاجتماع انتهى دون اتفاق.";
const OTHER_BENNETT: &str = "قال المستشار السابق بيري بينيت إن الحملة مستمرة.";

#[test]
fn the_new_names_resolve_inside_the_terms() {
    assert_eq!(
        spans(DAKHIL, "2015-09-01"),
        vec![("عزام الدخيل", 50, 71, "azzam-al-dakhil".to_string()),]
    );
    assert_eq!(
        spans(SESSIONS, "2018-03-01"),
        vec![
            ("جيف سيشنز", 46, 63, "jeff-sessions".to_string()),
            ("سيشنز", 93, 103, "jeff-sessions".to_string()),
        ]
    );
    assert_eq!(
        spans(GHUNAIMAT, "2019-01-10"),
        vec![
            ("جمانة غنيمات", 41, 64, "jumana-ghunaimat".to_string()),
            ("غنيمات", 120, 132, "jumana-ghunaimat".to_string()),
        ]
    );
    assert_eq!(
        spans(ALAWWAD, "2018-03-01"),
        vec![("عواد بن صالح العواد", 50, 85, "awwad-alawwad".to_string()),]
    );
    assert_eq!(
        spans(TORAIFI, "2016-02-01"),
        vec![
            ("عادل بن زيد الطريفي", 48, 83, "adel-al-toraifi".to_string()),
            ("الطريفي", 116, 130, "adel-al-toraifi".to_string()),
        ]
    );
    assert_eq!(
        spans(HOGAIL, "2016-04-01"),
        vec![
            ("ماجد الحقيل", 31, 52, "majid-al-hogail".to_string()),
            ("الحقيل", 88, 100, "majid-al-hogail".to_string()),
        ]
    );
    assert_eq!(
        spans(QASABI, "2015-10-01"),
        vec![
            ("ماجد القصبي", 54, 75, "majid-al-qasabi".to_string()),
            ("القصبي", 109, 121, "majid-al-qasabi".to_string()),
        ]
    );
    assert_eq!(
        spans(RABIEI, "2016-05-01"),
        vec![("علي ربيعي", 44, 61, "ali-rabiei".to_string()),]
    );
    assert_eq!(
        spans(ARAFAT, "2018-01-15"),
        vec![("هشام عرفات", 42, 61, "hisham-arafat".to_string()),]
    );
    assert_eq!(
        spans(HANCOCK, "2019-04-01"),
        vec![
            ("مات هانكوك", 46, 65, "matt-hancock".to_string()),
            ("هانكوك", 106, 118, "matt-hancock".to_string()),
        ]
    );
    assert_eq!(
        spans(TONINELLI, "2018-09-01"),
        vec![
            ("دانيلو تونينلي", 46, 73, "danilo-toninelli".to_string()),
            ("تونينلي", 107, 121, "danilo-toninelli".to_string()),
        ]
    );
    assert_eq!(
        spans(GUL, "2019-02-01"),
        vec![("عبد الحميد غل", 40, 64, "abdulhamit-gul".to_string()),]
    );
    assert_eq!(
        spans(FALIH, "2015-11-01"),
        vec![("خالد الفالح", 46, 67, "khalid-al-falih".to_string()),]
    );
    assert_eq!(
        spans(DAVIS, "2017-09-01"),
        vec![
            ("ديفيد ديفيس", 39, 60, "david-davis".to_string()),
            ("ديفيس", 107, 117, "david-davis".to_string()),
        ]
    );
    assert_eq!(
        spans(GOVE, "2018-03-01"),
        vec![
            ("مايكل غوف", 48, 65, "michael-gove".to_string()),
            ("غوف", 106, 112, "michael-gove".to_string()),
        ]
    );
    assert_eq!(
        spans(RAAB, "2018-09-01"),
        vec![("دومينيك راب", 39, 60, "dominic-raab".to_string()),]
    );
    assert_eq!(
        spans(WALLACE, "2017-05-01"),
        vec![("بين والاس", 46, 63, "ben-wallace".to_string()),]
    );
    assert_eq!(
        spans(BENNETT, "2017-01-10"),
        vec![("نفتالي بينيت", 52, 75, "naftali-bennett".to_string()),]
    );
    assert_eq!(
        spans(KATZ, "2012-01-01"),
        vec![("إسرائيل كاتس", 56, 79, "israel-katz".to_string()),]
    );
    assert_eq!(
        spans(ERDAN, "2017-01-01"),
        vec![("غلعاد أردان", 63, 84, "gilad-erdan".to_string()),]
    );
}

#[test]
fn a_bare_surname_is_not_read_outside_the_terms() {
    assert_eq!(spans(DAKHIL_BARE, "2017-03-01"), vec![]);
    assert_eq!(spans(SESSIONS_BARE, "2019-03-01"), vec![]);
    assert_eq!(spans(GHUNAIMAT_BARE, "2020-06-01"), vec![]);
    assert_eq!(spans(ALAWWAD_BARE, "2019-06-01"), vec![]);
    assert_eq!(spans(TORAIFI_BARE, "2018-02-01"), vec![]);
    assert_eq!(spans(HOGAIL_BARE, "2014-04-01"), vec![]);
    assert_eq!(spans(QASABI_BARE, "2014-10-01"), vec![]);
    assert_eq!(spans(RABIEI_BARE, "2019-05-01"), vec![]);
    assert_eq!(spans(ARAFAT_BARE, "2020-01-15"), vec![]);
    assert_eq!(spans(HANCOCK_BARE, "2022-04-01"), vec![]);
    assert_eq!(spans(TONINELLI_BARE, "2020-09-01"), vec![]);
    assert_eq!(spans(GUL_BARE, "2023-02-01"), vec![]);
    assert_eq!(spans(FALIH_BARE, "2014-11-01"), vec![]);
    assert_eq!(spans(DAVIS_BARE, "2019-09-01"), vec![]);
    assert_eq!(spans(GOVE_BARE, "2016-12-01"), vec![]);
    assert_eq!(spans(RAAB_BARE, "2018-12-01"), vec![]);
    assert_eq!(spans(WALLACE_BARE, "2015-01-01"), vec![]);
    assert_eq!(spans(BENNETT_BARE, "2019-09-01"), vec![]);
    assert_eq!(spans(KATZ_BARE, "2008-01-01"), vec![]);
    assert_eq!(spans(ERDAN_BARE, "2008-01-01"), vec![]);
}

#[test]
fn a_distinctive_surname_is_read_inside_the_term() {
    assert_eq!(
        spans(SESSIONS_BARE, "2018-03-01"),
        vec![("سيشنز", 9, 19, "jeff-sessions".to_string())]
    );
    assert_eq!(
        spans(GHUNAIMAT_BARE, "2019-01-10"),
        vec![("غنيمات", 9, 21, "jumana-ghunaimat".to_string())]
    );
    assert_eq!(
        spans(HANCOCK_BARE, "2019-04-01"),
        vec![("هانكوك", 9, 21, "matt-hancock".to_string())]
    );
    assert_eq!(
        spans(TONINELLI_BARE, "2018-09-01"),
        vec![("تونينلي", 9, 23, "danilo-toninelli".to_string())]
    );
    assert_eq!(
        spans(GOVE_BARE, "2018-03-01"),
        vec![("غوف", 9, 15, "michael-gove".to_string())]
    );
    assert_eq!(
        spans(BENNETT_BARE, "2017-01-10"),
        vec![("بينيت", 9, 19, "naftali-bennett".to_string())]
    );
    assert_eq!(
        spans(KATZ_BARE, "2012-01-01"),
        vec![("كاتس", 9, 17, "israel-katz".to_string())]
    );
}

#[test]
fn another_bennett_is_not_the_education_minister() {
    assert_eq!(spans(OTHER_BENNETT, "2018-09-11"), vec![]);
}
