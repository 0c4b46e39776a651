//! IEEE 11073-20601 SFLOAT: the 16-bit decimal number medical Bluetooth profiles send.
//!
//! The high 4 bits are a signed power of ten, the low 12 bits a signed mantissa:
//! `0xF014` is 20 × 10⁻¹ = 2.0. Five mantissas are reserved for special values (not a number,
//! not at this resolution, ±infinity, reserved), so they stay an enum here instead of collapsing
//! into one `f64::NAN`: "the cuff measured nothing" and "over range" mean different things.
//!
//! The value keeps its raw bits: 2.0 sent as `0xF014` and 2.00 sent as `0xE0C8` are equal
//! numbers but distinct SFLOATs (their precision differs), and encoding a decoded frame gives
//! back the same bytes.

use serde::Serialize;

/// The special values of an SFLOAT; in JSON `nan`, `nres`, `+inf`, `-inf`, `reserved`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, uniffi::Enum)]
pub enum Special {
    /// Not a number: no valid measurement (`0x07FF`).
    #[serde(rename = "nan")]
    NotANumber,
    /// Not at this resolution: the value cannot be represented (`0x0800`).
    #[serde(rename = "nres")]
    NotAtThisResolution,
    /// Above the range (`0x07FE`).
    #[serde(rename = "+inf")]
    PositiveInfinity,
    /// Below the range (`0x0802`).
    #[serde(rename = "-inf")]
    NegativeInfinity,
    /// Reserved for future use (`0x0801`). A special mantissa with a non-zero exponent, which
    /// the standard does not define, reads as reserved too.
    #[serde(rename = "reserved")]
    Reserved,
}

/// A 16-bit IEEE 11073 SFLOAT.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SFloat(u16);

/// Mantissas beyond this are special values.
const MAX_MANTISSA: i32 = 2045;
const MIN_EXPONENT: i32 = -8;
const MAX_EXPONENT: i32 = 7;

impl SFloat {
    pub const NAN: SFloat = SFloat(0x07FF);
    pub const NRES: SFloat = SFloat(0x0800);
    pub const POSITIVE_INFINITY: SFloat = SFloat(0x07FE);
    pub const NEGATIVE_INFINITY: SFloat = SFloat(0x0802);
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub const RESERVED: SFloat = SFloat(0x0801);

    pub const fn from_raw(raw: u16) -> SFloat {
        SFloat(raw)
    }

    pub const fn raw(self) -> u16 {
        self.0
    }

    /// The signed 12-bit mantissa.
    fn mantissa(self) -> i32 {
        i32::from((self.0 << 4) as i16 >> 4)
    }

    /// The signed 4-bit power of ten.
    fn exponent(self) -> i32 {
        i32::from(self.0 as i16 >> 12)
    }

    /// The special value this is, if it is one.
    pub fn special(self) -> Option<Special> {
        if self.mantissa().abs() <= MAX_MANTISSA {
            return None;
        }
        Some(match self {
            SFloat::NAN => Special::NotANumber,
            SFloat::NRES => Special::NotAtThisResolution,
            SFloat::POSITIVE_INFINITY => Special::PositiveInfinity,
            SFloat::NEGATIVE_INFINITY => Special::NegativeInfinity,
            _ => Special::Reserved,
        })
    }

    /// The number, unless this is a special value.
    pub fn number(self) -> Option<f64> {
        if self.special().is_some() {
            return None;
        }
        let (mantissa, exponent) = (f64::from(self.mantissa()), self.exponent());
        // Dividing by an exact power of ten rounds once (215 / 10 is exactly 21.5 as f64),
        // where multiplying by 0.1 would round twice.
        Some(if exponent < 0 {
            mantissa / 10f64.powi(-exponent)
        } else {
            mantissa * 10f64.powi(exponent)
        })
    }

    /// The SFLOAT closest to `value`, with the shortest mantissa that keeps the finest
    /// representable precision: 21.5 → 215 × 10⁻¹, 70.0 → 70 × 10⁰. Not a number becomes
    /// NaN; infinities and magnitudes beyond 2045 × 10⁷ become ±infinity.
    pub fn from_f64(value: f64) -> SFloat {
        if value.is_nan() {
            return SFloat::NAN;
        }
        for exponent in MIN_EXPONENT..=MAX_EXPONENT {
            let scaled = if exponent < 0 {
                value * 10f64.powi(-exponent)
            } else {
                value / 10f64.powi(exponent)
            };
            let rounded = scaled.round();
            if rounded.abs() <= f64::from(MAX_MANTISSA) {
                return SFloat::shortest(rounded as i32, exponent);
            }
        }
        if value > 0.0 {
            SFloat::POSITIVE_INFINITY
        } else {
            SFloat::NEGATIVE_INFINITY
        }
    }

