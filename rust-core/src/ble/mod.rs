//! The Bluetooth LE client for the pressure cuff, on btleplug (BlueZ on Linux, Android's and
//! Apple's stacks on phones).
//!
//! - [`scan`]: find cuffs, by the cuff profile's service UUID, within a time limit;
//! - [`link`]: connect, subscribe to the pressure characteristic and stream readings, and
//!   reconnect on its own with backoff when the link drops;
//! - [`intake`] and [`coalesce`]: a misbehaving cuff never floods the UI: bad frames are
//!   counted and logged, frames faster than the UI needs are merged into the latest; the
//!   simulated cuff goes through the same intake;
//! - [`state`] and [`error`]: what the UI shows.
//!
//! All of it runs on the core's one tokio runtime ([`runtime`]).

pub mod coalesce;
pub mod error;
pub mod intake;
pub mod link;
pub mod runtime;
pub mod scan;
pub mod state;

#[cfg(target_os = "android")]
mod android;

pub use error::BleError;
pub use link::{Link, LinkEvents};
pub use scan::{scan, Candidate};
pub use state::{DisconnectReason, LinkState};
