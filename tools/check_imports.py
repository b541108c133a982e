#!/usr/bin/env python3
"""Checks that src/'s imports point down the pipeline.

Reads every `crate::` and `super::` path in the non-test code of src/ (everything before the
first `#[cfg(test)]` of a file), maps each to the module file it names, and fails (exit 1) on
  - a cycle between module files (a uses b, b uses a, directly or through others), or
  - a cycle between the top-level layers, or an import that points up the layer order
    text, error < gazetteer < automaton < resolve < entity < extractor < stream.
Usage: tools/check_imports.py [SRC_DIR]
"""
import pathlib
import re
import sys

LAYERS = {"text": 0, "error": 0, "gazetteer_format": 0, "gazetteer": 1, "automaton": 2, "resolve": 3,
          "entity": 4, "json": 4.2, "profile": 4.5, "html": 4.6, "extractor": 5,
          "stream": 6}

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src")


def module_of(path):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] in ("lib", "main", "mod"):
        parts = parts[:-1]
    return tuple(parts)


def code_of(path):
    """The file's code before its test module, without comments and string literals."""
    text = path.read_text(encoding="utf-8")
    cut = text.find("#[cfg(test)]")
    if cut >= 0:
        text = text[:cut]
    text = re.sub(r"//[^\n]*", "", text)
    return re.sub(r'"(\\.|[^"\\])*"', '""', text)


def paths_in(code):
    """Every `crate::a::b` / `super::a` path, with `crate::{a, b::c}` groups expanded."""
    for m in re.finditer(r"\b(crate|super)((?:::\w+)*)::\{([^{}]*)\}", code):
        for item in m.group(3).split(","):
            item = item.strip()
            if item and item != "self":
                yield m.group(1), m.group(2) + "::" + item.split(" as ")[0]
    for m in re.finditer(r"\b(crate|super)((?:::\w+)+)", code):
        yield m.group(1), m.group(2)


files = sorted(root.rglob("*.rs"))
modules = {module_of(f): f for f in files}
edges = {f: set() for f in files}
for f in files:
    here = module_of(f)
    for kind, rest in paths_in(code_of(f)):
        path = [p for p in rest.split("::") if p]
        if kind == "crate":
            base = []
        else:
            # `super` of module a::b (file a/b.rs or a/b/mod.rs) is a
            base = list(here[:-1])
            while path and path[0] == "super":
                base, path = base[:-1], path[1:]
        full = tuple(base + path)
        for k in range(len(full), 0, -1):
            target = modules.get(full[:k])
            if target is not None:
                if target != f:
                    edges[f].add(target)
                break


def cycles(graph):
    """Strongly connected components with more than one node (Tarjan)."""
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component, key=str))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return found


def name(f):
    return str(f.relative_to(root))


def layer(f):
    parts = module_of(f)
    return parts[0] if parts else None


problems = 0
for component in cycles(edges):
    problems += 1
    print("import cycle between files:", " <-> ".join(name(f) for f in component))
    for a in component:
        for b in sorted(edges[a] & set(component), key=str):
            print(f"    {name(a)} uses {name(b)}")

layer_edges = {}
for f, targets in edges.items():
    a = layer(f)
    if a is None:
        continue  # lib.rs: re-exports only
    layer_edges.setdefault(a, set())
    for t in targets:
        b = layer(t)
        if b is None or b == a:
            continue
        layer_edges[a].add(b)
        layer_edges.setdefault(b, set())
        if a not in LAYERS or b not in LAYERS:
            problems += 1
            print(f"unknown layer: {name(f)} ({a}) uses {name(t)} ({b}); add it to LAYERS")
        elif LAYERS[b] > LAYERS[a]:
            problems += 1
            print(f"upward import: {name(f)} ({a}) uses {name(t)} ({b})")
for component in cycles(layer_edges):
    problems += 1
    print("import cycle between layers:", " <-> ".join(component))

edge_count = sum(len(t) for t in edges.values())
print(f"imports: {len(files)} files, {edge_count} edges between them, {problems} problem(s)")
sys.exit(1 if problems else 0)
