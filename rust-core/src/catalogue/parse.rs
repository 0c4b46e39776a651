//! Reading one data file (in its JSON form). The whole file is read into typed entries in one
//! pass; only when that fails is the file read again, loosely, to name the entry (by id) and
//! the field (by path) the error concerns.

use serde_path_to_error::Segment;

use super::error::CatalogueError;
use super::model::{Advice, Exercise, Leaflet};

/// One data file's content.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParsedFile {
    pub leaflet: Leaflet,
    #[serde(default, rename = "exercise")]
    pub exercises: Vec<Exercise>,
    #[serde(default)]
    pub advice: Vec<Advice>,
}

pub fn parse_file(file: &str, json: &str) -> Result<ParsedFile, CatalogueError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let mut parsed: ParsedFile = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| locate(file, json, error))?;
    for exercise in &mut parsed.exercises {
        exercise.leaflet = parsed.leaflet.source.clone();
    }
    for advice in &mut parsed.advice {
        advice.leaflet = parsed.leaflet.source.clone();
    }
    Ok(parsed)
}

/// Turns a path such as `exercise[3].dosage.reps` into entry `exercise 'plank'` and field
/// `dosage.reps`.
fn locate(
    file: &str,
    json: &str,
    error: serde_path_to_error::Error<serde_json::Error>,
) -> CatalogueError {
    let segments: Vec<&Segment> = error.path().iter().collect();
    let (entry, rest) = match segments.as_slice() {
        [Segment::Map { key }, Segment::Seq { index }, rest @ ..] => {
            (Some(name_entry(json, key, *index)), rest)
        }
        [Segment::Map { key }, rest @ ..] if key == "leaflet" => {
            (Some("the [leaflet] table".to_owned()), rest)
        }
        _ => (None, &segments[..]),
    };
    let field = rest
        .iter()
        .map(|segment| segment.to_string())
        .collect::<Vec<_>>()
        .join(".")
        .replace(".[", "[");
    CatalogueError {
        file: file.to_owned(),
        entry,
        field: (!field.is_empty()).then_some(field),
        problem: error.into_inner().to_string(),
    }
}

/// `exercise 'side-plank'`, or `exercise #3` when the entry has no string id.
fn name_entry(json: &str, kind: &str, index: usize) -> String {
    let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    match value[kind][index]["id"].as_str() {
        Some(id) => format!("{kind} '{id}'"),
        None => format!("{kind} #{}", index + 1),
    }
}
