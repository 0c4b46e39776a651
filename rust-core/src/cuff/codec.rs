//! The cuff's frames: the Bluetooth Blood Pressure Service's Intermediate Cuff Pressure
//! (0x2A36), which streams the live pressure, and Blood Pressure Measurement (0x2A35), which
//! shares its layout.
//!
//! Layout, little-endian:
//!
//! | bytes | field |
//! | --- | --- |
//! | 1 | flags: bit 0 unit (0 mmHg, 1 kPa), bit 1 time stamp, bit 2 pulse rate, bit 3 user id, bit 4 measurement status; bits 5–7 reserved |
//! | 2 | SFLOAT: the current cuff pressure (0x2A36) or the systolic pressure (0x2A35) |
//! | 2 | SFLOAT: diastolic (0x2A35; unused in 0x2A36) |
//! | 2 | SFLOAT: mean arterial pressure (0x2A35; unused in 0x2A36) |
//! | 7 | time stamp, if flagged: year u16, month, day, hours, minutes, seconds |
//! | 2 | pulse rate SFLOAT (beats per minute), if flagged |
//! | 1 | user id, if flagged |
//! | 2 | measurement status u16, if flagged |
//!
//! Decoding is strict: a frame must be exactly as long as its flags say. A frame with reserved
//! flag bits set is refused, because a future flag would add a field whose size this code
//! cannot know, so every later field would be read from the wrong bytes; showing a wrong
//! pressure is worse than showing none. A time stamp with an impossible field (month 13) is
//! refused for the same reason: it marks a frame that is not what it claims to be. Special
//! SFLOAT values are not errors: they are what the cuff says.

use serde::Serialize;

use super::sfloat::SFloat;
use crate::language::{Language, Localized};

/// Which characteristic a frame came from; both have the same layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum FrameKind {
    /// 0x2A36: the live cuff pressure, notified many times a second.
    IntermediateCuffPressure,
    /// 0x2A35: a finished blood-pressure measurement.
    BloodPressureMeasurement,
}

/// The unit the cuff's pressures are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, uniffi::Enum)]
pub enum PressureUnit {
    #[serde(rename = "mmHg")]
    Mmhg,
    #[serde(rename = "kPa")]
    Kpa,
}

/// Millimetres of mercury in a kilopascal.
pub const MMHG_PER_KPA: f64 = 7.50062;

/// When the cuff took the measurement. A zero year, month or day means "unknown" in the
/// standard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, uniffi::Record)]
pub struct TimeStamp {
    /// 1582–9999, or 0 when unknown.
    pub year: u16,
    /// 1–12, or 0 when unknown.
    pub month: u8,
    /// 1–31, or 0 when unknown.
    pub day: u8,
    pub hours: u8,
    pub minutes: u8,
    pub seconds: u8,
}

/// The cuff's remarks on a measurement (a bit field).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MeasurementStatus(pub u16);

/// Whether the pulse rate was within the range the cuff expects (status bits 3–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum PulseRateRange {
    Within,
    AboveUpperLimit,
    BelowLowerLimit,
    Reserved,
}

impl MeasurementStatus {
    /// Bit 0: the body moved during the measurement.
    pub fn body_movement(self) -> bool {
        self.0 & 1 != 0
    }

    /// Bit 1: the cuff sat too loosely.
    pub fn cuff_too_loose(self) -> bool {
        self.0 & 1 << 1 != 0
    }

    /// Bit 2: an irregular pulse was detected.
    pub fn irregular_pulse(self) -> bool {
        self.0 & 1 << 2 != 0
    }

    /// Bits 3–4.
    pub fn pulse_rate_range(self) -> PulseRateRange {
        match self.0 >> 3 & 0b11 {
            0 => PulseRateRange::Within,
            1 => PulseRateRange::AboveUpperLimit,
            2 => PulseRateRange::BelowLowerLimit,
            _ => PulseRateRange::Reserved,
        }
    }

    /// Bit 5: the measurement position was wrong.
    pub fn improper_position(self) -> bool {
        self.0 & 1 << 5 != 0
    }
}

