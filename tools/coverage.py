#!/usr/bin/env python3
"""How much of 1990-to-today the gazetteer's offices cover, per family of offices.

    python3 tools/coverage.py [--since 1990-01-01] [--today YYYY-MM-DD] [--list]

The continuity test checks each office from its first covered day on; this tool measures what
that test cannot see: how far back the offices reach. Families: the head of state and of
government of every UN member (`countries.tsv` status `un_member`), and the foreign, defence and
interior ministers, speakers and army chiefs of staff of the key states (the list of
`tools/well_known.py`). For each family it prints the number of offices, how many have any
term, how many are covered from `--since` (a first term starting within 60 days of it) with no
stretch of more than 60 days uncovered (recorded vacancies count as covered), and the share of
all office-days since `--since` that some term covers. A state created after `--since` counts
its years before as uncovered: the share is a lower bound. With `--list`, the offices not
covered from `--since` follow, with their first covered day.
"""

import argparse
import csv
import datetime as dt
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_continuity import load, parse  # noqa: E402
from well_known import KEY_STATES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "gazetteers")
MAX_GAP = 60


def rows(name):
    with open(os.path.join(GAZ, name), encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def spans_by_office(today):
    spans = {}
    for key, _, start, end in load(os.path.join(GAZ, "offices.tsv"), "org"):
        if start:
            end = parse(end, end=True) if end else today
            spans.setdefault(key, []).append((parse(start), min(end, today)))
    for r in rows("vacancies.tsv"):
        end = parse(r["end"], end=True) if r["end"] else today
        spans.setdefault((r["role"], r["org"]), []).append((parse(r["start"]), min(end, today)))
    return spans


def measure(spans, since, today):
    """(days covered since `since`, whether covered from `since` without a long gap)."""
    cursor, covered, whole = since, 0, True
    for s, e in sorted(spans):
        if e < cursor:
            continue
        if (s - cursor).days > MAX_GAP:
            whole = False
        s = max(s, cursor)
        covered += (e - s).days
        cursor = e
    whole = whole and (today - cursor).days <= MAX_GAP
    return covered, whole


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--since", default="1990-01-01")
    ap.add_argument("--today", default=dt.date.today().isoformat())
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    since, today = parse(args.since), parse(args.today)
    spans = spans_by_office(today)
    members = sorted(r["id"] for r in rows("countries.tsv") if r["status"] == "un_member")
    families = [
        ("head of state, UN members", [("head_of_state", c) for c in members]),
        ("head of government, UN members", [("head_of_government", c) for c in members]),
    ]
    for role in ["foreign_minister", "defence_minister", "interior_minister", "speaker", "army_chief"]:
        families.append((f"{role}, key states", [(role, c) for c in sorted(KEY_STATES)]))
    total_days = (today - since).days
    print(f"{'family':<34} {'offices':>7} {'any term':>8} {'whole':>6} {'days covered':>13}")
    missing = []
    for name, offices in families:
        any_term = whole = days = 0
        for office in offices:
            got = spans.get(office, [])
            any_term += bool(got)
            covered, ok = measure(got, since, today) if got else (0, False)
            whole += ok
            days += covered
            if not ok:
                first = min((s for s, _ in got), default=None)
                missing.append(f"{office[0]}\t{office[1]}\t{first or '-'}")
        share = days / (total_days * len(offices))
        print(f"{name:<34} {len(offices):>7} {any_term:>8} {whole:>6} {share:>12.1%}")
    if args.list:
        print("\n".join(missing))


if __name__ == "__main__":
    main()
