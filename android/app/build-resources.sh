#!/usr/bin/env bash
# What the Android Gradle plugin does before compiling, for this Maven build: merge into the
# manifest what Gradle keeps in build.gradle.kts (the namespace as the package, the version,
# minSdk and targetSdk, read from the Gradle version catalogue so both builds agree), then
# let aapt2 write R.java and the compiled resources package. The libraries unpacked under
# LIBRARIES (unpack-aars.sh) add their resources below the app's, and each library whose code
# reads its own R class gets one in its package, with the same ids, as Gradle generates them.
#
#   build-resources.sh NAMESPACE ANDROID_JAR R_DIR MERGED_MANIFEST RESOURCES_APK LIBRARIES
set -euo pipefail
namespace=$1 android_jar=$2 r_dir=$3 merged=$4 apk=$5 libraries=$6
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
# aapt2 compiles each resource folder; the link overlays them in order, the app's last, so
# the app's resources win over a library's.
compiled=$(dirname "$apk")/compiled-resources
rm -rf "$compiled" && mkdir -p "$compiled"
overlays=() packages=()
for library in "$libraries"/*/; do
  name=$(basename "$library")
  if [ -d "$library/res" ]; then
    aapt2 compile --dir "$library/res" -o "$compiled/$name.zip"
    overlays+=(-R "$compiled/$name.zip")
  fi
  if [ -s "$library/R.txt" ]; then
    packages+=("$(sed -n 's/.*package="\([^"]*\)".*/\1/p' "$library/AndroidManifest.xml")")
  fi
done
aapt2 compile --dir src/main/res -o "$compiled/app.zip"
aapt2 link -I "$android_jar" --manifest "$merged" -o "$apk" --java "$r_dir" --auto-add-overlay \
  --extra-packages "$(IFS=:; echo "${packages[*]}")" "${overlays[@]}" -R "$compiled/app.zip"
