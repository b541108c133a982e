#!/usr/bin/env python3
"""Lists the public items of src/ whose rustdoc has no code example (a ``` block).

An item is public when it is declared `pub` (not `pub(crate)`) outside a `#[cfg(test)]` module
and, for an associated item, its `impl` is of a type the crate exports (a name in a `pub use` of
src/lib.rs, or an item of a `pub mod`). Struct fields and enum variants are not items here: their
type's example covers them. Trait-impl methods (`impl Display for X`) are documented by the trait.
Exit 1 if any item lacks an example; `--list` prints them all with their status.
Usage: tools/doc_examples.py [--list] [SRC_DIR]
"""
import pathlib
import re
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
listing = "--list" in sys.argv
root = pathlib.Path(args[0] if args else "src")
lib = (root / "lib.rs").read_text(encoding="utf-8")
exported = set()
for m in re.finditer(r"pub use [\w:]+::\{([^}]*)\}|pub use [\w:]+::(\w+);", lib):
    names = m.group(1) if m.group(1) is not None else m.group(2)
    exported.update(n.strip() for n in names.split(",") if n.strip())
public_mods = set(re.findall(r"^pub mod (\w+);", lib, re.M))

ITEM = re.compile(r"^\s*pub (?:const )?(fn|struct|enum|trait|type|const|mod|static)\s+(\w+)")
# The enums made by the `token_enum!` macro: `token_enum! {`, their docs, then `Name {`.
MACRO_ITEM = re.compile(r"^    ([A-Z]\w+) \{$")
IMPL = re.compile(r"^impl(?:<[^>]*>)?\s+(?:([\w:]+)(?:<[^>]*>)?\s+for\s+)?(\w+)")

missing, total = [], 0
for path in sorted(root.rglob("*.rs")):
    text = path.read_text(encoding="utf-8")
    cut = text.find("#[cfg(test)]")
    lines = (text[:cut] if cut >= 0 else text).split("\n")
    module_public = path.stem in public_mods or path.parent.name in public_mods
    impl_type, trait_impl = None, False
    doc = []
    in_macro = False
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        m = IMPL.match(line)
        if m:
            trait_impl, impl_type = m.group(1) is not None, m.group(2)
        if stripped.startswith("///"):
            doc.append(stripped)
            continue
        if stripped.startswith("#[") or stripped.startswith("#!["):
            continue
        if stripped.startswith("token_enum!"):
            in_macro = True
            continue
        im = ITEM.match(line)
        mm = MACRO_ITEM.match(line) if in_macro else None
        if mm:
            in_macro = False
            im = mm
            kind, name = "enum", mm.group(1)
            line = name  # a top-level item
        if im:
            if not mm:
                kind, name = im.groups()
            indented = line.startswith(" ")
            if indented:
                public = not trait_impl and (impl_type in exported or module_public)
            else:
                public = name in exported or module_public or kind == "mod"
            if public and "#[doc(hidden)]" not in "\n".join(lines[max(0, n - 4):n]):
                total += 1
                has = any("```" in d for d in doc)
                if kind == "mod" and not indented:
                    for f in (root / f"{name}.rs", root / name / "mod.rs"):
                        if f.exists():
                            has = has or "//! ```" in f.read_text(encoding="utf-8")
                where = f"{path}:{n}: {kind} {impl_type + '::' if indented and impl_type else ''}{name}"
                if not has:
                    missing.append(where)
                if listing:
                    print(("ok      " if has else "MISSING ") + where)
        doc = []
print(f"{total - len(missing)} of {total} public items have an example")
for m in missing:
    print("  no example:", m)
sys.exit(1 if missing else 0)
