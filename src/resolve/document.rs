//! Document decisions: which reading each winning candidate gets, from the evidence of the
//! whole document.
//!
//! First pass: direct and cue-supported mentions are decided and give the document's evidence
//! (which entities and which countries it names, and where each entity is first named). Second
//! pass: each pending mention (an ambiguous alias without a cue, a surname) gets the readings
//! the evidence supports, each with a [`Strength`]; the strongest wins, and between two
//! entities equally supported, a follow-up is never guessed, otherwise the one in office on the
//! document date, then the one who served most recently. Invariant: a tie left after that gives
//! nothing, never an arbitrary pick.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::candidates::{initial_support, Candidate, Source, Support};
use super::context::{
    after_facility_noun, death_noun_before, family_name_after, generic_rank_before,
    given_name_before, has_cue, links_role_to_name, military_rank_before, person_cue_before,
    portfolio_before, reporting_verb_before, reporting_verb_beside, title_before, word_after,
    written, Place,
};
use super::{namesakes, Found, Resolution, Resolved, RoleFound};
use crate::automaton::{Automaton, PatternTarget, Target};
use crate::gazetteer::{
    AliasId, CountryId, Date, EntityKind, Form, Gazetteer, GroupCategory, OfficeKey, RecordId, Role,
};
use crate::text::Normalized;

/// How strongly the document supports a reading of a pending mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Strength {
    /// A standalone surname of a person in office on the document date (or well known).
    Standalone,
    /// The entity's country is named in the document.
    CountryNamed,
    /// A title stands before it, or the same entity is named unambiguously in the document.
    Supported,
    /// A surname or short name after the person was named in full before it.
    NamedBefore,
}

/// A supported reading of a pending mention.
#[derive(Debug, Clone, Copy)]
struct Reading {
    strength: Strength,
    record: RecordId,
    alias: AliasId,
    resolution: Resolution,
}

/// What a winner was decided to be.
#[derive(Debug, Clone, Copy)]
enum Choice {
    Role,
    Alias(AliasId, Resolution),
}

/// The Fx hash (as in rustc): one multiply per word, for maps keyed by small ids; the keys come
/// from the gazetteer, not from the text, so no attacker chooses them.
#[derive(Debug, Default, Clone, Copy)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type IdBuild = BuildHasherDefault<IdHasher>;

/// What the document says, gathered from its decided mentions; kept between documents (cleared,
/// not reallocated).
#[derive(Debug, Default)]
pub(super) struct Evidence {
    /// Where each entity is first named.
    first_mention: HashMap<RecordId, usize, IdBuild>,
    /// The countries named, directly or through an entity that belongs to them.
    countries: HashSet<CountryId, IdBuild>,
    /// Per winner, what it was decided to be.
    chosen: Vec<Option<Choice>>,
    /// The document date, if given.
    date: Option<Date>,
    /// The countries the whole document names directly (names, capitals, demonyms, role
    /// phrases), before and after each mention: the context that tells namesakes apart.
    context: Countries,
    /// The persons named so far by a name that is not a bare surname (in the pending pass, up
    /// to the mention being decided).
    named_in_full: HashSet<RecordId, IdBuild>,
    /// The persons whose surname has followed someone else's given name so far (بشار الجعفري
    /// for Ibrahim al-Jaafari): another bearer of the surname is named.
    namesake_named: HashSet<RecordId, IdBuild>,
}

/// A set of countries (hashed by id, without SipHash).
type Countries = HashSet<CountryId, IdBuild>;

/// The decided mentions among `winners`, in their order.
#[cfg(test)]
pub(super) fn decide(
    normalized: &Normalized<'_>,
    winners: &[Candidate],
    automaton: &Automaton,
    g: &Gazetteer,
    date: Option<Date>,
) -> Vec<Resolved> {
    let mut out = Vec::new();
    let mut evidence = Evidence::default();
    decide_into(
        normalized,
        winners,
        automaton,
        g,
        date,
        &mut evidence,
        &mut out,
    );
    out
}

/// [`decide`] with buffers: appends the decided mentions to `out`; `evidence` is cleared first.
pub(super) fn decide_into(
    normalized: &Normalized<'_>,
    winners: &[Candidate],
    automaton: &Automaton,
    g: &Gazetteer,
    date: Option<Date>,
    evidence: &mut Evidence,
    out: &mut Vec<Resolved>,
) {
    evidence.first_mention.clear();
    evidence.countries.clear();
    evidence.date = date;
    direct_countries(winners, automaton, g, &mut evidence.context);
    let mut chosen = std::mem::take(&mut evidence.chosen);
    chosen.clear();
    let text = normalized.as_str();
    let facility: Vec<bool> = winners
        .iter()
        .map(|c| names_a_facility(text, c, automaton, g))
        .collect();
    for (i, (c, &facility)) in winners.iter().zip(&facility).enumerate() {
        let next_named = || person_named_next(g, automaton, winners, i);
        chosen.push(if facility {
            None
        } else {
            decide_supported(normalized, c, &next_named, automaton, g, evidence)
        });
    }
    evidence.named_in_full.clear();
    evidence.namesake_named.clear();
    for (i, c) in winners.iter().enumerate() {
        note_naming(g, normalized, c, chosen[i], automaton, evidence);
        if c.support == Support::Pending && !facility[i] {
            let mut readings =
                pending_readings(normalized, winners, &chosen, i, automaton, g, evidence);
            if !title_before(g, text, c.word_start()) {
                readings.retain(|r| {
                    // the bare surname of a head of state or government stays theirs (ترامب
                    // after إيفانكا ترامب is the president)
                    !namesake_named_last(r.record, evidence)
                        || head_of_state_or_government(g, r.record, evidence.date)
                });
            }
            chosen[i] = pick_one(g, &readings, evidence).map(|(a, r)| Choice::Alias(a, r));
            // A surname that is not an ordinary word, decided by a title, a cue or its
            // distinctiveness, names the person for the rest of the document as a full name does
            // (رئيس كوريا الجنوبية مون … قمة مع مون).
            if let Some(Choice::Alias(a, Resolution::ContextCue | Resolution::Standalone)) =
                chosen[i]
            {
                let alias = g.alias(a);
                if !alias.flags.ambiguous {
                    let first = evidence
                        .first_mention
                        .entry(alias.record)
                        .or_insert(c.start);
                    *first = (*first).min(c.start);
                }
            }
        }
    }
    for choice in chosen.iter_mut() {
        if let Some(Choice::Alias(a, _)) = *choice {
            if let Some(b) = namesakes::branch(g, a, &evidence.context) {
                *choice = Some(Choice::Alias(b, Resolution::Document));
            }
        }
    }
    out.extend(
        winners
            .iter()
            .zip(&chosen)
            .filter_map(|(c, &choice)| resolved(c, choice?)),
    );
    evidence.chosen = chosen;
}

