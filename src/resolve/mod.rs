//! Span resolution: Arabic word boundaries and proclitics, overlaps, roles, references and
//! document context.
//!
//! Pure functions over the normalized text and the automaton's raw matches, one stage per
//! module: `candidates` (rules 1 and 2), `context` (cues, vocalisation, titles), `roles` (role
//! phrases and their holders), `overlap` (rule 3), `document` (rule 4) and `references` (group
//! nouns). The rules, in order:
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

use crate::automaton::Automaton;
use crate::gazetteer::{AliasId, CountryId, Date, Gazetteer, OfficialId, Role, TitleId};
use crate::text::alphabet::Scan;
use crate::text::{Normalized, Proclitics};

mod candidates;
mod context;
mod document;
mod overlap;
mod references;
mod roles;

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
    /// same entity or of its country).
    Document,
    /// A surname or short form after the person was named in full earlier in the document.
    FollowUp,
    /// An office named by title and country; the holder is resolved from the document date.
    Role,
}

impl Resolution {
    /// `"direct"`, `"context_cue"`, `"document"`, `"follow_up"` or `"role"`.
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
}

/// An office found by composing a title with what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RoleHit {
    pub role: Role,
    pub country: Option<CountryId>,
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

/// Finds, gates and resolves every mention in `normalized` (encoded as `scan`): the top-level
/// mentions sorted and disjoint, then, when asked for, the nested ones (sorted), each linked to
/// its container.
pub(crate) fn resolve(
    normalized: &Normalized<'_>,
    scan: &Scan,
    automaton: &Automaton,
    g: &Gazetteer,
    options: ResolveOptions,
) -> Vec<Resolved> {
    let text = normalized.as_str();
    let found = candidates::collect(normalized, scan, automaton, g);
    let mut candidates = found.candidates;
    let roles = roles::compose(text, &found.titles, &candidates, automaton, g);
    candidates.extend(roles);
    let (winners, nested) = overlap::select(candidates, options.nested);
    let mut out = document::decide(normalized, &winners, automaton, g, options.date);
    roles::resolve_holders(text, &mut out, g, options.date);
    references::resolve(text, &found.references, &mut out, g);
    if options.nested {
        let mut nested = document::decide(normalized, &nested, automaton, g, options.date);
        roles::resolve_holders(text, &mut nested, g, options.date);
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
    out
}
