#!/usr/bin/env bash
# The full test run: formatting, lints (with the tests' view of the core and with the shells'
# view of it), the Rust tests, the Kotlin tests on the JVM through the generated bindings (the
# binding tests and the presenters), the Compose screens rendered and clicked headless, the
# Android app's platform code under Robolectric, Android Lint and ktlint, the core
# type-checked for Android, the Swift bindings check, the iOS app's Swift parsed and its calls
# into the core checked against fresh bindings, the core type-checked for iOS, and the
# Bluetooth tests end to end against a fake BlueZ. Every step runs even when an earlier one
# fails; a summary follows and the exit status is non-zero if any step failed.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" || exit 1

target_dir=${CARGO_TARGET_DIR:-$root/target}
names=() results=() times=()
step() {
  local name=$1; shift
  printf '\n==> %s\n' "$name"
  local start=$SECONDS status
  "$@"; status=$?
  names+=("$name"); times+=($((SECONDS - start)))
  if [ $status = 0 ]; then results+=(ok); else results+=(FAILED); fi
}

step "cargo fmt" cargo fmt --all -- --check
# With every target and the tests' `internals` feature (the domain modules made public)...
step "cargo clippy" cargo clippy --workspace --all-targets --all-features --quiet -- -D warnings
# ...and as the shells build it: only the facade is public, the command-line tool compiles
# against it alone, and nothing is left unused.
step "facade only" cargo clippy --workspace --quiet -- -D warnings
step "rust tests" cargo test --workspace --all-features
step "kotlin tests (JVM)" mvn -B --no-transfer-progress -f android/core/pom.xml test \
  "-Dkernkracht.libdir=$target_dir/debug"
step "android screens (JVM)" scripts/test-android-ui.sh
step "android app (JVM)" scripts/test-android-app.sh
step "android lint" scripts/lint-android-app.sh
step "android ktlint" scripts/lint-android-kotlin.sh
step "android rust check" scripts/check-android-rust.sh
step "swift bindings" scripts/check-swift-bindings.sh
step "ios swift checks" scripts/check-ios-swift.sh
step "ios rust check" scripts/check-ios-rust.sh
step "bluetooth end to end" scripts/test-bluetooth.sh

passed=0 failed=0
printf '\n%-22s %-7s %s\n' step result seconds
for i in "${!names[@]}"; do
  printf '%-22s %-7s %s\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
  if [ "${results[$i]}" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "test-steps: $passed passed, $failed failed"
[ $failed = 0 ]
