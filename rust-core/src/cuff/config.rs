//! What the biofeedback engine aims for, taken from an exercise's pressure target and checked
//! once, so the engine itself never meets an impossible band.
//!
//! Bands (leaflet 002):
//! - a **drop** goal (prone A: draw the navel in until the pressure falls about 10 mmHg) is
//!   measured from the baseline captured when the cushion was ready: the band runs from
//!   `baseline − band_max` to `baseline − band_min` (6–12 mmHg below it), the target is
//!   `baseline − drop`;
//! - a **keep** goal is absolute: `keep ± tolerance` (prone B/C keep about 60 mmHg after
//!   inflating to 70, so the user first draws in and then holds 60 while a limb moves; supine,
//!   sitting and standing keep the 40 they started at). The target is `keep`.

use serde::Serialize;

use super::error::{CuffError, TargetProblem};
use crate::catalogue::{Exercise, PbuGoal};

/// A reading above this is not a pressure a cushion can hold: a sensor fault. The start
/// pressure and band must lie below it.
pub const MAX_MMHG: f64 = 200.0;
/// The hold when an exercise gives none (the leaflet's limb lifts: "hold 5 seconds before
/// switching"; its calm tempo of 4–5 s a repetition).
pub const DEFAULT_HOLD_SECONDS: u32 = 5;
/// Longer holds are a mistake in the data, not an exercise.
const MAX_HOLD_SECONDS: u32 = 600;

/// The validated target of one pressure-biofeedback exercise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EngineConfig {
    start_mmhg: f64,
    goal: PbuGoal,
    hold_ms: u32,
}

/// The pressures that count as on target.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, uniffi::Record)]
pub struct Band {
    pub low_mmhg: f64,
    pub high_mmhg: f64,
    /// What the user aims for; deviations are measured from here.
    pub target_mmhg: f64,
}

impl Band {
    pub fn contains(&self, mmhg: f64) -> bool {
        (self.low_mmhg..=self.high_mmhg).contains(&mmhg)
    }

    pub fn deviation(&self, mmhg: f64) -> f64 {
        (mmhg - self.target_mmhg).abs()
    }
}

impl EngineConfig {
    /// Checks a target: a start pressure below 200 mmHg, a drop band that stays above zero, a
    /// keep band inside 0–200 mmHg, and a hold of 1–600 s (the default when `None`).
    pub fn new(
        start_mmhg: u32,
        goal: PbuGoal,
        hold_seconds: Option<u32>,
    ) -> Result<EngineConfig, CuffError> {
        let invalid = |problem| Err(CuffError::InvalidTarget(problem));
        if start_mmhg == 0 || f64::from(start_mmhg) > MAX_MMHG {
            return invalid(TargetProblem::StartPressure { start_mmhg });
        }
        match goal {
            PbuGoal::Drop {
                drop_mmhg,
                band_min_mmhg,
                band_max_mmhg,
            } => {
                if band_min_mmhg == 0
                    || band_min_mmhg >= band_max_mmhg
                    || !(band_min_mmhg..=band_max_mmhg).contains(&drop_mmhg)
                    || band_max_mmhg >= start_mmhg
                {
                    return invalid(TargetProblem::DropBand {
                        drop_mmhg,
                        band_min_mmhg,
                        band_max_mmhg,
                        start_mmhg,
                    });
                }
            }
            PbuGoal::Keep {
                keep_mmhg,
                tolerance_mmhg,
            } => {
                if tolerance_mmhg == 0
                    || tolerance_mmhg > keep_mmhg
                    || f64::from(keep_mmhg) + f64::from(tolerance_mmhg) > MAX_MMHG
                {
                    return invalid(TargetProblem::KeepBand {
                        keep_mmhg,
                        tolerance_mmhg,
                    });
                }
            }
        }
        let hold_seconds = hold_seconds.unwrap_or(DEFAULT_HOLD_SECONDS);
        if hold_seconds == 0 || hold_seconds > MAX_HOLD_SECONDS {
            return invalid(TargetProblem::Hold { hold_seconds });
        }
        Ok(EngineConfig {
            start_mmhg: f64::from(start_mmhg),
            goal,
            hold_ms: hold_seconds * 1000,
        })
    }

    /// The target of a catalogue exercise; its hold is the shortest the dosage allows
    /// (10–15 s counts from 10 s).
    pub fn for_exercise(exercise: &Exercise) -> Result<EngineConfig, CuffError> {
        let pbu = exercise
            .pbu
            .as_ref()
            .ok_or_else(|| CuffError::NoPressureTarget(exercise.id.clone()))?;
        let hold = exercise.dosage.hold_seconds.map(|range| range.min);
        EngineConfig::new(pbu.start_mmhg, pbu.goal, hold)
    }

    pub fn start_mmhg(&self) -> f64 {
        self.start_mmhg
    }

    pub fn goal(&self) -> PbuGoal {
        self.goal
    }

    pub fn hold_ms(&self) -> u32 {
        self.hold_ms
    }

