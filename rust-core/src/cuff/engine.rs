//! The biofeedback engine: turns timed pressure readings into what the user should see, for
//! one exercise's pressure target. Pure and sans-IO: readings in, a [`State`] out, so the same
//! engine runs behind a real cuff, the simulator and synthetic test traces.
//!
//! A set goes through these phases:
//! 1. **Inflating**: pump to the start pressure ([`inflation`](super::inflation)); ready after
//!    2 s steady within ±2 mmHg, and the mean of those 2 s is the baseline.
//! 2. **Ready**: waiting for a repetition. For a drop goal a repetition begins when the
//!    pressure falls below the baseline by half the band's lower edge (3 mmHg for prone A)
//!    *and* stood at rest (within half that margin) at some point of the last 2 s: a
//!    deliberate draw-in. A slow sag (a leak) is not a draw-in. For a keep goal it begins when
//!    the pressure reaches the band.
//! 3. **Exercising**: the hold timer ([`reps`](super::reps)) counts time in the band while no
//!    compensation is flagged; a compensation counts as being out of the band. When the hold
//!    reaches the exercise's hold the repetition is counted. A drop goal then moves to
//!    **Relaxing** until the pressure is back at rest; giving up earlier (back at rest before
//!    the hold) counts nothing. A keep goal starts the next hold at once: each hold is one
//!    repetition (one limb movement, one side).
//!
//! A reading outside 0–200 mmHg (or not a number) is a sensor fault: it is shown and
//! otherwise ignored. A reading earlier than the one before is dropped. A gap of more than a
//! second between readings is not scored, and the short analysis windows start over.
//! A leak ([`leak`](super::leak)) sends the set back to inflating.
//!
//! Each reading costs O(1): running sums, fixed windows, no allocation.

use super::bins::{Binner, BIN_MS};
use super::compensation::{BinContext, Compensations};
use super::config::{EngineConfig, MAX_MMHG};
use super::hint::{Hint, Hints};
use super::inflation::{self, Guidance, Inflation};
use super::leak::Refill;
use super::reps::HoldTimer;
use super::source::Reading;
use super::state::{Phase, State};
use super::stats::{SetResult, SetStats};
use crate::catalogue::PbuGoal;

/// Longer silences are gaps: not scored, and the analysis starts over.
const MAX_GAP_MS: u32 = 1_000;

/// The biofeedback engine for one exercise.
#[derive(Debug, Clone)]
pub struct Engine {
    config: EngineConfig,
    inflation: Inflation,
    refill: Option<Refill>,
    bins: Binner,
    compensations: Compensations,
    timer: HoldTimer,
    stats: SetStats,
    last_t_ms: Option<u32>,
    state: State,
}

impl Engine {
    pub fn new(config: EngineConfig) -> Engine {
        Engine {
            config,
            inflation: Inflation::new(config.start_mmhg()),
            refill: None,
            bins: Binner::default(),
            compensations: Compensations::new(),
            timer: HoldTimer::default(),
            stats: SetStats::default(),
            last_t_ms: None,
            state: State {
                t_ms: 0,
                phase: Phase::Inflating,
                pressure_mmhg: None,
                baseline_mmhg: None,
                band: None,
                in_band: false,
                hold_ms: 0,
                hold_target_ms: config.hold_ms(),
                reps: 0,
                hints: Hints::default(),
            },
        }
    }

