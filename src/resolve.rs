//! Span resolution: Arabic word boundaries and proclitics, overlaps, and document context.
//!
//! Pure functions over the normalized text and the automaton's raw matches. The rules, in order:
//! 1. **Boundaries.** A candidate starts at a word start, or after a proclitic chain that fills
//!    the rest of the word's start (و/ف, then ب/ل/ك); a ل-merged pattern (للعراق) needs exactly
//!    (و|ف)?ل before it. It ends where the next char is not a letter or digit.
//! 2. **Context gating.** An unambiguous alias stands on its own; an ambiguous one needs a cue
//!    next to it, or document evidence (rule 4); a surname needs an earlier full mention.
//! 3. **Overlaps.** Of overlapping candidates the longest wins; at equal length a better-supported
//!    one (direct > cue > pending), then the earlier one. The result is sorted and
//!    non-overlapping (nested mentions are added only when asked for, each linked to its parent).
//! 4. **Document.** Pending candidates are kept when the document has an unambiguous mention of
//!    the same entity (or of its country), and surnames when the same person was named in full
//!    before; where two entities fit, the document date, then the most recent term, decide;
//!    otherwise nothing is reported.

use std::collections::{BTreeMap, HashMap, HashSet};

use crate::automaton::Automaton;
use crate::entity::{Proclitics, Resolution};
use crate::gazetteer::{Alias, Date, EntityKind, Form, Gazetteer};

/// What the caller may ask of the resolver.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ResolveOptions {
    pub date: Option<Date>,
    pub nested: bool,
}

/// A resolved mention, in normalized coordinates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub start: usize,
    pub end: usize,
    pub alias: u32,
    pub proclitics: Proclitics,
    pub resolution: Resolution,
    /// Index of the containing mention in the output, for nested mentions.
    pub parent: Option<usize>,
}

/// How well a target alias is supported before document context is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Support {
    /// Needs an earlier full mention (surname) or document evidence (ambiguous).
    Pending = 1,
    /// Ambiguous, with a cue beside it.
    Cue = 2,
    /// Unambiguous.
    Direct = 3,
}

#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    pattern: usize,
    proclitics: Proclitics,
    /// The proclitics end with the preposition ل, so ل-merged targets are valid too.
    lam: bool,
    support: Support,
}

/// Finds, gates and resolves every mention in `text` (normalized).
pub(crate) fn resolve(
    text: &str,
    automaton: &Automaton,
    gazetteer: &Gazetteer,
    options: ResolveOptions,
) -> Vec<Resolved> {
    let aliases = gazetteer.aliases();
    let mut candidates = Vec::new();
    for (start, end, pattern) in automaton.find_all(text) {
        if !ends_word(text, end) {
            continue;
        }
        let Some((prefix, lam)) = proclitic_prefix(text, start) else {
            continue;
        };
        let mut support = None;
        for t in automaton.targets(pattern) {
            if t.merged && !lam {
                continue;
            }
            let s = initial_support(&aliases[t.alias as usize], automaton, t.alias, text, start - prefix.as_str().len(), end);
            support = support.max(Some(s));
        }
        if let Some(support) = support {
            candidates.push(Candidate {
                start,
                end,
                pattern,
                proclitics: prefix,
                lam,
                support,
            });
        }
    }
    let (winners, nested) = select_non_overlapping(candidates, options.nested);
    let mut out = decide(text, &winners, automaton, gazetteer, options.date);
    if options.nested {
        let nested = decide(text, &nested, automaton, gazetteer, options.date);
        for mut n in nested {
            n.parent = out
                .iter()
                .position(|o| o.start <= n.start && n.end <= o.end && o.parent.is_none());
            if n.parent.is_some() {
                out.push(n);
            }
        }
        // Keep outer mentions' indices stable: outers first (sorted), then nested (sorted).
    }
    out
}

/// Whether a mention ending at `end` ends a word: the next char is not a letter or digit.
pub(crate) fn ends_word(text: &str, end: usize) -> bool {
    text[end..].chars().next().map_or(true, |c| !c.is_alphanumeric())
}

/// The proclitic chain between the start of the word and `start`, and whether it ends with
/// the preposition ل (so that ل-merged patterns are valid there as well as plain ones). `None`
/// when the letters before `start` are not a valid chain.
pub(crate) fn proclitic_prefix(text: &str, start: usize) -> Option<(Proclitics, bool)> {
    let before = &text[..start];
    let mut word_start = start;
    for (count, (i, c)) in before.char_indices().rev().enumerate() {
        if !c.is_alphanumeric() {
            break;
        }
        if count == 2 {
            return None;
        }
        word_start = i;
    }
    let prefix = &text[word_start..start];
    let chain = Proclitics::parse(prefix)?;
    Some((chain, prefix.ends_with('ل')))
}

