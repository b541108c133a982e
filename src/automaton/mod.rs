//! Patterns → Aho-Corasick: every normalized alias variant, role title and group noun compiled
//! into one automaton over the matching alphabet, with the table from pattern to what it
//! stands for.
//!
//! Invariants: each distinct normalized form is one pattern; a pattern's targets are never
//! empty and name each (target, merged) pair once; the automaton reports every occurrence of
//! every pattern (standard semantics, overlapping search) whose next char does not continue a
//! word, so the resolver sees all candidates, including those the boundary rules will reject;
//! it scans on a contiguous NFA until its DFA, a [`table::Table`] built from that NFA on a
//! background thread, is there, with the same matches in the same order on either.

mod table;

use std::borrow::Cow;
use std::ops::Range;
use std::sync::{Arc, Mutex, OnceLock};

use aho_corasick::automaton::{Automaton as _, StateID};
use aho_corasick::{dfa, nfa, Anchored, MatchKind};

use crate::error::{Error, Result};
use crate::gazetteer::{
    merged_form, normalize_alias, AliasId, FastMap, Gazetteer, NounId, ShadowId, TitleId,
};
use crate::text::alphabet::{encode, is_word_byte, Scan};
use table::Table;

/// What a pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// A variant of an alias.
    Alias(AliasId),
    /// A role title (a row of `role_titles.tsv`).
    Title(TitleId),
    /// A noun that refers back to a group (a row of `group_nouns.tsv`).
    Noun(NounId),
    /// A name that shadows the country aliases inside it (a row of `shadowing_names.tsv`).
    Shadow(ShadowId),
}

/// One target of a pattern, and whether the pattern is its ل-merged form (valid only after the
/// preposition ل; see `gazetteer/variants.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PatternTarget {
    pub target: Target,
    pub merged: bool,
}

/// A pattern's number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct PatternId(u32);

/// One occurrence of a pattern: byte offsets into the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Match {
    pub start: usize,
    pub end: usize,
    pub pattern: PatternId,
}

