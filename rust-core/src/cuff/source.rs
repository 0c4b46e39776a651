//! Where readings come from: the seam between the engine and a cuff.
//!
//! The simulator implements [`CuffSource`] now; the Bluetooth client will implement it next,
//! so everything downstream (decoding, the engine, the command line's monitor) runs the same
//! path for both. A source hands out notifications as a cuff sends them, raw bytes with their
//! arrival time, and [`reading`] turns one into the engine's input.

use super::codec::{self, CodecError, FrameKind};

/// One pressure reading: when it arrived (ms since the set's clock began) and the pressure in
/// mmHg, not a number when the cuff sent a special value instead. (The history stores
/// readings as [`trace::Sample`](crate::trace::Sample)s.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reading {
    pub t_ms: u32,
    pub mmhg: f64,
}

/// One notification: when it arrived (ms since the set's clock began) and its payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    pub t_ms: u32,
    pub payload: Vec<u8>,
}

/// A stream of cuff notifications.
pub trait CuffSource {
    /// The next notification, or `None` once the source has ended.
    fn next_notification(&mut self) -> Option<Notification>;
}

/// The engine's reading from a frame of `kind`: its cuff pressure in mmHg. A special value
/// (the cuff measured nothing, or out of range) becomes not-a-number, which the engine shows
/// as a sensor fault; a malformed frame is an error.
pub fn reading(kind: FrameKind, t_ms: u32, payload: &[u8]) -> Result<Reading, CodecError> {
    let frame = codec::decode(kind, payload)?;
    Ok(Reading {
        t_ms,
        mmhg: frame.mmhg(frame.pressure).unwrap_or(f64::NAN),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_become_readings() {
        let icp = FrameKind::IntermediateCuffPressure;
        let reading = reading(icp, 50, &[0x00, 0xD7, 0xF0, 0, 0, 0, 0]).unwrap();
        assert_eq!(
            reading,
            Reading {
                t_ms: 50,
                mmhg: 21.5
            }
        );
        let nan = super::reading(icp, 50, &[0x00, 0xFF, 0x07, 0, 0, 0, 0]).unwrap();
        assert!(nan.mmhg.is_nan());
        assert_eq!(
            super::reading(icp, 50, &[0x00]),
            Err(CodecError::Truncated {
                expected: 7,
                actual: 1
            })
        );
    }
}
