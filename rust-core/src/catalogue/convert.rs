//! TOML to JSON, for the catalogue data files.
//!
//! The files are written in TOML for people, but the library reads them as JSON, which parses
//! several times faster: the build script converts the embedded files once at compile time
//! (so a TOML syntax error fails the build, naming file and line), and
//! `Catalogue::load_toml` converts files given at run time the same way.
//! This file is also compiled into `build.rs`, so it may use only `toml` and `serde_json`.

/// Converts one TOML document to a JSON document, or says where the TOML is malformed.
// Also used by `Catalogue::load_toml`, which only the tests call.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub fn toml_to_json(text: &str) -> Result<String, String> {
    let value: toml::Value = toml::from_str(text).map_err(|error| {
        let line = error
            .span()
            .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1);
        match line {
            Some(line) => format!("line {line}: {}", error.message()),
            None => error.message().to_owned(),
        }
    })?;
    serde_json::to_string(&value).map_err(|error| error.to_string())
}
