//! Progression as data: each exercise gets a ladder of dosages, derived once from its
//! catalogue entry, and the program only ever moves a step up or down it.
//!
//! The rungs follow the leaflets:
//! - a repetition range growing to a target (001: 3–5 repetitions, building up to 10) climbs
//!   one repetition a rung from the range's start to the target;
//! - a hold that grows (001's wall sit, from 30 s) climbs 5 s a rung, up to twice the start;
//! - a repetition range with a hold range (002: 15–20 times, 10–15 s) climbs the repetitions
//!   one a rung, then the hold 5 s a rung;
//! - repetitions that grow without a target (leaflet 004: start with 10 and build up calmly)
//!   climb 2 a rung up to twice the start;
//! - leaflet 003's strength exercises start at a third of the measured maximum, 3 sets, and
//!   grow by testing the maximum again every four weeks rather than by rungs;
//! - a fixed dosage (000: 3 × 30 s, 3 × 15) is a single rung: the step beyond it is the
//!   harder variant (`progresses_to`, e.g. the plank on two legs → on one leg);
//! - 000 says that exercises which no longer hurt at all give no training effect and must be
//!   made harder: where it names no harder variant (the one-leg planks, superman, the
//!   abdominal lifts, the log roll, …), `000.toml` marks the dosage as growing
//!   (`reps_grow`, `hold_grows`), so it grows as the other leaflets' do, up to twice the start.
//!
//! - 001 starts at 3 to 5 repetitions. Where another leaflet has the same movement
//!   (`same_movement_as`: 003's pelvic tilt, 000's upper abdominal lift as 001's half sit-up)
//!   and starts it at more, a recovery goal starts it as 001 does: 001's rungs below the
//!   exercise's own start, then 2 repetitions a rung up to it, and on along its own ladder.
//!   The sets and holds stay the exercise's own. A sport-performance user follows 000 as
//!   it is. 003's strength exercises keep their measured start: a third of the person's
//!   maximum is already fitted to them.
//!
//! Where a leaflet gives no dosage (leaflet 002's functional, ball and balance exercises
//! show pictures only), a default applies: 2 sets of 10 (leaflet 004's starting number),
//! balance held 30 s twice, relaxation held 2 minutes, and the warm-up walk 3 minutes.

use crate::catalogue::{Catalogue, Category, Exercise};
use crate::profile::Goal;

use super::state::ExerciseProgress;

/// One dosage on an exercise's ladder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rung {
    pub sets: u32,
    pub reps: Option<u32>,
    pub hold_seconds: Option<u32>,
    pub hold_counts: Option<u32>,
}

/// How an exercise's dosage grows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ladder {
    /// Fixed rungs, easiest first.
    Rungs(Vec<Rung>),
    /// Repetitions are a fraction of a maximum the user measures (leaflet 003).
    FromMaximum {
        divisor: u32,
        sets: u32,
        retest_days: u32,
    },
}

/// Days between two maximum tests ("every few weeks").
pub const RETEST_DAYS: u32 = 28;
/// Seconds a growing hold gains per rung.
const HOLD_STEP_SECONDS: u32 = 5;
/// Repetitions a growing count gains per rung (leaflet 004: 10, 12, … up to 20).
const REPS_STEP: u32 = 2;

impl Ladder {
    /// The dosage at `progress`: its rung (the top one once grown past it), or the start
    /// number from the measured maximum; none before the first maximum test.
    pub fn rung_at(&self, progress: &ExerciseProgress) -> Option<Rung> {
        match self {
            Ladder::Rungs(rungs) => rungs
                .get(progress.step as usize)
                .or(rungs.last())
                .copied(),
            Ladder::FromMaximum { divisor, sets, .. } => progress.max_reps.map(|max| Rung {
                sets: *sets,
                reps: Some(reps_from_maximum(max, *divisor)),
                hold_seconds: None,
                hold_counts: None,
            }),
        }
    }

    /// The index of the top rung; a ladder from the maximum has only the one.
    pub fn top(&self) -> u32 {
        match self {
            Ladder::Rungs(rungs) => (rungs.len() as u32).saturating_sub(1),
            Ladder::FromMaximum { .. } => 0,
        }
    }
}

