//! Generated alias variants: the forms a rule derives from one gazetteer alias.
//!
//! Rules (each unit-tested): a demonym stem (masculine singular nisba in ـي) is inflected for
//! gender, number, case and definiteness; an alias flagged `article` also gets the other article
//! form; a name with عبد and a space also gets the joined spelling (عبدالله);
//! and every form with the article gets its *merged* variant for the preposition ل (ل + العراق is
//! written للعراق). Invariant: every variant is already in normalized form and non-empty.
//!
//! Whether an alias carries the article is read from the alias **as written**, before
//! normalization folds hamza: the article is ال with a bare alef (or alef wasla ٱ), whose hamza
//! is never written; a word written أل/إل/آل (ألماني، ألبانيا، إلسن) begins with a radical alef
//! and has no article to strip. Normalization writes both as ال, so deciding afterwards would
//! cut ألماني down to ماني.

use super::records::{Alias, Form};
use crate::text::normalize;

/// One pattern derived from an alias.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variant {
    /// The normalized pattern text.
    pub text: String,
    /// Whether this is the ل-merged form: the pattern is the alias with its article's alef
    /// (or, for an article before ل, the whole article) dropped, and it must be preceded in
    /// the text by the preposition ل (optionally after و or ف).
    pub merged: bool,
}

/// The normalized article.
const ARTICLE: &str = "ال";

/// Suffixes of a nisba demonym stem: masculine and feminine singular, dual and sound plurals.
/// The feminine ending is ه because ة is folded to ه by normalization.
/// The accusative indefinite ا (أمريكياً) is one too: its tanween is a mark that normalization
/// removes.
const NISBA_SUFFIXES: &[&str] = &["", "ه", "ا", "ان", "ين", "ون", "ات", "تان", "تين"];

/// The normalized text of an alias: normalization plus trimmed surrounding spaces.
pub(crate) fn normalize_alias(text: &str) -> String {
    normalize(text).as_str().trim().to_owned()
}

/// All pattern variants of an alias, normalized, without duplicates.
pub(crate) fn variants(alias: &Alias) -> Vec<Variant> {
    let base = normalize_alias(&alias.text);
    if base.is_empty() {
        return Vec::new();
    }
    let definite = written_with_article(&alias.text);
    // (normalized form, whether it begins with the article)
    let mut forms: Vec<(String, bool)> = Vec::new();
    if alias.form == Form::Demonym && !alias.flags.literal && base.ends_with('ي') {
        forms.extend(inflect_nisba(&base, definite));
    } else {
        if alias.flags.article {
            forms.push((toggle_article(&base, definite), !definite));
        }
        forms.insert(0, (base, definite));
    }
    // عبد الله ↔ عبدالله: theophoric names are written with and without the space.
    let joined: Vec<(String, bool)> = forms
        .iter()
        .filter(|(f, _)| f.contains("عبد "))
        .map(|(f, d)| (f.replace("عبد ", "عبد"), *d))
        .collect();
    forms.extend(joined);
    let mut out: Vec<Variant> = Vec::with_capacity(forms.len() * 2);
    for (form, definite) in forms {
        let merged = if definite { merged_form(&form) } else { None };
        push_unique(&mut out, form, false);
        if let Some(m) = merged {
            push_unique(&mut out, m, true);
        }
    }
    out
}

/// Whether an alias as written (not normalized) begins with the article: ال with a bare alef
/// or alef wasla, marks and tatweel ignored, followed by more letters. أل, إل and آل are not
/// the article (ألمانيا).
pub(crate) fn written_with_article(text: &str) -> bool {
    let mut letters = text
        .trim_start()
        .chars()
        .filter(|&c| !crate::normalize::is_attached_mark(c));
    matches!(
        (letters.next(), letters.next(), letters.next()),
        (Some('\u{0627}' | '\u{0671}'), Some('\u{0644}'), Some(c)) if c != ' '
    )
}

fn push_unique(out: &mut Vec<Variant>, text: String, merged: bool) {
    if !text.is_empty() && !out.iter().any(|v| v.text == text && v.merged == merged) {
        out.push(Variant { text, merged });
    }
}

/// Inflects a normalized nisba stem: سوري → سوري، سوريه، سوريان، سوريين، سوريون، سوريات،
/// سوريتان، سوريتين, each also with the article (paired with whether the form has it).
/// `definite`: the stem was written with the article (السوري), which is then stripped first; a
/// stem written without it keeps all its letters (ألماني → الالماني، الماني).
pub(crate) fn inflect_nisba(stem: &str, definite: bool) -> Vec<(String, bool)> {
    let bare = if definite {
        stem.strip_prefix(ARTICLE).unwrap_or(stem)
    } else {
        stem
    };
    let mut forms = Vec::with_capacity(NISBA_SUFFIXES.len() * 2);
    for suffix in NISBA_SUFFIXES {
        let form = format!("{bare}{suffix}");
        forms.push((format!("{ARTICLE}{form}"), true));
        forms.push((form, false));
    }
    forms
}

/// العراق ↔ عراق: strips the article of a form that has it (`definite`), else adds it
/// (ألمان → الالمان).
pub(crate) fn toggle_article(form: &str, definite: bool) -> String {
    match form.strip_prefix(ARTICLE) {
        Some(rest) if definite && !rest.is_empty() => rest.to_owned(),
        _ => format!("{ARTICLE}{form}"),
    }
}

