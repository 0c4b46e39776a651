#!/usr/bin/env bash
# The app's Android platform code on the JVM: builds the core library, installs android/core
# (presenters, generated bindings and its test helpers) into the local Maven repository, then
# runs android/app's Robolectric tests against the real core: the activity shows the Compose
# screens and wires them to the phone, alarms equal the core's reminder list, the
# boot/time/zone/update receivers reschedule, a reminder posts its notification.
# Repeatable; after the first run every artefact is in ~/.m2 and nothing is downloaded.
# Needs `aapt2` (Debian package `aapt`) to compile the app's and its libraries' resources.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
mvn_flags=(-B --no-transfer-progress "-Dkernkracht.libdir=$target_dir/debug"
  "-Dbtleplug.java=$("$root/scripts/btleplug-java-dir.sh")")

command -v aapt2 >/dev/null || { echo "aapt2 not found: apt-get install aapt" >&2; exit 1; }
cargo build --quiet -p kernkracht -p uniffi-bindgen

# android/core's own tests run in scripts/test.sh's Kotlin step.
mvn "${mvn_flags[@]}" -f android/core/pom.xml install -DskipTests
mvn "${mvn_flags[@]}" -f android/app/pom.xml test
