//! Compact pressure traces: what the cuff measured during a set, kept so the physiotherapist
//! can look back at it.
//!
//! A cuff streams about 20 samples a second, so a 20-minute session holds 24 000 samples: as
//! two `f64`s each that would be 384 KB, and five years of sessions hundreds of megabytes.
//! Consecutive samples differ little, so each sample is stored as the change from the one
//! before: time in milliseconds and pressure in tenths of a mmHg (finer than any cuff
//! resolves), each as a zig-zag LEB128 varint. A steady 20 Hz stream costs about two bytes a
//! sample (48 KB for 20 minutes).
//!
//! Layout: format byte `1`, sample count (varint), then per sample Δt and Δpressure.
//!
//! Only decoding is on the app's path today (backups carry traces); the guided session does
//! not record traces yet, so the encoder is exercised by the tests and benchmarks alone.
#![cfg_attr(not(feature = "internals"), allow(dead_code))]

use crate::language::{Language, Localized};

/// One pressure reading within a set.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Sample {
    /// Milliseconds since the set started.
    pub t_ms: u32,
    pub mmhg: f32,
}

/// The only layout so far.
const FORMAT: u8 = 1;
/// Pressures are kept in tenths of a mmHg.
const STEPS_PER_MMHG: f32 = 10.0;
/// Beyond any cuff's range; keeps the quantised value well inside `i32`.
const MAX_ABS_MMHG: f32 = 10_000.0;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TraceError {
    #[error("sample {index} has a pressure that is not a finite number below 10000 mmHg")]
    BadPressure { index: usize },
    #[error("sample {index} is earlier than the sample before it")]
    TimeGoesBack { index: usize },
    #[error("the trace is empty or in an unknown format")]
    UnknownFormat,
    #[error("the trace is cut short or damaged")]
    Truncated,
}

impl Localized for TraceError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            TraceError::BadPressure { index } => {
                format!("de druk van meting {index} moet een eindig getal onder 10000 mmHg zijn")
            }
            TraceError::TimeGoesBack { index } => {
                format!("meting {index} komt vroeger dan de meting ervoor")
            }
            TraceError::UnknownFormat => {
                "de drukcurve bevat niets of heeft een onbekend formaat".into()
            }
            TraceError::Truncated => "de drukcurve lijkt onvolledig of beschadigd".into(),
        }
    }
}

#[cfg(test)]
impl TraceError {
    /// One value of every variant, for the tests.
    pub(crate) fn samples() -> Vec<TraceError> {
        vec![
            TraceError::BadPressure { index: 3 },
            TraceError::TimeGoesBack { index: 7 },
            TraceError::UnknownFormat,
            TraceError::Truncated,
        ]
    }
}

/// Encodes samples in time order.
pub fn encode(samples: &[Sample]) -> Result<Vec<u8>, TraceError> {
    let mut out = Vec::with_capacity(2 + samples.len() * 2);
    out.push(FORMAT);
    write_varint(&mut out, samples.len() as u64);
    let (mut t, mut p) = (0u32, 0i64);
    for (index, sample) in samples.iter().enumerate() {
        if !sample.mmhg.is_finite() || sample.mmhg.abs() > MAX_ABS_MMHG {
            return Err(TraceError::BadPressure { index });
        }
        let dt = sample
            .t_ms
            .checked_sub(t)
            .ok_or(TraceError::TimeGoesBack { index })?;
        let quantised = (sample.mmhg * STEPS_PER_MMHG).round() as i64;
        write_varint(&mut out, u64::from(dt));
        write_varint(&mut out, zigzag(quantised - p));
        (t, p) = (sample.t_ms, quantised);
    }
    Ok(out)
}

