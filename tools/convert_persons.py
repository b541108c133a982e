#!/usr/bin/env python3
"""Convert the staging tables of political persons into gazetteer rows.

    python3 tools/convert_persons.py [--staging staging-persons] [--gazetteers gazetteers]
                                     [--not-standalone FILE]

Reads the tables that `tools/build_persons.py` writes (`persons.tsv`, `terms.tsv`,
`aliases.tsv`, `parties.tsv`, `party_aliases.tsv`, `organizations.tsv`,
`organization_aliases.tsv`, `curated/vacancies.tsv`) and APPENDS their rows to the gazetteer
files (existing rows keep their place; only the rows named below are changed in place), so
that the script can run once on a gazetteer that does not have them yet. It refuses to run
twice (a person it would add already exists).

Changes in place:
- `officials.tsv`: `born`, `died`, `well_known` of persons the gazetteer already has, from the
  staging table.
- `official_aliases.tsv`: the flag `standalone` on the existing surname rows of persons the
  staging table marks well known or that hold an office, when the surname passes the same
  tests as a new one (below).
- three corrections found while filling gaps (see provenance-officials.md): Lebanon's defence
  minister 2016-12-18 – 2019-01-31 was Yaacoub Sarraf, not Elias Bou Saab (who held it
  2019-01-31 – 2020-01-21); Ibrahim Mahlab's first term starts 2014-03-01; the two records of
  Kuwait's Sabah al-Khalid (prime minister, then crown prince) become one.

Dates: a start or end known to the month is written as the month's first day; a start known
only to the year as 1 January of the NEXT year and an end known only to the year as 1 January
of that year (inside the term for certain). Envoys of a UN mission (UNSMIL, UNAMI) are written
as envoys of `un` with the mission's country in `about`, so that one title (المبعوث الأممي إلى
ليبيا) finds them.

A surname is `standalone` when no other person of the gazetteer has it (as a surname or as the
last word of the full name), it is not a given name of `given_names.tsv` (with or without the
article), it is at least four letters long, and it is not listed in `--not-standalone` (the
patterns `tools/collisions.py` finds to be ordinary words; one folded pattern a line).
"""
import argparse
import os
import re
import sys

MARKS = re.compile("[\u064B-\u065F\u0670\u0640]")
FOLD = str.maketrans({"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627",
                      "\u0649": "\u064A", "\u0629": "\u0647", "\u0624": "\u0648",
                      "\u0626": "\u064A"})
UN_MISSIONS = {"unsmil", "unami"}


def fold(s):
    return re.sub(r"\s+", " ", MARKS.sub("", s).translate(FOLD)).strip()


def read(path):
    """(header, rows as dicts) of a TSV file, comments skipped."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    head = lines[0].split("\t")
    return head, [dict(zip(head, l.split("\t"))) for l in lines[1:]]


def append(path, rows):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text and not text.endswith("\n"):
        text += "\n"
    text += "".join("\t".join(r) + "\n" for r in rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def rewrite(path, fn):
    """Applies fn(cells) -> cells or None (drop) to every data row of a file."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, header = [], None
    for line in lines:
        if not line or line.startswith("#"):
            out.append(line)
        elif header is None:
            header = line.split("\t")
            out.append(line)
        else:
            cells = fn(dict(zip(header, line.split("\t"))))
            if cells is not None:
                out.append("\t".join(cells[h] for h in header))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def start_date(d):
    if len(d) == 4:
        return f"{int(d) + 1}-01-01"
    return d + "-01" if len(d) == 7 else d


def end_date(d):
    if len(d) == 4:
        return d + "-01-01"
    return d + "-01" if len(d) == 7 else d


