//! `extract_many`'s schedule: documents in chunks, extracted without the GIL, turned into
//! Python lists in input order.
//!
//! Invariants: the result has one list per text, in input order, each equal to what
//! [`entities`] gives for that text alone, whatever `jobs` is. Worker threads never touch
//! Python: they take chunks of UTF-8 (borrowed from Python strings that the caller keeps alive)
//! from a queue and send back plain Rust values; the calling thread, holding the GIL, encodes the
//! chunks and makes the Python objects of finished chunks while the workers extract the next
//! ones, and releases the GIL whenever it waits. With one job no thread is started: the calling
//! thread alternates extraction (without the GIL) and conversion, chunk by chunk. Each thread
//! reuses one set of the library's buffers ([`Scratch`]) for all the documents it extracts.

use std::ops::Range;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use crate::adapter::{DocDate, Engine, Mention, Scratch};
use crate::entity::PyEntity;
use crate::offsets::char_indices;

/// What every document of a batch is extracted with.
#[derive(Clone, Copy)]
pub struct Batch<'a> {
    /// The extractor.
    pub engine: &'a Engine,
    /// One date per document.
    pub dates: &'a [Option<DocDate>],
    /// Whether nested mentions are asked for.
    pub nested: bool,
}

/// The entities of the documents of one chunk, in order.
type Chunk = Vec<Vec<PyEntity>>;

/// A chunk's index and its documents' UTF-8.
type Job<'t> = (usize, Vec<&'t str>);

/// How a batch is cut: `n_chunks` chunks of `size` documents (the last may be shorter).
#[derive(Clone, Copy)]
struct Plan {
    docs: usize,
    size: usize,
    n_chunks: usize,
    jobs: usize,
}

impl Plan {
    fn new(docs: usize, jobs: usize) -> Plan {
        // Chunks small enough to balance uneven documents and to keep the last chunk's
        // conversion short, large enough to keep the queue out of the profile.
        let size = (docs / (jobs * 16)).clamp(1, 512);
        let n_chunks = docs.div_ceil(size);
        Plan {
            docs,
            size,
            n_chunks,
            jobs: jobs.min(n_chunks),
        }
    }

    fn range(&self, chunk: usize) -> Range<usize> {
        chunk * self.size..((chunk + 1) * self.size).min(self.docs)
    }
}

/// The entities of every text of `texts` on `jobs` threads: one list per text, in input order.
pub fn extract_many<'py>(
    py: Python<'py>,
    batch: Batch<'_>,
    texts: &[Bound<'py, PyString>],
    jobs: usize,
) -> PyResult<Bound<'py, PyList>> {
    let plan = Plan::new(texts.len(), jobs);
    let out = PyList::empty(py);
    if plan.jobs <= 1 {
        let mut scratch = Scratch::default();
        for c in 0..plan.n_chunks {
            let range = plan.range(c);
            let strs = encode(&texts[range.clone()])?;
            let docs = py.detach(|| batch.chunk(range.start, &strs, &mut scratch));
            append(&out, docs)?;
        }
    } else {
        parallel(py, batch, texts, plan, &out)?;
    }
    Ok(out)
}

/// [`extract_many`] with worker threads, the calling thread feeding them and converting.
fn parallel<'py>(
    py: Python<'py>,
    batch: Batch<'_>,
    texts: &[Bound<'py, PyString>],
    plan: Plan,
    out: &Bound<'py, PyList>,
) -> PyResult<()> {
    let (job_tx, job_rx) = mpsc::channel::<Job<'_>>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, Chunk)>();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..plan.jobs)
            .map(|_| {
                let (queue, done) = (&job_rx, done_tx.clone());
                s.spawn(move || work(batch, plan, queue, done))
            })
            .collect();
        drop(done_tx);
        // On an error, dropping the queue's sender and the results' receiver makes the workers
        // stop after their current chunk.
        let result = feed(texts, plan, job_tx).and_then(|()| collect(py, plan, done_rx, out));
        // Every worker is joined (`any` would stop at the first that panicked).
        let panicked = py.detach(|| {
            let joined: Vec<bool> = workers.into_iter().map(|w| w.join().is_err()).collect();
            joined.contains(&true)
        });
        match result {
            Ok(()) if panicked => Err(PyRuntimeError::new_err("an extraction thread panicked")),
            r => r,
        }
    })
}

