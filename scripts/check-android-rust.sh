#!/usr/bin/env bash
# Type-checks the core for Android (aarch64) without the NDK: the Android-only Rust (the JNI
# entry point for Bluetooth, btleplug's Android backend) compiles here. Bundled SQLite's C is
# compiled with Debian's generic aarch64 GCC, which is enough for a check; linking the real
# library needs the NDK (cargo-ndk) and is not attempted.
#
# Needs once: rustup target add aarch64-linux-android; apt-get install gcc-aarch64-linux-gnu
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rustup target list --installed | grep -qx aarch64-linux-android ||
  { echo "missing: rustup target add aarch64-linux-android" >&2; exit 1; }
command -v aarch64-linux-gnu-gcc >/dev/null ||
  { echo "missing: apt-get install gcc-aarch64-linux-gnu" >&2; exit 1; }
CC_aarch64_linux_android=aarch64-linux-gnu-gcc AR_aarch64_linux_android=aarch64-linux-gnu-ar \
  cargo check --quiet --target aarch64-linux-android -p kernkracht
echo "android-rust: the core type-checks for aarch64-linux-android"
