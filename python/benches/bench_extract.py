"""Throughput of alam from Python against the Rust example, a pure-Python pipeline and Spark.

    python python/benches/bench_extract.py [--corpus FILE] [--rust-extract BIN] [--spark]

The corpus has one document per line (default: ``../shared/corpora/saudinewsnet-aljazirah-8mb.txt``
beside the repository). Every figure is the best of ``--repeat`` runs, in MB/s of UTF-8 input
(1 MB = 10^6 bytes):

* ``extract_many`` with ``jobs=1`` and ``jobs=2``, Python objects for every entity included;
* the Rust example ``BIN --json --lines --jobs N CORPUS > /dev/null`` (build it with
  ``cargo build --release --example extract``), JSON formatting and output included;
* a pure-Python pipeline over the same patterns (``Extractor().patterns``, identical to
  ``extract --dump-patterns``): normalization with an offset map written in Python,
  ``pyahocorasick`` over the normalized text, word boundaries with proclitics (a ل-merged
  pattern such as لعراق only after a chain ending in ل, as in للعراق), leftmost-longest
  selection and offsets mapped back to Python string indices of the text as written (over the
  marks attached to the last letter). It does less than alam (no ambiguity, context, role or
  follow-up resolution), so the ratio favours it;
* with ``--spark``, ``examples/spark_extract.py`` in ``local[2]`` on the corpus as JSONL: the
  extraction stage alone (read, ``mapInPandas``, Parquet), the same stage with a body that only
  reads the Arrow batches (Spark's own share), and the whole job (with the profile), on a warm
  session (session start-up reported apart).

It ends with ``extract_many``'s speed-up over the pure-Python pipeline, in wall time and in CPU
time (user + system of all threads: the steadier figure on a machine shared with other work).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import alam

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "saudinewsnet-aljazirah-8mb.txt"


def cpu_seconds():
    """CPU time of this process (all threads) and of its waited-for children."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def best_of(repeat, fn):
    """(best wall seconds, CPU seconds of that run, last result) of ``repeat`` calls of ``fn``.

    CPU seconds (user + system, all threads, children included) are the steadier figure on a
    machine shared with other work; they are not measured for Spark's JVM and workers (None).
    """
    best, best_cpu, result = float("inf"), None, None
    for _ in range(repeat):
        result = None  # the previous run's result is freed here, outside the timing
        cpu, start = cpu_seconds(), time.perf_counter()
        result = fn()
        wall, used = time.perf_counter() - start, cpu_seconds() - cpu
        if wall < best:
            best, best_cpu = wall, used
    return best, best_cpu, result


# ---- the pure-Python pipeline -------------------------------------------------------------------

MARKS = {chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]}
INVISIBLE = {chr(c) for c in [*range(0x200B, 0x2010), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]}
INVISIBLE |= {"\u061c", "\ufeff", "\u00ad"}
SPACES = set(" \t\n\x0b\x0c\r\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
}
FOLDS = {
    **dict.fromkeys("\u0622\u0623\u0625\u0671\u0672\u0673", "\u0627"),
    **dict.fromkeys("\u0649\u0626\u06cc\u06cd\u06d0", "\u064a"),
    **dict.fromkeys("\u0629\u06c0", "\u0647"),
    "\u0624": "\u0648",
    **dict.fromkeys("\u06a9\u06af", "\u0643"),
    "\u067e": "\u0628",
    "\u0686": "\u062c",
    "\u0698": "\u0632",
    **{chr(0x0660 + d): str(d) for d in range(10)},
    **{chr(0x06F0 + d): str(d) for d in range(10)},
    **{chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)},
}


def _fold(c):
    """What one char becomes: ``""`` (removed), ``" "`` (whitespace) or its folded form."""
    if c in MARKS or c in INVISIBLE:
        return ""
    if c in SPACES:
        return " "
    return FOLDS.get(c, c)


