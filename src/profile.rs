//! The document profile: which countries, officials and armed groups a text is *about*.
//!
//! The salience signals are documented on [`Profile`].
//!
//! Invariants: entries are sorted by salience (highest first; ties by first position, then
//! kind and id); every salience is in `0..=1`; computing a profile never panics, whatever the
//! text and entities (an entity whose span does not fit the text counts as a mention without
//! its text).

use std::collections::HashMap;

use serde::Serialize;

use crate::entity::Entity;
use crate::gazetteer::{normalize_alias, EntityKind, Form, Gazetteer, Record};
use crate::text::normalize::is_attached_mark;

/// Added to a mention in the headline or first sentence.
const LEAD_WEIGHT: f64 = 1.0;
/// Added to a mention that is the subject of a reporting verb.
const ACTOR_WEIGHT: f64 = 1.0;
/// Added to a role mention (an office named by title).
const ROLE_WEIGHT: f64 = 0.5;
/// Weight of the position of an entity's first mention: `× (1 − first/length)`.
const FIRST_POSITION_WEIGHT: f64 = 1.0;
/// Share of an official's or group's mention weight credited to its country.
const CREDIT_SHARE: f64 = 0.5;
/// How many definite words may stand between a reporting verb and its subject (ranks, titles).
const MAX_WORDS_BEFORE_SUBJECT: usize = 2;

/// What a document is about. A profile sums up a document's mentions per entity (kind + id): how often it is named,
/// where first, by which forms, and a **salience** weight in `0..=1` computed from simple,
/// documented signals. Every top-level mention (nested ones are skipped) of an entity weighs
///
/// ```text
/// 1                       the mention itself
/// + 1   if in the lead    the headline and first sentence: the text up to the first . ! ? ؟ …
///                         followed by a space or the end (no further than the end of the
///                         second paragraph, when blank lines separate paragraphs)
/// + 1   if an actor       the subject of a reporting verb (gazetteers/reporting_verbs.tsv): the
///                         verb (with an optional و or ف) right before the mention, up to two
///                         definite words between (وقال الجنرال …), or right after it (طهران ترى);
///                         a mention after ب ل ك (a preposition) or a quote is never an actor
/// + 0.5 if a role mention an office named by title (وزير الدفاع الإيراني): the person acting
///                         in office
/// ```
///
/// An entity's direct **score** is the sum of its mentions' weights plus `1 − first/length`
/// (how early its first mention is, the byte offset over the text's length). Officials and
/// groups also **credit** their country (the office's country of a role mention, an official's
/// latest office country, a group's main country) with half the weight of each of their
/// mentions, kept apart from the country's direct mentions; a role whose holder is unknown
/// credits its office's country the same way. The **salience** is `(score + credited score)`
/// divided by the largest such total in the document, so the top entity has `1.0`.
///
///
/// One entry per entity mentioned (or credited), most salient first.
///
/// ```
/// let text = "أعلنت القاهرة خطة لدعم الاستقرار. وقال وزير الخارجية المصري إن مصر تتابع الوضع في ليبيا.";
/// let profile = alam::Extractor::default_ref().profile(text, &alam::Options::default());
/// let countries: Vec<&str> = profile
///     .of_kind(alam::EntityKind::Country)
///     .map(|e| e.id)
///     .collect();
/// assert_eq!(countries, ["EG", "LY"]);
/// let egypt = profile.get(alam::EntityKind::Country, "EG").unwrap();
/// assert_eq!((egypt.mentions, egypt.actor_mentions, egypt.first), (2, 1, Some(11)));
/// assert_eq!(egypt.salience, 1.0);
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Profile<'g> {
    /// Length of the text in bytes.
    pub length: usize,
    /// The entities, most salient first.
    pub entities: Vec<ProfileEntry<'g>>,
}

