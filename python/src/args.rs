//! Python arguments to Rust values: document dates, the `dates` of a batch, the `texts`.
//!
//! Invariants: a date is `None`, a `datetime.date` (a `datetime.datetime` counts by its calendar
//! date) or an ISO `YYYY-MM-DD` string; anything else is a `TypeError`, a malformed or
//! non-existent date a `ValueError`, and both messages name the argument (and the index in a
//! batch).

use std::path::PathBuf;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateAccess, PyString};

use crate::adapter::{date_from_ymd, parse_date, DocDate};

/// The document date given as `what` (for messages: `"date"`, `"dates[3]"`).
pub fn date(obj: Option<&Bound<'_, PyAny>>, what: &str) -> PyResult<Option<DocDate>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(None);
    };
    if let Ok(d) = obj.cast::<PyDate>() {
        let (y, m, day) = (d.get_year(), d.get_month(), d.get_day());
        return date_from_ymd(y, m, day).map(Some).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{what}: {y:04}-{m:02}-{day:02} is outside the supported range"
            ))
        });
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return parse_date(s.to_str()?)
            .map(Some)
            .map_err(|e| PyValueError::new_err(format!("{what}: {e}")));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be a datetime.date, an ISO 'YYYY-MM-DD' string or None, not {}",
        type_name(obj)
    )))
}

/// One date per document: `None` (no dates), a single date for all, or an iterable of dates
/// (each may be `None`) as long as `texts`.
pub fn dates(obj: Option<&Bound<'_, PyAny>>, n: usize) -> PyResult<Vec<Option<DocDate>>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(vec![None; n]);
    };
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyDate>() {
        return Ok(vec![date(Some(obj), "dates")?; n]);
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "dates must be None, a date, or an iterable of dates (one per text), not {}",
            type_name(obj)
        ))
    })?;
    let mut out = Vec::with_capacity(n);
    for (i, item) in iter.enumerate() {
        out.push(date(Some(&item?), &format!("dates[{i}]"))?);
    }
    if out.len() != n {
        return Err(PyValueError::new_err(format!(
            "dates has {} items but texts has {n}: give one date (or None) per text",
            out.len()
        )));
    }
    Ok(out)
}

/// The documents of a batch, as Python strings (kept alive by the caller while their UTF-8 is
/// borrowed).
pub fn texts<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyString>>> {
    if obj.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str, not a single str: use extract() for one text",
        ));
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be an iterable of str, not {}",
            type_name(obj)
        ))
    })?;
    let mut out = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        match item.cast_into::<PyString>() {
            Ok(s) => out.push(s),
            Err(e) => {
                return Err(PyTypeError::new_err(format!(
                    "texts[{i}] must be a str, not {}",
                    type_name(e.into_inner().as_any())
                )))
            }
        }
    }
    Ok(out)
}

/// The gazetteer files: an iterable of `str` or `os.PathLike` (not one path on its own).
pub fn paths(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<PathBuf>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Vec::new());
    };
    let single = || {
        PyTypeError::new_err(format!(
            "gazetteers must be a list of paths, not a single {}: use gazetteers=[path]",
            type_name(obj)
        ))
    };
    if obj.is_instance_of::<PyString>() || obj.hasattr("__fspath__")? {
        return Err(single());
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "gazetteers must be a list of paths (str or os.PathLike), not {}",
            type_name(obj)
        ))
    })?;
    let mut out = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        out.push(item.extract::<PathBuf>().map_err(|_| {
            PyTypeError::new_err(format!(
                "gazetteers[{i}] must be a str or os.PathLike, not {}",
                type_name(&item)
            ))
        })?);
    }
    Ok(out)
}

/// The number of worker threads: `None` means every core.
pub fn jobs(jobs: Option<i64>) -> PyResult<usize> {
    match jobs {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(j) if j >= 1 => Ok(usize::try_from(j).unwrap_or(usize::MAX)),
        Some(j) => Err(PyValueError::new_err(format!(
            "jobs must be a positive number of threads or None (every core), not {j}"
        ))),
    }
}

/// The name of `obj`'s type, for messages.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".to_owned())
}