/// The engine a scan runs on: the table of the DFA once it is built, else the contiguous NFA.
#[derive(Debug, Clone, Copy)]
enum Engine<'a> {
    Table(&'a Table),
    Nfa(&'a nfa::contiguous::NFA),
}

/// What a scan loop steps with, one dense code at a time: the table or the NFA.
trait Stepper {
    type State: Copy;
    fn start(&self) -> Option<Self::State>;
    fn step(&self, s: Self::State, code: u8) -> Self::State;
    fn is_match(&self, s: Self::State) -> bool;
    /// Calls `found(pattern, length)` for each pattern ending in match state `s`, in order.
    fn each_match(&self, s: Self::State, found: impl FnMut(usize, usize));
}

impl Stepper for Table {
    type State = table::State;

    #[inline]
    fn start(&self) -> Option<table::State> {
        Some(Table::start(self))
    }

    #[inline]
    fn step(&self, s: table::State, code: u8) -> table::State {
        self.next(s, code)
    }

    #[inline]
    fn is_match(&self, s: table::State) -> bool {
        Table::is_match(self, s)
    }

    #[inline]
    fn each_match(&self, s: table::State, mut found: impl FnMut(usize, usize)) {
        for &(p, len) in self.matches(s) {
            found(p as usize, len as usize);
        }
    }
}

impl Stepper for nfa::contiguous::NFA {
    type State = StateID;

    #[inline]
    fn start(&self) -> Option<StateID> {
        self.start_state(Anchored::No).ok()
    }

    #[inline]
    fn step(&self, s: StateID, code: u8) -> StateID {
        self.next_state(Anchored::No, s, code)
    }

    #[inline]
    fn is_match(&self, s: StateID) -> bool {
        self.is_special(s) && aho_corasick::automaton::Automaton::is_match(self, s)
    }

    #[inline]
    fn each_match(&self, s: StateID, mut found: impl FnMut(usize, usize)) {
        for k in 0..self.match_len(s) {
            let p = self.match_pattern(s, k);
            found(p.as_usize(), self.pattern_len(p));
        }
    }
}

/// The patterns compiled twice: a contiguous NFA, built at once (a few milliseconds), and from
/// it a DFA (the [`Table`]), which scans about twice as fast but takes most of the extractor's
/// build time, built on a background thread. Scans use the table from the moment it is there.
/// Both report the same matches in the same order (one automaton, standard semantics), so
/// which one a scan ran on never shows in the results. (A process forked while the table is
/// being built keeps scanning on the NFA and never waits for it: the building thread is not in
/// the child.)
#[derive(Debug)]
struct Engines {
    nfa: nfa::contiguous::NFA,
    /// `None` when the table could not be built (more states than its 32-bit states hold):
    /// the NFA then does all the scanning.
    table: OnceLock<Option<Table>>,
    /// The dense codes the table reads: `0..alphabet`.
    alphabet: usize,
    /// The patterns in dense codes, until the table is built from them.
    patterns: Mutex<Option<Vec<Vec<u8>>>>,
    /// The `aho-corasick` DFA itself, built only for [`Automaton::raw_count`] (benchmarks).
    reference: OnceLock<Option<dfa::DFA>>,
    /// The process that started building the table: a process forked from it while the table
    /// was being built has no building thread, so it must not wait for one.
    builder_process: u32,
}

impl Engines {
    /// Compiles the encoded patterns, and starts building the table on a background thread
    /// (on this one when no thread can be started).
    fn compile(encoded: Vec<Vec<u8>>, alphabet: usize) -> Result<Arc<Engines>> {
        let error = |e: aho_corasick::BuildError| Error::Automaton(e.to_string());
        let source = nfa::noncontiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .build(&encoded)
            .map_err(error)?;
        let nfa = nfa::contiguous::Builder::new()
            .match_kind(MatchKind::Standard)
            .byte_classes(BYTE_CLASSES)
            .build_from_noncontiguous(&source)
            .map_err(error)?;
        let engines = Arc::new(Engines {
            nfa,
            table: OnceLock::new(),
            alphabet,
            patterns: Mutex::new(Some(encoded)),
            reference: OnceLock::new(),
            builder_process: std::process::id(),
        });
        let background = Arc::clone(&engines);
        let spawned = std::thread::Builder::new()
            .name("alam-dfa".to_owned())
            .spawn(move || background.table().is_some());
        if spawned.is_err() {
            engines.table();
        }
        Ok(engines)
    }

    /// The table, built now (or waited for, when another thread is building it) if it is not
    /// there yet; `None` if it cannot be built, or in a child forked while it was being built
    /// (which would wait forever for a thread it does not have).
    fn table(&self) -> Option<&Table> {
        if std::process::id() != self.builder_process {
            return self.table.get().and_then(Option::as_ref);
        }
        let build = || {
            let patterns = self.patterns.lock().ok()?.take()?;
            Table::from_nfa(&self.nfa, &patterns, self.alphabet)
        };
        self.table.get_or_init(build).as_ref()
    }

    /// The engine to scan with now: the table if it is built, else the NFA (never waits).
    fn current(&self) -> Engine<'_> {
        match self.table.get() {
            Some(Some(table)) => Engine::Table(table),
            _ => Engine::Nfa(&self.nfa),
        }
    }

    /// The fastest engine, waiting for the table if it is being built.
    fn fastest(&self) -> Engine<'_> {
        self.table().map_or(Engine::Nfa(&self.nfa), Engine::Table)
    }
}

/// The compiled patterns.
#[derive(Debug, Clone)]
pub(crate) struct Automaton {
    /// Over the matching alphabet.
    engines: Arc<Engines>,
    /// The longest pattern, in chars (= bytes of the matching alphabet).
    max_len: usize,
    /// What the automaton sees of each byte of the matching alphabet (see [`dense_codes`]).
    fold: Box<[u8; 256]>,
    /// Per pattern: it has chars outside the one-byte alphabet, so a match must be checked
    /// against the text.
    verify: Vec<bool>,
    patterns: Vec<String>,
    /// Per pattern, its range of `targets`.
    ranges: Vec<Range<u32>>,
    targets: Vec<PatternTarget>,
}

