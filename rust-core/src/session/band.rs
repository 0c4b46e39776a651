//! The seam between the runner and a pressure-biofeedback cuff: during a cuff exercise's hold,
//! time counts only while the pressure is inside the exercise's target band.
//!
//! The runner asks a [`BandGate`] for every reading. Guided sets use [`EngineGate`], the
//! biofeedback engine: it captures the baseline when the cushion is inflated and steady,
//! measures a drop band from that measured baseline rather than from the nominal start
//! pressure, and counts a compensation leaflet 002 warns about (holding the breath, pressing,
//! moving the pelvis) as out of the band — so a set with compensations shows a lower time in
//! the band, and the phase it belongs to is not judged mastered on it. [`FixedBand`] judges
//! each reading against the catalogue's target as it stands (a drop of 6–12 mmHg below the
//! start pressure, or the pressure to keep ± its tolerance); it stands in when a target
//! cannot drive the engine.

use crate::catalogue::{PbuGoal, PbuTarget};
use crate::cuff::{Engine, EngineConfig, Hints, Reading};

/// The engine's own hold: longer than any planned hold, so the runner's hold decides when a
/// repetition ends and the engine only judges the band.
const ENGINE_HOLD_SECONDS: u32 = 600;

/// Judges pressure readings against an exercise's target band.
pub trait BandGate: Send {
    /// Takes one reading (time in ms, pressure in mmHg); returns whether it is in the band.
    fn in_band(&mut self, t_ms: i64, mmhg: f64) -> bool;
    /// The band now: (lowest, highest) mmHg.
    fn band(&self) -> (f64, f64);
    /// What the user should correct now (a compensation, inflating, a leak).
    fn hints(&self) -> Hints {
        Hints::default()
    }
    /// Whether the user is compensating now (holding the breath, pressing, moving the pelvis).
    fn compensating(&self) -> bool {
        self.hints().compensating()
    }
}

/// The biofeedback engine judging the band of one exercise.
pub struct EngineGate {
    engine: Engine,
    /// The runner's time of the first reading: the engine counts from there.
    first_t_ms: Option<i64>,
    /// The band before the engine has measured a baseline.
    nominal: FixedBand,
}

impl EngineGate {
    /// A gate for `target`, or `None` when the target cannot drive the engine.
    pub fn for_target(target: &PbuTarget) -> Option<EngineGate> {
        let config =
            EngineConfig::new(target.start_mmhg, target.goal, Some(ENGINE_HOLD_SECONDS)).ok()?;
        Some(EngineGate {
            engine: Engine::new(config),
            first_t_ms: None,
            nominal: FixedBand::for_target(target),
        })
    }
}

impl BandGate for EngineGate {
    fn in_band(&mut self, t_ms: i64, mmhg: f64) -> bool {
        let first = *self.first_t_ms.get_or_insert(t_ms);
        let t_ms = u32::try_from(t_ms - first).unwrap_or(0);
        let in_band = self.engine.push(Reading { t_ms, mmhg }).in_band;
        in_band && !self.compensating()
    }

    fn band(&self) -> (f64, f64) {
        self.engine
            .state()
            .band
            .map_or(self.nominal.band(), |b| (b.low_mmhg, b.high_mmhg))
    }

    fn hints(&self) -> Hints {
        self.engine.state().hints
    }
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

/// The default factory: the biofeedback engine per exercise, a [`FixedBand`] where a target
/// cannot drive it.
pub fn engine_bands() -> GateFactory {
    Box::new(|target| match EngineGate::for_target(target) {
        Some(gate) => Box::new(gate),
        None => Box::new(FixedBand::for_target(target)),
    })
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
