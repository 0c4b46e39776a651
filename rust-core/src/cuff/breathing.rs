//! Breath-holding: the cushion shows breathing as a ripple of about 0.3–1 mmHg at 0.1–0.5 Hz
//! (6–30 breaths a minute). Holding the breath, a compensation leaflet 002 names, makes the
//! ripple vanish.
//!
//! The ripple is isolated with a band-pass of two exponential moving averages (fast τ 0.3 s
//! minus slow τ 1 s), clipped to ±1.5 mmHg, and its power smoothed (τ 1 s). A 0.3 mmHg ripple
//! at 0.15–0.5 Hz keeps an RMS above 0.06 mmHg; 0.08 mmHg of sensor noise stays below 0.03.
//! While the pressure is not otherwise quiet (its 2 s range over 3 mmHg: a contraction, a
//! movement) the filter holds still, so a contraction's step does not ring on as false
//! ripple afterwards. Then:
//! - breathing counts as **visible** on this cushion once the RMS has stayed at or above
//!   0.06 mmHg for 4 s of quiet while the ripple changed sign at least twice (it goes up and
//!   down: a slow drift does not). A cushion or a user that never shows breathing never gets
//!   the hint, rather than getting it all the time; a user who holds the breath from the
//!   very start gets it once a few calm breaths have been seen;
//! - once visible, an RMS below 0.035 mmHg for 4 s means the breath is **held**; an RMS back
//!   at 0.05 mmHg ends it. After a contraction with the breath held from its start, the hint
//!   comes about 10 s after the pressure settles (2 s to count as quiet, about 4 s for the
//!   ripple's power to fade, then the 4 s).

use super::bins::{alpha, BIN_MS};

const FAST_TAU_S: f64 = 0.3;
const SLOW_TAU_S: f64 = 1.0;
const POWER_TAU_S: f64 = 1.0;
const CLIP_MMHG: f64 = 1.5;
/// The ripple must pass this either way to count as a change of sign.
const SIGN_MMHG: f64 = 0.03;
const VISIBLE_RMS: f64 = 0.06;
const VISIBLE_MS: u32 = 4_000;
const VISIBLE_SIGN_CHANGES: u32 = 2;
const ABSENT_RMS: f64 = 0.035;
const RETURNED_RMS: f64 = 0.05;
const HELD_MS: u32 = 4_000;

/// Watches the breathing ripple in the 10 Hz signal.
#[derive(Debug, Clone)]
pub(crate) struct Breathing {
    filter: Option<Filter>,
    /// Evidence of breathing gathered so far: quiet time with a ripple, and its sign changes.
    ripple_ms: u32,
    sign_changes: u32,
    sign: f64,
    visible: bool,
    absent_ms: u32,
}

#[derive(Debug, Clone, Copy)]
struct Filter {
    fast: f64,
    slow: f64,
    power: f64,
}

impl Breathing {
    pub fn new() -> Breathing {
        Breathing {
            filter: None,
            ripple_ms: 0,
            sign_changes: 0,
            sign: 0.0,
            visible: false,
            absent_ms: 0,
        }
    }

    /// Takes one 10 Hz value; `quiet` says the pressure is otherwise still.
    pub fn push(&mut self, mmhg: f64, quiet: bool) {
        let Some(filter) = &mut self.filter else {
            self.filter = Some(Filter {
                fast: mmhg,
                slow: mmhg,
                power: 0.0,
            });
            return;
        };
        filter.fast += alpha(FAST_TAU_S) * (mmhg - filter.fast);
        if !quiet {
            filter.slow = filter.fast;
            self.forget_ripple();
            return;
        }
        filter.slow += alpha(SLOW_TAU_S) * (mmhg - filter.slow);
        let ripple = (filter.fast - filter.slow).clamp(-CLIP_MMHG, CLIP_MMHG);
        filter.power += alpha(POWER_TAU_S) * (ripple * ripple - filter.power);
        let rms = filter.power.sqrt();

        if rms >= VISIBLE_RMS {
            self.ripple_ms += BIN_MS;
            if ripple.abs() > SIGN_MMHG && ripple.signum() != self.sign {
                self.sign_changes += u32::from(self.sign != 0.0);
                self.sign = ripple.signum();
            }
            self.visible |=
                self.ripple_ms >= VISIBLE_MS && self.sign_changes >= VISIBLE_SIGN_CHANGES;
        } else {
            self.forget_ripple();
        }
        if rms < ABSENT_RMS {
            self.absent_ms = self.absent_ms.saturating_add(BIN_MS);
        } else if rms >= RETURNED_RMS {
            self.absent_ms = 0;
        }
    }