impl Automaton {
    pub(crate) fn build(gazetteer: &Gazetteer) -> Result<Automaton> {
        let (patterns, per_pattern) = group_by_text(&pattern_forms(gazetteer));
        let mut ranges = Vec::with_capacity(per_pattern.len());
        let mut targets = Vec::new();
        for t in per_pattern {
            let start = u32::try_from(targets.len()).map_err(|_| too_many())?;
            targets.extend(t);
            let end = u32::try_from(targets.len()).map_err(|_| too_many())?;
            ranges.push(start..end);
        }
        let (mut encoded, mut verify): (Vec<Vec<u8>>, Vec<bool>) =
            patterns.iter().map(|p| encode(p)).unzip();
        let fold = dense_codes(&mut encoded, &mut verify);
        let alphabet = usize::from(fold.iter().copied().max().unwrap_or(0)) + 1;
        Ok(Automaton {
            max_len: encoded.iter().map(Vec::len).max().unwrap_or(0),
            engines: Engines::compile(encoded, alphabet)?,
            fold,
            verify,
            patterns,
            ranges,
            targets,
        })
    }

    /// Every occurrence of every pattern in normalized `text` whose encoding is `scan`, after
    /// cheap word-boundary pre-checks.
    #[cfg(test)]
    pub(crate) fn find_all(&self, text: &str, scan: &Scan) -> Vec<Match> {
        let mut out = Vec::new();
        self.find_ending_in(text, scan, 0..scan.bytes().len(), &mut out);
        out
    }

    /// Appends to `out` the occurrences of `find_all` that end after char `ends.start` and at
    /// or before char `ends.end`, in the order a scan of the whole text reports them. The scan
    /// starts `max_len` chars before `ends.start`: the state of an Aho-Corasick automaton
    /// depends only on the last `max_len` chars read, so scanning consecutive ranges finds
    /// exactly what one scan of the whole text finds.
    pub(crate) fn find_ending_in(
        &self,
        text: &str,
        scan: &Scan,
        ends: Range<usize>,
        out: &mut Vec<Match>,
    ) {
        self.find_ending_in_chunks(|| self.engines.current(), text, scan, ends, out);
    }