/// Notes, before winner `c` is decided in the pending pass, a person named by a name that is
/// not a bare surname (`choice`, decided in the first pass), and a person's surname written after
/// someone else's given name: another bearer of the surname is named there.
fn note_naming(
    g: &Gazetteer,
    normalized: &Normalized<'_>,
    c: &Candidate,
    choice: Option<Choice>,
    automaton: &Automaton,
    evidence: &mut Evidence,
) {
    if let Some(Choice::Alias(a, _)) = choice {
        let alias = g.alias(a);
        if alias.kind() == EntityKind::Official && alias.form != Form::Surname {
            evidence.named_in_full.insert(alias.record);
        }
        return;
    }
    if c.support != Support::Pending || !c.proclitics.is_empty() {
        return;
    }
    for (_, id) in alias_targets(c, automaton) {
        let alias = g.alias(id);
        if alias.form == Form::Surname
            && someone_else_named(g, normalized, alias.record, c.word_start())
        {
            evidence.namesake_named.insert(alias.record);
        }
    }
}

/// Whether another bearer of `record`'s surname was named before (after someone else's given
/// name) and `record` was not: a bare surname now is theirs, not `record`'s (بشار الجعفري …
/// الجعفري is not Ibrahim al-Jaafari). Once `record` is named in full, a relative named in
/// passing (معتصم القذافي in a report on Muammar) does not take the surname from them.
fn namesake_named_last(record: RecordId, evidence: &Evidence) -> bool {
    evidence.namesake_named.contains(&record) && !evidence.named_in_full.contains(&record)
}

/// Whether winner `c` is a person's name (every alias it matches is an official's) right after a
/// facility noun (مطار رفيق الحريري، مركز الملك سلمان): it names the facility. As the winner of
/// its span it still keeps the shorter names inside it (الحريري) from being read alone.
fn names_a_facility(text: &str, c: &Candidate, automaton: &Automaton, g: &Gazetteer) -> bool {
    let mut targets = alias_targets(c, automaton).peekable();
    targets.peek().is_some()
        && targets.all(|(_, a)| g.alias(a).kind() == EntityKind::Official)
        && after_facility_noun(g, text, c.word_start())
}

/// The mention candidate `c` gives when decided as `choice`.
fn resolved(c: &Candidate, choice: Choice) -> Option<Resolved> {
    let (found, resolution) = match (choice, c.source) {
        (Choice::Role, Source::Role(office)) => {
            let role = RoleFound {
                office,
                holder: None,
                mismatch: false,
            };
            (Found::Role(role), Resolution::Role)
        }
        (Choice::Alias(alias, resolution), _) => (Found::Alias(alias), resolution),
        (Choice::Role, Source::Pattern(_) | Source::Shadow(_)) => return None,
    };
    Some(Resolved {
        start: c.start,
        end: c.end,
        proclitics: c.proclitics,
        resolution,
        parent: None,
        found,
    })
}

