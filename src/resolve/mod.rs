//! Span resolution: Arabic word boundaries and proclitics, overlaps, roles, references and
//! document context.
//!
//! Pure functions over the normalized text and the automaton's raw matches, one stage per
//! module: `candidates` (rules 1 and 2), `context` (cues, vocalisation, titles), `roles` (role
//! phrases and their holders), `overlap` (rule 3), `shadows` (rule 3b), `document` (rule 4) and
//! `references` (group nouns). The rules, in order:
//! 1. **Boundaries.** A candidate starts at a word start, or after a proclitic chain that fills
//!    the rest of the word's start (و/ف, then ب/ل/ك); a ل-merged pattern (للعراق) needs exactly
//!    (و|ف)?ل before it. It ends where the next char is not a letter or digit.
//! 2. **Context gating.** An unambiguous alias stands on its own; an ambiguous one needs a cue
//!    next to it, or document evidence (rule 4); a surname needs an earlier full mention.
//! 3. **Overlaps.** Of overlapping candidates the longest wins; at equal length a better-supported
//!    one (direct > cue > pending), then the earlier one. The result is sorted and
//!    non-overlapping (nested mentions are added only when asked for, each linked to its parent).
//!    3b. A winning shadowing name (بحر الصين الجنوبي) is not reported; the mentions inside it
//!    of the countries it lists are dropped, or reported with form `in_name` when asked for.
//! 4. **Document.** Pending candidates are kept when the document has an unambiguous mention of
//!    the same entity (or of its country), and surnames when the same person was named in full
//!    before; where two entities fit, the document date, then the most recent term, decide;
//!    otherwise nothing is reported.

use crate::automaton::Automaton;
use crate::gazetteer::{AliasId, Date, Gazetteer, OfficeKey, OfficialId, TitleId};
use crate::text::alphabet::Scan;
use crate::text::{Normalized, Proclitics};

mod candidates;
mod context;
mod counterparts;
mod document;
mod namesakes;
mod overlap;
mod references;
mod roles;
mod shadows;

/// How a mention was resolved to its entity, so users can filter by confidence.
///
/// ```
/// let found = alam::extract("وصل الوفد إلى دمشق");
/// assert_eq!(found[0].resolution, alam::Resolution::Direct);
/// assert_eq!(found[0].resolution.as_str(), "direct");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Resolution {
    /// An unambiguous alias.
    Direct,
    /// An ambiguous alias supported by a cue word next to it (حركة حماس، الرئيس الأسد).
    ContextCue,
    /// An ambiguous alias supported by the rest of the document (an unambiguous mention of the
    /// same entity or of its country), or a surname in the first sentence (a headline) of a
    /// person named in full after it.
    Document,
    /// A surname or short form after the person was named in full earlier in the document.
    FollowUp,
    /// An office named by title and country; the holder is resolved from the document date.
    Role,
    /// A distinctive surname alone, with no earlier full name (قال بوتين): the alias is flagged
    /// `standalone` in the data, its person held an office on the document date (or, with no
    /// date, is marked well known), and no other person with that surname did.
    ///
    /// ```
    /// let options = alam::Options::default().with_date("2016-06-09".parse().unwrap());
    /// let e = &alam::Extractor::default_ref().extract_with("وقال بوتين إن", &options)[0];
    /// assert_eq!((e.id(), e.resolution), (Some("vladimir-putin"), alam::Resolution::Standalone));
    /// ```
    Standalone,
}

impl Resolution {
    /// `"direct"`, `"context_cue"`, `"document"`, `"follow_up"`, `"role"` or `"standalone"`.
    ///
    /// ```
    /// let found = alam::extract("في دمشق");
    /// assert_eq!(found[0].resolution.as_str(), "direct");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Resolution::Direct => "direct",
            Resolution::ContextCue => "context_cue",
            Resolution::Document => "document",
            Resolution::FollowUp => "follow_up",
            Resolution::Role => "role",
            Resolution::Standalone => "standalone",
        }
    }
}

