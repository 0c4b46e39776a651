//! The connection's state as the UI shows it.

use serde::Serialize;

/// Why the link ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum DisconnectReason {
    /// The user (or the app) stopped the stream.
    Stopped,
    /// The cuff stayed away longer than the client keeps reconnecting.
    DeviceGone,
    /// The connection failed for good; the message says why.
    Failed { message: String },
}

/// Where the link stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum LinkState {
    /// Bluetooth is off.
    Off,
    Scanning,
    Connecting,
    /// Connected and receiving readings.
    Connected,
    /// Connected, but the cuff has sent nothing for a while.
    Silent,
    /// The link dropped; trying again (attempt counts from 1).
    Reconnecting {
        attempt: u32,
    },
    Disconnected {
        reason: DisconnectReason,
    },
}

impl LinkState {
    /// Whether the link is up: connected, or connected but quiet for a moment (`silent`
    /// still counts, so a short lull does not pause a cuff hold; the readings' freshness
    /// check does that).
    pub fn is_receiving(&self) -> bool {
        matches!(self, LinkState::Connected | LinkState::Silent)
    }
}
