#!/usr/bin/env python3
"""Add heads of state and government (session 2, Africa / Americas / Europe) to the gazetteer.

    python3 tools/add_heads_s2.py [--dry-run] [--missing CC ...]

Input: `staging-persons/curated/heads-s2.tsv` (hand-written; header
`qid id name_en name_ar names surname surname_flags well_known terms note`):
one person per row, the Arabic name and the other spellings (`names`, `|`-separated) written by
hand (press spellings, checked against the shared corpora), the surname and its flags. Terms
come from the Wikidata seed table (`../shared/data-sources/officials.tsv`) by QID: roles
head_of_state / head_of_government, a known start, ending on/after 1990-01-01 or open; a row
whose start and end are both 1 January (year precision) is dropped, and so is a row starting on
1 January that overlaps a day-precise row of the same role; overlapping rows of one role are
merged. `terms` overrides this (`role:CC:start:end;...`, source `wikidata|curated`); an open
term is kept only when the row's `terms` cell or `note` says `open-ok`.
Rows are inserted at their sorted position of the first sorted block of each gazetteer file;
`gazetteers/attestations.tsv` gets the first FILE:LINE of every new spelling in the corpora.
Rows whose QID is already in the gazetteer are skipped (never a second record). Session 3 (other
offices, `--input staging-persons/curated/offices-s3.tsv --term-source curated`): the QID may be
empty (a curated person), and a row whose `note` says `existing` only adds its `terms` to the
record `id` already in the gazetteer. Session 4 (`--input
staging-persons/curated/offices-s4-world.tsv`): an office cell `un>LY` gives an envoy's `org` and
`about` (the UN's envoy to Libya).
Session 7 (`--hist --input staging-persons/curated/heads-hist-world.tsv`): heads before 1990 of
the states of `HIST`: the seed's closed terms in office on or after 1945 that began before the
first date the gazetteer covered that office; an `existing` row without `terms` takes its
person's seed terms by QID; a term of the `terms` cell may end in its own source
(`role:CC:start:end:curated`).
A surname keeps `standalone` only when no other person or alias has it, it is not a given name,
has four letters or more, and never occurs in the corpora on a line without another word of
the person's name (a one-word spelling is attested likewise only on such a line).
"""
import argparse
import bisect
import csv
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_persons import Corpora, fold, slug  # noqa: E402

SEED = "/work/shared/data-sources/officials.tsv"
CORPORA = "/work/shared/corpora"
INPUT = "staging-persons/curated/heads-s2.tsv"
ROLES = ("head_of_state", "head_of_government")
# The share of this session: the sovereign states of Africa, the Americas and Europe
# (a monarch's terms in dependent territories, CW/FO/GL, are not kept).
SHARE = set("""DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR
LY MG MW ML MR MU MA MZ NA NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW AG AR BS BB BZ BO BR
CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE AL AD AT BY BE
BA BG HR CY CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS
SK SI ES SE CH UA GB VA""".split())
# Session 3 (`--input staging-persons/curated/heads-s3.tsv`) adds states of Asia.
SHARE |= {"TH", "MN", "MV", "PK", "KG", "CY", "EE", "HT", "LT", "LV", "AM", "LK", "TJ", "AZ", "GE"}
# Session 4 (`--input staging-persons/curated/heads-s4.tsv`) adds more states of Asia.
SHARE |= {"SY", "KH", "VN", "MM", "SG", "BD", "NP", "IN"}
# Session 5 (`--input staging-persons/curated/heads-s5.tsv`) adds Kazakhstan, Uzbekistan, Timor-Leste, Malaysia, China.
SHARE |= {"KZ", "UZ", "TL", "MY", "CN"}
# Session 7 (`--hist --input staging-persons/curated/heads-hist-world.tsv`): terms from 1945 up to
# the first date the gazetteer covered each office of these states (West Germany is `DE`, as the
# terms of Helmut Kohl before 1990 are).
HIST = set("IR IL TR US GB FR RU CN DE IT JP IN PK AF ET".split())
HIST_FROM = "1945-01-01"


