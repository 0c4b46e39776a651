//! Storage errors, by what the app (and the user) can do about them.

use std::path::PathBuf;

use rusqlite::ErrorCode;

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
