#!/usr/bin/env bash
# What the Android Gradle plugin does before compiling, for this Maven build: merge into the
# manifest what Gradle keeps in build.gradle.kts (the namespace as the package, the version,
# minSdk and targetSdk, read from the Gradle version catalogue so both builds agree), then
# let aapt write R.java and the compiled resources package.
#
#   build-resources.sh NAMESPACE ANDROID_JAR R_DIR MERGED_MANIFEST RESOURCES_APK
set -euo pipefail
namespace=$1 android_jar=$2 r_dir=$3 merged=$4 apk=$5
cd "$(dirname "$0")"
catalogue=../gradle/libs.versions.toml
version() { sed -n "s/^$1 = \"\(.*\)\"$/\1/p" "$catalogue"; }
min_sdk=$(version minSdk) target_sdk=$(version targetSdk)
version_code=$(version versionCode) version_name=$(version versionName)
for value in "$min_sdk" "$target_sdk" "$version_code" "$version_name"; do
  [ -n "$value" ] || { echo "build-resources.sh: a version is missing in $catalogue" >&2; exit 1; }
done
mkdir -p "$r_dir" "$(dirname "$merged")"
sed -e "s|<manifest |<manifest package=\"$namespace\" android:versionCode=\"$version_code\" android:versionName=\"$version_name\" |" \
  -e "/^<manifest /a\    <uses-sdk android:minSdkVersion=\"$min_sdk\" android:targetSdkVersion=\"$target_sdk\" />" \
  src/main/AndroidManifest.xml >"$merged"
aapt package -f -m --auto-add-overlay -J "$r_dir" -S src/main/res -M "$merged" -I "$android_jar" -F "$apk"
