#!/usr/bin/env python3
"""Checks alam's HTML view as rendered by a real browser (run by tools/html_check.sh).

From the DOM that headless Chromium dumped (--dump-dom):
  - the document text is shown exactly as the input (tooltips left out);
  - every mention is highlighted once: the marks, in order, are exactly the entities that
    `extract --json` found, and (when given) exactly the hand-checked expected list;
  - each mark carries its kind as class `m k-<kind>`, is focusable and has a non-empty tooltip;
  - no mark is nested in another; the profile lists at least one entity.
From the screenshot (--screenshot, PNG decoded with the standard library only):
  - it is not blank: enough non-white pixels and distinct colours;
  - the highlight colour of every kind present in the text is painted;
  - with --tooltip (the page was loaded with one mark focused), the tooltip is painted.

Usage: html_check.py --text TEXT --dom DOM --png PNG --json ENTITIES.jsonl [--expected TSV]
                     [--tooltip]
Exit status 0 when every check passes, 1 otherwise (each failure on its own line).
"""

import argparse
import json
import struct
import sys
import zlib
from html.parser import HTMLParser

# The background colour of each kind's highlight (src/html.css).
KIND_COLOURS = {
    "country": (0xDB, 0xE7, 0xFD),
    "official": (0xFD, 0xE4, 0xB8),
    "armed_group": (0xFB, 0xD3, 0xD3),
}
# The tooltip's background (src/html.css), painted when a mark has focus.
TOOLTIP_COLOUR = (0x1F, 0x24, 0x30)
# Pixels of a kind's colour a screenshot must show per mention of that kind (a short word
# highlighted at 1.15rem covers well over 300 pixels).
MIN_PIXELS_PER_MENTION = 150


class Page(HTMLParser):
    """Collects the shown text and the marks of the first `.text` block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, classes)
        self.text = None
        self.marks = []  # dicts: kind, id, classes, tabindex, text, tip
        self.profile_items = 0
        self.errors = []

    def inside(self, cls):
        return any(cls in classes for _, classes in self.stack)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if "text" in classes and self.text is None:
            self.text = ""
        if tag == "mark" and self.inside("text"):
            if any(t == "mark" for t, _ in self.stack):
                self.errors.append("a mark nested in another")
            self.marks.append(
                {
                    "kind": a.get("data-kind"),
                    "id": a.get("data-id"),
                    "classes": classes,
                    "tabindex": a.get("tabindex"),
                    "text": "",
                    "tip": "",
                }
            )
        if tag == "li" and self.inside("rank"):
            self.profile_items += 1
        if tag not in ("meta", "br", "img", "input", "link"):
            self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self.inside("text"):
            return
        in_mark = any(t == "mark" for t, _ in self.stack)
        if self.inside("tip"):
            if in_mark and self.marks:
                self.marks[-1]["tip"] += data
            return
        self.text += data
        if in_mark and self.marks:
            self.marks[-1]["text"] += data


def decode_png(path):
    """Width, height and rows of (r, g, b) tuples of an 8-bit RGB/RGBA non-interlaced PNG."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"unsupported PNG (depth {depth}, colour type {colour})")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        filt = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up = prev[i]
            ul = prev[i - bpp] if i >= bpp else 0
            if filt == 1:
                line[i] = (line[i] + left) & 0xFF
            elif filt == 2:
                line[i] = (line[i] + up) & 0xFF
            elif filt == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif filt == 4:
                p = left + up - ul
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - ul)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else ul
                line[i] = (line[i] + pred) & 0xFF
        rows.append([tuple(line[x * bpp : x * bpp + 3]) for x in range(width)])
        prev = line
    return width, height, rows


def check_dom(page, text, entities, expected):
    errors = list(page.errors)
    if page.text is None:
        return errors + ["no .text block in the DOM"]
    if page.text != text:
        errors.append("the shown text differs from the input")
    marks = [(m["kind"], m["id"], m["text"]) for m in page.marks]
    if marks != entities:
        errors.append(f"marks {len(marks)} != extract --json entities {len(entities)}")
        for i, (got, want) in enumerate(zip(marks, entities)):
            if got != want:
                errors.append(f"  first difference at mention {i}: {got} != {want}")
                break
    if expected is not None and marks != expected:
        errors.append(f"marks {len(marks)} != the expected list {len(expected)}")
    for m in page.marks:
        if m["classes"] != ["m", f"k-{m['kind']}"]:
            errors.append(f"mark {m['text']!r} has classes {m['classes']}")
        if m["tabindex"] != "0":
            errors.append(f"mark {m['text']!r} is not focusable")
        if not m["tip"].strip():
            errors.append(f"mark {m['text']!r} has no tooltip")
    if page.profile_items == 0:
        errors.append("the profile lists no entity")
    return errors


def check_png(path, kinds, tooltip):
    """`kinds`: mention count per kind present in the text; `tooltip`: one must be shown."""
    width, height, rows = decode_png(path)
    counts = {}
    for row in rows:
        for px in row:
            counts[px] = counts.get(px, 0) + 1
    total = width * height
    white = sum(n for px, n in counts.items() if min(px) >= 0xF0)
    errors = []
    if total - white < total // 20:
        errors.append(f"screenshot nearly blank: {total - white} of {total} pixels not white")
    if len(counts) < 64:
        errors.append(f"screenshot has only {len(counts)} distinct colours")
    for kind, n in kinds.items():
        painted = counts.get(KIND_COLOURS[kind], 0)
        if painted < MIN_PIXELS_PER_MENTION * min(n, 3):
            errors.append(f"{kind} highlight colour painted on only {painted} pixels")
    if tooltip and counts.get(TOOLTIP_COLOUR, 0) < 5000:
        errors.append(f"no tooltip painted ({counts.get(TOOLTIP_COLOUR, 0)} pixels of its colour)")
    summary = {
        "size": f"{width}x{height}",
        "distinct_colours": len(counts),
        "non_white": round((total - white) / total, 3),
        "kind_pixels": {k: counts.get(c, 0) for k, c in KIND_COLOURS.items()},
        "tooltip_pixels": counts.get(TOOLTIP_COLOUR, 0),
    }
    return errors, summary


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", required=True)
    ap.add_argument("--dom", required=True)
    ap.add_argument("--png", required=True)
    ap.add_argument("--json", required=True, help="extract --json output of the same text")
    ap.add_argument("--expected", help="hand-checked TSV: kind, id, text per mention")
    ap.add_argument("--tooltip", action="store_true", help="the screenshot shows a tooltip")
    args = ap.parse_args()
    with open(args.text, encoding="utf-8") as f:
        text = f.read()
    with open(args.json, encoding="utf-8") as f:
        entities = [
            (e["kind"], e["id"], e["text"])
            for e in map(json.loads, filter(str.strip, f))
            if e.get("parent") is None
        ]
    expected = None
    if args.expected:
        with open(args.expected, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f][1:]
        expected = [tuple(l.split("\t")) for l in lines if l and not l.startswith("#")]
    page = Page()
    with open(args.dom, encoding="utf-8") as f:
        page.feed(f.read())
    errors = check_dom(page, text, entities, expected)
    kinds = {}
    for kind, _, _ in entities:
        kinds[kind] = kinds.get(kind, 0) + 1
    png_errors, summary = check_png(args.png, kinds, args.tooltip)
    errors += png_errors
    print(
        f"html_check: {len(page.marks)} marks ({', '.join(f'{k} {n}' for k, n in sorted(kinds.items()))}), "
        f"{page.profile_items} profile entries; screenshot {summary}"
    )
    for e in errors:
        print(f"html_check: FAIL {e}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