def corrections(gaz):
    """The three fixes to existing rows (see the module docstring)."""
    def offices(r):
        if r["official"] == "elias-bou-saab" and r["start"] == "2016-12-18":
            r["official"] = "yaacoub-sarraf"
        if r["official"] == "ibrahim-mahlab" and r["start"] == "2014-06-17":
            r["start"] = "2014-03-01"
        if r["official"] == "sabah-khalid-al-hamad-al-sabah":
            r["official"] = "sabah-al-khalid-al-sabah"
        return r

    rewrite(os.path.join(gaz, "offices.tsv"), offices)

    def officials(r):
        return None if r["id"] == "sabah-khalid-al-hamad-al-sabah" else r

    rewrite(os.path.join(gaz, "officials.tsv"), officials)

    def aliases(r):
        if r["id"] == "sabah-khalid-al-hamad-al-sabah":
            r["id"] = "sabah-al-khalid-al-sabah"
        return r

    rewrite(os.path.join(gaz, "official_aliases.tsv"), aliases)
    return [["elias-bou-saab", "defence_minister", "LB", "", "2019-01-31", "2020-01-21", "curated"],
            ]


def skip_term(t):
    """Staged terms replaced by the corrections."""
    return (t["official"], t["role"], t["org"]) in {
        ("elias-bou-saab", "defence_minister", "LB"),
        ("yaacoub-sarraf", "defence_minister", "LB"),
        ("ibrahim-mahlab", "head_of_government", "EG"),
    }


def officials(staging, gaz):
    """New person rows appended; born/died/well_known of existing ones set in place."""
    _, persons = read(os.path.join(staging, "persons.tsv"))
    _, existing = read(os.path.join(gaz, "officials.tsv"))
    have = {r["id"] for r in existing}
    by_id = {p["id"]: p for p in persons}

    def update(r):
        p = by_id.get(r["id"])
        if p:
            r["born"] = r["born"] or p["born"]
            r["died"] = r["died"] or p["died"]
            r["well_known"] = "yes" if p["well_known"] == "yes" else r["well_known"]
        return r

    rewrite(os.path.join(gaz, "officials.tsv"), update)
    new = []
    for p in persons:
        if p["in_gazetteer"] == "yes":
            if p["id"] not in have:
                sys.exit(f"{p['id']}: staged as in the gazetteer but missing")
            continue
        if p["id"] in have:
            sys.exit(f"{p['id']}: already in the gazetteer (run twice?)")
        source = p["source"].replace("gazetteer|", "")
        new.append([p["id"], p["name_ar"], p["name_en"], p["wikidata"], p["born"], p["died"],
                    "yes" if p["well_known"] == "yes" else "", source])
    append(os.path.join(gaz, "officials.tsv"), new)
    return persons


def offices(staging, gaz, extra):
    _, terms = read(os.path.join(staging, "terms.tsv"))
    rows = list(extra)
    for t in terms:
        if skip_term(t):
            continue
        org, about = t["org"], t["about"]
        if t["role"] == "envoy" and org in UN_MISSIONS:
            org = "un"
        start, end = start_date(t["start"]), end_date(t["end"]) if t["end"] else ""
        if end and end < start:
            print(f"skipped (end before start after rounding): {t}", file=sys.stderr)
            continue
        rows.append([t["official"], t["role"], org, about, start, end, t["source"]])
    append(os.path.join(gaz, "offices.tsv"), rows)
    return rows


def surname_owners(gaz):
    """Folded surname → persons having it (as a surname alias or the last word of a name)."""
    owners = {}
    _, officials_rows = read(os.path.join(gaz, "officials.tsv"))
    for r in officials_rows:
        owners.setdefault(fold(r["name_ar"]).split(" ")[-1], set()).add(r["id"])
    _, aliases = read(os.path.join(gaz, "official_aliases.tsv"))
    for a in aliases:
        if a["form"] == "surname":
            owners.setdefault(fold(a["alias"]), set()).add(a["id"])
    return owners


def distinctive(pid, alias, owners, given, ordinary):
    f = fold(alias)
    bare = f[2:] if f.startswith("ال") else f
    return (owners.get(f, set()) <= {pid} and owners.get(bare, set()) <= {pid}
            and f not in given and bare not in given and len(bare.replace(" ", "")) >= 4
            and f not in ordinary and bare not in ordinary)


