#!/usr/bin/env bash
# Re-fetches the API reference viewer embedded in the binary (served at /docs) from npm:
# redoc's standalone bundle, pinned. The files are committed so that the build needs no
# network; run this to check them or to move to another version (update VERSION and SHA256).
set -euo pipefail
VERSION=2.5.2
SHA256=6beb5aea23b71d09122ee35de8f326e38aec050e774f3bfba1f34e5c36608986
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "redoc@$VERSION" >/dev/null && tar xzf "redoc-$VERSION.tgz")
cp "$tmp/package/bundles/redoc.standalone.js" "$tmp/package/bundles/redoc.standalone.js.LICENSE.txt" .
cp "$tmp/package/LICENSE" LICENSE
echo "$SHA256  redoc.standalone.js" | sha256sum -c -