/// The alias targets of a candidate's pattern valid after its proclitics.
fn alias_targets<'a>(
    c: &'a Candidate,
    automaton: &'a Automaton,
) -> impl Iterator<Item = (&'a PatternTarget, AliasId)> + 'a {
    let targets = match c.source {
        Source::Pattern(p) => automaton.targets(p),
        Source::Role(_) | Source::Shadow(_) => &[],
    };
    targets
        .iter()
        .filter(move |t| !t.merged || c.proclitics.merges())
        .filter_map(|t| match t.target {
            Target::Alias(a) => Some((t, a)),
            _ => None,
        })
}

/// First pass: a role, a direct or a cue-supported candidate is decided here, and adds to the
/// evidence. A surname of a person named earlier beats another reading of the same word
/// (السوداني after محمد شياع السوداني is the prime minister, not a demonym).
fn decide_supported(
    normalized: &Normalized<'_>,
    c: &Candidate,
    next_named: &dyn Fn() -> bool,
    automaton: &Automaton,
    g: &Gazetteer,
    evidence: &mut Evidence,
) -> Option<Choice> {
    if c.support <= Support::Pending {
        return None;
    }
    if let Source::Role(hit) = c.source {
        evidence.countries.extend(hit.office.country());
        return Some(Choice::Role);
    }
    let follow_ups: Vec<AliasId> = alias_targets(c, automaton)
        .map(|(_, a)| a)
        .filter(|&a| {
            let alias = g.alias(a);
            alias.form == Form::Surname
                && evidence
                    .first_mention
                    .get(&alias.record)
                    .is_some_and(|&p| p < c.start)
                && !(c.proclitics.is_empty()
                    && someone_else_named(g, normalized, alias.record, c.word_start()))
        })
        .collect();
    if let [a] = follow_ups.as_slice() {
        return Some(Choice::Alias(*a, Resolution::FollowUp));
    }
    if let Some(a) = speaking_surname(normalized.as_str(), c, automaton, g, evidence) {
        let record = g.alias(a).record;
        evidence.first_mention.entry(record).or_insert(c.start);
        evidence.countries.extend(g.record_countries(&record));
        return Some(Choice::Alias(a, Resolution::ContextCue));
    }
    let place = Place {
        normalized,
        word_start: c.word_start(),
        start: c.start,
        end: c.end,
    };
    let lexicon = g.lexicon();
    let mut fits: Vec<(RecordId, AliasId)> = alias_targets(c, automaton)
        .filter(|&(_, a)| initial_support(g, a, place) == c.support)
        .filter(|&(_, a)| !names_someone_else(g, normalized, c, a, next_named))
        .filter(|&(_, a)| !ends_someone_elses_name(g, normalized, c, a))
        .map(|(_, a)| (g.alias(a).record, a))
        .collect();
    fits.sort_by_key(|&(record, a)| (record, lexicon.form_rank(g.alias(a).form), a));
    fits.dedup_by_key(|r| r.0);
    let alias = match fits.as_slice() {
        [] => return None,
        [(_, only)] => *only,
        several => namesakes::choose(g, several, evidence.date, &evidence.context)?,
    };
    let record = g.alias(alias).record;
    evidence.first_mention.entry(record).or_insert(c.start);
    evidence.countries.extend(g.record_countries(&record));
    let resolution = if c.support == Support::Direct {
        Resolution::Direct
    } else {
        Resolution::ContextCue
    };
    Some(Choice::Alias(alias, resolution))
}

/// A surname that is also a demonym, as the subject of a verb of saying (وقال السوداني إن العراق
/// …): the one person with that surname active on the date (undated: well known) whose country
/// the document names is meant, not the country, which a bare demonym does not name as a
/// speaker.
fn speaking_surname(
    text: &str,
    c: &Candidate,
    automaton: &Automaton,
    g: &Gazetteer,
    evidence: &Evidence,
) -> Option<AliasId> {
    let demonym = alias_targets(c, automaton).find_map(|(_, a)| {
        let a = g.alias(a);
        match a.record {
            RecordId::Country(country) if a.form == Form::Demonym => Some(country),
            _ => None,
        }
    })?;
    if !c.proclitics.is_empty() || !reporting_verb_before(g, text, c.word_start()) {
        return None;
    }
    // the document names the person's country, other than the demonym's own
    let named = |record: RecordId| {
        g.record_countries(&record)
            .iter()
            .any(|&country| country != demonym && evidence.context.contains(&country))
    };
    let mut speakers = alias_targets(c, automaton).map(|(_, a)| a).filter(|&a| {
        let alias = g.alias(a);
        alias.form == Form::Surname && active(g, alias.record, evidence.date) && named(alias.record)
    });
    let first = speakers.next()?;
    speakers.next().is_none().then_some(first)
}

/// Second pass: every reading of pending winner `i` that the evidence supports.
fn pending_readings(
    normalized: &Normalized<'_>,
    winners: &[Candidate],
    chosen: &[Option<Choice>],
    i: usize,
    automaton: &Automaton,
    g: &Gazetteer,
    evidence: &Evidence,
) -> Vec<Reading> {
    let text = normalized.as_str();
    let c = &winners[i];
    let word_start = c.word_start();
    let mut readings = Vec::new();
    let dead = |id: AliasId| {
        let a = g.alias(id);
        let surname = a.form == Form::Surname
            || (a.form == Form::ShortName && a.record.kind() == EntityKind::Official);
        surname && !a.flags.common && namesakes::dead_by(g, a.record, evidence.date)
    };
    // decided once, and only for a surname (most candidates never ask)
    let dead_bearer = std::cell::OnceCell::new();
    let dead_bearer = || {
        *dead_bearer.get_or_init(|| {
            death_noun_before(g, text, word_start)
                && alias_targets(c, automaton).any(|(_, id)| dead(id))
        })
    };
    for (_, id) in alias_targets(c, automaton) {
        let a = g.alias(id);
        let record = a.record;
        let follow_up_form = a.form == Form::Surname
            || (a.form == Form::ShortName && record.kind() == EntityKind::Official);
        // A given name or an ordinary word (عبد الله، فهد، المهندس) followed by a family name is
        // someone else's name (عبد الله المعلمي، المهندس القحطاني), unless it is the person's own.
        if names_someone_else(g, normalized, c, id, &|| {
            person_named_next(g, automaton, winners, i)
        }) {
            continue;
        }
        // اغتيال الحريري: after a noun of death a surname that a person dead by the date bears
        // names that person, never a living one (a plot against the living, لاغتيال بوتين,
        // keeps its reading)
        if follow_up_form && dead_bearer() {
            if dead(id) {
                readings.push(Reading {
                    strength: Strength::Supported,
                    record,
                    alias: id,
                    resolution: Resolution::ContextCue,
                });
            }
            continue;
        }
        // Document evidence does not extend to a word split into proclitic + alias (كامل is
        // not ك + أمل): only a cue supports those. A proclitic on an alias with the article
        // (للأسد، والحريري) is no such split: the article starts a word of its own.
        let bare = c.proclitics.is_empty() || a.text.starts_with("ال");
        // Named before, unless someone else's given name stands before the surname now (جون
        // ماكين after سيندي ماكين is her husband).
        let named_before = evidence
            .first_mention
            .get(&record)
            .is_some_and(|&p| p < c.start)
            && !(follow_up_form && bare && someone_else_named(g, normalized, record, word_start));
        // Named in full only after it, from the document's first sentence (a headline before
        // the article: ماي وماكرون … تيريزا ماي): a surname that is neither an ordinary word nor a
        // given name is the person too, unless a definite noun stands right before it in
        // apposition (المحقق كارابيتيان: an investigator of that name). Further in, a bare
        // surname before a full name is as often a relative's (ماكين before سيندي ماكين).
        let named_later = follow_up_form
            && !a.flags.ambiguous
            && evidence
                .first_mention
                .get(&record)
                .is_some_and(|&p| p > c.start)
            && in_first_sentence(text, c.start)
            && !apposition_before(normalized, winners, i, g)
            && !(bare && someone_else_named(g, normalized, record, word_start));
        // A verb of saying beside a surname that is not a given name (وحذر نجاد، رايس قالت), or a
        // person cue (verb or noun) right before it (استقبل عون، تصريحات الأسد), marks a person
        // active on the date (undated: well known). With a date, when the person's offices on
        // it are all a state's, the document must also name that state: the date lets every
        // minister of every state in, and a verb says that someone is meant, not who (in a
        // report on Yemen, وأكد المالكي is the coalition's spokesman, not Iraq's Nouri
        // al-Maliki; وقال الشاهد is a witness, not Tunisia's prime minister).
        // A surname that is also a given name (مبارك، صدام، عباس) only for a head of state or
        // government whose country the document names (وقال مبارك إن مصر …).
        let spoken = follow_up_form
            && (!g.is_given_name(&text[c.start..c.end])
                || (head_of_state_or_government(g, record, evidence.date)
                    && country_named(g, record, evidence)
                    && !family_name_after(g, normalized, c.end)))
            && (active(g, record, evidence.date)
                || (evidence.date.is_none()
                    && a.flags.standalone
                    && has_office(g, record)
                    && sole_bearer(g, c, automaton, id)))
            && (reporting_verb_beside(g, text, word_start, (c.end, c.proclitics.as_str()))
                || person_cue_before(g, text, word_start, true))
            && (!(evidence.date.is_some() || family_name_like(a))
                || !serves_only_states(g, record, evidence)
                || country_named(g, record, evidence)
                || party_country_named(g, record, evidence));
        // A surname joined by و to a person's name right before it (ترامب وكيم، ماكرون
        // وميركل) is a person too: someone active on the date (undated: well known).
        let coordinated = follow_up_form
            && !a.flags.common
            && c.proclitics.as_str() == "و"
            && active(g, record, evidence.date)
            && person_right_before(text, winners, chosen, i, g);
        // After a role phrase, a common-word surname is the person only if the person held
        // that office (وزير الخارجية الأمريكي بان is not Ban Ki-moon).
        let given_name = g.is_given_name(&text[c.start..c.end]);
        let titled = follow_up_form
            && ((title_before(g, text, word_start)
                && !((a.flags.ambiguous || given_name)
                    && military_rank_before(g, text, word_start)
                    && !military_person(g, record, id, text, word_start, c.end))
                && !(given_name && generic_rank_before(g, text, word_start))
                && !other_portfolio(g, record, text, word_start))
                || role_before(text, winners, chosen, i, g).is_some_and(|office| {
                    !a.flags.common
                        || matches!(record, RecordId::Official(o) if g.held(o, office, None))
                }));
        // A common-word surname (سلام 'peace') needs a title, or, after the full name, a verb
        // such as قال right before it: the ordinary word is too frequent for the document
        // alone to decide.
        let person_cued = titled
            || spoken
            || coordinated
            || (named_before && person_cue_before(g, text, word_start, false));
        let decision = if a.flags.common && !person_cued {
            None
        } else if follow_up_form && named_before {
            Some((Strength::NamedBefore, Resolution::FollowUp))
        } else if titled {
            Some((Strength::Supported, Resolution::ContextCue))
        } else if a.flags.standalone
            && stands_alone(g, c, automaton, id, evidence.date)
            && !(bare && someone_else_named(g, normalized, record, word_start))
        {
            Some((Strength::Standalone, Resolution::Standalone))
        } else if spoken || coordinated {
            Some((Strength::Supported, Resolution::ContextCue))
        } else if named_later && !given_name {
            Some((Strength::Supported, Resolution::Document))
        } else if follow_up_form && !a.flags.ambiguous {
            None
        } else if !follow_up_form && evidence.first_mention.contains_key(&record) && bare {
            Some((Strength::Supported, Resolution::Document))
        } else if bare
            && !a.flags.common
            && country_named(g, record, evidence)
            && (!follow_up_form || surname_on_country_evidence(g, record, evidence, normalized, c))
        {
            Some((Strength::CountryNamed, Resolution::Document))
        } else {
            None
        };
        if let Some((strength, resolution)) = decision {
            readings.push(Reading {
                strength,
                record,
                alias: id,
                resolution,
            });
        }
    }
    readings
}

/// Whether a definite noun in apposition stands right before bare winner `i` (المحقق
/// كارابيتيان): a word written with the article that is neither a mention itself (الحريري
/// وميقاتي) nor a former marker (الرئيس السوداني الأسبق سوار الذهب).
fn apposition_before(
    normalized: &Normalized<'_>,
    winners: &[Candidate],
    i: usize,
    g: &Gazetteer,
) -> bool {
    let (text, c) = (normalized.as_str(), &winners[i]);
    let Some(before) = text[..c.word_start()].strip_suffix(' ') else {
        return false;
    };
    let start = before.rfind(' ').map_or(0, |s| s + 1);
    let word = &before[start..];
    c.proclitics.is_empty()
        && !winners[..i].last().is_some_and(|w| w.end == before.len())
        && !g.lexicon().former.iter().any(|f| f == word)
        && written(normalized, start..before.len())
            .trim_start_matches(['و', 'ف'])
            .starts_with("ال")
}

/// Whether `at` lies in the first sentence of `text`: no full stop, question or exclamation
/// mark or line break before it. Two or more dots in a row separate the parts of a headline
/// (الأردن.. الرزاز يتعهد), they do not end it. Called only for the rare surname named in full
/// later, so the scan of the text before it costs nothing on most documents.
fn in_first_sentence(text: &str, at: usize) -> bool {
    let before = &text.as_bytes()[..at];
    !before.iter().enumerate().any(|(i, &b)| match b {
        b'.' => before.get(i + 1) != Some(&b'.') && (i == 0 || before[i - 1] != b'.'),
        b'!' | b'?' | b'\n' => true,
        _ => false,
    }) && !text[..at].contains('؟')
}

/// Whether standalone surname `id` (one of candidate `c`'s aliases) names its person alone: the
/// person held an office on `date` (with no date: is well known), and no other person whose
/// surname `c` also matches did (with no date: is well known too).
fn stands_alone(
    g: &Gazetteer,
    c: &Candidate,
    automaton: &Automaton,
    id: AliasId,
    date: Option<Date>,
) -> bool {
    let own = g.alias(id).record;
    active(g, own, date)
        && !alias_targets(c, automaton).any(|(_, other)| {
            let other = g.alias(other);
            other.form == Form::Surname && other.record != own && active(g, other.record, date)
        })
}

/// Whether winner `i` follows, after one space, a winner read as a person (ترامب in ترامب
/// وكيم).
fn person_right_before(
    text: &str,
    winners: &[Candidate],
    chosen: &[Option<Choice>],
    i: usize,
    g: &Gazetteer,
) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    let Some(Choice::Alias(a, _)) = chosen[prev] else {
        return false;
    };
    g.alias(a).kind() == EntityKind::Official
        && text.get(winners[prev].end..winners[i].word_start()) == Some(" ")
}

