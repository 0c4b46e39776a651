//! Leaks and drift: a cushion losing air shows as a slow, steady fall while the user rests.
//!
//! The detector looks at the last 30 s of settled, resting 10 Hz values, split into thirds of
//! 10 s. Resting means the rests between a drop goal's repetitions (joined, none older than
//! 3 minutes), or a keep goal's exercising; settled means quiet (a 2 s range within 3 mmHg)
//! with no compensation flagged, so a press or a swinging limb does not tilt the window. It is
//! a leak when the mean falls from the first third to the second *and* from the second to the
//! third, each at 0.05–1 mmHg/s (3–60 mmHg a minute; faster is a movement), in every window
//! for 5 s of such values. Both steps rule out a contraction followed by a still hold (one
//! step down, then flat); a 1 mmHg breathing ripple at 6–30 breaths a minute moves third means
//! up and down, never down twice at that rate; the 5 s rule out a keep goal's level that
//! happens to sit a little lower over a few repetitions, which passes as the window slides.
//!
//! A leak sends the engine back to inflating. So that the user really pumps instead of the
//! engine accepting the sagging pressure, the leak stands until the pressure has risen 2 mmHg
//! above its lowest point since ([`Refill`]).

use super::window::Thirds;

/// 10 s of 10 Hz values.
const THIRD_POINTS: usize = 100;
const MAX_AGE_S: f64 = 180.0;
const MIN_FALL_MMHG_PER_S: f64 = 0.05;
const MAX_FALL_MMHG_PER_S: f64 = 1.0;
const REFILL_RISE_MMHG: f64 = 2.0;
/// The fall must show in this many windows in a row (5 s of resting values).
const CONFIRMATIONS: u32 = 50;

#[derive(Debug, Clone)]
pub(crate) struct LeakDetector {
    thirds: Thirds,
    confirmations: u32,
}

impl LeakDetector {
    pub fn new() -> LeakDetector {
        LeakDetector {
            thirds: Thirds::new(THIRD_POINTS, MAX_AGE_S),
            confirmations: 0,
        }
    }

    /// Takes one resting 10 Hz value at `t_s` seconds; true when the window shows a leak.
    pub fn push(&mut self, t_s: f64, mmhg: f64) -> bool {
        self.thirds.push(t_s, mmhg);
        let leaking = |(t1, y1): (f64, f64), (t2, y2): (f64, f64)| {
            (MIN_FALL_MMHG_PER_S..=MAX_FALL_MMHG_PER_S).contains(&((y1 - y2) / (t2 - t1)))
        };
        let falling = self
            .thirds
            .means()
            .is_some_and(|[first, second, third]| leaking(first, second) && leaking(second, third));
        self.confirmations = if falling { self.confirmations + 1 } else { 0 };
        self.confirmations >= CONFIRMATIONS
    }

    /// Forgets the window: the pressure level changed on purpose (re-inflated, or a keep
    /// goal's level reached).
    pub fn clear(&mut self) {
        self.thirds.clear();
        self.confirmations = 0;
    }
}

/// After a leak: waits for the user to pump the pressure back up.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Refill {
    lowest_mmhg: f64,
}

impl Refill {
    pub fn new(mmhg: f64) -> Refill {
        Refill { lowest_mmhg: mmhg }
    }

    /// Takes a reading; true once the pressure has been pumped up.
    pub fn refilled(&mut self, mmhg: f64) -> bool {
        self.lowest_mmhg = self.lowest_mmhg.min(mmhg);
        mmhg >= self.lowest_mmhg + REFILL_RISE_MMHG
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::TAU;

    /// Seconds until a detector fed `mmhg(t)` at 10 Hz reports a leak, within `limit_s`.
    fn detects(limit_s: f64, mmhg: impl Fn(f64) -> f64) -> Option<f64> {
        let mut detector = LeakDetector::new();
        (0..(limit_s * 10.0) as u32)
            .map(|i| f64::from(i) / 10.0)
            .find(|&t| detector.push(t, mmhg(t)))
    }

    #[test]
    fn a_slow_steady_fall_is_a_leak() {
        let breathing = |t: f64| 0.8 * (TAU * 0.25 * t).sin();
        let found = detects(60.0, |t| 70.0 - 0.1 * t + breathing(t));
        assert_eq!(found, Some(34.8));
    }

    #[test]
    fn rest_breathing_movement_and_a_draw_in_are_not() {
        for hz in [0.1, 0.125, 0.15, 0.2, 0.3, 0.5] {
            for phase in [0.0, 1.0, 2.0, 3.0, 4.0, 5.0] {
                assert_eq!(
                    detects(120.0, |t| 70.0 + (TAU * hz * t + phase).sin()),
                    None,
                    "{hz} Hz"
                );
            }
        }
        // Moving limbs around a steady level.
        assert_eq!(detects(120.0, |t| 40.0 + 3.0 * (TAU * 0.5 * t).sin()), None);
        // A draw-in then a still hold: one step down, then flat.
        assert_eq!(detects(60.0, |t| 70.0 - 2.0 * t.min(5.0)), None);
        // A fall faster than 1 mmHg/s is a movement.
        assert_eq!(detects(60.0, |t| 70.0 - 1.5 * t), None);
    }

    #[test]
    fn a_refill_needs_a_real_rise() {
        let mut refill = Refill::new(67.0);
        assert!(!refill.refilled(66.0));
        assert!(!refill.refilled(67.9));
        assert!(refill.refilled(68.0));
    }
}
