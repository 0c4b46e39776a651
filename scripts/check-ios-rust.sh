#!/usr/bin/env bash
# Type-checks the core for iOS (aarch64-apple-ios) without Xcode: the iOS-only Rust
# (btleplug's CoreBluetooth backend) compiles here. cc-rs asks `xcrun` for the SDK, which
# Linux lacks, so SDKROOT names an empty folder and scripts/ios-cc-standin.sh stands in for
# Apple's clang; no C is compiled for real and nothing is linked. Linking the static library
# for the phone needs a Mac (scripts/build-ios.sh).
#
# Needs once: rustup target add aarch64-apple-ios; apt-get install clang
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
rustup target list --installed | grep -qx aarch64-apple-ios ||
  { echo "missing: rustup target add aarch64-apple-ios" >&2; exit 1; }
command -v clang >/dev/null || { echo "missing: apt-get install clang" >&2; exit 1; }
sdk=$(mktemp -d)
trap 'rm -rf "$sdk"' EXIT
SDKROOT=$sdk AR_aarch64_apple_ios=ar CC_aarch64_apple_ios="$root/scripts/ios-cc-standin.sh" \
  cargo check --quiet --target aarch64-apple-ios -p kernkracht
echo "ios-rust: the core type-checks for aarch64-apple-ios"
