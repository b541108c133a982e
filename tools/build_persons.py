#!/usr/bin/env python3
"""Build the staging tables of political persons, offices, organizations and parties.

    python3 tools/build_persons.py [--seed /work/shared/data-sources]
                                   [--corpora /work/shared/corpora]
                                   [--gazetteers gazetteers] [--staging staging-persons]

Inputs
  STAGING/curated/persons.txt   hand-written persons, aliases and terms (format below)
  STAGING/curated/orgs.txt      hand-written international organizations and their aliases
  STAGING/curated/parties.txt   hand-written parties / movements and their aliases
  SEED/officials.tsv            heads of state / government with tenures (Wikidata, CC0, via
                                cfmessias/geografia) and ArWikiCats Arabic names (MIT)
  GAZ/officials.tsv, official_aliases.tsv, offices.tsv, armed_groups.tsv
                                the current gazetteer: ids are reused, rows already there are
                                not repeated
  CORPORA/*                     real Arabic text, searched only to record where a spelling is
                                attested (FILE:LINE); nothing from it is copied

Curated format (one record a line, `|`-separated, `#` comments):
  P id|name_en|name_ar|well_known|born|died|qid     a person ("=" in name_en/name_ar: the
                                                    gazetteer's value for an existing id)
  A alias|form|flags                                an alias of the last P/O/G record
  T role|org|start|end|about                        a term of the last P (dates YYYY,
                                                    YYYY-MM or YYYY-MM-DD; precision derived)
  O id|name_en|name_ar|qid                          an organization (orgs.txt)
  G id|name_ar|name_en|category|countries|parent|predecessors|designations|wikidata
                                                    a party or movement (parties.txt)

Outputs (in STAGING): persons.tsv, terms.tsv, aliases.tsv, organizations.tsv,
organization_aliases.tsv, parties.tsv, party_aliases.tsv, report.txt.
Deterministic: same inputs, same bytes.
"""
import argparse
import bisect
import csv
import os
import re
import sys
import unicodedata
from collections import defaultdict