/// One entity of a [`Profile`].
///
/// ```
/// let ex = alam::Extractor::default_ref();
/// let p = ex.profile("قالت طهران إن دمشق شريك", &alam::Options::default());
/// let iran = &p.entities[0];
/// assert_eq!((iran.id, iran.mentions, iran.first), ("IR", 1, Some(9)));
/// assert_eq!(iran.forms, [alam::Form::Capital]);
/// ```
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct ProfileEntry<'g> {
    /// The entity's kind.
    pub kind: EntityKind,
    /// The entity's id (`IR`, `hossein-dehghan`, `islamic-state`).
    pub id: &'g str,
    /// Canonical Arabic name.
    pub name_ar: &'g str,
    /// English name.
    pub name_en: &'g str,
    /// Salience in `0..=1` (see [`Profile`]), rounded to 3 decimals.
    pub salience: f64,
    /// Direct mentions.
    pub mentions: usize,
    /// Byte offset of the first direct mention; `None` for a country only credited.
    pub first: Option<usize>,
    /// The forms the direct mentions use, in order of first use.
    pub forms: Vec<Form>,
    /// The direct mentions as written, distinct, in order of first use.
    pub texts: Vec<String>,
    /// Direct mentions in the headline or first sentence.
    pub lead_mentions: usize,
    /// Direct mentions as the subject of a reporting verb.
    pub actor_mentions: usize,
    /// Direct mentions by an office's title.
    pub role_mentions: usize,
    /// Score of the direct mentions, rounded to 3 decimals.
    pub score: f64,
    /// For a country: mentions of its officials and groups (and of its offices whose holder is
    /// unknown) that credit it.
    pub credited_mentions: usize,
    /// Score credited through those mentions, rounded to 3 decimals.
    pub credited_score: f64,
    /// Ids of the officials and groups (or office tokens, for holders unknown) that credit it.
    pub credited_by: Vec<&'g str>,
}

impl<'g> Profile<'g> {
    /// The entries of one kind, most salient first.
    ///
    /// ```
    /// let ex = alam::Extractor::default_ref();
    /// let p = ex.profile("قالت طهران إن دمشق شريك", &alam::Options::default());
    /// assert_eq!(p.of_kind(alam::EntityKind::Country).count(), 2);
    /// ```
    pub fn of_kind(&self, kind: EntityKind) -> impl Iterator<Item = &ProfileEntry<'g>> + '_ {
        self.entities.iter().filter(move |e| e.kind == kind)
    }

    /// The entry of one entity, if the document mentions or credits it.
    ///
    /// ```
    /// let ex = alam::Extractor::default_ref();
    /// let p = ex.profile("قالت طهران إن دمشق شريك", &alam::Options::default());
    /// assert_eq!(p.get(alam::EntityKind::Country, "SY").unwrap().mentions, 1);
    /// ```
    pub fn get(&self, kind: EntityKind, id: &str) -> Option<&ProfileEntry<'g>> {
        self.entities.iter().find(|e| e.kind == kind && e.id == id)
    }

    /// Whether the document has no entity at all.
    ///
    /// ```
    /// let ex = alam::Extractor::default_ref();
    /// let p = ex.profile("قالت طهران إن دمشق شريك", &alam::Options::default());
    /// assert!(!p.is_empty());
    /// assert!(ex.profile("لا شيء", &alam::Options::default()).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }
}

