// The presenters and the Kotlin bindings of the Rust core, as an Android library. The
// bindings (Android flavour) are generated from the host build of the core at build time and
// never committed; the core's .so files for each ABI come from scripts/build-android.sh into
// src/main/jniLibs. The JVM tests of this module run with Maven (pom.xml), not here.
plugins {
    alias(libs.plugins.android.library)
}

/** Runs `scripts/gen-bindings.sh kotlin-android`, which builds the core for the host first. */
abstract class GenerateBindings : DefaultTask() {
    @get:InputDirectory
    @get:PathSensitive(PathSensitivity.RELATIVE)
    abstract val coreSources: DirectoryProperty

    @get:Internal
    abstract val repoRoot: DirectoryProperty

    @get:OutputDirectory
    abstract val outputDir: DirectoryProperty

    @get:Inject
    abstract val exec: ExecOperations

    @TaskAction
    fun generate() {
        exec.exec {
            workingDir = repoRoot.get().asFile
            commandLine("bash", "scripts/gen-bindings.sh", "kotlin-android", outputDir.get().asFile.path)
        }
    }
}

val generateBindings = tasks.register<GenerateBindings>("generateBindings") {
    val repo = rootProject.layout.projectDirectory.dir("..")
    repoRoot.set(repo)
    coreSources.set(repo.dir("rust-core/src"))
    outputDir.set(layout.buildDirectory.dir("generated/uniffi"))
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
}

androidComponents {
    onVariants { variant ->
        variant.sources.kotlin?.addGeneratedSourceDirectory(generateBindings, GenerateBindings::outputDir)
    }
}

dependencies {
    // The aar carries JNA's native dispatch library for every Android ABI.
    api(libs.jna) { artifact { type = "aar" } }
    api(libs.kotlinx.coroutines.android)
}
