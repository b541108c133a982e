#!/usr/bin/env python3
"""Set `well_known` in gazetteers/officials.tsv by the gazetteer's stated criterion.

    python3 tools/well_known.py          # rewrite officials.tsv, print what changed
    python3 tools/well_known.py --check  # exit 1 when a row disagrees with the criterion

A person is well known (their `standalone` surname is reported in a document without a date)
when they have a `standalone` surname alias and held, at any time, one of the offices Arabic
news names people by surname alone: head of state or of government, foreign or defence
minister, or speaker of one of the key states (the Arab League, Iran, Israel, Turkey, the
permanent five, Germany, Italy, Japan, India, Pakistan, Afghanistan, Ethiopia, Ukraine: the list
in tests/persons.rs), head of state or of government of any other state (ترودو، بولسونارو), or
the head of an organization, the leader of a group or party, or an envoy of the gazetteer; a surname two persons share (بوش) is left to hand decisions, since
undated it can name only the one marked by hand. The flag only ever turns on here: a person set by hand (a historical
ruler without an office row) keeps it.
"""

import argparse
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "..", "gazetteers")

KEY_STATES = set(
    ["DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "IR", "IL", "TR", "US", "GB", "FR", "RU", "CN", "DE", "IT", "JP", "IN", "PK", "AF", "ET", "UA"]
)
STATE_ROLES = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister", "speaker"}
HEAD_ROLES = {"head_of_state", "head_of_government"}
ANY_ORG_ROLES = {"org_head", "group_leader", "party_leader", "envoy"}


def standalone_persons():
    """Persons with a standalone surname no other person's standalone surname repeats."""
    with open(os.path.join(GAZ, "official_aliases.tsv"), encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        bearers = {}
        for r in rows:
            if "standalone" in (r["flags"] or "").split("|"):
                bearers.setdefault(r["alias"], set()).add(r["official"])
    shared = {p for persons in bearers.values() if len(persons) > 1 for p in persons}
    return {p for persons in bearers.values() for p in persons} - shared


def key_office_holders():
    with open(os.path.join(GAZ, "offices.tsv"), encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {
            r["official"]
            for r in rows
            if (r["role"] in STATE_ROLES and r["org"] in KEY_STATES)
            or r["role"] in HEAD_ROLES
            or r["role"] in ANY_ORG_ROLES
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    wanted = standalone_persons() & key_office_holders()
    path = os.path.join(GAZ, "officials.tsv")
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = lines[0].split("\t")
    col = header.index("well_known")
    changed = []
    for i, line in enumerate(lines[1:], start=1):
        fields = line.split("\t")
        if line.startswith("#") or len(fields) <= col:
            continue
        if fields[0] in wanted and fields[col] != "yes":
            fields[col] = "yes"
            lines[i] = "\t".join(fields)
            changed.append(fields[0])
    if args.check:
        for person in changed:
            print(f"officials.tsv: {person} meets the well-known criterion but is not marked")
        sys.exit(1 if changed else 0)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print(f"{len(changed)} persons marked well known; {len(wanted)} meet the criterion")


if __name__ == "__main__":
    main()
