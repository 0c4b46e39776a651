//! Where the user stands in the program: the stabilisation phase, sessions a week, and each
//! exercise's step on its ladder.

use std::collections::BTreeMap;

/// One exercise's progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExerciseProgress {
    /// The rung of the exercise's ladder; one past the top rung means it has been replaced
    /// by its harder variant.
    pub step: u32,
    /// Sessions in a row in which every planned set met its target without a pain set-back.
    pub streak: u32,
    /// The last measured maximum (leaflet 003's strength exercises).
    pub max_reps: Option<u32>,
    pub max_tested_at_ms: Option<i64>,
    /// The exercise sits out until this session number (a stretch that hurt).
    pub paused_until_session: u32,
}

/// The program as a whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramState {
    /// Leaflet 002's stabilisation track: 1 learn the deep contraction, 2 functional,
    /// 3 heavier, 4 the long back muscles and obliques.
    pub stabilisation_phase: u8,
    /// 3 at the start, growing to 5 (leaflet 001).
    pub sessions_per_week: u8,
    pub phase_started_at_ms: i64,
    /// Without a cuff: the user reported that the phase's exercises go well.
    pub phase_self_reported: bool,
    /// Completed sessions so far; numbers the next session and rotates the exercises.
    pub sessions_done: u32,
    pub progress: BTreeMap<String, ExerciseProgress>,
}

impl Default for ProgramState {
    fn default() -> Self {
        ProgramState {
            stabilisation_phase: 1,
            sessions_per_week: 3,
            phase_started_at_ms: 0,
            phase_self_reported: false,
            sessions_done: 0,
            progress: BTreeMap::new(),
        }
    }
}

impl ProgramState {
    pub fn progress_of(&self, exercise_id: &str) -> ExerciseProgress {
        self.progress.get(exercise_id).cloned().unwrap_or_default()
    }
}

/// One exercise's progress as saved, with the dosage it stands at for readers of a backup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressRow {
    pub exercise_id: String,
    pub progress: ExerciseProgress,
    pub sets: Option<u32>,
    pub reps: Option<u32>,
    pub hold_seconds: Option<u32>,
}

/// A change to record in the progression history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressNote {
    pub exercise_id: Option<String>,
    pub change: String,
    pub reason: String,
}
