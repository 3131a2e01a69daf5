#!/usr/bin/env bash
# Installs the Debian 12 packages klynge needs to build, test and look at its
# output. Idempotent: when everything is there it asks apt nothing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-cpp-dev libhpdf-dev
  libkainjow-mustache-dev libcli11-dev libcpp-httplib-dev nlohmann-json3-dev
  libcsv-dev libxxhash-dev libgtest-dev libgmock-dev libbenchmark-dev
  fonts-open-sans
)
if [ "${1:-}" = "--test" ]; then
  # What the test suite drives: PDF tools, a browser, Java for the Nu Html
  # Checker, Node for axe-core, an iCalendar parser, Hugo for the benchmark.
  packages+=(poppler-utils qpdf chromium default-jre-headless nodejs npm python3-icalendar hugo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