def aliases(staging, gaz, given, ordinary):
    _, staged = read(os.path.join(staging, "aliases.tsv"))
    rows = []
    for a in staged:
        flags = [f for f in a["flags"].split("|") if f and f != "standalone"]
        rows.append([a["id"], a["alias"], a["form"], "|".join(flags), "", a["source"]])
    # The second record of Sabah al-Khalid, merged into the first, keeps its name as an alias.
    rows.append(["sabah-al-khalid-al-sabah", "صباح خالد الحمد الصباح", "name", "", "", "curated"])
    append(os.path.join(gaz, "official_aliases.tsv"), rows)
    owners = surname_owners(gaz)
    _, holders = read(os.path.join(gaz, "offices.tsv"))
    office_holders = {r["official"] for r in holders}
    _, people = read(os.path.join(gaz, "officials.tsv"))
    well_known = {r["id"] for r in people if r["well_known"] == "yes"}
    count = 0

    def flag(r):
        nonlocal count
        flags = [f for f in r["flags"].split("|") if f and f != "standalone"]
        if (r["form"] == "surname" and "ambiguous" not in flags and "common" not in flags
                and (r["id"] in office_holders or r["id"] in well_known)
                and distinctive(r["id"], r["alias"], owners, given, ordinary)):
            flags.append("standalone")
            count += 1
        r["flags"] = "|".join(flags)
        return r

    rewrite(os.path.join(gaz, "official_aliases.tsv"), flag)
    return rows, count


def groups(staging, gaz):
    head, parties = read(os.path.join(staging, "parties.tsv"))
    _, have = read(os.path.join(gaz, "armed_groups.tsv"))
    ids = {g["id"] for g in have}
    cols = ["id", "name_ar", "name_en", "category", "countries", "parent", "predecessors",
            "designations", "wikidata", "source"]
    rows = [[p[c] for c in cols] for p in parties if p["id"] not in ids]
    append(os.path.join(gaz, "armed_groups.tsv"), rows)
    _, staged = read(os.path.join(staging, "party_aliases.tsv"))
    alias_rows = [[a["id"], a["alias"], a["form"], a["flags"], a["cues"], a["source"]]
                  for a in staged]
    append(os.path.join(gaz, "armed_group_aliases.tsv"), alias_rows)
    return rows, alias_rows


def vacancies(staging, gaz):
    _, rows = read(os.path.join(staging, "curated", "vacancies.tsv"))
    out = os.path.join(gaz, "vacancies.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("role\torg\tstart\tend\tnote\tsource\n")
        f.write("# Real vacancies of an office (no holder), for the continuity test of\n"
                "# tests/gazetteer_data.rs; `end` empty = still vacant. Not loaded by the crate.\n")
        for r in rows:
            f.write("\t".join([r["role"], r["org"], r["start"], r["end"], r["note"],
                               "curated"]) + "\n")
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--staging", default="staging-persons")
    ap.add_argument("--gazetteers", default="gazetteers")
    ap.add_argument("--not-standalone", help="folded patterns that are ordinary words")
    args = ap.parse_args()
    gaz = args.gazetteers
    _, given_rows = read(os.path.join(gaz, "given_names.tsv"))
    given = {fold(r["given_name"]) for r in given_rows}
    ordinary = set()
    if args.not_standalone:
        with open(args.not_standalone, encoding="utf-8") as f:
            ordinary = {fold(l) for l in f if l.strip()}
    extra = corrections(gaz)
    persons = officials(args.staging, gaz)
    terms = offices(args.staging, gaz, extra)
    party_rows, party_aliases = groups(args.staging, gaz)
    alias_rows, standalone = aliases(args.staging, gaz, given, ordinary)
    vac = vacancies(args.staging, gaz)
    print(f"persons staged {len(persons)}, terms appended {len(terms)}, aliases appended "
          f"{len(alias_rows)}, standalone surnames {standalone}, parties {len(party_rows)} "
          f"(aliases {len(party_aliases)}), vacancies {len(vac)}")


if __name__ == "__main__":
    main()