    /// [`find_ending_in`](Self::find_ending_in) on the engine `current` gives: on the NFA, a
    /// long range is scanned in chunks, `current` asked again before each, so that the DFA
    /// takes over as soon as it is built, even within one large document.
    fn find_ending_in_chunks<'a>(
        &'a self,
        current: impl Fn() -> Engine<'a>,
        text: &str,
        scan: &Scan,
        ends: Range<usize>,
        out: &mut Vec<Match>,
    ) {
        let end = ends.end.min(scan.bytes().len());
        let mut from = ends.start;
        loop {
            let engine = current();
            let to = match engine {
                Engine::Table(_) => end,
                Engine::Nfa(_) => end.min(from.saturating_add(NFA_CHUNK)),
            };
            self.find_ending_in_on(engine, text, scan, from..to, out);
            if to >= end {
                return;
            }
            from = to;
        }
    }

    /// [`find_ending_in`](Self::find_ending_in) on the given engine.
    fn find_ending_in_on(
        &self,
        engine: Engine<'_>,
        text: &str,
        scan: &Scan,
        ends: Range<usize>,
        out: &mut Vec<Match>,
    ) {
        let bytes = scan.bytes();
        let to = ends.end.min(bytes.len());
        // Matches ending after char `lo` (found in a window that starts `max_len` before it).
        let keep = |lo: usize, out: &mut Vec<Match>, end: usize, p: usize, len: usize| {
            if end <= lo {
                return;
            }
            let start = end - len;
            // Cheap word-boundary pre-checks in the one-byte alphabet (the resolver applies the
            // exact rules): most raw matches end inside a word or start deep inside one.
            if bytes.get(end).is_some_and(|&b| is_word_byte(b)) {
                return;
            }
            let before = &bytes[start.saturating_sub(3)..start];
            if before.len() == 3 && before.iter().all(|&b| is_word_byte(b)) {
                return;
            }
            let (start, end) = (scan.byte_offset(text, start), scan.byte_offset(text, end));
            if !self.verify[p] || text.get(start..end) == Some(self.patterns[p].as_str()) {
                out.push(Match {
                    start,
                    end,
                    pattern: PatternId(p as u32),
                });
            }
        };
        let window = |lo: usize| lo.saturating_sub(self.max_len)..to;
        if to.saturating_sub(ends.start) < SPLIT_FROM {
            let mut found = |end: usize, p: usize, len: usize| keep(ends.start, out, end, p, len);
            match engine {
                Engine::Table(a) => {
                    overlapping(a, &self.fold, bytes, window(ends.start), &mut found)
                }
                Engine::Nfa(a) => overlapping(a, &self.fold, bytes, window(ends.start), &mut found),
            }
            return;
        }
        // Two halves scanned in one loop: two independent chains of table look-ups, whose
        // cache misses overlap. The first half's matches come first, as in one scan.
        let mid = ends.start + (to - ends.start) / 2;
        let first = window(ends.start).start..mid;
        let mut second_found = Vec::new();
        let mut found = |second: bool, end: usize, p: usize, len: usize| {
            if second {
                keep(mid, &mut second_found, end, p, len);
            } else {
                keep(ends.start, out, end, p, len);
            }
        };
        match engine {
            Engine::Table(a) => two_halves(a, &self.fold, bytes, first, window(mid), &mut found),
            Engine::Nfa(a) => two_halves(a, &self.fold, bytes, first, window(mid), &mut found),
        }
        out.append(&mut second_found);
    }

    /// How many raw pattern occurrences `text` (normalized) holds, before any boundary rule:
    /// the matching stage alone, through the `aho-corasick` crate's overlapping iterator on its
    /// DFA of the same patterns (built on the first call; the reference for benchmarks).
    pub(crate) fn raw_count(&self, text: &str) -> usize {
        let scan = Scan::new(text);
        // The iterator reads the bytes as they are: in the automaton's dense codes.
        let codes: Vec<u8> = scan
            .bytes()
            .iter()
            .map(|&b| self.fold[usize::from(b)])
            .collect();
        let input = aho_corasick::Input::new(&codes);
        match self.reference_dfa() {
            Some(a) => a
                .try_find_overlapping_iter(input)
                .map_or(0, Iterator::count),
            None => self
                .engines
                .nfa
                .try_find_overlapping_iter(input)
                .map_or(0, Iterator::count),
        }
    }

    /// The crate's DFA of the patterns in dense codes, built once.
    fn reference_dfa(&self) -> Option<&dfa::DFA> {
        let build = || {
            let encoded: Vec<Vec<u8>> = self
                .patterns
                .iter()
                .map(|p| {
                    encode(p)
                        .0
                        .iter()
                        .map(|&b| self.fold[usize::from(b)])
                        .collect()
                })
                .collect();
            dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .byte_classes(BYTE_CLASSES)
                .build(&encoded)
                .ok()
        };
        self.engines.reference.get_or_init(build).as_ref()
    }

    /// `raw_count` through the scan loop extraction uses (on the table, waiting for it).
    pub(crate) fn raw_count_fast(&self, text: &str) -> usize {
        let scan = Scan::new(text);
        let mut n = 0;
        let mut count = |_: usize, _: usize, _: usize| n += 1;
        let all = 0..scan.bytes().len();
        match self.engines.fastest() {
            Engine::Table(a) => overlapping(a, &self.fold, scan.bytes(), all, &mut count),
            Engine::Nfa(a) => overlapping(a, &self.fold, scan.bytes(), all, &mut count),
        }
        n
    }

    /// What pattern `p` stands for.
    pub(crate) fn targets(&self, p: PatternId) -> &[PatternTarget] {
        let r = &self.ranges[p.0 as usize];
        &self.targets[r.start as usize..r.end as usize]
    }

    /// Every normalized pattern, in pattern-id order.
    pub(crate) fn patterns(&self) -> &[String] {
        &self.patterns
    }

    /// Blocks until the table is built (see [`Engines`]); scans before that run on the NFA.
    pub(crate) fn wait_until_compiled(&self) {
        self.engines.table();
    }

    /// Heap bytes held by the automaton and its tables (approximate for the tables), once the
    /// DFA is built.
    pub(crate) fn memory_usage(&self) -> usize {
        let engines = &self.engines;
        let table = engines.table().map_or(0, Table::memory_usage);
        let engine = engines.nfa.memory_usage() + table;
        engine
            + self
                .patterns
                .iter()
                .map(|p| p.capacity() + 24)
                .sum::<usize>()
            + self.verify.capacity()
            + self.ranges.capacity() * std::mem::size_of::<Range<u32>>()
            + self.targets.capacity() * std::mem::size_of::<PatternTarget>()
    }
}

fn too_many() -> Error {
    Error::Automaton("more than 2^32 pattern targets".to_owned())
}

