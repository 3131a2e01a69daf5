#!/usr/bin/env bash
# Installs the Debian 12 packages klynge needs to build (and, with --test, to
# run the whole test suite and look at its output). Idempotent: when everything
# is there it asks apt nothing, and it runs `apt-get update` only when
# something is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  libcmark-gfm-dev libcmark-gfm-extensions-dev libfyaml-dev libhpdf-dev
  libkainjow-mustache-dev libcli11-dev libcpp-httplib-dev nlohmann-json3-dev
  libutf8proc-dev libcsv-dev libxxhash-dev libgtest-dev libgmock-dev libbenchmark-dev
  libpng-dev libjpeg62-turbo-dev zlib1g-dev libzip-dev
  libhyphen-dev hyphen-da
  fonts-open-sans fonts-dejavu-core
)
if [ "${1:-}" = "--test" ]; then
  # What the test suite drives: PDF tools, a browser, Java for the Nu Html
  # Checker, an iCalendar parser, a YAML reader for the e-mail check
  # (tests/invitation/check_eml.py), Hugo for the benchmark.
  packages+=(poppler-utils qpdf chromium default-jre-headless python3-icalendar python3-yaml hugo)
  # pikepdf reads the PDFs' structure trees for the PDF/UA check (tests/pdf_ua_check.py).
  packages+=(python3-pikepdf)
  # LibreOffice Impress opens every generated deck (tests/deck/check_deck.py).
  packages+=(libreoffice-impress)
  # clang and its libFuzzer runtime for the fuzz step (scripts/fuzz.sh).
  packages+=(clang clang-14 libclang-rt-14-dev)
  # Node and npm run axe-core and fetch the web checkers. Some images carry a
  # Node.js of their own (with npm inside it) that conflicts with Debian's npm
  # package, so ask for Debian's only when the commands are missing.
  command -v node >/dev/null 2>&1 || packages+=(nodejs)
  command -v npm >/dev/null 2>&1 || packages+=(npm)
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
