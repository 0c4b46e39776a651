//! What the engine shows after each reading: a plain value a UI, the command line and the
//! guided-session runner render without knowing how it was worked out.

use serde::Serialize;

use super::config::Band;
use super::hint::Hints;

/// Where the user is in a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Pumping the cushion to the start pressure (again, after a leak).
    Inflating,
    /// At the start pressure with the baseline taken; waiting for the next repetition (a
    /// draw-in for a drop goal, reaching the band for a keep goal).
    Ready,
    /// A repetition is under way: the hold timer runs while the pressure is in the band.
    Exercising,
    /// Drop goal: the repetition was counted; the pressure has to come back to the baseline
    /// before the next.
    Relaxing,
}

/// The engine's observable state.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct State {
    /// The latest reading's time, in ms since the set's clock began.
    pub t_ms: u32,
    pub phase: Phase,
    /// The latest valid reading; `None` before the first and while the sensor is faulty.
    pub pressure_mmhg: Option<f64>,
    /// The resting pressure taken when the cushion was ready.
    pub baseline_mmhg: Option<f64>,
    /// The target band, once the cushion is ready.
    pub band: Option<Band>,
    pub in_band: bool,
    /// Held time of the repetition under way.
    pub hold_ms: u32,
    pub hold_target_ms: u32,
    /// Repetitions completed in this set.
    pub reps: u32,
    pub hints: Hints,
}
