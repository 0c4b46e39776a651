//! Converts the catalogue's TOML data files to JSON at compile time (see
//! `src/catalogue/convert.rs` for why); a malformed file fails the build with file and line.

#[path = "src/catalogue/convert.rs"]
mod convert;

use std::path::PathBuf;

fn main() {
    let data = PathBuf::from("src/catalogue/data");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo::rerun-if-changed={}", data.display());
    for leaflet in ["000", "001", "002", "003", "004"] {
        let source = data.join(format!("{leaflet}.toml"));
        let text = std::fs::read_to_string(&source)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", source.display()));
        let json = convert::toml_to_json(&text)
            .unwrap_or_else(|problem| panic!("{}: {problem}", source.display()));
        std::fs::write(out.join(format!("{leaflet}.json")), json)
            .unwrap_or_else(|e| panic!("cannot write the converted {leaflet}.json: {e}"));
    }
}
