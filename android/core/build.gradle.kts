// The presenters and the Kotlin bindings of the Rust core, as an Android library. The
// bindings (Android flavour) are generated from the host build of the core at build time and
// never committed; the core's .so files for each ABI come from scripts/build-android.sh into
// src/main/jniLibs. The JVM tests of this module run with Maven (pom.xml), not here.
plugins {
    alias(libs.plugins.android.library)
}

val repoRoot = rootDir.parentFile
val bindingsDir = layout.buildDirectory.dir("generated/uniffi")

val generateBindings by tasks.registering(Exec::class) {
    description = "Generates the Android flavour of the UniFFI Kotlin bindings."
    workingDir = repoRoot
    commandLine("bash", "scripts/gen-bindings.sh", "kotlin-android", bindingsDir.get().asFile.path)
    inputs.dir(repoRoot.resolve("rust-core/src"))
    outputs.dir(bindingsDir)
}

android {
    namespace = "app.kernkracht.core"
    compileSdk = libs.versions.compileSdk.get().toInt()
    defaultConfig {
        minSdk = libs.versions.minSdk.get().toInt()
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    sourceSets["main"].kotlin.srcDir(generateBindings)
}

dependencies {
    // The aar carries JNA's native dispatch library for every Android ABI.
    api("${libs.jna.get()}@aar")
    api(libs.kotlinx.coroutines.android)
}
