//! After a session: each exercise's step up, hold or step back, by the leaflets' pain rules.
//!
//! A step up happens only after the last two sessions with the exercise met every planned set
//! without a pain set-back. Two sessions on one day are one day's training: only the first
//! counts toward the two in a row, so progress needs two training days. Pain holds or reverses progress, per exercise's pain rule:
//!
//! | pain rule            | it hurt during the set          | pain after ≥ before + 2 |
//! |----------------------|----------------------------------|-------------------------|
//! | may hurt (000)       | allowed: counts as a normal set  | hold                    |
//! | must not hurt (001)  | step back and rest 2 sessions    | step back               |
//! | watch worsening      | hold                             | step back               |
//!
//! Leaflet 000's "some pain is allowed" is for rehabilitating an injury; for the sport
//! performance goal those exercises follow "watch worsening" instead. A maximum test's result
//! becomes the new maximum (leaflet 003).

use crate::catalogue::{Catalogue, PainRule};
use crate::history::{SetOutcome, SetRecord};
use crate::profile::Goal;

use super::ladder::ladder;
use super::plan::PlannedSession;
use super::safety::setback;
use super::state::ProgramState;

/// Sessions in a row that must meet the target before a step up.
pub const STREAK_TO_STEP_UP: u32 = 2;
/// Sessions a stretch that hurt sits out.
const REST_SESSIONS: u32 = 2;

/// What happened to one exercise's progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    StepUp,
    /// Stepped past the top: the harder variant comes next time.
    Graduated,
    Hold,
    StepBack,
    /// Stepped back and rests for two sessions.
    Rest,
    NewMaximum,
}

/// One exercise's outcome.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, uniffi::Record)]
pub struct Decision {
    pub exercise_id: String,
    pub change: Change,
    pub step: u32,
}

/// How the session went, as far as progression cares.
pub struct SessionResult<'a> {
    pub plan: &'a PlannedSession,
    pub sets: &'a [SetRecord],
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub goal: Goal,
    pub ended_at_ms: i64,
    /// No other session was completed earlier on the same day.
    pub first_of_its_day: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Signal {
    Clean,
    Hurt,
    PainRise,
}

#[derive(Clone, Copy)]
enum Response {
    Continue,
    Hold,
    StepBack,
    Rest,
}

/// The table above, as data.
const RESPONSES: [(PainRule, Signal, Response); 9] = [
    (PainRule::MayHurt, Signal::Clean, Response::Continue),
    (PainRule::MayHurt, Signal::Hurt, Response::Continue),
    (PainRule::MayHurt, Signal::PainRise, Response::Hold),
    (PainRule::MustNotHurt, Signal::Clean, Response::Continue),
    (PainRule::MustNotHurt, Signal::Hurt, Response::Rest),
    (PainRule::MustNotHurt, Signal::PainRise, Response::StepBack),
    (PainRule::WatchWorsening, Signal::Clean, Response::Continue),
    (PainRule::WatchWorsening, Signal::Hurt, Response::Hold),
    (
        PainRule::WatchWorsening,
        Signal::PainRise,
        Response::StepBack,
    ),
];

fn respond(rule: PainRule, signal: Signal) -> Response {
    RESPONSES
        .iter()
        .find(|(r, s, _)| *r == rule && *s == signal)
        .map(|(_, _, response)| *response)
        .unwrap_or(Response::Hold)
}

/// Applies a finished session to the program state; returns what changed for each exercise.
pub fn evaluate(
    catalogue: &Catalogue,
    state: &mut ProgramState,
    result: &SessionResult,
) -> Vec<Decision> {
    let pain_rise = setback(result.pain_before, result.pain_after);
    state.sessions_done += 1;
    let session_number = result.plan.number;
    let mut decisions = Vec::new();
    for planned in &result.plan.exercises {
        let Some(exercise) = catalogue.exercise(&planned.exercise_id) else {
            continue;
        };
        let sets: Vec<&SetRecord> = result
            .sets
            .iter()
            .filter(|s| s.exercise_id == planned.exercise_id)
            .collect();
        if sets.is_empty() {
            continue; // skipped or never reached: nothing to learn
        }
        let progress = state.progress.entry(exercise.id.clone()).or_default();
        if planned.max_test {
            let best = sets.iter().filter_map(|s| s.reps).max().unwrap_or(0);
            if best > 0 {
                progress.max_reps = Some(best);
                progress.max_tested_at_ms = Some(result.ended_at_ms);
                decisions.push(Decision {
                    exercise_id: exercise.id.clone(),
                    change: Change::NewMaximum,
                    step: progress.step,
                });
            }
            continue;
        }
        let rule = match (exercise.pain_rule, result.goal) {
            (PainRule::MayHurt, Goal::SportPerformance) => PainRule::WatchWorsening,
            (rule, _) => rule,
        };
        let signal = if sets.iter().any(|s| s.hurt) {
            Signal::Hurt
        } else if pain_rise {
            Signal::PainRise
        } else {
            Signal::Clean
        };
        let top = ladder(catalogue, exercise, result.goal).top();
        let can_graduate = !exercise.progresses_to.is_empty();
        let change = match respond(rule, signal) {
            Response::Continue if met(planned, &sets) && !result.first_of_its_day => Change::Hold,
            Response::Continue if met(planned, &sets) => {
                progress.streak += 1;
                if progress.streak < STREAK_TO_STEP_UP || progress.step > top {
                    Change::Hold
                } else if progress.step < top {
                    progress.step += 1;
                    progress.streak = 0;
                    Change::StepUp
                } else if can_graduate {
                    progress.step = top + 1;
                    progress.streak = 0;
                    Change::Graduated
                } else {
                    Change::Hold
                }
            }
            Response::Continue | Response::Hold => {
                progress.streak = 0;
                Change::Hold
            }
            Response::StepBack => {
                progress.step = progress.step.min(top).saturating_sub(1);
                progress.streak = 0;
                Change::StepBack
            }
            Response::Rest => {
                progress.step = progress.step.min(top).saturating_sub(1);
                progress.streak = 0;
                // Sessions number+1 … number+REST_SESSIONS leave it out.
                progress.paused_until_session = session_number + REST_SESSIONS;
                Change::Rest
            }
        };
        decisions.push(Decision {
            exercise_id: exercise.id.clone(),
            change,
            step: progress.step,
        });
    }
    decisions
}

/// Every planned set was done in full (on both sides, for sets done on each side).
fn met(planned: &super::plan::PlannedExercise, sets: &[&SetRecord]) -> bool {
    let sides = if planned.sides.set_per_side(planned.reps) {
        2
    } else {
        1
    };
    let full = |s: &&&SetRecord| {
        s.outcome == SetOutcome::Done
            && planned.reps.is_none_or(|reps| s.reps.unwrap_or(0) >= reps)
            && planned
                .hold_seconds
                .is_none_or(|hold| s.hold_ms.unwrap_or(0) >= hold * 1000)
    };
    sets.iter().filter(full).count() as u32 >= planned.sets * sides
}
