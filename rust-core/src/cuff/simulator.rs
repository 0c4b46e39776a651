//! A simulated cuff and user: deterministic from a seed, for tests, the command line's demo
//! and development without a cuff.
//!
//! The pressure is the sum of:
//! - the **air** in the cushion: the user pumps it up in squeezes of 5–9 mmHg (each over
//!   0.3 s, then a 0.4 s pause) until within 1 mmHg of the aim, and lets air out at 5 mmHg/s
//!   if the last squeeze overshot by more than 1.5 mmHg; a **leak** drains it at a set rate;
//! - the **body**: a posture's offset (negative for a draw-in prone, positive for bearing
//!   down), approached at 6 mmHg/s as a calm contraction would, plus a **swing** (a rocking
//!   pelvis, a moving limb) of some amplitude and frequency;
//! - **breathing**: a ripple of 0.35–0.8 mmHg at 0.2–0.33 Hz (chosen by the seed) that fades
//!   out within a second when the breath is held and back when it is released;
//! - **sensor noise**: normal, 0.08 mmHg standard deviation.
//!
//! Readings come every 50 ms (a 20 Hz cuff) plus 0–4 ms of jitter. A **dropout** sends
//! nothing for a while; a **fault** sends readings that are not a number. The script is a
//! list of [`Step`]s; [`Simulator::session`] writes a plausible one for an exercise, with
//! mostly good repetitions and now and then a failed one, a compensation or a dropout.

use super::codec::{self, Frame};
use super::config::EngineConfig;
use super::error::CuffError;
use super::prng::SplitMix64;
use super::source::{CuffSource, Notification, Reading};
use crate::catalogue::{Exercise, PbuGoal};

/// Repetitions of a simulated session when the exercise's dosage gives none.
const DEFAULT_REPS: u32 = 10;
/// Mixed into the seed for the script, so it does not repeat the readings' random numbers.
const PLAN_STREAM: u64 = 0xA5A5_5A5A_C3C3_3C3C;
const INTERVAL_MS: u32 = 50;
const JITTER_MS: f64 = 5.0;
const NOISE_SD_MMHG: f64 = 0.08;
const BODY_RATE_MMHG_PER_S: f64 = 6.0;
const SQUEEZE_MS: f64 = 300.0;
const SQUEEZE_PAUSE_MS: u32 = 400;
const RELEASE_MMHG_PER_S: f64 = 5.0;
/// The breath fades out or back within a second.
const BREATH_FADE_PER_S: f64 = 1.0;

/// What the body does for a while.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posture {
    pub ms: u32,
    /// The body's effect on the pressure: negative for a draw-in (prone), positive for
    /// bearing down.
    pub offset_mmhg: f64,
    /// A swing on top: a rocking pelvis, a moving limb.
    pub swing_mmhg: f64,
    pub swing_hz: f64,
    pub breath_held: bool,
}

impl Posture {
    pub fn rest(ms: u32) -> Posture {
        Posture::draw_in(0.0, ms)
    }

    /// Holding a contraction that moves the pressure by `offset_mmhg`.
    pub fn draw_in(offset_mmhg: f64, ms: u32) -> Posture {
        Posture {
            ms,
            offset_mmhg,
            swing_mmhg: 0.0,
            swing_hz: 0.0,
            breath_held: false,
        }
    }

    /// Pressing: the pressure rises by `rise_mmhg`.
    pub fn bear_down(rise_mmhg: f64, ms: u32) -> Posture {
        Posture::draw_in(rise_mmhg, ms)
    }

    /// A pelvis rocking once a second, `amplitude_mmhg` either way, around `offset_mmhg`.
    pub fn rock_pelvis(offset_mmhg: f64, amplitude_mmhg: f64, ms: u32) -> Posture {
        Posture {
            swing_mmhg: amplitude_mmhg,
            swing_hz: 1.0,
            ..Posture::draw_in(offset_mmhg, ms)
        }
    }

