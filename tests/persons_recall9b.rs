//! Data added in the recall9b audit (Sky News Arabia international news, March 2018, and 20
//! random lines): spellings of Ashraf Ghani, Aung San Suu Kyi, Gavin Williamson and Lars Løkke
//! Rasmussen; the veto that keeps Sadegh Larijani's surname from naming his brother Ali; three
//! party leaders with their parties (Jeremy Corbyn of the British Labour Party, Heinz-Christian
//! Strache of the Freedom Party of Austria, Vladimir Zhirinovsky of the Liberal Democratic Party
//! of Russia). Every sentence is written for this test.

mod common;
use common::{check_roles, spans};

const GHANI: &str = "استقبل الرئيس أشرف عبد الغني وفدا من شيوخ القبائل في القصر.";
const SUU_KYI: &str = "التقت أونغ سان سو كي وفدا أمميا، ثم قالت سو كي إن الحوار مستمر.";
const SUU_KYI_2: &str = "دافعت أونغ سان سو تشي عن حكومتها، وقالت سو تشي إن التحقيق جار.";
const SUU_KYI_3: &str = "أشاد المبعوث بموقف أونج سان سو كي من الأزمة.";
const WILLIAMSON: &str = "زار غافين وليامسون قاعدة بحرية، وقال وليامسون إن الأسطول جاهز.";
const RASMUSSEN: &str = "التقى لارس لوكي راسموسين نظراءه الأوروبيين في بروكسل.";
const LARIJANI: &str = "انتقد صادق لاريجاني أداء المحاكم، فيما قال علي لاريجاني إن البرلمان سيناقش القانون، وأضاف لاريجاني أن الجلسة علنية.";
const CORBYN: &str = "رد جيريمي كوربين على منتقديه، وقال كوربين إن حزبه موحد.";
const CORBYN_2: &str = "ألقى جيرمي كوربن خطابا أمام النقابات، ثم غادر كوربن القاعة.";
const STRACHE: &str = "وصل هاينز كريستيان شتراخه إلى البرلمان، وقال شتراخه إن الائتلاف متماسك.";
const STRACHE_ALONE: &str = "صرح شتراخه بأن الحكومة ستواصل عملها.";
const ZHIRINOVSKY: &str =
    "حل فلاديمير جيرينوفسكي ثالثا في السباق، وقال جيرينوفسكي إنه سيواصل المعارضة.";
const ZHIRINOVSKY_ALONE: &str = "انتقد جيرينوفسكي سياسة الغرب.";
const LABOUR: &str = "انتقد زعيم حزب العمال البريطاني خطة الحكومة.";
const FPO: &str = "هاجم زعيم حزب الحرية النمساوي سياسة الهجرة.";
const LDPR: &str = "دعا زعيم الحزب الليبرالي الديمقراطي الروسي إلى التصويت.";

fn s(text: &str, start: usize, end: usize, id: &str) -> (String, usize, usize, String) {
    (text.to_string(), start, end, id.to_string())
}

fn got(text: &str, d: &str) -> Vec<(String, usize, usize, String)> {
    spans(text, d)
        .into_iter()
        .map(|(t, a, b, i)| (t.to_string(), a, b, i))
        .collect()
}

#[test]
fn new_spellings_of_persons_already_in_the_gazetteer() {
    assert_eq!(
        got(GHANI, "2018-03-17"),
        vec![s("أشرف عبد الغني", 26, 52, "ashraf-ghani")]
    );
    assert_eq!(
        got(SUU_KYI, "2018-03-17"),
        vec![
            s("أونغ سان سو كي", 11, 36, "aung-san-suu-kyi"),
            s("سو كي", 73, 82, "aung-san-suu-kyi"),
        ]
    );
    assert_eq!(
        got(SUU_KYI_2, "2018-03-21"),
        vec![
            s("أونغ سان سو تشي", 11, 38, "aung-san-suu-kyi"),
            s("سو تشي", 72, 83, "aung-san-suu-kyi"),
        ]
    );
    assert_eq!(
        got(SUU_KYI_3, "2018-01-10"),
        vec![s("أونج سان سو كي", 35, 60, "aung-san-suu-kyi")]
    );
    assert_eq!(
        got(WILLIAMSON, "2018-03-17"),
        vec![
            s("غافين وليامسون", 7, 34, "gavin-williamson"),
            s("وليامسون", 68, 84, "gavin-williamson"),
        ]
    );
    assert_eq!(
        got(RASMUSSEN, "2018-06-13"),
        vec![s("لارس لوكي راسموسين", 11, 45, "lars-lokke-rasmussen")]
    );
}