fn initial_support(
    alias: &Alias,
    automaton: &Automaton,
    alias_index: u32,
    text: &str,
    word_start: usize,
    end: usize,
) -> Support {
    if alias.flags.ambiguous {
        if has_cue(automaton, alias_index, text, word_start, end) {
            Support::Cue
        } else {
            Support::Pending
        }
    } else if alias.form == Form::Surname {
        Support::Pending
    } else {
        Support::Direct
    }
}

fn has_cue(automaton: &Automaton, alias: u32, text: &str, word_start: usize, end: usize) -> bool {
    automaton.cues(alias).iter().any(|cue| {
        let before_ok = cue.before.is_empty() || text[..word_start].ends_with(cue.before.as_str());
        let after_ok = cue.after.is_empty()
            || (text[end..].starts_with(cue.after.as_str())
                && ends_word(text, end + cue.after.len()));
        before_ok && after_ok
    })
}

/// Longest wins, then better support, then earlier. Returns the winners sorted by start and,
/// when `keep_nested`, the losers that lie entirely inside a winner.
fn select_non_overlapping(
    mut candidates: Vec<Candidate>,
    keep_nested: bool,
) -> (Vec<Candidate>, Vec<Candidate>) {
    candidates.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.support.cmp(&a.support))
            .then(a.start.cmp(&b.start))
    });
    // start → end of accepted spans
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut winners = Vec::new();
    let mut nested = Vec::new();
    for c in candidates {
        let overlaps_before = taken
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &e)| e > c.start);
        if overlaps_before {
            if keep_nested {
                let inside = taken
                    .range(..=c.start)
                    .next_back()
                    .is_some_and(|(_, &e)| e >= c.end);
                if inside {
                    nested.push(c);
                }
            }
            continue;
        }
        taken.insert(c.start, c.end);
        winners.push(c);
    }
    winners.sort_by_key(|c| c.start);
    nested.sort_by_key(|c| (c.start, c.end));
    // Nested candidates may overlap each other; keep the longest of each cluster.
    let mut kept: Vec<Candidate> = Vec::new();
    for c in nested {
        match kept.last() {
            Some(last) if c.start < last.end => {
                if c.end - c.start > last.end - last.start {
                    kept.pop();
                    kept.push(c);
                }
            }
            _ => kept.push(c),
        }
    }
    (winners, kept)
}

/// Form preference among aliases of one record matching the same span (lower is preferred).
fn form_rank(form: Form) -> u8 {
    match form {
        Form::FullName => 0,
        Form::Name => 1,
        Form::LongName => 2,
        Form::ShortName => 3,
        Form::Acronym => 4,
        Form::SelfDesignation => 5,
        Form::Label => 6,
        Form::Seat => 7,
        Form::Capital => 8,
        Form::Demonym => 9,
        Form::Surname => 10,
        _ => 11,
    }
}

type RecordKey = (EntityKind, usize);

/// Country record indices an entity belongs to (for document evidence).
fn countries_of(g: &Gazetteer, key: RecordKey) -> Vec<usize> {
    match key.0 {
        EntityKind::Country => vec![key.1],
        EntityKind::Official => g.officials()[key.1]
            .offices
            .iter()
            .filter_map(|o| o.country.as_deref().and_then(|c| g.country_index(c)))
            .collect(),
        EntityKind::ArmedGroup => g.armed_groups()[key.1]
            .countries
            .iter()
            .filter_map(|c| g.country_index(c))
            .collect(),
    }
}

/// (in office on the date, holds an open term, last end date): larger is preferred when nothing
/// else decides between two officials.
fn recency(g: &Gazetteer, key: RecordKey, date: Option<Date>) -> (bool, bool, Option<Date>) {
    if key.0 != EntityKind::Official {
        return (false, false, None);
    }
    let o = &g.officials()[key.1];
    let in_office = date.is_some_and(|d| o.offices.iter().any(|t| t.holds_on(d)));
    let open = o.offices.iter().any(|t| t.end.is_none());
    let last = o.offices.iter().filter_map(|t| t.end).max();
    (in_office, open, last)
}