impl serde::Serialize for Resolution {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// What the caller may ask of the resolver.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ResolveOptions {
    pub date: Option<Date>,
    pub nested: bool,
    /// Threads for finding the candidates (0 or 1: the calling thread alone).
    pub jobs: usize,
    /// Report country mentions inside an organization's name (`in_name` rows of
    /// `shadowing_names.tsv`).
    pub in_name: bool,
}

/// An office found by composing a title with what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RoleHit {
    pub office: OfficeKey,
    /// The title row that named it.
    pub title: TitleId,
}

/// A role mention with its holder, if known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RoleFound {
    pub office: RoleHit,
    pub holder: Option<OfficialId>,
    /// The phrase is followed by a person who did not hold that office (on the date).
    pub mismatch: bool,
}

/// What a resolved mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Found {
    /// The record of this alias, named by it.
    Alias(AliasId),
    /// The group named earlier by this alias, referred to by a generic noun (الحركة).
    Reference(AliasId),
    /// An office.
    Role(RoleFound),
    /// The country of this alias, named inside an organization's name (وكالة الأنباء الفرنسية).
    InName(AliasId),
}

/// A resolved mention, in normalized coordinates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Resolved {
    pub start: usize,
    pub end: usize,
    pub proclitics: Proclitics,
    pub resolution: Resolution,
    /// Index of the containing mention in the output, for nested mentions.
    pub parent: Option<usize>,
    pub found: Found,
}

/// The buffers of a resolution, kept between documents (cleared, not reallocated).
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    matches: Vec<crate::automaton::Match>,
    found: candidates::Found,
    winners: Vec<candidates::Candidate>,
    nested: Vec<candidates::Candidate>,
    taken: overlap::Taken,
    evidence: document::Evidence,
}

/// Finds, gates and resolves every mention in `normalized` (encoded as `scan`) into `out`
/// (cleared first): the top-level mentions sorted and disjoint, then, when asked for, the
/// nested ones (sorted), each linked to its container.
pub(crate) fn resolve(
    normalized: &Normalized<'_>,
    scan: &Scan,
    automaton: &Automaton,
    g: &Gazetteer,
    options: ResolveOptions,
    scratch: &mut Scratch,
    out: &mut Vec<Resolved>,
) {
    scratch.found.clear();
    if options.jobs > 1 {
        let mut parts = collect_parallel(normalized, scan, automaton, g, options.jobs);
        for p in &mut parts {
            scratch.found.append(p);
        }
    } else {
        let all = 0..scan.bytes().len();
        let (matches, found) = (&mut scratch.matches, &mut scratch.found);
        candidates::collect_into(normalized, scan, automaton, g, all, matches, found);
    }
    decide_all(normalized, automaton, g, options, scratch, out);
}

/// The candidates of consecutive parts of the text, found on `jobs` threads: together exactly
/// what one pass finds (see `Automaton::find_ending_in`); the document is then decided as a
/// whole, so the result is the same as on one thread.
fn collect_parallel(
    normalized: &Normalized<'_>,
    scan: &Scan,
    automaton: &Automaton,
    g: &Gazetteer,
    jobs: usize,
) -> Vec<candidates::Found> {
    let chars = scan.bytes().len();
    let part = chars.div_ceil(jobs).max(1);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..chars)
            .step_by(part)
            .map(|from| {
                s.spawn(move || {
                    let mut found = candidates::Found::default();
                    let ends = from..(from + part).min(chars);
                    candidates::collect_into(
                        normalized,
                        scan,
                        automaton,
                        g,
                        ends,
                        &mut Vec::new(),
                        &mut found,
                    );
                    found
                })
            })
            .collect();
        let joined = handles.into_iter().map(|h| h.join());
        joined.map(|r| r.unwrap_or_default()).collect()
    })
}

