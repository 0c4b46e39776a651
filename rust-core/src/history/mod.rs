//! The training history's records: sessions, the sets performed in them, the cuff's summary
//! of each pressure-biofeedback set, and the weekly reports built from them.
//!
//! These are the domain's own types: the session runner produces them, the program judges
//! them and the screens show them; the store only persists them.

use serde::{Deserialize, Serialize};

/// Where a session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    Planned,
    Started,
    Completed,
    Skipped,
    Aborted,
}

/// Which side a set trained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    None,
    Left,
    Right,
}

/// How a set went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum SetOutcome {
    Done,
    Partial,
    Skipped,
}

/// One session as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct SessionRecord {
    pub id: i64,
    /// The user's local date of the session, `YYYY-MM-DD`.
    pub local_date: String,
    pub status: SessionStatus,
    pub planned_at_ms: Option<i64>,
    pub started_at_ms: Option<i64>,
    pub ended_at_ms: Option<i64>,
    /// 0–10.
    pub pain_before: Option<u8>,
    /// 0–10.
    pub pain_after: Option<u8>,
    /// Perceived effort, 0–10.
    pub effort: Option<u8>,
    pub notes: String,
}

/// One performed set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct SetRecord {
    pub exercise_id: String,
    /// 0 for the first set of the exercise in the session.
    pub set_index: u32,
    pub side: Side,
    pub outcome: SetOutcome,
    pub reps: Option<u32>,
    /// Time held, in milliseconds (inside the target band when a cuff measured it).
    pub hold_ms: Option<u32>,
    /// The user said it hurt (stretches must not).
    pub hurt: bool,
    pub recorded_at_ms: i64,
}

/// What the cuff measured over one set.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct PressureSummary {
    /// The paired cuff, or `None` for the simulator.
    pub cuff_identifier: Option<String>,
    pub start_mmhg: f64,
    pub time_in_band_pct: f64,
    pub mean_dev_mmhg: f64,
    pub worst_dev_mmhg: f64,
    /// 0 (restless) to 1 (perfectly steady).
    pub steadiness: f64,
    /// A compensation leaflet 002 warns about (holding the breath, pressing, moving the
    /// pelvis) was seen during the set: it does not count as mastered when a phase is judged.
    #[serde(default)]
    pub compensated: bool,
}

/// Sessions completed in one week (Monday to Sunday) against the week's target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct WeekAdherence {
    /// The Monday, `YYYY-MM-DD`.
    pub week_start: String,
    pub completed: u32,
    pub target: u32,
}

/// The average pain around the sessions of one week.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct PainWeek {
    /// The Monday, `YYYY-MM-DD`.
    pub week_start: String,
    pub sessions: u32,
    pub mean_before: Option<f64>,
    pub mean_after: Option<f64>,
}

/// A pressure-biofeedback cuff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct Cuff {
    /// The Bluetooth identifier (an address on Android and Linux, a UUID on iOS).
    pub identifier: String,
    pub name: String,
    pub paired: bool,
    pub last_seen_ms: Option<i64>,
}

/// What the cuff measured over one session's cuff sets.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct CuffSession {
    pub local_date: String,
    pub time_in_band_pct: f64,
    /// 0 (restless) to 1 (perfectly steady).
    pub steadiness: f64,
    pub sets: u32,
}

/// How one session's sets went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SetCounts {
    pub session_id: i64,
    pub done: u32,
    pub partial: u32,
    pub skipped: u32,
}
