#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ (clang, ASan + UBSan) and runs one:
#   scripts/fuzz.sh TARGET SECONDS [LIBFUZZER FLAGS...]
#   scripts/fuzz.sh all SECONDS [LIBFUZZER FLAGS...]    each target in turn
#   scripts/fuzz.sh list                                the targets
# A crash, a sanitizer report, a leak, an input slower than 2 s or one that
# needs more than 2 GB fails the run (exit non-zero); the input that did it is
# kept in BUILD/artifacts/TARGET/. New inputs go to BUILD/corpus/TARGET/, which
# later runs start from as well as the seeds in tests/fuzz/corpus/TARGET/
# (never written). Extra flags go to libFuzzer after the defaults, so they win:
#   scripts/fuzz.sh markdown_html 3600 -jobs=2 -workers=2
# KLYNGE_FUZZ_BUILD_DIR chooses the build folder (default build-fuzz/).
set -uo pipefail
cd "$(dirname "$0")/.."
readonly root="$PWD"
build_dir="${KLYNGE_FUZZ_BUILD_DIR:-build-fuzz}"
[[ "$build_dir" = /* ]] || build_dir="$root/$build_dir"  # the fuzzers run in their own folders
readonly build_dir
readonly seeds="$root/tests/fuzz/corpus"

targets() {
  local f
  for f in tests/fuzz/*_fuzzer.cc; do
    f="${f##*/}"
    echo "${f%_fuzzer.cc}"
  done
}

usage() {
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS [LIBFUZZER FLAGS...]" >&2
  echo "targets: $(targets | tr '\n' ' ')" >&2
  exit 2
}

build() {
  # A new folder is a fuzz-only build. One configured before keeps its own
  # settings (test.sh's sanitizer build also holds the tests, at -O1) and only
  # gets KLYNGE_FUZZ turned on. CC/CXX only matter on the first configure.
  if [ -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -DKLYNGE_FUZZ=ON >/dev/null || return 1
  else
    CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DKLYNGE_FUZZ=ON -DKLYNGE_TESTS=OFF >/dev/null || return 1
  fi
  cmake --build "$build_dir" -j "$(nproc 2>/dev/null || echo 2)" --target "$@"
}

# The libFuzzer dictionary of TARGET: the syntax its input is written in.
dictionary() {
  case "$1" in
    markdown_*) echo "$root/tests/fuzz/markdown.dict" ;;
    observations_csv) echo "$root/tests/fuzz/csv.dict" ;;
    *) echo "$root/tests/fuzz/yaml.dict" ;;  # the YAML files and package.md's front matter
  esac
}

# run TARGET SECONDS FLAGS...: one fuzzing session; its exit code.
run() {
  local target="$1" seconds="$2"
  shift 2
  local corpus="$build_dir/corpus/$target" artifacts="$build_dir/artifacts/$target/"
  local work="$build_dir/run/$target"  # -jobs writes its fuzz-N.log files here
  mkdir -p "$corpus" "$artifacts" "$work"
  echo "fuzz: $target for $seconds s (corpus $corpus, seeds $seeds/$target)"
  # Exit 77: a crash, a sanitizer report or a leak (libFuzzer's and the
  # sanitizers' own exit code); 70: one input took over -timeout seconds. The
  # input is saved under -artifact_prefix either way.
  (cd "$work" &&
    ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:exitcode=77}" \
      LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$root/tests/fuzz/lsan.supp}" \
      UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:exitcode=77}" \
      "$build_dir/fuzz_$target" -max_total_time="$seconds" -timeout=2 -rss_limit_mb=2048 \
      -max_len=16384 -error_exitcode=77 -timeout_exitcode=70 -print_final_stats=1 \
      -dict="$(dictionary "$target")" -artifact_prefix="$artifacts" "$@" "$corpus" "$seeds/$target")
  local rc=$?
  if [ "$rc" -eq 0 ]; then
    echo "fuzz: $target: nothing found in $seconds s"
  else
    echo "fuzz: $target FAILED (exit $rc): $(ls -td "$artifacts"* 2>/dev/null | head -1)"
  fi
  return "$rc"
}

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then
  targets
  exit 0
fi
[ $# -ge 2 ] || usage
target="$1"
seconds="$2"
shift 2
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

if [ "$target" = all ]; then
  build klynge_fuzzers || exit 1
  failed=()
  for t in $(targets); do run "$t" "$seconds" "$@" || failed+=("$t"); done
  if [ "${#failed[@]}" -gt 0 ]; then
    echo "fuzz: failed: ${failed[*]}"
    exit 1
  fi
  echo "fuzz: every target ran $seconds s without a finding"
  exit 0
fi
targets | grep -qx "$target" || usage
build "fuzz_$target" || exit 1
run "$target" "$seconds" "$@"
