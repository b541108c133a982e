"""alam: find countries, officials and armed groups in Arabic text.

A thin layer over the Rust library ``alam`` (the compiled module ``alam._alam``)::

    >>> import alam
    >>> [(e.kind, e.id, e.text) for e in alam.extract("زار وفد من طهران دمشق")]
    [('country', 'IR', 'طهران'), ('country', 'SY', 'دمشق')]

``extract(text)`` uses the embedded gazetteers; ``Extractor(gazetteers=[...])`` adds your own
TSV files, and ``Extractor.extract_many(texts)`` processes a batch on every core without the
GIL. Entity offsets ``start``/``end`` are Python string indices: ``text[e.start:e.end] == e.text``.
"""

try:
    from alam._alam import Entity, Extractor, GazetteerError, __version__, extract
except ImportError as e:  # pragma: no cover - only without the compiled module
    raise ImportError(
        "alam's compiled module (alam._alam) is missing: this is the source directory "
        f"{__path__[0]!r}, not an installed package. Install with `pip install ./python` (or "
        "`maturin develop` in python/) and do not run Python from inside python/."
    ) from e

__all__ = ["Entity", "Extractor", "GazetteerError", "__version__", "extract"]
