#!/usr/bin/env python3
"""Precision sample: run `extract --json --lines --date D` over a corpus of one article a line
(with a `.dates` file giving each line's date), then sample N reported mentions per kind (seeded)
and print each with ~60 chars of context for judging by hand.

    python3 tools/precision_sample.py CORPUS.txt [CORPUS2.txt ...] [--per-kind 100] [--seed 17]
        [--extract target/release/examples/extract] [--out sample.tsv]

Each CORPUS.txt needs CORPUS.dates (one YYYY-MM-DD a line, same line count). Lines are grouped
by date, one `extract` run per date. The output (TSV: n, kind, id, form, resolution, file:line,
mention in context with the mention in ⟦ ⟧) contains corpus text: keep it outside the repository.
"""
import argparse
import collections
import json
import os
import random
import subprocess
import sys
import tempfile

KINDS = ("country", "official", "armed_group")


def mentions(extract, corpus):
    """Every reported mention of `corpus`: (file, line, text of the line, JSON object)."""
    lines = open(corpus, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    dates = open(os.path.splitext(corpus)[0] + ".dates", encoding="utf-8").read().split()
    if len(dates) != len(lines):
        sys.exit(f"{corpus}: {len(lines)} lines but {len(dates)} dates")
    by_date = collections.defaultdict(list)
    for i, d in enumerate(dates):
        by_date[d].append(i)
    out = []
    for date, idx in sorted(by_date.items()):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
            f.write("\n".join(lines[i] for i in idx) + "\n")
            name = f.name
        try:
            res = subprocess.run([extract, "--json", "--lines", "--jobs", "2", "--date", date, name],
                                 capture_output=True, text=True, check=True)
        finally:
            os.unlink(name)
        for row in res.stdout.splitlines():
            m = json.loads(row)
            i = idx[m["line"] - 1]
            out.append((os.path.basename(corpus), i + 1, lines[i], m))
    return out


def context(text, m, width=60):
    """The mention in ⟦ ⟧ with `width` chars each side (offsets are UTF-8 bytes)."""
    b = text.encode("utf-8")
    before = b[: m["start"]].decode("utf-8")[-width:]
    mention = b[m["start"]: m["end"]].decode("utf-8")
    after = b[m["end"]:].decode("utf-8")[:width]
    return f"{before}⟦{mention}⟧{after}".replace("\t", " ")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--per-kind", type=int, default=100)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--extract", default=os.path.join(
        os.environ.get("CARGO_TARGET_DIR", "target"), "release", "examples", "extract"))
    ap.add_argument("--out", help="write the sample here (default: stdout)")
    args = ap.parse_args()
    found = [x for c in args.corpora for x in mentions(args.extract, c)]
    rng = random.Random(args.seed)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    counts = collections.Counter(m["kind"] for *_, m in found)
    print(f"# mentions reported: {dict(counts)}", file=sys.stderr)
    n = 0
    for kind in KINDS:
        pool = [x for x in found if x[3]["kind"] == kind]
        for file, line, text, m in rng.sample(pool, min(args.per_kind, len(pool))):
            n += 1
            print("\t".join([str(n), kind, str(m["id"]), m["form"], m["resolution"],
                             f"{file}:{line}", context(text, m)]), file=out)


if __name__ == "__main__":
    main()
