//! The hold timer of one repetition.
//!
//! Only time inside the band without a compensation counts. A short excursion or
//! compensation (up to 2 s: a wobble as a leg lifts) pauses the timer; a longer one starts
//! the repetition over, so a repetition is one controlled hold rather than scraps collected
//! over a minute. The repetition is done when the held time reaches the exercise's hold.

/// Out of the band longer than this restarts the repetition.
const GRACE_MS: u32 = 2_000;

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct HoldTimer {
    held_ms: u32,
    out_ms: u32,
    entered: bool,
}

impl HoldTimer {
    /// Counts `dt_ms` spent in or out of the band, compensating or not; true when the hold
    /// reaches `target_ms`.
    pub fn tick(&mut self, dt_ms: u32, in_band: bool, compensating: bool, target_ms: u32) -> bool {
        self.entered |= in_band;
        if in_band && !compensating {
            self.out_ms = 0;
            self.held_ms = self.held_ms.saturating_add(dt_ms);
        } else if self.entered {
            self.out_ms = self.out_ms.saturating_add(dt_ms);
            if self.out_ms > GRACE_MS {
                self.held_ms = 0;
            }
        }
        self.held_ms >= target_ms
    }

    /// Whether the pressure has reached the band since the repetition began: from then on
    /// the set's summary scores it.
    pub fn entered(&self) -> bool {
        self.entered
    }

    pub fn held_ms(&self) -> u32 {
        self.held_ms
    }

    /// The next repetition begins: nothing held yet. With `in_band`, the pressure is still
    /// in the band (a keep goal moves straight on to the next hold).
    pub fn restart(&mut self, in_band: bool) {
        *self = HoldTimer {
            entered: in_band,
            ..HoldTimer::default()
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_time_in_the_band_counts() {
        let mut timer = HoldTimer::default();
        assert!(!timer.tick(1_000, false, false, 3_000));
        assert!(!timer.entered());
        assert!(!timer.tick(1_000, true, false, 3_000));
        assert!(!timer.tick(1_500, false, false, 3_000));
        assert_eq!(timer.held_ms(), 1_000);
        assert!(timer.tick(2_000, true, false, 3_000));
        timer.restart(true);
        assert_eq!(timer.held_ms(), 0);
        assert!(timer.entered());
    }

    #[test]
    fn a_long_excursion_or_compensation_starts_over() {
        let mut timer = HoldTimer::default();
        timer.tick(2_000, true, false, 5_000);
        timer.tick(2_000, false, false, 5_000);
        assert_eq!(timer.held_ms(), 2_000);
        timer.tick(100, false, false, 5_000);
        assert_eq!(timer.held_ms(), 0);
        assert!(timer.entered());

        let mut timer = HoldTimer::default();
        timer.tick(500, true, true, 5_000);
        assert!(
            timer.entered(),
            "reaching the band while compensating still counts as reached"
        );
        assert_eq!(timer.held_ms(), 0);
        timer.tick(3_000, true, false, 5_000);
        timer.tick(2_100, true, true, 5_000);
        assert_eq!(timer.held_ms(), 0);
    }
}
