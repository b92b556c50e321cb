#!/usr/bin/env bash
# Checks that search.js and the Swift SearchEngine give the same results (urls, order, scores,
# excerpts) for every query of search-parity-queries.json on the example site's index.
# SWIFT_SCRATCH_PATH picks the SwiftPM build folder (default .build).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="${SWIFT_SCRATCH_PATH:-.build}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

cd "$root"
swift build --scratch-path "$scratch" --product deskbook >/dev/null
"$scratch/debug/deskbook" build --source . --output "$out/site" >/dev/null
node --experimental-detect-module "$here/search-parity.mjs" "$out/site/search" "$out/search-js.json"
DESKBOOK_SEARCH_PARITY="$out" swift test --scratch-path "$scratch" --filter SearchParity