fn decide(
    text: &str,
    winners: &[Candidate],
    automaton: &Automaton,
    g: &Gazetteer,
    date: Option<Date>,
) -> Vec<Resolved> {
    let aliases = g.aliases();
    // First pass: direct and cue-supported mentions give the document's evidence.
    let mut chosen: Vec<Option<(u32, Resolution)>> = vec![None; winners.len()];
    let mut first_mention: HashMap<RecordKey, usize> = HashMap::new();
    let mut country_evidence: HashSet<usize> = HashSet::new();
    for (i, c) in winners.iter().enumerate() {
        if c.support == Support::Pending {
            continue;
        }
        let wanted = c.support;
        let word_start = c.start - c.proclitics.as_str().len();
        let pick = automaton
            .targets(c.pattern)
            .iter()
            .filter(|t| !t.merged || c.lam)
            .filter(|t| {
                initial_support(&aliases[t.alias as usize], automaton, t.alias, text, word_start, c.end) == wanted
            })
            .min_by_key(|t| (form_rank(aliases[t.alias as usize].form), t.alias));
        let Some(t) = pick else { continue };
        let a = &aliases[t.alias as usize];
        let key = (a.kind, a.record);
        let resolution = if wanted == Support::Direct {
            Resolution::Direct
        } else {
            Resolution::ContextCue
        };
        chosen[i] = Some((t.alias, resolution));
        first_mention.entry(key).or_insert(c.start);
        country_evidence.extend(countries_of(g, key));
    }
    // Second pass: pending mentions (ambiguous aliases without a cue, surnames).
    for (i, c) in winners.iter().enumerate() {
        if c.support != Support::Pending {
            continue;
        }
        // (strength, record, alias, resolution) of every target that context supports
        let mut options: Vec<(u8, RecordKey, u32, Resolution)> = Vec::new();
        for t in automaton.targets(c.pattern).iter().filter(|t| !t.merged || c.lam) {
            let a = &aliases[t.alias as usize];
            let key = (a.kind, a.record);
            let named_before = first_mention.get(&key).is_some_and(|&p| p < c.start);
            let follow_up_form = a.form == Form::Surname
                || (a.form == Form::ShortName && a.kind == EntityKind::Official);
            let support = if follow_up_form && named_before {
                Some((3, Resolution::FollowUp))
            } else if follow_up_form && !a.flags.ambiguous {
                None
            } else if !follow_up_form && first_mention.contains_key(&key) {
                Some((2, Resolution::Document))
            } else if country_evidence_for(g, key, &country_evidence) {
                Some((1, Resolution::Document))
            } else {
                None
            };
            if let Some((strength, resolution)) = support {
                options.push((strength, key, t.alias, resolution));
            }
        }
        chosen[i] = pick_one(g, &options, date);
    }
    winners
        .iter()
        .zip(chosen)
        .filter_map(|(c, choice)| {
            let (alias, resolution) = choice?;
            Some(Resolved {
                start: c.start,
                end: c.end,
                alias,
                proclitics: c.proclitics,
                resolution,
                parent: None,
            })
        })
        .collect()
}

fn country_evidence_for(g: &Gazetteer, key: RecordKey, evidence: &HashSet<usize>) -> bool {
    key.0 != EntityKind::Country && countries_of(g, key).iter().any(|c| evidence.contains(c))
}

/// Of the supported readings, the strongest; between two entities equally supported, a
/// follow-up is never guessed, and otherwise the one in office on the document date, then the
/// one who served most recently, wins. A tie left after that gives nothing.
fn pick_one(
    g: &Gazetteer,
    options: &[(u8, RecordKey, u32, Resolution)],
    date: Option<Date>,
) -> Option<(u32, Resolution)> {
    let strongest = options.iter().map(|o| o.0).max()?;
    let mut top: Vec<&(u8, RecordKey, u32, Resolution)> =
        options.iter().filter(|o| o.0 == strongest).collect();
    top.sort_by_key(|o| (o.1, form_rank(g.aliases()[o.2 as usize].form)));
    top.dedup_by_key(|o| o.1);
    if top.len() == 1 {
        return Some((top[0].2, top[0].3));
    }
    if strongest == 3 {
        return None;
    }
    let mut ranked: Vec<((bool, bool, Option<Date>), &(u8, RecordKey, u32, Resolution))> = top
        .into_iter()
        .map(|o| (recency(g, o.1, date), o))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0));
    if ranked[0].0 == ranked[1].0 {
        return None;
    }
    Some((ranked[0].1 .2, ranked[0].1 .3))
}
