#!/usr/bin/env bash
# Android Lint over android/app: its merged manifest, resources and Kotlin sources, against
# the app's compiled classes and libraries. Warnings count as errors; the exit status is
# non-zero on any finding. Run scripts/test-android-app.sh first (it installs android/core).
# After the first run nothing is downloaded.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
mvn_flags=(-B --no-transfer-progress -q "-Dkernkracht.libdir=$target_dir/debug"
  "-Dbtleplug.java=$("$root/scripts/btleplug-java-dir.sh")")
app=android/app
out=$app/target/lint

# The merged manifest and the classes lint reads.
mvn "${mvn_flags[@]}" -f $app/pom.xml compile
mkdir -p "$out/project"
cp $app/target/AndroidManifest.xml "$out/project/"
# The app's libraries (android-all, the core, Kotlin, the classes of the Compose aars that
# the compile unpacked) and the lint tool itself.
mvn "${mvn_flags[@]}" -f $app/pom.xml dependency:build-classpath \
  -Dmdep.includeScope=compile "-Dmdep.outputFile=$root/$out/libraries.txt"
for jar in $app/target/aar-classes/*/classes.jar; do printf ':%s' "$root/$jar" >>"$out/libraries.txt"; done
mvn "${mvn_flags[@]}" -f $app/lint/pom.xml dependency:build-classpath \
  "-Dmdep.outputFile=$root/$out/lint-classpath.txt"

java -cp "$(cat "$out/lint-classpath.txt")" com.android.tools.lint.Main \
  --exitcode -Werror --text stdout \
  --sources $app/src/main/kotlin --resources $app/src/main/res \
  --classpath $app/target/classes --libraries "$(cat "$out/libraries.txt")" \
  "$out/project"
