#!/usr/bin/env python3
"""Build tests/data/eval.jsonl from tests/data/eval-source.txt.

Source format: a document starts with a header line
    === <doc-id> <YYYY-MM-DD> <register> <region>
followed by its text lines. Entity mentions are marked inline as
    [[surface|kind:id]]  or  [[surface|kind:id|tag,tag]]
Offsets in the output are UTF-8 byte offsets into the text with the markup removed
(end exclusive). Lines before the first header that start with '#' are comments.
Placeholders «PF:word» (Arabic presentation forms of word) and «ZWNJ» (U+200C) are
expanded before parsing, so the source can be edited with ordinary tools.

Usage: python3 build_eval.py [source] [output]
"""
import collections
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "..", "gazetteers")

KINDS = {"country", "official", "armed_group", "organization"}
REGISTERS = {"news", "statement", "social"}
REGIONS = {"levant", "gulf", "iraq", "yemen", "egypt", "maghreb", "sahel", "horn",
           "iran", "turkey", "afpak", "world"}
TAGS = {"clitic", "lil", "diacritics", "tatweel", "zwnj", "presentation", "persian",
        "nohamza", "linebreak", "ambiguous", "demonym", "capital", "seat", "label",
        "role", "surname", "nested", "long_name", "short_name", "acronym",
        "self_designation", "state_force", "reference", "standalone", "hyphen"}
CLITIC_RE = re.compile(r"^[وف]?[بلك]?$")
LIL_RE = re.compile(r"^[وف]?ل$")
MARKUP_RE = re.compile(r"\[\[([^|\[\]]+)\|([a-z_]+):([A-Za-z0-9-]+)(?:\|([a-z_,]*))?\]\]")
HEADER_RE = re.compile(r"^=== (\S+) (\d{4}-\d{2}-\d{2}) (\S+) (\S+)\s*$")
PERSIAN = set("\u06cc\u06a9\u06af\u067e\u0686\u0698")

# ---------------------------------------------------------------- presentation forms
# base letter -> (isolated code point, number of forms: 2 = right-joining, 4 = dual)
_PF = {
    "ء": (0xFE80, 1), "آ": (0xFE81, 2), "أ": (0xFE83, 2), "ؤ": (0xFE85, 2), "إ": (0xFE87, 2),
    "ئ": (0xFE89, 4), "ا": (0xFE8D, 2), "ب": (0xFE8F, 4), "ة": (0xFE93, 2), "ت": (0xFE95, 4),
    "ث": (0xFE99, 4), "ج": (0xFE9D, 4), "ح": (0xFEA1, 4), "خ": (0xFEA5, 4), "د": (0xFEA9, 2),
    "ذ": (0xFEAB, 2), "ر": (0xFEAD, 2), "ز": (0xFEAF, 2), "س": (0xFEB1, 4), "ش": (0xFEB5, 4),
    "ص": (0xFEB9, 4), "ض": (0xFEBD, 4), "ط": (0xFEC1, 4), "ظ": (0xFEC5, 4), "ع": (0xFEC9, 4),
    "غ": (0xFECD, 4), "ف": (0xFED1, 4), "ق": (0xFED5, 4), "ك": (0xFED9, 4), "ل": (0xFEDD, 4),
    "م": (0xFEE1, 4), "ن": (0xFEE5, 4), "ه": (0xFEE9, 4), "و": (0xFEED, 2), "ى": (0xFEEF, 2),
    "ي": (0xFEF1, 4),
}
_LAM_ALEF = {"آ": 0xFEF5, "أ": 0xFEF7, "إ": 0xFEF9, "ا": 0xFEFB}


def presentation(word):
    """Shape an Arabic word into Arabic Presentation Forms-B (contextual forms)."""
    out = []
    i = 0
    prev_joins = False  # does the previous letter connect to the left (to this one)?
    while i < len(word):
        c = word[i]
        if c == "ل" and i + 1 < len(word) and word[i + 1] in _LAM_ALEF:
            out.append(chr(_LAM_ALEF[word[i + 1]] + (1 if prev_joins else 0)))
            prev_joins = False
            i += 2
            continue
        if c not in _PF:
            out.append(c)
            prev_joins = False
            i += 1
            continue
        base, n = _PF[c]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        next_joinable = nxt in _PF
        if n == 1:
            out.append(chr(base))
            prev_joins = False
        elif n == 2:
            out.append(chr(base + (1 if prev_joins else 0)))
            prev_joins = False
        else:
            if prev_joins and next_joinable:
                out.append(chr(base + 3))
            elif prev_joins:
                out.append(chr(base + 1))
            elif next_joinable:
                out.append(chr(base + 2))
            else:
                out.append(chr(base))
            prev_joins = next_joinable
        i += 1
    return "".join(out)


