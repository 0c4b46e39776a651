//! The bindings generator, built from the same UniFFI version as the core so that the generated
//! Kotlin and Swift always match the scaffolding compiled into the library.

fn main() {
    uniffi::uniffi_bindgen_main()
}
