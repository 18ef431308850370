#!/usr/bin/env bash
# Prints the compile cost of the generated packages for one catalog: figures
# only, nothing here passes or fails (a toolchain that fails, e.g. kotlinc out
# of its heap, prints "failed" with its last line, and the script goes on).
# Not part of scripts/test.sh (a run takes minutes).
#
# Usage: scripts/bench-compile.sh [CATALOG] [ERRGEN...]
#   CATALOG  catalog folder (default: catalog/); copied to a scratch folder
#            without errgen.lock, so the API gate never stops a build
#   ERRGEN   errgen binaries to compare (default: this tree's release build);
#            with several, each measure runs the binaries in turn, run for run
#   RUNS=N   runs of each measure (default 1; with more, the median)
#   ONLY="floor kotlin swiftc swiftpm cargo dart size"   the measures to run (default: all)
# Figures are wall time and CPU time (user + system): on a busy machine the
# CPU time is the steadier of the two.
#
# Each measure uses the toolchain's default settings (no heap flags):
#   floor       kotlinc and swiftc -typecheck of a one-line file: what any
#               package costs at least (once, not per binary)
#   kotlinc     kotlinc 2.4.20 of every generated .kt file to a jar; classes in the jar
#   swiftc      swiftc -typecheck (Swift 6 mode) of the package's sources
#   swift build SwiftPM debug build of the package, from clean
#   cargo       cargo build --release of the Rust crate, from clean
#   dart        dart analyze of the Dart package, cold analysis cache
#   size        release binary size: a Rust program linked with the crate that
#               uses no table, one that decodes with the largest table, and one
#               that decodes by table id (every table); the same for Swift (-O,
#               one object file per source), whose smallest program reads only
#               catalogVersion
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
CATALOG=${1:-catalog}
shift || true
RUNS=${RUNS:-1}
TC=${ERRGEN_TOOLCHAINS:-/opt/errgen-toolchains}
if [ $# -eq 0 ]; then
  cargo build --release --quiet || exit 1
  set -- "$ROOT/target/release/errgen"
fi
BINS=("$@")
S=$(mktemp -d /tmp/errgen-bench-compile.XXXXXX)
trap 'rm -rf "$S"' EXIT

# median of "wall cpu" lines, by wall time.
median() { sort -n | awk '{w[NR]=$1; c[NR]=$2} END{if (NR==0) exit; i=int((NR+1)/2); printf "%.2f s (cpu %.2f s)", w[i], c[i]; if (NR>1) printf ", min %.2f, max %.2f, n=%d", w[1], w[NR], NR}'; }
# timed CMD...: the wall and CPU (user + system, children included) seconds
# CMD took, or "failed" with the last line it printed.
timed() {
  # (through bash, so that CMD may be a function of this script)
  if /usr/bin/time -o "$S/time" -f '%e %U %S' bash -c "$(declare -f "$1" 2>/dev/null)"'
    "$@"' _ "$@" >"$S/out" 2>&1; then
    awk '{print $1, $2 + $3}' "$S/time"
  else
    # The first line naming an error (kotlinc's OutOfMemoryError comes before its stack), else the last line.
    echo "failed: $( (grep -m1 -E 'Error|error:' "$S/out" || grep -v '^\s*$' "$S/out" | tail -1) | cut -c1-160)" >&2
    return 1
  fi
}
# measure LABEL FUNC WHAT: FUNC N measures binary N's package once; the binaries
# take turns, run for run (0, 1, 0, 1, ...), so that a change of load hits
# both; then the median per binary. A binary whose run fails is not run again.
measure() {
  local label=$1 f=$2 n r
  wanted "$3" || return 0
  for n in "${!BINS[@]}"; do : >"$S/m$n"; rm -f "$S/e$n"; done
  for r in $(seq "$RUNS"); do
    for n in "${!BINS[@]}"; do
      [ -e "$S/e$n" ] || "$f" "$n" >>"$S/m$n" 2>"$S/e$n.tmp" || mv "$S/e$n.tmp" "$S/e$n"
      rm -f "$S/e$n.tmp"
    done
  done
  for n in "${!BINS[@]}"; do
    printf '  %-34s' "$label [$n]:"
    if [ -e "$S/e$n" ]; then cat "$S/e$n"; else median <"$S/m$n"; echo; fi
  done
}
wanted() { [ -z "${ONLY:-}" ] || [[ " $ONLY " == *" $1 "* ]]; }
# inroot ROOT DIR 'COMMAND': COMMAND (no single quotes) in a cached Debian root, DIR mounted at /work.
inroot() { unshare --mount --pid --fork --mount-proc="$1/proc" sh -c "mkdir -p '$1/work' && mount --bind '$2' '$1/work' && exec chroot '$1' /usr/bin/env -i HOME=/tmp TMPDIR=/tmp LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin sh -c 'cd /work && $3'"; }

cp -r "$CATALOG" "$S/catalog"
rm -f "$S/catalog/errgen.lock"
echo "== compile cost of the generated packages: $CATALOG, $RUNS run(s) each"
for n in "${!BINS[@]}"; do
  echo "  [$n] ${BINS[$n]}"
  "${BINS[$n]}" build --catalog "$S/catalog" --target all --out "$S/gen$n" >/dev/null 2>"$S/err" || { cat "$S/err" >&2; echo "errgen build failed" >&2; exit 1; }
  rm -f "$S/catalog/errgen.lock"
done
"${BINS[0]}" check --catalog "$S/catalog" 2>&1 | grep '^catalog ' | sed "s|$S/||; s/^/  /"

KOTLINC="$TC/kotlin-2.4.20/node_modules/kotlin-compiler/bin/kotlinc"
kotlin() { rm -f "$S/k$1.jar"; timed env -u JAVA_OPTS -u JAVA_TOOL_OPTIONS "$KOTLINC" -d "$S/k$1.jar" $(find "$S/gen$1/kotlin/src/main" -name '*.kt' | sort); }
swift_typecheck() { timed inroot "$TC/swift-root" "$S/gen$1" "swiftc -swift-version 6 -typecheck -module-name ErrgenCodes swift/Sources/ErrgenCodes/*.swift"; }
swift_build() { rm -rf "$S/gen$1/swift/.build"; timed inroot "$TC/swift-root" "$S/gen$1" "cd swift && swift build"; }
cargo_release() { rm -rf "$S/rt$1"; timed env CARGO_TARGET_DIR="$S/rt$1" cargo build --offline --release --manifest-path "$S/gen$1/rust/Cargo.toml"; }
dart_analyze() {
  inroot "$TC/dart-root" "$S/gen$1" "cd dart && HOME=/tmp/bench-pub dart pub get --offline" >/dev/null 2>&1
  timed inroot "$TC/dart-root" "$S/gen$1" "rm -rf /tmp/bench-home && mkdir /tmp/bench-home && cd dart && HOME=/tmp/bench-home dart analyze ."
}

if wanted floor; then
  mkdir -p "$S/floor"
  echo 'fun main() {}' >"$S/floor/floor.kt"
  echo 'let floor = 1' >"$S/floor/floor.swift"
  kotlin_floor() { timed env -u JAVA_OPTS -u JAVA_TOOL_OPTIONS "$KOTLINC" -d "$S/floor/floor.jar" "$S/floor/floor.kt"; }
  swift_floor() { timed inroot "$TC/swift-root" "$S/floor" "swiftc -swift-version 6 -typecheck floor.swift"; }
  for f in kotlin_floor swift_floor; do
    printf '  %-34s' "${f%_floor}c floor (one-line file):"
    t=$(for r in $(seq "$RUNS"); do "$f" || break; done 2>"$S/err" | median)
    if [ -s "$S/err" ]; then cat "$S/err"; else echo "$t"; fi
  done
fi
measure "kotlinc" kotlin kotlin
for n in "${!BINS[@]}"; do
  if [ -f "$S/k$n.jar" ]; then
    printf '  %-34s%s classes, jar %s bytes\n' "kotlin jar [$n]:" "$(unzip -Z1 "$S/k$n.jar" | grep -c '\.class$')" "$(stat -c %s "$S/k$n.jar")"
  fi
done
measure "swiftc -typecheck" swift_typecheck swiftc
measure "swift build (debug, clean)" swift_build swiftpm
measure "cargo build --release (clean)" cargo_release cargo
measure "dart analyze (cold)" dart_analyze dart

wanted size || exit 0
# The table with the most entries (from errgen export).
read -r BIG BIGN < <("${BINS[0]}" export --format json --catalog "$S/catalog" 2>/dev/null | python3 -c 'import json, sys; t = max(json.load(sys.stdin)["tables"], key=lambda t: len(t["entries"])); print(t["id"], len(t["entries"]))')
echo "== release binary size (table $BIG: $BIGN entries)"
for n in "${!BINS[@]}"; do
  ty=$(sed -n 's/^impl std::str::FromStr for \([A-Za-z0-9_]*\) {$/\1/p' "$S/gen$n/rust/src/$BIG.rs")
  p="$S/size$n"
  mkdir -p "$p/src/bin"
  printf '[package]\nname = "size"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nerrgen-codes = { path = "%s" }\n[profile.release]\nstrip = true\n' "$S/gen$n/rust" >"$p/Cargo.toml"
  echo 'fn main() { let a: Vec<String> = std::env::args().collect(); println!("{}", a.len()); }' >"$p/src/bin/none.rs"
  echo "use errgen_codes::{CatalogCode, Locale}; fn main() { let a: Vec<String> = std::env::args().collect(); println!(\"{}\", errgen_codes::$ty::from_code(&a[1]).message(Locale::negotiate(&a[2]))); }" >"$p/src/bin/one.rs"
  echo 'use errgen_codes::{CatalogCode, Locale}; fn main() { let a: Vec<String> = std::env::args().collect(); println!("{}", errgen_codes::decode(&a[1], &a[2]).map(|c| c.message(Locale::negotiate(&a[3]))).unwrap_or_default()); }' >"$p/src/bin/all.rs"
  if CARGO_TARGET_DIR="$S/rt$n" cargo build --offline --quiet --release --manifest-path "$p/Cargo.toml" 2>"$S/err"; then
    printf '  %-34snone %s, one table %s, every table %s bytes (stripped)\n' "rust [$n]:" $(for b in none one all; do stat -c %s "$S/rt$n/release/$b"; done)
  else
    echo "  rust [$n]: failed: $(tail -1 "$S/err")"
  fi
  # The type whose tableID is BIG (several tables may share a source file).
  sty=$(awk -v big="tableID: String = \"$BIG\"" '/^public (enum|struct) [A-Za-z0-9_]+: CatalogCode/ { t = $3; sub(":", "", t) } index($0, big) { print t; exit }' "$S/gen$n/swift/Sources/ErrgenCodes/"*.swift)
  mkdir -p "$S/gen$n/sz"
  echo 'import ErrgenCodes; print(catalogVersion)' >"$S/gen$n/sz/none.swift"
  echo "import ErrgenCodes; print($sty(code: CommandLine.arguments[1]).message(in: .fallback))" >"$S/gen$n/sz/one.swift"
  echo 'import ErrgenCodes; print(decode(table: CommandLine.arguments[1], code: CommandLine.arguments[2])?.message(in: .fallback) ?? "")' >"$S/gen$n/sz/all.swift"
  # One object file per source (no -wmo), so the linker takes only the tables a program uses.
  if inroot "$TC/swift-root" "$S/gen$n" "cd sz && swiftc -O -parse-as-library -emit-library -static -emit-module -module-name ErrgenCodes ../swift/Sources/ErrgenCodes/*.swift -o libErrgenCodes.a && for b in none one all; do swiftc -O \$b.swift -I . -L . -lErrgenCodes -o \$b && strip \$b || exit 1; done" >"$S/out" 2>&1; then
    printf '  %-34scatalogVersion only %s, one table %s, every table %s bytes (-O, stripped)\n' "swift [$n]:" $(for b in none one all; do stat -c %s "$S/gen$n/sz/$b"; done)
  else
    echo "  swift [$n]: failed: $(tail -1 "$S/out")"
  fi
done