def expand_placeholders(s):
    s = re.sub(r"«PF:([^»]+)»", lambda m: presentation(m.group(1)), s)
    return s.replace("«ZWNJ»", "\u200c")


# ---------------------------------------------------------------- helpers
def is_word_char(ch):
    if ch in ("\u0640", "\u200c", "\u0670"):
        return True
    if "\u064b" <= ch <= "\u065f":
        return True
    cat = unicodedata.category(ch)
    return cat[0] in ("L", "N") or cat == "Mn"


def has_diacritics(s):
    return any("\u064b" <= c <= "\u065f" or c == "\u0670" for c in s)


def has_presentation(s):
    return any("\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in s)


def load_ids(name, col=0):
    path = os.path.join(GAZ, name)
    ids = set()
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n == 0 or line.startswith("#") or not line.strip():
                continue
            ids.add(line.rstrip("\n").split("\t")[col])
    return ids


class Errors:
    def __init__(self):
        self.items = []

    def __call__(self, doc, msg):
        self.items.append(f"{doc}: {msg}")


def parse(source, err):
    lines = source.split("\n")
    docs = []
    cur = None
    for ln, line in enumerate(lines, 1):
        m = HEADER_RE.match(line)
        if m:
            cur = {"header": m.groups(), "lines": [], "line": ln}
            docs.append(cur)
        elif line.startswith("==="):
            err(f"line {ln}", f"malformed header: {line!r}")
        elif cur is None:
            if line.strip() and not line.startswith("#"):
                err(f"line {ln}", "text before the first header")
        else:
            cur["lines"].append(line)
    out = []
    seen = set()
    for d in docs:
        doc_id, date, register, region = d["header"]
        if doc_id in seen:
            err(doc_id, "duplicate document id")
        seen.add(doc_id)
        if register not in REGISTERS:
            err(doc_id, f"unknown register {register}")
        if region not in REGIONS:
            err(doc_id, f"unknown region {region}")
        y, mo, da = (int(x) for x in date.split("-"))
        if not (2000 <= y <= 2026 and 1 <= mo <= 12 and 1 <= da <= 31):
            err(doc_id, f"bad date {date}")
        raw = "\n".join(d["lines"]).strip("\n")
        if not raw.strip():
            err(doc_id, "empty document")
        text_parts = []
        nbytes = 0
        ents = []
        pos = 0
        for m in MARKUP_RE.finditer(raw):
            before = raw[pos:m.start()]
            text_parts.append(before)
            nbytes += len(before.encode("utf-8"))
            surface, kind, eid, tags = m.group(1), m.group(2), m.group(3), m.group(4)
            tags = [t for t in (tags or "").split(",") if t]
            start = nbytes
            text_parts.append(surface)
            nbytes += len(surface.encode("utf-8"))
            ents.append({"start": start, "end": nbytes, "kind": kind, "id": eid,
                         "tags": tags, "surface": surface})
            pos = m.end()
        text_parts.append(raw[pos:])
        text = "".join(text_parts)
        if "[[" in text or "]]" in text:
            err(doc_id, "unparsed markup left in text: "
                + text[max(0, text.find("[[") - 20):text.find("[[") + 40])
        out.append({"id": doc_id, "date": date, "register": register, "region": region,
                    "text": text, "entities": ents})
    return out


def check(docs, err):
    countries = load_ids("countries.tsv")
    officials = load_ids("officials.tsv")
    groups = load_ids("armed_groups.tsv")
    organizations = load_ids("organizations.tsv")
    warnings = []
    for d in docs:
        text = d["text"]
        tb = text.encode("utf-8")
        prev_end = -1
        for e in d["entities"]:
            where = f"{d['id']} [{e['surface']}]"
            s, t = e["start"], e["end"]
            if tb[s:t].decode("utf-8") != e["surface"]:
                err(where, "surface does not match text bytes")
            if s < prev_end:
                err(where, "overlapping spans")
            if s == t:
                err(where, "empty span")
            prev_end = t
            if e["surface"] != e["surface"].strip():
                err(where, "surface has leading/trailing whitespace")
            if e["kind"] not in KINDS:
                err(where, f"unknown kind {e['kind']}")
            for tag in e["tags"]:
                if tag not in TAGS:
                    err(where, f"unknown tag {tag}")
            if len(set(e["tags"])) != len(e["tags"]):
                err(where, "duplicate tag")
            # boundaries (character level)
            cs = len(tb[:s].decode("utf-8"))
            ce = len(tb[:t].decode("utf-8"))
            if ce < len(text) and is_word_char(text[ce]):
                err(where, f"span ends inside a word (next char {text[ce]!r})")
            k = cs
            while k > 0 and is_word_char(text[k - 1]):
                k -= 1
            prefix = text[k:cs]
            lil = "lil" in e["tags"]
            if lil:
                if not LIL_RE.match(prefix) or not e["surface"].startswith("ل"):
                    err(where, f"bad lil prefix {prefix!r}")
            elif not CLITIC_RE.match(prefix):
                err(where, f"invalid proclitic chain {prefix!r}")
            needs_clitic = (len(prefix) > 1) if lil else (len(prefix) > 0)
            if needs_clitic != ("clitic" in e["tags"]):
                err(where, f"clitic tag inconsistent with prefix {prefix!r}")
            # tags that are properties of the surface
            surf = e["surface"]
            for tag, present in (("tatweel", "\u0640" in surf), ("zwnj", "\u200c" in surf),
                                 ("linebreak", "\n" in surf),
                                 ("diacritics", has_diacritics(surf)),
                                 ("presentation", has_presentation(surf)),
                                 ("persian", any(c in PERSIAN for c in surf))):
                if present != (tag in e["tags"]):
                    err(where, f"tag {tag} inconsistent with surface")
            # ids
            eid = e["id"]
            if e["kind"] == "country":
                if not re.fullmatch(r"[A-Z]{2}|X-[A-Z-]+", eid):
                    err(where, f"bad country id {eid}")
                elif countries is not None and eid not in countries:
                    warnings.append(f"{where}: country {eid} not in countries.tsv")
            elif e["kind"] == "official":
                if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
                    err(where, f"bad official id {eid}")
                if "role" in e["tags"]:
                    pass
                elif eid == "role":
                    err(where, "id 'role' without the role tag")
                if eid != "role" and officials is not None and eid not in officials:
                    warnings.append(f"{where}: official {eid} not in officials.tsv")
            elif e["kind"] == "armed_group":
                if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
                    err(where, f"bad armed_group id {eid}")
                elif groups is not None and eid not in groups:
                    warnings.append(f"{where}: armed group {eid} not in armed_groups.tsv")
            elif e["kind"] == "organization":
                if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", eid):
                    err(where, f"bad organization id {eid}")
                elif organizations is not None and eid not in organizations:
                    warnings.append(f"{where}: organization {eid} not in organizations.tsv")
            if "role" in e["tags"] and e["kind"] != "official":
                err(where, "role tag on a non-official")
    return warnings


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "eval-source.txt")
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(HERE, "eval.jsonl")
    with open(src, encoding="utf-8") as f:
        source = expand_placeholders(f.read())
    err = Errors()
    docs = parse(source, err)
    warnings = check(docs, err)
    for w in warnings:
        print("warning:", w, file=sys.stderr)
    if err.items:
        for e in err.items:
            print("error:", e, file=sys.stderr)
        print(f"{len(err.items)} error(s); {dst} not written", file=sys.stderr)
        sys.exit(1)
    with open(dst, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

    kinds = collections.Counter()
    tags = collections.Counter()
    periods = collections.Counter()
    registers = collections.Counter()
    regions = collections.Counter()
    empty = 0
    for d in docs:
        y = int(d["date"][:4])
        periods["2000-2010" if y <= 2010 else "2011-2018" if y <= 2018 else "2019-2026"] += 1
        registers[d["register"]] += 1
        regions[d["region"]] += 1
        if not d["entities"]:
            empty += 1
        for e in d["entities"]:
            kinds[e["kind"]] += 1
            for t in e["tags"]:
                tags[t] += 1
    total = sum(kinds.values())
    print(f"documents: {len(docs)} (without entities: {empty})")
    print("periods:", ", ".join(f"{k} {v}" for k, v in sorted(periods.items())))
    print("registers:", ", ".join(f"{k} {v}" for k, v in sorted(registers.items())))
    print("regions:", ", ".join(f"{k} {v}" for k, v in sorted(regions.items())))
    print(f"entities: {total}")
    for k in sorted(kinds):
        print(f"  {k}: {kinds[k]}")
    print("tags:")
    for t, n in sorted(tags.items(), key=lambda x: (-x[1], x[0])):
        print(f"  {t}: {n}")
    print(f"wrote {dst}")


if __name__ == "__main__":
    main()
