#!/usr/bin/env bash
# What the Android Gradle plugin does with a library's aar before building against it, for
# this Maven build: an aar is a zip around the library's classes.jar, its resources, the
# manifest that names its package and R.txt (the resources its code reads through its own R
# class, which the app's build generates). Each AAR_DIR/NAME.aar gives CLASSES_DIR/NAME/ with
# classes.jar, AndroidManifest.xml, R.txt and res/ (where the aar has them).
#
#   unpack-aars.sh AAR_DIR CLASSES_DIR
set -euo pipefail
aars=$(cd "$1" && pwd) classes=$2
for aar in "$aars"/*.aar; do
  dir=$classes/$(basename "$aar" .aar)
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$dir" && jar xf "$aar" classes.jar AndroidManifest.xml R.txt res)
done
