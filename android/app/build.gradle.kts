// The Android application: the activity, reminders, notifications, Bluetooth permissions,
// speech and backups around the core and the screens. The same sources are compiled against
// android-all and tested with Robolectric by Maven (pom.xml).
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "app.kernkracht"
    compileSdk = libs.versions.compileSdk.get().toInt()
    defaultConfig {
        applicationId = "app.kernkracht"
        minSdk = libs.versions.minSdk.get().toInt()
        targetSdk = libs.versions.targetSdk.get().toInt()
        versionCode = libs.versions.versionCode.get().toInt()
        versionName = libs.versions.versionName.get()
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    buildFeatures {
        compose = true
    }
    // btleplug's Java side, which its Rust code calls through JNI, from the sources cargo
    // fetched for the core's btleplug (scripts/btleplug-java-dir.sh).
    sourceSets["main"].java.srcDir(
        providers.exec { commandLine(rootDir.resolve("../scripts/btleplug-java-dir.sh").path) }
            .standardOutput.asText.map { it.trim() }
    )
}

dependencies {
    implementation(project(":core"))
    implementation(project(":ui"))
    implementation(libs.androidx.activity.compose)
}
