//! The exercise catalogue: every exercise and general rule of the five leaflets, structured and
//! in Dutch and English, embedded in the library.
//!
//! The content lives in human-editable TOML files under `data/` (one per leaflet, format in
//! `docs/catalogue-format.md`) so a physiotherapist can review and correct it without reading
//! Rust. The files are compiled in (converted to JSON by the build script), parsed once on
//! first use and validated as a whole; a mistake names the file, the entry and the field.

mod convert;
mod dosage_text;
mod error;
mod model;
mod parse;
mod query;
mod validate;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use dosage_text::describe as describe_dosage;
pub use error::CatalogueError;
pub use model::*;
pub use query::ExerciseFilter;

macro_rules! builtin_file {
    ($leaflet:literal) => {
        (
            concat!($leaflet, ".toml"),
            include_str!(concat!(env!("OUT_DIR"), "/", $leaflet, ".json")),
        )
    };
}

/// The data files compiled into the library, as (file name, contents converted to JSON).
pub const BUILTIN_FILES: [(&str, &str); 5] = [
    builtin_file!("000"),
    builtin_file!("001"),
    builtin_file!("002"),
    builtin_file!("003"),
    builtin_file!("004"),
];

/// The loaded, validated catalogue.
#[derive(Debug, Clone)]
pub struct Catalogue {
    leaflets: Vec<Leaflet>,
    exercises: Vec<Exercise>,
    advice: Vec<Advice>,
    by_id: HashMap<String, usize>,
}

impl Catalogue {
    /// The catalogue compiled into the library, loaded on first use.
    pub fn builtin() -> Result<&'static Catalogue, CatalogueError> {
        static BUILTIN: OnceLock<Result<Catalogue, CatalogueError>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Catalogue::load(&BUILTIN_FILES))
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Parses and validates catalogue files in their TOML form, given as (file name, text).
    /// Only the tests load catalogue files at run time.
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub fn load_toml(files: &[(&str, &str)]) -> Result<Catalogue, CatalogueError> {
        let converted = files
            .iter()
            .map(|(name, text)| {
                convert::toml_to_json(text)
                    .map(|json| (*name, json))
                    .map_err(|problem| CatalogueError {
                        file: (*name).to_owned(),
                        entry: None,
                        field: None,
                        problem,
                    })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let borrowed: Vec<(&str, &str)> = converted
            .iter()
            .map(|(name, json)| (*name, json.as_str()))
            .collect();
        Catalogue::load(&borrowed)
    }

    /// Parses and validates catalogue files in their JSON form, given as (file name, text).
    pub fn load(files: &[(&str, &str)]) -> Result<Catalogue, CatalogueError> {
        let mut leaflets = Vec::with_capacity(files.len());
        let mut exercises = Vec::new();
        let mut advice = Vec::new();
        for (name, text) in files {
            let file = parse::parse_file(name, text)?;
            leaflets.push(file.leaflet);
            exercises.extend(file.exercises);
            advice.extend(file.advice);
        }
        validate::validate(&exercises, &advice)?;
        let by_id = exercises
            .iter()
            .enumerate()
            .map(|(index, exercise)| (exercise.id.clone(), index))
            .collect();
        Ok(Catalogue {
            leaflets,
            exercises,
            advice,
            by_id,
        })
    }

    pub fn leaflets(&self) -> &[Leaflet] {
        &self.leaflets
    }

    /// Every exercise, in leaflet order.
    pub fn exercises(&self) -> &[Exercise] {
        &self.exercises
    }

    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.by_id.get(id).map(|&index| &self.exercises[index])
    }

    /// The exercises that pass `filter`, in leaflet order.
    pub fn find<'a>(&'a self, filter: &'a ExerciseFilter) -> impl Iterator<Item = &'a Exercise> {
        self.exercises.iter().filter(|e| filter.matches(e))
    }

    /// Every piece of general advice, in leaflet order.
    pub fn advice(&self) -> &[Advice] {
        &self.advice
    }
}