#[test]
fn sadegh_larijani_is_not_his_brother_the_speaker() {
    assert_eq!(
        got(LARIJANI, "2018-08-11"),
        vec![
            s("علي لاريجاني", 79, 102, "ali-larijani"),
            s("لاريجاني", 166, 182, "ali-larijani"),
        ]
    );
}

#[test]
fn party_leaders_by_name_and_surname() {
    assert_eq!(
        got(CORBYN, "2018-03-17"),
        vec![
            s("جيريمي كوربين", 5, 30, "jeremy-corbyn"),
            s("كوربين", 64, 76, "jeremy-corbyn"),
        ]
    );
    assert_eq!(
        got(CORBYN_2, "2018-04-29"),
        vec![
            s("جيرمي كوربن", 9, 30, "jeremy-corbyn"),
            s("كوربن", 84, 94, "jeremy-corbyn"),
        ]
    );
    assert_eq!(
        got(STRACHE, "2018-03-18"),
        vec![
            s("هاينز كريستيان شتراخه", 7, 47, "heinz-christian-strache"),
            s("شتراخه", 83, 95, "heinz-christian-strache"),
        ]
    );
    assert_eq!(
        got(STRACHE_ALONE, "2018-03-18"),
        vec![s("شتراخه", 7, 19, "heinz-christian-strache")]
    );
    assert_eq!(
        got(ZHIRINOVSKY, "2018-03-18"),
        vec![
            s("فلاديمير جيرينوفسكي", 5, 42, "vladimir-zhirinovsky"),
            s("جيرينوفسكي", 83, 103, "vladimir-zhirinovsky"),
        ]
    );
    assert_eq!(
        got(ZHIRINOVSKY_ALONE, "2016-05-10"),
        vec![s("جيرينوفسكي", 11, 31, "vladimir-zhirinovsky")]
    );
}

#[test]
fn party_leader_role_phrases_name_the_holder_inside_the_term() {
    let labour = "زعيم حزب العمال البريطاني";
    let fpo = "زعيم حزب الحرية النمساوي";
    let ldpr = "زعيم الحزب الليبرالي الديمقراطي الروسي";
    check_roles(&[
        (LABOUR, labour, "2015-09-11", ""),
        (LABOUR, labour, "2015-09-12", "jeremy-corbyn"),
        (LABOUR, labour, "2018-03-17", "jeremy-corbyn"),
        (LABOUR, labour, "2020-04-03", "jeremy-corbyn"),
        (FPO, fpo, "2005-04-22", ""),
        (FPO, fpo, "2005-04-23", "heinz-christian-strache"),
        (FPO, fpo, "2018-03-18", "heinz-christian-strache"),
        (FPO, fpo, "2019-05-17", "heinz-christian-strache"),
        (LDPR, ldpr, "1990-03-30", ""),
        (LDPR, ldpr, "1990-03-31", "vladimir-zhirinovsky"),
        (LDPR, ldpr, "2018-03-18", "vladimir-zhirinovsky"),
        (LDPR, ldpr, "2022-04-05", "vladimir-zhirinovsky"),
    ]);
    assert_eq!(
        got(LABOUR, "2018-03-17"),
        vec![s(labour, 11, 58, "jeremy-corbyn")]
    );
}