    /// A limb lifted and lowered every 2 s, shaking the pressure by `amplitude_mmhg`.
    pub fn move_limb(offset_mmhg: f64, amplitude_mmhg: f64, ms: u32) -> Posture {
        Posture {
            swing_mmhg: amplitude_mmhg,
            swing_hz: 0.5,
            ..Posture::draw_in(offset_mmhg, ms)
        }
    }

    pub fn holding_breath(self) -> Posture {
        Posture {
            breath_held: true,
            ..self
        }
    }
}

/// One step of a simulated session.
#[derive(Debug, Clone, Copy, PartialEq)]
// Leaks and faults are scripted by the tests; the shells' simulated cuff does not use them.
#[cfg_attr(not(feature = "internals"), allow(dead_code))]
pub enum Step {
    /// Pump the cushion up to about this pressure.
    Inflate {
        mmhg: f64,
    },
    Hold(Posture),
    /// From now on the cushion loses air at this rate (0 ends a leak).
    Leak {
        mmhg_per_s: f64,
    },
    /// Nothing arrives for this long.
    Dropout {
        ms: u32,
    },
    /// Readings that are not a number for this long.
    Fault {
        ms: u32,
    },
}

/// The step under way.
#[derive(Debug, Clone, Copy)]
enum Active {
    Pumping {
        aim: f64,
        squeeze_left: f64,
        squeeze_rate: f64,
        pause_ms: u32,
    },
    Releasing {
        aim: f64,
    },
    Holding(Posture),
    Dropout {
        ms: u32,
    },
    Fault {
        ms: u32,
    },
}

/// A simulated cuff, pumped and pressed by a simulated user.
#[derive(Debug, Clone)]
pub struct Simulator {
    steps: std::vec::IntoIter<Step>,
    active: Option<Active>,
    elapsed_ms: u32,
    rng: SplitMix64,
    t_ms: u32,
    air: f64,
    body: f64,
    leak_mmhg_per_s: f64,
    breath_mmhg: f64,
    breath_hz: f64,
    breath_gain: f64,
}

impl Simulator {
    /// Runs `steps` in order, then ends.
    pub fn scripted(steps: Vec<Step>, seed: u64) -> Simulator {
        let mut rng = SplitMix64::new(seed);
        Simulator {
            steps: steps.into_iter(),
            active: None,
            elapsed_ms: 0,
            breath_mmhg: rng.between(0.35, 0.8),
            breath_hz: rng.between(0.2, 0.33),
            rng,
            t_ms: 0,
            air: 0.0,
            body: 0.0,
            leak_mmhg_per_s: 0.0,
            breath_gain: 1.0,
        }
    }

    /// A plausible set of `reps` repetitions of the exercise `config` describes: inflating,
    /// a rest, then repetitions, about two in three of them good.
    pub fn session(config: &EngineConfig, reps: u32, seed: u64) -> Simulator {
        let mut rng = SplitMix64::new(seed ^ PLAN_STREAM);
        Simulator::scripted(plan(config, reps, &mut rng), seed)
    }

    /// A plausible set of a catalogue exercise: as many repetitions as its dosage allows at
    /// most (10 when it gives none).
    pub fn for_exercise(exercise: &Exercise, seed: u64) -> Result<Simulator, CuffError> {
        let config = EngineConfig::for_exercise(exercise)?;
        let reps = exercise.dosage.reps.map_or(DEFAULT_REPS, |range| range.max);
        Ok(Simulator::session(&config, reps, seed))
    }

    /// The step under way, starting the next when none is.
    fn active(&mut self) -> Option<Active> {
        while self.active.is_none() {
            self.elapsed_ms = 0;
            self.active = match self.steps.next()? {
                Step::Inflate { mmhg } => Some(Active::Pumping {
                    aim: mmhg,
                    squeeze_left: 0.0,
                    squeeze_rate: 0.0,
                    pause_ms: 0,
                }),
                Step::Hold(posture) => Some(Active::Holding(posture)),
                Step::Leak { mmhg_per_s } => {
                    self.leak_mmhg_per_s = mmhg_per_s;
                    None
                }
                Step::Dropout { ms } => Some(Active::Dropout { ms }),
                Step::Fault { ms } => Some(Active::Fault { ms }),
            };
        }
        self.active
    }

