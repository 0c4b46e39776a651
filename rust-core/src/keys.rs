//! The stable text names of the core's enumerations (`side_lying`, `pressure_biofeedback`):
//! serde's snake_case names, used in the database, in JSON and on the command line, so each
//! value is spelled one way everywhere.

use serde::de::DeserializeOwned;
use serde::Serialize;

/// The name of an enumeration value, e.g. `"sport_performance"`.
pub fn to_key<T: Serialize>(value: &T) -> Option<String> {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => Some(text),
        _ => None,
    }
}

/// The enumeration value with this name, if there is one.
pub fn from_key<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_value(serde_json::Value::String(text.to_owned())).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::Position;

    #[test]
    fn names_round_trip() {
        assert_eq!(to_key(&Position::SideLying).as_deref(), Some("side_lying"));
        assert_eq!(
            from_key::<Position>("side_lying"),
            Some(Position::SideLying)
        );
        assert_eq!(from_key::<Position>("SideLying"), None);
    }
}
