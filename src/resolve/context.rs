//! Context around a candidate: cue words of ambiguous aliases, the vocalisation written in the
//! original text, titles and person cues before a name, and the words that may link a role
//! phrase to its holder's name.
//!
//! Pure functions over the normalized text and the gazetteer's normalized tables; invariant:
//! every offset they receive is a char boundary of the normalized text.

use crate::gazetteer::{Alias, AliasId, Gazetteer, Role};
use crate::text::normalize::is_attached_mark;
use crate::text::words::{ends_word, is_word_char};
use crate::text::Normalized;

/// Where a candidate is: the normalized text, the start of its word (before proclitics), and
/// its own start and end.
#[derive(Clone, Copy)]
pub(super) struct Place<'n, 'a> {
    pub normalized: &'n Normalized<'a>,
    pub word_start: usize,
    pub start: usize,
    pub end: usize,
}

/// Whether a positive cue of `alias` matches around the candidate.
pub(super) fn has_cue(
    g: &Gazetteer,
    alias: AliasId,
    text: &str,
    word_start: usize,
    end: usize,
) -> bool {
    cue_matches(g, alias, text, word_start, end, false)
}

/// Whether a negative cue (`!` in the data) says the alias does not name its entity here.
pub(super) fn vetoed(
    g: &Gazetteer,
    alias: AliasId,
    text: &str,
    word_start: usize,
    end: usize,
) -> bool {
    cue_matches(g, alias, text, word_start, end, true)
}

fn cue_matches(
    g: &Gazetteer,
    alias: AliasId,
    text: &str,
    word_start: usize,
    end: usize,
    negative: bool,
) -> bool {
    // quotation marks around the name do not separate it from its cue (تنظيم "الدولة")
    let before = text[..word_start].trim_end_matches(QUOTES);
    let after = text[end..].trim_start_matches(QUOTES);
    let after_at = text.len() - after.len();
    g.cues(alias)
        .iter()
        .filter(|c| c.negative == negative)
        .any(|cue| {
            let before_ok = cue.before.is_empty() || before.ends_with(cue.before.as_str());
            let after_ok = cue.after.is_empty()
                || (after.starts_with(cue.after.as_str())
                    && ends_word(text, after_at + cue.after.len()));
            before_ok && after_ok
        })
}

/// Quotation marks that may stand between a name and the words around it.
const QUOTES: [char; 5] = ['"', '«', '»', '“', '”'];

/// Whether an ambiguous alias written with its marks in the gazetteer (عمّان, the city, against
/// عُمان, the country) appears with exactly those marks in the original text: the diacritics
/// that normalization removes then decide between the readings.
pub(super) fn written_as_vocalised(at: Place<'_, '_>, alias: &Alias) -> bool {
    if !alias.flags.ambiguous
        || !alias
            .text
            .chars()
            .any(|c| is_attached_mark(c) && c != '\u{0640}')
    {
        return false;
    }
    let strip = |s: &str| -> String { s.chars().filter(|&c| c != '\u{0640}').collect() };
    strip(as_written(at)) == strip(&alias.text)
}

/// Whether an alias flagged `as_written` appears with more hamzas on its alefs (أ إ آ) than it
/// has itself (بأن against بان): the writer wrote another word.
pub(super) fn hamza_not_as_written(at: Place<'_, '_>, alias: &Alias) -> bool {
    if !alias.flags.as_written {
        return false;
    }
    let hamzas = |s: &str| s.chars().filter(|c| matches!(c, 'أ' | 'إ' | 'آ')).count();
    hamzas(as_written(at)) > hamzas(&alias.text)
}

/// The original text of the candidate at `at`, as the writer wrote it.
fn as_written<'a>(at: Place<'_, 'a>) -> &'a str {
    written(at.normalized, at.start..at.end)
}

/// The original text behind the normalized range `range`, as the writer wrote it.
pub(super) fn written<'a>(normalized: &Normalized<'a>, range: std::ops::Range<usize>) -> &'a str {
    let span = normalized.original_span(range);
    normalized
        .original()
        .get(span.start..span.end)
        .unwrap_or("")
}

/// The word one space after `end` (punctuation ends it), or `""`.
pub(super) fn word_after(text: &str, end: usize) -> &str {
    text[end..]
        .strip_prefix(' ')
        .and_then(|after| after.split(|c: char| !is_word_char(c)).next())
        .unwrap_or("")
}