    /// Moves the model on by `dt_ms` under `active`; returns the step as it continues, or
    /// `None` when it is over.
    fn advance(&mut self, active: Active, dt_ms: u32) -> Option<Active> {
        let dt_s = f64::from(dt_ms) / 1000.0;
        self.elapsed_ms += dt_ms;
        self.air = (self.air - self.leak_mmhg_per_s * dt_s).max(0.0);
        let posture = match active {
            Active::Holding(posture) => posture,
            _ => Posture::rest(0),
        };
        let step = BODY_RATE_MMHG_PER_S * dt_s;
        self.body += (posture.offset_mmhg - self.body).clamp(-step, step);
        let fade = BREATH_FADE_PER_S * dt_s;
        let breath_aim = if posture.breath_held { 0.0 } else { 1.0 };
        self.breath_gain += (breath_aim - self.breath_gain).clamp(-fade, fade);

        match active {
            Active::Pumping {
                aim,
                mut squeeze_left,
                squeeze_rate,
                mut pause_ms,
            } => {
                if squeeze_left > 0.0 {
                    let added = (squeeze_rate * f64::from(dt_ms)).min(squeeze_left);
                    self.air += added;
                    squeeze_left -= added;
                    if squeeze_left <= 0.0 {
                        pause_ms = SQUEEZE_PAUSE_MS;
                    }
                    Some(Active::Pumping {
                        aim,
                        squeeze_left,
                        squeeze_rate,
                        pause_ms,
                    })
                } else if pause_ms > 0 {
                    Some(Active::Pumping {
                        aim,
                        squeeze_left,
                        squeeze_rate,
                        pause_ms: pause_ms.saturating_sub(dt_ms),
                    })
                } else if self.air < aim - 1.0 {
                    let size = self.rng.between(5.0, 9.0);
                    Some(Active::Pumping {
                        aim,
                        squeeze_left: size,
                        squeeze_rate: size / SQUEEZE_MS,
                        pause_ms: 0,
                    })
                } else if self.air > aim + 1.5 {
                    Some(Active::Releasing { aim })
                } else {
                    None
                }
            }
            Active::Releasing { aim } => {
                self.air -= RELEASE_MMHG_PER_S * dt_s;
                (self.air > aim + 0.3).then_some(active)
            }
            Active::Holding(Posture { ms, .. }) | Active::Dropout { ms } | Active::Fault { ms } => {
                (self.elapsed_ms < ms).then_some(active)
            }
        }
    }

    /// The pressure the cuff would read now.
    fn pressure(&mut self, active: Active) -> f64 {
        let t_s = f64::from(self.t_ms) / 1000.0;
        let swing = match active {
            Active::Holding(posture) => {
                let phase = f64::from(self.elapsed_ms) / 1000.0 * posture.swing_hz;
                posture.swing_mmhg * (std::f64::consts::TAU * phase).sin()
            }
            _ => 0.0,
        };
        let breath = self.breath_gain
            * self.breath_mmhg
            * (std::f64::consts::TAU * self.breath_hz * t_s).sin();
        let noise = NOISE_SD_MMHG * self.rng.normal();
        (self.air + self.body + swing + breath + noise).max(0.0)
    }
}

impl Iterator for Simulator {
    type Item = Reading;

    fn next(&mut self) -> Option<Reading> {
        loop {
            let active = self.active()?;
            let dt_ms = INTERVAL_MS + (self.rng.unit() * JITTER_MS) as u32;
            self.t_ms = self.t_ms.saturating_add(dt_ms);
            let mmhg = self.pressure(active);
            self.active = self.advance(active, dt_ms);
            match active {
                Active::Dropout { .. } => continue,
                Active::Fault { .. } => {
                    return Some(Reading {
                        t_ms: self.t_ms,
                        mmhg: f64::NAN,
                    })
                }
                _ => {
                    return Some(Reading {
                        t_ms: self.t_ms,
                        mmhg,
                    })
                }
            }
        }
    }
}

