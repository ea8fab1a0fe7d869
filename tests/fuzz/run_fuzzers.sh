#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) in their own build
# folder and runs each over its seed corpus and regression files:
#   run_fuzzers.sh SECONDS_PER_TARGET [RUNS]
# SAMENSPEL_FUZZ_TARGETS picks the targets (default: the three loaders).
# fuzz_hub_import first runs hub_hostile, which checks the hostile bundles'
# required outcomes and leaves them (with sealed, cut and flipped variants of
# the seeds) as extra corpus.
# A crash is saved in a scratch folder and fails the run; copy it into
# tests/fuzz/regressions/<target>/ to keep it as a permanent regression.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
seconds="${1:-20}"
runs="${2:--1}"
build="${SAMENSPEL_FUZZ_BUILD:-$root/build-fuzz}"
targets=(${SAMENSPEL_FUZZ_TARGETS:-fuzz_deck_json fuzz_record fuzz_bundle})
build_targets=("${targets[@]}")
[[ " ${targets[*]} " == *" fuzz_hub_import "* ]] && build_targets+=(hub_hostile)
hubdir=""
trap 'if [ -n "$hubdir" ]; then rm -rf "$hubdir"; fi' EXIT
CXX=clang++ CC=clang cmake -S "$root" -B "$build" -DSAMENSPEL_FUZZ=ON -DSAMENSPEL_BUILD_APP=OFF \
  -DSAMENSPEL_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo > "$build.configure.log" 2>&1 \
  || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j "$(nproc)" --target "${build_targets[@]}" > "$build.build.log" 2>&1 \
  || { tail -50 "$build.build.log"; exit 1; }
# ASan keeps freed memory in a 256 MB quarantine by default, which alone
# trips -rss_limit_mb=256 on long runs; a smaller one still finds use-after-free.
export ASAN_OPTIONS="quarantine_size_mb=16"
export UBSAN_OPTIONS="suppressions=$here/ubsan.supp:print_stacktrace=1:halt_on_error=1"
for target in "${targets[@]}"; do
  scratch="$(mktemp -d)"
  corpus=("$scratch")
  for d in "$here/corpus/$target" "$here/regressions/$target"; do
    [ -d "$d" ] && corpus+=("$d")
  done
  if [ "$target" = fuzz_hub_import ]; then
    # The hub databases (one copy per input) on tmpfs when there is one.
    hubdir="$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)"
    export SAMENSPEL_FUZZ_HUB_DIR="$hubdir"
    echo "== hub_hostile"
    TMPDIR="$hubdir" "$build/tests/fuzz/hub_hostile" "$here/corpus/$target" "$scratch.hostile" > "$scratch.hostile.log" 2>&1 \
      || { cat "$scratch.hostile.log" >&2; echo "hub_hostile failed" >&2; exit 1; }
    grep -E "^(FAIL|     peak)|hostile bundles" "$scratch.hostile.log" || true
    corpus+=("$scratch.hostile")
  fi
  echo "== $target: ${seconds}s"
  rc=0
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -runs="$runs" -rss_limit_mb=256 -malloc_limit_mb=64 \
    -artifact_prefix="$scratch/crash-" -print_final_stats=1 "${corpus[@]}" > "$scratch.log" 2>&1 || rc=$?
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|ERROR|SUMMARY" "$scratch.log" || true
  if [ "$rc" -ne 0 ]; then
    tail -40 "$scratch.log" >&2
    echo "$target failed (exit $rc); artifacts: $(ls "$scratch"/crash-* 2>/dev/null)" >&2
    exit 1
  fi
  if ls "$scratch"/crash-* >/dev/null 2>&1; then
    echo "$target found a crash: $(ls "$scratch"/crash-*)" >&2
    exit 1
  fi
  rm -rf "$scratch" "$scratch.log" "$scratch.hostile" "$scratch.hostile.log"
done
echo "fuzzing: no crashes"
