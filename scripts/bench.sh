#!/usr/bin/env bash
# Prints errgen's speed and the compile cost of the generated packages.
# Figures only; nothing here passes or fails, and scripts/test.sh does not run it.
#
# Usage: scripts/bench.sh [errgen|stages|compile|all]   (default: errgen)
#   errgen   errgen's own speed over catalog sizes: the real catalog and
#            synthetic catalogs of 1k, 10k and 100k entries (tables of 500,
#            written by the `synth` bin, src/bin/synth.rs). For each: wall-clock
#            medians of `errgen check`, `errgen build --target all` into an
#            empty folder (cold; it checks too), again with nothing to write
#            (warm) and `build --check`; peak RSS (GNU time); the median of
#            `cp -r` of the build's own output, timed in the same loop, and
#            build/cp; protoc 3.21 on the same codes as enums (--java_out
#            --kotlin_out --cpp_out --python_out, `synth proto`) and
#            build/protoc; the stage times of one build (ERRGEN_TIMINGS=1);
#            and at the end, how time and peak RSS grow from one size to the
#            next (entries xN, time xM: linear when M is about N).
#   stages   the pipeline stages on the real catalog (cargo bench --bench pipeline)
#   compile  compile cost of each generated package, real catalog and 10k entries
#            (scripts/bench-compile.sh; ERRGEN_BENCH_COMPILE_SIZE), with each
#            toolchain's floor (a one-line file); with ERRGEN_BENCH_OLD, both
#            binaries' packages side by side
# Environment:
#   ERRGEN_BENCH_SIZES  sizes to run (default "real 1000 10000 100000")
#   ERRGEN_BENCH_RUNS   runs per size (default 7, 5 at 10k, 3 at 100k): one
#                       number for every size, or e.g. "real=5 10000=3 100000=1"
#   ERRGEN_BENCH_BIN    the errgen binary to time (default target/release/errgen)
#   ERRGEN_BENCH_OLD    another errgen binary (e.g. a build of an older
#                       commit), timed alternately with this one, run for run,
#                       each figure printed for both (compile: [0] = old, [1] = new)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TC=${ERRGEN_TOOLCHAINS:-/opt/errgen-toolchains}
SECTION=${1:-errgen}
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT

