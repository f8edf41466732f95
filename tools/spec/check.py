#!/usr/bin/env python3
"""The spec check `make test` and `make lint` run (everything it reads is in this repository).

Usage: tools/spec/check.py [--verbose] [api.yaml]

1. Structure: api.yaml's canonical structure (spec_canon.py: paths, methods, parameters,
   bodies, responses, schemas, security; prose left out) is compared with the seed's
   (spec/seed/structure.json, the structure of spec/seed/signal-server-openapi.flattened.txt).
   Every difference must be covered by an entry of api.yaml's top-level `x-seed-errata`
   ({path: a prefix of the difference's key as printed, reason: why}). Entries may also
   record changes this comparison does not see (prose, x- extensions).
2. Generated code: generated/.generator-inputs.sha256 (written by build.rs when it regenerated
   generated/) must be the SHA-256 of api.yaml followed by build.rs and the files of tools/generator/, so
   the committed generated/ crate is the one they produce (`make generate` after editing
   api.yaml or the template).

Prints each undocumented difference (with --verbose, each documented one too) and a summary;
exits 1 on any failure.
"""
import hashlib
import json
import os
import sys

import yaml

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spec_canon import canon, flatten  # noqa: E402


def structure(doc, verbose):
    want = json.load(open(os.path.join(ROOT, "spec", "seed", "structure.json")))
    got = canon(doc)
    errata = [e for e in doc.get("x-seed-errata") or [] if isinstance(e, dict)]
    failures = 0
    for e in errata:
        if not (isinstance(e.get("path"), str) and e["path"] and e.get("reason")):
            print(f"BAD ERRATUM {e!r}: needs a path and a reason")
            failures += 1
    prefixes = [e["path"] for e in errata if isinstance(e.get("path"), str) and e["path"]]
    seed, ours = dict(flatten(want)), dict(flatten(got))
    documented = 0
    for key in sorted(set(seed) | set(ours)):
        if seed.get(key) == ours.get(key):
            continue
        covering = [p for p in prefixes if key.startswith(p)]
        if covering:
            documented += 1
            if verbose:
                print(f"erratum {key}: seed={seed.get(key, '(absent)')} "
                      f"file={ours.get(key, '(absent)')}")
        else:
            failures += 1
            print(f"DIFF {key}: seed={seed.get(key, '(absent)')} file={ours.get(key, '(absent)')}")
    print(f"structure: {failures} failures, {documented} documented differences, "
          f"{len(prefixes)} errata, {len(got['operations'])} operations, {len(got['schemas'])} schemas")
    return failures


# The generator's inputs besides api.yaml (build.rs post-processes its output), in build.rs's
# hashing order.
GENERATOR_INPUTS = ["build.rs", "tools/generator/config.yaml", "tools/generator/forward.mustache"]


def generated(path):
    recorded_file = os.path.join(ROOT, "generated", ".generator-inputs.sha256")
    digest = hashlib.sha256(open(path, "rb").read())
    for name in GENERATOR_INPUTS:
        digest.update(open(os.path.join(ROOT, name), "rb").read())
    actual = digest.hexdigest()
    recorded = open(recorded_file).read().strip() if os.path.exists(recorded_file) else "(none)"
    if actual != recorded:
        print(f"GENERATED generated/ was made from another api.yaml or tools/generator/ (recorded "
              f"{recorded}, the inputs hash to {actual}): run `make generate` and commit generated/")
        return 1
    print("generated: generated/ matches api.yaml and tools/generator/")
    return 0


def main():
    args = sys.argv[1:]
    verbose = "--verbose" in args
    args = [a for a in args if a != "--verbose"]
    path = args[0] if args else os.path.join(ROOT, "api.yaml")
    doc = yaml.safe_load(open(path))
    failures = structure(doc, verbose) + generated(path)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
