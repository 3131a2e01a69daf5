#!/usr/bin/env bash
# Runs the whole test suite, as CI does (.ci/run calls exactly this):
#   deps    Debian packages (install-deps.sh --test) and the npm web checkers
#   build   configure and build klynge and its tests (Ninja, ccache)
#   ctest   every GoogleTest test, end-to-end tests included
#   site    build the sample content into a throw-away output folder
#   html    Nu Html Checker over every page of the built site and the HTML part of
#           every cluster's invitation.eml: no errors
#   a11y    axe-core, WCAG 2.1 A + AA, in Chromium, on every page (front, package,
#           program and story pages required)
#   asan    the tests again, built with clang, AddressSanitizer + UBSan (build-san/)
#   fuzz    every libFuzzer target of tests/fuzz/ for 30 s (scripts/fuzz.sh), from the
#           same build-san/ objects: a crash, a sanitizer report, a leak or an input
#           slower than 2 s fails
# Exits non-zero if any step failed, and closes with "checks: N passed, N failed".
# Idempotent; run it from anywhere, as root on Debian 12. KLYNGE_BUILD_DIR and
# KLYNGE_SAN_BUILD_DIR choose other build folders (default build/ and build-san/).
set -uo pipefail
cd "$(dirname "$0")/.."
readonly build_dir="${KLYNGE_BUILD_DIR:-build}"
readonly san_dir="${KLYNGE_SAN_BUILD_DIR:-build-san}"
readonly web=tests/web
jobs="$(nproc 2>/dev/null || echo 2)"
readonly jobs

work="$(mktemp -d "${TMPDIR:-/tmp}/klynge-test.XXXXXX")"
keep_work=0
cleanup() { [ "$keep_work" = 1 ] || rm -rf "$work"; }
trap cleanup EXIT

passed=0
failed=0
failures=()
# run_step NAME COMMAND...: runs one step, times it and counts it.
run_step() {
  local name="$1"
  shift
  local start=$SECONDS
  echo
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "--- $name: passed ($((SECONDS - start)) s)"
    return 0
  fi
  failed=$((failed + 1))
  failures+=("$name")
  echo "--- $name: FAILED ($((SECONDS - start)) s)"
  return 1
}
# skip_step NAME REASON: a step that cannot run because an earlier one failed
# counts as failed, so a broken build never looks like a smaller green run.
skip_step() {
  failed=$((failed + 1))
  failures+=("$1")
  echo
  echo "=== $1"
  echo "--- $1: FAILED (not run: $2)"
}
finish() {
  echo
  if [ "$failed" -gt 0 ]; then echo "failed steps: ${failures[*]}"; fi
  echo "test.sh: $((SECONDS)) s in all"
  echo "checks: $passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

install_deps() {
  bash scripts/install-deps.sh --test || return 1
  # npm ci only when node_modules is missing or the lock changed: the stamp
  # holds the hash of the lock that node_modules was installed from.
  local lock_hash
  lock_hash="$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)"
  if [ "$(cat "$web/node_modules/.klynge-lock-sha256" 2>/dev/null)" != "$lock_hash" ]; then
    echo "npm ci in $web"
    # --ignore-scripts: vnu-jar's postinstall would download a Java runtime;
    # Debian's is used. playwright-core downloads no browser; Debian's is used.
    (cd "$web" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --ignore-scripts --no-audit \
      --no-fund --loglevel=error) || return 1
    echo "$lock_hash" >"$web/node_modules/.klynge-lock-sha256"
  fi
}

# configure_and_build DIR BUILD_TYPE [CMAKE ARGS...]
configure_and_build() {
  local dir="$1" type="$2"
  shift 2
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >/dev/null &&
    cmake --build "$dir" -j "$jobs"
}

# run_ctest DIR [CTEST ARGS...]
run_ctest() {
  local dir="$1"
  shift
  # A hang in klynge must fail the test, not eat CI's 90 minutes.
  ctest --test-dir "$dir" --output-on-failure -j "$jobs" --timeout 300 "$@"
}

build_sample_site() {
  "$build_dir/klynge" --root . build --output "$work/output" || return 1
  if [ ! -f "$work/output/site/index.html" ]; then
    echo "site: $work/output/site/index.html was not written"
    return 1
  fi
  echo "site: $(find "$work/output/site" -type f | wc -l) files in $work/output/site"
}

check_html() {
  local vnu="$web/node_modules/vnu-jar/build/dist/vnu.jar"
  local pages
  pages="$(find "$work/output/site" -name '*.html' | wc -l)"
  # The HTML part of each cluster's invitation.eml, as Python's e-mail parser reads it.
  /usr/bin/python3 tests/invitation/check_eml.py --root . --output "$work/output" \
    --html-out "$work/invitation-html" || return 1
  java -jar "$vnu" --errors-only --skip-non-html "$work/output/site" "$work/invitation-html" || return 1
  echo "html: $pages pages and $(find "$work/invitation-html" -name '*.html' | wc -l) invitation(s), no errors"
}

check_a11y() {
  node "$web/axe.mjs" "$work/output/site"
}

asan_tests() {
  # One clang build serves the sanitizer tests and the fuzzers: klynge_core is
  # compiled once with ASan, UBSan and libFuzzer's coverage (whose callbacks
  # the ASan runtime answers in the test binaries), instead of once with gcc
  # for the tests and again with clang for the fuzzers. -O1 is what the
  # sanitizers recommend for speed; -g1 gives their reports file:line at a
  # fraction of full debug info's compile and link time; Debug keeps assert().
  CC=clang CXX=clang++ configure_and_build "$san_dir" Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
    -DKLYNGE_SANITIZE=ON -DKLYNGE_FUZZ=ON || return 1
  # Distinct exit codes, so a sanitizer report inside the klynge binary that an
  # end-to-end test runs can never pass for klynge's own "exit 1".
  ASAN_OPTIONS="detect_leaks=1:exitcode=23:strict_string_checks=1:detect_stack_use_after_return=1" \
    LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp" \
    UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=24" \
    run_ctest "$san_dir" --label-exclude output-checker  # CMakeLists.txt says why
}

fuzz_targets() {
  # 30 s each; a campaign that finds more runs for hours (README, "Fuzzing").
  # A fixed seed, so that a finding in CI is found again by the same command here.
  KLYNGE_FUZZ_BUILD_DIR="$san_dir" bash scripts/fuzz.sh all 30 -seed=1
}

if ! run_step deps install_deps; then
  for s in build ctest site html a11y asan fuzz; do skip_step "$s" "deps failed"; done
  finish
fi
if run_step build configure_and_build "$build_dir" RelWithDebInfo; then
  run_step ctest run_ctest "$build_dir"
  if run_step site build_sample_site; then
    run_step html check_html || keep_work=1
    run_step a11y check_a11y || keep_work=1
    [ "$keep_work" = 0 ] || echo "test.sh: the built site is kept in $work/output/site"
  else
    skip_step html "the sample site did not build"
    skip_step a11y "the sample site did not build"
  fi
else
  for s in ctest site html a11y; do skip_step "$s" "build failed"; done
fi
run_step asan asan_tests
run_step fuzz fuzz_targets
finish
