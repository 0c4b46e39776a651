//! Where a cuff publishes its pressure: a service and a characteristic, as configuration.
//!
//! A standard cuff offers the Blood Pressure Service (0x1810) and streams Intermediate Cuff
//! Pressure (0x2A36). Some vendors put the same payload under their own 128-bit UUIDs; a
//! profile names both, so the Bluetooth client subscribes to the right one and the codec
//! reads what arrives the same way.

use super::codec::FrameKind;
use super::uuid::BleUuid;

/// The Blood Pressure Service.
pub const BLOOD_PRESSURE_SERVICE: BleUuid = BleUuid::from_sig(0x1810);
/// Blood Pressure Measurement: finished measurements.
pub const BLOOD_PRESSURE_MEASUREMENT: BleUuid = BleUuid::from_sig(0x2A35);
/// Intermediate Cuff Pressure: the live pressure.
pub const INTERMEDIATE_CUFF_PRESSURE: BleUuid = BleUuid::from_sig(0x2A36);

/// The service and characteristic a cuff's pressure frames come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CuffProfile {
    pub service: BleUuid,
    pub characteristic: BleUuid,
}

impl Default for CuffProfile {
    /// The standard: Intermediate Cuff Pressure in the Blood Pressure Service.
    fn default() -> CuffProfile {
        CuffProfile {
            service: BLOOD_PRESSURE_SERVICE,
            characteristic: INTERMEDIATE_CUFF_PRESSURE,
        }
    }
}

impl CuffProfile {
    /// How to read the characteristic's frames: Blood Pressure Measurement's fields are named
    /// differently; anything else (0x2A36 or a vendor's) carries the live pressure.
    pub fn frame_kind(&self) -> FrameKind {
        if self.characteristic == BLOOD_PRESSURE_MEASUREMENT {
            FrameKind::BloodPressureMeasurement
        } else {
            FrameKind::IntermediateCuffPressure
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_the_standard_live_pressure() {
        let profile = CuffProfile::default();
        assert_eq!(
            profile.service.to_string(),
            "00001810-0000-1000-8000-00805f9b34fb"
        );
        assert_eq!(
            profile.characteristic.to_string(),
            "00002a36-0000-1000-8000-00805f9b34fb"
        );
        assert_eq!(profile.frame_kind(), FrameKind::IntermediateCuffPressure);
    }

    #[test]
    fn vendor_and_measurement_characteristics() {
        let vendor = CuffProfile {
            service: "6e400001-b5a3-f393-e0a9-e50e24dcca9e".parse().unwrap(),
            characteristic: "6e400003-b5a3-f393-e0a9-e50e24dcca9e".parse().unwrap(),
        };
        assert_eq!(vendor.frame_kind(), FrameKind::IntermediateCuffPressure);
        let measurement = CuffProfile {
            characteristic: BLOOD_PRESSURE_MEASUREMENT,
            ..CuffProfile::default()
        };
        assert_eq!(
            measurement.frame_kind(),
            FrameKind::BloodPressureMeasurement
        );
    }
}
