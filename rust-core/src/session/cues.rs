//! What the runner tells the shell to say, beep or vibrate, and what it shows.

use serde::Serialize;

use crate::cuff::Hint;
use crate::history::Side;
use crate::program::Part;

/// A moment the user should hear or feel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(tag = "cue", rename_all = "snake_case")]
pub enum Cue {
    /// A new exercise is coming: read it and take the position.
    GetReady,
    /// 3, 2, 1 before the start.
    Countdown {
        seconds: u8,
    },
    Start,
    /// Halfway through a hold of 10 s or more.
    Halfway,
    SwitchSides,
    /// Breathe out now, during the effort (leaflet 001).
    BreatheOut,
    /// A repetition begins.
    Repetition {
        number: u32,
    },
    /// Relax: the hold of a repetition is over.
    Relax,
    Rest,
    SetDone,
    ExerciseDone,
    /// A basic exercise hurt today: the main part is left out, the stretches follow
    /// (leaflet 001: go on only if the basics go without problems).
    MainPartDropped,
    SessionDone,
}

/// Where the session stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// Asking for the pain score (0–10) before starting.
    PainBefore,
    GetReady,
    Working,
    /// Between repetitions of a held exercise.
    Relaxing,
    Resting,
    /// Waiting for the number of repetitions of a maximum test.
    AwaitingCount,
    Paused,
    /// Asking for the pain score after the last exercise.
    PainAfter,
    Finished,
    /// Ended early; see the advice.
    Ended,
}

/// Why the session is paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum PauseReason {
    /// The user paused.
    User,
    /// The clock jumped: the phone slept or the app was in the background.
    ClockJump,
}

/// Why the session ended before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum EndReason {
    /// The user stopped.
    Aborted,
    /// The pain rose a lot: stop for today, rest, and contact the doctor or physiotherapist
    /// if it does not settle (leaflet 003).
    PainRose,
}

/// What a shell renders.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct RunnerView {
    pub stage: Stage,
    pub exercise_id: Option<String>,
    pub part: Option<Part>,
    /// 1-based, of `exercise_count`.
    pub exercise_number: u32,
    pub exercise_count: u32,
    /// 1-based, of `sets`.
    pub set: u32,
    pub sets: u32,
    pub side: Side,
    /// 1-based, of `reps` (absent for a maximum test).
    pub rep: u32,
    pub reps: Option<u32>,
    /// Milliseconds left of the current hold or repetition.
    pub remaining_ms: Option<u32>,
    /// The whole length of the current hold or repetition, while one runs.
    pub work_ms: Option<u32>,
    /// The exercise is held (a timer the user keeps up) rather than paced repetitions.
    pub hold: bool,
    /// A maximum test: as many repetitions as the user can (leaflet 003).
    pub max_test: bool,
    /// Milliseconds left of the rest or the get-ready countdown.
    pub rest_remaining_ms: Option<u32>,
    /// The whole length of the current rest, relaxation or get-ready time.
    pub wait_ms: Option<u32>,
    pub next_exercise_id: Option<String>,
    /// 0 to 1: the share of the session's sets done.
    pub progress: f64,
    /// For a cuff exercise with a cuff connected: whether the pressure is in the target band.
    pub in_band: Option<bool>,
    /// For a cuff exercise with a cuff connected: what to correct now, most urgent first
    /// (a compensation leaflet 002 warns about, a leak, the pressure to pump up to).
    pub hints: Vec<Hint>,
    pub paused: Option<PauseReason>,
    pub ended: Option<EndReason>,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
}