/// One decoded frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Frame {
    pub kind: FrameKind,
    pub unit: PressureUnit,
    /// The current cuff pressure (0x2A36) or the systolic pressure (0x2A35), in `unit`.
    pub pressure: SFloat,
    /// Diastolic pressure in `unit`; unused in 0x2A36 (cuffs send NaN or zero).
    pub diastolic: SFloat,
    /// Mean arterial pressure in `unit`; unused in 0x2A36.
    pub mean_arterial: SFloat,
    pub time_stamp: Option<TimeStamp>,
    /// Beats per minute.
    pub pulse_rate: Option<SFloat>,
    pub user_id: Option<u8>,
    pub measurement_status: Option<MeasurementStatus>,
}

impl Frame {
    /// An Intermediate Cuff Pressure frame with just a pressure in mmHg, as a cuff streams it.
    pub fn live_pressure(mmhg: f64) -> Frame {
        Frame {
            kind: FrameKind::IntermediateCuffPressure,
            unit: PressureUnit::Mmhg,
            pressure: SFloat::from_f64(mmhg),
            diastolic: SFloat::NAN,
            mean_arterial: SFloat::NAN,
            time_stamp: None,
            pulse_rate: None,
            user_id: None,
            measurement_status: None,
        }
    }

    /// One of the frame's pressures in mmHg, whatever unit the cuff used; `None` for a
    /// special value.
    pub fn mmhg(&self, value: SFloat) -> Option<f64> {
        let number = value.number()?;
        Some(match self.unit {
            PressureUnit::Mmhg => number,
            PressureUnit::Kpa => number * MMHG_PER_KPA,
        })
    }
}

const UNIT_KPA: u8 = 1;
const HAS_TIME_STAMP: u8 = 1 << 1;
const HAS_PULSE_RATE: u8 = 1 << 2;
const HAS_USER_ID: u8 = 1 << 3;
const HAS_STATUS: u8 = 1 << 4;
const RESERVED_FLAGS: u8 = 0b1110_0000;

const PRESSURES_LEN: usize = 6;
const TIME_STAMP_LEN: usize = 7;
/// The longest frame: every optional field present.
pub const MAX_FRAME_LEN: usize = 1 + PRESSURES_LEN + TIME_STAMP_LEN + 2 + 1 + 2;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodecError {
    #[error("the cuff frame is empty")]
    Empty,
    #[error("the cuff frame sets reserved flag bits ({flags:#04x})")]
    ReservedFlags { flags: u8 },
    #[error("the cuff frame is cut short: its flags need {expected} bytes, it has {actual}")]
    Truncated { expected: usize, actual: usize },
    #[error("the cuff frame is too long: its flags need {expected} bytes, it has {actual}")]
    TrailingBytes { expected: usize, actual: usize },
    #[error("the cuff frame's time stamp has an impossible {field}: {value}")]
    BadTimeStamp { field: &'static str, value: u16 },
}

impl Localized for CodecError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match *self {
            CodecError::Empty => "de manchet stuurde een leeg bericht".into(),
            CodecError::ReservedFlags { flags } => {
                format!("de manchet stuurde een bericht in een onbekend formaat ({flags:#04x})")
            }
            CodecError::Truncated { expected, actual } => format!(
                "de manchet stuurde een te kort bericht: {expected} bytes verwacht, {actual} \
                 ontvangen"
            ),
            CodecError::TrailingBytes { expected, actual } => format!(
                "de manchet stuurde een te lang bericht: {expected} bytes verwacht, {actual} \
                 ontvangen"
            ),
            CodecError::BadTimeStamp { field, value } => {
                let field = match field {
                    "year" => "jaar",
                    "month" => "maand",
                    "day" => "dag",
                    "hour" => "uur",
                    "minute" => "minuut",
                    "second" => "seconde",
                    _ => "waarde",
                };
                format!("de manchet stuurde een onmogelijk tijdstip ({field} {value})")
            }
        }
    }
}

#[cfg(test)]
impl CodecError {
    /// One value of every variant, for the tests.
    pub(crate) fn samples() -> Vec<CodecError> {
        vec![
            CodecError::Empty,
            CodecError::ReservedFlags { flags: 0x20 },
            CodecError::Truncated {
                expected: 7,
                actual: 6,
            },
            CodecError::TrailingBytes {
                expected: 7,
                actual: 8,
            },
            CodecError::BadTimeStamp {
                field: "month",
                value: 13,
            },
        ]
    }
}