    pub fn config(&self) -> &EngineConfig {
        &self.config
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// Takes one reading and returns the new state.
    pub fn push(&mut self, reading: Reading) -> &State {
        let t_ms = reading.t_ms;
        if self.last_t_ms.is_some_and(|last| t_ms < last) {
            log::debug!("cuff reading at {t_ms} ms is older than the last one: dropped");
            return &self.state;
        }
        self.state.t_ms = t_ms;
        let mmhg = reading.mmhg;
        if !(0.0..=MAX_MMHG).contains(&mmhg) {
            self.state.pressure_mmhg = None;
            self.state.in_band = false;
            self.state.hints = Hints::only(Hint::SensorFault);
            return &self.state;
        }
        let since_last = self.last_t_ms.map(|last| t_ms - last);
        let gap = since_last.is_some_and(|dt| dt > MAX_GAP_MS);
        let dt_ms = since_last.filter(|_| !gap).unwrap_or(0);
        self.last_t_ms = Some(t_ms);
        self.state.pressure_mmhg = Some(mmhg);

        if let Some(closed) = self.bins.push(t_ms, mmhg) {
            // Empty bins repeat the last value; across a gap only the bin itself counts.
            let count = if gap { 1 } else { closed.count };
            for k in 1..=count {
                self.analyse((closed.index + k) * BIN_MS, closed.mmhg);
            }
        }
        if gap {
            self.compensations.restart();
            self.inflation.restart();
        }

        self.state.hints = match self.state.phase {
            Phase::Inflating => self.inflate(t_ms, mmhg),
            _ => self.exercise(t_ms, mmhg, dt_ms),
        };
        &self.state
    }

    /// Ends the set: its summary, with the cuff that measured it (`None` for the simulator).
    /// The next set starts from the same inflated cushion and baseline.
    pub fn finish_set(&mut self, cuff_identifier: Option<String>) -> SetResult {
        let result = SetResult {
            pressure: self.stats.summary(
                cuff_identifier,
                self.state.baseline_mmhg.unwrap_or(self.config.start_mmhg()),
                self.config.band_width(),
            ),
            reps: self.state.reps,
            held_ms: self.stats.in_band_ms(),
        };
        self.stats = SetStats::default();
        self.timer.restart(false);
        self.state.reps = 0;
        self.state.hold_ms = 0;
        if matches!(self.state.phase, Phase::Exercising | Phase::Relaxing) {
            self.state.phase = Phase::Ready;
        }
        result
    }

    /// Feeds one 10 Hz value to the compensation and leak detectors.
    fn analyse(&mut self, t_ms: u32, mmhg: f64) {
        let exercising = self.state.phase != Phase::Inflating;
        let at_rest = matches!(
            (self.state.phase, self.config.goal()),
            (Phase::Ready, _) | (Phase::Exercising, PbuGoal::Keep { .. })
        );
        let context = BinContext {
            t_ms,
            baseline_mmhg: self.state.baseline_mmhg.filter(|_| exercising),
            at_rest,
        };
        if self.compensations.push(mmhg, context) {
            log::info!("cuff pressure falls steadily at rest: a leak");
            self.state.phase = Phase::Inflating;
            self.state.band = None;
            self.state.in_band = false;
            self.state.hold_ms = 0;
            self.refill = Some(Refill::new(mmhg));
            self.timer.restart(false);
            self.compensations.forget_rests();
        }
    }

    /// Inflation guidance, until the cushion is ready.
    fn inflate(&mut self, t_ms: u32, mmhg: f64) -> Hints {
        let start = self.config.start_mmhg();
        if let Some(refill) = &mut self.refill {
            if !refill.refilled(mmhg) {
                let mut hints = Hints::only(Hint::Leak);
                hints.insert(match inflation::correction(start, mmhg) {
                    Some(Guidance::LetAirOut) => Hint::LetAirOut,
                    _ => Hint::PumpFurther,
                });
                return hints;
            }
            self.refill = None;
        }
        match self.inflation.push(t_ms, mmhg) {
            Guidance::PumpFurther => Hints::only(Hint::PumpFurther),
            Guidance::LetAirOut => Hints::only(Hint::LetAirOut),
            Guidance::HoldStill => Hints::only(Hint::HoldStill),
            Guidance::Ready { baseline_mmhg } => {
                log::debug!("cushion ready at {baseline_mmhg:.1} mmHg");
                self.state.phase = Phase::Ready;
                self.state.baseline_mmhg = Some(baseline_mmhg);
                self.state.band = Some(self.config.band(baseline_mmhg));
                self.timer.restart(false);
                self.exercise(t_ms, mmhg, 0)
            }
        }
    }

    /// Band, hold and repetitions, once the cushion is ready.
    fn exercise(&mut self, t_ms: u32, mmhg: f64, dt_ms: u32) -> Hints {
        let Some(band) = self.state.band else {
            return Hints::default();
        };
        let in_band = band.contains(mmhg);
        let baseline = self.state.baseline_mmhg.unwrap_or(self.config.start_mmhg());
        let margin = self.config.rest_margin();
        let at_rest = mmhg >= baseline - margin / 2.0;
        let drop_goal = matches!(self.config.goal(), PbuGoal::Drop { .. });

        match self.state.phase {
            Phase::Ready if drop_goal => {
                let deliberate = self
                    .compensations
                    .recent_max()
                    .is_none_or(|max| max >= baseline - margin / 2.0);
                if mmhg < baseline - margin && deliberate {
                    self.state.phase = Phase::Exercising;
                    self.timer.restart(false);
                }
            }
            Phase::Ready if in_band => {
                self.state.phase = Phase::Exercising;
                self.timer.restart(true);
                // The keep level is reached: the rests before it say nothing about leaks.
                self.compensations.forget_rests();
            }
            Phase::Exercising | Phase::Relaxing if drop_goal && at_rest => {
                self.state.phase = Phase::Ready;
            }
            _ => {}
        }

        let mut hints = Hints::default();
        if self.compensations.pressing() {
            hints.insert(Hint::Pressing);
        }
        if self.compensations.pelvis_moving(t_ms) {
            hints.insert(Hint::PelvisMoving);
        }
        if self.compensations.holding_breath() {
            hints.insert(Hint::HoldingBreath);
        }
        let compensating = hints.compensating();

        if self.state.phase == Phase::Exercising {
            let done = self
                .timer
                .tick(dt_ms, in_band, compensating, self.config.hold_ms());
            if self.timer.entered() {
                self.stats.record(dt_ms, mmhg, &band, compensating);
            }
            if done {
                self.state.reps += 1;
                if drop_goal {
                    self.state.phase = Phase::Relaxing;
                } else {
                    self.timer.restart(in_band);
                }
            }
        }

        if self.state.phase == Phase::Exercising && !in_band {
            if mmhg < band.low_mmhg {
                hints.insert(Hint::BelowBand);
            } else if !hints.contains(Hint::Pressing) {
                hints.insert(Hint::AboveBand);
            }
        }
        if self.state.phase == Phase::Relaxing {
            hints.insert(Hint::Relax);
        }
        self.state.in_band = in_band;
        self.state.hold_ms = match self.state.phase {
            Phase::Exercising => self.timer.held_ms(),
            Phase::Relaxing => self.config.hold_ms(),
            Phase::Inflating | Phase::Ready => 0,
        };
        hints
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::PbuGoal;

    fn prone_draw_in() -> Engine {
        let goal = PbuGoal::Drop {
            drop_mmhg: 10,
            band_min_mmhg: 6,
            band_max_mmhg: 12,
        };
        Engine::new(EngineConfig::new(70, goal, Some(5)).unwrap())
    }

    fn supine_keep() -> Engine {
        let goal = PbuGoal::Keep {
            keep_mmhg: 40,
            tolerance_mmhg: 3,
        };
        Engine::new(EngineConfig::new(40, goal, Some(5)).unwrap())
    }

    /// Feeds readings at 20 Hz from `from_ms` for `ms`, the pressure given by `mmhg(t_ms)`.
    fn feed(engine: &mut Engine, from_ms: u32, ms: u32, mmhg: impl Fn(u32) -> f64) -> State {
        for t_ms in (from_ms..from_ms + ms).step_by(50) {
            engine.push(Reading {
                t_ms,
                mmhg: mmhg(t_ms),
            });
        }
        *engine.state()
    }

    /// A faint ripple like breathing, so the signal is not unnaturally flat.
    fn ripple(t_ms: u32) -> f64 {
        0.3 * (f64::from(t_ms) / 1000.0 * std::f64::consts::TAU * 0.25).sin()
    }

    #[test]
    fn inflating_then_ready_with_a_baseline() {
        let mut engine = prone_draw_in();
        assert_eq!(engine.state().phase, Phase::Inflating);
        let state = feed(&mut engine, 0, 1_000, |_| 50.0);
        assert!(state.hints.contains(Hint::PumpFurther));
        let state = feed(&mut engine, 1_000, 1_000, |_| 75.0);
        assert!(state.hints.contains(Hint::LetAirOut));
        let state = feed(&mut engine, 2_000, 1_500, |t| 70.5 + ripple(t));
        assert_eq!(state.phase, Phase::Inflating);
        assert!(state.hints.contains(Hint::HoldStill));
        let state = feed(&mut engine, 3_500, 600, |t| 70.5 + ripple(t));
        assert_eq!(state.phase, Phase::Ready);
        let baseline = state.baseline_mmhg.unwrap();
        assert!((baseline - 70.5).abs() < 0.3, "{baseline}");
        let band = state.band.unwrap();
        assert!((band.high_mmhg - (baseline - 6.0)).abs() < 1e-9);
        assert_eq!(state.hints, Hints::default());
    }

    #[test]
    fn a_drop_repetition_is_held_counted_and_relaxed() {
        let mut engine = prone_draw_in();
        feed(&mut engine, 0, 3_000, |t| 70.0 + ripple(t));
        // Draw in to 60 over 2 s.
        let state = feed(&mut engine, 3_000, 2_000, |t| {
            70.0 - 10.0 * f64::from(t - 3_000) / 2_000.0
        });
        assert_eq!(state.phase, Phase::Exercising);
        let state = feed(&mut engine, 5_000, 3_000, |t| 60.0 + ripple(t));
        assert!(state.in_band);
        assert!((3_000..4_000).contains(&state.hold_ms), "{}", state.hold_ms);
        assert_eq!(state.reps, 0);
        let state = feed(&mut engine, 8_000, 2_000, |t| 60.0 + ripple(t));
        assert_eq!(state.reps, 1);
        assert_eq!(state.phase, Phase::Relaxing);
        assert!(state.hints.contains(Hint::Relax));
        let state = feed(&mut engine, 10_000, 2_000, |t| 70.0 + ripple(t));
        assert_eq!(state.phase, Phase::Ready);
        assert_eq!(state.hold_ms, 0);

        let result = engine.finish_set(None);
        assert_eq!(result.reps, 1);
        assert!(
            (4_900..=5_200).contains(&result.held_ms),
            "{}",
            result.held_ms
        );
        let summary = result.pressure;
        assert!(summary.time_in_band_pct > 99.0, "{summary:?}");
        assert!(summary.mean_dev_mmhg < 0.5, "{summary:?}");
        assert!(summary.steadiness > 0.8, "{summary:?}");
        assert!((summary.start_mmhg - 70.0).abs() < 0.3);
        assert_eq!(engine.state().reps, 0);
    }

    #[test]
    fn giving_up_early_counts_nothing_and_depth_is_guided() {
        let mut engine = prone_draw_in();
        feed(&mut engine, 0, 3_000, |t| 70.0 + ripple(t));
        let state = feed(&mut engine, 3_000, 2_000, |_| 66.0);
        assert_eq!(state.phase, Phase::Exercising);
        assert!(state.hints.contains(Hint::AboveBand));
        let state = feed(&mut engine, 5_000, 3_000, |_| 55.0);
        assert!(state.hints.contains(Hint::BelowBand));
        assert_eq!(state.hold_ms, 0);
        let state = feed(&mut engine, 8_000, 3_000, |_| 61.0);
        assert!(state.hold_ms > 2_500, "{}", state.hold_ms);
        let state = feed(&mut engine, 11_000, 1_000, |t| 70.0 + ripple(t));
        assert_eq!(state.phase, Phase::Ready);
        assert_eq!(state.reps, 0);
    }

    #[test]
    fn keep_goal_counts_one_repetition_per_hold() {
        let mut engine = supine_keep();
        let state = feed(&mut engine, 0, 2_500, |t| 40.0 + ripple(t));
        assert_eq!(state.phase, Phase::Exercising);
        let state = feed(&mut engine, 2_500, 11_000, |t| {
            40.0 + 1.5 * (f64::from(t) / 1000.0 * std::f64::consts::PI).sin()
        });
        assert_eq!(state.reps, 2);
        assert!(state.in_band);
        let state = feed(&mut engine, 13_500, 1_000, |_| 45.0);
        assert!(state.hints.contains(Hint::Pressing) || state.hints.contains(Hint::AboveBand));
        assert_eq!(state.phase, Phase::Exercising);
    }

    #[test]
    fn faults_old_readings_and_gaps() {
        let mut engine = supine_keep();
        feed(&mut engine, 0, 3_000, |t| 40.0 + ripple(t));
        for bad in [-0.5, 200.5, f64::NAN, f64::INFINITY] {
            let state = *engine.push(Reading {
                t_ms: 3_000,
                mmhg: bad,
            });
            assert_eq!(state.hints, Hints::only(Hint::SensorFault), "{bad}");
            assert_eq!(state.pressure_mmhg, None);
        }
        let before = *engine.push(Reading {
            t_ms: 3_050,
            mmhg: 40.0,
        });
        assert_eq!(before.hints, Hints::default());
        assert_eq!(
            *engine.push(Reading {
                t_ms: 10,
                mmhg: 40.0
            }),
            before
        );
        // Ten seconds of silence hold nothing.
        let state = *engine.push(Reading {
            t_ms: 13_050,
            mmhg: 40.0,
        });
        assert_eq!(state.hold_ms, before.hold_ms);
    }
}
