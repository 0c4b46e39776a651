#!/usr/bin/env bash
# The Android app's screens on the JVM. Builds the core library, installs android/core
# (presenters and the generated bindings) into the local Maven repository, then runs
# android/ui's tests: every
# screen rendered headless in Dutch and English to android/ui/target/screens/*.png, and
# clicks through onboarding, a session and the simulated cuff. Repeatable; after the first
# run every artefact is in ~/.m2 and nothing is downloaded.
#
#   scripts/test-android-ui.sh           the screen tests
#   scripts/test-android-ui.sh --bench   also the gauge's frame-time bench (printed figures)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
libdir="$target_dir/debug"
mvn_flags=(-B --no-transfer-progress "-Dkernkracht.libdir=$libdir")

cargo build --quiet -p kernkracht -p uniffi-bindgen

# android/core's own tests (bindings and presenters) run in scripts/test.sh's Kotlin step.
mvn "${mvn_flags[@]}" -f android/core/pom.xml install -DskipTests
mvn "${mvn_flags[@]}" -f android/ui/pom.xml test
echo "screens: $(find android/ui/target/screens -name '*.png' | wc -l) PNG files in android/ui/target/screens"

if [ "${1:-}" = --bench ]; then
  mvn "${mvn_flags[@]}" -f android/ui/pom.xml test -Pbench | grep -E 'frames:'
fi