/// Whether the one to three words before `word_start` are a title or rank.
pub(super) fn title_before(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    let before = text[..word_start].trim_end_matches([' ', '،', ',']);
    let mut start = before.len();
    for _ in 0..3 {
        let Some(space) = before[..start].rfind(' ') else {
            return g.is_title(before);
        };
        start = space;
        if g.is_title(&before[start + 1..]) {
            return true;
        }
    }
    false
}

/// The roles of the portfolio title (وزير الدفاع) that stands right before `word_start`, if
/// one does (a rank or another title between gives `None`).
pub(super) fn portfolio_before<'g>(
    g: &'g Gazetteer,
    text: &str,
    word_start: usize,
) -> Option<&'g [Role]> {
    let before = text[..word_start].trim_end_matches([' ', '،', ',']);
    let mut start = before.len();
    for _ in 0..3 {
        start = before[..start].rfind(' ').map_or(0, |space| space + 1);
        if let Some(roles) = g.portfolio_roles(&before[start..]) {
            return Some(roles);
        }
        if start == 0 {
            return None;
        }
        start -= 1;
    }
    None
}

/// Whether a military rank (`ranks.tsv`, `military`: العقيد، اللواء، الفريق أول) stands right
/// before `word_start`.
pub(super) fn military_rank_before(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    rank_of_before(&g.lexicon().military_ranks, text, word_start)
}

/// Whether an honorific anyone may bear (`ranks.tsv`, `generic`: السيد، الدكتور) stands right
/// before `word_start`.
pub(super) fn generic_rank_before(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    rank_of_before(&g.lexicon().generic_ranks, text, word_start)
}

/// Whether one of `ranks` stands right before `word_start` (a leading و ف ب ل allowed on it).
fn rank_of_before(ranks: &[String], text: &str, word_start: usize) -> bool {
    let before = text[..word_start].trim_end_matches([' ', '،', ',']);
    ranks.iter().any(|rank| {
        before.strip_suffix(rank.as_str()).is_some_and(|rest| {
            rest.is_empty() || rest.ends_with(' ') || rest.ends_with(['و', 'ف', 'ب', 'ل'])
        })
    })
}

/// The given-name rule (data: `given_names.tsv`, `name_connectors.tsv` and the titles): a
/// country form names a person, not the country, when (a) the whole word, proclitics included,
/// is a given name (كلاوس is not ك + لاوس), or (b) the form is a given name written without the
/// article (تركي) and a title or rank stands before it (الأمير تركي، الشيخ تركي) or a family
/// name follows it: a name connector (تركي بن، تركي آل الشيخ) or a definite nisba (تركي
/// المالكي), which cannot be an adjective of an indefinite demonym, or (c) the form is a definite
/// masculine demonym right after a given name (سيف السويدي): a family name.
pub(super) fn given_name_person(g: &Gazetteer, text: &str, at: Place<'_, '_>) -> bool {
    if given_name_split(g, text, at) {
        return true;
    }
    let form = &text[at.start..at.end];
    if form.starts_with("ال") {
        // (c) a definite masculine demonym right after a given name is a family name (سيف
        // السويدي، خليل المصري), not an adjective: a bare noun takes no definite adjective
        return at.start == at.word_start
            && is_definite_nisba(form)
            && may_follow_a_given_name(g, text, at.word_start)
            && given_name_before(g, at.normalized, at.word_start, |_| false);
    }
    if !g.is_given_name(form) {
        return false;
    }
    if title_before(g, text, at.word_start) {
        return true;
    }
    family_name_after(g, at.normalized, at.end)
}

/// A cheap first test for [`given_name_before`]: the word before `word_start` is a given name
/// (a و or ف allowed on it) or the second word of a compound one (عبد الله).
fn may_follow_a_given_name(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    let Some(before) = text[..word_start].strip_suffix(' ') else {
        return false;
    };
    let mut words = before.rsplit(' ');
    let word = words.next().unwrap_or("");
    g.is_given_name(word)
        || word
            .strip_prefix(['و', 'ف'])
            .is_some_and(|w| g.is_given_name(w))
        || words.next().is_some_and(|w| w.ends_with("عبد"))
}

