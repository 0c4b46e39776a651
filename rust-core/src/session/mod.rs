//! The guided session: the runner the shells drive through a planned session, set by set.

pub mod band;
pub mod cues;
pub mod runner;
mod tally;
pub mod units;

pub use band::{BandGate, EngineGate, FixedBand, GateFactory};
pub use cues::{Cue, EndReason, PauseReason, RunnerView, Stage};
pub use runner::{Effect, Runner};

/// The highest pain or effort score (0–10); higher scores are refused, not clamped.
pub const MAX_SCORE: u8 = 10;
