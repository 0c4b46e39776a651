//! Finding cuffs: a scan filtered by the cuff profile's service, for a limited time.
//!
//! Only devices that advertise the cuff's service during the scan are offered (BlueZ also
//! remembers devices seen earlier; those are left out unless they advertise again), strongest
//! signal first, so with two cuffs in range the user picks.

use std::collections::HashSet;
use std::time::Duration;

use btleplug::api::{
    Central, CentralEvent, CentralState, Manager as _, Peripheral as _, ScanFilter,
};
use btleplug::platform::{Adapter, Manager};
use futures::StreamExt;
use serde::Serialize;
use uuid::Uuid;

use super::error::BleError;
use crate::cuff::CuffProfile;

/// The environment variable naming the adapter to use (e.g. `hci1`); the first one otherwise.
pub const ADAPTER_ENV: &str = "KERNKRACHT_BLUETOOTH_ADAPTER";

/// A cuff found by a scan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Candidate {
    /// The platform's identifier for the device: what pairing stores.
    pub identifier: String,
    pub name: Option<String>,
    /// Signal strength in dBm, when known.
    pub rssi: Option<i16>,
}

/// The Bluetooth adapter to use, switched on.
pub async fn adapter() -> Result<Adapter, BleError> {
    let manager = Manager::new().await?;
    let adapters = manager.adapters().await?;
    let wanted = std::env::var(ADAPTER_ENV).ok();
    let mut chosen = None;
    for adapter in adapters {
        let info = adapter.adapter_info().await.unwrap_or_default();
        let matches = wanted
            .as_deref()
            .is_none_or(|name| info.split_whitespace().next() == Some(name));
        if matches {
            chosen = Some(adapter);
            break;
        }
    }
    let adapter = chosen.ok_or(BleError::NoAdapter)?;
    if adapter.adapter_state().await? == CentralState::PoweredOff {
        return Err(BleError::AdapterOff);
    }
    Ok(adapter)
}

/// The profile's UUIDs in btleplug's form.
pub fn uuids(profile: &CuffProfile) -> (Uuid, Uuid) {
    (
        Uuid::from_u128(profile.service.as_u128()),
        Uuid::from_u128(profile.characteristic.as_u128()),
    )
}

/// Scans for `timeout` and returns the cuffs that advertised the profile's service.
pub async fn scan(profile: &CuffProfile, timeout: Duration) -> Result<Vec<Candidate>, BleError> {
    let adapter = adapter().await?;
    let (service, _) = uuids(profile);
    let mut events = adapter.events().await?;
    adapter
        .start_scan(ScanFilter {
            services: vec![service],
        })
        .await?;
    let mut seen = HashSet::new();
    let deadline = tokio::time::sleep(timeout);
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            _ = &mut deadline => break,
            event = events.next() => match event {
                Some(CentralEvent::DeviceDiscovered(id) | CentralEvent::DeviceUpdated(id)) => {
                    seen.insert(id);
                }
                Some(_) => {}
                None => break,
            },
        }
    }
    adapter.stop_scan().await?;
    let mut candidates = Vec::new();
    for peripheral in adapter.peripherals().await? {
        if !seen.contains(&peripheral.id()) {
            continue;
        }
        let Some(properties) = peripheral.properties().await? else {
            continue;
        };
        if properties.services.contains(&service) {
            candidates.push(Candidate {
                identifier: peripheral.id().to_string(),
                name: properties.local_name.or(properties.advertisement_name),
                rssi: properties.rssi,
            });
        }
    }
    candidates.sort_by_key(|c| std::cmp::Reverse(c.rssi.unwrap_or(i16::MIN)));
    log::info!("scan found {} cuff(s)", candidates.len());
    Ok(candidates)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_profile_uuids_reach_btleplug_unchanged() {
        let (service, characteristic) = uuids(&CuffProfile::default());
        assert_eq!(service.to_string(), "00001810-0000-1000-8000-00805f9b34fb");
        assert_eq!(
            characteristic.to_string(),
            "00002a36-0000-1000-8000-00805f9b34fb"
        );
    }
}
