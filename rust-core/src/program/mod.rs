//! The training program: what to do today and how much, and how that grows.
//!
//! Pure functions over the catalogue, the profile and the program state: `compose` builds a
//! session by the leaflets' rules, `evaluate` moves each exercise up or down its `ladder`
//! after a session, `phase` decides when the stabilisation track moves on and `days` when a
//! fourth and fifth training day are proposed. `order` keeps leaflet 002's order of training,
//! `frequency` each exercise's times a week, and `safety` gates all of it.

pub mod compose;
pub mod days;
pub mod duration;
pub mod evaluate;
pub mod frequency;
pub mod ladder;
pub mod order;
pub mod phase;
pub mod plan;
pub mod safety;
pub mod state;

pub use compose::{compose, Context};
pub use evaluate::{evaluate, Change, Decision, SessionResult};
pub use plan::{Caution, Part, PlannedExercise, PlannedSession};
pub use safety::Block;
pub use state::{ExerciseProgress, ProgramState, ProgressNote, ProgressRow};
