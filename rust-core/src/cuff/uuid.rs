//! Bluetooth UUIDs, as configuration: which service and characteristic carry a cuff's pressure.
//!
//! Standard Bluetooth SIG attributes have 16-bit numbers (0x1810) that stand for a 128-bit UUID
//! on the SIG base (`0000xxxx-0000-1000-8000-00805f9b34fb`); vendor cuffs use their own 128-bit
//! UUIDs. Both are held as one `u128`, so comparing them is plain equality and no UUID crate is
//! needed. Text is the canonical 8-4-4-4-12 hex form; a bare 16-bit number is accepted as a
//! short form of a SIG UUID.

use std::fmt;
use std::str::FromStr;

use crate::language::{Language, Localized};

/// The Bluetooth SIG base UUID; a 16-bit number goes into bits 96–111.
const SIG_BASE: u128 = 0x0000_0000_0000_1000_8000_0080_5f9b_34fb;

/// A 128-bit Bluetooth UUID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BleUuid(u128);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("'{0}' is not a Bluetooth UUID: give 8-4-4-4-12 hex digits, or 4 for a standard one")]
pub struct UuidError(pub String);

impl Localized for UuidError {
    fn localized(&self, language: Language) -> String {
        match language {
            Language::En => self.to_string(),
            Language::Nl => format!(
                "ongeldige Bluetooth-UUID '{}': geef 8-4-4-4-12 hexadecimale cijfers, of 4 voor \
                 een standaard-UUID",
                self.0
            ),
        }
    }
}

#[cfg(test)]
impl UuidError {
    /// A value, for the tests.
    pub(crate) fn samples() -> Vec<UuidError> {
        vec![UuidError("0000181g-0000".into())]
    }
}

impl BleUuid {
    /// The UUID of a standard attribute with a 16-bit number, e.g. 0x1810.
    pub const fn from_sig(short: u16) -> BleUuid {
        BleUuid(SIG_BASE | (short as u128) << 96)
    }

    /// The 128 bits, most significant first (as `uuid::Uuid::from_u128` takes them).
    pub const fn as_u128(self) -> u128 {
        self.0
    }
}

impl fmt::Display for BleUuid {
    /// The canonical lower-case form, e.g. `00001810-0000-1000-8000-00805f9b34fb`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let v = self.0;
        write!(
            f,
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            v >> 96,
            (v >> 80) & 0xffff,
            (v >> 64) & 0xffff,
            (v >> 48) & 0xffff,
            v & 0xffff_ffff_ffff
        )
    }
}

impl FromStr for BleUuid {
    type Err = UuidError;

    /// Accepts the canonical form in either case, and a 16-bit SIG number such as `2A36` or
    /// `0x2a36`.
    fn from_str(text: &str) -> Result<BleUuid, UuidError> {
        let fail = || UuidError(text.to_owned());
        let trimmed = text.trim();
        let short = trimmed
            .strip_prefix("0x")
            .or_else(|| trimmed.strip_prefix("0X"))
            .unwrap_or(trimmed);
        if short.len() == 4 {
            return hex(short)
                .map(|n| BleUuid::from_sig(n as u16))
                .ok_or_else(fail);
        }
        let groups: Vec<&str> = trimmed.split('-').collect();
        let lengths: Vec<usize> = groups.iter().map(|g| g.len()).collect();
        if lengths != [8, 4, 4, 4, 12] {
            return Err(fail());
        }
        groups
            .iter()
            .try_fold(0u128, |value, group| {
                hex(group).map(|n| value << (4 * group.len()) | n)
            })
            .map(BleUuid)
            .ok_or_else(fail)
    }
}

/// Hex digits only (no sign or prefix, which `from_str_radix` would let through).
fn hex(digits: &str) -> Option<u128> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u128::from_str_radix(digits, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn sig_numbers_sit_on_the_base_uuid() {
        let bps = BleUuid::from_sig(0x1810);
        assert_eq!(bps.to_string(), "00001810-0000-1000-8000-00805f9b34fb");
        assert_eq!(
            "00001810-0000-1000-8000-00805F9B34FB".parse::<BleUuid>(),
            Ok(bps)
        );
        assert_eq!("0x2A36".parse(), Ok(BleUuid::from_sig(0x2a36)));
        assert_eq!("2a35".parse(), Ok(BleUuid::from_sig(0x2a35)));
    }

    #[test]
    fn vendor_uuids_are_kept_whole() {
        let text = "6e400001-b5a3-f393-e0a9-e50e24dcca9e";
        let vendor: BleUuid = text.parse().unwrap();
        assert_eq!(vendor.to_string(), text);
        assert_ne!(vendor, BleUuid::from_sig(0x0001));
    }

    #[test]
    fn malformed_text_is_refused() {
        for bad in [
            "",
            "1810x",
            "+810",
            "0x",
            "00001810-0000-1000-8000-00805f9b34f",
            "00001810-0000-1000-8000-00805f9b34fbb",
            "00001810_0000-1000-8000-00805f9b34fb",
            "0000181g-0000-1000-8000-00805f9b34fb",
            "+0001810-0000-1000-8000-00805f9b34fb",
            "00001810-0000-1000-800000805f9b34fb",
        ] {
            assert_eq!(bad.parse::<BleUuid>(), Err(UuidError(bad.into())), "{bad}");
        }
    }

    #[test]
    fn the_error_reads_in_dutch_and_english() {
        for error in UuidError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        assert_eq!(
            UuidError("x".into()).localized(Language::Nl),
            "ongeldige Bluetooth-UUID 'x': geef 8-4-4-4-12 hexadecimale cijfers, of 4 voor een \
             standaard-UUID"
        );
    }

    proptest! {
        #[test]
        fn text_round_trips(value in any::<u128>()) {
            let uuid = BleUuid(value);
            prop_assert_eq!(uuid.to_string().parse::<BleUuid>(), Ok(uuid));
        }

        #[test]
        fn any_text_parses_or_fails_without_panicking(text in ".{0,40}") {
            let _ = text.parse::<BleUuid>();
        }
    }
}