# Every char that does not stay itself; presentation forms go through NFKC first.
TABLE = {c: _fold(c) for c in MARKS | INVISIBLE | SPACES | set(FOLDS)}
for cp in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
    TABLE[chr(cp)] = "".join(_fold(x) for x in unicodedata.normalize("NFKC", chr(cp))).strip()
# The chains of gazetteers/proclitics.tsv; a ل-merged pattern (العراق → لعراق) needs one ending in ل.
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
MERGING = {"ل", "ول", "فل"}
# What a mention's end is extended over in the text as written: marks, tatweel and the
# presentation forms of marks.
ATTACHED = MARKS | {chr(c) for c in [*range(0xFE70, 0xFE80), *range(0xFC5E, 0xFC64)]}


def py_normalize(text):
    """(normalized text, index in ``text`` of the char behind each normalized char)."""
    out, pos, last_space = [], [], False
    get = TABLE.get
    for i, c in enumerate(text):
        r = get(c)
        if r is None:
            out.append(c)
            pos.append(i)
            last_space = False
        elif r == " ":
            if not last_space:
                out.append(" ")
                pos.append(i)
                last_space = True
        elif r:
            for ch in r:
                out.append(ch)
                pos.append(i)
            last_space = False
    return "".join(out), pos


def merged_form(pattern):
    """The form of a pattern after the preposition ل (العراق → لعراق, اللجان → لجان), or None."""
    rest = pattern[2:] if pattern.startswith("ال") else ""
    if not rest or rest.startswith(" "):
        return None
    return rest if rest.startswith("ل") else "ل" + rest


def py_automaton(patterns):
    """The automaton of ``patterns``; each value is (index, length, only after a ل chain)."""
    import ahocorasick

    merged = {merged_form(p) for p in patterns} - {None}
    automaton = ahocorasick.Automaton()
    for i, p in enumerate(patterns):
        automaton.add_word(p, (i, len(p), p in merged))
    automaton.make_automaton()
    return automaton


def py_extract(automaton, text):
    """(start, end, pattern) of the leftmost-longest whole-word matches, in ``text`` indices."""
    norm, pos = py_normalize(text)
    found = []
    n = len(norm)
    for end, (pattern, length, merged) in automaton.iter(norm):
        start = end - length + 1
        if end + 1 < n and norm[end + 1].isalnum():
            continue
        word_start = start
        while word_start > 0 and norm[word_start - 1].isalnum():
            word_start -= 1
        if norm[word_start:start] not in (MERGING if merged else PROCLITICS):
            continue
        found.append((start, end + 1, pattern))
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    out, taken_to = [], 0
    for start, end, pattern in found:
        if start >= taken_to:
            o_end = pos[end - 1] + 1
            while o_end < len(text) and text[o_end] in ATTACHED:
                o_end += 1
            out.append((pos[start], o_end, pattern))
            taken_to = end
    return out


# ---- measurements ---------------------------------------------------------------------------------


def measure_alam(docs, mb, repeat):
    ex = alam.Extractor()
    ex.extract("طهران")
    rows = {}
    for jobs in (1, 2):
        secs, cpu, result = best_of(repeat, lambda j=jobs: ex.extract_many(docs, jobs=j))
        rows[f"extract_many jobs={jobs}"] = (secs, cpu, sum(map(len, result)))
    return rows


def measure_rust(binary, corpus, mb, repeat):
    rows = {}
    for jobs in (1, 2):
        cmd = [binary, "--json", "--lines", "--jobs", str(jobs), str(corpus)]

        def run(cmd=cmd):
            done = subprocess.run(cmd, check=True, capture_output=True)
            return done.stdout.count(b"\n")

        rows[f"Rust example --jobs {jobs}"] = best_of(repeat, run)
    return rows


def measure_python_pipeline(docs, repeat):
    automaton = py_automaton(alam.Extractor().patterns)
    secs, cpu, result = best_of(repeat, lambda: [py_extract(automaton, d) for d in docs])
    return {"pure Python + pyahocorasick": (secs, cpu, sum(map(len, result)))}


def no_extraction(batches):
    """``mapInPandas`` body that reads the text of every batch and yields no rows: Spark's share."""
    for docs in batches:
        sum(len(t) for t in docs["text"].tolist() if t is not None)
    yield from ()


