//! Bluetooth errors, with messages a UI can show.

use std::time::Duration;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BleError {
    #[error("no Bluetooth adapter was found")]
    NoAdapter,
    #[error("Bluetooth is switched off: switch it on and try again")]
    AdapterOff,
    #[error("the app may not use Bluetooth: allow it in the settings")]
    PermissionDenied,
    #[error("the cuff cannot be found: is it switched on and nearby?")]
    DeviceGone,
    #[error("the cuff did not answer within {} s", .0.as_secs())]
    Timeout(Duration),
    #[error("this device does not offer the cuff's pressure service")]
    NotACuff,
    #[error("Bluetooth error: {0}")]
    Bluetooth(String),
}

impl From<btleplug::Error> for BleError {
    fn from(error: btleplug::Error) -> Self {
        match error {
            btleplug::Error::PermissionDenied => BleError::PermissionDenied,
            btleplug::Error::DeviceNotFound => BleError::DeviceGone,
            btleplug::Error::NoAdapterAvailable => BleError::NoAdapter,
            btleplug::Error::TimedOut(after) => BleError::Timeout(after),
            btleplug::Error::NoSuchCharacteristic => BleError::NotACuff,
            other => BleError::Bluetooth(other.to_string()),
        }
    }
}
