//! Why the catalogue could not be loaded, precise enough to fix the data file.

use std::fmt;

use crate::language::{Language, Localized};

/// A malformed or inconsistent catalogue entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    /// The data file, e.g. `001.toml`.
    pub file: String,
    /// The entry: its id, or its kind and position when it has no usable id.
    pub entry: Option<String>,
    /// The field within the entry, as a dotted path (`dosage.reps`).
    pub field: Option<String>,
    pub problem: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "catalogue file {}", self.file)?;
        if let Some(entry) = &self.entry {
            write!(f, ", {entry}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for CatalogueError {}

/// The Dutch text names only the file: the entry, field and problem are English and for
/// whoever fixes the data, in the `Display` text. The catalogue is built into the app, so the
/// user's way out is an update.
impl Localized for CatalogueError {
    fn localized(&self, language: Language) -> String {
        match language {
            Language::En => self.to_string(),
            Language::Nl => format!(
                "het oefeningenbestand {} bevat een fout: werk de app bij",
                self.file
            ),
        }
    }
}

#[cfg(test)]
impl CatalogueError {
    /// A value with and one without an entry and a field, for the tests.
    pub(crate) fn samples() -> Vec<CatalogueError> {
        vec![
            CatalogueError {
                file: "001.toml".into(),
                entry: Some("exercise 'side-plank'".into()),
                field: Some("dosage.reps".into()),
                problem: "the minimum is not below the maximum".into(),
            },
            CatalogueError {
                file: "004.toml".into(),
                entry: None,
                field: None,
                problem: "the file is not valid TOML".into(),
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in CatalogueError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        let error = &CatalogueError::samples()[0];
        assert_eq!(
            error.localized(Language::En),
            "catalogue file 001.toml, exercise 'side-plank', field `dosage.reps`: the minimum is \
             not below the maximum"
        );
        assert_eq!(
            error.localized(Language::Nl),
            "het oefeningenbestand 001.toml bevat een fout: werk de app bij"
        );
    }
}