/// Decodes a trace written by [`encode`]; pressures come back rounded to 0.1 mmHg.
pub fn decode(bytes: &[u8]) -> Result<Vec<Sample>, TraceError> {
    let (&format, mut rest) = bytes.split_first().ok_or(TraceError::UnknownFormat)?;
    if format != FORMAT {
        return Err(TraceError::UnknownFormat);
    }
    let count = read_varint(&mut rest)?;
    // Every sample takes at least two bytes: a count beyond that is damage, not a big trace.
    if count > rest.len() as u64 / 2 {
        return Err(TraceError::Truncated);
    }
    let mut samples = Vec::with_capacity(count as usize);
    let (mut t, mut p) = (0u32, 0i64);
    for _ in 0..count {
        let dt = u32::try_from(read_varint(&mut rest)?).map_err(|_| TraceError::Truncated)?;
        t = t.checked_add(dt).ok_or(TraceError::Truncated)?;
        p = p
            .checked_add(unzigzag(read_varint(&mut rest)?))
            .ok_or(TraceError::Truncated)?;
        samples.push(Sample {
            t_ms: t,
            mmhg: p as f32 / STEPS_PER_MMHG,
        });
    }
    if !rest.is_empty() {
        return Err(TraceError::Truncated);
    }
    Ok(samples)
}

fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn unzigzag(value: u64) -> i64 {
    ((value >> 1) as i64) ^ -((value & 1) as i64)
}

fn write_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn read_varint(input: &mut &[u8]) -> Result<u64, TraceError> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = input.split_first().ok_or(TraceError::Truncated)?;
        *input = rest;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err(TraceError::Truncated)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A 20 Hz trace with a breathing ripple and slow contractions, like a real set.
    fn realistic(seconds: u32) -> Vec<Sample> {
        (0..seconds * 20)
            .map(|i| {
                let t = i as f32 / 20.0;
                let breathing = 0.8 * (t * 2.0 * std::f32::consts::PI / 4.0).sin();
                let contraction = if (t as u32 / 15) % 2 == 1 { -10.0 } else { 0.0 };
                Sample {
                    t_ms: i * 50 + (i * 7919) % 5,
                    mmhg: 70.0 + breathing + contraction,
                }
            })
            .collect()
    }

    #[test]
    fn twenty_minutes_at_20_hz_is_small() {
        let samples = realistic(20 * 60);
        let bytes = encode(&samples).unwrap();
        assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
        let back = decode(&bytes).unwrap();
        assert_eq!(back.len(), samples.len());
        for (a, b) in samples.iter().zip(&back) {
            assert_eq!(a.t_ms, b.t_ms);
            assert!((a.mmhg - b.mmhg).abs() <= 0.051, "{a:?} {b:?}");
        }
    }

    #[test]
    fn bad_samples_and_damaged_bytes_are_errors() {
        let nan = [Sample {
            t_ms: 0,
            mmhg: f32::NAN,
        }];
        assert_eq!(encode(&nan), Err(TraceError::BadPressure { index: 0 }));
        let back = [
            Sample {
                t_ms: 10,
                mmhg: 1.0,
            },
            Sample { t_ms: 5, mmhg: 1.0 },
        ];
        assert_eq!(encode(&back), Err(TraceError::TimeGoesBack { index: 1 }));
        assert_eq!(decode(&[]), Err(TraceError::UnknownFormat));
        assert_eq!(decode(&[2, 0]), Err(TraceError::UnknownFormat));
        let bytes = encode(&realistic(2)).unwrap();
        assert_eq!(
            decode(&bytes[..bytes.len() - 1]),
            Err(TraceError::Truncated)
        );
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(decode(&longer), Err(TraceError::Truncated));
    }

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in TraceError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        assert_eq!(
            TraceError::TimeGoesBack { index: 7 }.localized(Language::Nl),
            "meting 7 komt vroeger dan de meting ervoor"
        );
    }

    proptest! {
        #[test]
        fn round_trip_within_a_twentieth_of_a_mmhg(
            steps in proptest::collection::vec((0u32..2_000, -300.0f32..300.0), 0..200)
        ) {
            let mut t = 0;
            let samples: Vec<Sample> = steps
                .iter()
                .map(|&(dt, mmhg)| {
                    t += dt;
                    Sample { t_ms: t, mmhg }
                })
                .collect();
            let back = decode(&encode(&samples).unwrap()).unwrap();
            prop_assert_eq!(back.len(), samples.len());
            for (a, b) in samples.iter().zip(&back) {
                prop_assert_eq!(a.t_ms, b.t_ms);
                prop_assert!((a.mmhg - b.mmhg).abs() <= 0.051);
            }
        }

        #[test]
        fn any_bytes_decode_or_fail_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = decode(&bytes);
        }
    }
}