/// Every (pattern text, target) in target order: the aliases' variants, then the role titles,
/// the nouns that refer back to a group (الحركة) and the shadowing names, each title, noun and
/// shadowing name also in its ل-merged form.
fn pattern_forms(g: &Gazetteer) -> Vec<(Cow<'_, str>, PatternTarget)> {
    let mut forms = Vec::new();
    for i in 0..g.aliases().len() {
        let alias = AliasId::new(i);
        forms.extend(g.alias_variants(alias).iter().map(|v| {
            let target = Target::Alias(alias);
            let merged = v.merged;
            (
                Cow::Borrowed(v.text.as_str()),
                PatternTarget { target, merged },
            )
        }));
    }
    let titles = g.role_titles().iter().enumerate();
    let titles = titles.map(|(i, t)| (normalize_alias(&t.title), Target::Title(TitleId::new(i))));
    let nouns = g.group_nouns().iter().enumerate();
    let nouns = nouns.map(|(i, n)| (n.reference.clone(), Target::Noun(NounId::new(i))));
    let shadows = g.shadows().iter().enumerate();
    let shadows =
        shadows.map(|(i, s)| (normalize_alias(&s.name), Target::Shadow(ShadowId::new(i))));
    for (word, target) in titles.chain(nouns).chain(shadows) {
        if let Some(m) = merged_form(&word) {
            let merged = true;
            forms.push((Cow::Owned(m), PatternTarget { target, merged }));
        }
        let merged = false;
        forms.push((Cow::Owned(word), PatternTarget { target, merged }));
    }
    forms
}

