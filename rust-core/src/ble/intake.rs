//! From a notification's bytes to the UI: decode, count what is refused, merge what comes too
//! fast. The Bluetooth link and the simulated cuff feed the same intake, so the UI sees one
//! behaviour whatever the source.

use super::coalesce::{Coalescer, Pending};
use super::link::LinkEvents;
use std::time::Instant;

use crate::cuff::{codec, FrameKind};

/// Decodes frames of one kind and hands readings to `LinkEvents`. Readings are stamped with
/// the events' clock (the app's); the rate limit runs on a monotonic clock, so a clock set
/// back does not hold readings back.
pub struct Intake {
    kind: FrameKind,
    coalescer: Coalescer,
    started: Instant,
}

impl Intake {
    pub fn new(kind: FrameKind) -> Intake {
        Intake {
            kind,
            coalescer: Coalescer::default(),
            started: Instant::now(),
        }
    }

    /// Monotonic milliseconds since the intake began.
    fn elapsed_ms(&self) -> i64 {
        self.started.elapsed().as_millis() as i64
    }

    /// One notification, received now.
    pub fn frame(&mut self, payload: &[u8], events: &dyn LinkEvents) {
        let at_ms = events.now_ms();
        match codec::decode(self.kind, payload) {
            Ok(frame) => {
                let pending = Pending {
                    at_ms,
                    mmhg: frame.mmhg(frame.pressure),
                };
                if let Some(out) = self.coalescer.reading(pending, self.elapsed_ms()) {
                    events.reading(out.at_ms, out.mmhg);
                }
            }
            Err(problem) => {
                if self.coalescer.bad_frame(&problem) {
                    events.refused(self.coalescer.bad_frames);
                }
            }
        }
    }

    /// Hands out a merged reading whose interval has passed; call it every
    /// [`MIN_INTERVAL_MS`](super::coalesce::MIN_INTERVAL_MS).
    pub fn flush(&mut self, events: &dyn LinkEvents) {
        if let Some(out) = self.coalescer.due(self.elapsed_ms()) {
            events.reading(out.at_ms, out.mmhg);
        }
    }

    /// Frames seen, refused and merged, for the log.
    pub fn summary(&self) -> String {
        format!(
            "{} frames, {} refused, {} merged",
            self.coalescer.frames, self.coalescer.bad_frames, self.coalescer.merged
        )
    }
}