impl CuffSource for Simulator {
    /// Each reading as a standard cuff sends it: an Intermediate Cuff Pressure frame in mmHg
    /// (not-a-number readings as the NaN special value).
    fn next_notification(&mut self) -> Option<Notification> {
        let reading = self.next()?;
        let frame = Frame::live_pressure(reading.mmhg);
        Some(Notification {
            t_ms: reading.t_ms,
            payload: codec::encode(&frame).to_vec(),
        })
    }
}

/// A failed or compensated repetition, for variety in a simulated session.
#[derive(Debug, Clone, Copy)]
enum Slip {
    TooLittle,
    TooMuch,
    Pressing,
    PelvisMoving,
    BreathHeld,
}

/// The script of a plausible session.
fn plan(config: &EngineConfig, reps: u32, rng: &mut SplitMix64) -> Vec<Step> {
    let start = config.start_mmhg();
    let hold = config.hold_ms();
    let mut steps = vec![
        Step::Inflate { mmhg: start },
        Step::Hold(Posture::rest(rng.between(4_000.0, 6_000.0) as u32)),
    ];
    let slip = |rng: &mut SplitMix64| {
        if rng.chance(0.65) {
            return None;
        }
        let slips = [
            Slip::TooLittle,
            Slip::TooMuch,
            Slip::Pressing,
            Slip::PelvisMoving,
            Slip::BreathHeld,
        ];
        Some(slips[(rng.unit() * slips.len() as f64) as usize % slips.len()])
    };
    match config.goal() {
        PbuGoal::Drop {
            drop_mmhg,
            band_min_mmhg,
            band_max_mmhg,
        } => {
            let drop = f64::from(drop_mmhg);
            // Reaching the drop at the body's calm pace, and a little to spare.
            let ramp = (drop / BODY_RATE_MMHG_PER_S * 1000.0) as u32 + 500;
            for _ in 0..reps {
                let posture = match slip(rng) {
                    None => Posture::draw_in(
                        -drop + rng.between(-0.5, 0.5),
                        ramp + hold + rng.between(2_000.0, 3_000.0) as u32,
                    ),
                    Some(Slip::TooLittle) => {
                        Posture::draw_in(-f64::from(band_min_mmhg) / 2.0, 6_000)
                    }
                    Some(Slip::TooMuch) => Posture::draw_in(-f64::from(band_max_mmhg) - 4.0, 6_000),
                    Some(Slip::Pressing) => Posture::bear_down(5.0, 4_000),
                    Some(Slip::PelvisMoving) => Posture::rock_pelvis(0.0, 6.0, 4_000),
                    Some(Slip::BreathHeld) => {
                        Posture::draw_in(-drop, ramp + hold + 4_000).holding_breath()
                    }
                };
                steps.push(Step::Hold(posture));
                rest_between(&mut steps, 0.0, rng);
            }
        }
        PbuGoal::Keep {
            keep_mmhg,
            tolerance_mmhg,
        } => {
            let level = f64::from(keep_mmhg) - start;
            let tolerance = f64::from(tolerance_mmhg);
            if level != 0.0 {
                steps.push(Step::Hold(Posture::draw_in(level, 3_000)));
            }
            for _ in 0..reps {
                let posture = match slip(rng) {
                    None => Posture::move_limb(
                        level + rng.between(-0.2, 0.2) * tolerance,
                        0.3 * tolerance,
                        hold + 1_000,
                    ),
                    Some(Slip::TooLittle | Slip::TooMuch) => {
                        Posture::move_limb(level, 2.0 * tolerance, 4_000)
                    }
                    Some(Slip::Pressing) => Posture::bear_down(5.0, 4_000),
                    Some(Slip::PelvisMoving) => Posture::rock_pelvis(level, 6.0, 4_000),
                    // Still: a moving limb would ripple the pressure like breathing.
                    Some(Slip::BreathHeld) => {
                        Posture::draw_in(level, hold + 12_000).holding_breath()
                    }
                };
                steps.push(Step::Hold(posture));
                rest_between(&mut steps, level, rng);
            }
        }
    }
    steps.push(Step::Hold(Posture::rest(3_000)));
    steps
}

