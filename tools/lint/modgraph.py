#!/usr/bin/env python3
"""Module dependency graph of a Rust crate's `src/`, from its `crate::`/`super::` paths.

Usage: modgraph.py [SRC_DIR] [--edges]
  Fails (exit 1) on
  * an import cycle between modules (a strongly connected component of more than one);
  * an import cycle between the top-level modules (the layer folders and the shared modules);
  * an import against the layer order (RANK below: a module may import its own rank or lower).
  --edges prints the graph of the top-level modules.

A module is a file: src/a/b.rs or src/a/b/mod.rs is `a::b`. A reference `crate::a::b::c`
counts as an edge to the deepest module that exists (`a::b` here). A module's `mod x;`
declarations are not edges; its uses of its children are.
"""
import os
import re
import sys


def strip(text):
    """Removes comments, string and char literals (keeps lengths irrelevant)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    i += 1
        elif c == "r" and re.match(r'r#*"', text[i:i + 10]) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            m = re.match(r'r(#*)"', text[i:])
            end = '"' + m.group(1)
            j = text.find(end, i + len(m.group(0)))
            i = n if j < 0 else j + len(end)
            out.append('""')
        elif c == '"':
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
            out.append('""')
        elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i:i + 4]) or text.startswith("'\\u{", i):
            j = text.find("'", i + 1 if text[i + 1] != "\\" else i + 2)
            i = j + 1
            out.append("' '")
        else:
            out.append(c)
            i += 1
    return "".join(out)


IDENT = r"[A-Za-z_][A-Za-z0-9_]*"


def modules(src):
    mods = {}
    for root, _, files in os.walk(src):
        for f in files:
            if not f.endswith(".rs"):
                continue
            path = os.path.join(root, f)
            rel = os.path.relpath(path, src)[:-3].split(os.sep)
            if rel[-1] == "mod":
                rel = rel[:-1]
            if rel in (["lib"], ["main"]):
                rel = []
            mods[tuple(rel)] = path
    return mods


def paths_in_group(text, i):
    """Parses a `{a::b, c::{d, e}, f}` group starting at text[i] == '{'; returns (paths, end)."""
    paths, cur, i = [], [], i + 1
    while i < len(text):
        m = re.compile(r"\s*").match(text, i)
        i = m.end()
        if text[i] == "}":
            if cur:
                paths.append(cur)
            return paths, i + 1
        if text[i] == ",":
            if cur:
                paths.append(cur)
            cur, i = [], i + 1
            continue
        if text[i] == "{":
            sub, i = paths_in_group(text, i)
            paths.extend(cur + p for p in sub)
            cur = []
            continue
        if text.startswith("::", i):
            i += 2
            continue
        m = re.compile(IDENT + "|\\*").match(text, i)
        if m:
            if m.group(0) == "as":
                # `x as y`: skip the alias
                m2 = re.compile(r"\s*" + IDENT).match(text, m.end())
                i = m2.end()
                continue
            cur.append(m.group(0))
            i = m.end()
        else:
            i += 1
    return paths, i


def references(text):
    """Every path after `crate::` or `super::` (as ('crate'|'super'*k, [segments]))."""
    refs = []
    for m in re.finditer(r"(?<![A-Za-z0-9_:])((?:crate|(?:super::)*super)::)", text):
        base = m.group(1)
        i = m.end()
        if i < len(text) and text[i] == "{":
            for p in paths_in_group(text, i)[0]:
                refs.append((base, p))
        else:
            seg = re.compile(r"(" + IDENT + r")(::(?!\{)|::(?=\{))?").match
            p = []
            while True:
                s = seg(text, i)
                if not s:
                    break
                p.append(s.group(1))
                i = s.end()
                if not s.group(2):
                    break
                if i < len(text) and text[i] == "{":
                    for q in paths_in_group(text, i)[0]:
                        refs.append((base, p + q))
                    p = None
                    break
            if p:
                refs.append((base, p))
    return refs


def graph(src):
    mods = modules(src)
    edges = {m: set() for m in mods}
    for mod, path in mods.items():
        text = strip(open(path, encoding="utf-8").read())
        is_dir_mod = path.endswith("mod.rs") or mod == ()
        for base, p in references(text):
            if base == "crate::":
                start = []
            else:
                ups = base.count("super")
                here = list(mod) if is_dir_mod else list(mod[:-1])
                # `super` from a file module a/b.rs is `a`; from a/b/mod.rs it is `a` too.
                parent = list(mod[:-1])
                start = parent[: len(parent) - (ups - 1)] if ups >= 1 else here
            full = start + [s for s in p if s != "*"]
            target = None
            for k in range(len(full), -1, -1):
                if tuple(full[:k]) in mods:
                    target = tuple(full[:k])
                    break
            if target is not None and target != mod and target != ():
                edges[mod].add(target)
    return edges


def sccs(edges):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(comp)

    sys.setrecursionlimit(10000)
    for v in list(edges):
        if v not in index:
            visit(v)
    return out


# The layers, from the wire down. A module imports only modules of its own rank or lower;
# within a rank, only without cycles.
RANK = {
    "http": 5, "cli": 5,
    "api": 4,
    "state": 3,
    "domain": 2,
    "events": 1, "db": 1, "config": 1, "crypto": 1,
    "error": 0, "types": 0, "b64": 0, "proto": 0, "metrics": 0,
}


def name(m):
    return "::".join(m) or "crate"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    src = args[0] if args else "src"
    edges = graph(src)
    failed = False
    for c in sccs(edges):
        if len(c) > 1:
            failed = True
            print(f"cycle of {len(c)} modules: {', '.join(sorted(name(m) for m in c))}")
    top = {}
    for a, bs in edges.items():
        if a:
            top.setdefault(a[:1], set()).update(b[:1] for b in bs if b[:1] != a[:1])
    for c in sccs(top):
        if len(c) > 1:
            failed = True
            print(f"cycle between layers: {', '.join(sorted(name(m) for m in c))}")
    for a, bs in sorted(top.items()):
        if a[0] not in RANK:
            failed = True
            print(f"{name(a)}: a top-level module without a layer (add it to RANK in {__file__})")
            continue
        for b in sorted(bs):
            if b[0] in RANK and RANK[b[0]] > RANK[a[0]]:
                failed = True
                culprits = sorted(name(x) for x, ys in edges.items() if x[:1] == a and any(y[:1] == b for y in ys))
                print(f"{name(a)} (rank {RANK[a[0]]}) imports {name(b)} (rank {RANK[b[0]]}): {', '.join(culprits)}")
    if "--edges" in sys.argv:
        for a in sorted(top):
            print(f"{name(a)} -> {', '.join(sorted(name(b) for b in top[a]))}")
    if failed:
        return 1
    print(f"no module cycle among {len(edges)} modules; {len(top)} top-level modules in layer order")
    return 0


if __name__ == "__main__":
    sys.exit(main())