/// Whether the alias at `at` follows proclitics with which the whole word is a given name: the
/// word is the name, not a proclitic and the alias (كلاوس is not ك + لاوس, برايان not ب + رايان).
pub(super) fn given_name_split(g: &Gazetteer, text: &str, at: Place<'_, '_>) -> bool {
    at.start > at.word_start && g.is_given_name(&text[at.word_start..at.end])
}

/// Whether a family name follows `end`: a name connector (بن) or a definite nisba (مبارك
/// العجي): the word before it is then a given name.
pub(super) fn family_name_after(g: &Gazetteer, normalized: &Normalized<'_>, end: usize) -> bool {
    let next = word_after(normalized.as_str(), end);
    if g.lexicon().name_connectors.contains(next) {
        return true;
    }
    // a nisba ends with ي as written, not with ى (المستشفى، الأولى), which matching folds into ي
    is_definite_nisba(next)
        && written(normalized, end + 1..end + 1 + next.len())
            .trim_end_matches(is_attached_mark)
            .ends_with('ي')
}

/// A definite nisba that can be a family name (المالكي), not a relative pronoun (الذي، التي).
fn is_definite_nisba(word: &str) -> bool {
    word.starts_with("ال")
        && word.ends_with('ي')
        && word.chars().count() > 4
        && !matches!(word, "الذي" | "التي")
}

/// Whether a reporting verb (`reporting_verbs.tsv`: قال، أكد، حذر …) is the word right before
/// `word_start` (a leading و or ف allowed) or the word right after `end` when the word's
/// `proclitics` (only و، ف or none) leave it the verb's subject.
pub(super) fn reporting_verb_beside(
    g: &Gazetteer,
    text: &str,
    word_start: usize,
    (end, proclitics): (usize, &str),
) -> bool {
    // after a preposition (ب، ل، ك) the word is not the subject of the verb after it: كبرى ذكرت
    // is not ك + بري
    let subject = proclitics.chars().all(|c| matches!(c, 'و' | 'ف'));
    let next = word_after(text, end);
    reporting_verb_before(g, text, word_start)
        || (subject && !next.is_empty() && g.is_reporting_verb(next))
}

/// Whether a reporting verb is the word right before `word_start` (a leading و or ف allowed):
/// the word at `word_start` is then the verb's subject (وقال السوداني).
pub(super) fn reporting_verb_before(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    let before = text[..word_start].trim_end_matches(' ');
    let word = before.rsplit(' ').next().unwrap_or(before);
    g.is_reporting_verb(word)
        || word
            .strip_prefix(['و', 'ف'])
            .is_some_and(|w| g.is_reporting_verb(w))
}

/// Whether the word before `word_start` is a person cue (قال، وتعهد), a leading و or ف and
/// then ب or ل allowed (ولتصريحات); with `unnamed`, one that marks a person not named before
/// (تصريحات، قال, not كان).
pub(super) fn person_cue_before(
    g: &Gazetteer,
    text: &str,
    word_start: usize,
    unnamed: bool,
) -> bool {
    let before = text[..word_start].trim_end_matches(' ');
    let word = before.rsplit(' ').next().unwrap_or(before);
    without_proclitics(word).any(|w| g.is_person_cue(w, unnamed))
}

/// Whether `gap` (between a role phrase and a name) holds only punctuation and ranks that may
/// link them, and, with `former`, the words that make the office a former one or name its
/// incoming holder.
pub(super) fn links_role_to_name(g: &Gazetteer, gap: &str, former: bool) -> bool {
    let lexicon = g.lexicon();
    let marker = |w: &str| {
        lexicon
            .former
            .iter()
            .chain(&lexicon.incoming)
            .any(|m| m == w)
    };
    gap.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
        .all(|w| lexicon.role_links.contains(w) || (former && marker(w)))
}

/// Whether a noun of death (`death_nouns.tsv`: اغتيال، وفاة; a proclitic و، ف، ب or ل on it) is
/// the word right before `word_start`, and no attempt word (محاولة) right before the noun.
pub(super) fn death_noun_before(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    let lexicon = g.lexicon();
    let mut words = text[..word_start]
        .split(' ')
        .rev()
        .filter(|w| !w.is_empty());
    let noun = words.next().unwrap_or("");
    let is_death = without_proclitics(noun).any(|w| lexicon.death_nouns.contains(w));
    let attempt = words
        .next()
        .is_some_and(|w| without_proclitics(w).any(|w| lexicon.death_attempts.contains(w)));
    is_death && !attempt
}

