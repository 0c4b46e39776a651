//! Bluetooth errors, with messages a UI can show.

use std::time::Duration;

use crate::language::{Language, Localized};

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

/// The Dutch text of `Bluetooth` leaves out btleplug's English detail, which stays in the
/// `Display` text, for the log.
impl Localized for BleError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            BleError::NoAdapter => "er werd geen Bluetooth-adapter gevonden".into(),
            BleError::AdapterOff => "Bluetooth staat uit: zet het aan en probeer opnieuw".into(),
            BleError::PermissionDenied => {
                "de app mag Bluetooth niet gebruiken: geef toestemming in de instellingen".into()
            }
            BleError::DeviceGone => {
                "de manchet kan niet gevonden worden: staat ze aan en ligt ze in de buurt?".into()
            }
            BleError::Timeout(after) => {
                format!("de manchet antwoordde niet binnen {} s", after.as_secs())
            }
            BleError::NotACuff => {
                "dit apparaat biedt geen drukmeting aan: het lijkt geen drukmanchet".into()
            }
            BleError::Bluetooth(_) => "er ging iets mis met Bluetooth: probeer opnieuw".into(),
        }
    }
}

#[cfg(test)]
impl BleError {
    /// One value of every variant, for the tests.
    pub(crate) fn samples() -> Vec<BleError> {
        vec![
            BleError::NoAdapter,
            BleError::AdapterOff,
            BleError::PermissionDenied,
            BleError::DeviceGone,
            BleError::Timeout(Duration::from_secs(15)),
            BleError::NotACuff,
            BleError::Bluetooth("the peripheral is not connected".into()),
        ]
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in BleError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        assert_eq!(
            BleError::Timeout(Duration::from_secs(15)).localized(Language::Nl),
            "de manchet antwoordde niet binnen 15 s"
        );
    }
}
