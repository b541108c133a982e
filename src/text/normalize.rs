//! Arabic normalization with an offset map back to the original text.
//!
//! [`normalize`] turns text into its *matching form*: presentation forms decomposed (NFKC),
//! marks, tatweel and invisible format characters removed, letter variants folded (أ إ آ ٱ → ا,
//! ى → ي, ة → ه, ئ → ي, ؤ → و, Persian ی ک ۀ → ي ك ه and پ چ ژ گ → ب ج ز ك), Arabic-Indic and
//! Persian digits made ASCII, ASCII letters lowercased, hyphens made spaces and every run of
//! whitespace made one space. Gazetteer aliases go through the same function, so text and patterns always agree.
//!
//! Invariants (unit- and property-tested): it never panics; it is idempotent
//! (`normalize(normalize(x)) == normalize(x)`); the offset map is monotonic; every offset it maps
//! back to is a char boundary of the original; and a normalized span maps back to a span that
//! starts at the first letter of the mention and ends after its last letter *and the marks
//! attached to it*.

use std::ops::Range;

use super::alphabet::{encode_char, encode_pair, non_ascii, Scan, CHECKPOINT, OTHER};
use super::span::Span;

/// The matching form of a text, with the map back to byte offsets in the original.
///
/// ```
/// use alam::normalize;
///
/// let original = "زار سُورِيَّــا";
/// let n = normalize(original);
/// assert_eq!(n.as_str(), "زار سوريا");
/// // "سوريا" is bytes 7..17 of the normalized text ...
/// let span = n.original_span(7..17);
/// // ... and the whole vocalised word, marks and tatweel included, in the original.
/// assert_eq!(&original[span.start..span.end], "سُورِيَّــا");
/// ```
#[derive(Debug, Clone)]
pub struct Normalized<'a> {
    original: &'a str,
    text: String,
    /// Alignment runs, strictly increasing in `norm`. Between runs the original may have bytes
    /// that produced nothing (removed marks, collapsed whitespace).
    runs: Vec<Run>,
}

/// One stretch of the normalized text and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    /// Byte offset where the run starts in the normalized text.
    norm: usize,
    /// Byte offset where the run's source starts in the original.
    orig: usize,
    /// 0 for a *linear* run (each normalized byte has the original byte at the same distance:
    /// verbatim copies and same-length replacements); otherwise the run is *atomic*, the
    /// expansion of one original char of this many bytes (a presentation form, NBSP → space,
    /// a two-byte digit → ASCII), and every byte of it maps to that whole char.
    atomic_len: usize,
}

impl<'a> Normalized<'a> {
    /// The normalized text (the matching form).
    ///
    /// ```
    /// let n = alam::normalize("في سُوريا");
    /// assert_eq!(n.as_str(), "في سوريا");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The original text this was made from.
    ///
    /// ```
    /// let n = alam::normalize("في سُوريا");
    /// assert_eq!(n.original(), "في سُوريا");
    /// ```
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Maps a normalized byte offset to the byte offset in the original where the char that
    /// produced it starts. Offsets past the end map to the original's length.
    ///
    /// ```
    /// let n = alam::normalize("في سُوريا");
    /// assert_eq!(n.original_start(5), 5); // س starts at byte 5 of both
    /// ```
    pub fn original_start(&self, norm: usize) -> usize {
        if norm >= self.text.len() {
            return self.original.len();
        }
        let run = self.run_at(norm);
        if run.atomic_len == 0 {
            run.orig + (norm - run.norm)
        } else {
            run.orig
        }
    }

    /// Maps an exclusive normalized end offset to the exclusive end in the original of the char
    /// that produced the byte before it (not extended over marks; see
    /// [`original_span`](Self::original_span)).
    ///
    /// ```
    /// let n = alam::normalize("في سُوريا");
    /// assert_eq!(n.original_end(7), 7); // after س, not over its damma (original_span extends)
    /// ```
    pub fn original_end(&self, norm_end: usize) -> usize {
        if norm_end == 0 {
            return self.original_start(0).min(self.original.len());
        }
        let last = norm_end.min(self.text.len()) - 1;
        let run = self.run_at(last);
        if run.atomic_len == 0 {
            run.orig + (last - run.norm) + 1
        } else {
            run.orig + run.atomic_len
        }
    }