/// The profile of `text` from its entities (as returned by an extraction of that same text;
/// nested mentions are skipped). `gazetteer` is the one the entities come from: it names the
/// countries that officials and groups credit.
///
/// ```
/// let text = "قالت طهران إن دمشق شريك.";
/// let entities = alam::extract(text);
/// let gazetteer = alam::Extractor::default_ref().gazetteer();
/// let profile = alam::document_profile(text, &entities, gazetteer);
/// let ranked: Vec<(&str, usize)> = profile.entities.iter().map(|e| (e.id, e.actor_mentions)).collect();
/// assert_eq!(ranked, [("IR", 1), ("SY", 0)]);
/// ```
pub fn document_profile<'g>(
    text: &str,
    entities: &[Entity<'g>],
    gazetteer: &'g Gazetteer,
) -> Profile<'g> {
    let lead = lead_end(text);
    let mut acc: HashMap<(EntityKind, &'g str), Acc<'g>> = HashMap::new();
    for e in entities.iter().filter(|e| e.parent.is_none()) {
        let signals = Signals {
            lead: e.span.start < lead,
            actor: is_actor(gazetteer, text, e),
            role: e.form == Form::Role,
        };
        let weight = signals.weight();
        if let Some((kind, record)) = identity(e) {
            let entry = acc
                .entry((kind, record.id()))
                .or_insert_with(|| Acc::new(record));
            entry.add_mention(text, e, signals, weight);
            if kind != EntityKind::Country {
                credit(&mut acc, gazetteer, e, record.id(), weight);
            }
        } else if let Some(role) = &e.role {
            credit(&mut acc, gazetteer, e, role.role.as_str(), weight);
        }
    }
    finish(text.len(), acc)
}

/// The signals of one mention.
#[derive(Debug, Clone, Copy)]
struct Signals {
    lead: bool,
    actor: bool,
    role: bool,
}

impl Signals {
    fn weight(&self) -> f64 {
        let mut w = 1.0;
        if self.lead {
            w += LEAD_WEIGHT;
        }
        if self.actor {
            w += ACTOR_WEIGHT;
        }
        if self.role {
            w += ROLE_WEIGHT;
        }
        w
    }
}

/// An entry being accumulated.
struct Acc<'g> {
    entry: ProfileEntry<'g>,
    score: f64,
    credited: f64,
}

impl<'g> Acc<'g> {
    fn new(record: Record<'g>) -> Self {
        Acc {
            entry: ProfileEntry {
                kind: record.kind(),
                id: record.id(),
                name_ar: record.name_ar(),
                name_en: record.name_en(),
                salience: 0.0,
                mentions: 0,
                first: None,
                forms: Vec::new(),
                texts: Vec::new(),
                lead_mentions: 0,
                actor_mentions: 0,
                role_mentions: 0,
                score: 0.0,
                credited_mentions: 0,
                credited_score: 0.0,
                credited_by: Vec::new(),
            },
            score: 0.0,
            credited: 0.0,
        }
    }

    fn add_mention(&mut self, text: &str, e: &Entity<'g>, s: Signals, weight: f64) {
        let entry = &mut self.entry;
        entry.mentions += 1;
        entry.first = Some(entry.first.map_or(e.span.start, |f| f.min(e.span.start)));
        if !entry.forms.contains(&e.form) {
            entry.forms.push(e.form);
        }
        let written = e.text(text);
        if !written.is_empty() && !entry.texts.iter().any(|t| t == written) {
            entry.texts.push(written.to_owned());
        }
        entry.lead_mentions += usize::from(s.lead);
        entry.actor_mentions += usize::from(s.actor);
        entry.role_mentions += usize::from(s.role);
        self.score += weight;
    }
}

/// The entity a mention names: its kind and record; `None` for a role whose holder is unknown.
fn identity<'g>(e: &Entity<'g>) -> Option<(EntityKind, Record<'g>)> {
    match (e.record, &e.role) {
        (Some(r @ Record::Official(_)), _) => Some((EntityKind::Official, r)),
        (_, Some(_)) | (None, None) => None,
        (Some(r), None) => Some((r.kind(), r)),
    }
}

/// Credits the country of an official's or group's mention (`by` names the creditor).
fn credit<'g>(
    acc: &mut HashMap<(EntityKind, &'g str), Acc<'g>>,
    gazetteer: &'g Gazetteer,
    e: &Entity<'g>,
    by: &'g str,
    weight: f64,
) {
    let Some(country) = e.country().and_then(|id| gazetteer.country(id)) else {
        return;
    };
    let a = acc
        .entry((EntityKind::Country, country.id.as_str()))
        .or_insert_with(|| Acc::new(Record::Country(country)));
    a.credited += CREDIT_SHARE * weight;
    a.entry.credited_mentions += 1;
    if !a.entry.credited_by.contains(&by) {
        a.entry.credited_by.push(by);
    }
}

