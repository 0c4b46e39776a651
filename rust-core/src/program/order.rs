//! The order of training (leaflet 002): first the deep muscles (the transversus and multifidus
//! contraction, other muscles relaxed), then functional work, then heavier exercises; the
//! conventional strengthening of the long back muscles, the obliques and the back extensors
//! comes last, once the co-contraction is good, because before that it works against a
//! painful back.
//!
//! For a recovery goal this is a gate on the catalogue's data rather than on a list of ids:
//! - strengthening (`category = strength`) of a global trunk muscle — leaflet 000 names them:
//!   the straight and oblique abdominals and the erector spinae — waits until the first
//!   stabilisation phase is mastered;
//! - `level = advanced` exercises, the heavier ones, wait for the third phase.
//!
//! A sport-performance user has no complaint to protect and follows leaflet 000's schedule
//! from the start.

use crate::catalogue::{Category, Exercise, Level, Muscle};
use crate::profile::Goal;

/// Leaflet 000's global muscles: the large, superficial movers of the trunk.
pub const GLOBAL_TRUNK_MUSCLES: [Muscle; 3] =
    [Muscle::RectusAbdominis, Muscle::Obliques, Muscle::ErectorSpinae];
/// The phase from which strengthening of the global trunk muscles may start.
pub const GLOBAL_STRENGTH_FROM_PHASE: u8 = 2;
/// The phase of leaflet 002's heavier exercises.
pub const HEAVIER_FROM_PHASE: u8 = 3;

/// Whether `exercise` may be planned for a user with `goal` in stabilisation phase `phase`.
pub fn in_order(exercise: &Exercise, goal: Goal, phase: u8) -> bool {
    if goal == Goal::SportPerformance {
        return true;
    }
    let global_strength = exercise.category == Category::Strength
        && exercise
            .muscles
            .iter()
            .any(|m| GLOBAL_TRUNK_MUSCLES.contains(m));
    let heavier = exercise.level == Level::Advanced;
    let waits = (global_strength && phase < GLOBAL_STRENGTH_FROM_PHASE)
        || (heavier && phase < HEAVIER_FROM_PHASE);
    !waits
}

/// Whether `exercise` trains the deep muscles in movement without loading a global trunk
/// muscle: leaflet 002's functional phase for a user without a cuff (004's supine and
/// hands-and-knees series keep the transversus contraction while a limb moves).
pub fn deep_functional(exercise: &Exercise) -> bool {
    exercise.category == Category::Stabilisation
        && exercise.stabilisation_phase.is_none()
        && exercise.muscles.contains(&Muscle::Multifidus)
        && !exercise
            .muscles
            .iter()
            .any(|m| GLOBAL_TRUNK_MUSCLES.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    fn allowed(id: &str, goal: Goal, phase: u8) -> bool {
        in_order(Catalogue::builtin().unwrap().exercise(id).unwrap(), goal, phase)
    }

    #[test]
    fn leaflet_002_global_strengthening_waits_for_the_deep_muscles() {
        for id in [
            "superman-on-ball",
            "half-sit-up",
            "abdominal-curl-feet-on-chair",
            "prone-trunk-lift-hands-under-forehead",
        ] {
            assert!(!allowed(id, Goal::Recovery, 1), "{id}");
            assert!(allowed(id, Goal::Recovery, 2), "{id}");
            assert!(allowed(id, Goal::SportPerformance, 1), "{id}");
        }
        assert!(allowed("bridging-segmental", Goal::Recovery, 1));
        assert!(!allowed("log-roll", Goal::Recovery, 2));
        assert!(allowed("log-roll", Goal::Recovery, 3));
    }
}