    /// Maps a normalized byte range to the span of the original it came from: from the first
    /// char that produced it to after the last one, extended over the combining marks and
    /// tatweel attached to that last char.
    ///
    /// The range should lie on char boundaries of the normalized text; out-of-range offsets are
    /// clamped, and an empty range gives an empty span.
    ///
    /// ```
    /// let n = alam::normalize("في سُوريا");
    /// let span = n.original_span(5..15);
    /// assert_eq!(&n.original()[span.start..span.end], "سُوريا");
    /// ```
    pub fn original_span(&self, range: Range<usize>) -> Span {
        let start = self.original_start(range.start);
        if range.end <= range.start {
            return Span { start, end: start };
        }
        let mut end = self.original_end(range.end).max(start);
        for c in self.original[end..].chars() {
            if is_attached_mark(c) || matches!(c, '\u{FE70}'..='\u{FE7F}' | '\u{FC5E}'..='\u{FC63}')
            {
                end += c.len_utf8();
            } else {
                break;
            }
        }
        Span { start, end }
    }

    fn run_at(&self, norm: usize) -> Run {
        // `runs` is never empty when `text` is not, and runs[0].norm == 0.
        let i = self.runs.partition_point(|r| r.norm <= norm);
        self.runs[i.saturating_sub(1)]
    }
}

/// Normalizes `text` to its matching form, keeping a map back to the original.
///
/// ```
/// use alam::normalize;
///
/// assert_eq!(normalize("الإمـارات\n العربية").as_str(), "الامارات العربيه");
/// assert_eq!(normalize("ﺳﻮﺭﻳﺎ").as_str(), "سوريا");
/// assert_eq!(normalize("عام ٢٠١٦").as_str(), "عام 2016");
/// ```
pub fn normalize(text: &str) -> Normalized<'_> {
    normalize_with::<false>(text, Buffers::default(), 0).0
}

/// [`normalize`], and the normalized text in the automaton's one-byte matching alphabet, made in
/// the same pass (equal to `Scan::new(normalized.as_str())`, property-tested).
#[cfg(test)]
pub(crate) fn normalize_for_matching(text: &str) -> (Normalized<'_>, Scan) {
    normalize_with::<true>(text, Buffers::default(), 0)
}

/// The buffers of a normalization, kept between documents so that normalizing a stream of
/// documents allocates only when a document is larger than every one before it.
#[derive(Debug, Default)]
pub(crate) struct Buffers {
    text: String,
    runs: Vec<Run>,
    scan: Scan,
}

impl Buffers {
    /// [`normalize_for_matching`] into these buffers (left empty until [`Buffers::recycle`]).
    pub(crate) fn normalize<'a>(&mut self, text: &'a str) -> (Normalized<'a>, Scan) {
        normalize_with::<true>(text, std::mem::take(self), 0)
    }

    /// Takes the buffers of a finished normalization back.
    pub(crate) fn recycle(&mut self, normalized: Normalized<'_>, scan: Scan) {
        *self = Buffers {
            text: normalized.text,
            runs: normalized.runs,
            scan,
        };
    }
}

impl Buffers {
    /// [`Buffers::normalize`] on up to `jobs` threads: `text` is cut where a whitespace char is
    /// followed by a char that normalization keeps or replaces (there the single pass has just
    /// ended a whitespace run and starts afresh), each part is normalized on its own thread and
    /// the parts are joined. The result maps every offset as the single pass does, and its text
    /// and encoding are the same (unit-tested).
    pub(crate) fn normalize_parallel<'a>(
        &mut self,
        text: &'a str,
        jobs: usize,
    ) -> (Normalized<'a>, Scan) {
        let cuts = cut_points(text, jobs);
        if cuts.len() <= 2 {
            return self.normalize(text);
        }
        let first = std::mem::take(self);
        let (head, rest) = std::thread::scope(|s| {
            let handles: Vec<_> = cuts[1..]
                .windows(2)
                .map(|w| {
                    let part = &text[w[0]..w[1]];
                    s.spawn(move || normalize_with::<true>(part, Buffers::default(), part.len()))
                })
                .collect();
            // The first part on this thread, in buffers with room for the whole text.
            let head = normalize_with::<true>(&text[..cuts[1]], first, text.len());
            let rest: Vec<_> = handles.into_iter().map(|h| h.join()).collect();
            (head, rest)
        });
        let (mut normalized, mut scan) = head;
        normalized.original = text;
        for (part, &orig) in rest.into_iter().zip(&cuts[1..]) {
            match part {
                Ok((part, part_scan)) => normalized.append(&part, orig, &mut scan, &part_scan),
                // A part that failed (it cannot: normalization does not panic) is normalized
                // again with everything after it on this thread.
                Err(_) => {
                    let (tail, tail_scan) =
                        normalize_with::<true>(&text[orig..], Buffers::default(), 0);
                    normalized.append(&tail, orig, &mut scan, &tail_scan);
                    break;
                }
            }
        }
        (normalized, scan)
    }
}