def measure_spark(docs, mb, repeat):
    sys.path.insert(0, str(REPO / "python" / "examples"))
    import spark_extract
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    start = time.perf_counter()
    spark = SparkSession.builder.master("local[2]").appName("alam-bench").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    spark.sparkContext.addPyFile(spark_extract.__file__)
    startup = time.perf_counter() - start
    tmp = Path(tempfile.mkdtemp(prefix="alam-spark-bench-"))
    try:
        corpus = tmp / "corpus.jsonl"
        with corpus.open("w", encoding="utf-8") as f:
            for i, d in enumerate(docs):
                f.write(json.dumps({"id": str(i), "date": None, "text": d}, ensure_ascii=False) + "\n")
        warm = tmp / "warm.jsonl"
        warm.write_text('{"id": "w", "date": null, "text": "زار وفد طهران"}\n', encoding="utf-8")
        spark_extract.run(spark, str(warm), str(tmp / "warm-out"))

        def stage(body=spark_extract.extract_batches):
            frame = spark_extract.read_corpus(spark, str(corpus), "jsonl").repartition(2)
            out = frame.mapInPandas(body, schema=spark_extract.ENTITY_SCHEMA)
            out.write.mode("overwrite").parquet(str(tmp / "stage"))
            return spark.read.parquet(str(tmp / "stage")).count()

        secs, _, count = best_of(repeat, lambda: stage(no_extraction))
        rows = {"Spark local[2]: same stage, no extraction": (secs, None, count)}
        secs, _, count = best_of(repeat, stage)
        rows["Spark local[2]: extraction stage"] = (secs, None, count)
        secs, _, _ = best_of(repeat, lambda: spark_extract.run(spark, str(corpus), str(tmp / "out")))
        count = spark.read.parquet(str(tmp / "out" / "entities")).count()
        rows["Spark local[2]: whole job (+profile)"] = (secs, None, count)
        return rows, startup
    finally:
        spark.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rust-extract", help="the built Rust example (target/release/examples/extract)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-python-pipeline", action="store_true")
    parser.add_argument("--spark", action="store_true", help="also time the Spark example in local[2]")
    args = parser.parse_args()

    docs = args.corpus.read_text(encoding="utf-8").split("\n")
    if docs and docs[-1] == "":
        docs.pop()
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    print(
        f"{args.corpus.name}: {len(docs)} documents, {mb:.2f} MB; best of {args.repeat}; cores: {os.cpu_count()}"
    )
    rows = measure_alam(docs, mb, args.repeat)
    if args.rust_extract:
        rows.update(measure_rust(args.rust_extract, args.corpus, mb, args.repeat))
    if not args.no_python_pipeline:
        rows.update(measure_python_pipeline(docs, max(1, args.repeat - 1)))
    startup = None
    if args.spark:
        spark_rows, startup = measure_spark(docs, mb, args.repeat)
        rows.update(spark_rows)
    base = rows["extract_many jobs=1"][0]
    print(f"{'':40} {'wall s':>8} {'MB/s':>8} {'CPU s':>8} {'entities':>9} {'jobs=1/this':>12}")
    for name, (secs, cpu, count) in rows.items():
        cpu_text = f"{cpu:8.3f}" if cpu is not None else f"{'-':>8}"
        print(f"{name:40} {secs:8.3f} {mb / secs:8.1f} {cpu_text} {count:9d} {base / secs:12.2f}")
    if startup is not None:
        print(f"Spark session start-up (not in the figures above): {startup:.1f} s")
    pipeline = rows.get("pure Python + pyahocorasick")
    if pipeline is not None:
        for jobs in (1, 2):
            secs, cpu, _ = rows[f"extract_many jobs={jobs}"]
            print(
                f"extract_many jobs={jobs} / pure Python: {pipeline[0] / secs:.1f}x in wall time, "
                f"{pipeline[1] / cpu:.1f}x in CPU time"
            )


if __name__ == "__main__":
    main()
