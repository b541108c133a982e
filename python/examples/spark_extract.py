"""Extract countries, officials and armed groups from a corpus with PySpark.

    python python/examples/spark_extract.py CORPUS OUT [--master local[2]] [--gazetteer FILE]...
    spark-submit python/examples/spark_extract.py CORPUS OUT          # on a cluster

CORPUS is JSONL or Parquet (``*.parquet`` and directories are read as Parquet, other paths as
JSONL, unless ``--format`` says otherwise) with the columns ``id``, ``text`` and, optionally,
``date`` (``YYYY-MM-DD``, a date column, or null: the document's date decides who held an office
named by its title). Two Parquet tables are written:

``OUT/entities``
    one row per entity: ``doc_id``, ``date``, ``kind``, ``id``, ``start``, ``end`` (Python string
    indices into the text), ``byte_start``, ``byte_end``, ``text``, ``name_ar``, ``name_en``,
    ``form``, ``country``, ``role``, ``resolution``, ``proclitics``, ``alias``, ``parent``.
``OUT/profile``
    one row per document (documents without entities included): ``doc_id``, ``date``,
    ``mentions`` (all entity mentions), ``countries``/``officials``/``armed_groups`` (mentions of
    each kind) and ``entities``, the distinct entities with their mention counts, most
    mentioned first (a role whose holder is unknown has no id and is counted only in the totals).

Each executor process builds one ``alam.Extractor`` (module-level, on first use) and extracts
whole Arrow batches with ``Extractor.extract_many`` inside ``mapInPandas``: no per-row Python
UDF. A date that is not a valid ``YYYY-MM-DD`` fails the job with a message naming it.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Iterator

# The columns of OUT/entities, in order, as a Spark DDL schema.
ENTITY_SCHEMA = (
    "doc_id string, date string, kind string, id string, start long, end long, "
    "byte_start long, byte_end long, text string, name_ar string, name_en string, form string, "
    "country string, role string, resolution string, proclitics string, alias string, parent long"
)
ENTITY_COLUMNS = [c.split()[0] for c in ENTITY_SCHEMA.split(", ")]
# Entity attributes copied as they are (the others are doc_id and date).
ENTITY_FIELDS = ENTITY_COLUMNS[2:]

# One extractor per executor process and gazetteer set, built on first use.
_EXTRACTORS: dict = {}


def get_extractor(gazetteers: tuple = ()):
    """The process's extractor for these gazetteer files (shipped with ``SparkContext.addFile``)."""
    import alam

    extractor = _EXTRACTORS.get(gazetteers)
    if extractor is None:
        if gazetteers:
            from pyspark import SparkFiles

            extractor = alam.Extractor([SparkFiles.get(name) for name in gazetteers])
        else:
            extractor = alam.Extractor()
        _EXTRACTORS[gazetteers] = extractor
    return extractor


def _date_or_none(value) -> str | None:
    """A batch's date cell: None for null/NaN, else the string Spark gave."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return str(value)


def extract_batches(batches: Iterator, gazetteers: tuple = (), nested: bool = False) -> Iterator:
    """``mapInPandas`` body: documents (``id``, ``date``, ``text``) in, entity rows out."""
    import pandas as pd

    extractor = get_extractor(gazetteers)
    for docs in batches:
        texts = ["" if t is None else str(t) for t in docs["text"].tolist()]
        dates = [_date_or_none(d) for d in docs["date"].tolist()]
        results = extractor.extract_many(texts, dates=dates, jobs=1, nested=nested)
        columns: dict = {c: [] for c in ENTITY_COLUMNS}
        for doc_id, date, entities in zip(docs["id"].tolist(), dates, results):
            for e in entities:
                columns["doc_id"].append(doc_id)
                columns["date"].append(date)
                for field in ENTITY_FIELDS:
                    columns[field].append(getattr(e, field))
        if not columns["doc_id"]:
            # A batch without entities yields nothing: pyspark 4.3 fails to convert an empty frame
            # ("Cannot convert pyarrow.lib.ChunkedArray to pyarrow.lib.Array").
            continue
        out = pd.DataFrame(columns, columns=ENTITY_COLUMNS)
        out["parent"] = out["parent"].astype("Int64")
        yield out


def read_corpus(spark, path: str, fmt: str):
    """The corpus as (id string, date string, text string)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import DateType, TimestampType

    if fmt == "auto":
        fmt = "parquet" if path.rstrip("/").endswith(".parquet") or os.path.isdir(path) else "jsonl"
    if fmt == "jsonl":
        # A schema instead of inference saves a pass over the corpus; numbers in `id` are read
        # as their text, other fields are ignored, a missing `date` or `text` is null.
        return spark.read.schema("id string, date string, text string").json(path)
    df = spark.read.parquet(path)
    missing = {"id", "text"} - set(df.columns)
    if missing:
        raise SystemExit(f"{path}: missing column(s) {sorted(missing)}; expected id, date, text")
    if "date" not in df.columns:
        date = F.lit(None).cast("string")
    elif isinstance(df.schema["date"].dataType, (DateType, TimestampType)):
        date = F.date_format("date", "yyyy-MM-dd")
    else:
        date = F.col("date").cast("string")
    return df.select(
        F.col("id").cast("string").alias("id"),
        date.alias("date"),
        F.col("text").cast("string").alias("text"),
    )