/// Where [`Buffers::normalize_parallel`] cuts `text` for `jobs` threads: 0, the cuts (after
/// a whitespace char, before a char kept or replaced, near each `k / jobs` of the text), and
/// the text's length. A text without such places is not cut.
fn cut_points(text: &str, jobs: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut cuts = vec![0];
    for k in 1..jobs.max(1) {
        let target = (bytes.len() / jobs * k).max(cuts[cuts.len() - 1] + 1);
        let found = (target..bytes.len()).find(|&p| {
            matches!(bytes[p - 1], b' ' | b'\n' | b'\r' | b'\t')
                && matches!(
                    decode(text, p),
                    Some((Action::Keep | Action::Replace(_), _))
                )
                && !matches!(bytes[p], b' ' | b'\n' | b'\r' | b'\t' | 0x0B | 0x0C)
        });
        match found {
            Some(p) => cuts.push(p),
            None => break,
        }
    }
    cuts.push(bytes.len());
    cuts
}

impl Normalized<'_> {
    /// Appends the normalization `part` (with its encoding `part_scan`) of the original text
    /// from byte `orig` on, which follows what `self` (encoded as `scan`) covers.
    fn append(&mut self, part: &Normalized<'_>, orig: usize, scan: &mut Scan, part_scan: &Scan) {
        let norm = self.text.len();
        self.runs.extend(part.runs.iter().map(|r| Run {
            norm: r.norm + norm,
            orig: r.orig + orig,
            atomic_len: r.atomic_len,
        }));
        self.text.push_str(&part.text);
        scan.append(part_scan, &self.text[norm..], norm);
    }
}

fn normalize_with<const ENCODE: bool>(
    text: &str,
    buffers: Buffers,
    room: usize,
) -> (Normalized<'_>, Scan) {
    let mut out = Writer::new(text.len().max(room), ENCODE, buffers);
    // Start of the pending stretch of original text that is copied unchanged.
    let mut verbatim_from = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if ENCODE {
            i = out.plain_run(text, i, &mut verbatim_from);
            if i >= bytes.len() {
                break;
            }
        }
        let Some((action, width)) = decode(text, i) else {
            break;
        };
        let at = i;
        i += width;
        if out.unchanged::<ENCODE>(action, bytes, at, width, at - verbatim_from) {
            continue;
        }
        out.push_linear(verbatim_from, &text[verbatim_from..at]);
        verbatim_from = i;
        out.apply(text, action, at, width);
    }
    out.push_linear(verbatim_from, &text[verbatim_from..]);
    if ENCODE {
        out.scan.finish(out.text.len());
    }
    let normalized = Normalized {
        original: text,
        text: out.text,
        runs: out.runs,
    };
    (normalized, out.scan)
}

/// The action for the char at byte `i` of `text` and its width, decoding just enough: ASCII
/// and the two-byte Arabic block (U+0600..U+06FF, lead bytes 0xD8..=0xDB) go straight to
/// their tables (inlined in the loop); other chars are decoded in full, out of line.
#[inline(always)]
fn decode(text: &str, i: usize) -> Option<(Action, usize)> {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        Some((ASCII_ACTIONS[b as usize], 1))
    } else if (0xD8..=0xDB).contains(&b) && i + 1 < bytes.len() {
        let cp = (usize::from(b & 0x1F) << 6) | usize::from(bytes[i + 1] & 0x3F);
        Some((ARABIC_ACTIONS[cp - 0x0600], 2))
    } else {
        decode_other(text, i)
    }
}

/// [`decode`] of a char outside ASCII and the Arabic block.
#[inline(never)]
fn decode_other(text: &str, i: usize) -> Option<(Action, usize)> {
    text.get(i..)?
        .chars()
        .next()
        .map(|c| (classify(c), c.len_utf8()))
}

/// For the fast path of the encoding pass: a char's byte in the matching alphabet when
/// normalization keeps it as it is, [`NOT_PLAIN`] otherwise; a space is `b' '` (kept only after
/// a non-space).
const NOT_PLAIN: u8 = 0xFE;

/// The plain bytes of ASCII.
static PLAIN_ASCII: [u8; 0x80] = plain_table(0);

/// In [`PLAIN_ARABIC`]: a letter replaced by one of the same UTF-8 width (أ → ا، ة → ه، ى → ي),
/// found in [`SAME_WIDTH_ARABIC`]; the offsets stay linear, so the fast path writes it too.
/// Right below [`NOT_PLAIN`], so that one comparison finds both.
const REPLACED: u8 = NOT_PLAIN - 1;

