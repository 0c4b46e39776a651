//! Keeping a misbehaving cuff from flooding the UI.
//!
//! A cuff streams about 20 frames a second; a faulty one may send a thousand, or garbage.
//! Frames that cannot be decoded are counted and logged (the first few, then every
//! hundredth), never passed on. Readings closer together than [`MIN_INTERVAL_MS`] are merged:
//! the newest replaces a waiting one, and [`Coalescer::due`] hands it out once the interval
//! has passed. The UI therefore gets at most 50 readings a second, always the latest.

/// Shortest time between two readings handed to the UI.
pub const MIN_INTERVAL_MS: i64 = 20;
/// Bad frames logged one by one before only every hundredth is.
const LOGGED_ONE_BY_ONE: u64 = 3;

/// A decoded reading waiting for the UI.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pending {
    pub at_ms: i64,
    /// `None` when the cuff sent a special value (no measurement).
    pub mmhg: Option<f64>,
}

/// Rate-limits readings and counts bad frames.
#[derive(Debug, Default)]
pub struct Coalescer {
    last_out_ms: Option<i64>,
    waiting: Option<Pending>,
    pub frames: u64,
    pub bad_frames: u64,
    pub merged: u64,
}

impl Coalescer {
    /// Takes a decoded reading, arrived at `clock_ms` on a monotonic clock; returns it if it
    /// may go to the UI now.
    pub fn reading(&mut self, reading: Pending, clock_ms: i64) -> Option<Pending> {
        self.frames += 1;
        if self.waiting.replace(reading).is_some() {
            self.merged += 1;
        }
        self.due(clock_ms)
    }

    /// Counts a frame that could not be decoded; logs it if it is one of the first few or a
    /// hundredth, and then returns true: the moments worth telling the UI about.
    pub fn bad_frame(&mut self, problem: &dyn std::fmt::Display) -> bool {
        self.frames += 1;
        self.bad_frames += 1;
        let notable = self.bad_frames <= LOGGED_ONE_BY_ONE || self.bad_frames % 100 == 0;
        if notable {
            log::warn!("cuff frame refused ({} so far): {problem}", self.bad_frames);
        }
        notable
    }

    /// The waiting reading, if the interval since the last one handed out has passed
    /// (`clock_ms` on the same monotonic clock as [`Coalescer::reading`]).
    pub fn due(&mut self, clock_ms: i64) -> Option<Pending> {
        let ready = self
            .last_out_ms
            .is_none_or(|last| clock_ms - last >= MIN_INTERVAL_MS);
        if !ready {
            return None;
        }
        let out = self.waiting.take()?;
        self.last_out_ms = Some(clock_ms);
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(ms: i64) -> Pending {
        Pending {
            at_ms: ms,
            mmhg: Some(ms as f64),
        }
    }

    #[test]
    fn a_thousand_frames_a_second_become_fifty_readings() {
        let mut c = Coalescer::default();
        let mut out = Vec::new();
        for ms in 0..1000 {
            out.extend(c.reading(at(ms), ms));
            out.extend(c.due(ms));
        }
        assert_eq!(out.len(), 50);
        assert_eq!(out[1].at_ms, 20, "always the latest when due");
        assert_eq!(c.frames, 1000);
        assert_eq!(c.merged, 949, "one more waits for the next interval");
    }

    #[test]
    fn a_normal_cuff_passes_through_and_bad_frames_are_counted() {
        let mut c = Coalescer::default();
        for ms in (0..1000).step_by(50) {
            assert_eq!(c.reading(at(ms), ms), Some(at(ms)));
        }
        assert!(c.bad_frame(&"truncated"));
        assert_eq!((c.bad_frames, c.frames), (1, 21));
        let notable = (2..=200).filter(|_| c.bad_frame(&"garbage")).count();
        assert_eq!(notable, 2 + 2, "the 2nd and 3rd, then the 100th and 200th");
    }
}
