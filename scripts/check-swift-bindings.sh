#!/usr/bin/env bash
# No Swift toolchain runs on Linux build machines, so this checks what can be checked: the
# Swift bindings, C header and modulemap generate from the built library; the modulemap and
# the Swift source name the configured modules; the header is valid C; and every function the
# header declares is exported by the library.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$root/scripts/gen-bindings.sh" swift "$out"
fail() { echo "check-swift-bindings: $*" >&2; exit 1; }

for f in KernkrachtCore.swift KernkrachtFFI.h KernkrachtFFI.modulemap; do
  [ -s "$out/$f" ] || fail "$f was not generated"
done
grep -q '^module KernkrachtFFI' "$out/KernkrachtFFI.modulemap" || fail "modulemap does not define KernkrachtFFI"
grep -q 'header "KernkrachtFFI.h"' "$out/KernkrachtFFI.modulemap" || fail "modulemap does not use KernkrachtFFI.h"
grep -q 'import KernkrachtFFI' "$out/KernkrachtCore.swift" || fail "Swift source does not import KernkrachtFFI"
grep -q 'func recommendBall(' "$out/KernkrachtCore.swift" || fail "Swift source lacks recommendBall"

# The header uses clang's nullability qualifiers; gcc checks the rest of the C.
gcc -fsyntax-only -Wall -Werror -D_Nullable= -D_Nonnull= -x c - <<<"#include \"$out/KernkrachtFFI.h\"" \
  || fail "the generated header is not valid C"

library="${CARGO_TARGET_DIR:-$root/target}/debug/libkernkracht.so"
declared=$(grep -oE '\b(uniffi|ffi)_kernkracht_[a-z0-9_]+\(' "$out/KernkrachtFFI.h" | tr -d '(' | sort -u)
exported=$(nm -D --defined-only "$library" | awk '{print $3}' | sort -u)
missing=$(comm -23 <(echo "$declared") <(echo "$exported"))
[ -z "$missing" ] || fail "declared in the header but not exported: $missing"
echo "check-swift-bindings: ok ($(echo "$declared" | wc -l) FFI functions declared and exported)"