def profile(entities, docs):
    """One row per document: mention totals and its distinct entities with counts."""
    from pyspark.sql import functions as F

    per_entity = (
        entities.where(F.col("id").isNotNull())
        .groupBy("doc_id", "kind", "id", "name_en")
        .agg(F.count("*").alias("mentions"))
    )
    listed = per_entity.groupBy("doc_id").agg(
        F.sort_array(
            F.collect_list(F.struct((-F.col("mentions")).alias("rank"), "kind", "id", "name_en", "mentions"))
        ).alias("ranked")
    )
    listed = listed.select(
        "doc_id",
        F.transform("ranked", lambda r: F.struct(r.kind, r.id, r.name_en, r.mentions)).alias("entities"),
    )
    totals = entities.groupBy("doc_id").agg(
        F.count("*").alias("mentions"),
        *[
            F.sum((F.col("kind") == k).cast("long")).alias(k + "s")
            for k in ("country", "official", "armed_group")
        ],
    )
    counts = ["mentions", "countrys", "officials", "armed_groups"]
    out = (
        docs.select(F.col("id").alias("doc_id"), "date")
        .join(totals, "doc_id", "left")
        .join(listed, "doc_id", "left")
    )
    out = out.fillna(0, subset=counts).withColumnRenamed("countrys", "countries")
    return out.withColumn(
        "entities", F.coalesce("entities", F.array().cast(listed.schema["entities"].dataType))
    )


def run(spark, corpus: str, out: str, fmt: str = "auto", gazetteers: tuple = (), nested: bool = False):
    """Reads the corpus, writes OUT/entities and OUT/profile; returns the number of documents."""
    import functools

    docs = read_corpus(spark, corpus, fmt)
    parallelism = spark.sparkContext.defaultParallelism
    if docs.rdd.getNumPartitions() < parallelism:
        docs = docs.repartition(parallelism)
    names = []
    for path in gazetteers:
        spark.sparkContext.addFile(os.path.abspath(path))
        names.append(os.path.basename(path))
    body = functools.partial(extract_batches, gazetteers=tuple(names), nested=nested)
    docs.mapInPandas(body, schema=ENTITY_SCHEMA).write.mode("overwrite").parquet(
        os.path.join(out, "entities")
    )
    # The profile reads the written entities back instead of extracting a second time.
    entities = spark.read.parquet(os.path.join(out, "entities"))
    profile(entities, docs).write.mode("overwrite").parquet(os.path.join(out, "profile"))
    return docs.count()


def main(argv=None) -> int:
    """Command line: see the module documentation."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSONL or Parquet with id, date, text")
    parser.add_argument("out", help="output directory (entities/ and profile/ are written in it)")
    parser.add_argument("--format", choices=["auto", "jsonl", "parquet"], default="auto")
    parser.add_argument(
        "--master", help="Spark master, e.g. local[2] (default: spark-submit's, else local[*])"
    )
    parser.add_argument(
        "--gazetteer", action="append", default=[], help="extra gazetteer TSV file (repeatable)"
    )
    parser.add_argument("--nested", action="store_true", help="also report mentions inside longer ones")
    parser.add_argument(
        "--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeatable)"
    )
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    # Executors run this interpreter (the one alam is installed in) unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("alam-extract")
    if args.master:
        builder = builder.master(args.master)
    for setting in args.conf:
        key, sep, value = setting.partition("=")
        if not sep:
            parser.error(f"--conf {setting!r}: expected KEY=VALUE")
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        # Ship this file so that executors import `spark_extract` (and its extractor cache).
        spark.sparkContext.addPyFile(os.path.abspath(__file__))
        n = run(spark, args.corpus, args.out, args.format, tuple(args.gazetteer), args.nested)
        print(f"{n} documents -> {os.path.join(args.out, 'entities')}, {os.path.join(args.out, 'profile')}")
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    # Run as the importable module `spark_extract`, not `__main__`, so that the functions handed to
    # Spark are pickled by reference and executors share one extractor per process.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import spark_extract

    sys.exit(spark_extract.main())