/// The ل-merged pattern of a form with the article: العراق → لعراق (the text has للعراق),
/// اللجان → لجان (the text has للجان, the article's lam merged with the noun's).
pub(crate) fn merged_form(form: &str) -> Option<String> {
    let rest = form.strip_prefix(ARTICLE)?;
    if rest.is_empty() || rest.starts_with(' ') {
        return None;
    }
    if rest.starts_with('ل') {
        Some(rest.to_owned())
    } else {
        Some(format!("ل{rest}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{AliasFlags, CountryId, RecordId};

    fn alias(text: &str, form: Form, flags: AliasFlags) -> Alias {
        Alias {
            record: RecordId::Country(CountryId::new(0)),
            text: text.to_owned(),
            form,
            flags,
            cues: Vec::new(),
            source: Vec::new(),
        }
    }

    fn texts(vs: &[Variant], merged: bool) -> Vec<&str> {
        vs.iter()
            .filter(|v| v.merged == merged)
            .map(|v| v.text.as_str())
            .collect()
    }

    #[test]
    fn demonym_stems_are_inflected_with_and_without_article() {
        let vs = variants(&alias("سوري", Form::Demonym, AliasFlags::default()));
        let plain = texts(&vs, false);
        for expected in [
            "سوري",
            "سوريه",
            "السوري",
            "السوريه",
            "سوريون",
            "سوريين",
            "سوريات",
            "السوريون",
            "السوريين",
            "السوريات",
            "سوريان",
            "سوريتان",
            "سوريتين",
        ] {
            assert!(plain.contains(&expected), "missing {expected}");
        }
        // للسوريين (ل + السوريين)
        assert!(texts(&vs, true).contains(&"لسوريين"));
    }

    #[test]
    fn literal_demonyms_are_not_inflected() {
        let flags = AliasFlags {
            literal: true,
            article: true,
            ..AliasFlags::default()
        };
        let vs = variants(&alias("أتراك", Form::Demonym, flags));
        assert_eq!(texts(&vs, false), vec!["اتراك", "الاتراك"]);
        assert_eq!(texts(&vs, true), vec!["لاتراك"]);
    }

    #[test]
    fn abd_names_get_the_joined_spelling() {
        let vs = variants(&alias("عبد الله الثاني", Form::Name, AliasFlags::default()));
        assert_eq!(texts(&vs, false), vec!["عبد الله الثاني", "عبدالله الثاني"]);
    }

    #[test]
    fn article_flag_adds_the_other_form() {
        let flags = AliasFlags {
            article: true,
            ..AliasFlags::default()
        };
        let vs = variants(&alias("السودان", Form::Name, flags));
        assert_eq!(texts(&vs, false), vec!["السودان", "سودان"]);
    }

    #[test]
    fn a_radical_alef_lam_is_not_the_article() {
        // ألماني: the hamza says أل is part of the word; nothing is stripped, the article is
        // added in front.
        let vs = variants(&alias("ألماني", Form::Demonym, AliasFlags::default()));
        let plain = texts(&vs, false);
        for expected in ["الماني", "الالماني", "الالمانيه", "الالمانيون", "المانيات"]
        {
            assert!(plain.contains(&expected), "missing {expected}");
        }
        for fragment in ["ماني", "مانيه", "مانيين"] {
            assert!(!plain.contains(&fragment), "fragment {fragment}");
        }
        // ل + الألماني is written للألماني; ل + ألماني (no article) has no merged form.
        assert!(texts(&vs, true).contains(&"لالماني"));
        assert!(!texts(&vs, true).contains(&"لماني"));
        let flags = AliasFlags {
            literal: true,
            article: true,
            ..AliasFlags::default()
        };
        let vs = variants(&alias("ألمان", Form::Demonym, flags));
        assert_eq!(texts(&vs, false), vec!["المان", "الالمان"]);
        assert_eq!(texts(&vs, true), vec!["لالمان"]);
        // A name written with a radical alef gets no merged form: لألبانيا is ل + ألبانيا.
        let vs = variants(&alias("ألبانيا", Form::Name, AliasFlags::default()));
        assert_eq!(texts(&vs, false), vec!["البانيا"]);
        assert!(texts(&vs, true).is_empty());
    }

    #[test]
    fn the_article_is_read_from_the_written_alias() {
        assert!(written_with_article("العراق"));
        assert!(written_with_article("الأردن"));
        assert!(written_with_article("ٱلعراق"));
        assert!(written_with_article("\u{0627}\u{0652}\u{0644}\u{0640}عراق"));
        assert!(!written_with_article("ألمانيا"));
        assert!(!written_with_article("إلسن"));
        assert!(!written_with_article("آل سعود"));
        assert!(!written_with_article("ال"));
        assert!(!written_with_article("ال عراق"));
        // A stem written with the article is stripped before inflecting.
        let vs = variants(&alias("السوري", Form::Demonym, AliasFlags::default()));
        assert!(texts(&vs, false).contains(&"سوريون"));
        assert!(!texts(&vs, false).contains(&"الالسوري"));
    }

    #[test]
    fn merged_forms_drop_the_alef_or_the_whole_article_before_lam() {
        assert_eq!(merged_form("العراق").as_deref(), Some("لعراق"));
        assert_eq!(
            merged_form("اللجان الشعبيه").as_deref(),
            Some("لجان الشعبيه")
        );
        assert_eq!(merged_form("سوريا"), None);
        assert_eq!(merged_form("ال"), None);
    }

    #[test]
    fn names_are_normalized_and_keep_no_surrounding_space() {
        let vs = variants(&alias(" إيران ", Form::Name, AliasFlags::default()));
        assert_eq!(texts(&vs, false), vec!["ايران"]);
        assert!(variants(&alias(
            "\u{064E}\u{0640}",
            Form::Name,
            AliasFlags::default()
        ))
        .is_empty());
    }
}
