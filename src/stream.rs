//! Streaming extraction: documents read one at a time from a reader, one document per line.
//!
//! Invariants: memory is bounded by the longest line (one line is held at a time, and the
//! extraction buffers are reused from line to line); every line
//! of the input yields exactly one item, in order, so nothing is lost at buffer borders; a line
//! that is not UTF-8 yields an error item naming the line and the iteration goes on. This
//! module builds on the extractor (it adds [`Extractor::documents`]); the extractor does not
//! know about it.

use std::io::BufRead;

use crate::entity::Entity;
use crate::error::Error;
use crate::extractor::{Extractor, Options, Scratch};

/// One document of a stream and what was found in it.
///
/// ```
/// let ex = alam::Extractor::default_ref();
/// let doc = ex.documents("\nزار الوفد دمشق\n".as_bytes(), alam::Options::default(), "in").nth(1);
/// let doc = doc.unwrap().unwrap();
/// assert_eq!((doc.line, doc.text.as_str()), (2, "زار الوفد دمشق"));
/// assert_eq!(doc.entities[0].text(&doc.text), "دمشق");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct StreamedDocument<'g> {
    /// 1-based line number in the input.
    pub line: usize,
    /// The document's text (the line without its line ending).
    pub text: String,
    /// The entities, offsets relative to `text`.
    pub entities: Vec<Entity<'g>>,
}

/// Iterator over the documents of a reader, one per line; see [`Extractor::documents`].
///
/// ```
/// use std::io::BufRead;
/// let input = std::io::Cursor::new("في بغداد\nفي دمشق\n");
/// let ex = alam::Extractor::default_ref();
/// let mut ids = Vec::new();
/// for doc in ex.documents(input, alam::Options::default(), "news.txt") {
///     let doc = doc?; // an I/O error, or a line that is not UTF-8
///     ids.extend(doc.entities.iter().map(|e| e.id()));
/// }
/// assert_eq!(ids, [Some("IQ"), Some("SY")]);
/// # Ok::<(), alam::Error>(())
/// ```
#[derive(Debug)]
pub struct Documents<'g, R> {
    extractor: &'g Extractor,
    reader: R,
    options: Options,
    name: String,
    line: usize,
    buf: Vec<u8>,
    done: bool,
    /// The extraction buffers, reused for every line.
    scratch: Scratch,
}

impl Extractor {
    /// Extracts from every line of `reader` as a separate document, reading one line at a time
    /// (bounded memory for inputs of any size). `name` names the input in errors; a line that is
    /// not UTF-8 gives an [`Error::Utf8`] item with its line number and the stream goes on.
    ///
    /// ```
    /// let input = "زار وفد طهران\nلا شيء هنا\nقصفت طائرات مواقع داعش\n";
    /// let ex = alam::Extractor::default_ref();
    /// let found: Vec<(usize, Vec<Option<&str>>)> = ex
    ///     .documents(input.as_bytes(), alam::Options::default(), "<memory>")
    ///     .map(|d| {
    ///         let d = d.unwrap();
    ///         (d.line, d.entities.iter().map(|e| e.id()).collect())
    ///     })
    ///     .collect();
    /// assert_eq!(found, [(1, vec![Some("IR")]), (2, vec![]), (3, vec![Some("islamic-state")])]);
    /// ```
    pub fn documents<R: std::io::BufRead>(
        &self,
        reader: R,
        options: Options,
        name: &str,
    ) -> Documents<'_, R> {
        Documents::new(self, reader, options, name)
    }
}

impl<'g, R: BufRead> Documents<'g, R> {
    fn new(extractor: &'g Extractor, reader: R, options: Options, name: &str) -> Self {
        Documents {
            extractor,
            reader,
            options,
            name: name.to_owned(),
            line: 0,
            buf: Vec::new(),
            done: false,
            scratch: Scratch::default(),
        }
    }
}

impl<'g, R: BufRead> Iterator for Documents<'g, R> {
    type Item = Result<StreamedDocument<'g>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        self.buf.clear();
        match self.reader.read_until(b'\n', &mut self.buf) {
            Ok(0) => {
                self.done = true;
                return None;
            }
            Ok(_) => {}
            Err(source) => {
                self.done = true;
                return Some(Err(Error::Io {
                    file: self.name.clone(),
                    source,
                }));
            }
        }
        self.line += 1;
        if self.buf.last() == Some(&b'\n') {
            self.buf.pop();
            if self.buf.last() == Some(&b'\r') {
                self.buf.pop();
            }
        }
        let bytes = std::mem::take(&mut self.buf);
        Some(match String::from_utf8(bytes) {
            Ok(text) => {
                let mut entities = Vec::new();
                let (ex, scratch) = (self.extractor, &mut self.scratch);
                ex.extract_into(&text, &self.options, scratch, &mut entities);
                Ok(StreamedDocument {
                    line: self.line,
                    text,
                    entities,
                })
            }
            Err(e) => Err(Error::Utf8 {
                file: self.name.clone(),
                line: self.line,
                offset: e.utf8_error().valid_up_to(),
            }),
        })
    }
}
