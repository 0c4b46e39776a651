//! The summary of a set, as the history stores it ([`PressureSummary`]).
//!
//! It scores the time the user meant to be in the band: for a keep goal everything from the
//! first time the band was reached, for a drop goal each hold from entering the band until
//! the repetition was counted or given up (the draw-in towards the band and the rests between
//! repetitions are not scored). Time is weighted by the interval between readings, so a cuff
//! that notifies unevenly is scored fairly; gaps longer than a second are not scored.
//!
//! - time in band: scored time inside the band, in per cent of the scored time;
//! - mean and worst deviation: from the band's target (the drop target below the baseline, or
//!   the keep pressure), time-weighted mean and maximum;
//! - steadiness: 1 − (standard deviation of the in-band pressure ÷ the band's width), clamped
//!   to 0–1: 1 is a perfectly still hold, a breathing ripple alone leaves about 0.9, a
//!   pressure wandering evenly over the whole band about 0.7. With no time in the band it
//!   is 0.

use serde::Serialize;

use super::config::Band;
use crate::history::PressureSummary;

/// A finished set: the cuff's summary and what the hold timer counted.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct SetResult {
    pub pressure: PressureSummary,
    /// Repetitions completed.
    pub reps: u32,
    /// Time inside the band, in milliseconds (the set's `hold_ms` in the history).
    pub held_ms: u32,
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SetStats {
    scored_ms: f64,
    in_band_ms: f64,
    deviation_ms: f64,
    worst_deviation: f64,
    in_band_mean: f64,
    in_band_m2: f64,
    compensated: bool,
}

impl SetStats {
    /// Scores `dt_ms` at `mmhg`; `compensating`: a compensation showed then.
    pub fn record(&mut self, dt_ms: u32, mmhg: f64, band: &Band, compensating: bool) {
        self.compensated |= compensating;
        let weight = f64::from(dt_ms);
        let deviation = band.deviation(mmhg);
        self.worst_deviation = self.worst_deviation.max(deviation);
        if weight == 0.0 {
            return;
        }
        self.scored_ms += weight;
        self.deviation_ms += weight * deviation;
        if band.contains(mmhg) {
            // West's weighted form of Welford's running variance.
            self.in_band_ms += weight;
            let delta = mmhg - self.in_band_mean;
            self.in_band_mean += weight / self.in_band_ms * delta;
            self.in_band_m2 += weight * delta * (mmhg - self.in_band_mean);
        }
    }

    pub fn in_band_ms(&self) -> u32 {
        self.in_band_ms as u32
    }

    /// The summary, for a band `band_width` wide.
    pub fn summary(
        &self,
        cuff_identifier: Option<String>,
        start_mmhg: f64,
        band_width: f64,
    ) -> PressureSummary {
        let ratio = |part: f64, whole: f64| if whole > 0.0 { part / whole } else { 0.0 };
        let steadiness = if self.in_band_ms > 0.0 && band_width > 0.0 {
            let sd = (self.in_band_m2 / self.in_band_ms).max(0.0).sqrt();
            (1.0 - sd / band_width).clamp(0.0, 1.0)
        } else {
            0.0
        };
        PressureSummary {
            cuff_identifier,
            start_mmhg,
            time_in_band_pct: 100.0 * ratio(self.in_band_ms, self.scored_ms),
            mean_dev_mmhg: ratio(self.deviation_ms, self.scored_ms),
            worst_dev_mmhg: self.worst_deviation,
            steadiness,
            compensated: self.compensated,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BAND: Band = Band {
        low_mmhg: 37.0,
        high_mmhg: 43.0,
        target_mmhg: 40.0,
    };

    #[test]
    fn a_still_hold_on_target_is_perfect() {
        let mut stats = SetStats::default();
        for _ in 0..100 {
            stats.record(50, 40.0, &BAND, false);
        }
        let summary = stats.summary(None, 40.2, 6.0);
        assert_eq!(summary.time_in_band_pct, 100.0);
        assert_eq!(summary.mean_dev_mmhg, 0.0);
        assert_eq!(summary.worst_dev_mmhg, 0.0);
        assert_eq!(summary.steadiness, 1.0);
        assert_eq!(summary.start_mmhg, 40.2);
        assert!(!summary.compensated);
        assert_eq!(stats.in_band_ms(), 5_000);
    }

    #[test]
    fn time_weights_and_spread() {
        let mut stats = SetStats::default();
        stats.record(3_000, 39.0, &BAND, false);
        stats.record(3_000, 41.0, &BAND, false);
        stats.record(4_000, 45.0, &BAND, true);
        let summary = stats.summary(Some("cuff".into()), 40.0, 6.0);
        assert_eq!(summary.cuff_identifier.as_deref(), Some("cuff"));
        assert!(summary.compensated, "the last stretch was a compensation");
        assert!((summary.time_in_band_pct - 60.0).abs() < 1e-9);
        assert!((summary.mean_dev_mmhg - (3.0 + 3.0 + 20.0) / 10.0).abs() < 1e-9);
        assert_eq!(summary.worst_dev_mmhg, 5.0);
        // In band: 39 and 41 for equal time, so a standard deviation of 1 in a band 6 wide.
        assert!((summary.steadiness - 5.0 / 6.0).abs() < 1e-9);
    }

    #[test]
    fn an_empty_set_scores_zero() {
        let summary = SetStats::default().summary(None, 70.0, 6.0);
        assert_eq!(
            (
                summary.time_in_band_pct,
                summary.mean_dev_mmhg,
                summary.steadiness
            ),
            (0.0, 0.0, 0.0)
        );
    }
}
