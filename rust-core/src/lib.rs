//! Kernkracht's core: everything the app knows and decides, shared by the Android and iOS
//! shells (through UniFFI) and the `kernkracht` command-line tool.
//!
//! Domain modules are pure: they take time, bytes and data as inputs and return values, so
//! every rule is testable with a fake clock. The `api` module is the thin UniFFI facade.

uniffi::setup_scaffolding!();

pub mod api;
pub mod ball;
pub mod ble;
pub mod catalogue;
pub mod clock;
pub mod coach;
pub mod cuff;
pub mod history;
pub mod keys;
pub mod language;
pub mod profile;
pub mod program;
pub mod reminders;
pub mod session;
pub mod store;
pub mod trace;
