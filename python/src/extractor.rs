//! `alam.Extractor`, `alam.extract` and the parallel batch `extract_many`.
//!
//! Invariants: extraction runs with the GIL released (`Python::detach`) on UTF-8 borrowed from
//! Python strings that the call keeps alive; `extract_many` returns one list per text, in input
//! order, equal to calling `extract` on each text, whatever `jobs` is (its schedule is in
//! [`crate::batch`]).

use std::sync::Arc;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::adapter::{self, BuildError, Engine};
use crate::args;
use crate::batch::{self, Batch};
use crate::entity::PyEntity;

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
        let batch = Batch {
            engine: &self.engine,
            dates: &dates,
            nested,
        };
        batch::extract_many(py, batch, &texts, jobs)
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
    Ok(py.detach(|| batch::entities(engine, text, date, nested)))
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
