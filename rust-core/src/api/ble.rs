//! The Bluetooth cuff for the shells: the pairing screen (search, pair, forget) and streams of
//! readings to a listener (and, during a guided session, straight into its runner). The
//! simulated cuff streams through the same interface, so a UI runs without a cuff exactly as
//! with one. Every reading is stamped on the app's clock.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde::Serialize;

use crate::api::app::{find_exercise, Kernkracht};
use crate::api::device::Clock;
use crate::api::session::GuidedSession;
use crate::api::KernkrachtError;
use crate::ble::runtime::runtime;
use crate::ble::{self, BleError, Link, LinkEvents, LinkState};
use crate::coach::Failure;
use crate::cuff::{CuffProfile, Simulator};
use crate::screens::pairing::{self, PairingScreen, Search};

/// One reading for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, uniffi::Record)]
pub struct CuffReading {
    /// The app's clock, in ms since the Unix epoch.
    pub at_ms: i64,
    /// `None` when the cuff sent a special value instead of a measurement.
    pub mmhg: Option<f64>,
}

/// Receives a stream's readings and states; called on the core's threads, so it must return
/// quickly and hand work to the UI thread itself.
#[uniffi::export(with_foreign)]
pub trait CuffListener: Send + Sync {
    fn on_reading(&self, reading: CuffReading);
    fn on_state(&self, state: LinkState);
    /// Frames refused so far (garbage from the cuff), told now and then.
    fn on_refused(&self, total: u64);
}

/// A running stream; stopping it, or letting it go, disconnects the cuff.
#[derive(uniffi::Object)]
pub struct CuffStream {
    link: Link,
}

#[uniffi::export]
impl CuffStream {
    pub fn stop(&self) {
        self.link.stop();
    }

    /// The stream ended (stopped, the simulation ran out, or the cuff stayed away).
    pub fn is_finished(&self) -> bool {
        self.link.is_finished()
    }
}

/// Why a phone cannot search, as its shell finds out before asking the core to: these are
/// the operating system's answers (a permission dialog, the adapter's switch), which the core
/// turns into the pairing screen's state and words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum BluetoothRefusal {
    /// The user did not allow the app to use Bluetooth.
    PermissionDenied,
    /// Bluetooth is switched off.
    AdapterOff,
    /// The phone has no Bluetooth.
    NoAdapter,
}

impl From<BluetoothRefusal> for BleError {
    fn from(refusal: BluetoothRefusal) -> Self {
        match refusal {
            BluetoothRefusal::PermissionDenied => BleError::PermissionDenied,
            BluetoothRefusal::AdapterOff => BleError::AdapterOff,
            BluetoothRefusal::NoAdapter => BleError::NoAdapter,
        }
    }
}

/// The pairing screen's state: the search under way or done, and the paired cuff.
#[derive(uniffi::Object)]
pub struct CuffPairing {
    app: Arc<Kernkracht>,
    search: Mutex<Search>,
}

#[uniffi::export]
impl Kernkracht {
    /// The cuff-pairing screen's model; nothing is searched until `search` is called.
    pub fn cuff_pairing(self: Arc<Self>) -> Arc<CuffPairing> {
        Arc::new(CuffPairing {
            app: self,
            search: Mutex::new(Search::NotStarted),
        })
    }

    /// Streams the paired cuff, connecting without a scan and reconnecting on its own. With
    /// a guided session, readings also go to its runner (a cuff hold counts only inside the
    /// band) and a dropped link pauses the hold.
    pub fn stream_cuff(
        &self,
        listener: Arc<dyn CuffListener>,
        session: Option<Arc<GuidedSession>>,
    ) -> Result<Arc<CuffStream>, KernkrachtError> {
        self.call(|| {
            let cuff = self.store.paired_cuff()?.ok_or(Failure::NoCuffPaired)?;
            self.store
                .cuff_seen(&cuff.identifier, self.device.clock.now_ms())?;
            let events = Arc::new(Forward {
                clock: self.device.clock.clone(),
                listener,
                session,
            });
            Ok(Arc::new(CuffStream {
                link: Link::start(cuff.identifier, CuffProfile::default(), events),
            }))
        })
    }