/// The plain bytes of U+0600..U+067F (two-byte UTF-8 with lead byte 0xD8 or 0xD9: the
/// letters, the marks and the Arabic punctuation), indexed by the low 7 bits of the code point.
static PLAIN_ARABIC: [u8; 0x80] = plain_table(0x0600);

/// For the [`REPLACED`] letters of U+0600..U+067F: the replacement and its byte in the matching
/// alphabet (empty and 0 for the others).
static SAME_WIDTH_ARABIC: [(&str, u8); 0x80] = same_width_table(0x0600);

const fn plain_table(base: u32) -> [u8; 0x80] {
    let mut t = [NOT_PLAIN; 0x80];
    let mut i = 0;
    while i < 0x80 {
        let cp = base + i as u32;
        if cp == ' ' as u32 {
            t[i] = b' ';
        } else if let Some(c) = char::from_u32(cp) {
            match classify_slow(c) {
                Action::Keep => t[i] = if cp < 0x80 { cp as u8 } else { non_ascii(cp) },
                Action::Replace(r) if cp >= 0x80 && !same_width(r).is_empty() => t[i] = REPLACED,
                _ => {}
            }
        }
        i += 1;
    }
    t
}

const fn same_width_table(base: u32) -> [(&'static str, u8); 0x80] {
    let mut t = [("", 0); 0x80];
    let mut i = 0;
    while i < 0x80 {
        if let Some(c) = char::from_u32(base + i as u32) {
            if let Action::Replace(r) = classify_slow(c) {
                if !same_width(r).is_empty() {
                    t[i] = (same_width(r), non_ascii(r as u32));
                }
            }
        }
        i += 1;
    }
    t
}

/// The replacement letters of the Arabic block written in two bytes, as strings (a test checks
/// that every two-byte replacement of U+0600..U+067F is here).
const fn same_width(r: char) -> &'static str {
    match r {
        'ا' => "ا",
        'ي' => "ي",
        'ه' => "ه",
        'و' => "و",
        'ب' => "ب",
        _ => "",
    }
}

/// What normalization does with one char.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    Keep,
    Remove,
    Space,
    Replace(char),
    /// An Arabic presentation form: NFKC, then each resulting char is classified again.
    Decompose,
}

/// What normalization does with `c`: a table look-up for ASCII and the Arabic block (almost
/// every char of Arabic news), the rules of [`classify_slow`] for the rest.
#[inline]
fn classify(c: char) -> Action {
    let cp = c as u32;
    if cp < 0x80 {
        ASCII_ACTIONS[cp as usize]
    } else if (0x0600..0x0700).contains(&cp) {
        ARABIC_ACTIONS[(cp - 0x0600) as usize]
    } else {
        classify_slow(c)
    }
}

/// [`classify_slow`] for U+0000..U+007F, computed at compile time.
static ASCII_ACTIONS: [Action; 0x80] = table(0);

/// [`classify_slow`] for the Arabic block U+0600..U+06FF, computed at compile time.
static ARABIC_ACTIONS: [Action; 0x100] = table(0x0600);

const fn table<const N: usize>(base: u32) -> [Action; N] {
    let mut t = [Action::Keep; N];
    let mut i = 0;
    while i < N {
        if let Some(c) = char::from_u32(base + i as u32) {
            t[i] = classify_slow(c);
        }
        i += 1;
    }
    t
}

/// The normalization rule for one char (see the module documentation).
const fn classify_slow(c: char) -> Action {
    match c {
        'A'..='Z' => Action::Replace(c.to_ascii_lowercase()),
        ' ' => Action::Space,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' => Action::Space,
        // A hyphen joins or separates words (كيم جونغ-إيل، أليو - ماري): matched as a space.
        '-' | '\u{2010}' | '\u{2011}' => Action::Space,
        '\u{0}'..='\u{7F}' => Action::Keep,
        // Letter variants.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' | '\u{0672}' | '\u{0673}' => {
            Action::Replace('\u{0627}')
        }
        '\u{0649}' | '\u{0626}' | '\u{06CC}' | '\u{06CD}' | '\u{06D0}' => {
            Action::Replace('\u{064A}')
        }
        '\u{0629}' | '\u{06C0}' => Action::Replace('\u{0647}'),
        '\u{0624}' => Action::Replace('\u{0648}'),
        '\u{06A9}' | '\u{06AF}' => Action::Replace('\u{0643}'),
        // Persian letters without an Arabic look-alike, as Arabic spells Persian names.
        '\u{067E}' => Action::Replace('\u{0628}'),
        '\u{0686}' => Action::Replace('\u{062C}'),
        '\u{0698}' => Action::Replace('\u{0632}'),
        // Arabic-Indic and Persian digits.
        '\u{0660}'..='\u{0669}' => Action::Replace(ascii_digit(c as u32 - 0x0660)),
        '\u{06F0}'..='\u{06F9}' => Action::Replace(ascii_digit(c as u32 - 0x06F0)),
        // Marks and tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {
            Action::Remove
        }
        // Invisible format characters.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}' => Action::Remove,
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => Action::Decompose,
        // The other whitespace of char::is_whitespace.
        '\u{85}'
        | '\u{A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => Action::Space,
        _ => Action::Keep,
    }
}

