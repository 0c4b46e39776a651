//! A fake device for tests through the facade: a clock the test moves, and alarms that keep
//! every reminder list the core handed over. Each test crate uses a part of it.
#![allow(dead_code)]

use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use kernkracht::api::app::Kernkracht;
use kernkracht::api::device::{Clock, ReminderScheduler};
use kernkracht::api::reminders::Reminder;

pub struct FakeClock {
    now: AtomicI64,
    zone: String,
}

impl FakeClock {
    pub fn advance(&self, ms: i64) {
        self.now.fetch_add(ms, Ordering::SeqCst);
    }
}

impl Clock for FakeClock {
    fn now_ms(&self) -> i64 {
        self.now.load(Ordering::SeqCst)
    }
    fn time_zone(&self) -> String {
        self.zone.clone()
    }
}

#[derive(Default)]
pub struct Alarms {
    scheduled: Mutex<Vec<Vec<Reminder>>>,
}

impl ReminderScheduler for Alarms {
    fn schedule(&self, reminders: Vec<Reminder>) {
        self.scheduled.lock().unwrap().push(reminders);
    }
}

impl Alarms {
    /// The list handed over last.
    pub fn last(&self) -> Vec<Reminder> {
        self.scheduled
            .lock()
            .unwrap()
            .last()
            .cloned()
            .unwrap_or_default()
    }
}

/// The app on a database in `dir`, on a fake clock at `now_ms` in `zone`.
pub struct Device {
    pub clock: Arc<FakeClock>,
    pub alarms: Arc<Alarms>,
    pub app: Arc<Kernkracht>,
}

pub fn open(dir: &std::path::Path, locale: &str, now_ms: i64, zone: &str) -> Device {
    let clock = Arc::new(FakeClock {
        now: AtomicI64::new(now_ms),
        zone: zone.to_owned(),
    });
    let alarms = Arc::new(Alarms::default());
    let app = Kernkracht::open(
        dir.join("k.db").display().to_string(),
        locale.into(),
        clock.clone(),
        alarms.clone(),
    )
    .unwrap();
    Device { clock, alarms, app }
}

impl Device {
    /// The fake clock's time.
    pub fn clock_now(&self) -> i64 {
        kernkracht::api::device::Clock::now_ms(&*self.clock)
    }
}