/// Whether the country named in the document may support surname `c` of person `record` with
/// nothing else: with a date, only of someone in office on it (شرطة أوستن is the city in 2018,
/// not Lloyd Austin), and never after someone else's given name (عبد الله المالكي).
fn surname_on_country_evidence(
    g: &Gazetteer,
    record: RecordId,
    evidence: &Evidence,
    normalized: &Normalized<'_>,
    c: &Candidate,
) -> bool {
    evidence.date.map_or(true, |d| active(g, record, Some(d)))
        && !someone_else_named(g, normalized, record, c.word_start())
}

/// Whether alias `id` of candidate `c` is a person's one-word short name, or a short name or
/// surname that is a given name or an ordinary word (عبد الله، فهد، المهندس), followed by another
/// person's family name (عبد الله المعلمي، الأمير فهد بن خالد): the candidate is then someone
/// else's name.
fn names_someone_else(
    g: &Gazetteer,
    normalized: &Normalized<'_>,
    c: &Candidate,
    id: AliasId,
    next_named: &dyn Fn() -> bool,
) -> bool {
    let a = g.alias(id);
    let follow_up_form = a.form == Form::Surname
        || (a.form == Form::ShortName && a.record.kind() == EntityKind::Official);
    let text = normalized.as_str();
    let at = c.word_start();
    // after a ruler's or leader's title (الملك سلمان الريادي، الملك عبد الله الملقي: an
    // adjective or an object may follow), only a name connector says so (الأمير فهد بن خالد)
    let titled = || {
        title_before(g, text, at)
            && !generic_rank_before(g, text, at)
            && !military_rank_before(g, text, at)
    };
    let connector = || {
        g.lexicon()
            .name_connectors
            .contains(word_after(text, c.end))
    };
    // a one-word short name is a given name used alone (فهد، تميم), whatever the list says
    let given_name_like = a.flags.common
        || (a.form == Form::ShortName && !a.text.contains(' '))
        || g.is_given_name(&text[c.start..c.end]);
    // the cheap tests first: most candidates stop at one of them
    follow_up_form
        && given_name_like
        && someone_elses_family_name_after(g, normalized, c.end, a.record, next_named)
        && (connector() || !titled())
}

