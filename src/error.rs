//! The crate's one error type.
//!
//! Invariant: every error about gazetteer data names the file it came from, and, when the problem
//! is in one row, the 1-based line number, so that a user can go straight to the bad row.

use std::fmt;

/// Result with this crate's [`Error`].
///
/// ```
/// fn build() -> alam::Result<alam::Extractor> {
///     alam::Extractor::builder().build()
/// }
/// assert!(build().is_ok());
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong when building an extractor from gazetteer files.
///
/// Extraction itself never fails: any `&str` gives a (possibly empty) list of entities.
///
/// ```
/// let err = alam::Extractor::builder()
///     .without_defaults()
///     .add_source("mine.tsv", "id\tnot\ta\tknown\theader\n")
///     .build()
///     .unwrap_err();
/// assert!(err.to_string().starts_with("mine.tsv:1:"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer row (or the file as a whole, with `line` 0) is malformed or inconsistent.
    #[error("{}: {problem}", Location { file, line: *line })]
    Data {
        /// The file's name as it was given to the builder.
        file: String,
        /// 1-based line number; 0 when the problem is not tied to one line.
        line: usize,
        /// What is wrong, in lowercase words.
        problem: String,
    },
    /// Input that is not valid UTF-8: a gazetteer file ([`ExtractorBuilder::add_file`]), or a
    /// line of a stream of documents ([`Extractor::documents`]; the stream goes on after it).
    ///
    /// [`ExtractorBuilder::add_file`]: crate::ExtractorBuilder::add_file
    /// [`Extractor::documents`]: crate::Extractor::documents
    ///
    /// ```
    /// let input: &[u8] = b"\xd8\xb3\xd9\x88\xd8\xb1\xd9\x8a\xd8\xa7\nab\xffc\n";
    /// let ex = alam::Extractor::default_ref();
    /// let mut docs = ex.documents(input, alam::Options::default(), "news.txt");
    /// assert!(docs.next().unwrap().is_ok()); // سوريا
    /// let err = docs.next().unwrap().unwrap_err();
    /// assert!(matches!(err, alam::Error::Utf8 { line: 2, offset: 2, .. }));
    /// assert_eq!(err.to_string(), "news.txt:2: not valid UTF-8 (byte offset 2 of line 2)");
    /// ```
    #[error("{file}:{line}: not valid UTF-8 (byte offset {offset} of line {line})")]
    Utf8 {
        /// The file's name (for a stream, the name given to [`Extractor::documents`]).
        ///
        /// [`Extractor::documents`]: crate::Extractor::documents
        file: String,
        /// 1-based line of the first invalid byte.
        line: usize,
        /// 0-based byte offset of the first invalid byte within its line.
        offset: usize,
    },
    /// A gazetteer file could not be read.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// The file's path.
        file: String,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The pattern automaton could not be built (for example, too many patterns).
    #[error("cannot build the pattern automaton: {0}")]
    Automaton(String),
}

impl Error {
    pub(crate) fn data(file: &str, line: usize, problem: impl Into<String>) -> Self {
        Error::Data {
            file: file.to_owned(),
            line,
            problem: problem.into(),
        }
    }
}

struct Location<'a> {
    file: &'a str,
    line: usize,
}

impl fmt::Display for Location<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(self.file)
        } else {
            write!(f, "{}:{}", self.file, self.line)
        }
    }
}
