//! How long an exercise takes at a given dosage, to keep a session within its time target.
//!
//! A count is about a second; every repetition adds 3 s to move in and out of the position;
//! a set done on each side doubles the work and the rests between sets (alternating sides
//! within a set counts the repetitions once); each exercise adds 20 s to read and get into
//! position.

use crate::catalogue::Sides;

use super::ladder::Rung;

const SECONDS_PER_COUNT: u32 = 1;
const MOVE_SECONDS: u32 = 3;
const SETUP_SECONDS: u32 = 20;
/// A maximum test: as many repetitions as you can, once.
pub const MAX_TEST_SECONDS: u32 = 90;

/// Rest between sets where the leaflet gives none: long enough to breathe, short enough to
/// keep warm. Stretches follow each other more quickly.
pub fn default_rest(is_stretch: bool) -> u32 {
    if is_stretch {
        10
    } else {
        30
    }
}

/// Estimated seconds for `sets` of `rung` on `sides`, with `rest` between sets.
pub fn estimate(rung: &Rung, sides: Sides, rest: u32, tempo_seconds: Option<u32>) -> u32 {
    let hold = rung
        .hold_seconds
        .or(rung.hold_counts.map(|c| c * SECONDS_PER_COUNT))
        .unwrap_or(0);
    let per_rep = hold.max(tempo_seconds.unwrap_or(0)) + MOVE_SECONDS;
    let per_set = match rung.reps {
        Some(reps) => sides.reps_in_set(reps) * per_rep,
        None => per_rep,
    };
    let side_factor = if sides.set_per_side(rung.reps) { 2 } else { 1 };
    let units = rung.sets * side_factor;
    units * per_set + units.saturating_sub(1) * rest + SETUP_SECONDS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_reps_and_sides() {
        let plank = Rung {
            sets: 3,
            reps: None,
            hold_seconds: Some(30),
            hold_counts: None,
        };
        assert_eq!(
            estimate(&plank, Sides::None, 30, None),
            3 * 33 + 2 * 30 + 20
        );
        let tilt = Rung {
            sets: 1,
            reps: Some(5),
            hold_seconds: None,
            hold_counts: Some(5),
        };
        assert_eq!(estimate(&tilt, Sides::Each, 30, None), 5 * 8 * 2 + 30 + 20);
        assert_eq!(estimate(&tilt, Sides::Alternating, 30, None), 6 * 8 + 20);
    }
}
