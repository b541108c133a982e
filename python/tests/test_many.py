"""Extractor.extract_many: equal to the loop, argument errors, threads and the GIL."""

import datetime
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import DATES, SENTENCES, SHARED_CORPUS

import alam

# Documents of uneven length: single sentences and long concatenations.
DOCS = [SENTENCES[i % len(SENTENCES)] * (1 + (i * 7) % 13) for i in range(600)]
DOC_DATES = [DATES[i % len(DATES)] for i in range(600)]


def loop(extractor, docs, dates=None, nested=False):
    dates = dates if dates is not None else [None] * len(docs)
    return [extractor.extract(d, date=t, nested=nested) for d, t in zip(docs, dates)]


@pytest.mark.parametrize("jobs", [1, 2, 3, 8, None])
def test_extract_many_equals_the_loop(extractor, jobs):
    expected = loop(extractor, DOCS, DOC_DATES)
    assert sum(map(len, expected)) > 3000
    assert extractor.extract_many(DOCS, dates=DOC_DATES, jobs=jobs) == expected
    assert extractor.extract_many(DOCS, jobs=jobs, nested=True) == loop(extractor, DOCS, nested=True)


def test_dates_forms(extractor):
    text = "وقال وزير الخارجية الإيراني إن بلاده لن تتراجع."
    docs = [text] * 3
    by_one = extractor.extract_many(docs, dates="2016-01-01")
    assert [r[0].id for r in by_one] == ["mohammad-javad-zarif"] * 3
    mixed = extractor.extract_many(docs, dates=[datetime.date(2025, 3, 1), None, "2016-01-01"])
    assert [r[0].id for r in mixed] == ["abbas-araghchi", None, "mohammad-javad-zarif"]
    assert extractor.extract_many(iter(docs), dates=(d for d in ["2016-01-01"] * 3)) == by_one
    assert extractor.extract_many([]) == []
    assert extractor.extract_many(("", "طهران")) == [[], extractor.extract("طهران")]


@pytest.mark.skipif(not SHARED_CORPUS.exists(), reason="the shared news corpus is not beside the repository")
def test_extract_many_equals_the_loop_on_real_news(extractor):
    with SHARED_CORPUS.open(encoding="utf-8") as f:
        docs = [line.rstrip("\n") for _, line in zip(range(3000), f)]
    expected = loop(extractor, docs)
    assert sum(map(len, expected)) > 2000
    assert extractor.extract_many(docs, jobs=2) == expected
    for doc, entities in zip(docs, expected):
        for e in entities:
            assert doc[e.start : e.end] == e.text


@pytest.mark.parametrize(
    "kwargs, error, message",
    [
        ({"texts": "طهران"}, TypeError, "not a single str: use extract"),
        ({"texts": 5}, TypeError, "texts must be an iterable of str, not int"),
        ({"texts": ["طهران", None]}, TypeError, r"texts\[1\] must be a str, not NoneType"),
        ({"texts": ["a", "b"], "dates": ["2016-01-01"]}, ValueError, "dates has 1 items but texts has 2"),
        ({"texts": ["a"], "dates": [5]}, TypeError, r"dates\[0\] must be a datetime.date"),
        ({"texts": ["a"], "dates": ["2016-13-01"]}, ValueError, r'dates\[0\]: invalid date "2016-13-01"'),
        ({"texts": ["a"], "dates": 5}, TypeError, "dates must be None, a date, or an iterable"),
        ({"texts": ["a"], "jobs": 0}, ValueError, "jobs must be a positive number"),
        ({"texts": ["a"], "jobs": -2}, ValueError, "jobs must be a positive number"),
        ({"texts": ["a"], "jobs": 1.5}, TypeError, "jobs"),
    ],
)
def test_extract_many_argument_errors(extractor, kwargs, error, message):
    with pytest.raises(error, match=message):
        extractor.extract_many(**kwargs)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_text_without_utf8_form_late_in_a_batch_raises_and_the_extractor_still_works(extractor, jobs):
    # The lone surrogate comes after many chunks have been handed to the workers.
    docs = DOCS * 4 + ["زار وفد طهران \udc80"] + DOCS
    with pytest.raises(UnicodeEncodeError):
        extractor.extract_many(docs, jobs=jobs)
    assert extractor.extract_many(DOCS, jobs=jobs) == loop(extractor, DOCS)


def test_thread_safety_eight_threads_on_one_extractor(extractor):
    expected = loop(extractor, DOCS, DOC_DATES)

    def work(k):
        # Each thread walks the documents from a different place, alternating both methods.
        order = [(k * 37 + i) % len(DOCS) for i in range(len(DOCS))]
        singles = {i: extractor.extract(DOCS[i], date=DOC_DATES[i]) for i in order[:200]}
        batch = extractor.extract_many([DOCS[i] for i in order], dates=[DOC_DATES[i] for i in order], jobs=2)
        return singles, dict(zip(order, batch))

    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(work, range(16)))
    for singles, batch in results:
        assert all(expected[i] == r for i, r in singles.items())
        assert all(expected[i] == r for i, r in batch.items())


def test_extract_many_releases_the_gil(extractor):
    # While one thread extracts a large batch, a pure-Python thread must keep running: its longest
    # pause must be a small part of the extraction's duration (it would be all of it with the GIL
    # held). The batch is sized to take a few hundred milliseconds.
    docs = [s * 40 for s in SENTENCES] * 60
    stop = threading.Event()
    gaps = []

    def ticker():
        last = time.perf_counter()
        while not stop.is_set():
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    t = threading.Thread(target=ticker)
    t.start()
    time.sleep(0.02)
    start = time.perf_counter()
    extractor.extract_many(docs, jobs=1)
    duration = time.perf_counter() - start
    stop.set()
    t.join()
    assert duration > 0.05, "the batch is too small to tell"
    assert max(gaps) < 0.5 * duration, (max(gaps), duration)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_process_forked_while_the_automaton_is_compiled_extracts_and_exits():
    # The faster automaton is compiled on a background thread, which a forked child does not
    # have: the child must extract the same entities on the other automaton, without waiting.
    text = "وقال وزير الخارجية الإيراني في طهران إن بلاده لن تتراجع."
    expected = [(e.kind, e.id, e.start, e.end) for e in alam.Extractor().extract(text)]
    assert expected
    fresh = alam.Extractor()
    pid = os.fork()
    if pid == 0:  # the child: report by exit status only, whatever happens
        status = 2
        try:
            got = [(e.kind, e.id, e.start, e.end) for e in fresh.extract(text)]
            many = fresh.extract_many([text] * 50, jobs=2)
            same = all([(e.kind, e.id, e.start, e.end) for e in m] == expected for m in many)
            status = 0 if got == expected and same else 1
        finally:
            os._exit(status)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("the forked child did not finish within 60 s")