    /// Streams the simulated cuff for a cuff exercise, in real time.
    pub fn stream_simulated_cuff(
        &self,
        exercise_id: String,
        seed: u64,
        listener: Arc<dyn CuffListener>,
        session: Option<Arc<GuidedSession>>,
    ) -> Result<Arc<CuffStream>, KernkrachtError> {
        self.call(|| {
            let simulator = Simulator::for_exercise(find_exercise(&exercise_id)?, seed)?;
            let events = Arc::new(Forward {
                clock: self.device.clock.clone(),
                listener,
                session,
            });
            Ok(Arc::new(CuffStream {
                link: Link::simulated(simulator, CuffProfile::default(), events),
            }))
        })
    }
}

#[uniffi::export]
impl CuffPairing {
    /// The screen as it stands.
    pub fn screen(&self) -> Result<PairingScreen, KernkrachtError> {
        self.app.call(|| self.build())
    }

    /// Looks for cuffs for `timeout_ms` (strongest signal first) and returns the screen with
    /// what was found, or with the reason nothing could be searched.
    pub async fn search(&self, timeout_ms: u32) -> Result<PairingScreen, KernkrachtError> {
        *self.state() = Search::Searching;
        let profile = CuffProfile::default();
        let timeout = Duration::from_millis(u64::from(timeout_ms));
        let found = runtime()
            .spawn(async move { ble::scan(&profile, timeout).await })
            .await
            .unwrap_or_else(|e| Err(BleError::Bluetooth(e.to_string())));
        *self.state() = match found {
            Ok(candidates) => Search::Found(candidates),
            Err(error) => Search::Failed(error),
        };
        self.screen()
    }

    /// The search the shell could not start: the screen then says why, as a search that
    /// failed for that reason would (Android asks for the permission before a scan, and a
    /// refusal never reaches the Bluetooth stack).
    pub fn refused(&self, refusal: BluetoothRefusal) -> Result<PairingScreen, KernkrachtError> {
        *self.state() = Search::Failed(refusal.into());
        self.screen()
    }

    /// Pairs the cuff with this identifier, one of those found; it is the one streamed and
    /// reconnected to from now on.
    pub fn pair(&self, identifier: String) -> Result<PairingScreen, KernkrachtError> {
        self.app.call(|| {
            let name = match &*self.state() {
                Search::Found(found) => found
                    .iter()
                    .find(|c| c.identifier == identifier)
                    .map(|c| c.name.clone().unwrap_or_default()),
                _ => None,
            }
            .ok_or_else(|| Failure::NoCuffFound(identifier.clone()))?;
            self.app
                .store
                .pair_cuff(&identifier, &name, self.app.device.clock.now_ms())?;
            *self.state() = Search::NotStarted;
            self.build()
        })
    }

    /// Forgets the paired cuff.
    pub fn forget(&self) -> Result<PairingScreen, KernkrachtError> {
        self.app.call(|| {
            self.app.store.forget_cuff()?;
            self.build()
        })
    }
}

impl CuffPairing {
    fn state(&self) -> MutexGuard<'_, Search> {
        self.search.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn build(&self) -> Result<PairingScreen, Failure> {
        let paired = self.app.store.paired_cuff()?;
        Ok(pairing::build(
            &self.state(),
            paired.as_ref(),
            self.app.language(),
        ))
    }
}

/// Hands a link's events to the shell's listener and, during a session, to its runner.
struct Forward {
    clock: Arc<dyn Clock>,
    listener: Arc<dyn CuffListener>,
    session: Option<Arc<GuidedSession>>,
}

impl LinkEvents for Forward {
    fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    fn reading(&self, at_ms: i64, mmhg: Option<f64>) {
        if let (Some(session), Some(mmhg)) = (&self.session, mmhg) {
            session.feed_pressure(at_ms, mmhg);
        }
        self.listener.on_reading(CuffReading { at_ms, mmhg });
    }

    fn state(&self, state: LinkState) {
        if let Some(session) = &self.session {
            session.feed_cuff_connected(state.is_receiving());
        }
        self.listener.on_state(state);
    }

    fn refused(&self, total: u64) {
        self.listener.on_refused(total);
    }
}