/// Whether winner `i + 1` stands one space after winner `i` and names a person in full: the
/// object of a verb (يكلف عون سعد الحريري), not the father's name of winner `i`.
fn person_named_next(
    g: &Gazetteer,
    automaton: &Automaton,
    winners: &[Candidate],
    i: usize,
) -> bool {
    let (Some(c), Some(next)) = (winners.get(i), winners.get(i + 1)) else {
        return false;
    };
    next.start == c.end + 1
        && alias_targets(next, automaton).any(|(_, a)| {
            let a = g.alias(a);
            a.kind() == EntityKind::Official && matches!(a.form, Form::FullName | Form::Name)
        })
}

/// Whether alias `id` of candidate `c` is a person's short name that starts with a name
/// connector (بن سلمان) and follows a given name that is not the person's own, or a name that
/// itself follows a connector: the end of someone else's name (سلطان بن سلمان، مفرح بن سلمان).
fn ends_someone_elses_name(
    g: &Gazetteer,
    normalized: &Normalized<'_>,
    c: &Candidate,
    id: AliasId,
) -> bool {
    let a = g.alias(id);
    let text = normalized.as_str();
    let starts_with_connector = a.form == Form::ShortName
        && text[c.start..c.end]
            .split(' ')
            .next()
            .is_some_and(|w| g.lexicon().name_connectors.contains(w));
    if !starts_with_connector || !c.proclitics.is_empty() {
        return false;
    }
    let before = text[..c.start].trim_end_matches(' ');
    let mut words = before.rsplit(' ');
    let previous = words.next().unwrap_or("");
    let after_connector = words
        .next()
        .is_some_and(|w| g.lexicon().name_connectors.contains(w));
    after_connector
        || someone_else_named(g, normalized, a.record, c.word_start()) && !previous.is_empty()
}