/// Encodes every chunk (with the GIL) and queues it for the workers.
fn feed<'t>(texts: &'t [Bound<'_, PyString>], plan: Plan, queue: Sender<Job<'t>>) -> PyResult<()> {
    for c in 0..plan.n_chunks {
        let strs = encode(&texts[plan.range(c)])?;
        if queue.send((c, strs)).is_err() {
            // Every worker has stopped: `collect` reports it.
            break;
        }
    }
    Ok(())
}

/// Receives the workers' chunks and appends their lists to `out` in input order, releasing the
/// GIL while it waits.
fn collect<'py>(
    py: Python<'py>,
    plan: Plan,
    mut done: Receiver<(usize, Chunk)>,
    out: &Bound<'py, PyList>,
) -> PyResult<()> {
    let mut pending: Vec<Option<Chunk>> = (0..plan.n_chunks).map(|_| None).collect();
    let mut next = 0;
    while next < plan.n_chunks {
        let received = match done.try_recv() {
            Ok(msg) => Ok(msg),
            Err(_) => {
                let (rx, msg) = py.detach(move || {
                    let msg = done.recv();
                    (done, msg)
                });
                done = rx;
                msg
            }
        };
        let (c, docs) =
            received.map_err(|_| PyRuntimeError::new_err("an extraction thread stopped early"))?;
        pending[c] = Some(docs);
        while let Some(docs) = pending.get_mut(next).and_then(Option::take) {
            append(out, docs)?;
            next += 1;
        }
    }
    Ok(())
}

/// A worker: extracts queued chunks until the queue is closed or nobody wants the results.
fn work(
    batch: Batch<'_>,
    plan: Plan,
    queue: &Mutex<Receiver<Job<'_>>>,
    done: Sender<(usize, Chunk)>,
) {
    let mut scratch = Scratch::default();
    loop {
        let job = match queue.lock() {
            Ok(rx) => rx.recv(),
            Err(_) => return,
        };
        let Ok((c, strs)) = job else {
            return;
        };
        let docs = batch.chunk(plan.range(c).start, &strs, &mut scratch);
        if done.send((c, docs)).is_err() {
            return;
        }
    }
}

impl<'a> Batch<'a> {
    /// The entities of `texts`, the documents from index `first` of the batch.
    fn chunk(&self, first: usize, texts: &[&str], scratch: &mut Scratch<'a>) -> Chunk {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let date = self.dates.get(first + i).copied().flatten();
                let mentions = self.engine.extract_reusing(t, date, self.nested, scratch);
                with_char_offsets(t, mentions)
            })
            .collect()
    }
}

/// The UTF-8 of Python strings (made once and cached by Python in each string).
fn encode<'t>(texts: &'t [Bound<'_, PyString>]) -> PyResult<Vec<&'t str>> {
    texts.iter().map(|t| t.to_str()).collect()
}

/// Appends one list per document to `out`.
fn append(out: &Bound<'_, PyList>, docs: Chunk) -> PyResult<()> {
    for doc in docs {
        out.append(doc)?;
    }
    Ok(())
}

/// The entities of one document, with code-point offsets.
pub fn entities(engine: &Engine, text: &str, date: Option<DocDate>, nested: bool) -> Vec<PyEntity> {
    with_char_offsets(text, engine.extract(text, date, nested))
}

/// The entities of `mentions`, found in `text`, with code-point offsets.
fn with_char_offsets(text: &str, mentions: Vec<Mention>) -> Vec<PyEntity> {
    let offsets: Vec<usize> = mentions
        .iter()
        .flat_map(|m| [m.byte_start, m.byte_end])
        .collect();
    let chars = char_indices(text, &offsets);
    mentions
        .into_iter()
        .zip(chars.chunks_exact(2))
        .map(|(m, c)| {
            let written = text.get(m.byte_start..m.byte_end).unwrap_or("").to_owned();
            PyEntity::new(m, c[0], c[1], written)
        })
        .collect()
}
