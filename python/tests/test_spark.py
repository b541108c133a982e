"""examples/spark_extract.py in Spark local mode, checked row by row against alam.extract.

Marked ``spark``; skipped when pyspark (or Java) is not installed, unless ``ALAM_REQUIRE_SPARK=1``
(as in CI), which makes a missing pyspark or Java a failure. ``pytest -m "not spark"`` runs the
rest of the suite without it.
"""

import collections
import datetime
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATES, SENTENCES

import alam

pytestmark = pytest.mark.spark

SCRIPT = Path(__file__).resolve().parents[1] / "examples" / "spark_extract.py"

# Documents written for this test: the shared sentences, some joined into longer documents.
DOCS = [
    {
        "id": f"doc-{i:02d}",
        "date": DATES[i % len(DATES)],
        "text": " ".join(SENTENCES[j % len(SENTENCES)] for j in range(i, i + 1 + i % 4)),
    }
    for i in range(30)
]


def run_job(corpus, out, n_docs, *extra):
    """Runs the example as a command on ``corpus``; returns (entities, profile) as DataFrames."""
    if os.environ.get("ALAM_REQUIRE_SPARK") == "1":
        import pyarrow  # noqa: F401
        import pyspark  # noqa: F401

        assert shutil.which("java"), "Java is not installed"
    else:
        pytest.importorskip("pyspark")
        pytest.importorskip("pyarrow")
        if shutil.which("java") is None:
            pytest.skip("Java is not installed")
    # Few shuffle partitions and no web UI: the corpus is tiny, and the defaults (200 partitions per
    # shuffle) make the profile's joins the slowest part of the job.
    settings = ["spark.sql.shuffle.partitions=4", "spark.ui.enabled=false"]
    cmd = [sys.executable, str(SCRIPT), str(corpus), str(out), "--master", "local[2]", *extra]
    cmd += [arg for s in settings for arg in ("--conf", s)]
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"{n_docs} documents" in done.stdout
    import pandas as pd

    return pd.read_parquet(out / "entities"), pd.read_parquet(out / "profile")


def expected_rows(extractor, docs):
    rows = []
    for d in docs:
        for e in extractor.extract(d["text"], date=d["date"]):
            rows.append(
                (
                    d["id"],
                    d["date"],
                    e.kind,
                    e.id,
                    e.start,
                    e.end,
                    e.byte_start,
                    e.byte_end,
                    e.text,
                    e.name_en,
                    e.country,
                    e.form,
                    e.role,
                    e.resolution,
                )
            )
    return sorted(rows, key=lambda r: (r[0], r[4]))


def actual_rows(entities):
    cols = [
        "doc_id",
        "date",
        "kind",
        "id",
        "start",
        "end",
        "byte_start",
        "byte_end",
        "text",
        "name_en",
        "country",
        "form",
        "role",
        "resolution",
    ]
    frame = entities[cols].astype(object).where(entities[cols].notna(), None)
    return sorted(map(tuple, frame.itertuples(index=False)), key=lambda r: (r[0], r[4]))


def check_profile(profile, extractor, docs):
    assert sorted(profile["doc_id"]) == sorted(d["id"] for d in docs)
    by_id = {row.doc_id: row for row in profile.itertuples(index=False)}
    for d in docs:
        found = extractor.extract(d["text"], date=d["date"])
        row = by_id[d["id"]]
        assert row.mentions == len(found)
        assert row.officials == sum(e.kind == "official" for e in found)
        counts = collections.Counter((e.kind, e.id) for e in found if e.id is not None)
        listed = [(x["kind"], x["id"], x["mentions"]) for x in row.entities]
        assert sorted(listed) == sorted((k, i, n) for (k, i), n in counts.items())
        assert [n for _, _, n in listed] == sorted((n for _, _, n in listed), reverse=True)


def test_spark_job_on_jsonl(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    entities, profile = run_job(corpus, tmp_path / "out", len(DOCS))
    expected = expected_rows(alam.Extractor(), DOCS)
    assert len(expected) > 60
    assert actual_rows(entities) == expected
    assert (entities["parent"].isna()).all()
    check_profile(profile, alam.Extractor(), DOCS)
    # A role whose holder is unknown (an undated document) has no id, and counts only in totals.
    assert entities["id"].isna().any()


def test_spark_job_on_parquet_with_dates_a_gazetteer_and_an_entity_free_file(tmp_path):
    import pandas as pd

    gazetteer = tmp_path / "my_countries.tsv"
    gazetteer.write_text(
        "id\tiso3\tname_ar\tname_en\tcapital_ar\tcapital_en\tstatus\tsource\n"
        "XA\t\tأرض الأحلام\tDreamland\tمدينة الغيوم\tCloud City\tunrecognised\tcurated\n",
        encoding="utf-8",
    )
    docs = [*DOCS, {"id": "doc-xa", "date": None, "text": "وصل وفد من أرض الأحلام إلى طهران"}]
    # A second file (so a second partition) whose documents name no entity: its batches give no
    # rows, and its documents still get a profile row.
    quiet = [
        {"id": f"quiet-{i}", "date": "2020-02-02", "text": "لا يذكر هذا السطر أي بلد."} for i in range(5)
    ]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, part in (("part-0.parquet", docs), ("part-1.parquet", quiet)):
        frame = pd.DataFrame(part)
        frame["date"] = [datetime.date.fromisoformat(d) if d else None for d in frame["date"]]
        frame.to_parquet(corpus / name)
    docs += quiet
    entities, profile = run_job(corpus, tmp_path / "out", len(docs), "--gazetteer", str(gazetteer))
    extractor = alam.Extractor(gazetteers=[gazetteer])
    assert actual_rows(entities) == expected_rows(extractor, docs)
    assert ("doc-xa", "XA") in set(zip(entities["doc_id"], entities["id"]))
    check_profile(profile, extractor, docs)
    assert (profile[profile["doc_id"].str.startswith("quiet")]["mentions"] == 0).sum() == 5
