#!/usr/bin/env bash
# Builds the iOS app on a Mac and runs it on a simulator: the core's static library for
# the phone (aarch64-apple-ios) and both simulators (aarch64-apple-ios-sim and
# x86_64-apple-ios-sim, joined with lipo), the Swift bindings generated from the same
# source, one XCFramework, the Xcode project (XcodeGen), and xcodebuild.
#
#   scripts/build-ios.sh                  build, install and launch on the simulator
#   SIMULATOR="iPhone 15" scripts/build-ios.sh
#   scripts/build-ios.sh --build-only     stop after xcodebuild
#
# Needs macOS with Xcode 15 or newer, rustup, and XcodeGen (brew install xcodegen).
set -euo pipefail
if [ "$(uname -s)" != Darwin ]; then
  echo "build-ios.sh: building the iOS app needs macOS with Xcode (xcodebuild, the iOS SDK)." >&2
  echo "build-ios.sh: on Linux, scripts/test.sh checks the Swift instead (parse, calls into the core," >&2
  echo "build-ios.sh: and the core type-checked for aarch64-apple-ios)." >&2
  exit 1
fi
for tool in xcodebuild xcrun cargo rustup xcodegen; do
  command -v "$tool" >/dev/null || { echo "build-ios.sh: missing $tool" >&2; exit 1; }
done

root=$(cd "$(dirname "$0")/.." && pwd)
ios="$root/ios"
package="$ios/KernkrachtCore"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$root/target}
# The Rust libraries target the app's iOS version (ios/project.yml), so the linker agrees.
export IPHONEOS_DEPLOYMENT_TARGET=17.0
work="$ios/build"
simulator=${SIMULATOR:-iPhone 16}
targets=(aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios-sim)

cd "$root"
installed=$(rustup target list --installed)
for target in "${targets[@]}"; do
  grep -qx "$target" <<<"$installed" || rustup target add "$target"
  cargo build --release --target "$target" -p kernkracht
done

# The bindings, C header and modulemap, from the host library built from the same source.
"$root/scripts/gen-bindings.sh" swift "$work/bindings"
rm -rf "$package/Sources/KernkrachtCore" "$package/KernkrachtFFI.xcframework" "$work/headers" "$work/sim"
mkdir -p "$package/Sources/KernkrachtCore" "$work/headers" "$work/sim"
cp "$work/bindings/KernkrachtCore.swift" "$package/Sources/KernkrachtCore/"
cp "$work/bindings/KernkrachtFFI.h" "$work/headers/"
cp "$work/bindings/KernkrachtFFI.modulemap" "$work/headers/module.modulemap"

# One XCFramework slice per platform: the two simulator architectures share one.
lipo -create \
  "$CARGO_TARGET_DIR/aarch64-apple-ios-sim/release/libkernkracht.a" \
  "$CARGO_TARGET_DIR/x86_64-apple-ios-sim/release/libkernkracht.a" \
  -output "$work/sim/libkernkracht.a"
xcodebuild -create-xcframework \
  -library "$CARGO_TARGET_DIR/aarch64-apple-ios/release/libkernkracht.a" -headers "$work/headers" \
  -library "$work/sim/libkernkracht.a" -headers "$work/headers" \
  -output "$package/KernkrachtFFI.xcframework"

cd "$ios"
xcodegen generate --spec project.yml
xcodebuild -project Kernkracht.xcodeproj -scheme Kernkracht -configuration Debug \
  -destination "platform=iOS Simulator,name=$simulator" -derivedDataPath "$work/DerivedData" build
[ "${1:-}" = --build-only ] && exit 0

app="$work/DerivedData/Build/Products/Debug-iphonesimulator/Kernkracht.app"
xcrun simctl boot "$simulator" 2>/dev/null || true
open -a Simulator
xcrun simctl install "$simulator" "$app"
xcrun simctl launch "$simulator" app.kernkracht
