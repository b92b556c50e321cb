#!/usr/bin/env bash
# Builds the libFuzzer targets in Tests/Fuzz, replays every saved regression input, then fuzzes each target
# for SECONDS from a fresh seed corpus (seeds.py: the fixtures and a random sample of ../shared/corpus).
#
#   Tests/Fuzz/run.sh [TARGET|all] [SECONDS]     TARGET: page snippets intake-config request search
#
# A crash, a hang over 10 s or a memory blow-up fails the run, and its input is saved under
# Tests/Fuzz/regressions/TARGET/, where it stays as a test: commit it with the fix.
# Environment: FUZZ_SAMPLE corpus files sampled per target (300), FUZZ_ARGS extra libFuzzer options.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
# SwiftPM names a package after its folder: Tests/Fuzz is "fuzz", so the checkout must be called otherwise.
if [ "$(basename "$root" | tr '[:upper:]' '[:lower:]')" = fuzz ]; then
  echo "error: the checkout folder is named '$(basename "$root")', like the fuzz package; rename it" >&2
  exit 2
fi
targets=(page snippets intake-config request search)
selected="${1:-all}"
seconds="${2:-30}"
if [ "$selected" != all ] && [[ ! " ${targets[*]} " =~ " $selected " ]]; then
  echo "usage: Tests/Fuzz/run.sh [all|${targets[*]// /|}] [SECONDS]" >&2
  exit 2
fi
[ "$selected" = all ] || targets=("$selected")

scratch="$root/.build-fuzz"
# Optimized, with libFuzzer and AddressSanitizer; linked by the toolchain's lld (gold fails on these links).
build=(swift build --package-path Tests/Fuzz --scratch-path "$scratch" -c release
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld)
echo "== building fuzz targets: ${targets[*]}"
if [ "$selected" = all ]; then "${build[@]}"; else "${build[@]}" --product "fuzz-$selected"; fi
bin="$("${build[@]}" --show-bin-path)"

# Largest input per target: a page or a config file, a request, a query.
declare -A max_len=([page]=32768 [snippets]=32768 [intake-config]=16384 [request]=8192 [search]=2048)
# Leak checking is off: LeakSanitizer takes memory Swift still references (fixtures kept in globals) for leaks.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
# libFuzzer prints the stack of a crash; Swift's own backtracer would only add noise under AddressSanitizer.
export SWIFT_BACKTRACE=enable=no
common=(-timeout=10 -rss_limit_mb=4096 -detect_leaks=0)
status=0
for target in "${targets[@]}"; do
  fuzzer="$bin/fuzz-$target"
  regressions="Tests/Fuzz/regressions/$target"
  mapfile -t saved < <(find "$regressions" -type f ! -name '*.md' 2>/dev/null | sort)
  if [ ${#saved[@]} -gt 0 ]; then
    echo "== $target: replaying ${#saved[@]} regression inputs"
    "$fuzzer" "${common[@]}" "${saved[@]}" || { echo "$target: a saved regression input fails" >&2; status=1; continue; }
  fi
  seeds="$(mktemp -d)"
  python3 Tests/Fuzz/seeds.py "$target" "$seeds" "${FUZZ_SAMPLE:-300}"
  corpus="$scratch/corpus/$target"   # what earlier local runs found; the seeds are read, never written
  mkdir -p "$corpus" "$regressions"
  echo "== $target: fuzzing for $seconds s"
  echo "   $fuzzer ${common[*]} -max_len=${max_len[$target]} -dict=Tests/Fuzz/dictionaries/$target.dict -max_total_time=$seconds $corpus SEEDS"
  if ! "$fuzzer" "${common[@]}" -max_len="${max_len[$target]}" -dict="Tests/Fuzz/dictionaries/$target.dict" \
      -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$regressions/" ${FUZZ_ARGS:-} \
      "$corpus" "$seeds"; then
    echo "$target: fuzzing found a failure; its input is saved in $regressions/ (replay: $fuzzer FILE)" >&2
    status=1
  fi
  rm -rf "$seeds"
done
exit $status