/// A word as written, without a leading و or ف, and without that and then ب or ل.
fn without_proclitics(w: &str) -> impl Iterator<Item = &str> {
    let once = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    [w, once, once.strip_prefix(['ب', 'ل']).unwrap_or(once)].into_iter()
}

/// Whether a word that makes the office a former one follows a role phrase ending at `end`.
pub(super) fn former_after(g: &Gazetteer, text: &str, end: usize) -> bool {
    marker_after(&g.lexicon().former, text, end)
}

/// Whether a word that names the office's incoming holder (الجديد، المنتخب) follows a role
/// phrase ending at `end`.
pub(super) fn incoming_after(g: &Gazetteer, text: &str, end: usize) -> bool {
    marker_after(&g.lexicon().incoming, text, end)
}

/// Whether one of `markers` follows `end` after one space, as a whole word.
fn marker_after(markers: &[String], text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    markers
        .iter()
        .any(|m| rest.starts_with(m.as_str()) && ends_word(text, end + 1 + m.len()))
}

/// Whether a given name (`given_names.tsv`, a proclitic و or ف allowed on it) stands right
/// before `word_start`: a family name after it is that other person's (تركي المالكي، عبد الله
/// المالكي), not the gazetteer person the surname alone would be. The name must be written as
/// one (على 'on' before a surname is not the name علي); `own` says whether a normalized word is
/// one of the gazetteer person's own names: when the given name is one, or one stands up to
/// three given names or connectors before it (باراك حسين أوباما، عادل بن أحمد الجبير: a
/// father's name between), the surname stays theirs.
pub(super) fn given_name_before<'a>(
    g: &Gazetteer,
    normalized: &'a Normalized<'_>,
    word_start: usize,
    own: impl Fn(&str) -> bool,
) -> bool {
    let text = normalized.as_str();
    let Some(before) = text[..word_start].strip_suffix(' ') else {
        return false;
    };
    let last = before.rfind(' ').map_or(0, |i| i + 1);
    let word = &before[last..];
    let as_written = written(normalized, last..before.len());
    let bare = |w: &'a str| w.strip_prefix(['و', 'ف']).filter(|r| g.is_given_name(r));
    // a verb of saying or a person cue is not a name (ودان أردوغان: "and condemned"), nor is a
    // word right after في, a noun there (في صالح أردوغان: "in favour of")
    let verb = |w: &str| g.is_reporting_verb(w) || g.is_person_cue(w, false);
    let after_fi = before[..last].trim_end().rsplit(' ').next() == Some("في");
    let given = !word.is_empty()
        && word.chars().all(is_word_char)
        && !verb(word)
        && !word.strip_prefix(['و', 'ف']).is_some_and(verb)
        && !after_fi
        && (g.is_given_name_as_written(word, as_written)
            || bare(word).is_some_and(|r| g.is_given_name_as_written(r, as_written)));
    // a compound name written in two words (عبد الله، عبد الرحمن): the two words as written
    let compound = before[..last.saturating_sub(1)]
        .rfind(' ')
        .map_or(0, |i| i + 1);
    let compound_given = last > 0
        && before[compound..last - 1].ends_with("عبد")
        && g.is_given_name(before[compound..].trim_start_matches(['و', 'ف']));
    if !(given || compound_given) || own(word) || own(bare(word).unwrap_or(word)) {
        return false;
    }
    // a father's or grandfather's name between the person's own and the surname (عادل بن أحمد
    // الجبير): up to three words back over given names and connectors
    let mut rest = &text[..(if compound_given { compound } else { last }).saturating_sub(1)];
    for _ in 0..3 {
        let w = rest.rsplit(' ').next().unwrap_or("");
        if w.is_empty() || own(w) || w.strip_prefix(['و', 'ف']).is_some_and(&own) {
            return w.is_empty();
        }
        if !(g.lexicon().name_connectors.contains(w) || g.is_given_name(w)) {
            return true;
        }
        rest = rest[..rest.len() - w.len()].trim_end_matches(' ');
    }
    true
}

