//! The 10 Hz analysis signal: readings averaged into 100 ms bins.
//!
//! Cuffs notify at different rates (a few to 50 a second) and not evenly. The compensation
//! detectors work on windows of seconds; binning gives them one value per 100 ms whatever the
//! cuff does, so their windows have a fixed size and their time constants hold. A bin without
//! readings repeats the one before (a short dropout); gaps over a second are the engine's to
//! handle.

/// The width of a bin.
pub(crate) const BIN_MS: u32 = 100;

/// The smoothing factor of an exponential moving average with time constant `tau_s`, for
/// one value per bin.
pub(crate) fn alpha(tau_s: f64) -> f64 {
    1.0 - (-f64::from(BIN_MS) / 1000.0 / tau_s).exp()
}

/// A finished bin: its index (time / 100 ms), its mean, and how many bins it stands for
/// (itself and the empty ones after it).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Closed {
    pub index: u32,
    pub mmhg: f64,
    pub count: u32,
}

/// Averages readings into bins.
#[derive(Debug, Clone, Default)]
pub(crate) struct Binner {
    open: Option<Open>,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    index: u32,
    sum: f64,
    readings: u32,
}

impl Binner {
    /// Adds a reading at `t_ms` (never earlier than the last); returns the bin it closed.
    pub fn push(&mut self, t_ms: u32, mmhg: f64) -> Option<Closed> {
        let index = t_ms / BIN_MS;
        let fresh = Open {
            index,
            sum: mmhg,
            readings: 1,
        };
        match &mut self.open {
            Some(open) if open.index == index => {
                open.sum += mmhg;
                open.readings += 1;
                None
            }
            Some(open) => {
                let closed = Closed {
                    index: open.index,
                    mmhg: open.sum / f64::from(open.readings),
                    count: index.saturating_sub(open.index),
                };
                *open = fresh;
                Some(closed)
            }
            None => {
                self.open = Some(fresh);
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readings_average_per_bin_and_empty_bins_repeat() {
        let mut binner = Binner::default();
        assert_eq!(binner.push(0, 70.0), None);
        assert_eq!(binner.push(50, 72.0), None);
        assert_eq!(
            binner.push(120, 60.0),
            Some(Closed {
                index: 0,
                mmhg: 71.0,
                count: 1
            })
        );
        assert_eq!(
            binner.push(450, 50.0),
            Some(Closed {
                index: 1,
                mmhg: 60.0,
                count: 3
            })
        );
    }

    #[test]
    fn alpha_matches_the_time_constant() {
        assert!((alpha(0.5) - 0.181_269).abs() < 1e-6);
        assert!(alpha(0.1) > alpha(1.0));
    }
}
