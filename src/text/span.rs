//! Byte ranges of the original text.
//!
//! Invariant: a [`Span`] made by this crate lies on char boundaries of the text it was made
//! for, with `start <= end`.

use serde::Serialize;

/// A byte range `start..end` of the original text.
///
/// ```
/// let span = alam::Span { start: 3, end: 7 };
/// assert_eq!(span.len(), 4);
/// assert_eq!(span.slice("ab cdef gh"), Some("cdef"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// Length in bytes.
    ///
    /// ```
    /// assert_eq!(alam::Span { start: 2, end: 2 }.len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    ///
    /// ```
    /// assert!(alam::Span { start: 2, end: 2 }.is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text of the span, or `None` if it is out of range or not on char boundaries.
    ///
    /// ```
    /// assert_eq!(alam::Span { start: 0, end: 1 }.slice("سوريا"), None); // inside a char
    /// ```
    pub fn slice<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.start..self.end)
    }
}
