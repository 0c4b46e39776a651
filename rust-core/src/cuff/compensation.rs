//! The compensations leaflet 002 warns about, recognised in the 10 Hz pressure signal:
//!
//! - **pressing** (bearing down): the pressure rises instead of falling. Flagged when the
//!   pressure, smoothed over 0.5 s, stays more than 3 mmHg above the baseline for 1 s: three
//!   times the largest breathing ripple, and the wrong direction for every exercise.
//! - **moving the pelvis**: large, fast swings. Within the last 2 s the pressure spans at least
//!   6 mmHg but ends within half that span of where it began: it went somewhere and came back.
//!   A draw-in or a relaxation also spans several mmHg but in one direction, so its end is far
//!   from its start. The hint stays 2 s after the last swing so it can be read.
//! - **holding the breath**: see [`breathing`](super::breathing).
//! - **leaks**: see [`leak`](super::leak).

use super::bins::alpha;
use super::breathing::Breathing;
use super::leak::LeakDetector;
use super::window::MinMaxWindow;

/// 2 s of 10 Hz values.
const SWING_WINDOW: usize = 20;
const SWING_MIN_SPAN_MMHG: f64 = 6.0;
const SWING_SHOWN_MS: u32 = 2_000;
const PRESS_RISE_MMHG: f64 = 3.0;
const PRESS_MS: u32 = 1_000;
/// The smoothing of the pressing check.
const PRESS_TAU_S: f64 = 0.5;
/// The pressure is otherwise quiet when its 2 s range stays within this: room for a deep
/// breath, not for a contraction.
const QUIET_SPAN_MMHG: f64 = 3.0;

/// What one 10 Hz value means for the detectors.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BinContext {
    /// The bin's end, in ms since the first reading.
    pub t_ms: u32,
    /// The resting pressure, once the cushion is ready; `None` while inflating, when pumping
    /// and letting air out are no compensations.
    pub baseline_mmhg: Option<f64>,
    /// Whether this value belongs to a rest, for the leak detector.
    pub at_rest: bool,
}

/// The detectors together, fed with 10 Hz values.
#[derive(Debug, Clone)]
pub(crate) struct Compensations {
    recent: MinMaxWindow,
    smoothed: Option<f64>,
    pressing_since_ms: Option<u32>,
    pressing: bool,
    last_swing_ms: Option<u32>,
    breathing: Breathing,
    leak: LeakDetector,
}

impl Compensations {
    pub fn new() -> Compensations {
        Compensations {
            recent: MinMaxWindow::new(SWING_WINDOW),
            smoothed: None,
            pressing_since_ms: None,
            pressing: false,
            last_swing_ms: None,
            breathing: Breathing::new(),
            leak: LeakDetector::new(),
        }
    }

    /// Takes one 10 Hz value; returns true when it completes evidence of a leak.
    pub fn push(&mut self, mmhg: f64, context: BinContext) -> bool {
        self.recent.push(mmhg);
        let smoothed = self
            .smoothed
            .map_or(mmhg, |s| s + alpha(PRESS_TAU_S) * (mmhg - s));
        self.smoothed = Some(smoothed);

        let above = context
            .baseline_mmhg
            .is_some_and(|baseline| smoothed > baseline + PRESS_RISE_MMHG);
        self.pressing_since_ms = above.then(|| self.pressing_since_ms.unwrap_or(context.t_ms));
        self.pressing = self
            .pressing_since_ms
            .is_some_and(|since| context.t_ms - since >= PRESS_MS);

        if let (Some(span), Some(first), Some(last)) = (
            self.recent.range(),
            self.recent.oldest(),
            self.recent.newest(),
        ) {
            if context.baseline_mmhg.is_some()
                && self.recent.is_full()
                && span >= SWING_MIN_SPAN_MMHG
                && (last - first).abs() <= span / 2.0
            {
                self.last_swing_ms = Some(context.t_ms);
            }
        }

        let quiet = self
            .recent
            .range()
            .is_some_and(|span| span <= QUIET_SPAN_MMHG);
        self.breathing.push(mmhg, quiet);
        let settled = quiet && !self.pressing && !self.pelvis_moving(context.t_ms);
        context.at_rest && settled && self.leak.push(f64::from(context.t_ms) / 1000.0, mmhg)
    }

    /// After a gap in the readings: the short windows start again.
    pub fn restart(&mut self) {
        self.recent.clear();
        self.smoothed = None;
        self.pressing_since_ms = None;
        self.pressing = false;
        self.breathing.restart();
    }

    /// The pressure level changed on purpose: old rests say nothing about leaks any more.
    pub fn forget_rests(&mut self) {
        self.leak.clear();
    }

    /// The highest value of the last 2 s, if any.
    pub fn recent_max(&self) -> Option<f64> {
        self.recent.max()
    }

    pub fn pressing(&self) -> bool {
        self.pressing
    }

    pub fn pelvis_moving(&self, now_ms: u32) -> bool {
        self.last_swing_ms
            .is_some_and(|at| now_ms.saturating_sub(at) <= SWING_SHOWN_MS)
    }

    pub fn holding_breath(&self) -> bool {
        self.breathing.is_held()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cuff::bins::BIN_MS;
    use std::f64::consts::TAU;

    /// Feeds `seconds` of `mmhg(t)` with the given baseline; returns the compensations.
    fn run(seconds: u32, mmhg: impl Fn(f64) -> f64) -> Vec<(u32, bool, bool)> {
        let mut detectors = Compensations::new();
        (1..=seconds * 10)
            .map(|i| {
                let t_ms = i * BIN_MS;
                let t = f64::from(t_ms) / 1000.0;
                detectors.push(
                    mmhg(t),
                    BinContext {
                        t_ms,
                        baseline_mmhg: Some(70.0),
                        at_rest: false,
                    },
                );
                (t_ms, detectors.pressing(), detectors.pelvis_moving(t_ms))
            })
            .collect()
    }

    #[test]
    fn pressing_needs_a_second_above_baseline_plus_three() {
        let flags = run(10, |t| if t > 5.0 { 74.0 } else { 70.0 });
        let first = flags.iter().find(|f| f.1).map(|f| f.0);
        // 0.5 s of smoothing to pass 73, then a second.
        assert!(matches!(first, Some(6_300..=6_700)), "{first:?}");
        assert!(flags.iter().all(|f| !f.2), "a step is not a swing");
        let breathing = run(30, |t| 70.0 + (TAU * 0.25 * t).sin());
        assert!(breathing.iter().all(|f| !f.1 && !f.2));
    }

    #[test]
    fn swings_are_there_and_back_not_one_way() {
        let rocking = run(10, |t| {
            if t > 5.0 {
                70.0 + 6.0 * (TAU * t).sin()
            } else {
                70.0
            }
        });
        let first = rocking.iter().find(|f| f.2).map(|f| f.0);
        assert!(matches!(first, Some(5_000..=7_000)), "{first:?}");
        assert!(rocking.last().unwrap().2);
        let draw_in = run(10, |t| 70.0 - (6.0 * (t - 3.0)).clamp(0.0, 10.0));
        assert!(draw_in.iter().all(|f| !f.2));
        let after = run(12, |t| {
            if (5.0..7.0).contains(&t) {
                70.0 + 6.0 * (TAU * t).sin()
            } else {
                70.0
            }
        });
        assert!(
            !after.last().unwrap().2,
            "the hint fades 2 s after the swinging"
        );
    }
}
