//! The text layer, the bottom of the pipeline: normalization with its offset map, the one-byte
//! matching alphabet, Arabic word boundaries and proclitic chains, and byte spans.
//!
//! Invariant: nothing here knows about gazetteers, patterns or entities; every other layer
//! builds on these functions, so texts and gazetteer patterns are always folded and encoded the
//! same way.

pub(crate) mod alphabet;
pub(crate) mod normalize;
mod span;
pub(crate) mod words;

pub use normalize::{normalize, Normalized};
pub(crate) use span::valid;
pub use span::{OffsetUnit, Span};
pub use words::Proclitics;
