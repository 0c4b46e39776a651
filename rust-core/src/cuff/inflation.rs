//! Inflation guidance: the user pumps the cushion to the start pressure (70 mmHg prone, 40
//! supine, sitting and standing). The cushion is ready once every reading for 2 s has stayed
//! within ±2 mmHg of the start pressure; their mean becomes the baseline the drop goal is
//! measured from.

const TOLERANCE_MMHG: f64 = 2.0;
const STEADY_MS: u32 = 2_000;

/// What the user should do now.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Guidance {
    PumpFurther,
    LetAirOut,
    HoldStill,
    Ready { baseline_mmhg: f64 },
}

#[derive(Debug, Clone)]
pub(crate) struct Inflation {
    start_mmhg: f64,
    steady: Option<Steady>,
}

#[derive(Debug, Clone, Copy)]
struct Steady {
    since_ms: u32,
    sum: f64,
    readings: u32,
}

/// Pump further or let air out, when `mmhg` is off the start pressure by more than the
/// tolerance; `None` when it is on target.
pub(crate) fn correction(start_mmhg: f64, mmhg: f64) -> Option<Guidance> {
    if mmhg < start_mmhg - TOLERANCE_MMHG {
        Some(Guidance::PumpFurther)
    } else if mmhg > start_mmhg + TOLERANCE_MMHG {
        Some(Guidance::LetAirOut)
    } else {
        None
    }
}

impl Inflation {
    pub fn new(start_mmhg: f64) -> Inflation {
        Inflation {
            start_mmhg,
            steady: None,
        }
    }

    /// Takes a reading.
    pub fn push(&mut self, t_ms: u32, mmhg: f64) -> Guidance {
        if let Some(correction) = correction(self.start_mmhg, mmhg) {
            self.steady = None;
            return correction;
        }
        let steady = self.steady.get_or_insert(Steady {
            since_ms: t_ms,
            sum: 0.0,
            readings: 0,
        });
        steady.sum += mmhg;
        steady.readings += 1;
        if t_ms - steady.since_ms >= STEADY_MS {
            let baseline_mmhg = steady.sum / f64::from(steady.readings);
            self.steady = None;
            Guidance::Ready { baseline_mmhg }
        } else {
            Guidance::HoldStill
        }
    }

    /// Starts the steady period over (after a gap in the readings).
    pub fn restart(&mut self) {
        self.steady = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ready_after_two_steady_seconds_at_the_start_pressure() {
        let mut inflation = Inflation::new(70.0);
        assert_eq!(inflation.push(0, 30.0), Guidance::PumpFurther);
        assert_eq!(inflation.push(500, 75.0), Guidance::LetAirOut);
        assert_eq!(inflation.push(1_000, 71.0), Guidance::HoldStill);
        assert_eq!(inflation.push(2_000, 69.0), Guidance::HoldStill);
        assert_eq!(
            inflation.push(3_000, 70.0),
            Guidance::Ready {
                baseline_mmhg: 70.0
            }
        );
    }

    #[test]
    fn leaving_the_window_or_a_gap_starts_the_wait_over() {
        let mut inflation = Inflation::new(40.0);
        inflation.push(0, 40.0);
        assert_eq!(inflation.push(1_500, 42.5), Guidance::LetAirOut);
        assert_eq!(inflation.push(2_500, 40.0), Guidance::HoldStill);
        assert_eq!(inflation.push(4_000, 40.0), Guidance::HoldStill);
        inflation.restart();
        assert_eq!(inflation.push(5_000, 40.0), Guidance::HoldStill);
        assert!(matches!(
            inflation.push(7_000, 40.0),
            Guidance::Ready { .. }
        ));
    }
}
