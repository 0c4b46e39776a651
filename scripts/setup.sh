#!/usr/bin/env bash
# Installs what building and testing Kernkracht needs on a Debian machine, idempotently: a
# second run checks and installs nothing. Rust (rustup) is expected; everything else comes
# from Debian's packages.
set -euo pipefail

say() { printf 'setup: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Debian packages: D-Bus headers and pkg-config for the Bluetooth stack (btleplug talks to
# BlueZ over D-Bus), a JDK and Maven for the Kotlin tests, binutils for the symbol checks,
# the D-Bus daemon and tools and Python's venv for the fake BlueZ of the Bluetooth tests,
# aapt (with aapt2) for the Android app's resources, an aarch64 C compiler with its headers
# for the Android type check of the core (bundled SQLite's C), and clang, whose preprocessor
# the iOS type check uses.
packages=(libdbus-1-dev pkg-config openjdk-17-jdk-headless maven binutils dbus-daemon dbus-bin
  aapt gcc-aarch64-linux-gnu libc6-dev-arm64-cross clang)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A JDK 17 or newer from elsewhere (e.g. Temurin) serves as well as Debian's.
if command -v javac >/dev/null && javac -version 2>&1 | grep -Eq 'javac (1[7-9]|[2-9][0-9])'; then
  missing=("${missing[@]/openjdk-17-jdk-headless/}")
fi
command -v mvn >/dev/null && missing=("${missing[@]/maven/}")
read -r -a missing <<<"${missing[*]}"
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import sys, venv; assert sys.version_info >= (3, 11)' 2>/dev/null; then
  say "Python 3.11 or newer with venv is needed for the Bluetooth tests' fake BlueZ"
  exit 1
fi

if ! command -v cargo >/dev/null; then
  say "cargo not found: install Rust with rustup (https://rustup.rs) and run again"
  exit 1
fi
for component in rustfmt clippy; do
  if ! cargo "${component/rustfmt/fmt}" --version >/dev/null 2>&1; then
    say "adding the $component component"
    rustup component add "$component"
  fi
done
installed_targets=$(rustup target list --installed 2>/dev/null)
for target in aarch64-linux-android aarch64-apple-ios; do
  if ! grep -qx "$target" <<<"$installed_targets"; then
    say "adding the $target target"
    rustup target add "$target"
  fi
done

# tree-sitter with its Swift grammar, for the syntax and binding checks of the iOS app's
# hand-written Swift: in a venv under the build folder, installed once.
swift_venv=${CARGO_TARGET_DIR:-$(cd "$(dirname "$0")/.." && pwd)/target}/swift-venv
if ! "$swift_venv/bin/python" -c 'import tree_sitter, tree_sitter_swift' 2>/dev/null; then
  say "installing tree-sitter and tree-sitter-swift into $swift_venv"
  python3 -m venv "$swift_venv"
  "$swift_venv/bin/pip" install --quiet 'tree-sitter==0.26.*' 'tree-sitter-swift==0.7.4'
fi
