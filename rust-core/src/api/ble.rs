//! The Bluetooth cuff for the shells: scan, pair, forget, and stream readings to a listener
//! (and, during a guided session, straight into its runner). The simulated cuff streams
//! through the same interface, so a UI runs without a cuff exactly as with one.

use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use crate::api::app::Kernkracht;
use crate::api::catalogue::find_exercise;
use crate::api::session::GuidedSession;
use crate::api::KernkrachtError;
use crate::ble::runtime::runtime;
use crate::ble::{self, BleError, Candidate, Link, LinkEvents, LinkState};
use crate::catalogue::Catalogue;
use crate::cuff::{CuffProfile, Simulator};
use crate::history::Cuff;

/// One reading for the UI.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, uniffi::Record)]
pub struct CuffReading {
    /// Wall-clock time in ms since the Unix epoch.
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

#[uniffi::export]
impl Kernkracht {
    /// Looks for cuffs for `timeout_ms`; strongest signal first.
    pub async fn scan_cuffs(&self, timeout_ms: u32) -> Result<Vec<Candidate>, KernkrachtError> {
        let profile = CuffProfile::default();
        let timeout = Duration::from_millis(u64::from(timeout_ms));
        runtime()
            .spawn(async move { ble::scan(&profile, timeout).await })
            .await
            .map_err(|e| KernkrachtError::Bluetooth(e.to_string()))?
            .map_err(Into::into)
    }

    /// Remembers the chosen cuff; it is the one streamed and reconnected to from now on.
    pub fn pair_cuff(&self, identifier: String, name: String) -> Result<Cuff, KernkrachtError> {
        self.store
            .pair_cuff(&identifier, &name, crate::clock::now_ms())?;
        self.store
            .paired_cuff()?
            .ok_or_else(|| KernkrachtError::NotFound("the pairing was not saved".into()))
    }

    /// Forgets the paired cuff.
    pub fn forget_cuff(&self) -> Result<(), KernkrachtError> {
        Ok(self.store.forget_cuff()?)
    }

    pub fn paired_cuff(&self) -> Result<Option<Cuff>, KernkrachtError> {
        Ok(self.store.paired_cuff()?)
    }

    /// Streams the paired cuff, connecting without a scan and reconnecting on its own. With
    /// a guided session, readings also go to its runner (a cuff hold counts only inside the
    /// band) and a dropped link pauses the hold.
    pub fn stream_cuff(
        &self,
        listener: Arc<dyn CuffListener>,
        session: Option<Arc<GuidedSession>>,
    ) -> Result<Arc<CuffStream>, KernkrachtError> {
        let cuff = self.store.paired_cuff()?.ok_or_else(|| {
            KernkrachtError::NotFound("no cuff is paired: scan and pair one first".into())
        })?;
        self.store
            .cuff_seen(&cuff.identifier, crate::clock::now_ms())?;
        let events = Arc::new(Forward { listener, session });
        Ok(Arc::new(CuffStream {
            link: Link::start(cuff.identifier, CuffProfile::default(), events),
        }))
    }

    /// Streams the simulated cuff for a cuff exercise, in real time.
    pub fn stream_simulated_cuff(
        &self,
        exercise_id: String,
        seed: u64,
        listener: Arc<dyn CuffListener>,
        session: Option<Arc<GuidedSession>>,
    ) -> Result<Arc<CuffStream>, KernkrachtError> {
        let exercise = find_exercise(Catalogue::builtin()?, &exercise_id)?;
        let simulator = Simulator::for_exercise(exercise, seed)?;
        let events = Arc::new(Forward { listener, session });
        Ok(Arc::new(CuffStream {
            link: Link::simulated(simulator, CuffProfile::default(), events),
        }))
    }
}

/// Hands a link's events to the shell's listener and, during a session, to its runner.
struct Forward {
    listener: Arc<dyn CuffListener>,
    session: Option<Arc<GuidedSession>>,
}

impl LinkEvents for Forward {
    fn reading(&self, at_ms: i64, mmhg: Option<f64>) {
        if let (Some(session), Some(mmhg)) = (&self.session, mmhg) {
            session.feed_pressure(at_ms, mmhg);
        }
        self.listener.on_reading(CuffReading { at_ms, mmhg });
    }

    fn state(&self, state: LinkState) {
        if let Some(session) = &self.session {
            session.feed_cuff_connected(matches!(state, LinkState::Connected | LinkState::Silent));
        }
        self.listener.on_state(state);
    }

    fn refused(&self, total: u64) {
        self.listener.on_refused(total);
    }
}

impl From<BleError> for KernkrachtError {
    fn from(error: BleError) -> Self {
        KernkrachtError::Bluetooth(error.to_string())
    }
}
