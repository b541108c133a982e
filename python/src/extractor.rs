//! `alam.Extractor`, `alam.extract` and the parallel batch `extract_many`.
//!
//! Invariants: extraction runs with the GIL released (`Python::detach`) on UTF-8 borrowed from
//! Python strings that the call keeps alive; `extract_many` returns one list per text, in input
//! order, equal to calling `extract` on each text, whatever `jobs` is; worker threads take
//! chunks of documents from a shared counter, so uneven documents still balance.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use pyo3::exceptions::{PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::adapter::{self, BuildError, DocDate, Engine};
use crate::args;
use crate::entity::PyEntity;
use crate::offsets::char_indices;

/// Finds countries, officials and armed groups in Arabic text.
///
/// ``Extractor()`` uses the embedded gazetteers (the same as :func:`alam.extract`).
/// ``gazetteers`` adds your own TSV files (same format as the embedded ones, see
/// ``gazetteers/README.md``); with ``replace_defaults=True`` only your files are used.
/// Bad files raise :class:`alam.GazetteerError` naming file, line and problem; unreadable ones
/// an ``OSError``. An extractor is immutable and safe to share between threads.
#[pyclass(frozen, module = "alam", name = "Extractor")]
pub struct PyExtractor {
    engine: Arc<Engine>,
}

#[pymethods]
impl PyExtractor {
    #[new]
    #[pyo3(signature = (gazetteers = None, *, replace_defaults = false))]
    fn new(
        py: Python<'_>,
        gazetteers: Option<&Bound<'_, PyAny>>,
        replace_defaults: bool,
    ) -> PyResult<Self> {
        let files = args::paths(gazetteers)?;
        if files.is_empty() && !replace_defaults {
            return Ok(PyExtractor {
                engine: adapter::default_engine(),
            });
        }
        if files.is_empty() {
            return Err(PyValueError::new_err(
                "replace_defaults=True needs at least one gazetteer file",
            ));
        }
        let engine = py
            .detach(|| adapter::build_engine(&files, replace_defaults))
            .map_err(|e| build_error(py, e))?;
        Ok(PyExtractor {
            engine: Arc::new(engine),
        })
    }

    /// The entities of ``text``, sorted by start, non-overlapping (unless ``nested``).
    ///
    /// ``date`` (a ``datetime.date`` or an ISO ``"YYYY-MM-DD"`` string) is the document's date:
    /// it decides who held an office named by its title. ``nested=True`` also reports mentions
    /// inside longer ones (after the top-level ones), each with ``parent`` set.
    #[pyo3(signature = (text, *, date = None, nested = false))]
    fn extract(
        &self,
        py: Python<'_>,
        text: &str,
        date: Option<&Bound<'_, PyAny>>,
        nested: bool,
    ) -> PyResult<Vec<PyEntity>> {
        extract_one(py, &self.engine, text, date, nested)
    }

    /// The entities of every text: one list per text, in input order, equal to
    /// ``[self.extract(t, date=d, nested=nested) for t, d in zip(texts, dates)]``.
    ///
    /// Runs without the GIL on ``jobs`` threads (default: every core). ``dates`` is ``None``,
    /// one date for all texts, or an iterable with one date (or ``None``) per text.
    #[pyo3(signature = (texts, *, dates = None, jobs = None, nested = false))]
    fn extract_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        dates: Option<&Bound<'py, PyAny>>,
        jobs: Option<i64>,
        nested: bool,
    ) -> PyResult<Bound<'py, PyList>> {
        let texts = args::texts(texts)?;
        let dates = args::dates(dates, texts.len())?;
        let jobs = args::jobs(jobs)?;
        let strs: Vec<&str> = texts.iter().map(|t| t.to_str()).collect::<PyResult<_>>()?;
        let engine = &self.engine;
        let results = py
            .detach(|| extract_parallel(engine, &strs, &dates, nested, jobs))
            .map_err(PyRuntimeError::new_err)?;
        let out = PyList::empty(py);
        for doc in results {
            out.append(doc)?;
        }
        Ok(out)
    }

    /// Every normalized pattern of the automaton, in pattern order (what
    /// ``extract --dump-patterns`` prints), for comparing other tools on the same patterns.
    #[getter]
    fn patterns(&self) -> Vec<String> {
        self.engine.patterns().to_vec()
    }

    fn __repr__(&self) -> String {
        let (c, o, g) = self.engine.sizes();
        format!("Extractor(countries={c}, officials={o}, armed_groups={g})")
    }
}