/// A short pause between repetitions at `level`, sometimes with a radio dropout in it.
fn rest_between(steps: &mut Vec<Step>, level: f64, rng: &mut SplitMix64) {
    let rest = rng.between(3_000.0, 5_000.0) as u32;
    if rng.chance(0.1) {
        steps.push(Step::Hold(Posture::draw_in(level, rest / 2)));
        steps.push(Step::Dropout {
            ms: rng.between(300.0, 1_500.0) as u32,
        });
        steps.push(Step::Hold(Posture::draw_in(level, rest / 2)));
    } else {
        steps.push(Step::Hold(Posture::draw_in(level, rest)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cuff::codec::FrameKind;
    use crate::cuff::source;

    fn prone() -> EngineConfig {
        let goal = PbuGoal::Drop {
            drop_mmhg: 10,
            band_min_mmhg: 6,
            band_max_mmhg: 12,
        };
        EngineConfig::new(70, goal, Some(15)).unwrap()
    }

    #[test]
    fn the_same_seed_gives_the_same_readings() {
        let a: Vec<Reading> = Simulator::session(&prone(), 3, 7).collect();
        let b: Vec<Reading> = Simulator::session(&prone(), 3, 7).collect();
        let c: Vec<Reading> = Simulator::session(&prone(), 3, 8).collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(a.windows(2).all(|w| w[0].t_ms < w[1].t_ms));
    }

    #[test]
    fn inflating_reaches_the_aim_and_settles() {
        let readings: Vec<Reading> = Simulator::scripted(
            vec![
                Step::Inflate { mmhg: 70.0 },
                Step::Hold(Posture::rest(3_000)),
            ],
            1,
        )
        .collect();
        let last_second = &readings[readings.len() - 20..];
        assert!(
            last_second.iter().all(|s| (s.mmhg - 70.0).abs() < 2.5),
            "{last_second:?}"
        );
        // Pumping takes a few seconds from an empty cushion.
        let first_at_aim = readings.iter().position(|s| s.mmhg > 68.0).unwrap();
        assert!((5_000..12_000).contains(&readings[first_at_aim].t_ms));
    }

    #[test]
    fn leaks_dropouts_and_faults() {
        let readings: Vec<Reading> = Simulator::scripted(
            vec![
                Step::Inflate { mmhg: 40.0 },
                Step::Leak { mmhg_per_s: 0.5 },
                Step::Hold(Posture::rest(10_000)),
                Step::Leak { mmhg_per_s: 0.0 },
                Step::Dropout { ms: 2_000 },
                Step::Fault { ms: 500 },
                Step::Hold(Posture::rest(1_000)),
            ],
            3,
        )
        .collect();
        let gap = readings
            .windows(2)
            .map(|w| w[1].t_ms - w[0].t_ms)
            .max()
            .unwrap();
        assert!(gap >= 2_000, "{gap}");
        assert!(readings.iter().filter(|s| s.mmhg.is_nan()).count() >= 9);
        let last = readings.last().unwrap().mmhg;
        assert!((33.0..37.0).contains(&last), "{last}");
    }

    #[test]
    fn notifications_are_standard_frames() {
        let mut simulator = Simulator::session(&prone(), 1, 2);
        let twin: Vec<Reading> = Simulator::session(&prone(), 1, 2).take(100).collect();
        for expected in twin {
            let notification = simulator.next_notification().unwrap();
            let reading = source::reading(
                FrameKind::IntermediateCuffPressure,
                notification.t_ms,
                &notification.payload,
            )
            .unwrap();
            assert_eq!(reading.t_ms, expected.t_ms);
            assert!((reading.mmhg - expected.mmhg).abs() <= 0.05 + 1e-9);
        }
    }
}
