#!/bin/sh
# Runs every built fuzz target for SECONDS (default 60) with the real captures as seed corpus.
# Not a CTest test: a fuzz run is a time budget, not a pass/fail check. Build first, e.g. with the preset:
#   cmake --preset fuzz && cmake --build build/fuzz --target fuzz_parsers
# Usage: tests/fuzz/run_fuzz.sh [SECONDS] [BUILD_DIR]   (BUILD_DIR default: build/fuzz, else build-fuzz)
#        MODELPULSE_FUZZ_RUNS=10000000 tests/fuzz/run_fuzz.sh   (a number of executions per target instead)
# Exit status is non-zero on the first finding; the crashing input is left in BUILD_DIR.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
secs=${1:-60}
build=${2:-$root/build/fuzz}
[ -n "${2:-}" ] || [ -d "$build/tests/fuzz" ] || build=$root/build-fuzz
found=0
for exe in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    name=$(basename "$exe")
    # libFuzzer writes new inputs into the FIRST corpus dir: that must never be the fixtures, whose
    # sha256 sums test_fixtures checks.
    corpus="$build/corpus/$name"
    mkdir -p "$corpus"
    # Incident prose is short; the 50 KB captures as seeds would make attribution fuzzing crawl (~20 execs/s).
    extra=""
    [ "$name" = fuzz_attribution ] && extra="-max_len=4096"
    # QSettings' process-wide file cache makes every input look like a leak (a full LeakSanitizer scan each time,
    # ~70 execs/s); see fuzz_settings.cpp.
    # A settings file is a few hundred bytes; 4 KB inputs keep it at thousands of executions a second.
    [ "$name" = fuzz_settings ] && extra="-detect_leaks=0 -max_len=4096"
    # Seeds: the real captures (every target reads JSON or text), plus the target's own small seeds where it has
    # them (API replies, /v1/models pages, Retry-After values, cost and settings files).
    seeds="$root/tests/fixtures/statuspage $root/tests/fixtures/anthropic"
    [ -d "$root/tests/fuzz/seeds/$name" ] && seeds="$seeds $root/tests/fuzz/seeds/$name"
    # MODELPULSE_FUZZ_RUNS=N: a number of executions instead of a time budget.
    budget="-max_total_time=$secs"
    [ -n "${MODELPULSE_FUZZ_RUNS:-}" ] && budget="-runs=$MODELPULSE_FUZZ_RUNS"
    echo "== $name ($budget)"
    # shellcheck disable=SC2086
    "$exe" $budget -print_final_stats=1 -artifact_prefix="$build/$name-" $extra "$corpus" $seeds
    found=1
done
[ "$found" = 1 ] || { echo "no fuzz targets in $build/tests/fuzz (configure with -DMODELPULSE_FUZZ=ON and clang++)" >&2; exit 2; }