/// Ranks the accumulated entries and computes saliences.
fn finish<'g>(length: usize, acc: HashMap<(EntityKind, &'g str), Acc<'g>>) -> Profile<'g> {
    let mut items: Vec<(f64, Acc<'g>)> = acc
        .into_values()
        .map(|mut a| {
            if let Some(first) = a.entry.first {
                a.score += FIRST_POSITION_WEIGHT * (1.0 - first as f64 / length.max(1) as f64);
            }
            (a.score + a.credited, a)
        })
        .collect();
    let max = items.iter().map(|(t, _)| *t).fold(0.0_f64, f64::max);
    items.sort_by(|(ta, a), (tb, b)| {
        tb.total_cmp(ta)
            .then(
                a.entry
                    .first
                    .unwrap_or(usize::MAX)
                    .cmp(&b.entry.first.unwrap_or(usize::MAX)),
            )
            .then(a.entry.kind.cmp(&b.entry.kind))
            .then(a.entry.id.cmp(b.entry.id))
    });
    let entities = items
        .into_iter()
        .map(|(total, a)| {
            let mut entry = a.entry;
            entry.salience = round3(if max > 0.0 { total / max } else { 0.0 });
            entry.score = round3(a.score);
            entry.credited_score = round3(a.credited);
            entry
        })
        .collect();
    Profile { length, entities }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Byte offset where the lead (headline and first sentence) ends: after the first `.` `!` `?`
/// `؟` `…` followed by white space, a closing quote or the end, but no later than the end of
/// the second paragraph (paragraphs are separated by blank lines: a headline, then the first
/// paragraph); the whole text if neither occurs.
fn lead_end(text: &str) -> usize {
    let mut paragraphs = 0;
    let mut chars = text.char_indices().peekable();
    let mut seen_text = false;
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let ends_sentence = matches!(c, '.' | '!' | '?' | '؟' | '…')
            && next.map_or(true, |n| n.is_whitespace() || matches!(n, '"' | '»' | '”'));
        if ends_sentence {
            return i + c.len_utf8();
        }
        seen_text |= !c.is_whitespace();
        if c == '\n' && seen_text && starts_blank_line(&text[i + 1..]) {
            paragraphs += 1;
            seen_text = false;
            if paragraphs == 2 {
                return i;
            }
        }
    }
    text.len()
}

/// Whether `rest` (the text after a line break) begins with a blank line.
fn starts_blank_line(rest: &str) -> bool {
    rest.split_once('\n')
        .is_some_and(|(line, _)| line.trim().is_empty())
}

/// Whether a mention is the subject of a reporting verb.
fn is_actor(g: &Gazetteer, text: &str, e: &Entity<'_>) -> bool {
    let p = e.proclitics.as_str();
    if p.contains(['ب', 'ل', 'ك']) {
        return false;
    }
    let (Some(before), Some(after)) = (text.get(..e.span.start), text.get(e.span.end..)) else {
        return false;
    };
    verb_before(g, before) || verb_after(g, after)
}

/// A reporting verb ends `before` (the text up to the mention), with at most
/// [`MAX_WORDS_BEFORE_SUBJECT`] definite words between and no punctuation.
fn verb_before(g: &Gazetteer, before: &str) -> bool {
    // The letters attached to the mention are its proclitics: anything else (a quote, a
    // bracket) means the mention does not follow the verb directly.
    let attached_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| !c.is_whitespace())
        .last()
        .map_or(before.len(), |(i, _)| i);
    if !before[attached_start..].chars().all(is_word_char) {
        return false;
    }
    let words = before[..attached_start].split_whitespace().rev();
    for (between, word) in words.enumerate() {
        if !word.chars().all(is_word_char) {
            return false;
        }
        let folded = normalize_alias(word);
        if is_reporting_verb(g, &folded) {
            return true;
        }
        if between == MAX_WORDS_BEFORE_SUBJECT || !folded.starts_with("ال") {
            return false;
        }
    }
    false
}

