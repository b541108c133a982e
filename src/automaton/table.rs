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
    /// The table of the automaton `nfa` (standard semantics) over the codes `0..alphabet`:
    /// the classic construction of a DFA from the trie of an Aho-Corasick automaton, each
    /// state's row copied from its failure state's row where it has no edge of its own; `None`
    /// when the alphabet or the number of states does not fit (the NFA then scans alone).
    pub(super) fn from_nfa(nfa: &nfa::contiguous::NFA, alphabet: usize) -> Option<Table> {
        if alphabet > STRIDE {
            return None;
        }
        let root = nfa.start_state(Anchored::No).ok()?;
        let order = trie_order(nfa, root, alphabet);
        let is_match = |s: StateID| nfa.is_special(s) && nfa.is_match(s);
        let (plain, matching): (Vec<StateID>, Vec<StateID>) =
            order.iter().partition(|&&s| !is_match(s));
        let rows = order.len();
        State::try_from(rows.checked_mul(STRIDE)?).ok()?;
        let mut state_of = StateMap::default();
        for (row, &s) in plain.iter().chain(&matching).enumerate() {
            state_of.insert(s, (row * STRIDE) as State);
        }
        let next = rows_of(nfa, &order, &state_of, alphabet)?;
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

/// The edge of the trie from `s` on `code`, if any (the root's loops to itself are not edges).
fn edge(nfa: &nfa::contiguous::NFA, s: StateID, code: u8) -> Option<StateID> {
    let to = nfa.next_state(Anchored::Yes, s, code);
    (!nfa.is_dead(to) && to != s).then_some(to)
}

/// The states of the trie under `root`, breadth first (a state after its failure state, and
/// the states near the root, where a scan spends most of its steps, in neighbouring rows).
fn trie_order(nfa: &nfa::contiguous::NFA, root: StateID, alphabet: usize) -> Vec<StateID> {
    let mut order = vec![root];
    let mut i = 0;
    while let Some(&s) = order.get(i) {
        order.extend((0..alphabet).filter_map(|code| edge(nfa, s, code as u8)));
        i += 1;
    }
    order
}

/// Every state's row of next states, in table states: its own edges, and its failure state's
/// row for every other code (the root: itself). The failure state of a child of `s` on `c` is
/// where the failure state of `s` goes on `c` (of a child of the root: the root).
fn rows_of(
    nfa: &nfa::contiguous::NFA,
    order: &[StateID],
    state_of: &StateMap,
    alphabet: usize,
) -> Option<Vec<State>> {
    let mut next = vec![0; order.len() * STRIDE];
    let mut fail_of = StateMap::default();
    let root = *order.first()?;
    let root_state = state_of.get(root)?;
    for &s in order {
        let row = state_of.get(s)? as usize;
        let fail = fail_of.get(s).map(|f| f as usize);
        for code in 0..alphabet {
            let to = match edge(nfa, s, code as u8) {
                Some(child) => {
                    let child_fail = fail.map_or(root_state, |f| next[f + code]);
                    fail_of.insert(child, child_fail);
                    state_of.get(child)?
                }
                None => fail.map_or(root_state, |f| next[f + code]),
            };
            next[row + code] = to;
        }
    }
    Some(next)
}

/// A map from the NFA's state ids (offsets into its own table, so dense enough) to a value, in
/// a vector indexed by the id.
#[derive(Debug, Default)]
struct StateMap(Vec<Option<State>>);

impl StateMap {
    fn insert(&mut self, s: StateID, value: State) {
        let i = s.as_usize();
        if i >= self.0.len() {
            self.0.resize((i + 1).max(2 * self.0.len()), None);
        }
        self.0[i] = Some(value);
    }

    fn get(&self, s: StateID) -> Option<State> {
        self.0.get(s.as_usize()).copied().flatten()
    }
}