/// Everything after collecting the candidates in `scratch.found`: roles, overlaps, document
/// decisions, holders, references and nested mentions, into `out` (cleared first).
fn decide_all(
    normalized: &Normalized<'_>,
    automaton: &Automaton,
    g: &Gazetteer,
    options: ResolveOptions,
    scratch: &mut Scratch,
    out: &mut Vec<Resolved>,
) {
    let text = normalized.as_str();
    let found = &mut scratch.found;
    let roles = roles::compose(text, &found.titles, &found.candidates, automaton, g);
    let counterparts = counterparts::compose(text, &roles, &found.candidates, automaton, g);
    found.candidates.extend(roles);
    found.candidates.extend(counterparts);
    let shadowed = select_winners(text, automaton, g, options, scratch);
    out.clear();
    let evidence = &mut scratch.evidence;
    document::decide_into(
        normalized,
        &scratch.winners,
        automaton,
        g,
        options.date,
        evidence,
        out,
    );
    let counterpart_demonyms = counterparts::after_persons(text, out, g, options.date);
    roles::resolve_holders(text, out, g, options.date);
    let found = &mut scratch.found;
    let references = outside(std::mem::take(&mut found.references), &shadowed.spans);
    references::resolve(text, &references, out, g);
    found.references = references;
    if !shadowed.in_name.is_empty() {
        out.extend(shadowed.in_name);
        out.sort_by_key(|r| r.start);
    }
    if options.nested {
        let mut nested = Vec::new();
        let winners = &scratch.nested;
        document::decide_into(
            normalized,
            winners,
            automaton,
            g,
            options.date,
            evidence,
            &mut nested,
        );
        roles::resolve_holders(text, &mut nested, g, options.date);
        nested.extend(counterpart_demonyms);
        nested.sort_by_key(|n| n.start);
        // Keep the outer mentions' indices stable: outers first (sorted), then nested (sorted).
        let outer = out.len();
        for mut n in nested {
            // the outer mentions are sorted and disjoint: the one starting last at or before n
            let i = out[..outer].partition_point(|o| o.start <= n.start);
            n.parent = i.checked_sub(1).filter(|&p| out[p].end >= n.end);
            if n.parent.is_some() {
                out.push(n);
            }
        }
    }
}

/// The overlap selection over `scratch.found.candidates` into `scratch.winners` (and the
/// candidates inside them into `scratch.nested` when something acts on them), after the
/// shadowing names and the team nouns have acted: what they leave besides the winners.
fn select_winners(
    text: &str,
    automaton: &Automaton,
    g: &Gazetteer,
    options: ResolveOptions,
    scratch: &mut Scratch,
) -> shadows::Shadowed {
    let found = &mut scratch.found;
    // What lies inside the winners is gathered only when something acts on it: nested
    // mentions asked for, in-name mentions asked for, or a shadowing name among the candidates.
    let inside = options.nested
        || options.in_name
        || found
            .candidates
            .iter()
            .any(|c| matches!(c.source, candidates::Source::Shadow(_)));
    scratch.nested.clear();
    let (winners, taken) = (&mut scratch.winners, &mut scratch.taken);
    let nested = inside.then_some(&mut scratch.nested);
    overlap::select_into(&mut found.candidates, taken, winners, nested);
    let mut shadowed = shadows::Shadowed::default();
    if inside {
        let (winners, nested) = (std::mem::take(winners), std::mem::take(&mut scratch.nested));
        shadowed = shadows::apply(winners, nested, automaton, g, options.in_name);
        scratch.winners = std::mem::take(&mut shadowed.winners);
        scratch.nested = std::mem::take(&mut shadowed.nested);
    }
    let teams = shadows::team_names(text, &mut scratch.winners, automaton, g, options.in_name);
    if !teams.is_empty() {
        shadowed.in_name.extend(teams);
        shadowed.in_name.sort_by_key(|r| r.start);
    }
    shadowed
}

/// The reference nouns outside every span of `spans` (sorted, disjoint).
fn outside(hits: Vec<candidates::NounHit>, spans: &[(usize, usize)]) -> Vec<candidates::NounHit> {
    if spans.is_empty() {
        return hits;
    }
    hits.into_iter()
        .filter(|h| {
            let i = spans.partition_point(|s| s.0 <= h.start);
            !i.checked_sub(1).is_some_and(|i| spans[i].1 > h.start)
        })
        .collect()
}
