//! Storage errors, by what the app (and the user) can do about them.

use std::path::PathBuf;

use rusqlite::ErrorCode;

use crate::language::{Language, Localized};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{} is not a Kernkracht database; it was left untouched", path.display())]
    NotADatabase { path: PathBuf },
    /// An SQLite database, but another program's: it carries another application id, or holds
    /// tables that are not ours. Opening it would have migrated it into ours.
    #[error("{} belongs to another program; it was left untouched", path.display())]
    ForeignDatabase { path: PathBuf },
    #[error("the database {} is damaged ({detail}); it was left untouched", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error("the database {} was written by a newer version of the app (schema {found}, this version reads up to {supported}); update the app", path.display())]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("the database {} cannot be opened: {detail}", path.display())]
    CannotOpen { path: PathBuf, detail: String },
    #[error("the storage is full: free some space and try again; nothing was lost")]
    DiskFull,
    #[error("the database is read-only: nothing could be saved")]
    ReadOnly,
    #[error("the database is busy: try again")]
    Busy,
    #[error("the data was refused: {0}")]
    Invalid(String),
    #[error("{0}")]
    BadBackup(String),
    #[error("{0}")]
    NotFound(String),
    #[error("database error: {0}")]
    Sqlite(String),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        let code = error.sqlite_error_code();
        match code {
            Some(ErrorCode::DiskFull) => StoreError::DiskFull,
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => StoreError::Busy,
            Some(ErrorCode::ConstraintViolation) => StoreError::Invalid(error.to_string()),
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt {
                path: PathBuf::new(),
                detail: error.to_string(),
            },
            _ => StoreError::Sqlite(error.to_string()),
        }
    }
}

/// The Dutch texts leave out the free-text details (SQLite's or the file system's words, the
/// store's own checks): those are English and stay in the `Display` text, for the log.
impl Localized for StoreError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            StoreError::NotADatabase { path } => format!(
                "{} bevat geen Kernkracht-database; het bestand bleef onaangeroerd",
                path.display()
            ),
            StoreError::ForeignDatabase { path } => format!(
                "{} hoort bij een ander programma; het bestand bleef onaangeroerd",
                path.display()
            ),
            StoreError::Corrupt { path, .. } => format!(
                "de database {} raakte beschadigd en bleef onaangeroerd",
                path.display()
            ),
            StoreError::NewerVersion {
                path,
                found,
                supported,
            } => format!(
                "de database {} werd geschreven door een nieuwere versie van de app (schema \
                 {found}, deze versie leest tot en met {supported}); werk de app bij",
                path.display()
            ),
            StoreError::CannotOpen { path, .. } => {
                format!("de database {} kan niet geopend worden", path.display())
            }
            StoreError::DiskFull => {
                "de opslag zit vol: maak wat ruimte vrij en probeer opnieuw; er ging niets verloren"
                    .into()
            }
            StoreError::ReadOnly => {
                "de database kan alleen gelezen worden: er kon niets opgeslagen worden".into()
            }
            StoreError::Busy => "de database wordt al gebruikt: probeer opnieuw".into(),
            StoreError::Invalid(_) => "de gegevens werden geweigerd".into(),
            StoreError::BadBackup(_) => "deze back-up kan niet teruggezet worden: het bestand \
                 raakte beschadigd, hoort niet bij Kernkracht of komt uit een nieuwere versie van \
                 de app; je gegevens bleven ongewijzigd"
                .into(),
            StoreError::NotFound(_) => "de gevraagde gegevens werden niet gevonden".into(),
            StoreError::Sqlite(_) => "er ging iets mis met de database: probeer opnieuw".into(),
            StoreError::Io(_) => "een bestand kon niet gelezen of geschreven worden".into(),
        }
    }
}

#[cfg(test)]
impl StoreError {
    /// One value of every variant, for the tests; the details are English on purpose.
    pub(crate) fn samples() -> Vec<StoreError> {
        let path = PathBuf::from("/data/kernkracht.db");
        vec![
            StoreError::NotADatabase { path: path.clone() },
            StoreError::ForeignDatabase { path: path.clone() },
            StoreError::Corrupt {
                path: path.clone(),
                detail: "the database disk image is malformed".into(),
            },
            StoreError::NewerVersion {
                path: path.clone(),
                found: 4,
                supported: 3,
            },
            StoreError::CannotOpen {
                path,
                detail: "unable to open the database file".into(),
            },
            StoreError::DiskFull,
            StoreError::ReadOnly,
            StoreError::Busy,
            StoreError::Invalid("the score is not allowed".into()),
            StoreError::BadBackup("the file is not a Kernkracht backup".into()),
            StoreError::NotFound("the session with that id is not there".into()),
            StoreError::Sqlite("the statement was not valid".into()),
            StoreError::Io(std::io::Error::other("the disk is not there")),
        ]
    }
}

impl StoreError {
    /// Attaches the database's path to errors that name a file.
    pub(super) fn at(self, at: &std::path::Path) -> StoreError {
        match self {
            StoreError::Corrupt { detail, .. } => StoreError::Corrupt {
                path: at.to_owned(),
                detail,
            },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::checks::assert_localized;

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in StoreError::samples() {
            assert_localized(&error);
        }
        let newer = StoreError::NewerVersion {
            path: PathBuf::from("kernkracht.db"),
            found: 4,
            supported: 3,
        };
        assert_eq!(
            newer.localized(Language::Nl),
            "de database kernkracht.db werd geschreven door een nieuwere versie van de app \
             (schema 4, deze versie leest tot en met 3); werk de app bij"
        );
        assert_eq!(
            StoreError::Busy.localized(Language::En),
            "the database is busy: try again"
        );
    }
}
