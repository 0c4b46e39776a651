#!/usr/bin/env bash
# Prints the folder of btleplug's Java side for Android (its `droidplug` sources: the
# Bluetooth adapter and peripheral classes its Rust code calls through JNI, and their
# future/stream helpers), as cargo fetched it for the core's pinned btleplug. The Android
# builds compile these sources into the app; nothing is copied into the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
manifest=$(cargo metadata --format-version 1 --manifest-path "$root/Cargo.toml" |
  python3 -c 'import json, sys
packages = json.load(sys.stdin)["packages"]
print(next(p["manifest_path"] for p in packages if p["name"] == "btleplug"))')
dir="$(dirname "$manifest")/src/droidplug/java/src/main/java"
[ -d "$dir" ] || { echo "btleplug-java-dir: no Java sources in $dir" >&2; exit 1; }
echo "$dir"
