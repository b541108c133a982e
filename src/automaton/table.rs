//! The scanning table: the automaton's DFA flattened into one array of next states indexed by
//! state and dense code, match states numbered last, so that a step of a scan is one load and
//! a match is one comparison (the `aho-corasick` DFA also maps each byte to its class first and
//! tests for special states, which the dense codes make unnecessary here).
//!
//! Invariants: the table has the states of the DFA that its unanchored start state reaches,
//! with the same transitions for every code of the alphabet; a state is the index of its row
//! times [`STRIDE`]; every state at or after `first_match` is a match state and no other is;
//! each match state reports the DFA's matches of that state, in the DFA's order.

use aho_corasick::automaton::{Automaton as _, StateID};
use aho_corasick::{nfa, Anchored};

/// Columns per state: the dense codes (see `dense_codes`) fit in 32.
pub(super) const STRIDE: usize = 32;

/// A state of the table: the index of its row times [`STRIDE`].
pub(super) type State = u32;

/// The flattened DFA.
#[derive(Debug)]
pub(super) struct Table {
    next: Vec<State>,
    start: State,
    first_match: State,
    /// Per match state, in order, where its matches end in `matches` (they start where the
    /// previous state's end).
    match_ends: Vec<u32>,
    /// (pattern, pattern length in codes) of every match state's matches.
    matches: Vec<(u32, u32)>,
}

impl Table {
    /// The table of the automaton `nfa` (standard semantics) of `patterns` (its patterns, in
    /// dense codes) over the codes `0..alphabet`: the classic construction of a DFA from the
    /// trie of an Aho-Corasick automaton, each state's row copied from its failure state's row
    /// where it has no edge of its own; `None` when the alphabet or the number of states does
    /// not fit (the NFA then scans alone).
    pub(super) fn from_nfa(
        nfa: &nfa::contiguous::NFA,
        patterns: &[Vec<u8>],
        alphabet: usize,
    ) -> Option<Table> {
        if alphabet > STRIDE {
            return None;
        }
        let root = nfa.start_state(Anchored::No).ok()?;
        let trie = Trie::walk(nfa, root, patterns)?;
        let order = &trie.order;
        let is_match = |s: StateID| nfa.is_special(s) && nfa.is_match(s);
        let (plain, matching): (Vec<StateID>, Vec<StateID>) =
            order.iter().partition(|&&s| !is_match(s));
        let rows = order.len();
        State::try_from(rows.checked_mul(STRIDE)?).ok()?;
        let mut state_of = StateMap::default();
        for (row, &s) in plain.iter().chain(&matching).enumerate() {
            state_of.insert(s, (row * STRIDE) as State);
        }
        let next = trie.rows(&state_of, alphabet)?;
        let (mut match_ends, mut matches) = (Vec::with_capacity(matching.len()), Vec::new());
        for &s in &matching {
            for k in 0..nfa.match_len(s) {
                let p = nfa.match_pattern(s, k);
                let len = u32::try_from(nfa.pattern_len(p)).ok()?;
                matches.push((p.as_u32(), len));
            }
            match_ends.push(u32::try_from(matches.len()).ok()?);
        }
        Some(Table {
            next,
            start: state_of.get(root)?,
            first_match: (plain.len() * STRIDE) as State,
            match_ends,
            matches,
        })
    }

    /// The state a scan starts in.
    #[inline]
    pub(super) fn start(&self) -> State {
        self.start
    }

    /// The state after reading `code` (a dense code, below [`STRIDE`]) in state `s`.
    #[inline]
    pub(super) fn next(&self, s: State, code: u8) -> State {
        self.next[s as usize + usize::from(code)]
    }

    /// Whether patterns end in state `s`.
    #[inline]
    pub(super) fn is_match(&self, s: State) -> bool {
        s >= self.first_match
    }

    /// The (pattern, length) of each pattern ending in match state `s`, in the DFA's order.
    pub(super) fn matches(&self, s: State) -> &[(u32, u32)] {
        let k = ((s - self.first_match) as usize) / STRIDE;
        let start = k.checked_sub(1).map_or(0, |j| self.match_ends[j] as usize);
        &self.matches[start..self.match_ends[k] as usize]
    }

    /// Heap bytes held.
    pub(super) fn memory_usage(&self) -> usize {
        self.next.capacity() * std::mem::size_of::<State>()
            + self.match_ends.capacity() * 4
            + self.matches.capacity() * 8
    }
}

