#!/usr/bin/env bash
# Builds the core's shared library for the phones' ABIs into android/core/src/main/jniLibs,
# where the Gradle build packs it into the app. Run it before `./gradlew assembleDebug` (and
# again after every change to the Rust core). Needs the Android NDK: set ANDROID_NDK_HOME, or
# ANDROID_HOME / ANDROID_SDK_ROOT with an NDK installed under ndk/ by the SDK manager.
#
#   scripts/build-android.sh            release build (as the app ships)
#   PROFILE=debug scripts/build-android.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
profile=${PROFILE:-release}
abis=(arm64-v8a armeabi-v7a x86_64)
targets=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)
out=android/core/src/main/jniLibs

if [ -z "${ANDROID_NDK_HOME:-}" ]; then
  sdk=${ANDROID_HOME:-${ANDROID_SDK_ROOT:-}}
  if [ -n "$sdk" ] && [ -d "$sdk/ndk" ]; then
    # The newest NDK the SDK manager installed.
    ANDROID_NDK_HOME=$(find "$sdk/ndk" -mindepth 1 -maxdepth 1 -type d | sort -V | tail -n 1)
  fi
fi
if [ -z "${ANDROID_NDK_HOME:-}" ] || [ ! -d "$ANDROID_NDK_HOME" ]; then
  cat >&2 <<'MSG'
build-android.sh: the Android NDK was not found.
  Install it with Android Studio's SDK manager (SDK Tools > NDK (Side by side)), then set
  ANDROID_NDK_HOME to its folder, or ANDROID_HOME to the SDK that holds it under ndk/.
MSG
  exit 1
fi
export ANDROID_NDK_HOME

command -v cargo-ndk >/dev/null || cargo install --locked cargo-ndk
installed=$(rustup target list --installed)
for target in "${targets[@]}"; do
  grep -qx "$target" <<<"$installed" || rustup target add "$target"
done

flags=(--platform 26 --output-dir "$out")
for abi in "${abis[@]}"; do flags+=(--target "$abi"); done
build=(build -p kernkracht)
[ "$profile" = release ] && build+=(--release)
cargo ndk "${flags[@]}" "${build[@]}"
echo "build-android: libkernkracht.so for ${abis[*]} in $out" >&2