ROLES = {
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
    "crown_prince", "supreme_leader", "vice_president", "un_secretary_general",
    "military_commander", "interior_minister", "finance_minister", "energy_minister", "speaker", "army_chief", "group_leader",
    "party_leader", "envoy", "org_head",
}
ALIAS_FORMS = {"full_name", "name", "short_name", "surname"}
ORG_ALIAS_FORMS = {"name", "acronym", "short_name"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# Corpora searched for attestations, in order of preference (raw press text first; NewsFANE
# has hamza stripped and clitics split, so it attests the letters but not the hamza).
CORPUS_FILES = [
    "ant-skynews-2018/SkyNews-middleEast.txt",
    "ant-skynews-2018/SkyNews-internationalNews.txt",
    "saudinewsnet-aljazirah-8mb.txt",
    "wojood-sample.train.jsonl",
    "wojood-sample.val.jsonl",
    "newsfane.camel-rest.jsonl",
]

_MARKS = re.compile("[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]")
_FOLD = str.maketrans({
    "\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064A", "\u0626": "\u064A", "\u06CC": "\u064A",
    "\u0629": "\u0647", "\u0624": "\u0648", "\u06A9": "\u0643",
})
_ARABIC_LETTER = re.compile("[\u0621-\u064A\u066E-\u06D3]")


def strip_marks(s):
    return _MARKS.sub("", s)


def fold(s):
    """The matching key: marks removed, hamza seats / alef maqsura / ta marbuta folded,
    whitespace collapsed (the same folding as alam's normalization)."""
    return re.sub(r"\s+", " ", strip_marks(s).translate(_FOLD)).strip()


def is_letter(ch):
    return bool(_ARABIC_LETTER.match(ch)) or ch.isalpha()


class Corpora:
    """Each corpus file as one string (marks stripped; folded copy too) with line offsets."""

    def __init__(self, root):
        self.files = []
        for rel in CORPUS_FILES:
            path = os.path.join(root, rel)
            if not os.path.exists(path):
                continue
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            starts, pos = [], 0
            for line in lines:
                starts.append(pos)
                pos += len(line) + 1
            raw = strip_marks("\n".join(lines))
            # strip_marks may shorten lines, so offsets are recomputed on the stripped text
            starts, pos = [], 0
            for line in raw.split("\n"):
                starts.append(pos)
                pos += len(line) + 1
            self.files.append((os.path.basename(rel), raw, raw.translate(_FOLD), starts))

    @staticmethod
    def _bounded(text, i, n):
        """A whole-word hit, allowing one or two proclitic letters (و ف ب ل ك) before it and
        the article after ل (لل)."""
        j = i
        k = 0
        while j > 0 and k < 2 and text[j - 1] in "وفبلك":
            j -= 1
            k += 1
        if j > 0 and is_letter(text[j - 1]):
            if i == 0 or is_letter(text[i - 1]):
                return False
        end = i + n
        return end >= len(text) or not is_letter(text[end])

    def find(self, alias, context=()):
        """FILE:LINE of the first line holding `alias` as written (marks aside); failing that,
        of the first line holding its folded form. Lines also holding one of the `context`
        words (other parts of the person's name) are preferred."""
        exact = strip_marks(alias)
        folded = fold(alias)
        for key_i, needle in ((1, exact), (2, folded)):
            for name, raw, fol, starts in self.files:
                text = raw if key_i == 1 else fol
                hits = []
                i = text.find(needle)
                while i >= 0 and len(hits) < 200:
                    if self._bounded(text, i, len(needle)):
                        hits.append(i)
                    i = text.find(needle, i + 1)
                if not hits:
                    continue
                best = hits[0]
                if context:
                    for h in hits:
                        ln = bisect.bisect_right(starts, h) - 1
                        line = fol[starts[ln]: starts[ln + 1] if ln + 1 < len(starts) else len(fol)]
                        if any(fold(c) in line for c in context):
                            best = h
                            break
                ln = bisect.bisect_right(starts, best) - 1
                tag = "" if key_i == 1 else " (folded)"
                return f"{name}:{ln + 1}{tag}"
        return ""


def slug(name):
    """Lower-case ASCII slug of an English name (accents dropped, not the letters)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def seed_skipped(r):
    """Wikidata rows that are not terms of the office they claim: the monthly rotating
    presidencies of Iraq's Governing Council (2003-07 to 2004-05) and Aguila Saleh, the
    speaker of Libya's House of Representatives, listed as head of state."""
    if r["iso2"] == "IQ" and r["role"] == "head_of_state" and "2003-07" <= r["start"] < "2004-06":
        return True
    return r["wikidata_qid"] == "Q17485808" and r["role"] == "head_of_state"


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    head = rows[0]
    return [dict(zip(head, r + [""] * (len(head) - len(r)))) for r in rows[1:]]


def precision(d):
    return {4: "year", 7: "month", 10: "day"}[len(d)] if d else ""


def parse_curated(path, errors):
    """Records of a curated file: list of (kind, fields, aliases, terms)."""
    records = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            kind, _, rest = line.partition(" ")
            fields = [x.strip() for x in rest.split("|")]
            if kind in ("P", "O", "G"):
                records.append([kind, fields, [], [], n])
            elif kind == "A":
                records[-1][2].append(fields + [""] * (3 - len(fields)))
            elif kind == "T":
                if records[-1][0] != "P":
                    errors.append(f"{path}:{n}: term outside a person")
                records[-1][3].append((fields + [""] * (5 - len(fields)), n))
            else:
                errors.append(f"{path}:{n}: unknown line kind {kind!r}")
    return records


def overlaps(a_start, a_end, b_start, b_end):
    """Two terms share a day beyond a hand-over day (one ending the day the other starts)."""
    a_end = a_end or "9999"
    b_end = b_end or "9999"
    return a_start < b_end and b_start < a_end


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default="/work/shared/data-sources")
    ap.add_argument("--corpora", default="/work/shared/corpora")
    ap.add_argument("--gazetteers", default="gazetteers")
    ap.add_argument("--staging", default="staging-persons")
    args = ap.parse_args()
    errors = []

    gaz_off = read_tsv(os.path.join(args.gazetteers, "officials.tsv"))
    gaz_alias = read_tsv(os.path.join(args.gazetteers, "official_aliases.tsv"))
    gaz_terms = read_tsv(os.path.join(args.gazetteers, "offices.tsv"))
    gaz_groups = read_tsv(os.path.join(args.gazetteers, "armed_groups.tsv"))
    countries = {r["id"] for r in read_tsv(os.path.join(args.gazetteers, "countries.tsv"))}
    existing = {r["id"]: r for r in gaz_off}
    existing_by_qid = {r["wikidata"]: r["id"] for r in gaz_off if r["wikidata"]}
    existing_aliases = defaultdict(dict)
    for r in gaz_alias:
        existing_aliases[r["id"]][fold(r["alias"])] = r
    seed = read_tsv(os.path.join(args.seed, "officials.tsv"))

    cur_dir = os.path.join(args.staging, "curated")
    orgs = parse_curated(os.path.join(cur_dir, "orgs.txt"), errors)
    parties = parse_curated(os.path.join(cur_dir, "parties.txt"), errors)
    people = parse_curated(os.path.join(cur_dir, "persons.txt"), errors)
    org_ids = {r[1][0] for r in orgs}
    party_ids = {r[1][0] for r in parties}
    group_ids = {r["id"] for r in gaz_groups}
    for pid in party_ids & group_ids:
        errors.append(f"party {pid} already in armed_groups.tsv")

    persons = {}      # id -> dict
    aliases = []      # (id, alias, form, flags, source)
    terms = []        # dict rows
    qid_seen = {}
    for kind, f, als, tms, n in people:
        f = f + [""] * (7 - len(f))
        pid, name_en, name_ar, wk, born, died, qid = f[:7]
        if pid in persons:
            errors.append(f"persons.txt:{n}: duplicate id {pid}")
            continue
        ex = existing.get(pid)
        if name_en == "=" or name_ar == "=":
            if not ex:
                errors.append(f"persons.txt:{n}: {pid} marked existing but not in officials.tsv")
                continue
            name_en = ex["name_en"] if name_en == "=" else name_en
            name_ar = ex["name_ar"] if name_ar == "=" else name_ar
            qid = qid or ex["wikidata"]
        elif ex:
            errors.append(f"persons.txt:{n}: {pid} exists in officials.tsv; use '=' for its names")
        if qid and qid in existing_by_qid and existing_by_qid[qid] != pid:
            errors.append(f"persons.txt:{n}: {pid} has the QID of existing {existing_by_qid[qid]}")
        if qid and qid in qid_seen:
            errors.append(f"persons.txt:{n}: {pid} shares QID {qid} with {qid_seen[qid]}")
        if qid:
            qid_seen[qid] = pid
        for d in (born, died):
            if d and not DATE_RE.match(d):
                errors.append(f"persons.txt:{n}: bad date {d}")
        if wk not in ("yes", "no", ""):
            errors.append(f"persons.txt:{n}: well_known must be yes/no")
        persons[pid] = dict(id=pid, name_ar=name_ar, name_en=name_en, wikidata=qid,
                            born=born, died=died, well_known=wk or "no",
                            source="curated" if not ex else "gazetteer|curated",
                            in_gazetteer="yes" if ex else "no")
        for alias, form, flags in als:
            if form not in ALIAS_FORMS:
                errors.append(f"persons.txt:{n}: {pid}: bad alias form {form}")
            aliases.append([pid, alias, form, flags, "curated"])
        for (role, org, start, end, about), tn in tms:
            if role not in ROLES:
                errors.append(f"persons.txt:{tn}: bad role {role}")
            if org not in countries and org not in org_ids and org not in party_ids \
                    and org not in group_ids:
                errors.append(f"persons.txt:{tn}: unknown org {org}")
            for d in (start, end):
                if d and not DATE_RE.match(d):
                    errors.append(f"persons.txt:{tn}: bad date {d}")
            if not start:
                errors.append(f"persons.txt:{tn}: term without start")
            if role == "envoy" and not about:
                errors.append(f"persons.txt:{tn}: envoy term without `about` country")
            if end and start and end[: len(start)] < start[: len(end)]:
                errors.append(f"persons.txt:{tn}: end before start")
            prec = precision(start) if precision(start) != "day" else precision(end) or "day"
            terms.append(dict(official=pid, role=role, org=org, start=start, end=end,
                              source="curated", precision=prec, about=about))

    # Heads of state / government from the Wikidata seed, from 1990, for persons with an
    # Arabic name (ArWikiCats, the gazetteer or the curated file).
    qid_to_pid = dict(existing_by_qid)
    for pid, p in persons.items():
        if p["wikidata"]:
            qid_to_pid[p["wikidata"]] = pid
    seed_rows = defaultdict(list)
    for r in seed:
        if r["start"] and (r["end"] == "" or r["end"] >= "1990-01-01"):
            seed_rows[(r["wikidata_qid"], r["role"], r["iso2"])].append(r)
    for (qid, role, iso), rows in sorted(seed_rows.items()):
        if iso not in countries:
            continue
        pid = qid_to_pid.get(qid)
        if not pid:
            ar = next((r["ar_name_arwikicats"] for r in rows if r["ar_name_arwikicats"]), "")
            ar = re.sub(r"\s*\([^)]*\)\s*$", "", ar).strip()
            if not ar:
                continue
            label = rows[0]["person_label"]
            pid = slug(label)
            if not pid or pid in persons or pid in existing:
                pid = f"{pid}-{qid.lower()}"
            persons[pid] = dict(id=pid, name_ar=ar, name_en=label, wikidata=qid, born="",
                                died="", well_known="no", source="wikidata|arwikicats",
                                in_gazetteer="no")
            qid_to_pid[qid] = pid
        if pid in existing:
            # the gazetteer's build took every term ending from 2000 and dropped some on
            # purpose (acting and rotating presidencies); only earlier terms are added here
            rows = [r for r in rows if r["end"] and r["end"] < "2000-01-01"]
        rows = [r for r in rows if not seed_skipped(r)]
        day_rows = [r for r in rows if not r["start"].endswith("-01-01")]
        for r in rows:
            if r["start"].endswith("-01-01") and any(
                    overlaps(r["start"], r["end"], d["start"], d["end"]) for d in day_rows):
                continue
            if r["end"] and r["end"] < "1990-01-01":
                continue
            yearish = r["start"].endswith("-01-01") and (not r["end"] or r["end"].endswith("-01-01"))
            terms.append(dict(official=pid, role=role, org=iso, start=r["start"], end=r["end"],
                              source="wikidata", precision="year" if yearish else "day",
                              about=""))

    # Drop terms the gazetteer already has (same person, role, org, overlapping dates), and
    # curated/seed duplicates (curated wins).
    have = defaultdict(list)
    for r in gaz_terms:
        have[(r["official"], r["role"], r["country"])].append((r["start"], r["end"]))
    kept = []
    for t in sorted(terms, key=lambda t: (t["source"] != "curated", t["official"], t["role"],
                                         t["org"], t["start"])):
        k = (t["official"], t["role"], t["org"])
        if any(overlaps(t["start"], t["end"], s, e) for s, e in have[k]):
            continue
        have[k].append((t["start"], t["end"]))
        kept.append(t)
    terms = sorted(kept, key=lambda t: (t["official"], t["role"], t["org"], t["start"]))
    for t in terms:
        if t["official"] not in persons:
            p = existing[t["official"]]
            persons[t["official"]] = dict(id=p["id"], name_ar=p["name_ar"], name_en=p["name_en"],
                                          wikidata=p["wikidata"], born="", died="",
                                          well_known="no", source="gazetteer",
                                          in_gazetteer="yes")

    # Aliases: drop repeats of the name or of an existing alias; flag surnames.
    all_names = {}
    for p in gaz_off:
        all_names[p["id"]] = p["name_ar"]
    for pid, p in persons.items():
        all_names[pid] = p["name_ar"]
    given = defaultdict(set)   # first word of a name -> ids
    for pid, nm in all_names.items():
        w = fold(nm).split(" ")
        given[w[0]].add(pid)
        if w[0] in ("عبد", "ابو") and len(w) > 1:
            given[w[0] + " " + w[1]].add(pid)
    owners = defaultdict(set)  # folded alias or surname -> ids
    for r in gaz_alias:
        owners[fold(r["alias"])].add(r["id"])
    for pid, nm in all_names.items():
        owners[fold(nm)].add(pid)
        owners[fold(nm).split(" ")[-1]].add(pid)
    seen = set()
    out_aliases = []
    for pid, alias, form, flags, src in aliases:
        key = (pid, fold(alias))
        if key in seen or fold(alias) == fold(all_names[pid]) or fold(alias) in existing_aliases[pid]:
            continue
        seen.add(key)
        owners[fold(alias)].add(pid)
        out_aliases.append([pid, alias, form, flags, src])
    for row in out_aliases:
        pid, alias, form, flags, _ = row
        fl = [x for x in flags.split("|") if x]
        if form == "surname" and "common" not in fl and "ambiguous" not in fl:
            shared = owners[fold(alias)] - {pid}
            bare = fold(alias)[2:] if fold(alias).startswith("ال") else fold(alias)
            if shared:
                fl.append("ambiguous")
            elif fold(alias) in given or bare in given:
                fl.append("common")
            else:
                fl.append("standalone")
        if "common" in fl and "ambiguous" not in fl and owners[fold(alias)] - {pid}:
            fl.append("ambiguous")
        row[3] = "|".join(sorted(set(fl)))

    # Organizations and parties.
    org_rows, org_alias_rows, party_rows, party_alias_rows = [], [], [], []
    for kind, f, als, _, n in orgs:
        f = f + [""] * (4 - len(f))
        org_rows.append(dict(id=f[0], name_ar=f[2], name_en=f[1], wikidata=f[3], source="curated"))
        for alias, form, flags in als:
            if form not in ORG_ALIAS_FORMS:
                errors.append(f"orgs.txt:{n}: bad alias form {form}")
            org_alias_rows.append([f[0], alias, form, flags, "curated"])
    for kind, f, als, _, n in parties:
        f = f + [""] * (9 - len(f))
        if f[3] not in ("party", "movement"):
            errors.append(f"parties.txt:{n}: category must be party or movement")
        party_rows.append(f[:9] + ["curated"])
        for alias, form, flags in als:
            party_alias_rows.append([f[0], alias, form, flags, "", "curated"])

    by_name = defaultdict(set)   # one person, one record: no two ids with the same name
    for pid, nm in all_names.items():
        by_name[fold(nm)].add(pid)
    for nm, ids in sorted(by_name.items()):
        if len(ids) > 1:
            errors.append(f"one name, several ids: {nm} {sorted(ids)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)

    # Attestations (the slow part: one search per spelling).
    corp = Corpora(args.corpora)
    cache = {}

    def attest(s, ctx=()):
        k = (s, ctx)
        if k not in cache:
            cache[k] = corp.find(s, ctx)
        return cache[k]

    def name_ctx(pid, alias):
        words = [w for w in fold(all_names[pid]).split(" ")
                 if len(w) > 2 and w not in ("بن", "ال", "عبد", "ابو") and w not in fold(alias)]
        return tuple(words)

    out = args.staging
    os.makedirs(out, exist_ok=True)

    def write(name, header, rows):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE,
                           escapechar=None)
            w.writerow(header)
            for r in rows:
                w.writerow(r)

    prow = []
    for pid in sorted(persons):
        p = persons[pid]
        att = attest(p["name_ar"]) if p["source"].startswith(("curated", "gazetteer")) else ""
        prow.append([pid, p["name_ar"], p["name_en"], p["wikidata"], p["born"], p["died"],
                     p["well_known"], p["source"], att, p["in_gazetteer"]])
    write("persons.tsv", ["id", "name_ar", "name_en", "wikidata", "born", "died", "well_known",
                          "source", "attested", "in_gazetteer"], prow)
    write("terms.tsv", ["official", "role", "org", "start", "end", "source", "precision", "about"],
          [[t[k] for k in ("official", "role", "org", "start", "end", "source", "precision",
                           "about")] for t in terms])
    arow = []
    for pid, alias, form, flags, src in sorted(out_aliases, key=lambda r: (r[0], r[2], r[1])):
        arow.append([pid, alias, form, flags, src, attest(alias, name_ctx(pid, alias))])
    write("aliases.tsv", ["id", "alias", "form", "flags", "source", "attested"], arow)
    write("organizations.tsv", ["id", "name_ar", "name_en", "wikidata", "source", "attested"],
          [[o["id"], o["name_ar"], o["name_en"], o["wikidata"], o["source"], attest(o["name_ar"])]
           for o in org_rows])
    write("organization_aliases.tsv", ["id", "alias", "form", "flags", "source", "attested"],
          [r + [attest(r[1])] for r in org_alias_rows])
    write("parties.tsv", ["id", "name_ar", "name_en", "category", "countries", "parent",
                          "predecessors", "designations", "wikidata", "source", "attested"],
          [r + [attest(r[1])] for r in party_rows])
    write("party_aliases.tsv", ["id", "alias", "form", "flags", "cues", "source", "attested"],
          [r + [attest(r[1])] for r in party_alias_rows])

    # Report.
    n_att = sum(1 for r in arow if r[5] and "folded" not in r[5])
    n_fold = sum(1 for r in arow if "folded" in r[5])
    rep = [
        f"persons {len(prow)} (new {sum(1 for r in prow if r[9] == 'no')}, "
        f"existing ids extended {sum(1 for r in prow if r[9] == 'yes')})",
        f"terms {len(terms)} (curated {sum(1 for t in terms if t['source'] == 'curated')}, "
        f"wikidata {sum(1 for t in terms if t['source'] == 'wikidata')})",
        f"aliases {len(arow)} (attested exactly {n_att}, folded only {n_fold}, "
        f"unattested {len(arow) - n_att - n_fold})",
        f"standalone surnames {sum(1 for r in arow if 'standalone' in r[3])}",
        f"organizations {len(org_rows)}, organization aliases {len(org_alias_rows)}",
        f"parties {len(party_rows)}, party aliases {len(party_alias_rows)}",
        "roles: " + ", ".join(f"{k} {v}" for k, v in sorted(
            ((r, sum(1 for t in terms if t['role'] == r)) for r in ROLES), key=lambda x: -x[1]) if v),
    ]
    with open(os.path.join(out, "report.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(rep) + "\n")
    print("\n".join(rep))


if __name__ == "__main__":
    main()
