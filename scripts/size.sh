#!/usr/bin/env bash
# Builds the core with the phone release profile and prints the stripped library sizes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --quiet --release -p kernkracht
dir="${CARGO_TARGET_DIR:-$root/target}/release"
for f in libkernkracht.so libkernkracht.a; do
  bytes=$(stat -c %s "$dir/$f")
  printf '%-18s %9d bytes  %7.1f KiB\n' "$f" "$bytes" "$(echo "$bytes / 1024" | bc -l)"
done
