//! One cuff's link: connect, subscribe to the pressure characteristic, stream decoded
//! readings, and reconnect on its own when the link drops.
//!
//! The link runs as a task on the core's runtime until stopped. A drop (the cuff went out of
//! range, its battery sagged) starts reconnection with backoff — 0.25 s doubling to 5 s — for
//! up to [`GIVE_UP_AFTER`]; the UI sees `reconnecting` with the attempt number, and what was
//! recorded so far is untouched (readings simply stop while away, which pauses a cuff hold).
//! A paired cuff is found among the devices the platform already knows, without a scan.

use std::sync::Arc;
use std::time::{Duration, Instant};

use btleplug::api::{Central, CentralEvent, Peripheral as _, ScanFilter};
use btleplug::platform::{Adapter, Peripheral};
use futures::StreamExt;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::coalesce::MIN_INTERVAL_MS;
use super::error::BleError;
use super::intake::Intake;
use super::runtime::runtime;
use super::scan::{adapter, uuids};
use super::state::{DisconnectReason, LinkState};
use crate::cuff::{CuffProfile, CuffSource};

/// How long a dropped link keeps trying to come back.
pub const GIVE_UP_AFTER: Duration = Duration::from_secs(60);
/// Connecting and discovering services each get this long.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// No frame for this long on a connected link shows as `silent`.
pub const SILENCE: Duration = Duration::from_secs(3);
/// How long a paired cuff the platform no longer knows is looked for.
pub const RESCAN_FOR: Duration = Duration::from_secs(5);
const FIRST_BACKOFF: Duration = Duration::from_millis(250);
const MAX_BACKOFF: Duration = Duration::from_secs(5);

/// Where a link's readings and states go.
pub trait LinkEvents: Send + Sync + 'static {
    /// The time to stamp a reading with, in ms since the Unix epoch: the app's clock, so the
    /// readings and the guided session they feed share one timeline.
    fn now_ms(&self) -> i64;
    /// A decoded reading stamped with [`now_ms`](LinkEvents::now_ms), and the pressure in
    /// mmHg (`None` when the cuff sent a special value instead of a measurement).
    fn reading(&self, at_ms: i64, mmhg: Option<f64>);
    fn state(&self, state: LinkState);
    /// Frames refused so far, told for the first few and then every hundredth.
    fn refused(&self, total: u64);
}

/// A running link; stopping it (or dropping it) disconnects the cuff.
pub struct Link {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
}

impl Link {
    /// Starts streaming from the cuff with this platform identifier.
    pub fn start(identifier: String, profile: CuffProfile, events: Arc<dyn LinkEvents>) -> Link {
        let (stop, stopped) = watch::channel(false);
        let task = runtime().spawn(run(identifier, profile, events, stopped));
        Link { stop, task }
    }

    /// Streams a simulated cuff in real time through the same intake as a real one, so a UI
    /// runs without a cuff exactly as with one.
    pub fn simulated(
        source: impl CuffSource + Send + 'static,
        profile: CuffProfile,
        events: Arc<dyn LinkEvents>,
    ) -> Link {
        let (stop, stopped) = watch::channel(false);
        let task = runtime().spawn(run_simulated(source, profile, events, stopped));
        Link { stop, task }
    }

    /// Stops the link; the cuff is disconnected and the state becomes `disconnected`.
    pub fn stop(&self) {
        let _ = self.stop.send(true);
    }

    /// Whether the link has ended (stopped, or given up).
    pub fn is_finished(&self) -> bool {
        self.task.is_finished()
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        self.stop();
    }
}

/// How a connected stretch ended.
enum End {
    Dropped,
    Stopped,
}

async fn run(
    identifier: String,
    profile: CuffProfile,
    events: Arc<dyn LinkEvents>,
    mut stop: watch::Receiver<bool>,
) {
    events.state(LinkState::Connecting);
    let mut attempt = 0;
    let mut away_since: Option<Instant> = None;
    let mut adapter_found: Option<Adapter> = None;
    let reason = loop {
        let outcome = match &adapter_found {
            Some(found) => Ok(found.clone()),
            None => adapter().await,
        };
        let outcome = match outcome {
            Ok(found) => {
                adapter_found = Some(found.clone());
                connected(&found, &identifier, &profile, events.as_ref(), &mut stop).await
            }
            Err(error) => Err(error),
        };
        match outcome {
            Ok(End::Stopped) => break DisconnectReason::Stopped,
            Ok(End::Dropped) => {
                log::info!("cuff {identifier}: link dropped");
                attempt = 0;
                away_since = Some(Instant::now());
            }
            Err(
                fatal @ (BleError::NoAdapter | BleError::AdapterOff | BleError::PermissionDenied),
            ) => {
                if fatal == BleError::AdapterOff {
                    events.state(LinkState::Off);
                }
                break DisconnectReason::Failed {
                    message: fatal.to_string(),
                };
            }
            Err(error) => {
                log::info!("cuff {identifier}: {error}");
                away_since.get_or_insert_with(Instant::now);
            }
        }
        if away_since.is_some_and(|since| since.elapsed() > GIVE_UP_AFTER) {
            break DisconnectReason::DeviceGone;
        }
        attempt += 1;
        events.state(LinkState::Reconnecting { attempt });
        let backoff = FIRST_BACKOFF
            .saturating_mul(1 << (attempt - 1).min(5))
            .min(MAX_BACKOFF);
        tokio::select! {
            _ = tokio::time::sleep(backoff) => {}
            _ = stop.changed() => break DisconnectReason::Stopped,
        }
    };
    events.state(LinkState::Disconnected { reason });
}

