#!/usr/bin/env bash
# Generates the foreign-language bindings from the freshly built core library (UniFFI library
# mode), so they always match the scaffolding compiled into it. Bindings are never committed.
#
#   scripts/gen-bindings.sh kotlin-jvm     OUT_DIR   Kotlin for the JVM tests (JNA, desktop)
#   scripts/gen-bindings.sh kotlin-android OUT_DIR   Kotlin for the Android app
#   scripts/gen-bindings.sh swift          OUT_DIR   Swift sources, C header and modulemap
#
# The host library is built in debug mode; set PROFILE=release for a release build.
set -euo pipefail

flavour=${1:?usage: gen-bindings.sh kotlin-jvm|kotlin-android|swift OUT_DIR}
out=${2:?usage: gen-bindings.sh kotlin-jvm|kotlin-android|swift OUT_DIR}
root=$(cd "$(dirname "$0")/.." && pwd)
profile=${PROFILE:-debug}
target_dir=${CARGO_TARGET_DIR:-$root/target}

cd "$root"
cargo_flags=(--quiet -p kernkracht -p uniffi-bindgen)
[ "$profile" = release ] && cargo_flags+=(--release)
cargo build "${cargo_flags[@]}"

# The host's shared library: .so on Linux, .dylib on a Mac (scripts/build-ios.sh).
suffix=so
[ "$(uname -s)" = Darwin ] && suffix=dylib
library="$target_dir/$profile/libkernkracht.$suffix"
bindgen="$target_dir/$profile/uniffi-bindgen"
config="$root/uniffi.toml"

case "$flavour" in
  kotlin-jvm) language=kotlin ;;
  kotlin-android)
    # Same names, plus UniFFI's Android switch (android.system.SystemCleaner and friends).
    language=kotlin
    config=$(mktemp --suffix=.toml)
    trap 'rm -f "$config"' EXIT
    sed '/^\[crates\.kernkracht\.bindings\.kotlin\]/a android = true' "$root/uniffi.toml" >"$config"
    # crate-roots are relative to the config file: make them absolute for the copy.
    sed -i "s|\"\./rust-core\"|\"$root/rust-core\"|" "$config"
    ;;
  swift) language=swift ;;
  *) echo "gen-bindings.sh: unknown flavour '$flavour'" >&2; exit 2 ;;
esac

rm -rf "$out"
mkdir -p "$out"
"$bindgen" generate "$library" --language "$language" --config "$config" --out-dir "$out" --no-format
echo "gen-bindings: $flavour bindings in $out" >&2
