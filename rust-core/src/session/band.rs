//! The seam between the runner and a pressure-biofeedback cuff: during a cuff exercise's hold,
//! time counts only while the pressure is inside the exercise's target band.
//!
//! The runner asks a [`BandGate`] for every reading. [`FixedBand`] judges each reading against
//! the catalogue's target as it stands (a drop of 6–12 mmHg below the start pressure, or the
//! pressure to keep ± its tolerance); the biofeedback engine, which also captures a baseline
//! and watches for compensations, implements the same trait.

use crate::catalogue::{PbuGoal, PbuTarget};

/// Judges pressure readings against an exercise's target band.
pub trait BandGate: Send {
    /// Takes one reading (time in ms, pressure in mmHg); returns whether it is in the band.
    fn in_band(&mut self, t_ms: i64, mmhg: f64) -> bool;
    /// The band now: (lowest, highest) mmHg.
    fn band(&self) -> (f64, f64);
}

/// The band of a target, fixed: for a drop goal, measured from the start pressure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FixedBand {
    pub low_mmhg: f64,
    pub high_mmhg: f64,
}

impl FixedBand {
    pub fn for_target(target: &PbuTarget) -> FixedBand {
        let start = f64::from(target.start_mmhg);
        match target.goal {
            PbuGoal::Drop {
                band_min_mmhg,
                band_max_mmhg,
                ..
            } => FixedBand {
                low_mmhg: start - f64::from(band_max_mmhg),
                high_mmhg: start - f64::from(band_min_mmhg),
            },
            PbuGoal::Keep {
                keep_mmhg,
                tolerance_mmhg,
            } => FixedBand {
                low_mmhg: f64::from(keep_mmhg) - f64::from(tolerance_mmhg),
                high_mmhg: f64::from(keep_mmhg) + f64::from(tolerance_mmhg),
            },
        }
    }
}

impl BandGate for FixedBand {
    fn in_band(&mut self, _t_ms: i64, mmhg: f64) -> bool {
        (self.low_mmhg..=self.high_mmhg).contains(&mmhg)
    }

    fn band(&self) -> (f64, f64) {
        (self.low_mmhg, self.high_mmhg)
    }
}

/// Builds the gate for an exercise's target.
pub type GateFactory = Box<dyn Fn(&PbuTarget) -> Box<dyn BandGate> + Send + Sync>;

/// The default factory: a [`FixedBand`] per exercise.
pub fn fixed_bands() -> GateFactory {
    Box::new(|target| Box::new(FixedBand::for_target(target)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Text;

    fn target(goal: PbuGoal) -> PbuTarget {
        PbuTarget {
            start_mmhg: 70,
            placement: Text {
                nl: "x".into(),
                en: "x".into(),
            },
            goal,
        }
    }

    #[test]
    fn drop_and_keep_bands() {
        let mut drop = FixedBand::for_target(&target(PbuGoal::Drop {
            drop_mmhg: 10,
            band_min_mmhg: 6,
            band_max_mmhg: 12,
        }));
        assert!(drop.in_band(0, 60.0));
        assert!(drop.in_band(0, 58.0) && drop.in_band(0, 64.0));
        assert!(!drop.in_band(0, 65.0) && !drop.in_band(0, 57.9));
        let mut keep = FixedBand::for_target(&target(PbuGoal::Keep {
            keep_mmhg: 40,
            tolerance_mmhg: 3,
        }));
        assert!(keep.in_band(0, 43.0) && !keep.in_band(0, 43.5));
    }
}