/// The distinct pattern texts in order of first appearance, and the targets of each.
fn group_by_text(
    forms: &[(Cow<'_, str>, PatternTarget)],
) -> (Vec<String>, Vec<Vec<PatternTarget>>) {
    let mut by_text: FastMap<&str, usize> = FastMap::default();
    by_text.reserve(forms.len());
    let mut per_pattern: Vec<Vec<PatternTarget>> = Vec::new();
    let mut patterns: Vec<String> = Vec::new();
    for (text, target) in forms {
        let p = *by_text.entry(text).or_insert_with(|| {
            patterns.push(text.to_string());
            per_pattern.push(Vec::with_capacity(1));
            patterns.len() - 1
        });
        if !per_pattern[p].contains(target) {
            per_pattern[p].push(*target);
        }
    }
    (patterns, per_pattern)
}

/// Calls `found(end, pattern, length)` for every occurrence of every pattern that ends in
/// `range` of `bytes`, scanning from `range.start` (overlapping, standard semantics, in the
/// order of the crate's overlapping iterator), in one loop without a call into the crate per
/// match.
#[inline]
fn overlapping<A: Stepper>(
    a: &A,
    fold: &[u8; 256],
    bytes: &[u8],
    range: Range<usize>,
    found: &mut impl FnMut(usize, usize, usize),
) {
    let Some(mut sid) = a.start() else {
        return;
    };
    let Some(window) = bytes.get(range.clone()) else {
        return;
    };
    for (i, &b) in window.iter().enumerate() {
        sid = a.step(sid, fold[usize::from(b)]);
        if a.is_match(sid) {
            a.each_match(sid, |p, len| found(range.start + i + 1, p, len));
        }
    }
}

/// The most distinct bytes the patterns may use for the DFA's table to have 32 columns (its
/// byte classes: these, one for every other byte, and one for the bytes no pattern uses).
const DENSE: usize = 30;

/// Rewrites the encoded patterns into dense codes that the DFA's table can hold in 32 columns
/// instead of 64 (half the memory, fewer cache misses): the [`DENSE`] bytes used by the most
/// patterns become 0, 1, 2, ... and every other byte one shared code, in the patterns and (by
/// the returned table) in the text; a pattern with a shared code is checked against the text
/// (`verify`), as one with a char outside the alphabet is. With few distinct bytes nothing
/// changes but their order.
fn dense_codes(encoded: &mut [Vec<u8>], verify: &mut [bool]) -> Box<[u8; 256]> {
    let mut used = [0usize; 256];
    for p in encoded.iter() {
        let mut seen = [false; 256];
        for &b in p {
            if !std::mem::replace(&mut seen[usize::from(b)], true) {
                used[usize::from(b)] += 1;
            }
        }
    }
    let mut by_use: Vec<u8> = (0..=255u8).filter(|&b| used[usize::from(b)] > 0).collect();
    by_use.sort_by_key(|&b| (std::cmp::Reverse(used[usize::from(b)]), b));
    by_use.truncate(DENSE);
    let shared = by_use.len() as u8;
    let mut fold = Box::new([shared; 256]);
    for (code, &b) in by_use.iter().enumerate() {
        fold[usize::from(b)] = code as u8;
    }
    for (p, v) in encoded.iter_mut().zip(verify.iter_mut()) {
        for b in p.iter_mut() {
            *b = fold[usize::from(*b)];
            *v |= *b == shared;
        }
    }
    fold
}

/// How many chars the NFA scans before a scan checks whether the DFA is built (about half a
/// millisecond).
const NFA_CHUNK: usize = 1 << 16;

/// From how many chars a range is scanned as two halves in one loop.
const SPLIT_FROM: usize = 192;

/// [`overlapping`] over two windows of `bytes` in one loop, a step of each at a time:
/// `found(second, end, pattern, length)`, each window's matches in the order of its own scan.
#[inline]
fn two_halves<A: Stepper>(
    a: &A,
    fold: &[u8; 256],
    bytes: &[u8],
    first: Range<usize>,
    second: Range<usize>,
    found: &mut impl FnMut(bool, usize, usize, usize),
) {
    let Some(start) = a.start() else {
        return;
    };
    let (Some(w1), Some(w2)) = (bytes.get(first.clone()), bytes.get(second.clone())) else {
        return;
    };
    let (mut s1, mut s2) = (start, start);
    let both = w1.len().min(w2.len());
    for i in 0..both {
        s1 = a.step(s1, fold[usize::from(w1[i])]);
        s2 = a.step(s2, fold[usize::from(w2[i])]);
        if a.is_match(s1) {
            a.each_match(s1, |p, len| found(false, first.start + i + 1, p, len));
        }
        if a.is_match(s2) {
            a.each_match(s2, |p, len| found(true, second.start + i + 1, p, len));
        }
    }
    for (i, &b) in w1.iter().enumerate().skip(both) {
        s1 = a.step(s1, fold[usize::from(b)]);
        if a.is_match(s1) {
            a.each_match(s1, |p, len| found(false, first.start + i + 1, p, len));
        }
    }
    for (i, &b) in w2.iter().enumerate().skip(both) {
        s2 = a.step(s2, fold[usize::from(b)]);
        if a.is_match(s2) {
            a.each_match(s2, |p, len| found(true, second.start + i + 1, p, len));
        }
    }
}

/// Whether the automata map bytes to equivalence classes first (a smaller table) or index
/// their tables by the byte itself.
const BYTE_CLASSES: bool = true;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_form_of_a_title_and_an_alias_becomes_a_pattern_with_its_targets() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        let text = "وزير الدفاع";
        let targets_of = |p: &str| {
            let i = a.patterns().iter().position(|q| q == p).expect(p);
            a.targets(PatternId(i as u32)).to_vec()
        };
        assert!(matches!(
            targets_of(text)[..],
            [PatternTarget {
                target: Target::Title(_),
                merged: false
            }]
        ));
        // ل + العراق is written للعراق: the merged pattern
        assert!(matches!(
            targets_of("لعراق")[..],
            [PatternTarget {
                target: Target::Alias(_),
                merged: true
            }]
        ));
        // the reference noun and its merged form
        assert!(matches!(
            targets_of("الحركه")[..],
            [PatternTarget {
                target: Target::Noun(_),
                merged: false
            }]
        ));
        assert!(matches!(
            targets_of("لحركه")[..],
            [PatternTarget {
                target: Target::Noun(_),
                merged: true
            }]
        ));
        // a demonym stem shared by its inflections, one pattern per text
        assert_eq!(a.patterns().iter().filter(|p| *p == "السوريه").count(), 1);
        let found: Vec<&str> = {
            let t = "قال وزير الدفاع في العراق";
            let scan = Scan::new(t);
            a.find_all(t, &scan)
                .iter()
                .map(|m| &t[m.start..m.end])
                .collect()
        };
        // the merged pattern is found inside العراق too: the resolver rejects it (no ل before)
        assert_eq!(found, ["وزير الدفاع", "العراق", "لعراق"]);
    }

    #[test]
    fn the_nfa_and_the_dfa_report_the_same_matches_in_the_same_order() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        // short (one loop) and long (two halves), with merged forms, inflections and titles
        let short = "قال وزير الدفاع للعراق والسوريين في دمشق";
        let long = format!("{short}، ولوزير دفاع العراق رأي. ").repeat(10);
        let on_both = |text: &str| {
            let scan = Scan::new(text);
            let on = |engine| {
                let mut out = Vec::new();
                a.find_ending_in_on(engine, text, &scan, 0..scan.bytes().len(), &mut out);
                out
            };
            let nfa = on(Engine::Nfa(&a.engines.nfa));
            assert_eq!(nfa, on(Engine::Table(a.engines.table().expect("a table"))));
            nfa.iter()
                .map(|m| text[m.start..m.end].to_owned())
                .collect::<Vec<_>>()
        };
        let expected = ["وزير الدفاع", "لعراق", "السوريين", "لسوريين", "دمشق"];
        assert_eq!(on_both(short), expected);
        let found = on_both(&long);
        assert!(found.len() > 10 * expected.len(), "{} matches", found.len());
        assert!(matches!(a.engines.current(), Engine::Table(_)));
    }

    proptest::proptest! {
        /// The table built from the NFA steps through the same states: any text of words,
        /// pieces of words and separators gets the same matches in the same order on both.
        #[test]
        fn the_table_and_the_nfa_agree_on_any_text(
            words in proptest::collection::vec(0usize..12, 0..60)
        ) {
            const PIECES: [&str; 12] = [
                "وزير", " ", "الدفاع", "للعراق", "العراق", "ال", "سوري", "ين", "دمشق", "، ",
                "x", "ولوزير",
            ];
            let g = crate::gazetteer::tests::small();
            let a = Automaton::build(&g).expect("automaton");
            let text: String = words.iter().map(|&w| PIECES[w]).collect();
            let scan = Scan::new(&text);
            let on = |engine| {
                let mut out = Vec::new();
                a.find_ending_in_on(engine, &text, &scan, 0..scan.bytes().len(), &mut out);
                out
            };
            let table = a.engines.table().expect("a table");
            proptest::prop_assert_eq!(on(Engine::Nfa(&a.engines.nfa)), on(Engine::Table(table)));
        }
    }

    #[test]
    fn the_dfa_takes_over_from_the_nfa_between_chunks_with_the_same_matches() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        let text = "قال وزير الدفاع للعراق والسوريين في دمشق. ".repeat(NFA_CHUNK / 12);
        let scan = Scan::new(&text);
        assert!(scan.bytes().len() > 2 * NFA_CHUNK);
        let whole = a.find_all(&text, &scan);
        // the NFA for the first two chunks, then the DFA for the rest
        let calls = std::cell::Cell::new(0);
        let current = || {
            calls.set(calls.get() + 1);
            match calls.get() {
                1 | 2 => Engine::Nfa(&a.engines.nfa),
                _ => Engine::Table(a.engines.table().expect("a table")),
            }
        };
        let mut chunked = Vec::new();
        a.find_ending_in_chunks(current, &text, &scan, 0..scan.bytes().len(), &mut chunked);
        assert_eq!(calls.get(), 3);
        assert_eq!(whole.len(), 5 * (NFA_CHUNK / 12));
        assert_eq!(whole, chunked);
    }

    #[test]
    fn a_long_range_scanned_as_two_halves_finds_what_short_ranges_find() {
        let g = crate::gazetteer::tests::small();
        let a = Automaton::build(&g).expect("automaton");
        let text = "قال وزير الدفاع في العراق إن سوريا وإيران، ولوزير دفاع العراق رأي. ".repeat(12);
        let scan = Scan::new(&text);
        let chars = scan.bytes().len();
        assert!(chars > 4 * SPLIT_FROM);
        let whole = a.find_all(&text, &scan);
        // ranges shorter than SPLIT_FROM are scanned in one loop
        let mut pieces = Vec::new();
        for from in (0..chars).step_by(SPLIT_FROM / 3) {
            let to = (from + SPLIT_FROM / 3).min(chars);
            a.find_ending_in(&text, &scan, from..to, &mut pieces);
        }
        assert!(whole.len() > 30, "{} matches", whole.len());
        assert_eq!(whole, pieces);
    }
}
