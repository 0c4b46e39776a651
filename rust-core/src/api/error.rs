//! The one error type that crosses the FFI. Each domain module keeps its own rich error; here
//! they are folded into a few kinds a UI can act on, each with a message it can show.
//!
//! The error is "flat": Kotlin and Swift see the kind as the exception class and the domain
//! error's text as its message, so the wording is written once, in the domain module.

use crate::ball::BallError;
use crate::catalogue::CatalogueError;

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
    /// Data the core relies on is damaged; the message says where.
    #[error("{0}")]
    CorruptData(String),
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