def rd(path):
    with open(path, encoding="utf-8") as f:
        lines = [l for l in f if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def seed_terms(seed, qid, errs, first=None):
    """The seed's terms of `qid`; with `first` (`{(role, CC): first covered start}`, session 7)
    only closed terms of the states of `HIST` in office on or after 1945 that began before the
    office's first covered date."""
    rows = [r for r in seed if r["wikidata_qid"] == qid and r["role"] in ROLES and r["start"]
            and r["iso2"] in (HIST if first is not None else SHARE)]
    if first is not None:
        rows = [r for r in rows if r["end"] and r["end"] >= HIST_FROM
                and r["start"] < first.get((r["role"], r["iso2"]), "9999")]
    else:
        rows = [r for r in rows if not r["end"] or r["end"] >= "1990-01-01"]
    out = []
    for r in rows:
        s, e = r["start"], r["end"]
        if e and e < s:
            errs.append(f"{qid}: end before start {r['role']} {s} {e}")
            continue
        if s.endswith("-01-01") and e.endswith("-01-01") and r["iso2"] != "BR":
            errs.append(f"{qid}: year-precision row dropped {r['role']} {r['iso2']} {s} {e}")
            continue
        out.append([r["role"], r["iso2"], s, e])
    # drop a 1 January start overlapping a day-precise row of the same role
    keep = []
    for t in out:
        if t[2].endswith("-01-01") and any(
            u is not t and u[0] == t[0] and u[1] == t[1] and not u[2].endswith("-01-01")
            and u[2] <= (t[3] or "9999") and t[2] <= (u[3] or "9999") for u in out):
            errs.append(f"{qid}: 1 January row dropped {t}")
            continue
        keep.append(t)
    keep.sort(key=lambda t: (t[0], t[1], t[2]))
    merged = []
    for t in keep:
        m = merged[-1] if merged else None
        if m and m[0] == t[0] and m[1] == t[1] and t[2] <= (m[3] or "9999"):
            m[3] = "" if not m[3] or not t[3] else max(m[3], t[3])
            continue
        merged.append(list(t))
    return merged


def _line_has(self, where, words):
    """Whether the corpus line `where` (FILE:LINE) also holds one of `words` (folded)."""
    name, ln = where.split(" ")[0].rsplit(":", 1)
    for fname, _raw, fol, starts in self.files:
        if fname == name:
            i = int(ln) - 1
            line = fol[starts[i]: starts[i + 1] if i + 1 < len(starts) else len(fol)]
            return any(fold(w) in line for w in words)
    return False


def _used_alone(self, word, others):
    """Whether `word` occurs in the corpora as a word (proclitics allowed) on a line holding no
    other word of the person's name: another person, a place or an ordinary word."""
    needle = fold(word)
    for _name, _raw, fol, starts in self.files:
        i = fol.find(needle)
        while i >= 0:
            if self._bounded(fol, i, len(needle)):
                ln = bisect.bisect_right(starts, i) - 1
                line = fol[starts[ln]: starts[ln + 1] if ln + 1 < len(starts) else len(fol)]
                if not any(fold(w) in line for w in others):
                    return True
            i = fol.find(needle, i + 1)
    return False


def org_about(cell):
    """The `org` and `about` cells of a term's office: `un>LY` is the UN's envoy to Libya."""
    org, _, about = cell.partition(">")
    return org, about


Corpora.line_has = _line_has
Corpora.used_alone = _used_alone


def insert_sorted(path, new_rows, key):
    """Insert each row (list of cells) before the first data row whose key is greater, in the
    file's first sorted block (rows appended later in other blocks are not looked at)."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for row in sorted(new_rows, key=key):
        k = key(row)
        data = [(i, key(l.split("\t"))) for i, l in enumerate(lines) if i and not l.startswith("#")]
        pos = len(lines)
        for j, (i, ck) in enumerate(data):
            nxt = data[j + 1][1] if j + 1 < len(data) else None
            if j >= 2 and ck < data[j - 1][1] and ck < data[j - 2][1]:
                pos = i  # the first sorted block ends here (later rows were appended)
                break
            if nxt is not None and ck > nxt:
                continue  # a single row out of place inside the block
            if ck > k:
                pos = i
                break
        lines.insert(pos, "\t".join(row))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--input", default=INPUT)
    ap.add_argument("--hist", action="store_true",
                    help="session 7: seed terms before each office's first covered date (HIST)")
    ap.add_argument("--term-source", default="wikidata|curated",
                    help="source tag of the terms given in the `terms` cell (session 3: curated)")
    args = ap.parse_args()
    seed = rd(SEED)
    officials = rd("gazetteers/officials.tsv")
    qids = {o["wikidata"] for o in officials if o["wikidata"]}
    ids = {o["id"] for o in officials}
    names = {fold(o["name_ar"]) for o in officials}
    given = {fold(r["given_name"]) for r in rd("gazetteers/given_names.tsv")}
    office_rows = rd("gazetteers/offices.tsv")
    have = {(r["official"], r["role"], r["org"], r["start"]) for r in office_rows}
    first = None
    if args.hist:
        first = {}
        for r in office_rows:
            k = (r["role"], r["org"])
            if not r["about"] and r["start"] < first.get(k, "9999"):
                first[k] = r["start"]
    aliases = rd("gazetteers/official_aliases.tsv")
    alias_owner = {}
    for a in aliases:
        alias_owner.setdefault(fold(a["alias"]), set()).add(a["official"])
    for o in officials:
        alias_owner.setdefault(fold(o["name_ar"]), set()).add(o["id"])
    corp = None if args.dry_run else Corpora(CORPORA)
    errs, p_rows, t_rows, a_rows, att_rows = [], [], [], [], []
    todo = rd(args.input)
    new_surnames = {}
    for p in todo:
        if p["surname"]:
            new_surnames.setdefault(fold(p["surname"]), []).append(p["qid"])
    for p in todo:
        q = p["qid"]
        if "existing" in p["note"]:
            # terms of another office for a person already in the gazetteer (one record)
            pid = p["id"]
            if pid not in ids:
                errs.append(f"{pid}: marked existing but not in the gazetteer, skipped")
                continue
            if p["terms"]:
                terms = [t.split(":") for t in p["terms"].split(";")]
            else:  # session 7: the seed's terms of the person's QID
                terms = [t + ["wikidata"] for t in seed_terms(seed, q, errs, first)]
            for t in terms:
                if (pid, t[0], t[1], t[2]) not in have:  # a rerun adds nothing twice
                    t_rows.append([pid, t[0], *org_about(t[1]), t[2], t[3],
                                   t[4] if len(t) > 4 else args.term_source])
            continue
        if q and q in qids:
            errs.append(f"{q} {p['id']}: already in the gazetteer, skipped")
            continue
        pid = p["id"] or slug(p["name_en"])
        if pid in ids:
            if any(o["id"] == pid and o["name_ar"] == p["name_ar"] for o in officials):
                continue  # the same person, added by an earlier run of this input
            errs.append(f"{q}: id {pid} taken")
            continue
        if fold(p["name_ar"]) in names:
            errs.append(f"{q}: Arabic name {p['name_ar']} taken")
            continue
        if p["terms"] and p["terms"] != "open-ok":
            terms, src = [t.split(":") for t in p["terms"].split(";")], args.term_source
        else:
            terms, src = seed_terms(seed, q, errs, first), "wikidata"
        ok_open = "open-ok" in (p["terms"] + p["note"])
        for t in terms:
            if not t[3] and not ok_open:
                errs.append(f"{q} {pid}: open term not confirmed, left out: {t}")
        terms = [t for t in terms if t[3] or ok_open]
        if not terms:
            errs.append(f"{q} {pid}: no term, skipped")
            continue
        ids.add(pid)
        if q:
            qids.add(q)
        names.add(fold(p["name_ar"]))
        psrc = "wikidata|curated" if q else "curated"
        p_rows.append([pid, p["name_ar"], p["name_en"], q, "", "", p["well_known"], psrc])
        for t in sorted(terms, key=lambda t: t[2]):
            t_rows.append([pid, t[0], *org_about(t[1]), t[2], t[3], t[4] if len(t) > 4 else src])
        ctx = [w for w in p["name_ar"].split() if len(w) > 2]
        spell = [(p["name_ar"], None)]
        for n in filter(None, p["names"].split("|")):
            a_rows.append([pid, n, "name", "", "", "curated"])
            spell.append((n, None if " " in n.strip() else ctx))
        s = p["surname"]
        if s:
            flags = p["surname_flags"]
            fs = fold(s)
            if "standalone" in flags:
                if (alias_owner.get(fs) or len(new_surnames.get(fs, [])) > 1 or fs in given
                        or len(fs.replace(" ", "")) < 4):
                    errs.append(f"{q} {pid}: surname {s} not distinctive, standalone dropped")
                    flags = "|".join(f for f in flags.split("|") if f != "standalone")
                elif corp and corp.used_alone(s, [w for w in ctx if fold(w) != fs]):
                    errs.append(f"{q} {pid}: surname {s} names something else in the corpora, standalone dropped")
                    flags = "|".join(f for f in flags.split("|") if f != "standalone")
            a_rows.append([pid, s, "surname", flags, "", "curated"])
            spell.append((s, ctx))
        for text, c in spell:
            where = corp.find(text, c or [w for w in ctx if w not in text]) if corp else ""
            if where and (c is not None or " " not in text.strip()):
                where = where if corp.line_has(where, [w for w in ctx if w not in text]) else ""
            att_rows.append([pid, text, where])
    for e in errs:
        print("NOTE", e, file=sys.stderr)
    print(f"persons {len(p_rows)} terms {len(t_rows)} aliases {len(a_rows)}", file=sys.stderr)
    if args.dry_run:
        for t in t_rows:
            print("\t".join(t))
        return
    insert_sorted("gazetteers/officials.tsv", p_rows, key=lambda r: r[0])
    insert_sorted("gazetteers/offices.tsv", t_rows, key=lambda r: r[0])
    insert_sorted("gazetteers/official_aliases.tsv", a_rows, key=lambda r: r[0])
    path = "gazetteers/attestations.tsv"
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            f.write("official\tspelling\tattested\n")
    insert_sorted(path, att_rows, key=lambda r: (r[0], r[1]))
    for r in att_rows:
        print("ATT", *r, sep="\t")


if __name__ == "__main__":
    main()