/// The trie of the automaton: its states breadth first (a state after its failure state, and
/// the states near the root, where a scan spends most of its steps, in neighbouring rows), and
/// each state's edges.
struct Trie {
    order: Vec<StateID>,
    /// Per state of `order`, where its edges end in `edges` (they start where the previous
    /// state's end).
    edge_ends: Vec<usize>,
    /// (code, child) of every edge, grouped by parent in the order of `order`.
    edges: Vec<(u8, StateID)>,
}

impl Trie {
    /// The trie found by walking every pattern from the root along the automaton's own edges
    /// (its anchored transitions); `None` if a pattern falls off them.
    fn walk(nfa: &nfa::contiguous::NFA, root: StateID, patterns: &[Vec<u8>]) -> Option<Trie> {
        // (depth, parent, code, child) of each edge, once.
        let mut found: Vec<(usize, StateID, u8, StateID)> = Vec::new();
        let mut seen = StateMap::default();
        seen.insert(root, 0);
        for p in patterns {
            let mut s = root;
            for (depth, &code) in p.iter().enumerate() {
                let to = nfa.next_state(Anchored::Yes, s, code);
                if nfa.is_dead(to) || to == s {
                    return None;
                }
                if seen.get(to).is_none() {
                    seen.insert(to, 0);
                    found.push((depth + 1, s, code, to));
                }
                s = to;
            }
        }
        // Breadth first: by depth, each state's edges in code order.
        found.sort_by_key(|&(depth, _, code, _)| (depth, code));
        let mut order = vec![root];
        order.extend(found.iter().map(|e| e.3));
        let mut index = StateMap::default();
        for (i, &s) in order.iter().enumerate() {
            index.insert(s, i as State);
        }
        let mut by_parent: Vec<(State, u8, StateID)> = found
            .iter()
            .map(|&(_, parent, code, child)| Some((index.get(parent)?, code, child)))
            .collect::<Option<_>>()?;
        by_parent.sort_by_key(|&(parent, code, _)| (parent, code));
        let mut edge_ends = Vec::with_capacity(order.len());
        let mut k = 0;
        for i in 0..order.len() {
            while by_parent.get(k).is_some_and(|e| e.0 as usize == i) {
                k += 1;
            }
            edge_ends.push(k);
        }
        let edges = by_parent
            .iter()
            .map(|&(_, code, child)| (code, child))
            .collect();
        Some(Trie {
            order,
            edge_ends,
            edges,
        })
    }

    /// Every state's row of next states, in table states (`state_of`): its failure state's row
    /// (the root's: itself) with its own edges written over it. The failure state of a child
    /// of `s` on `c` is where the failure state of `s` goes on `c` (of a child of the root: the
    /// root); breadth first, that row is complete before it is read.
    fn rows(&self, state_of: &StateMap, alphabet: usize) -> Option<Vec<State>> {
        let mut next = vec![0; self.order.len() * STRIDE];
        let mut fail_of = StateMap::default();
        let root_state = state_of.get(*self.order.first()?)?;
        for (i, &s) in self.order.iter().enumerate() {
            let row = state_of.get(s)? as usize;
            let fail = fail_of.get(s).map(|f| f as usize);
            match fail {
                Some(f) => next.copy_within(f..f + STRIDE, row),
                None => next[row..row + alphabet].fill(root_state),
            }
            let from = i.checked_sub(1).map_or(0, |j| self.edge_ends[j]);
            for &(code, child) in &self.edges[from..self.edge_ends[i]] {
                let code = usize::from(code);
                fail_of.insert(child, fail.map_or(root_state, |f| next[f + code]));
                next[row + code] = state_of.get(child)?;
            }
        }
        Some(next)
    }
}

/// A map from the NFA's state ids (offsets into its own representation, so dense enough) to a
/// table state, in a vector indexed by the id (`State::MAX`: none).
#[derive(Debug, Default)]
struct StateMap(Vec<State>);

impl StateMap {
    fn insert(&mut self, s: StateID, value: State) {
        let i = s.as_usize();
        if i >= self.0.len() {
            self.0.resize((i + 1).max(2 * self.0.len()), State::MAX);
        }
        self.0[i] = value;
    }

    fn get(&self, s: StateID) -> Option<State> {
        self.0
            .get(s.as_usize())
            .copied()
            .filter(|&v| v != State::MAX)
    }
}
