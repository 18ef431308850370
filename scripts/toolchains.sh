#!/usr/bin/env bash
# Installs (once) and caches the toolchains the language tests need, at fixed
# paths outside the clone, so later runs reuse them:
#   kotlinc  <- npm package kotlin-compiler (ships bin/kotlinc, runs on the JDK)
#   swiftc   <- Debian trixie's swiftlang, in a debootstrap root
#   dart     <- Debian forky's dart-sdk, in a debootstrap root
# Usage: scripts/toolchains.sh [kotlin|swift|dart|all]   (default: all)
# Prints nothing but progress; exits non-zero if a toolchain cannot be had.
set -euo pipefail

CACHE=${ERRGEN_TOOLCHAINS:-/opt/errgen-toolchains}
KOTLIN_VERSION=2.4.20
# An older compiler: consumers built with it must read the package's jar
# (built with -language-version/-api-version 2.0), see tests/lang_kotlin.rs.
KOTLIN_OLD_VERSION=2.0.21
mkdir -p "$CACHE"

mirror() {
  # The Debian mirror this machine's apt sources already use.
  local m
  m=$(grep -hE '^(URIs:|deb )' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
      | grep -v security | grep -oE 'https?://[^ ]+/debian/?' | head -n1)
  echo "${m:-http://deb.debian.org/debian}"
}

need_debootstrap() {
  if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  fi
}

# Bootstraps a Debian root at $1 for suite $2 with extra packages $3 and,
# optionally, debootstrap script $4. Marks success with a stamp file so a
# half-made root is rebuilt rather than reused.
make_root() {
  local dir=$1 suite=$2 pkgs=$3 script=${4:-}
  local stamp="$dir/.errgen-ready-$suite"
  [ -f "$stamp" ] && return 0
  need_debootstrap
  rm -rf "$dir"
  echo "toolchains: debootstrap $suite into $dir (first time only, a few minutes)" >&2
  # shellcheck disable=SC2086
  debootstrap --variant=minbase --include="$pkgs" "$suite" "$dir" "$(mirror)" $script >"$dir.log" 2>&1 \
    || { tail -n 30 "$dir.log" >&2; return 1; }
  touch "$stamp"
}

# npm kotlin-compiler@$1 into $CACHE/kotlin-$1.
kotlin_at() {
  local dir="$CACHE/kotlin-$1"
  if [ ! -x "$dir/node_modules/kotlin-compiler/bin/kotlinc" ]; then
    echo "toolchains: npm kotlin-compiler@$1 into $dir" >&2
    rm -rf "$dir"; mkdir -p "$dir"
    (cd "$dir" && npm install --silent --no-audit --no-fund "kotlin-compiler@$1" >/dev/null)
    chmod +x "$dir"/node_modules/kotlin-compiler/bin/* || true
  fi
  "$dir/node_modules/kotlin-compiler/bin/kotlinc" -version >/dev/null 2>&1
}

kotlin() {
  kotlin_at "$KOTLIN_VERSION"
  kotlin_at "$KOTLIN_OLD_VERSION"
}

swift() {
  make_root "$CACHE/swift-root" trixie swiftlang,libc6-dev
}

dart() {
  need_debootstrap
  make_root "$CACHE/dart-root" forky dart-sdk,ca-certificates /usr/share/debootstrap/scripts/sid
}

case "${1:-all}" in
  kotlin) kotlin ;;
  swift) swift ;;
  dart) dart ;;
  all) kotlin; swift; dart ;;
  *) echo "usage: $0 [kotlin|swift|dart|all]" >&2; exit 2 ;;
esac