/// Whether a son marker (`son_markers.tsv`: الابن، جونيور) stands right after `end`: the name
/// before it is the son's (ترامب الابن), not the person's whose alias ends there.
pub(super) fn before_son_marker(g: &Gazetteer, text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split([' ', '،', ',', '.']).next())
        .is_some_and(|w| g.lexicon().son_markers.contains(w))
}

/// Whether a facility noun (`facility_nouns.tsv`: مطار، جامعة، مركز) stands right before
/// `word_start`, or before one rank there (مطار الملك، مستشفى الشيخ), or a phrase of that file
/// (حاملة الطائرات), quotes allowed between: the name after it names the facility or ship, not
/// the person. The noun may carry و ف ب ل ك (بمطار) but not the article.
pub(super) fn after_facility_noun(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    let lexicon = g.lexicon();
    // (the noun itself may start with one of the proclitics' letters: فندق، برج)
    let facility = |w: &str| {
        with_proclitics(w.trim_start_matches(QUOTES), |n| {
            lexicon.facility_nouns.contains(n)
        })
    };
    let before = text[..word_start].trim_end_matches([' ', '"', '«', '»', '“', '”']);
    let mut words = before.rsplit(' ');
    let Some(last) = words.next() else {
        return false;
    };
    facility(last)
        || (lexicon.ranks.iter().any(|r| r == last) && words.next().is_some_and(facility))
        || lexicon
            .facility_phrases
            .iter()
            .any(|p| ends_with_phrase(before, p))
}

/// Whether a team noun (`team_nouns.tsv`) is the word right before `word_start`: in construct
/// before a country's name (منتخب مصر), or, for a country named by a `demonym`, definite
/// before it (المنتخب السعودي). The noun may carry و ف and ب ل ك (بمنتخب، وللمنتخب).
pub(super) fn after_team_noun(g: &Gazetteer, text: &str, word_start: usize, demonym: bool) -> bool {
    let lexicon = g.lexicon();
    let Some(word) = text[..word_start]
        .strip_suffix(' ')
        .and_then(|before| before.rsplit(' ').next())
    else {
        return false;
    };
    let bare = |w: &str| {
        if demonym {
            // لل is ل + the article (للمنتخب)
            ["ال", "لل"].iter().any(|a| {
                w.strip_prefix(a)
                    .is_some_and(|s| lexicon.team_stems.contains(s))
            })
        } else {
            lexicon.team_nouns.contains(w)
        }
    };
    with_proclitics(word, bare)
}

/// Whether `word` is a noun that `fits`, bare or after و or ف, then ب ل or ك (بمطار، وبمنتخب).
/// لل is ل + the article (للمستشفى), never stripped to a noun in construct; `fits` sees it whole.
fn with_proclitics(word: &str, fits: impl Fn(&str) -> bool) -> bool {
    let after_preposition = |w: &str| {
        fits(w) || (!w.starts_with("لل") && w.strip_prefix(['ب', 'ل', 'ك']).is_some_and(&fits))
    };
    after_preposition(word) || word.strip_prefix(['و', 'ف']).is_some_and(after_preposition)
}

/// Whether `before` ends with the words of `phrase`, its first word whole or after one or two
/// proclitic letters (وحاملة، ولحاملة).
fn ends_with_phrase(before: &str, phrase: &str) -> bool {
    let Some(head) = before.strip_suffix(phrase) else {
        return false;
    };
    let head = head.trim_end_matches(['و', 'ف', 'ب', 'ل', 'ك']);
    before.len() - head.len() <= phrase.len() + 2 * 'و'.len_utf8()
        && (head.is_empty() || head.ends_with(' '))
}

/// Whether a word of `subordinate_titles.tsv` (نائب، مساعد، وكيل), bare or after و or ف, stands
/// right before `word_start`: the role title there is part of a lower office's title.
pub(super) fn after_subordinate_word(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    let Some(last) = text[..word_start].trim_end_matches(' ').rsplit(' ').next() else {
        return false;
    };
    let words = &g.lexicon().subordinate_titles;
    words.contains(last)
        || last
            .strip_prefix(['و', 'ف'])
            .is_some_and(|w| words.contains(w))
}