const fn ascii_digit(value: u32) -> char {
    // value is 0..=9 by construction
    (b'0' + (value % 10) as u8) as char
}

/// Combining Arabic marks (harakat, Quranic annotation marks, superscript alef) and tatweel:
/// the characters that belong to the letter before them and are removed by normalization.
pub(crate) fn is_attached_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
}

struct Writer {
    text: String,
    runs: Vec<Run>,
    /// The original offset that continues the current linear run, if the last thing written
    /// was linear.
    linear_next: Option<usize>,
    /// Whether the last char written is a space (for collapsing whitespace runs).
    last_space: bool,
    /// Whether to also write the one-byte matching alphabet.
    encode: bool,
    /// The matching-alphabet encoding of `text` so far, when `encode`.
    scan: Scan,
}

impl Writer {
    fn new(len: usize, encode: bool, buffers: Buffers) -> Writer {
        let Buffers {
            mut text,
            mut runs,
            mut scan,
        } = buffers;
        text.clear();
        text.reserve(len);
        runs.clear();
        scan.clear(if encode { len } else { 0 });
        Writer {
            text,
            runs,
            linear_next: None,
            last_space: false,
            encode,
            scan,
        }
    }

    /// The fastest path, for the encoding pass: from byte `i`, every char that is an ASCII char
    /// or a char of U+0600..U+067F kept as it is, or a single space after a non-space, is
    /// encoded by table and stays in the pending verbatim stretch (which started at
    /// `verbatim_from`), as [`Writer::unchanged`] would do it; a letter replaced by one of the
    /// same width (أ → ا) ends the stretch, is written, and a new stretch starts after it, as
    /// [`Writer::apply`] would do it. Returns where the first other char starts (or the last
    /// byte, left to the general path).
    #[inline(always)]
    fn plain_run(&mut self, text: &str, mut i: usize, verbatim_from: &mut usize) -> usize {
        let bytes = text.as_bytes();
        // The text offset of original byte `i` is `i + shift` (the pending stretch is copied;
        // a same-width replacement keeps the distance).
        let shift = self.text.len().wrapping_sub(*verbatim_from);
        let mut last_space = self.last_space;
        // Codes gathered up to the next checkpoint, then appended at once.
        let mut chunk = [0u8; CHECKPOINT];
        loop {
            let room = CHECKPOINT - self.scan.len() % CHECKPOINT;
            let first = i;
            let mut n = 0;
            while n < room && i + 1 < bytes.len() {
                let b = bytes[i];
                let code = if b & 0xFE == 0xD8 {
                    let low = (usize::from(b & 1) << 6) | usize::from(bytes[i + 1] & 0x3F);
                    let mut code = PLAIN_ARABIC[low];
                    // REPLACED or NOT_PLAIN (not OTHER, 0xFF) in one comparison
                    if code.wrapping_sub(REPLACED) < 2 {
                        if code == NOT_PLAIN {
                            break;
                        }
                        let (replacement, replaced_code) = SAME_WIDTH_ARABIC[low];
                        self.push_linear(*verbatim_from, &text[*verbatim_from..i]);
                        self.push_linear(i, replacement);
                        *verbatim_from = i + 2;
                        code = replaced_code;
                    }
                    last_space = false;
                    i += 2;
                    code
                } else if b < 0x80 {
                    let code = PLAIN_ASCII[usize::from(b)];
                    if code == NOT_PLAIN || (code == b' ' && last_space) {
                        break;
                    }
                    last_space = code == b' ';
                    i += 1;
                    code
                } else {
                    break;
                };
                if let Some(slot) = chunk.get_mut(n) {
                    *slot = code;
                }
                n += 1;
            }
            if n > 0 {
                self.scan.push_run(&chunk[..n], first.wrapping_add(shift));
            }
            if n < room {
                break;
            }
        }
        self.last_space = last_space;
        i
    }

