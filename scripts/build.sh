#!/usr/bin/env bash
# Installs what klynge needs, builds build/klynge and generates the sample
# site and documents into output/. Run from anywhere, as root on Debian 12.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build
./build/klynge build
echo "build.sh: site in output/site/ (open output/site/index.html)"
