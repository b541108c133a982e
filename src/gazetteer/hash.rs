//! A fast hasher for the maps that building a gazetteer and its automaton fills with tens of
//! thousands of alias texts (std's SipHash was about 5% of the build).
//!
//! Invariant: it is the multiply-rotate hash of `rustc`'s own tables (FxHash, with the length
//! of the last partial word mixed in): deterministic and not keyed, so it is used only on
//! gazetteer data, never on text being extracted from.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash's multiplier.
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// FxHash: each 8-byte word is mixed in with a rotate, a xor and a multiply.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut b = [0u8; 8];
            b.copy_from_slice(w);
            self.add(u64::from_le_bytes(b));
        }
        // The last, partial word with its length, so that a trailing zero byte counts.
        let rest = words.remainder();
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A `HashMap` with [`FxHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    #[test]
    fn equal_texts_hash_equal_and_near_texts_apart() {
        let build = BuildHasherDefault::<FxHasher>::default();
        let h = |s: &str| build.hash_one(s);
        assert_eq!(h("الحرس الثوري"), h("الحرس الثوري"));
        // differ in the last byte, in a partial final word, and by one appended byte
        assert_ne!(h("سوريا"), h("سوريه"));
        assert_ne!(h("عراق"), h("لعراق"));
        assert_ne!(h("ab"), h("ab\0"));
        let set: FastSet<&str> = ["العراق", "لعراق", "عراق", "العراق"].into_iter().collect();
        assert_eq!(set.len(), 3);
    }
}
