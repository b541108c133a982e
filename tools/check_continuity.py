#!/usr/bin/env python3
"""List every gap longer than N days in the holders of an office, per (role, org).

    python3 tools/check_continuity.py [--offices gazetteers/offices.tsv]
        [--terms STAGING_TERMS] [--max-gap 60] [--today YYYY-MM-DD]
        [--from 1990-01-01] [--roles head_of_state,head_of_government,...] [--orgs SA,IR,...]

Reads the gazetteer's terms (`official role org about start end source`) and, with --terms, staging
terms (`official role org start end source precision about`), and for each (role, org) walks from
the first covered day (or --from, whichever is later) to --today: every stretch longer than
--max-gap days that no term covers is printed as `role org gap_start gap_end days`. Open
terms (no end) run to today. Dates of month or year precision count from the first day of
the month/year when they start a term and to the last day when they end one. Offices whose
only holders are persons without overlapping terms are thus checked too. Envoy terms are
checked per (envoy, org, about). Recorded real vacancies (--vacancies) count as covered. Exit status 1 when a gap is found.
"""
import argparse
import calendar
import csv
import datetime as dt
import os
import sys
from collections import defaultdict


def parse(d, end=False):
    if not d:
        return None
    parts = [int(x) for x in d.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        y, m = parts
        return dt.date(y, m, calendar.monthrange(y, m)[1]) if end else dt.date(y, m, 1)
    return dt.date(*parts)


def load(path, org_col):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        if r["role"] == "minister":
            continue  # a state has many ministers of other portfolios at once: not one office
        org = r[org_col] if org_col in r else r["org"]  # the gazetteer's column is now `org`
        key = (r["role"], org)
        if r["role"] == "envoy":
            key = (r["role"], f'{org}>{r.get("about", "")}')
        rows.append((key, r["official"], r["start"], r["end"]))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--offices", default="gazetteers/offices.tsv")
    ap.add_argument("--terms", default="")
    ap.add_argument("--vacancies", default="gazetteers/vacancies.tsv",
                    help="recorded real vacancies (role org start end note); count as covered")
    ap.add_argument("--max-gap", type=int, default=60)
    ap.add_argument("--today", default=dt.date.today().isoformat())
    ap.add_argument("--from", dest="since", default="1990-01-01")
    ap.add_argument("--roles", default="")
    ap.add_argument("--orgs", default="")
    args = ap.parse_args()
    today = parse(args.today)
    since = parse(args.since)
    roles = set(filter(None, args.roles.split(",")))
    orgs = set(filter(None, args.orgs.split(",")))

    terms = defaultdict(list)
    for key, who, start, end in load(args.offices, "org") + (load(args.terms, "org") if args.terms else []):
        if not start:
            continue
        if roles and key[0] not in roles:
            continue
        if orgs and key[1].split(">")[0] not in orgs:
            continue
        s = parse(start)
        e = parse(end, end=True) if end else today
        terms[key].append((s, min(e, today), who))

    if args.vacancies and os.path.exists(args.vacancies):
        with open(args.vacancies, encoding="utf-8") as f:
            for r in csv.DictReader(f, delimiter="\t"):
                key = (r["role"], r["org"])
                if key in terms:
                    e = parse(r["end"], end=True) if r["end"] else today
                    terms[key].append((parse(r["start"]), min(e, today), "(vacancy)"))

    n_gaps = 0
    n_offices = 0
    for key in sorted(terms):
        spans = sorted(terms[key])
        n_offices += 1
        cursor = max(spans[0][0], since)
        last_who = ""
        for s, e, who in spans:
            if e < cursor:
                continue
            if (s - cursor).days > args.max_gap:
                print(f"{key[0]}\t{key[1]}\t{cursor}\t{s}\t{(s - cursor).days}\tafter {last_who or '-'}")
                n_gaps += 1
            if e > cursor:
                cursor = e
                last_who = who
        if (today - cursor).days > args.max_gap:
            print(f"{key[0]}\t{key[1]}\t{cursor}\t{today}\t{(today - cursor).days}\tafter {last_who} (no holder to today)")
            n_gaps += 1
    print(f"# {n_offices} offices checked, {n_gaps} gaps > {args.max_gap} days", file=sys.stderr)
    sys.exit(1 if n_gaps else 0)


if __name__ == "__main__":
    main()
