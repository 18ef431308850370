#!/usr/bin/env bash
# Every test errgen has. Installs the toolchains the language tests need on
# first run (scripts/toolchains.sh, cached under /opt/errgen-toolchains), then:
#   1. cargo test: unit, snapshot and catalog tests, and the tests that compile
#      each generated package with cargo, kotlinc, swiftc and dart and run
#      tests written in that language;
#   2. errgen check on catalog/;
#   3. errgen build --target all --check: generated/ must be what the catalog
#      and templates produce.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/toolchains.sh all
python3 scripts/fnlen.py 80   # no function in src/ over 80 lines (ARCHITECTURE.md)
cargo test --workspace --locked
cargo run --quiet --locked -- check
cargo run --quiet --locked -- build --target all --check