    /// After a gap in the readings the filters start again; whether breathing was visible is
    /// remembered.
    pub fn restart(&mut self) {
        self.filter = None;
        self.forget_ripple();
        self.absent_ms = 0;
    }

    /// Starts counting the ripple's reversals afresh: the sign seen before no longer counts
    /// as one side of a reversal.
    fn forget_ripple(&mut self) {
        self.ripple_ms = 0;
        self.sign_changes = 0;
        self.sign = 0.0;
    }

    pub fn is_held(&self) -> bool {
        self.visible && self.absent_ms >= HELD_MS
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::f64::consts::TAU;

    const BIN_S: f64 = 0.1;

    /// Feeds `seconds` of a 70 mmHg signal with a ripple of `amplitude` at `hz`.
    fn feed(breathing: &mut Breathing, from_s: f64, seconds: f64, amplitude: f64, hz: f64) {
        let bins = (seconds / BIN_S) as usize;
        for i in 0..bins {
            let t = from_s + i as f64 * BIN_S;
            breathing.push(70.0 + amplitude * (TAU * hz * t).sin(), true);
        }
    }

    #[test]
    fn a_vanished_ripple_means_a_held_breath() {
        for hz in [0.15, 0.2, 0.3, 0.5] {
            let mut breathing = Breathing::new();
            feed(&mut breathing, 0.0, 20.0, 0.3, hz);
            assert!(breathing.visible, "{hz} Hz");
            assert!(!breathing.is_held());
            feed(&mut breathing, 20.0, 3.0, 0.0, hz);
            assert!(!breathing.is_held(), "too soon at {hz} Hz");
            feed(&mut breathing, 23.0, 6.0, 0.0, hz);
            assert!(breathing.is_held(), "{hz} Hz");
            feed(&mut breathing, 29.0, 5.0, 0.5, hz);
            assert!(!breathing.is_held(), "{hz} Hz");
        }
    }

    #[test]
    fn no_hint_where_breathing_never_showed() {
        let mut breathing = Breathing::new();
        feed(&mut breathing, 0.0, 60.0, 0.0, 0.25);
        assert!(!breathing.is_held());
        // A slow steady fall is a ripple of one sign: not breathing.
        for i in 0..300 {
            breathing.push(70.0 - 0.015 * f64::from(i), true);
        }
        assert!(!breathing.visible);
    }

    #[test]
    fn movement_freezes_the_filter() {
        let mut breathing = Breathing::new();
        feed(&mut breathing, 0.0, 20.0, 0.5, 0.25);
        // A draw-in from 70 to 60, not quiet until 2 s after it, then a still, breathless hold:
        // the step does not ring on as ripple.
        for i in 0..40 {
            breathing.push((70.0 - f64::from(i) / 2.0).max(60.0), false);
        }
        for _ in 0..90 {
            breathing.push(60.0, true);
        }
        assert!(breathing.is_held());
    }

    #[test]
    fn a_restart_forgets_the_signal_but_not_the_breathing() {
        let mut breathing = Breathing::new();
        feed(&mut breathing, 0.0, 20.0, 0.5, 0.25);
        feed(&mut breathing, 20.0, 12.0, 0.0, 0.25);
        assert!(breathing.is_held());
        breathing.restart();
        assert!(!breathing.is_held());
        feed(&mut breathing, 40.0, 8.0, 0.0, 0.25);
        assert!(breathing.is_held());
    }
}