    /// The fast path: a char kept as it is, or a single space after a non-space, stays in the
    /// pending verbatim stretch (`pending` bytes so far). Returns whether it did.
    #[inline(always)]
    fn unchanged<const ENCODE: bool>(
        &mut self,
        action: Action,
        bytes: &[u8],
        at: usize,
        width: usize,
        pending: usize,
    ) -> bool {
        match action {
            Action::Keep => {
                self.last_space = false;
                if ENCODE {
                    let code = match width {
                        1 => bytes[at],
                        2 => encode_pair(bytes[at], bytes[at + 1]),
                        _ => OTHER,
                    };
                    self.scan.push(code, self.text.len() + pending);
                }
                true
            }
            Action::Space if bytes[at] == b' ' && !self.last_space => {
                self.last_space = true;
                if ENCODE {
                    self.scan.push(b' ', self.text.len() + pending);
                }
                true
            }
            _ => false,
        }
    }

    /// Writes what `action` makes of the char of `width` bytes at `at` of `text`.
    fn apply(&mut self, text: &str, action: Action, at: usize, width: usize) {
        match action {
            Action::Keep | Action::Remove => {}
            Action::Space => {
                if !self.last_space {
                    self.push_replacement(at, width, ' ');
                    self.last_space = true;
                }
            }
            Action::Replace(r) => {
                self.push_replacement(at, width, r);
                self.last_space = false;
            }
            Action::Decompose => {
                if let Some(c) = text[at..].chars().next() {
                    self.push_decomposed(at, c);
                }
            }
        }
    }

    fn push_linear(&mut self, orig: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        if self.linear_next != Some(orig) {
            self.runs.push(Run {
                norm: self.text.len(),
                orig,
                atomic_len: 0,
            });
        }
        self.text.push_str(s);
        self.linear_next = Some(orig + s.len());
    }

    fn push_replacement(&mut self, orig: usize, orig_len: usize, replacement: char) {
        if self.encode {
            let offset = self.text.len();
            self.scan.push(encode_char(replacement), offset);
        }
        let mut buf = [0u8; 4];
        let encoded = replacement.encode_utf8(&mut buf);
        if encoded.len() == orig_len {
            self.push_linear(orig, encoded);
        } else {
            self.push_atomic(orig, orig_len, encoded);
        }
    }

    fn push_atomic(&mut self, orig: usize, orig_len: usize, s: &str) {
        if s.is_empty() {
            return;
        }
        self.runs.push(Run {
            norm: self.text.len(),
            orig,
            atomic_len: orig_len,
        });
        self.text.push_str(s);
        self.linear_next = None;
    }

