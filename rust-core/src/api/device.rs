//! What the core needs from the device: the time and the time zone (one clock for every call,
//! every session and every cuff reading), and the phone's alarm system for reminders. The
//! shells implement these two small traits; tests implement them with a fake clock.

use std::sync::Arc;

use crate::api::reminders::Reminder;

/// The device's clock. Everything the core stamps or schedules reads this, never the wall
/// clock itself, so a test drives whole journeys on a fake clock and the command-line tool
/// can run a session faster than real time.
#[uniffi::export(with_foreign)]
pub trait Clock: Send + Sync {
    /// Milliseconds since the Unix epoch.
    fn now_ms(&self) -> i64;
    /// The device's IANA time zone now (`Europe/Brussels`).
    fn time_zone(&self) -> String;
}

/// The phone's reminder alarms. After any change that moves reminders (onboarding, training
/// days or time, the safety answers, a finished session, a restored backup, deleting all
/// data) and whenever the shell asks (after a reboot, a clock or time-zone change, an app
/// update), the core hands over the complete list; the shell cancels what it scheduled
/// before and schedules exactly these.
#[uniffi::export(with_foreign)]
pub trait ReminderScheduler: Send + Sync {
    fn schedule(&self, reminders: Vec<Reminder>);
}

/// The device as the app object holds it.
pub(crate) struct Device {
    pub clock: Arc<dyn Clock>,
    pub scheduler: Arc<dyn ReminderScheduler>,
}
