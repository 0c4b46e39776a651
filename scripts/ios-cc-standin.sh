#!/usr/bin/env bash
# A C compiler for `cargo check --target aarch64-apple-ios` on Linux, where Xcode's clang
# cannot run. Build scripts (cc-rs, for bundled SQLite) first ask the compiler to
# preprocess (`-E`), which Debian's clang does for any target; every other call only needs
# an object file to exist, because a type check links nothing. So it writes an empty
# arm64-apple-ios object at the path given by `-o` (or `-Fo`).
set -euo pipefail
for arg in "$@"; do
  if [ "$arg" = -E ]; then exec clang --target=arm64-apple-ios "$@"; fi
done
out=
previous=
for arg in "$@"; do
  case "$previous" in -o) out=$arg ;; esac
  case "$arg" in -Fo*) out=${arg#-Fo} ;; esac
  previous=$arg
done
[ -n "$out" ] || exit 0
clang --target=arm64-apple-ios -c -x c /dev/null -o "$out"