    fn push_decomposed(&mut self, orig: usize, c: char) {
        use unicode_normalization::UnicodeNormalization;
        // The isolated and medial forms of the marks (U+FE70..U+FE7F) and the mark ligatures
        // (U+FC5E..U+FC63) decompose to a space and marks: they are marks, removed like them,
        // and must not split the word they sit in.
        let only_marks = std::iter::once(c)
            .nfkc()
            .all(|d| d == ' ' || classify(d) == Action::Remove);
        if only_marks {
            return;
        }
        let mut expansion = String::new();
        for d in std::iter::once(c).nfkc() {
            match classify(d) {
                Action::Keep | Action::Decompose => {
                    expansion.push(d);
                    self.last_space = false;
                }
                Action::Replace(r) => {
                    expansion.push(r);
                    self.last_space = false;
                }
                Action::Remove => {}
                Action::Space => {
                    if !self.last_space {
                        expansion.push(' ');
                        self.last_space = true;
                    }
                }
            }
        }
        if self.encode {
            let base = self.text.len();
            for (k, d) in expansion.char_indices() {
                self.scan.push(encode_char(d), base + k);
            }
        }
        self.push_atomic(orig, c.len_utf8(), &expansion);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One line per fold: input, expected matching form.
    const FOLDS: &[(&str, &str)] = &[
        // Presentation forms (NFKC), including the lam-alef ligature.
        ("ﺳﻮﺭﻳﺎ", "سوريا"),
        ("ﻻ", "لا"),
        ("ﺍﻟﻌﺮﺍﻕ", "العراق"),
        ("ﻃﻬﺮﺍﻥ", "طهران"),
        // Harakat, shadda, sukun, superscript alef, Quranic marks removed.
        ("سُورِيَا", "سوريا"),
        ("عَمّان", "عمان"),
        ("رَحْمٰن", "رحمن"),
        ("دمشق\u{06DA}", "دمشق"),
        // Presentation forms of marks are marks: removed, no space.
        ("سو\u{FE70}ريا", "سوريا"),
        ("سو\u{FE7C}\u{FC5E}ريا", "سوريا"),
        // Tatweel removed.
        ("ســوريــا", "سوريا"),
        ("\u{0640}إيران\u{0640}", "ايران"),
        // Invisible format characters removed; a ZWNJ inside a word does not split it.
        ("طه\u{200C}ران", "طهران"),
        ("\u{200F}سوريا\u{200E}", "سوريا"),
        ("\u{202B}مصر\u{202C}", "مصر"),
        ("\u{2067}ليبيا\u{2069}", "ليبيا"),
        ("\u{FEFF}\u{061C}لبنان\u{00AD}", "لبنان"),
        ("ال\u{200B}يمن", "اليمن"),
        // Alef variants.
        ("أمريكا", "امريكا"),
        ("إيران", "ايران"),
        ("آسيا", "اسيا"),
        ("ٱلعراق", "العراق"),
        // Alef maqsura, ta marbuta, hamza seats.
        ("موسى", "موسي"),
        ("سورية", "سوريه"),
        ("الجزائر", "الجزاير"),
        ("المؤتمر", "الموتمر"),
        // Persian and Urdu look-alikes.
        ("ایران", "ايران"),
        ("کابل", "كابل"),
        ("ۍې", "يي"),
        ("پاکستان", "باكستان"),
        ("چابهار", "جابهار"),
        ("نژاد", "نزاد"),
        ("گیلان", "كيلان"),
        ("خانۀ", "خانه"),
        // Digits.
        ("٢٠١٦", "2016"),
        ("۱۴۰۲", "1402"),
        // ASCII lowercasing.
        ("ISIS", "isis"),
        // Whitespace runs of any kind become one space.
        ("الولايات\nالمتحدة", "الولايات المتحده"),
        ("الولايات \r\n\t المتحدة", "الولايات المتحده"),
        ("كوريا\u{00A0}الشمالية", "كوريا الشماليه"),
        ("جنوب\u{2003}\u{202F}\u{3000}السودان", "جنوب السودان"),
        // A hyphen is a space, spaced or not.
        ("جونغ-إيل", "جونغ ايل"),
        ("أليو - ماري", "اليو ماري"),
        ("جاي\u{2011}إن", "جاي ان"),
        // Unchanged text.
        ("دمشق", "دمشق"),
        ("", ""),
    ];

    #[test]
    fn every_fold_gives_the_expected_matching_form() {
        for (input, expected) in FOLDS {
            assert_eq!(normalize(input).as_str(), *expected, "input {input:?}");
        }
    }

    #[test]
    fn every_fold_is_idempotent() {
        for (input, _) in FOLDS {
            let once = normalize(input);
            assert_eq!(normalize(once.as_str()).as_str(), once.as_str());
        }
    }

    /// One line per case: original, normalized byte range, expected original text of the span.
    const SPANS: &[(&str, &str, &str)] = &[
        // marks after the last letter belong to the span
        ("في سُورِيَّا اليوم", "سوريا", "سُورِيَّا"),
        ("في سوريــا اليوم", "سوريا", "سوريــا"),
        // a ZWNJ after the word is not a mark: it stays outside
        ("في سوريا\u{200C} اليوم", "سوريا", "سوريا"),
        // presentation forms map to whole original chars
        ("في ﺳﻮﺭﻳﺎ اليوم", "سوريا", "ﺳﻮﺭﻳﺎ"),
        // names across line breaks
        (
            "الولايات\r\nالمتحدة",
            "الولايات المتحده",
            "الولايات\r\nالمتحدة",
        ),
        // digits shrink from two bytes to one
        ("سنة ٢٠١٦ في العراق", "العراق", "العراق"),
        ("سنة ٢٠١٦ في العراق", "2016", "٢٠١٦"),
        // a hyphenated name maps back with its hyphen
        ("التقى كيم جونغ-أون", "كيم جونغ اون", "كيم جونغ-أون"),
        ("التقى كيم جونغ - أون أمس", "كيم جونغ اون", "كيم جونغ - أون"),
        // the lam-alef ligature expands to two letters
        ("ﻻﺗﻔﺎق", "لاتفاق", "ﻻﺗﻔﺎق"),
    ];

    #[test]
    fn spans_map_back_to_the_mention_as_written() {
        for (original, needle, expected) in SPANS {
            let n = normalize(original);
            let start = n.as_str().find(needle).expect("needle in normalized text");
            let span = n.original_span(start..start + needle.len());
            assert_eq!(
                &original[span.start..span.end],
                *expected,
                "in {original:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_fused_encoding_equals_encoding_the_normalized_text(
            text in "[ \\t\\nا-يًٌٍَُِّْـأإآةىئؤ\u{200C}\u{200F}ﻻﺳﻮﺭﻳﺎ\u{FE70}\u{FC5E}٠-٩a-zA-Z.،é€😀\u{00A0}-]{0,80}"
        ) {
            let (n, fused) = normalize_for_matching(&text);
            let separate = Scan::new(n.as_str());
            proptest::prop_assert_eq!(fused, separate);
        }

        /// The encoding pass (with its fast path for plain and same-width replaced letters)
        /// writes the text and offset runs the general path writes.
        #[test]
        fn the_fast_path_writes_what_the_general_path_writes(
            text in "[ \\t\\nا-يًٌٍَُِّْـأإآةىئؤٱپ\u{200C}ﻻ٠-٩a-zA-Z.،é😀\u{00A0}-]{0,80}"
        ) {
            let (fused, _) = normalize_for_matching(&text);
            let general = normalize(&text);
            proptest::prop_assert_eq!(fused.as_str(), general.as_str());
            proptest::prop_assert_eq!(&fused.runs, &general.runs);
        }
    }

    #[test]
    fn every_same_width_replacement_of_the_arabic_block_takes_the_fast_path() {
        for (low, &code) in PLAIN_ARABIC.iter().enumerate() {
            let Some(c) = char::from_u32(0x0600 + low as u32) else {
                continue;
            };
            let same_width = matches!(classify(c), Action::Replace(r) if r.len_utf8() == 2);
            assert_eq!(code == REPLACED, same_width, "{c:?}");
            if same_width {
                let (replacement, byte) = SAME_WIDTH_ARABIC[low];
                assert_eq!(normalize(&c.to_string()).as_str(), replacement);
                assert_eq!(Scan::new(replacement).bytes(), [byte]);
            }
        }
        // the letters of Arabic news that take it, each two bytes and one scan byte
        for c in ["أ", "إ", "آ", "ٱ", "ى", "ئ", "ة", "ؤ", "پ"] {
            let (n, scan) = normalize_for_matching(c);
            assert_eq!((n.as_str().len(), scan.bytes().len()), (2, 1), "{c}");
            assert_eq!(
                PLAIN_ARABIC[usize::from(c.as_bytes()[1] & 0x3F)
                    | (0x40 * usize::from(c.as_bytes()[0] & 1))],
                REPLACED,
                "{c}"
            );
        }
    }

    #[test]
    fn normalizing_on_several_threads_gives_what_one_thread_gives() {
        // Line breaks and spaces next to marks, tatweel, invisible chars, presentation forms,
        // NBSP, capitals and Arabic-Indic digits: every kind of char on both sides of a cut.
        let pieces = [
            "زار الوفد دمشق\n",
            "\u{064E}سوريا \u{200C}طهران\r\n",
            "ﻻ ﺳﻮﺭﻳﺎ\t\u{0640}بغداد ",
            "ISIS و٢٠١٦ \u{00A0} المؤتمر\n\n",
            "أمريكا  \u{FE70}إيران ",
            "é€😀 كابل\u{200F}\n",
            "كيم جونغ - أون-سو -\n",
        ];
        let mut text = String::new();
        for i in 0..60 {
            text.push_str(pieces[(i * 5 + i / 4) % pieces.len()]);
        }
        let (one, one_scan) = normalize_for_matching(&text);
        for jobs in [2, 3, 4, 7, 50, 1000] {
            let (split, split_scan) = Buffers::default().normalize_parallel(&text, jobs);
            assert_eq!(split.as_str(), one.as_str(), "jobs {jobs}");
            assert_eq!(split_scan, one_scan, "jobs {jobs}");
            let ends: Vec<usize> = one.as_str().char_indices().map(|(i, _)| i).collect();
            for (k, &a) in ends.iter().enumerate() {
                assert_eq!(
                    split.original_start(a),
                    one.original_start(a),
                    "jobs {jobs}"
                );
                for &b in ends[k + 1..].iter().take(3) {
                    assert_eq!(split.original_span(a..b), one.original_span(a..b));
                }
            }
        }
        // the text is cut: 7 threads give 7 parts
        assert_eq!(cut_points(&text, 7).len(), 8);
    }

    #[test]
    fn offset_map_is_monotonic_and_on_char_boundaries() {
        let original = "أَعلنَ\u{0640} ﻻ  ٢٠١٦\nطه\u{200C}ران";
        let n = normalize(original);
        let mut last = 0;
        for (i, _) in n.as_str().char_indices() {
            let o = n.original_start(i);
            assert!(o >= last);
            assert!(original.is_char_boundary(o));
            last = o;
        }
    }
}