    /// The band, for the baseline captured when the cushion was ready.
    pub fn band(&self, baseline_mmhg: f64) -> Band {
        match self.goal {
            PbuGoal::Drop {
                drop_mmhg,
                band_min_mmhg,
                band_max_mmhg,
            } => Band {
                low_mmhg: baseline_mmhg - f64::from(band_max_mmhg),
                high_mmhg: baseline_mmhg - f64::from(band_min_mmhg),
                target_mmhg: baseline_mmhg - f64::from(drop_mmhg),
            },
            PbuGoal::Keep {
                keep_mmhg,
                tolerance_mmhg,
            } => Band {
                low_mmhg: f64::from(keep_mmhg) - f64::from(tolerance_mmhg),
                high_mmhg: f64::from(keep_mmhg) + f64::from(tolerance_mmhg),
                target_mmhg: f64::from(keep_mmhg),
            },
        }
    }

    /// The band's width: a spread this wide counts as not steady at all.
    pub fn band_width(&self) -> f64 {
        match self.goal {
            PbuGoal::Drop {
                band_min_mmhg,
                band_max_mmhg,
                ..
            } => f64::from(band_max_mmhg - band_min_mmhg),
            PbuGoal::Keep { tolerance_mmhg, .. } => 2.0 * f64::from(tolerance_mmhg),
        }
    }

    /// How far below the baseline a drop goal's pressure must fall before the engine counts
    /// it as a draw-in: half the band's lower edge (3 mmHg for prone A), well clear of the
    /// breathing ripple.
    pub fn rest_margin(&self) -> f64 {
        match self.goal {
            PbuGoal::Drop { band_min_mmhg, .. } => f64::from(band_min_mmhg) / 2.0,
            PbuGoal::Keep { .. } => 0.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Catalogue;

    fn drop(drop_mmhg: u32, band_min_mmhg: u32, band_max_mmhg: u32) -> PbuGoal {
        PbuGoal::Drop {
            drop_mmhg,
            band_min_mmhg,
            band_max_mmhg,
        }
    }

    fn keep(keep_mmhg: u32, tolerance_mmhg: u32) -> PbuGoal {
        PbuGoal::Keep {
            keep_mmhg,
            tolerance_mmhg,
        }
    }

    #[test]
    fn prone_draw_in_drops_six_to_twelve_below_the_baseline() {
        let exercise = Catalogue::builtin()
            .unwrap()
            .exercise("pbu-prone-draw-in")
            .unwrap();
        let config = EngineConfig::for_exercise(exercise).unwrap();
        assert_eq!(config.start_mmhg(), 70.0);
        assert_eq!(config.hold_ms(), 15_000);
        let band = config.band(70.4);
        assert!((band.low_mmhg - 58.4).abs() < 1e-9);
        assert!((band.high_mmhg - 64.4).abs() < 1e-9);
        assert!((band.target_mmhg - 60.4).abs() < 1e-9);
        assert_eq!(config.band_width(), 6.0);
        assert_eq!(config.rest_margin(), 3.0);
    }

    #[test]
    fn keep_goals_are_absolute() {
        let catalogue = Catalogue::builtin().unwrap();
        let prone_arm =
            EngineConfig::for_exercise(catalogue.exercise("pbu-prone-arm-lift").unwrap()).unwrap();
        assert_eq!(prone_arm.hold_ms(), DEFAULT_HOLD_SECONDS * 1000);
        let band = prone_arm.band(70.0);
        assert_eq!(
            (band.low_mmhg, band.target_mmhg, band.high_mmhg),
            (57.0, 60.0, 63.0)
        );
        let sitting =
            EngineConfig::for_exercise(catalogue.exercise("pbu-sitting-draw-in").unwrap()).unwrap();
        assert_eq!(sitting.hold_ms(), 10_000);
        let band = sitting.band(41.0);
        assert_eq!((band.low_mmhg, band.high_mmhg), (38.0, 42.0));
        assert!(band.contains(38.0) && band.contains(42.0) && !band.contains(42.1));
        assert_eq!(band.deviation(41.5), 1.5);
    }

    #[test]
    fn every_cuff_exercise_has_a_valid_target() {
        let catalogue = Catalogue::builtin().unwrap();
        let with_cuff: Vec<_> = catalogue
            .exercises()
            .iter()
            .filter(|e| e.pbu.is_some())
            .collect();
        assert_eq!(with_cuff.len(), 10);
        for exercise in with_cuff {
            assert!(
                EngineConfig::for_exercise(exercise).is_ok(),
                "{}",
                exercise.id
            );
        }
        let plank = catalogue.exercise("abdominal-plank-two-legs").unwrap();
        assert_eq!(
            EngineConfig::for_exercise(plank),
            Err(CuffError::NoPressureTarget(
                "abdominal-plank-two-legs".into()
            ))
        );
    }

    #[test]
    fn impossible_targets_are_refused() {
        for (start, goal, hold) in [
            (0, keep(40, 2), None),
            (201, keep(40, 2), None),
            (70, drop(10, 0, 12), None),
            (70, drop(13, 6, 12), None),
            (10, drop(10, 6, 12), None),
            (40, keep(40, 0), None),
            (40, keep(2, 3), None),
            (40, keep(199, 2), None),
            // A band with no width, and a sum that would overflow a u32.
            (70, drop(10, 10, 10), None),
            (40, keep(2_147_483_748, 2_147_483_648), None),
            (40, keep(40, 2), Some(0)),
            (40, keep(40, 2), Some(601)),
        ] {
            assert!(
                matches!(
                    EngineConfig::new(start, goal, hold),
                    Err(CuffError::InvalidTarget(_))
                ),
                "{start} {goal:?} {hold:?}"
            );
        }
    }
}
