//! `alam._alam`: the Python extension module of `alam` (PyO3), re-exported by the pure-Python
//! package `alam` (`python/alam/__init__.py`).
//!
//! Invariants: the crate adds no extraction logic of its own: every call into the Rust library
//! goes through [`adapter`], and the other modules only convert between Python and the
//! adapter's owned values (code-point offsets in [`offsets`], arguments in [`args`], the
//! schedule of a batch in [`batch`]).

#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod adapter;
mod args;
mod batch;
mod entity;
mod extractor;
mod offsets;

use pyo3::prelude::*;

pyo3::create_exception!(
    alam,
    GazetteerError,
    pyo3::exceptions::PyValueError,
    "A gazetteer file is malformed or inconsistent. The message is `file:line: problem`; the \
     attributes `file`, `line` (None when not tied to one line) and `problem` give the parts."
);

/// The extension module: `Entity`, `Extractor`, `extract` and `GazetteerError`.
#[pymodule]
fn _alam(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<entity::PyEntity>()?;
    m.add_class::<extractor::PyExtractor>()?;
    m.add_function(wrap_pyfunction!(extractor::extract, m)?)?;
    m.add("GazetteerError", m.py().get_type::<GazetteerError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
