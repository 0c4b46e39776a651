//! What the cuff measured during one set, for the history and for passing a phase of the
//! stabilisation track: the share of readings inside the band, the mean and worst distance
//! from the band's middle, and how steady the pressure was (1 − standard deviation of that
//! distance ÷ the band's width, from 0 to 1).

use crate::history::PressureSummary;

/// Running sums over a set's cuff readings.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Tally {
    readings: u32,
    in_band: u32,
    sum_dev: f64,
    sum_sq_dev: f64,
    worst_dev: f64,
    width: f64,
    compensated: bool,
}

impl Tally {
    /// One reading while the user holds; `band` is (lowest, highest) mmHg, `compensating`
    /// whether a compensation showed at that moment.
    pub fn reading(&mut self, mmhg: f64, in_band: bool, (low, high): (f64, f64), compensating: bool) {
        if !mmhg.is_finite() {
            return;
        }
        self.compensated |= compensating;
        let dev = (mmhg - (low + high) / 2.0).abs();
        self.readings += 1;
        self.in_band += u32::from(in_band);
        self.sum_dev += dev;
        self.sum_sq_dev += dev * dev;
        self.worst_dev = self.worst_dev.max(dev);
        self.width = high - low;
    }

    /// The summary, if any reading came in.
    pub fn summary(&self, start_mmhg: f64) -> Option<PressureSummary> {
        if self.readings == 0 {
            return None;
        }
        let n = f64::from(self.readings);
        let mean = self.sum_dev / n;
        let sd = (self.sum_sq_dev / n - mean * mean).max(0.0).sqrt();
        Some(PressureSummary {
            cuff_identifier: None,
            start_mmhg,
            time_in_band_pct: 100.0 * f64::from(self.in_band) / n,
            mean_dev_mmhg: mean,
            worst_dev_mmhg: self.worst_dev,
            steadiness: if self.width > 0.0 {
                (1.0 - sd / self.width).clamp(0.0, 1.0)
            } else {
                0.0
            },
            compensated: self.compensated,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_distances_and_steadiness() {
        let mut tally = Tally::default();
        assert_eq!(tally.summary(40.0), None);
        for (mmhg, in_band) in [(40.0, true), (41.0, true), (44.0, false), (39.0, true)] {
            tally.reading(mmhg, in_band, (37.0, 43.0), false);
        }
        tally.reading(f64::NAN, false, (37.0, 43.0), false);
        let s = tally.summary(40.0).unwrap();
        assert!(!s.compensated);
        assert_eq!(s.time_in_band_pct, 75.0);
        assert_eq!(s.mean_dev_mmhg, 1.5);
        assert_eq!(s.worst_dev_mmhg, 4.0);
        assert!((0.0..1.0).contains(&s.steadiness));
        // One moment of compensation marks the whole set (002).
        tally.reading(40.0, false, (37.0, 43.0), true);
        assert!(tally.summary(40.0).unwrap().compensated);
    }
}