/// The ladder for an exercise and the user's goal: its own, with 001's gentler start in
/// front for a recovery goal where 001 has the same movement.
pub fn ladder(catalogue: &Catalogue, exercise: &Exercise, goal: Goal) -> Ladder {
    let own = own_ladder(exercise);
    let twin = exercise
        .same_movement_as
        .as_deref()
        .and_then(|id| catalogue.exercise(id));
    match (goal, twin, own) {
        (Goal::Recovery, Some(twin), Ladder::Rungs(rungs)) => {
            Ladder::Rungs(gentle_start(&own_ladder(twin), rungs))
        }
        (_, _, own) => own,
    }
}

/// `own` preceded by the repetitions of `twin` below its start, bridged 2 a rung.
fn gentle_start(twin: &Ladder, own: Vec<Rung>) -> Vec<Rung> {
    let (Some(&first), Ladder::Rungs(twin)) = (own.first(), twin) else {
        return own;
    };
    let Some(start) = first.reps else {
        return own;
    };
    let mut lower: Vec<u32> = twin
        .iter()
        .filter_map(|r| r.reps)
        .filter(|&reps| reps < start)
        .collect();
    lower.dedup();
    let Some(&last) = lower.last() else {
        return own;
    };
    let bridge = climb(last + REPS_STEP, start - 1, REPS_STEP);
    lower
        .into_iter()
        .chain(bridge)
        .map(|reps| Rung {
            reps: Some(reps),
            ..first
        })
        .chain(own)
        .collect()
}

/// The ladder an exercise's own leaflet gives it.
fn own_ladder(exercise: &Exercise) -> Ladder {
    let d = &exercise.dosage;
    let sets = d.sets.unwrap_or(1);
    if let Some(divisor) = d.start_from_max_divisor {
        return Ladder::FromMaximum {
            divisor,
            sets: d.sets.unwrap_or(3),
            retest_days: RETEST_DAYS,
        };
    }
    let hold = d.hold_seconds.map(|h| h.min);
    let rung = |reps: Option<u32>, hold_seconds: Option<u32>| Rung {
        sets,
        reps,
        hold_seconds,
        hold_counts: d.hold_counts,
    };
    let rungs: Vec<Rung> = if let (Some(reps), Some(target)) = (d.reps, d.reps_target) {
        climb(reps.min, target.max(reps.min), 1)
            .map(|r| rung(Some(r), hold))
            .collect()
    } else if let (Some(start), true) = (hold, d.hold_grows) {
        climb(start, start * 2, HOLD_STEP_SECONDS)
            .map(|h| rung(None, Some(h)))
            .collect()
    } else if let (Some(reps), true) = (d.reps, d.reps_grow) {
        climb(reps.min, reps.min * 2, REPS_STEP)
            .map(|r| rung(Some(r), hold))
            .collect()
    } else if let Some(reps) = d.reps {
        // A range of holds too (002: 15–20 times, 10–15 s): the repetitions first, then the
        // hold, 5 s a rung, at the most repetitions.
        let longer = d.hold_seconds.map_or(Vec::new(), |h| {
            climb(h.min + HOLD_STEP_SECONDS, h.max, HOLD_STEP_SECONDS).collect()
        });
        climb(reps.min, reps.max, 1)
            .map(|r| rung(Some(r), hold))
            .chain(longer.into_iter().map(|h| rung(Some(reps.max), Some(h))))
            .collect()
    } else if hold.is_some() || d.hold_counts.is_some() {
        vec![rung(None, hold)]
    } else {
        vec![default_rung(exercise.category)]
    };
    Ladder::Rungs(rungs)
}

fn climb(from: u32, to: u32, step: u32) -> impl Iterator<Item = u32> {
    (from..=to).step_by(step.max(1) as usize)
}

/// The dosage where the leaflet gives none.
fn default_rung(category: Category) -> Rung {
    let (sets, reps, hold_seconds) = match category {
        Category::Balance => (2, None, Some(30)),
        Category::Relaxation => (1, None, Some(120)),
        Category::WarmUp => (1, None, Some(180)),
        _ => (2, Some(10), None),
    };
    Rung {
        sets,
        reps,
        hold_seconds,
        hold_counts: None,
    }
}

