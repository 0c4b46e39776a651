//! The one error type that crosses the FFI. Each domain module keeps its own rich error; here
//! they are folded into a few kinds a UI can act on, each with a message it can show.
//!
//! The error is "flat": Kotlin and Swift see the kind as the exception class and the domain
//! error's text as its message, so the wording is written once, in the domain module.

use crate::ball::BallError;
use crate::catalogue::CatalogueError;
use crate::coach::CoachError;
use crate::cuff::{CodecError, CuffError, UuidError};
use crate::profile::ProfileError;
use crate::store::StoreError;

/// What went wrong, by what the caller can do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum KernkrachtError {
    /// The caller passed a value the core cannot accept; the message says which and why.
    #[error("{0}")]
    InvalidInput(String),
    /// Nothing has the id or name asked for.
    #[error("{0}")]
    NotFound(String),
    /// Data the core relies on is damaged (the database, or the built-in catalogue); the
    /// message says where. A damaged database is left untouched and can be moved aside.
    #[error("{0}")]
    CorruptData(String),
    /// The database was written by a newer version of the app: update the app.
    #[error("{0}")]
    NewerVersion(String),
    /// Bluetooth failed: no adapter, switched off, no permission, the cuff is gone or did not
    /// answer; the message says which.
    #[error("{0}")]
    Bluetooth(String),
    /// Storage cannot take the write (full, read-only, busy or unreachable); nothing was lost.
    #[error("{0}")]
    StorageUnavailable(String),
    /// A device sent data that breaks its format (a malformed cuff frame); the message says
    /// how. The device is faulty or not a kind the app supports.
    #[error("{0}")]
    MalformedData(String),
}

impl From<BallError> for KernkrachtError {
    fn from(error: BallError) -> Self {
        KernkrachtError::InvalidInput(error.to_string())
    }
}

impl From<CatalogueError> for KernkrachtError {
    fn from(error: CatalogueError) -> Self {
        KernkrachtError::CorruptData(error.to_string())
    }
}

impl From<CodecError> for KernkrachtError {
    fn from(error: CodecError) -> Self {
        KernkrachtError::MalformedData(error.to_string())
    }
}

impl From<CuffError> for KernkrachtError {
    fn from(error: CuffError) -> Self {
        KernkrachtError::InvalidInput(error.to_string())
    }
}

impl From<UuidError> for KernkrachtError {
    fn from(error: UuidError) -> Self {
        KernkrachtError::InvalidInput(error.to_string())
    }
}

impl From<ProfileError> for KernkrachtError {
    fn from(error: ProfileError) -> Self {
        KernkrachtError::InvalidInput(error.to_string())
    }
}

impl From<StoreError> for KernkrachtError {
    fn from(error: StoreError) -> Self {
        let message = error.to_string();
        match error {
            StoreError::NotADatabase { .. }
            | StoreError::ForeignDatabase { .. }
            | StoreError::Corrupt { .. } => KernkrachtError::CorruptData(message),
            StoreError::NewerVersion { .. } => KernkrachtError::NewerVersion(message),
            StoreError::Invalid(_) | StoreError::BadBackup(_) => {
                KernkrachtError::InvalidInput(message)
            }
            StoreError::NotFound(_) => KernkrachtError::NotFound(message),
            StoreError::CannotOpen { .. }
            | StoreError::DiskFull
            | StoreError::ReadOnly
            | StoreError::Busy
            | StoreError::Sqlite(_)
            | StoreError::Io(_) => KernkrachtError::StorageUnavailable(message),
        }
    }
}

impl From<CoachError> for KernkrachtError {
    fn from(error: CoachError) -> Self {
        match error {
            CoachError::Store(store) => store.into(),
            CoachError::NoSession(_) => KernkrachtError::NotFound(error.to_string()),
            CoachError::Schedule(_) | CoachError::NoPlan(_) | CoachError::BadPlan(_) => {
                KernkrachtError::InvalidInput(error.to_string())
            }
        }
    }
}
