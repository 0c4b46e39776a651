//! The UniFFI facade: thin exported functions, objects and records that convert to and from
//! the domain types and map domain errors to [`KernkrachtError`]. No business rule lives here.
//!
//! The command-line tool uses this same facade, so it exercises exactly what the phones see.

pub mod app;
pub mod ball;
pub mod ble;
pub mod catalogue;
pub mod cuff;
pub mod error;
pub mod logging;
pub mod program;
pub mod session;

pub use error::KernkrachtError;