/// Whether the word before `word_start` is a name connector (بن، ابن، بنت، أبو): a person's name
/// right after one is a forebear in someone else's name (خالد بن بندر بن سلطان is not بندر بن
/// سلطان).
pub(super) fn after_name_connector(g: &Gazetteer, text: &str, word_start: usize) -> bool {
    let Some(before) = text[..word_start].strip_suffix(' ') else {
        return false;
    };
    let word = before.rsplit(' ').next().unwrap_or(before);
    g.lexicon().name_connectors.contains(word)
}

/// Whether the mention at `at` is a given name (`given_names.tsv`) with a name connector right
/// after it: the start of someone else's full name (عبدالله بن خليفة is not the king called
/// عبدالله; the king's own full name, a longer alias, wins the overlap before this is asked).
pub(super) fn given_name_then_connector(g: &Gazetteer, text: &str, at: Place<'_, '_>) -> bool {
    if !g.is_given_name(&text[at.start..at.end]) {
        return false;
    }
    g.lexicon()
        .name_connectors
        .contains(word_after(text, at.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::tests::{alias_id, small};
    use crate::text::normalize;

    #[test]
    fn cues_titles_person_cues_and_links() {
        let g = small();
        let hamas = alias_id(&g, "حماس");
        // (normalized text, start of the word, end, whether a positive cue matches)
        for (text, word_start, end, cue) in
            [("حركه حماس", 9, 17, true), ("بحماس كبير", 0, 10, false)]
        {
            assert_eq!(
                has_cue(&g, hamas, text, word_start, end),
                cue,
                "in {text:?}"
            );
            assert!(!vetoed(&g, hamas, text, word_start, end));
        }
        let mali = alias_id(&g, "مالي");
        assert!(vetoed(&g, mali, "الدعم مالي", 11, 19));
        for (text, titled) in [
            ("الرييس ", true),
            ("وزير الدفاع، ", true),
            ("الفريق اول ", true),
            ("قال ", false),
        ] {
            assert_eq!(title_before(&g, text, text.len()), titled, "{text:?}");
        }
        assert!(person_cue_before(&g, "وقال ", 9, false));
        assert!(person_cue_before(&g, "ولتصريحات ", 19, true));
        assert!(!person_cue_before(&g, "وكان ", 9, true));
        assert!(!person_cue_before(&g, "الرييس ", 13, false));
        // a facility noun in construct, bare or with a proclitic, and before one rank
        for (text, facility) in [
            ("مطار ", true),
            ("وبمطار الملك ", true),
            ("زار مستشفي الشيخ ", true),
            ("المطار ", false),
            ("للمستشفي ", false),
            ("الملك ", false),
            ("وصلت حامله الطايرات ", true),
            ("ولحامله الطايرات \"", true),
            ("وحامله طايرات «", true),
            ("الطايرات ", false),
            ("محامله الطايرات ", false),
        ] {
            assert_eq!(
                after_facility_noun(&g, text, text.len()),
                facility,
                "{text:?}"
            );
        }
        // a deputy's or an assistant's title: the role title after it is not a role mention
        for (text, subordinate) in [
            ("قال نايب ", true),
            ("ومساعد ", true),
            ("وكيله ", true),
            ("النايب ", false),
            ("وقال ", false),
            ("", false),
        ] {
            assert_eq!(
                after_subordinate_word(&g, text, text.len()),
                subordinate,
                "{text:?}"
            );
        }
        assert!(links_role_to_name(&g, "، الجنرال ", false));
        assert!(!links_role_to_name(&g, " الوزير ", false));
        assert!(!links_role_to_name(&g, " السابق ", false));
        assert!(links_role_to_name(&g, " السابق ", true));
        assert!(former_after(&g, "الرييس السوري السابق", 25));
        assert!(!former_after(&g, "الرييس السوري السابقون", 25));
    }

    #[test]
    fn vocalisation_decides_between_readings() {
        let g = small();
        let amman = g.alias(alias_id(&g, "عَمّان"));
        for (written, want) in [("في عَمّان", true), ("في عمان", false), ("في عُمان", false)]
        {
            let n = normalize(written);
            let at = Place {
                normalized: &n,
                word_start: 5,
                start: 5,
                end: n.as_str().len(),
            };
            assert_eq!(written_as_vocalised(at, amman), want, "{written:?}");
        }
    }
}
