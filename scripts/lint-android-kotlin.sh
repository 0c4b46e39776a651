#!/usr/bin/env bash
# ktlint over every Kotlin file of android/ (core, ui, app, main and test sources, and the
# Gradle build scripts), with the rules of android/.editorconfig. The exit status is non-zero
# on any finding; `scripts/lint-android-kotlin.sh --format` fixes what ktlint can fix.
# ktlint comes from Maven Central into android/target/ktlint the first time.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/android"
version=1.8.0
jar=target/ktlint/ktlint-cli-$version-all.jar

if [ ! -f "$jar" ]; then
  mvn -B -q --no-transfer-progress dependency:copy \
    "-Dartifact=com.pinterest.ktlint:ktlint-cli:$version:jar:all" -DoutputDirectory=target/ktlint
fi
java -jar "$jar" "$@" '**/*.kt' '**/*.kts' '!**/target/**' '!**/build/**'
echo "ktlint: the Kotlin of android/ is clean" >&2
