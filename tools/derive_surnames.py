#!/usr/bin/env python3
"""Add the surname alias a holder of a key office lacks, from their own sourced full name.

    python3 tools/derive_surnames.py [--dry-run]

For every person who holds an office of tools/well_known.py's criterion and has no `surname`
or `short_name` alias, the surname is the last word of `name_ar` (the connector and the word
after it for بن، ولد، أبو: بن بريك، ولد بوبكر), spelt exactly as in the sourced full name,
so no spelling is made up. Left out: a one-word name, a surname that is a given name
(given_names.tsv) or starts with عبد, a nisba (الهلالي: also an adjective, الفريق الهلالي), a ruling family's name (آل ثاني), a regnal number (الأول، الثاني), a word that already is a
pattern of the automaton (a demonym, a country, another name: `--patterns`, the output of
`extract --dump-patterns`), and persons whose offices are all in states whose names put the
family name first or have none (China, the Koreas, Vietnam, Mongolia, Cambodia, Myanmar,
Thailand, Laos).

Left out too: a surname another person of the gazetteer also has (as an alias or as the last
word of the name), and an ordinary word: one found in more corpus lines (`--corpora`) without
the person's full name than 5 times the lines with it, or than 100. Flags: a transliterated surname of four
letters or more of a person from outside the Arab states, Iran, Afghanistan, Pakistan and the
Horn of Africa, whose first name is not an Arabic given name, is `standalone` when, in the shared corpora (`--corpora`), every line that has
the word (bare or after a proclitic) also has the person's full name: a word found anywhere
else may be an ordinary word or someone else's name, and without the corpora nothing is
standalone. The others (Arabic family names, which many people outside the gazetteer share,
and short words) get no flag: reported only after the full name in the same document.
tools/collisions.py then audits the standalone ones against the corpora.
Rows carry the source tag `derived`.
"""

import argparse
import csv
import os
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "gazetteers")
sys.path.insert(0, HERE)
import well_known

FAMILY_NAME_FIRST = set(["CN", "TW", "HK", "MO", "KP", "KR", "VN", "MN", "KH", "MM", "TH", "LA"])
NO_STANDALONE = set(
    ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "AF", "PK", "ET", "ER"]
)
CONNECTORS = {"بن", "ولد", "أبو"}
REGNAL = {"الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "الثانية", "الأولى"}
PROCLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك"]
COMPOUND_TAILS = {"الدين", "الله", "الإسلام", "الرحمن", "الرحيم", "النبي", "العابدين"}
# An ordinary word turns up in many corpus lines without the person's full name.
MAX_LINES_WITHOUT = 100
RATIO_WITHOUT = 5
CORPORA = os.path.join(HERE, "..", "..", "shared", "corpora")
CORPUS_FILES = [
    "saudinewsnet-aljazirah-8mb.txt",
    "ant-skynews-2018/SkyNews-middleEast.txt",
    "ant-skynews-2018/SkyNews-internationalNews.txt",
]
FOLD = str.maketrans("أإآىة", "ااايه")


def fold(text):
    text = "".join(c for c in text if not unicodedata.category(c).startswith("M"))
    return text.replace("\u0640", "").translate(FOLD)


def read(name):
    with open(os.path.join(GAZ, name), encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def surname_of(name_ar):
    words = name_ar.split()
    if len(words) < 2:
        return None
    if len(words) >= 3 and words[-2] in CONNECTORS:
        return " ".join(words[-2:])
    if words[-1].startswith("عبد") or words[-2] in ("عبد", "آل") or words[-1] in REGNAL:
        return None
    return words[-1]


def corpus_lines(corpora):
    """The corpus lines, folded and split into words (empty without the corpora)."""
    lines = []
    for name in CORPUS_FILES:
        path = os.path.join(corpora, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                words = "".join(c if c.isalpha() else " " for c in fold(line)).split()
                lines.append((" ".join(words), set(words)))
    return lines


def corpus_lines_with(surname, full_name, lines):
    """How many corpus lines have `surname` (bare or after a proclitic) with `full_name`, and
    how many without it."""
    forms = {p + surname for p in PROCLITICS}
    full = " ".join("".join(c if c.isalpha() else " " for c in fold(full_name)).split())
    with_full = without = 0
    for text, words in lines:
        if words & forms:
            if full in text:
                with_full += 1
            else:
                without += 1
    return with_full, without


def words_of_compound_name(name_ar, given):
    """Whether the last word ends a compound given name (محيي الدين، عبد الله) or the last two
    words are one given name."""
    words = name_ar.split()
    return words[-1] in COMPOUND_TAILS or fold(" ".join(words[-2:])) in given


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--corpora", default=CORPORA)
    ap.add_argument("--patterns", help="file of the automaton's patterns (extract --dump-patterns)")
    args = ap.parse_args()
    patterns = set()
    if args.patterns:
        with open(args.patterns, encoding="utf-8") as f:
            patterns = {fold(line.strip()) for line in f}
    lines = corpus_lines(args.corpora)
    given = {fold(r["given_name"]) for r in read("given_names.tsv")}
    persons = read("officials.tsv")
    aliases = read("official_aliases.tsv")
    orgs = {}
    for r in read("offices.tsv"):
        orgs.setdefault(r["official"], set()).add(r["org"])
    has_surname = {a["official"] for a in aliases if a["form"] in ("surname", "short_name")}
    owners = {}
    for a in aliases:
        if a["form"] in ("surname", "short_name"):
            owners.setdefault(fold(a["alias"]), set()).add(a["official"])
    for p in persons:
        owners.setdefault(fold(p["name_ar"].split()[-1]), set()).add(p["id"])
    holders = well_known.key_office_holders()
    rows = []
    for p in persons:
        pid = p["id"]
        if pid not in holders or pid in has_surname:
            continue
        states = {o for o in orgs.get(pid, ()) if len(o) == 2}
        if states and states <= FAMILY_NAME_FIRST:
            continue
        surname = surname_of(p["name_ar"])
        if surname is None:
            continue
        key = fold(surname)
        bare = key.removeprefix("ال")
        # a nisba (الهلالي، العثماني) is also an adjective after any noun (الفريق الهلالي)
        nisba = key.startswith("ال") and key.endswith("ي")
        if key in given or bare in given or key in patterns or nisba:
            continue
        letters = len(key.replace(" ", ""))
        if owners.get(key, set()) - {pid} or words_of_compound_name(p["name_ar"], given):
            continue
        with_full, without = corpus_lines_with(key, p["name_ar"], lines)
        if not lines or without > min(MAX_LINES_WITHOUT, RATIO_WITHOUT * max(1, with_full)):
            continue
        if (
            states & NO_STANDALONE
            or letters < 4
            or key.startswith("ال")
            or " " in key
            or fold(p["name_ar"].split()[0]) in given
        ):
            flags = ""
        elif without == 0:
            flags = "standalone"
        else:
            flags = ""
        rows.append([pid, surname, "surname", flags, "", "derived"])
    proposed = Counter(fold(r[1]) for r in rows)
    rows = [r for r in rows if proposed[fold(r[1])] == 1]  # two persons' surname: neither
    print(f"{len(rows)} surname aliases; {sum(r[3] == 'standalone' for r in rows)} standalone")
    if args.dry_run:
        for r in rows:
            print("\t".join(r))
        return
    with open(os.path.join(GAZ, "official_aliases.tsv"), "a", encoding="utf-8") as f:
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