/// Decodes one frame from `kind`'s characteristic.
pub fn decode(kind: FrameKind, bytes: &[u8]) -> Result<Frame, CodecError> {
    let (&flags, _) = bytes.split_first().ok_or(CodecError::Empty)?;
    if flags & RESERVED_FLAGS != 0 {
        return Err(CodecError::ReservedFlags { flags });
    }
    let expected = frame_len(flags);
    if bytes.len() < expected {
        return Err(CodecError::Truncated {
            expected,
            actual: bytes.len(),
        });
    }
    if bytes.len() > expected {
        return Err(CodecError::TrailingBytes {
            expected,
            actual: bytes.len(),
        });
    }
    // The length matches the flags, so every read below is in bounds.
    let mut reader = Reader(&bytes[1..]);
    let pressure = reader.sfloat();
    let diastolic = reader.sfloat();
    let mean_arterial = reader.sfloat();
    let time_stamp = (flags & HAS_TIME_STAMP != 0)
        .then(|| reader.time_stamp())
        .transpose()?;
    let pulse_rate = (flags & HAS_PULSE_RATE != 0).then(|| reader.sfloat());
    let user_id = (flags & HAS_USER_ID != 0).then(|| reader.u8());
    let measurement_status = (flags & HAS_STATUS != 0).then(|| MeasurementStatus(reader.u16()));
    Ok(Frame {
        kind,
        unit: if flags & UNIT_KPA != 0 {
            PressureUnit::Kpa
        } else {
            PressureUnit::Mmhg
        },
        pressure,
        diastolic,
        mean_arterial,
        time_stamp,
        pulse_rate,
        user_id,
        measurement_status,
    })
}

/// A frame's bytes, held inline: encoding allocates nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameBytes {
    bytes: [u8; MAX_FRAME_LEN],
    len: usize,
}

