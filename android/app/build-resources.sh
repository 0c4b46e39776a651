#!/usr/bin/env bash
# What the Android Gradle plugin does before compiling, for this Maven build: merge into the
# manifest what Gradle keeps in build.gradle.kts (the namespace as the package, the version,
# minSdk and targetSdk), then let aapt write R.java and the compiled resources package.
#
#   build-resources.sh NAMESPACE ANDROID_JAR R_DIR MERGED_MANIFEST RESOURCES_APK
set -euo pipefail
namespace=$1 android_jar=$2 r_dir=$3 merged=$4 apk=$5
cd "$(dirname "$0")"
mkdir -p "$r_dir" "$(dirname "$merged")"
sed -e "s|<manifest |<manifest package=\"$namespace\" android:versionCode=\"1\" android:versionName=\"0.1.0\" |" \
  -e '/^<manifest /a\    <uses-sdk android:minSdkVersion="26" android:targetSdkVersion="37" />' \
  src/main/AndroidManifest.xml >"$merged"
aapt package -f -m --auto-add-overlay -J "$r_dir" -S src/main/res -M "$merged" -I "$android_jar" -F "$apk"
