// Plugins are declared once here and applied in the modules that use them. The Android
// Gradle plugin compiles Kotlin itself (built-in Kotlin, AGP 9); the Compose plugin adds the
// Compose compiler at the same Kotlin version.
plugins {
    alias(libs.plugins.android.application) apply false
    alias(libs.plugins.android.library) apply false
    alias(libs.plugins.kotlin.compose) apply false
}