/// Whether a family name (a definite nisba or a name connector) or a given name follows `end`
/// that is not a word of person `record`'s own name.
fn someone_elses_family_name_after(
    g: &Gazetteer,
    normalized: &Normalized<'_>,
    end: usize,
    record: RecordId,
    next_named: &dyn Fn() -> bool,
) -> bool {
    let RecordId::Official(o) = record else {
        return false;
    };
    // a family name, or a father's given name (القيادي الحوثي عبد الله محمد حسن)
    let next_word = word_after(normalized.as_str(), end);
    // as written: على (a preposition) is not the name علي
    let as_written = written(normalized, end + 1..end + 1 + next_word.len());
    let given =
        !next_word.is_empty() && g.is_given_name_as_written(next_word, as_written) && !next_named();
    if !family_name_after(g, normalized, end) && !given {
        return false;
    }
    // the family name (after a connector: فهد بن عبد الله) is part of the person's own name?
    let mut words = normalized.as_str()[end..]
        .split(' ')
        .filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("");
    let next = if g.lexicon().name_connectors.contains(first) {
        words.next().unwrap_or("")
    } else {
        first
    };
    // ابن أخيه، ابن عمه (kinship_nouns.tsv): "his nephew, his cousin", not a family name
    if g.lexicon().kinship_nouns.contains(next) {
        return false;
    }
    let own = crate::text::normalize(&g.official_at(o).name_ar);
    next.is_empty() || !own.as_str().replace(' ', "").contains(next)
}

/// Whether a given name that is not one of person `record`'s own names stands right before the
/// surname at `word_start`: the surname is then another bearer's (ميلانيا ترامب، أسماء الأسد).
fn someone_else_named(
    g: &Gazetteer,
    normalized: &Normalized<'_>,
    record: RecordId,
    word_start: usize,
) -> bool {
    let RecordId::Official(o) = record else {
        return false;
    };
    // normalized only when a given name does stand before the surname (most calls stop earlier)
    let own_name = std::cell::OnceCell::new();
    let own = |w: &str| {
        own_name
            .get_or_init(|| crate::text::normalize(&g.official_at(o).name_ar))
            .as_str()
            .split(' ')
            .any(|n| n == w)
    };
    given_name_before(g, normalized, word_start, own)
}

/// Whether person `record` held a military office (army chief, military commander, defence
/// minister, leader of an armed group), or alias `id` has a cue that matches at its place (the
/// data names the rank: الفريق _ on البرهان).
fn military_person(
    g: &Gazetteer,
    record: RecordId,
    id: AliasId,
    text: &str,
    word_start: usize,
    end: usize,
) -> bool {
    let RecordId::Official(o) = record else {
        return false;
    };
    g.official_at(o).offices.iter().any(|t| {
        matches!(
            t.role,
            Role::ArmyChief | Role::MilitaryCommander | Role::DefenceMinister | Role::GroupLeader
        )
    }) || has_cue(g, id, text, word_start, end)
}

/// Whether a minister's title stands before the surname at `word_start` (وزير الدفاع كول
/// مانيانغ) and person `record`, whose offices are known, never held that portfolio: the
/// surname is then the first word of someone else's name.
fn other_portfolio(g: &Gazetteer, record: RecordId, text: &str, word_start: usize) -> bool {
    let RecordId::Official(o) = record else {
        return false;
    };
    let offices = &g.official_at(o).offices;
    !offices.is_empty()
        && portfolio_before(g, text, word_start)
            .is_some_and(|roles| !offices.iter().any(|t| roles.contains(&t.role)))
}

