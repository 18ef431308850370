#!/usr/bin/env bash
# Prints errgen's speed and the compile cost of the generated packages.
# Figures only (medians of several runs); nothing here passes or fails.
#   1. the pipeline stages (cargo bench --bench pipeline)
#   2. `errgen build --target all` end to end, release build, median of N runs
#      into a scratch folder (first run writes everything, later runs nothing)
#   3. compile/check time of each full generated package in its toolchain:
#      cargo build, kotlinc, swiftc -typecheck, dart analyze
# Usage: scripts/bench.sh [runs]   (default 7)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-7}
TC=${ERRGEN_TOOLCHAINS:-/opt/errgen-toolchains}
bash scripts/toolchains.sh all >/dev/null

median() { sort -n | awk '{a[NR]=$1} END{m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f s (min %.3f, max %.3f, n=%d)\n", m, a[1], a[NR], NR}'; }
# timeit CMD...: prints the seconds CMD took; a failing CMD stops the script (a failure is no figure).
timeit() {
  local s e
  s=$(date +%s.%N)
  "$@" >/tmp/errgen-bench.out 2>&1 || { echo "bench: failed: $*" >&2; cat /tmp/errgen-bench.out >&2; exit 1; }
  e=$(date +%s.%N)
  echo "$e - $s" | bc -l
}

echo "== pipeline stages"
BENCH_RUNS=21 cargo bench --quiet --bench pipeline 2>/dev/null

cargo build --release --quiet
BIN=target/release/errgen
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

echo "== errgen build --target all (release)"
printf '  cold (empty output):  '; for i in $(seq "$RUNS"); do rm -rf "$SCRATCH/out"; timeit "$BIN" build --target all --out "$SCRATCH/out"; done | median
printf '  warm (nothing to do): '; for i in $(seq "$RUNS"); do timeit "$BIN" build --target all --out "$SCRATCH/out"; done | median
printf '  --check:              '; for i in $(seq "$RUNS"); do timeit "$BIN" build --target all --out "$SCRATCH/out" --check; done | median
/usr/bin/time -f '  peak RSS: %M KiB' "$BIN" build --target all --out "$SCRATCH/mem" >/dev/null

echo "== compile cost of the generated packages (full catalog, median of 3)"
cp -r generated "$SCRATCH/gen"
printf '  cargo build (rust, debug, clean): '
for i in 1 2 3; do rm -rf "$SCRATCH/rt"; timeit env CARGO_TARGET_DIR="$SCRATCH/rt" cargo build --quiet --manifest-path "$SCRATCH/gen/rust/Cargo.toml"; done | median
KOTLINC="$TC/kotlin-2.4.20/node_modules/kotlin-compiler/bin/kotlinc"
printf '  kotlinc (kotlin, to a jar):        '
for i in 1 2 3; do timeit "$KOTLINC" $(find "$SCRATCH/gen/kotlin/src/main" -name '*.kt') -d "$SCRATCH/k.jar"; done | median
# inroot ROOT 'COMMAND': runs COMMAND (no single quotes) in a cached Debian root, in the copy of generated/.
inroot() { unshare --mount --pid --fork --mount-proc="$1/proc" sh -c "mkdir -p '$1/work' && mount --bind '$SCRATCH/gen' '$1/work' && exec chroot '$1' /usr/bin/env -i HOME=/tmp PATH=/usr/local/bin:/usr/bin:/bin sh -c 'cd /work && $2'"; }
printf '  swiftc -typecheck (swift):         '
for i in 1 2 3; do timeit inroot "$TC/swift-root" "swiftc -typecheck -module-name ErrgenCodes swift/Sources/ErrgenCodes/*.swift"; done | median
printf '  dart analyze (dart, cold cache):   '
for i in 1 2 3; do timeit inroot "$TC/dart-root" "rm -rf /tmp/bench-home && mkdir /tmp/bench-home && HOME=/tmp/bench-home dart analyze dart"; done | median
