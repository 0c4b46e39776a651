//! A planned session as the runner walks it: one unit per set and side, each knowing how its
//! repetitions are paced.
//!
//! Sides follow the catalogue: `each` does every set on the left, then every set on the right;
//! `alternating_blocks` does every set on the left and on the right in turn (15 left, 15
//! right, 15 left, 15 right, …); `alternating` switches side every repetition within the set,
//! or, when a set is one hold, does each set on the left and then on the right. Either way
//! both sides get the same work (leaflet 000: train both sides): a set switching sides every
//! repetition has an even number of them.

use crate::catalogue::{Catalogue, Category, PainRule, PbuTarget, Sides};
use crate::history::Side;
use crate::program::{Part, PlannedExercise, PlannedSession};

/// Seconds to relax between held repetitions.
pub const RELAX_SECONDS: u32 = 3;
/// Seconds a repetition takes when the leaflet gives no tempo and no hold.
pub const DEFAULT_TEMPO_SECONDS: u32 = 3;
/// A count lasts about a second.
pub const MS_PER_COUNT: u32 = 1000;

/// How one repetition (or the one hold of a timed set) goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// `reps` repetitions, each held or lasting `work_ms`, with `relax_ms` after each but the
    /// last; `hold` says whether `work_ms` is a hold the user keeps.
    Timed {
        reps: u32,
        work_ms: u32,
        relax_ms: u32,
        hold: bool,
    },
    /// As many as the user can; the user says how many (leaflet 003's maximum test).
    MaxTest,
}

/// One set on one side.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Index of the exercise in the plan.
    pub exercise: usize,
    pub exercise_id: String,
    pub part: Part,
    pub set_index: u32,
    pub sets: u32,
    pub side: Side,
    /// Switch sides every repetition.
    pub alternate_each_rep: bool,
    pub pace: Pace,
    pub rest_after_ms: u32,
    pub is_stretch: bool,
    pub pain_rule: PainRule,
    /// Breathe out during the effort (leaflet 001), for strengthening work.
    pub breathe_out: bool,
    pub pbu: Option<PbuTarget>,
    /// The first unit of its exercise.
    pub first_of_exercise: bool,
    /// The last unit of its exercise.
    pub last_of_exercise: bool,
}

/// The units of a plan, in order.
pub fn units(plan: &PlannedSession, catalogue: &Catalogue) -> Vec<Unit> {
    let mut all = Vec::new();
    for (index, item) in plan.exercises.iter().enumerate() {
        let Some(exercise) = catalogue.exercise(&item.exercise_id) else {
            continue;
        };
        let tempo = exercise.dosage.tempo_seconds.map(|t| t.max);
        let pace = pace(item, tempo);
        let is_stretch = exercise.category == Category::Stretch;
        let breathe_out = matches!(
            exercise.category,
            Category::Strength | Category::Stabilisation | Category::PressureBiofeedback
        );
        let mut mine: Vec<Unit> = Vec::new();
        for (set_index, side) in sides(item) {
            mine.push(Unit {
                exercise: index,
                exercise_id: item.exercise_id.clone(),
                part: item.part,
                set_index,
                sets: item.sets,
                side,
                alternate_each_rep: alternates_within_set(item),
                pace,
                rest_after_ms: item.rest_seconds * 1000,
                is_stretch,
                pain_rule: exercise.pain_rule,
                breathe_out,
                pbu: exercise.pbu.clone(),
                first_of_exercise: false,
                last_of_exercise: false,
            });
        }
        if let Some(first) = mine.first_mut() {
            first.first_of_exercise = true;
        }
        if let Some(last) = mine.last_mut() {
            last.last_of_exercise = true;
            last.rest_after_ms = 0;
        }
        all.extend(mine);
    }
    all
}

fn pace(item: &PlannedExercise, tempo: Option<u32>) -> Pace {
    if item.max_test {
        return Pace::MaxTest;
    }
    let reps = item.reps.map(|reps| item.sides.reps_in_set(reps));
    let hold_ms = item
        .hold_seconds
        .map(|s| s * 1000)
        .or(item.hold_counts.map(|c| c * MS_PER_COUNT));
    match (reps, hold_ms) {
        (Some(reps), Some(hold)) => Pace::Timed {
            reps,
            work_ms: hold,
            relax_ms: RELAX_SECONDS * 1000,
            hold: true,
        },
        (Some(reps), None) => Pace::Timed {
            reps,
            work_ms: tempo.unwrap_or(DEFAULT_TEMPO_SECONDS) * 1000,
            relax_ms: 0,
            hold: false,
        },
        (None, Some(hold)) => Pace::Timed {
            reps: 1,
            work_ms: hold,
            relax_ms: 0,
            hold: true,
        },
        (None, None) => Pace::MaxTest,
    }
}

/// Alternating exercises switch sides every repetition; one hold a set (the side plank's
/// "1 left, 1 right") switches every set instead.
fn alternates_within_set(item: &PlannedExercise) -> bool {
    item.sides == Sides::Alternating && !item.sides.set_per_side(item.reps)
}

/// (set index, side) for every unit of an exercise.
fn sides(item: &PlannedExercise) -> Vec<(u32, Side)> {
    let sets = 0..item.sets;
    match item.sides {
        Sides::None => sets.map(|s| (s, Side::None)).collect(),
        Sides::Alternating if alternates_within_set(item) => {
            sets.map(|s| (s, Side::None)).collect()
        }
        Sides::Each => [Side::Left, Side::Right]
            .into_iter()
            .flat_map(|side| (0..item.sets).map(move |s| (s, side)))
            .collect(),
        Sides::AlternatingBlocks | Sides::Alternating => sets
            .flat_map(|s| [(s, Side::Left), (s, Side::Right)])
            .collect(),
    }
}
