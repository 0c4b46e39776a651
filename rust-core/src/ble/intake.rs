//! From a notification's bytes to the UI: decode, count what is refused, merge what comes too
//! fast. The Bluetooth link and the simulated cuff feed the same intake, so the UI sees one
//! behaviour whatever the source.

use super::coalesce::{Coalescer, Pending};
use super::link::LinkEvents;
use crate::cuff::{codec, FrameKind};

/// Decodes frames of one kind and hands readings to `LinkEvents`.
pub struct Intake {
    kind: FrameKind,
    coalescer: Coalescer,
}

impl Intake {
    pub fn new(kind: FrameKind) -> Intake {
        Intake {
            kind,
            coalescer: Coalescer::default(),
        }
    }

    /// One notification, received at `at_ms` (wall clock).
    pub fn frame(&mut self, payload: &[u8], at_ms: i64, events: &dyn LinkEvents) {
        match codec::decode(self.kind, payload) {
            Ok(frame) => {
                let pending = Pending {
                    at_ms,
                    mmhg: frame.mmhg(frame.pressure),
                };
                if let Some(out) = self.coalescer.reading(pending) {
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
    pub fn flush(&mut self, now_ms: i64, events: &dyn LinkEvents) {
        if let Some(out) = self.coalescer.due(now_ms) {
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

/// Wall-clock milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}