/// Whether alias `a` is an Arabic family name with the article that many people share
/// (`ambiguous`, neither an ordinary word nor distinctive: المالكي، الحريري، الأسد): undated, a
/// verb of saying beside it names the person only when the document names their state.
fn family_name_like(a: &crate::gazetteer::Alias) -> bool {
    a.flags.ambiguous && !a.flags.common && !a.flags.standalone && a.text.starts_with("ال")
}

/// Whether `record` is a person whose offices on the document date (with no date: all their
/// offices) all belong to a state (none to an organization or a group): a verb of saying
/// beside such a person's surname needs the state named (وقال المالكي in a report on Yemen is
/// the coalition's spokesman). With a date, a statesman's leadership of his state's party or
/// political movement counts as that state's office: the date admits every party leader of
/// every state as it admits every minister (Saad Hariri, prime minister and leader of the
/// Future Movement: in a report on Syria, وأشار الحريري is someone else). Undated, where only the
/// well known are admitted, the party keeps its leader's reading as before (Bashar al-Assad,
/// who also leads the Baath party, in a sentence on Lebanon); a party or movement leader who
/// never held a state office keeps it always (أنصار الصدر).
fn serves_only_states(g: &Gazetteer, record: RecordId, evidence: &Evidence) -> bool {
    let date = evidence.date;
    let statesman = terms_held(g, record, None).any(|t| t.key.country().is_some());
    let parties_too = statesman && date.is_some();
    let mut held = terms_held(g, record, date).peekable();
    held.peek().is_some()
        && held.all(|t| match t.key.org {
            Some(RecordId::Country(_)) => true,
            org => parties_too && national_country(g, org).is_some(),
        })
}

/// The terms of person `record` on `date` (with no date: all their terms).
fn terms_held(
    g: &Gazetteer,
    record: RecordId,
    date: Option<Date>,
) -> impl Iterator<Item = &crate::gazetteer::Office> {
    let offices = match record {
        RecordId::Official(o) => g.official_at(o).offices.as_slice(),
        _ => &[],
    };
    offices
        .iter()
        .filter(move |t| date.map_or(true, |d| t.holds_on(d)))
}

/// The state an office of `org` serves: the state itself, or the main country of a party or a
/// political movement (the Dawa Party's is Iraq); `None` for an organization or an armed group.
fn national_country(g: &Gazetteer, org: Option<RecordId>) -> Option<CountryId> {
    match org? {
        RecordId::Country(c) => Some(c),
        RecordId::ArmedGroup(a) => {
            let party = g.armed_groups().get(a.index()).is_some_and(|grp| {
                matches!(grp.category, GroupCategory::Party | GroupCategory::Movement)
            });
            let group = RecordId::ArmedGroup(a);
            let main = g.record_countries(&group).first().copied();
            main.filter(|_| party)
        }
        _ => None,
    }
}

/// Whether the document names the main country of a party or movement that person `record`
/// led on the document date (undated: ever): وأكد المالكي in a report on Iraq.
fn party_country_named(g: &Gazetteer, record: RecordId, evidence: &Evidence) -> bool {
    terms_held(g, record, evidence.date)
        .filter(|t| matches!(t.key.org, Some(RecordId::ArmedGroup(_))))
        .filter_map(|t| national_country(g, t.key.org))
        .any(|c| evidence.countries.contains(&c))
}

/// Whether `record` is a person who was head of state or government on `date` (with no date:
/// at any time).
fn head_of_state_or_government(g: &Gazetteer, record: RecordId, date: Option<Date>) -> bool {
    terms_held(g, record, date)
        .any(|t| matches!(t.role, Role::HeadOfState | Role::HeadOfGovernment))
}

/// Whether no other person has the surname `id` that candidate `c` matches.
fn sole_bearer(g: &Gazetteer, c: &Candidate, automaton: &Automaton, id: AliasId) -> bool {
    let own = g.alias(id).record;
    !alias_targets(c, automaton).any(|(_, other)| {
        let other = g.alias(other);
        other.record != own && other.kind() == EntityKind::Official
    })
}

/// Whether `record` is a person with at least one office in the gazetteer.
fn has_office(g: &Gazetteer, record: RecordId) -> bool {
    matches!(record, RecordId::Official(o) if !g.official_at(o).offices.is_empty())
}

/// Whether `record` is a person in office on `date`, or (with no date) a well-known one.
fn active(g: &Gazetteer, record: RecordId, date: Option<Date>) -> bool {
    let RecordId::Official(o) = record else {
        return false;
    };
    let person = g.official_at(o);
    match date {
        Some(d) => person.offices.iter().any(|t| t.holds_on(d)),
        None => person.well_known,
    }
}

/// The office of the role phrase winner `i` comes right after (الرئيس الأمريكي بوش), with only
/// ranks or punctuation between.
fn role_before(
    text: &str,
    winners: &[Candidate],
    chosen: &[Option<Choice>],
    i: usize,
    g: &Gazetteer,
) -> Option<OfficeKey> {
    let prev = i.checked_sub(1)?;
    let (Some(Choice::Role), Source::Role(hit)) = (&chosen[prev], &winners[prev].source) else {
        return None;
    };
    text.get(winners[prev].end..winners[i].word_start())
        .is_some_and(|gap| links_role_to_name(g, gap, false))
        .then_some(hit.office)
}

/// Whether a country that an entity (other than a country) belongs to is named, and the
/// entity was alive on the document date (if any).
fn country_named(g: &Gazetteer, record: RecordId, evidence: &Evidence) -> bool {
    record.kind() != EntityKind::Country
        && g.record_countries(&record)
            .iter()
            .any(|c| evidence.countries.contains(c))
        && evidence
            .date
            .map_or(true, |d| namesakes::alive_on(g, record, d))
}