impl FrameBytes {
    fn push(&mut self, bytes: &[u8]) {
        self.bytes[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }
}

impl std::ops::Deref for FrameBytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// Encodes a frame; the flags follow from the fields present. [`decode`] gives the frame back
/// whenever its time stamp is a possible one.
pub fn encode(frame: &Frame) -> FrameBytes {
    let flag = |present: bool, bit: u8| if present { bit } else { 0 };
    let flags = flag(frame.unit == PressureUnit::Kpa, UNIT_KPA)
        | flag(frame.time_stamp.is_some(), HAS_TIME_STAMP)
        | flag(frame.pulse_rate.is_some(), HAS_PULSE_RATE)
        | flag(frame.user_id.is_some(), HAS_USER_ID)
        | flag(frame.measurement_status.is_some(), HAS_STATUS);
    let mut out = FrameBytes {
        bytes: [0; MAX_FRAME_LEN],
        len: 0,
    };
    out.push(&[flags]);
    for value in [frame.pressure, frame.diastolic, frame.mean_arterial] {
        out.push(&value.raw().to_le_bytes());
    }
    if let Some(t) = frame.time_stamp {
        out.push(&t.year.to_le_bytes());
        out.push(&[t.month, t.day, t.hours, t.minutes, t.seconds]);
    }
    if let Some(pulse_rate) = frame.pulse_rate {
        out.push(&pulse_rate.raw().to_le_bytes());
    }
    if let Some(user_id) = frame.user_id {
        out.push(&[user_id]);
    }
    if let Some(status) = frame.measurement_status {
        out.push(&status.0.to_le_bytes());
    }
    out
}

/// The length a frame with these flags must have.
fn frame_len(flags: u8) -> usize {
    let optional = |bit: u8, len: usize| if flags & bit != 0 { len } else { 0 };
    1 + PRESSURES_LEN
        + optional(HAS_TIME_STAMP, TIME_STAMP_LEN)
        + optional(HAS_PULSE_RATE, 2)
        + optional(HAS_USER_ID, 1)
        + optional(HAS_STATUS, 2)
}

/// Reads fields in order from bytes whose length was checked against the flags.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> [u8; N] {
        let mut out = [0; N];
        if let Some((head, rest)) = self.0.split_first_chunk::<N>() {
            out = *head;
            self.0 = rest;
        }
        out
    }

    fn u8(&mut self) -> u8 {
        self.take::<1>()[0]
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes(self.take())
    }

    fn sfloat(&mut self) -> SFloat {
        SFloat::from_raw(self.u16())
    }

    fn time_stamp(&mut self) -> Result<TimeStamp, CodecError> {
        let year = self.u16();
        let [month, day, hours, minutes, seconds] = self.take();
        let check = |field: &'static str, value: u16, valid: bool| {
            if valid {
                Ok(())
            } else {
                Err(CodecError::BadTimeStamp { field, value })
            }
        };
        check("year", year, year == 0 || (1582..=9999).contains(&year))?;
        check("month", month.into(), month <= 12)?;
        check("day", day.into(), day <= 31)?;
        check("hour", hours.into(), hours <= 23)?;
        check("minute", minutes.into(), minutes <= 59)?;
        check("second", seconds.into(), seconds <= 59)?;
        Ok(TimeStamp {
            year,
            month,
            day,
            hours,
            minutes,
            seconds,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cuff::sfloat::Special;
    use proptest::prelude::*;

    const ICP: FrameKind = FrameKind::IntermediateCuffPressure;

    #[test]
    fn the_plain_live_pressure_frame() {
        let frame = decode(ICP, &[0x00, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00]).unwrap();
        assert_eq!(frame.unit, PressureUnit::Mmhg);
        assert_eq!(frame.mmhg(frame.pressure), Some(21.5));
        assert_eq!(frame.time_stamp, None);
        assert_eq!(frame.pulse_rate, None);
        assert_eq!(frame.user_id, None);
        assert_eq!(frame.measurement_status, None);
        assert_eq!(
            &*encode(&frame),
            &[0x00, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00]
        );
    }

    #[test]
    fn every_optional_field_in_order() {
        let bytes = [
            0x1F, // kPa, time stamp, pulse rate, user id, status
            0x14, 0xF0, // 2.0 kPa
            0xFF, 0x07, // NaN
            0xFF, 0x07, // NaN
            0xE9, 0x07, 3, 14, 15, 9, 26, // 2025-03-14 15:09:26
            0x48, 0x00, // pulse 72
            0x02, // user 2
            0x25, 0x00, // body movement, irregular pulse, improper position
        ];
        let frame = decode(FrameKind::BloodPressureMeasurement, &bytes).unwrap();
        assert_eq!(frame.kind, FrameKind::BloodPressureMeasurement);
        assert_eq!(frame.unit, PressureUnit::Kpa);
        assert_eq!(frame.mmhg(frame.pressure), Some(2.0 * MMHG_PER_KPA));
        assert_eq!(frame.diastolic.special(), Some(Special::NotANumber));
        assert_eq!(
            frame.time_stamp,
            Some(TimeStamp {
                year: 2025,
                month: 3,
                day: 14,
                hours: 15,
                minutes: 9,
                seconds: 26
            })
        );
        assert_eq!(frame.pulse_rate.and_then(SFloat::number), Some(72.0));
        assert_eq!(frame.user_id, Some(2));
        let status = frame.measurement_status.unwrap();
        assert!(status.body_movement() && status.irregular_pulse() && status.improper_position());
        assert!(!status.cuff_too_loose());
        assert_eq!(status.pulse_rate_range(), PulseRateRange::Within);
        assert_eq!(&*encode(&frame), &bytes);
    }

    #[test]
    fn pulse_rate_ranges() {
        let range = |bits: u16| MeasurementStatus(bits << 3).pulse_rate_range();
        assert_eq!(range(1), PulseRateRange::AboveUpperLimit);
        assert_eq!(range(2), PulseRateRange::BelowLowerLimit);
        assert_eq!(range(3), PulseRateRange::Reserved);
        assert!(MeasurementStatus(2).cuff_too_loose());
    }

    #[test]
    fn special_pressures_decode_as_what_they_are() {
        for (raw, special) in [
            ([0xFF, 0x07], Special::NotANumber),
            ([0x00, 0x08], Special::NotAtThisResolution),
            ([0xFE, 0x07], Special::PositiveInfinity),
            ([0x02, 0x08], Special::NegativeInfinity),
            ([0x01, 0x08], Special::Reserved),
        ] {
            let frame = decode(ICP, &[0, raw[0], raw[1], 0, 0, 0, 0]).unwrap();
            assert_eq!(frame.pressure.special(), Some(special));
            assert_eq!(frame.mmhg(frame.pressure), None);
        }
    }

    #[test]
    fn malformed_frames_are_typed_errors() {
        assert_eq!(decode(ICP, &[]), Err(CodecError::Empty));
        assert_eq!(
            decode(ICP, &[0x00, 0xD7, 0xF0, 0x00, 0x00, 0x00]),
            Err(CodecError::Truncated {
                expected: 7,
                actual: 6
            })
        );
        assert_eq!(
            decode(ICP, &[0x00, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00, 0x00]),
            Err(CodecError::TrailingBytes {
                expected: 8 - 1,
                actual: 8
            })
        );
        assert_eq!(
            decode(ICP, &[0x04, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00]),
            Err(CodecError::Truncated {
                expected: 9,
                actual: 7
            })
        );
        assert_eq!(
            decode(ICP, &[0x20, 0xD7, 0xF0, 0x00, 0x00, 0x00, 0x00]),
            Err(CodecError::ReservedFlags { flags: 0x20 })
        );
        let with_time = |year: u16, rest: [u8; 5]| {
            let mut bytes = vec![0x02, 0xD7, 0xF0, 0, 0, 0, 0];
            bytes.extend(year.to_le_bytes());
            bytes.extend(rest);
            decode(ICP, &bytes)
        };
        assert!(with_time(0, [0, 0, 23, 59, 59]).is_ok());
        for (year, rest, field, value) in [
            (2025, [13, 1, 0, 0, 0], "month", 13),
            (2025, [1, 32, 0, 0, 0], "day", 32),
            (2025, [1, 1, 24, 0, 0], "hour", 24),
            (2025, [1, 1, 0, 60, 0], "minute", 60),
            (2025, [1, 1, 0, 0, 60], "second", 60),
            (10, [1, 1, 0, 0, 0], "year", 10),
            (10_000, [1, 1, 0, 0, 0], "year", 10_000),
        ] {
            assert_eq!(
                with_time(year, rest),
                Err(CodecError::BadTimeStamp { field, value })
            );
        }
    }

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in CodecError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        for (field, dutch) in [
            ("year", "jaar"),
            ("day", "dag"),
            ("hour", "uur"),
            ("minute", "minuut"),
            ("second", "seconde"),
        ] {
            let error = CodecError::BadTimeStamp { field, value: 99 };
            assert_eq!(
                error.localized(Language::Nl),
                format!("de manchet stuurde een onmogelijk tijdstip ({dutch} 99)")
            );
        }
    }

    fn time_stamps() -> impl Strategy<Value = TimeStamp> {
        (
            prop_oneof![Just(0u16), 1582u16..=9999],
            0u8..=12,
            0u8..=31,
            0u8..=23,
            0u8..=59,
            0u8..=59,
        )
            .prop_map(|(year, month, day, hours, minutes, seconds)| TimeStamp {
                year,
                month,
                day,
                hours,
                minutes,
                seconds,
            })
    }

    fn frames() -> impl Strategy<Value = Frame> {
        let sfloat = any::<u16>().prop_map(SFloat::from_raw);
        (
            prop_oneof![Just(ICP), Just(FrameKind::BloodPressureMeasurement)],
            prop_oneof![Just(PressureUnit::Mmhg), Just(PressureUnit::Kpa)],
            [sfloat.clone(), sfloat.clone(), sfloat.clone()],
            proptest::option::of(time_stamps()),
            proptest::option::of(sfloat),
            proptest::option::of(any::<u8>()),
            proptest::option::of(any::<u16>().prop_map(MeasurementStatus)),
        )
            .prop_map(
                |(
                    kind,
                    unit,
                    [pressure, diastolic, mean_arterial],
                    time_stamp,
                    pulse_rate,
                    user_id,
                    measurement_status,
                )| Frame {
                    kind,
                    unit,
                    pressure,
                    diastolic,
                    mean_arterial,
                    time_stamp,
                    pulse_rate,
                    user_id,
                    measurement_status,
                },
            )
    }

    proptest! {
        #[test]
        fn frames_round_trip(frame in frames()) {
            let bytes = encode(&frame);
            prop_assert_eq!(decode(frame.kind, &bytes), Ok(frame));
        }

        #[test]
        fn any_bytes_decode_or_fail_without_panicking(
            bytes in proptest::collection::vec(any::<u8>(), 0..32)
        ) {
            // Whatever decodes encodes back to exactly the same bytes.
            if let Ok(frame) = decode(ICP, &bytes) {
                prop_assert_eq!(&*encode(&frame), &bytes[..]);
            }
        }
    }
}