# median: seconds on stdin, one a line -> "0.123" (the median).
median() { sort -g | awk '{a[NR]=$1} END{m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }
# timed OUT CMD...: runs CMD (output to $SCRATCH/last.out), appends "seconds peakKiB" to
# OUT (wall clock from date, peak RSS from GNU time); a failing CMD stops the script (a failure is no figure).
timed() {
  local out=$1 s e; shift
  local -a run=(/usr/bin/time -f '%M' -o "$SCRATCH/rss")
  s=$(date +%s.%N)
  "${run[@]}" "$@" >"$SCRATCH/last.out" 2>&1 \
    || { echo "bench: failed: $*" >&2; cat "$SCRATCH/last.out" >&2; exit 1; }
  e=$(date +%s.%N)
  echo "$(echo "$e - $s" | bc -l) $(tail -n1 "$SCRATCH/rss")" >>"$out"
}
# col FILE N: column N of FILE.
col() { awk -v n="$2" '{print $n}' "$1"; }
ratio() { echo "scale=2; $1 / $2" | bc -l | sed 's/^\./0./'; }
mib() { echo "$(( $(col "$1" 2 | sort -n | tail -n1) / 1024 )) MiB"; }

# ---------------------------------------------------------------- errgen section
# catalog SIZE: prints the catalog folder of SIZE (real = a copy of catalog/).
catalog() {
  local dir="$SCRATCH/cat-$1"
  if [ "$1" = real ]; then
    cp -r catalog "$dir"
  else
    ./target/release/synth catalog --entries "$1" --table-size 500 --out "$dir"
  fi
  echo "$dir"
}

# one BIN TAG CAT: one run of every measure for binary BIN, into $SCRATCH/TAG.*
one() {
  local bin=$1 tag=$2 cat=$3 out="$SCRATCH/out-$2"
  timed "$SCRATCH/$tag.check" "$bin" check --catalog "$cat"
  rm -rf "$out"
  timed "$SCRATCH/$tag.cold" "$bin" build --target all --catalog "$cat" --out "$out"
  timed "$SCRATCH/$tag.warm" "$bin" build --target all --catalog "$cat" --out "$out"
  timed "$SCRATCH/$tag.verify" "$bin" build --target all --catalog "$cat" --out "$out" --check
  rm -rf "$SCRATCH/cp-$tag"
  timed "$SCRATCH/$tag.cp" cp -r "$out" "$SCRATCH/cp-$tag"
  rm -rf "$SCRATCH/cp-$tag"
}

# report TAG LABEL: the figures of one binary.
report() {
  local t=$1 cold cp
  cold=$(col "$SCRATCH/$t.cold" 1 | median)
  cp=$(col "$SCRATCH/$t.cp" 1 | median)
  printf '  %-4s check %7.3f s (%s) | build cold %7.3f s (%s) = %5sx cp -r (%.3f s) | warm %7.3f s | --check %7.3f s\n' \
    "$2" "$(col "$SCRATCH/$t.check" 1 | median)" "$(mib "$SCRATCH/$t.check")" \
    "$cold" "$(mib "$SCRATCH/$t.cold")" "$(ratio "$cold" "$cp")" "$cp" \
    "$(col "$SCRATCH/$t.warm" 1 | median)" "$(col "$SCRATCH/$t.verify" 1 | median)"
}

# protoc_vs SIZE CAT: protoc on the same codes, against each binary's cold build.
protoc_vs() {
  local cat=$2 p="$SCRATCH/proto"
  rm -rf "$p"; mkdir -p "$p/java" "$p/kotlin" "$p/cpp" "$p/python"
  ./target/release/synth proto --catalog "$cat" >"$p/codes.proto"
  : >"$SCRATCH/protoc"
  for _ in $(seq "$RUNS"); do
    rm -rf "$p"/{java,kotlin,cpp,python}/*
    timed "$SCRATCH/protoc" "$TC/protoc-root/protoc" -I "$p" --java_out="$p/java" \
      --kotlin_out="$p/kotlin" --cpp_out="$p/cpp" --python_out="$p/python" "$p/codes.proto"
  done
  local pt; pt=$(col "$SCRATCH/protoc" 1 | median)
  printf '  protoc 3.21 (java+kotlin+cpp+python), %s enum values: %.3f s;' "$(grep -c '^  .* = ' "$p/codes.proto")" "$pt"
  for t in new ${OLD:+old}; do
    printf ' %s build/protoc %sx' "$t" "$(ratio "$(col "$SCRATCH/$t.cold" 1 | median)" "$pt")"
  done
  echo
}

errgen_section() {
  cargo build --release --quiet --bins
  bash scripts/toolchains.sh protoc >/dev/null
  BIN=$(realpath "${ERRGEN_BENCH_BIN:-target/release/errgen}")
  OLD=${ERRGEN_BENCH_OLD:-}
  [ -z "$OLD" ] || OLD=$(realpath "$OLD")
  # The synthetic catalogs are larger than the default read limit.
  export ERRGEN_MAX_CATALOG_BYTES=$((4 << 30)) ERRGEN_MAX_FILE_BYTES=$((1 << 30))
  GROWTH=()
  echo "== errgen (medians; $(nproc) cores; RSS = peak resident set)"
  for size in ${ERRGEN_BENCH_SIZES:-real 1000 10000 100000}; do
    case $size in real|1000) RUNS=7 ;; 10000) RUNS=5 ;; *) RUNS=3 ;; esac
    # ERRGEN_BENCH_RUNS: one number for every size, or SIZE=N words.
    case " ${ERRGEN_BENCH_RUNS:-} " in
      *" $size="*) RUNS=${ERRGEN_BENCH_RUNS#*"$size="}; RUNS=${RUNS%% *} ;;
      *=*) ;;
      *) RUNS=${ERRGEN_BENCH_RUNS:-$RUNS} ;;
    esac
    local cat; cat=$(catalog "$size")
    # Each binary gets its own copy with an API lock of its own writing (the
    # lock's format can differ between versions): a first build, untimed,
    # writes it.
    rm -f "$cat/errgen.lock"
    [ -z "$OLD" ] || cp -r "$cat" "$cat-old"
    "$BIN" build --target all --catalog "$cat" --out "$SCRATCH/prep" >/dev/null 2>&1
    [ -z "$OLD" ] || "$OLD" build --target all --catalog "$cat-old" --out "$SCRATCH/prep-old" >/dev/null 2>&1
    rm -rf "$SCRATCH"/prep* "$SCRATCH"/{new,old}.*
    for _ in $(seq "$RUNS"); do
      one "$BIN" new "$cat"
      [ -z "$OLD" ] || one "$OLD" old "$cat-old"
    done
    echo "-- $size: $(grep -c '^  - \(code\|pattern\):' "$cat"/tables/*.yaml | awk -F: '{s+=$2} END{print s}') entries, $(du -sh "$cat" | cut -f1) catalog, $(du -sh "$SCRATCH/out-new" | cut -f1) output in $(find "$SCRATCH/out-new" -type f | wc -l) files, $RUNS runs"
    report new new
    [ -z "$OLD" ] || report old old
    protoc_vs "$size" "$cat"
    # For the growth lines: entries, and the medians of check and cold build with their peak RSS.
    GROWTH+=("$size $(grep -c '^  - \(code\|pattern\):' "$cat"/tables/*.yaml | awk -F: '{s+=$2} END{print s}') $(for t in new ${OLD:+old}; do printf '%s %s %s %s ' "$(col "$SCRATCH/$t.check" 1 | median)" "$(col "$SCRATCH/$t.check" 2 | sort -n | tail -n1)" "$(col "$SCRATCH/$t.cold" 1 | median)" "$(col "$SCRATCH/$t.cold" 2 | sort -n | tail -n1)"; done)")
    printf '  stages (one build, ERRGEN_TIMINGS=1):'
    rm -rf "$SCRATCH/out-new"
    ERRGEN_TIMINGS=1 "$BIN" build --target all --catalog "$cat" --out "$SCRATCH/out-new" 2>&1 >/dev/null \
      | awk '/^timing: /{sub(/^timing: /, ""); printf " %s;", $0} END{print ""}'
    rm -rf "$cat" "$cat-old" "$SCRATCH"/out-* "$SCRATCH/proto"
  done
  growth
}

# growth: from each size to the next, the factor on entries and on each
# binary's check time, cold build time and cold build peak RSS.
growth() {
  local i a b
  [ "${#GROWTH[@]}" -gt 1 ] || return 0
  echo "-- growth (factor from one size to the next; linear when time grows as entries do)"
  for ((i = 1; i < ${#GROWTH[@]}; i++)); do
    read -r -a a <<<"${GROWTH[i - 1]}"
    read -r -a b <<<"${GROWTH[i]}"
    printf '  %s -> %s: entries x%s | new check x%s, build x%s, build RSS x%s' "${a[0]}" "${b[0]}" \
      "$(ratio "${b[1]}" "${a[1]}")" "$(ratio "${b[2]}" "${a[2]}")" "$(ratio "${b[4]}" "${a[4]}")" "$(ratio "${b[5]}" "${a[5]}")"
    [ -z "$OLD" ] || printf ' | old check x%s, build x%s, build RSS x%s' \
      "$(ratio "${b[6]}" "${a[6]}")" "$(ratio "${b[8]}" "${a[8]}")" "$(ratio "${b[9]}" "${a[9]}")"
    echo
  done
}

# ---------------------------------------------------------------- stages section
stages_section() {
  echo "== pipeline stages (real catalog)"
  BENCH_RUNS=21 cargo bench --quiet --bench pipeline 2>/dev/null
}

# ---------------------------------------------------------------- compile section
# The compile cost of the generated packages, by scripts/bench-compile.sh
# (kotlinc with its default heap and the classes in the jar, swiftc
# -typecheck, swift build, cargo build --release, dart analyze, release
# program sizes per table), for the real catalog and a synthetic catalog of
# ERRGEN_BENCH_COMPILE_SIZE entries (default 10000; "none" skips it; there
# without swift build, which the issue does not measure at that size and
# takes minutes, unless ONLY asks for it).
compile_section() {
  cargo build --release --quiet --bins
  bash scripts/toolchains.sh all >/dev/null
  local -a bins=()
  [ -z "${ERRGEN_BENCH_OLD:-}" ] || bins+=("$(realpath "$ERRGEN_BENCH_OLD")")
  bins+=("$(realpath "${ERRGEN_BENCH_BIN:-target/release/errgen}")")
  echo "== compile cost of the generated packages: real catalog"
  bash scripts/bench-compile.sh catalog "${bins[@]}"
  local n=${ERRGEN_BENCH_COMPILE_SIZE:-10000}
  if [ "$n" != none ]; then
    echo "== compile cost of the generated packages: synthetic catalog of $n entries"
    ./target/release/synth catalog --entries "$n" --table-size 500 --out "$SCRATCH/compile-cat"
    ONLY=${ONLY:-kotlin swiftc cargo dart size} bash scripts/bench-compile.sh "$SCRATCH/compile-cat" "${bins[@]}"
  fi
}

case $SECTION in
  errgen) errgen_section ;;
  stages) stages_section ;;
  compile) compile_section ;;
  all) errgen_section; stages_section; compile_section ;;
  *) echo "usage: $0 [errgen|stages|compile|all]" >&2; exit 2 ;;
esac
