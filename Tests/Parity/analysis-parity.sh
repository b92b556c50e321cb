#!/usr/bin/env bash
# Checks that search.js and the Swift TextAnalyzer agree exactly: normalize() on every code point
# assigned before Unicode 16 (later ones depend on each runtime's Unicode data), and the terms and
# offsets of every Markdown file of the benchmark corpora.
# Usage: Tests/Parity/analysis-parity.sh [CORPUS_DIR...]   (default: shared/corpus beside the repository)
# SWIFT_SCRATCH_PATH picks the SwiftPM build folder (default .build).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ "$#" -eq 0 ]; then set -- "$root/../shared/corpus"; fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

node --experimental-detect-module "$here/analysis-parity.mjs" "$out" "$@"
cd "$root"
DESKBOOK_ANALYSIS_PARITY="$out" swift test --scratch-path "${SWIFT_SCRATCH_PATH:-.build}" --filter AnalysisParity