    /// Drops trailing decimal zeros from the mantissa while the exponent allows.
    fn shortest(mut mantissa: i32, mut exponent: i32) -> SFloat {
        if mantissa == 0 {
            exponent = 0;
        }
        while mantissa != 0 && mantissa % 10 == 0 && exponent < MAX_EXPONENT {
            mantissa /= 10;
            exponent += 1;
        }
        SFloat(((exponent as u16 & 0xF) << 12) | (mantissa as u16 & 0x0FFF))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_standard_examples() {
        assert_eq!(SFloat::from_raw(0xF014).number(), Some(2.0));
        assert_eq!(SFloat::from_raw(0xE0C8).number(), Some(2.0));
        assert_eq!(SFloat::from_raw(0x1002).number(), Some(20.0));
        assert_eq!(SFloat::from_raw(0xF0D7).number(), Some(21.5));
        assert_eq!(SFloat::from_raw(0x0000).number(), Some(0.0));
        // Negative mantissa and the extremes of both fields.
        assert_eq!(SFloat::from_raw(0x0FFF).number(), Some(-1.0));
        assert_eq!(SFloat::from_raw(0x07FD).number(), Some(2045.0));
        assert_eq!(SFloat::from_raw(0x0803).number(), Some(-2045.0));
        assert_eq!(SFloat::from_raw(0x77FD).number(), Some(2045e7));
        assert_eq!(SFloat::from_raw(0x8001).number(), Some(1e-8));
    }

    #[test]
    fn special_values_stay_distinct() {
        let cases = [
            (0x07FF, Special::NotANumber),
            (0x0800, Special::NotAtThisResolution),
            (0x07FE, Special::PositiveInfinity),
            (0x0802, Special::NegativeInfinity),
            (SFloat::RESERVED.raw(), Special::Reserved),
            (0x17FF, Special::Reserved),
            (0xF800, Special::Reserved),
        ];
        for (raw, special) in cases {
            let value = SFloat::from_raw(raw);
            assert_eq!(value.special(), Some(special), "{raw:#06x}");
            assert_eq!(value.number(), None, "{raw:#06x}");
        }
        assert_eq!(SFloat::from_raw(0xF014).special(), None);
        let names: Vec<String> = cases[..5]
            .iter()
            .map(|(_, special)| serde_json::to_value(special).unwrap().to_string())
            .collect();
        assert_eq!(
            names,
            [
                r#""nan""#,
                r#""nres""#,
                r#""+inf""#,
                r#""-inf""#,
                r#""reserved""#
            ]
        );
    }

    #[test]
    fn encoding_picks_the_shortest_precise_form() {
        assert_eq!(SFloat::from_f64(21.5).raw(), 0xF0D7);
        assert_eq!(SFloat::from_f64(2.0).raw(), 0x0002);
        assert_eq!(SFloat::from_f64(20.0).raw(), 0x1002);
        assert_eq!(SFloat::from_f64(0.0).raw(), 0x0000);
        assert_eq!(SFloat::from_f64(-0.25).number(), Some(-0.25));
        assert_eq!(SFloat::from_f64(70.04).number(), Some(70.0));
        assert_eq!(SFloat::from_f64(204.5).number(), Some(204.5));
        // 204.6 would need a mantissa of 2046, a special value: the next coarser step.
        assert_eq!(SFloat::from_f64(204.56).number(), Some(205.0));
        assert_eq!(SFloat::from_f64(f64::NAN), SFloat::NAN);
        assert_eq!(SFloat::from_f64(f64::INFINITY), SFloat::POSITIVE_INFINITY);
        assert_eq!(SFloat::from_f64(-3e12), SFloat::NEGATIVE_INFINITY);
    }

    proptest! {
        #[test]
        fn every_raw_value_is_a_number_or_special(raw in any::<u16>()) {
            let value = SFloat::from_raw(raw);
            prop_assert_eq!(value.raw(), raw);
            prop_assert!(value.number().is_some() != value.special().is_some());
            if let Some(number) = value.number() {
                prop_assert!(number.is_finite());
                // A number re-encodes to the same value, though maybe with fewer digits.
                prop_assert_eq!(SFloat::from_f64(number).number(), Some(number));
            }
        }

        #[test]
        fn encoding_is_within_half_a_step(value in -2045e7f64..2045e7) {
            let encoded = SFloat::from_f64(value).number().unwrap();
            let step = 10f64.powi(SFloat::from_f64(value).exponent());
            prop_assert!((encoded - value).abs() <= step / 2.0 * (1.0 + 1e-9), "{value} → {encoded}");
        }
    }
}