/// Of the supported readings, the strongest; between two entities equally supported, a
/// follow-up or a standalone surname is never guessed, and otherwise `namesakes::choose`
/// decides (alive on the date, country named, in office, most recent). A tie left after that
/// gives nothing.
fn pick_one(
    g: &Gazetteer,
    readings: &[Reading],
    evidence: &Evidence,
) -> Option<(AliasId, Resolution)> {
    let strongest = readings.iter().map(|r| r.strength).max()?;
    let mut top: Vec<&Reading> = readings
        .iter()
        .filter(|r| r.strength == strongest)
        .collect();
    let lexicon = g.lexicon();
    top.sort_by_key(|r| (r.record, lexicon.form_rank(g.alias(r.alias).form)));
    top.dedup_by_key(|r| r.record);
    if let [only] = top.as_slice() {
        return Some((only.alias, only.resolution));
    }
    if matches!(strongest, Strength::NamedBefore | Strength::Standalone) {
        return None;
    }
    let fits: Vec<(RecordId, AliasId)> = top.iter().map(|r| (r.record, r.alias)).collect();
    let alias = namesakes::choose(g, &fits, evidence.date, &evidence.context)?;
    top.iter()
        .find(|r| r.alias == alias)
        .map(|r| (r.alias, r.resolution))
}

/// The countries named by the direct mentions among `winners`: unambiguous country aliases and
/// role phrases, into `out` (cleared first).
fn direct_countries(
    winners: &[Candidate],
    automaton: &Automaton,
    g: &Gazetteer,
    out: &mut Countries,
) {
    out.clear();
    for c in winners.iter().filter(|c| c.support == Support::Direct) {
        if let Source::Role(hit) = c.source {
            out.extend(hit.office.country());
        }
        for (_, a) in alias_targets(c, automaton) {
            let alias = g.alias(a);
            if let (RecordId::Country(country), false) = (alias.record, alias.flags.ambiguous) {
                out.insert(country);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::{candidates::collect, overlap::select};
    use crate::text::normalize::normalize_for_matching;

    /// (text, date, expected (mention as normalized, record id, resolution)).
    type Case = (
        &'static str,
        Option<&'static str>,
        &'static [(&'static str, &'static str, Resolution)],
    );

    const CASES: &[Case] = &[
        // ambiguous: the same entity named unambiguously, or its country
        (
            "قال حماس ثم حركة المقاومة الإسلامية",
            None,
            &[
                ("حماس", "hamas", Resolution::Document),
                ("حركه المقاومه الاسلاميه", "hamas", Resolution::Direct),
            ],
        ),
        (
            "في دمشق قال الأسد",
            None,
            &[
                ("دمشق", "SY", Resolution::Direct),
                ("الاسد", "bashar-al-assad", Resolution::Document),
            ],
        ),
        // two officials fit: the date, else the most recent term
        (
            "في دمشق استقبل الأسد",
            Some("1995-01-01"),
            &[
                ("دمشق", "SY", Resolution::Direct),
                ("الاسد", "hafez-al-assad", Resolution::Document),
            ],
        ),
        // a surname after its full name, and after a title
        (
            "قال حسين دهقان ثم دهقان",
            None,
            &[
                ("حسين دهقان", "hossein-dehghan", Resolution::Direct),
                ("دهقان", "hossein-dehghan", Resolution::FollowUp),
            ],
        ),
        (
            "قال الرئيس الأسد",
            None,
            &[("الاسد", "bashar-al-assad", Resolution::ContextCue)],
        ),
        // two persons named in full: the surname is not guessed
        (
            "بشار الأسد وحافظ الأسد ثم الأسد",
            None,
            &[
                ("بشار الاسد", "bashar-al-assad", Resolution::Direct),
                ("حافظ الاسد", "hafez-al-assad", Resolution::Direct),
            ],
        ),
        // a verb of saying beside the surname of a person in office on the date
        (
            "في دمشق قال الأسد",
            Some("1995-01-01"),
            &[
                ("دمشق", "SY", Resolution::Direct),
                ("الاسد", "hafez-al-assad", Resolution::ContextCue),
            ],
        ),
        // nothing supports it (no date, and the person is not marked well known)
        ("قال دهقان", None, &[]),
    ];

    #[test]
    fn evidence_decides_the_pending_mentions() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        for (text, date, want) in CASES {
            let (n, scan) = normalize_for_matching(text);
            let found = collect(&n, &scan, &a, &g);
            let (winners, _) = select(found.candidates, false);
            let date = date.map(|d| d.parse().expect("date"));
            let got: Vec<(&str, &str, Resolution)> = decide(&n, &winners, &a, &g, date)
                .iter()
                .map(|r| {
                    let Found::Alias(id) = r.found else {
                        panic!("an alias")
                    };
                    (
                        &n.as_str()[r.start..r.end],
                        g.record(g.alias(id).record).id(),
                        r.resolution,
                    )
                })
                .collect();
            assert_eq!(got, *want, "in {text:?} on {date:?}");
        }
    }

    #[test]
    fn strengths_are_ordered_and_ties_give_nothing() {
        assert!(Strength::CountryNamed < Strength::Supported);
        assert!(Strength::Supported < Strength::NamedBefore);
    }
}
