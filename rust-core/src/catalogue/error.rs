//! Why the catalogue could not be loaded, precise enough to fix the data file.

use std::fmt;

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
