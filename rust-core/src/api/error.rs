//! The one error type that crosses the FFI, and the one place where the core's failures
//! become it: [`KernkrachtError::new`] picks the kind by what the caller can do about it and
//! words the message in the user's language.
//!
//! The error is "flat": Kotlin and Swift see the kind as the exception class and the message
//! as its text, ready to show.

use crate::coach::Failure;
use crate::language::{Language, Localized};
use crate::program::Block;
use crate::store::StoreError;

/// What went wrong, by what the caller can do about it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, uniffi::Error)]
#[uniffi(flat_error)]
pub enum KernkrachtError {
    /// The caller passed a value the core cannot accept; the message says which and why.
    #[error("{0}")]
    InvalidInput(String),
    /// Nothing has the id or name asked for, or it does not exist yet (no profile, no cuff).
    #[error("{0}")]
    NotFound(String),
    /// Training is blocked for the user's safety: a warning sign was reported and a doctor
    /// must be seen first, or the pain is acute and the worst must pass first.
    #[error("{0}")]
    SafetyBlock(String),
    /// Data the core relies on is damaged (the database, or the built-in catalogue), or the
    /// database belongs to another program; the message says where. Such a file is left
    /// untouched and can be moved aside.
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
    /// The app itself went wrong; the user's data is unchanged. Worth a bug report.
    #[error("{0}")]
    Internal(String),
}

impl KernkrachtError {
    /// The public error for a failure, worded in `language`; the English text goes to the log.
    pub(crate) fn new(failure: Failure, language: Language) -> KernkrachtError {
        log::info!("refused: {failure}");
        let message = failure.localized(language);
        match failure {
            Failure::Store(error) => store_kind(&error)(message),
            Failure::Ble(_) => KernkrachtError::Bluetooth(message),
            Failure::Blocked(Block::SeeDoctor | Block::AcutePain) => {
                KernkrachtError::SafetyBlock(message)
            }
            Failure::Blocked(Block::NoProfile)
            | Failure::NoSession(_)
            | Failure::NoExercise(_)
            | Failure::NoCuffPaired
            | Failure::NoCuffFound(_) => KernkrachtError::NotFound(message),
            Failure::Catalogue(_) | Failure::NoPlan(_) | Failure::BadPlan(_) => {
                KernkrachtError::CorruptData(message)
            }
            Failure::Codec(_) => KernkrachtError::MalformedData(message),
            Failure::Internal(_) => KernkrachtError::Internal(message),
            Failure::Schedule(_)
            | Failure::Settings(_)
            | Failure::Profile(_)
            | Failure::Ball(_)
            | Failure::Cuff(_)
            | Failure::Uuid(_)
            | Failure::BadTime(_)
            | Failure::ScoreOutOfRange { .. }
            | Failure::Incomplete { .. } => KernkrachtError::InvalidInput(message),
        }
    }
}

fn store_kind(error: &StoreError) -> fn(String) -> KernkrachtError {
    match error {
        StoreError::NotADatabase { .. }
        | StoreError::ForeignDatabase { .. }
        | StoreError::Corrupt { .. } => KernkrachtError::CorruptData,
        StoreError::NewerVersion { .. } => KernkrachtError::NewerVersion,
        StoreError::Invalid(_) | StoreError::BadBackup(_) => KernkrachtError::InvalidInput,
        StoreError::NotFound(_) => KernkrachtError::NotFound,
        StoreError::CannotOpen { .. }
        | StoreError::DiskFull
        | StoreError::ReadOnly
        | StoreError::Busy
        | StoreError::Sqlite(_)
        | StoreError::Io(_) => KernkrachtError::StorageUnavailable,
    }
}

/// Runs an app-path call and words its failure in `language`: the conversion every exported
/// function goes through.
pub(crate) fn in_language<T>(
    language: Language,
    call: impl FnOnce() -> Result<T, Failure>,
) -> Result<T, KernkrachtError> {
    call().map_err(|failure| KernkrachtError::new(failure, language))
}
