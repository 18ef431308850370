#!/usr/bin/env bash
# Installs (once) and caches the toolchains the language tests need, at fixed
# paths outside the clone, so later runs reuse them:
#   kotlinc  <- npm package kotlin-compiler (ships bin/kotlinc, runs on the JDK)
#   swiftc   <- Debian trixie's swiftlang, in a debootstrap root
#   dart     <- Debian forky's dart-sdk, in a debootstrap root
#   aapt, aapt2 <- Debian's aapt package (tests/resources.rs)
#   translate-toolkit <- PyPI, in a venv (tests/l10n.rs reads the XLIFF back)
#   @formatjs/icu-messageformat-parser <- npm (tests/resources.rs parses the ARB)
#   tsc, esbuild <- npm packages typescript, esbuild and @types/node (for the
#                   tests; run on the machine's node, v20)
#   metro, hermes <- npm packages metro, @react-native/metro-babel-transformer,
#                   @react-native/babel-preset, @babel/core and hermes-engine-cli
#                   (React Native's bundler, Babel preset and the Hermes VM for
#                   Linux: tests/lang_typescript.rs runs the package on them)
#   protoc   <- Debian bookworm's protobuf-compiler 3.21.12 and its libraries,
#               unpacked with dpkg -x (only scripts/bench.sh uses it; not in all)
# Usage: scripts/toolchains.sh [kotlin|swift|dart|l10n|typescript|protoc|all]   (default: all)
# Prints nothing but progress; exits non-zero if a toolchain cannot be had.
set -euo pipefail

CACHE=${ERRGEN_TOOLCHAINS:-/opt/errgen-toolchains}
KOTLIN_VERSION=2.4.20
TRANSLATE_TOOLKIT_VERSION=3.20.4
ICU_PARSER_VERSION=3.5.23
TYPESCRIPT_VERSION=5.9.3
ESBUILD_VERSION=0.28.2
TYPES_NODE_VERSION=20.19.43
METRO_VERSION=0.87.1       # with @react-native/*-babel-* of the same version
BABEL_CORE_VERSION=7.29.13
HERMES_CLI_VERSION=0.12.0  # Hermes with BigInt (React Native 0.70 and later)
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

typescript() {
  local dir="$CACHE/ts-$TYPESCRIPT_VERSION"
  if [ ! -x "$dir/node_modules/.bin/tsc" ] || [ ! -x "$dir/node_modules/.bin/esbuild" ] \
     || [ ! -f "$dir/.errgen-$ESBUILD_VERSION-$TYPES_NODE_VERSION" ]; then
    echo "toolchains: npm typescript@$TYPESCRIPT_VERSION esbuild@$ESBUILD_VERSION @types/node@$TYPES_NODE_VERSION into $dir" >&2
    rm -rf "$dir"; mkdir -p "$dir"
    (cd "$dir" && npm install --silent --no-audit --no-fund \
      "typescript@$TYPESCRIPT_VERSION" "esbuild@$ESBUILD_VERSION" \
      "@types/node@$TYPES_NODE_VERSION" >/dev/null)
    touch "$dir/.errgen-$ESBUILD_VERSION-$TYPES_NODE_VERSION"
  fi
  "$dir/node_modules/.bin/tsc" --version >/dev/null 2>&1
  "$dir/node_modules/.bin/esbuild" --version >/dev/null 2>&1
}

# Metro and Hermes as a React Native app uses them (Metro 0.87 asks for
# node 22 but runs the tests on node 20).
react_native() {
  local dir="$CACHE/rn-$METRO_VERSION-hermes-$HERMES_CLI_VERSION"
  if [ ! -x "$dir/node_modules/hermes-engine-cli/linux64-bin/hermes" ] || [ ! -f "$dir/.errgen-done" ]; then
    echo "toolchains: npm metro@$METRO_VERSION @react-native/babel-preset@$METRO_VERSION hermes-engine-cli@$HERMES_CLI_VERSION into $dir" >&2
    rm -rf "$dir"; mkdir -p "$dir"
    (cd "$dir" && npm install --silent --no-audit --no-fund --engine-strict=false \
      "metro@$METRO_VERSION" "metro-config@$METRO_VERSION" \
      "@react-native/metro-babel-transformer@$METRO_VERSION" \
      "@react-native/babel-preset@$METRO_VERSION" "@babel/core@$BABEL_CORE_VERSION" \
      "hermes-engine-cli@$HERMES_CLI_VERSION" >/dev/null 2>&1)
    touch "$dir/.errgen-done"
  fi
  "$dir/node_modules/hermes-engine-cli/linux64-bin/hermes" -version >/dev/null 2>&1
  test -f "$dir/node_modules/metro/src/cli.js"
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

l10n() {
  if ! command -v aapt2 >/dev/null 2>&1 || ! command -v aapt >/dev/null 2>&1; then
    echo "toolchains: apt-get install aapt (aapt and aapt2)" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq aapt >/dev/null
  fi
  local venv="$CACHE/translate-venv"
  if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('translate-toolkit') != '$TRANSLATE_TOOLKIT_VERSION')" 2>/dev/null; then
    echo "toolchains: pip translate-toolkit==$TRANSLATE_TOOLKIT_VERSION into $venv" >&2
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "translate-toolkit==$TRANSLATE_TOOLKIT_VERSION" >/dev/null
  fi
  local icu="$CACHE/icu-parser"
  if [ "$(node -p "require('$icu/node_modules/@formatjs/icu-messageformat-parser/package.json').version" 2>/dev/null)" != "$ICU_PARSER_VERSION" ]; then
    echo "toolchains: npm @formatjs/icu-messageformat-parser@$ICU_PARSER_VERSION into $icu" >&2
    rm -rf "$icu"; mkdir -p "$icu"
    (cd "$icu" && npm install --silent --no-audit --no-fund "@formatjs/icu-messageformat-parser@$ICU_PARSER_VERSION" >/dev/null)
  fi
  aapt2 version >/dev/null 2>&1
}

# protoc, for scripts/bench.sh's comparison: the .debs of Debian's
# protobuf-compiler (3.21.12 on bookworm) unpacked into $CACHE/protoc-root,
# run through the wrapper $CACHE/protoc-root/protoc.
protoc() {
  local dir="$CACHE/protoc-root"
  if [ ! -x "$dir/protoc" ]; then
    echo "toolchains: apt-get download protobuf-compiler into $dir" >&2
    rm -rf "$dir" "$dir.debs"; mkdir -p "$dir.debs"
    apt-get update -qq
    (cd "$dir.debs" && apt-get download -qq protobuf-compiler libprotoc32 libprotobuf32 2>/dev/null)
    for d in "$dir.debs"/*.deb; do dpkg -x "$d" "$dir"; done
    rm -rf "$dir.debs"
    printf '#!/bin/sh\nd=$(dirname "$0")\nLD_LIBRARY_PATH="$d/usr/lib/x86_64-linux-gnu" exec "$d/usr/bin/protoc" "$@"\n' >"$dir/protoc"
    chmod +x "$dir/protoc"
  fi
  "$dir/protoc" --version >/dev/null 2>&1
}

case "${1:-all}" in
  kotlin) kotlin ;;
  swift) swift ;;
  dart) dart ;;
  l10n) l10n ;;
  typescript) typescript; react_native ;;
  protoc) protoc ;;
  all) kotlin; swift; dart; l10n; typescript; react_native ;;
  *) echo "usage: $0 [kotlin|swift|dart|l10n|typescript|protoc|all]" >&2; exit 2 ;;
esac