/// Connects and streams until the link drops or the link is stopped (also while still
/// connecting: a stop never shows as `connected`).
async fn connected(
    adapter: &Adapter,
    identifier: &str,
    profile: &CuffProfile,
    events: &dyn LinkEvents,
    stop: &mut watch::Receiver<bool>,
) -> Result<End, BleError> {
    let (service, characteristic_uuid) = uuids(profile);
    let mut stopped = stop.clone();
    let setup = async {
        let peripheral = find_peripheral(adapter, identifier, service, events).await?;
        if !peripheral.is_connected().await? {
            peripheral.connect_with_timeout(CONNECT_TIMEOUT).await?;
        }
        peripheral
            .discover_services_with_timeout(CONNECT_TIMEOUT)
            .await?;
        let characteristic = peripheral
            .characteristics()
            .into_iter()
            .find(|c| c.uuid == characteristic_uuid && c.service_uuid == service);
        Ok::<_, BleError>((peripheral, characteristic))
    };
    let (peripheral, characteristic) = tokio::select! {
        ready = setup => ready?,
        _ = stopped.changed() => return Ok(End::Stopped),
    };
    let Some(characteristic) = characteristic else {
        let _ = peripheral.disconnect().await;
        return Err(BleError::NotACuff);
    };
    let mut central_events = adapter.events().await?;
    let mut notifications = peripheral.notifications().await?;
    peripheral.subscribe(&characteristic).await?;
    events.state(LinkState::Connected);

    let mut intake = Intake::new(profile.frame_kind());
    let mut flush = tokio::time::interval(Duration::from_millis(MIN_INTERVAL_MS as u64));
    let mut last_frame = Instant::now();
    let mut silent = false;
    let end = loop {
        tokio::select! {
            notification = notifications.next() => {
                let Some(notification) = notification else { break End::Dropped };
                if notification.uuid != characteristic_uuid {
                    continue;
                }
                last_frame = Instant::now();
                if silent {
                    silent = false;
                    events.state(LinkState::Connected);
                }
                intake.frame(&notification.value, events);
            }
            event = central_events.next() => match event {
                Some(CentralEvent::DeviceDisconnected(id)) if id == peripheral.id() => break End::Dropped,
                None => break End::Dropped,
                _ => {}
            },
            _ = flush.tick() => {
                intake.flush(events);
                if !silent && last_frame.elapsed() > SILENCE {
                    silent = true;
                    events.state(LinkState::Silent);
                }
            }
            _ = stop.changed() => {
                let _ = peripheral.unsubscribe(&characteristic).await;
                let _ = peripheral.disconnect().await;
                break End::Stopped;
            }
        }
    };
    log::info!("cuff {identifier}: {}", intake.summary());
    Ok(end)
}

/// The device with this identifier: among those the platform knows (a paired cuff, without a
/// scan), or else by a short scan for the cuff's service (state `scanning`), as after a
/// phone restart that emptied the platform's list.
async fn find_peripheral(
    adapter: &Adapter,
    identifier: &str,
    service: uuid::Uuid,
    events: &dyn LinkEvents,
) -> Result<Peripheral, BleError> {
    if let Some(known) = known(adapter, identifier).await? {
        return Ok(known);
    }
    events.state(LinkState::Scanning);
    let mut discovered = adapter.events().await?;
    adapter
        .start_scan(ScanFilter {
            services: vec![service],
        })
        .await?;
    let found = tokio::time::timeout(RESCAN_FOR, async {
        while let Some(event) = discovered.next().await {
            if let CentralEvent::DeviceDiscovered(id) | CentralEvent::DeviceUpdated(id) = event {
                if id.to_string() == identifier {
                    return true;
                }
            }
        }
        false
    })
    .await
    .unwrap_or(false);
    adapter.stop_scan().await?;
    events.state(LinkState::Connecting);
    match found {
        true => known(adapter, identifier)
            .await?
            .ok_or(BleError::DeviceGone),
        false => Err(BleError::DeviceGone),
    }
}

async fn known(adapter: &Adapter, identifier: &str) -> Result<Option<Peripheral>, BleError> {
    Ok(adapter
        .peripherals()
        .await?
        .into_iter()
        .find(|p| p.id().to_string() == identifier))
}

async fn run_simulated(
    mut source: impl CuffSource,
    profile: CuffProfile,
    events: Arc<dyn LinkEvents>,
    mut stop: watch::Receiver<bool>,
) {
    events.state(LinkState::Connected);
    let started = Instant::now();
    let mut intake = Intake::new(profile.frame_kind());
    let reason = loop {
        let Some(notification) = source.next_notification() else {
            break DisconnectReason::Stopped;
        };
        let due = started + Duration::from_millis(u64::from(notification.t_ms));
        tokio::select! {
            _ = tokio::time::sleep_until(due.into()) => {}
            _ = stop.changed() => break DisconnectReason::Stopped,
        }
        intake.frame(&notification.payload, events.as_ref());
        intake.flush(events.as_ref());
    };
    log::info!("simulated cuff: {}", intake.summary());
    events.state(LinkState::Disconnected { reason });
}