/// The entities of ``text`` found with the embedded gazetteers (built once, on first use).
///
/// ``date`` (a ``datetime.date`` or an ISO ``"YYYY-MM-DD"`` string) is the document's date: it
/// decides who held an office named by its title. ``nested=True`` also reports mentions inside
/// longer ones, each with ``parent`` set.
#[pyfunction]
#[pyo3(signature = (text, *, date = None, nested = false))]
pub fn extract(
    py: Python<'_>,
    text: &str,
    date: Option<&Bound<'_, PyAny>>,
    nested: bool,
) -> PyResult<Vec<PyEntity>> {
    extract_one(py, &adapter::default_engine(), text, date, nested)
}

fn extract_one(
    py: Python<'_>,
    engine: &Engine,
    text: &str,
    date: Option<&Bound<'_, PyAny>>,
    nested: bool,
) -> PyResult<Vec<PyEntity>> {
    let date = args::date(date, "date")?;
    Ok(py.detach(|| entities(engine, text, date, nested)))
}

/// The entities of one document, with code-point offsets.
fn entities(engine: &Engine, text: &str, date: Option<DocDate>, nested: bool) -> Vec<PyEntity> {
    let mentions = engine.extract(text, date, nested);
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

/// `entities` of every text on `jobs` threads, in input order.
fn extract_parallel(
    engine: &Engine,
    texts: &[&str],
    dates: &[Option<DocDate>],
    nested: bool,
    jobs: usize,
) -> Result<Vec<Vec<PyEntity>>, String> {
    let run = |i: usize| entities(engine, texts[i], dates[i], nested);
    // Chunks small enough to balance uneven documents, large enough to keep the shared counter
    // out of the profile.
    let chunk = (texts.len() / (jobs * 16)).clamp(1, 512);
    let n_chunks = texts.len().div_ceil(chunk);
    let jobs = jobs.min(n_chunks);
    if jobs <= 1 {
        return Ok((0..texts.len()).map(run).collect());
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done: Vec<(usize, Vec<Vec<PyEntity>>)> = Vec::new();
        loop {
            let c = next.fetch_add(1, Ordering::Relaxed);
            if c >= n_chunks {
                return done;
            }
            let range = c * chunk..((c + 1) * chunk).min(texts.len());
            done.push((c, range.map(run).collect()));
        }
    };
    let mut chunks: Vec<Option<Vec<Vec<PyEntity>>>> = (0..n_chunks).map(|_| None).collect();
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..jobs).map(|_| s.spawn(work)).collect();
        for h in handles {
            let done = h
                .join()
                .map_err(|_| "an extraction thread panicked".to_owned())?;
            for (c, docs) in done {
                chunks[c] = Some(docs);
            }
        }
        Ok::<(), String>(())
    })?;
    Ok(chunks.into_iter().flatten().flatten().collect())
}

/// The Python exception for a failed build.
fn build_error(py: Python<'_>, e: BuildError) -> PyErr {
    match e {
        BuildError::Gazetteer {
            file,
            line,
            problem,
            message,
        } => {
            let err = crate::GazetteerError::new_err(message);
            let value = err.value(py);
            let set = value
                .setattr("file", file)
                .and_then(|_| value.setattr("line", line))
                .and_then(|_| value.setattr("problem", problem));
            match set {
                Ok(()) => err,
                Err(e) => e,
            }
        }
        BuildError::Io {
            file,
            errno,
            message,
        } => {
            // OSError(errno, strerror, filename) becomes the matching subclass
            // (FileNotFoundError, PermissionError, …) with `.filename` set.
            let strerror = errno.and_then(|n| {
                let os = py.import("os").ok()?;
                os.call_method1("strerror", (n,))
                    .ok()?
                    .extract::<String>()
                    .ok()
            });
            match (errno, strerror) {
                (Some(n), Some(s)) => PyOSError::new_err((n, s, file)),
                _ => PyOSError::new_err(message),
            }
        }
    }
}