/// Repetitions for a measured maximum: the start number of leaflet 003 (at least 1).
pub fn reps_from_maximum(maximum: u32, divisor: u32) -> u32 {
    (maximum / divisor.max(1)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    fn ladder_of(id: &str) -> Ladder {
        own_ladder(Catalogue::builtin().unwrap().exercise(id).unwrap())
    }

    fn rungs(id: &str) -> Vec<Rung> {
        match ladder_of(id) {
            Ladder::Rungs(rungs) => rungs,
            other => panic!("{id}: {other:?}"),
        }
    }

    #[test]
    fn repetitions_grow_from_three_to_ten() {
        let tilt = rungs("pelvic-tilt-supine");
        let reps: Vec<_> = tilt.iter().map(|r| r.reps.unwrap()).collect();
        assert_eq!(reps, [3, 4, 5, 6, 7, 8, 9, 10]);
        assert!(tilt.iter().all(|r| r.hold_counts == Some(5)));
    }

    #[test]
    fn the_wall_sit_grows_from_thirty_seconds() {
        let holds: Vec<_> = rungs("wall-sit")
            .iter()
            .map(|r| r.hold_seconds.unwrap())
            .collect();
        assert_eq!(holds, [30, 35, 40, 45, 50, 55, 60]);
    }

    #[test]
    fn fixed_dosages_are_one_rung_and_004_builds_up_from_ten() {
        assert_eq!(
            rungs("abdominal-plank-two-legs"),
            [Rung {
                sets: 3,
                reps: None,
                hold_seconds: Some(30),
                hold_counts: None
            }]
        );
        let bridge: Vec<_> = rungs("bridging-segmental")
            .iter()
            .map(|r| r.reps.unwrap())
            .collect();
        assert_eq!(bridge, [10, 12, 14, 16, 18, 20]);
        let pbu: Vec<_> = rungs("pbu-prone-draw-in")
            .iter()
            .map(|r| r.reps.unwrap())
            .collect();
        assert_eq!(pbu, [15, 16, 17, 18, 19, 20]);
    }

    /// Leaflet 000: painless exercises must be made harder. Every 000 exercise has a step up:
    /// its harder variant, or else a growing dosage.
    #[test]
    fn leaflet_000_every_exercise_can_be_made_harder() {
        let catalogue = Catalogue::builtin().unwrap();
        let from_000 = |e: &&Exercise| e.pain_rule == crate::catalogue::PainRule::MayHurt;
        for e in catalogue.exercises().iter().filter(from_000) {
            let grows = matches!(own_ladder(e), Ladder::Rungs(rungs) if rungs.len() > 1);
            assert!(grows || !e.progresses_to.is_empty(), "{} cannot get harder", e.id);
        }
        let superman: Vec<_> = rungs("superman-on-ball")
            .iter()
            .map(|r| r.hold_seconds.unwrap())
            .collect();
        assert_eq!(superman, [30, 35, 40, 45, 50, 55, 60]);
        let one_leg = rungs("abdominal-plank-one-leg");
        assert_eq!((one_leg[0].reps, one_leg.last().unwrap().reps), (Some(15), Some(29)));
        assert_eq!(rungs("abdominal-plank-two-legs").len(), 1, "its step is the one-leg plank");
    }

    /// Leaflet 002: hold 10–15 seconds, 15 to 20 times — the hold grows to 15 s too.
    #[test]
    fn leaflet_002_holds_grow_from_ten_to_fifteen_seconds() {
        let steps: Vec<_> = rungs("pbu-sitting-draw-in")
            .iter()
            .map(|r| (r.reps.unwrap(), r.hold_seconds.unwrap()))
            .collect();
        assert_eq!(steps.first(), Some(&(15, 10)));
        assert_eq!(steps.last(), Some(&(20, 15)));
    }

    /// Leaflet 001: 3 to 5 repetitions at first. 003's pelvic tilt and 000's upper abdominal
    /// lift are movements of 001 (its pelvic tilt and half sit-up) and start as 001 starts them
    /// for a recovery goal; a sport-performance user follows 000 as it is.
    #[test]
    fn leaflet_001_starts_its_movements_in_other_leaflets_gently_for_recovery() {
        let catalogue = Catalogue::builtin().unwrap();
        let steps = |id: &str, goal| match ladder(catalogue, catalogue.exercise(id).unwrap(), goal)
        {
            Ladder::Rungs(rungs) => rungs
                .iter()
                .map(|r| (r.sets, r.reps.unwrap()))
                .collect::<Vec<_>>(),
            other => panic!("{id}: {other:?}"),
        };
        let tilt: Vec<u32> = steps("pelvic-tilt-flat-and-hollow", Goal::Recovery)
            .iter()
            .map(|&(_, reps)| reps)
            .collect();
        assert_eq!(tilt, [3, 4, 5, 6, 7, 8, 9, 10], "001's pelvic tilt start, to 003's 10");
        assert_eq!(
            steps("pelvic-tilt-flat-and-hollow", Goal::SportPerformance),
            [(1, 10)]
        );

        let lift = steps("upper-abdominals-shoulder-lift", Goal::Recovery);
        let reps: Vec<u32> = lift.iter().map(|&(_, reps)| reps).collect();
        assert_eq!(reps[..11], [8, 9, 10, 12, 14, 16, 18, 20, 22, 24, 25]);
        assert_eq!(reps.last(), Some(&49), "then on along 000's own ladder");
        assert!(lift.iter().all(|&(sets, _)| sets == 3), "000's sets stay");
        assert_eq!(
            steps("upper-abdominals-shoulder-lift", Goal::SportPerformance)[0],
            (3, 25)
        );

        assert_eq!(
            steps("belly-stretch-prone", Goal::Recovery),
            steps("belly-stretch-prone", Goal::SportPerformance),
            "003's belly stretch starts at 3, within 001's 3 to 5 already"
        );
        let holds = catalogue.exercise("torsion-stretch-supine").unwrap();
        assert_eq!(
            ladder(catalogue, holds, Goal::Recovery),
            own_ladder(holds),
            "a stretch held 30 s has no repetitions to lower"
        );
        let curl = catalogue.exercise("oblique-curl-feet-on-chair").unwrap();
        assert_eq!(
            ladder(catalogue, curl, Goal::Recovery),
            own_ladder(curl),
            "003's start is measured"
        );
    }

    #[test]
    fn strength_starts_at_a_third_of_the_maximum() {
        assert_eq!(
            ladder_of("abdominal-curl-feet-on-chair"),
            Ladder::FromMaximum {
                divisor: 3,
                sets: 3,
                retest_days: 28
            }
        );
        assert_eq!(reps_from_maximum(30, 3), 10);
        assert_eq!(reps_from_maximum(2, 3), 1);
    }

    #[test]
    fn exercises_without_a_dosage_get_the_defaults() {
        assert_eq!(rungs("ball-sitting-leg-lift")[0].reps, Some(10));
        assert_eq!(rungs("balance-on-toes")[0].hold_seconds, Some(30));
        assert_eq!(
            rungs("light-warm-up-walk-or-cycle")[0].hold_seconds,
            Some(180)
        );
    }

    #[test]
    fn every_exercise_has_a_ladder_with_something_to_do() {
        let catalogue = Catalogue::builtin().unwrap();
        for (e, goal) in catalogue
            .exercises()
            .iter()
            .flat_map(|e| [(e, Goal::Recovery), (e, Goal::SportPerformance)])
        {
            match ladder(catalogue, e, goal) {
                Ladder::Rungs(rungs) => {
                    assert!(!rungs.is_empty(), "{}", e.id);
                    for r in rungs {
                        assert!(r.sets > 0, "{}", e.id);
                        assert!(
                            r.reps.is_some() || r.hold_seconds.is_some() || r.hold_counts.is_some(),
                            "{}: {r:?}",
                            e.id
                        );
                    }
                }
                Ladder::FromMaximum { divisor, .. } => assert!(divisor > 0),
            }
        }
    }
}