/// A reporting verb is the word right after the mention (`after` starts at its end).
fn verb_after(g: &Gazetteer, after: &str) -> bool {
    if !after.starts_with(char::is_whitespace) {
        return false;
    }
    let Some(word) = after.split_whitespace().next() else {
        return false;
    };
    let word = word.trim_end_matches(|c: char| !is_word_char(c));
    word.chars().all(is_word_char) && g.is_reporting_verb(&normalize_alias(word))
}

/// A folded word is a reporting verb, alone or after the conjunction و or ف.
fn is_reporting_verb(g: &Gazetteer, folded: &str) -> bool {
    g.is_reporting_verb(folded)
        || folded
            .strip_prefix(['و', 'ف'])
            .is_some_and(|rest| g.is_reporting_verb(rest))
}

/// Letters, Arabic marks, tatweel and the zero-width characters: what a word is made of in the
/// text as written (the marks as the normalization defines them).
fn is_word_char(c: char) -> bool {
    c.is_alphabetic() || is_attached_mark(c) || ('\u{200B}'..='\u{200F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Extractor, Options};

    fn profile(text: &str) -> Profile<'static> {
        let p = Extractor::default_ref().profile(text, &Options::default());
        // The invariants hold for every profile computed here.
        assert!(p.entities.iter().all(|e| (0.0..=1.0).contains(&e.salience)));
        assert!(p
            .entities
            .windows(2)
            .all(|w| w[0].salience >= w[1].salience));
        p
    }

    fn ranked<'a>(p: &'a Profile<'_>, kind: EntityKind) -> Vec<&'a str> {
        p.of_kind(kind).map(|e| e.id).collect()
    }

    #[test]
    fn the_country_a_text_is_about_comes_first() {
        // Egypt throughout (capital, name, a role), Russia once in passing.
        let text = "أعلنت القاهرة خطة جديدة لدعم زراعة القمح. وقال رئيس الوزراء المصري إن الحكومة \
                    ستشتري المحصول كله، وأضاف أن مصر استوردت العام الماضي شحنات من روسيا. وتأمل \
                    القاهرة أن تخفض الواردات.";
        let p = profile(text);
        assert_eq!(ranked(&p, EntityKind::Country), ["EG", "RU"]);
        let eg = p.get(EntityKind::Country, "EG").expect("Egypt");
        assert_eq!(eg.salience, 1.0);
        assert_eq!((eg.mentions, eg.first, eg.lead_mentions), (3, Some(11), 1));
        assert_eq!(eg.forms, [Form::Capital, Form::Name]);
        assert_eq!(eg.texts, ["القاهرة", "مصر"]);
        // أعلنت القاهرة: an actor; the role (holder unknown without a date) credits Egypt.
        assert_eq!(eg.actor_mentions, 1);
        assert_eq!(eg.credited_by, ["head_of_government"]);
        // 0.5 × (1 + actor 1 + role 0.5): وقال رئيس الوزراء المصري, after the lead.
        assert_eq!(eg.credited_score, 1.25);
        let ru = p.get(EntityKind::Country, "RU").expect("Russia");
        assert_eq!(
            (ru.mentions, ru.actor_mentions, ru.lead_mentions),
            (1, 0, 0)
        );
        assert!(ru.salience < 0.3, "{}", ru.salience);
    }

    #[test]
    fn a_country_named_first_in_passing_does_not_lead() {
        let text = "بعد عودته من باريس، قال وزير الخارجية الأردني إن الأردن لن يغلق حدوده. وأكدت \
                    عم\u{0651}ان أن الأردنيين العالقين سيعودون خلال أيام، وأن الأردن يرحب بالدعم.";
        let p = profile(text);
        assert_eq!(ranked(&p, EntityKind::Country), ["JO", "FR"]);
        let jo = &p.entities[0];
        assert_eq!((jo.id, jo.mentions, jo.actor_mentions), ("JO", 4, 1));
        assert_eq!(jo.forms, [Form::Name, Form::Capital, Form::Demonym]);
        let fr = p.get(EntityKind::Country, "FR").expect("France");
        assert_eq!((fr.first, fr.lead_mentions), (Some(23), 1));
    }

    #[test]
    fn an_officials_country_is_credited_apart_from_its_mentions() {
        let text = "وصل سيرغي لافروف إلى أنقرة لبحث ملف الحبوب. وقال لافروف إن التفاهم ممكن.";
        let p = profile(text);
        assert_eq!(ranked(&p, EntityKind::Official), ["sergey-lavrov"]);
        assert_eq!(p.entities[0].id, "sergey-lavrov");
        let lavrov = &p.entities[0];
        assert_eq!(
            (lavrov.mentions, lavrov.lead_mentions, lavrov.actor_mentions),
            (2, 1, 1)
        );
        assert_eq!(lavrov.forms, [Form::FullName, Form::Surname]);
        // Russia is never named: only credited, by both mentions: 0.5 × ((1 + lead) + (1 + actor)).
        let ru = p.get(EntityKind::Country, "RU").expect("Russia, credited");
        assert_eq!((ru.mentions, ru.first, ru.score), (0, None, 0.0));
        assert_eq!((ru.credited_mentions, ru.credited_score), (2, 2.0));
        assert_eq!(ru.credited_by, ["sergey-lavrov"]);
        assert_eq!(ru.name_en, "Russia");
        // Turkey, named once in the lead, keeps its own direct score and no credit.
        let tr = p.get(EntityKind::Country, "TR").expect("Turkey");
        assert_eq!((tr.mentions, tr.credited_mentions), (1, 0));
        assert_eq!(ranked(&p, EntityKind::Country), ["TR", "RU"]);
    }

    #[test]
    fn an_actor_outranks_a_country_named_earlier() {
        let text =
            "استمرت المحادثات حتى المساء. وبعد أيام من زيارة وفد يوناني، أعلنت تركيا فتح المعبر.";
        let p = profile(text);
        assert_eq!(ranked(&p, EntityKind::Country), ["TR", "GR"]);
        assert_eq!(p.entities[0].actor_mentions, 1);
        assert_eq!(p.entities[1].actor_mentions, 0);
    }

    #[test]
    fn the_headline_counts_more() {
        // One mention in the headline against two in the body.
        let text =
            "تونس تستضيف مؤتمر الطاقة\n\nافتتح المؤتمر صباحا. ووصل وفد من المغرب، ثم وفد ثان \
                    من المغرب.";
        let p = profile(text);
        assert_eq!(ranked(&p, EntityKind::Country), ["TN", "MA"]);
        let tn = &p.entities[0];
        assert_eq!((tn.lead_mentions, tn.mentions, tn.first), (1, 1, Some(0)));
        assert_eq!(
            p.get(EntityKind::Country, "MA").map(|m| m.mentions),
            Some(2)
        );
    }

    #[test]
    fn actor_mentions() {
        // (text, the mention's text, is it an actor)
        let cases: &[(&str, &str, bool)] = &[
            ("وقال الرئيس السوري إن الحوار ممكن", "الرئيس السوري", true),
            ("قالت طهران إن الحوار ممكن", "طهران", true),
            ("فأكدت طهران موقفها", "طهران", true),
            ("قال\u{064E}ت طهران إن الحوار ممكن", "طهران", true),
            (
                "وقال الجنرال الإيراني حسين دهقان إن الهدف واضح",
                "الإيراني",
                true,
            ),
            ("وأضاف أن طهران ترى الحل قريبا", "طهران", true),
            ("قال إن طهران تدعم الحوار", "طهران", false),
            ("قال لطهران إن الحوار ممكن", "طهران", false),
            ("قال \"طهران تدعم الحوار\"", "طهران", false),
            ("قال، طهران تدعم الحوار", "طهران", false),
            ("أضاف المتحدث باسم الخارجية الإيرانية", "الإيرانية", false),
            ("طهران، ترى الحل قريبا", "طهران", false),
            ("زار الوفد دمشق أمس", "دمشق", false),
        ];
        for &(text, mention, expected) in cases {
            let entities = crate::extract(text);
            let e = entities
                .iter()
                .find(|e| e.text(text) == mention)
                .unwrap_or_else(|| panic!("{mention} in {text}: {entities:?}"));
            let g = Extractor::default_ref().gazetteer();
            assert_eq!(is_actor(g, text, e), expected, "{text}");
        }
    }

    #[test]
    fn lead_ends_after_the_first_sentence_or_the_headline() {
        let cases: &[(&str, &str)] = &[
            ("عنوان الخبر\n\nنص الخبر. ثم", "عنوان الخبر\n\nنص الخبر."),
            ("عنوان\n\nفقرة أولى\n\nفقرة ثانية.", "عنوان\n\nفقرة أولى"),
            ("عنوان\n \nفقرة أولى\n\n", "عنوان\n \nفقرة أولى"),
            ("جملة أولى. جملة ثانية.", "جملة أولى."),
            ("هل انتهى؟ نعم.", "هل انتهى؟"),
            ("سطر أول\nيكمل الجملة. ثم أخرى.", "سطر أول\nيكمل الجملة."),
            (
                "بلغت النسبة 3.5 في المئة. وبعد",
                "بلغت النسبة 3.5 في المئة.",
            ),
            ("\n\nعنوان\n\nنص", "\n\nعنوان\n\nنص"),
            ("نص بلا نهاية", "نص بلا نهاية"),
            ("", ""),
        ];
        for &(text, lead) in cases {
            assert_eq!(&text[..lead_end(text)], lead, "{text:?}");
        }
    }

    #[test]
    fn no_entity_no_profile_and_foreign_spans_do_not_panic() {
        assert!(profile("لا شيء هنا").is_empty());
        assert!(profile("").is_empty());
        let other = "قالت طهران إن دمشق شريك";
        let entities = crate::extract(other);
        let g = Extractor::default_ref().gazetteer();
        for text in ["", "قصير", "\u{202E}"] {
            let p = document_profile(text, &entities, g);
            assert_eq!(p.entities.len(), 2);
            assert!(p.entities.iter().all(|e| e.texts.is_empty()));
        }
    }

    #[test]
    fn nested_mentions_are_not_counted() {
        let text = "هاجمت قوات سوريا الديمقراطية مواقع";
        let entities =
            Extractor::default_ref().extract_with(text, &Options::default().with_nested(true));
        assert_eq!(entities.len(), 2);
        let p = document_profile(text, &entities, Extractor::default_ref().gazetteer());
        let sy = p
            .get(EntityKind::Country, "SY")
            .expect("credited by the SDF");
        assert_eq!((sy.mentions, sy.credited_by.as_slice()), (0, &["sdf"][..]));
    }

    #[test]
    fn the_verb_list_is_well_formed() {
        let text = include_str!("../gazetteers/reporting_verbs.tsv");
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("verb\tgloss\tsource"));
        let mut seen = std::collections::HashSet::new();
        for line in lines.filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            assert_eq!(cols.len(), 3, "{line}");
            assert!(
                cols[0]
                    .chars()
                    .all(|c| ('\u{0621}'..='\u{064A}').contains(&c)),
                "{line}"
            );
            assert!(!cols[1].is_empty() && cols[2] == "curated", "{line}");
            assert!(seen.insert(normalize_alias(cols[0])), "duplicate {line}");
        }
        let g = Extractor::default_ref().gazetteer();
        assert!(seen.iter().all(|v| g.is_reporting_verb(v)));
        assert!(g.is_reporting_verb("قال") && g.is_reporting_verb("اعلنت"));
        assert!(!g.is_reporting_verb("طهران"));
    }
}
