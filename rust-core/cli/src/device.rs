//! The two effects the core asks of a shell, as a terminal has them: a clock (the system's
//! time and IANA zone, or a clock that starts at another instant or runs faster, for dry runs
//! and demonstrations) and reminder alarms (a terminal has none).

use std::time::Instant;

use kernkracht::api::device::{Clock, ReminderScheduler};
use kernkracht::api::reminders::Reminder;

/// The device's clock: `start_ms` at the moment it was made, running `speed` times real time.
#[derive(Debug, Clone)]
pub struct TerminalClock {
    zone: String,
    start_ms: i64,
    started: Instant,
    speed: f64,
}

impl TerminalClock {
    /// The system's time in `zone`, or in the system's zone.
    pub fn system(zone: Option<String>) -> TerminalClock {
        TerminalClock {
            zone: zone.unwrap_or_else(system_time_zone),
            start_ms: jiff::Timestamp::now().as_millisecond(),
            started: Instant::now(),
            speed: 1.0,
        }
    }

    /// The same clock, but starting at `start_ms` now.
    pub fn starting_at(self, start_ms: i64) -> TerminalClock {
        TerminalClock { start_ms, ..self }
    }

    /// The same clock, running `speed` times faster from now.
    pub fn faster(self, speed: f64) -> TerminalClock {
        TerminalClock { speed, ..self }
    }
}

impl Clock for TerminalClock {
    fn now_ms(&self) -> i64 {
        let elapsed_ms = self.started.elapsed().as_secs_f64() * 1000.0 * self.speed;
        self.start_ms + elapsed_ms as i64
    }

    fn time_zone(&self) -> String {
        self.zone.clone()
    }
}

/// The system's IANA time zone (from `TZ`, else `/etc/localtime`), or UTC when it has none.
pub fn system_time_zone() -> String {
    jiff::tz::TimeZone::system()
        .iana_name()
        .unwrap_or("UTC")
        .to_owned()
}

/// A terminal cannot wake anyone up: the reminders are noted in the log and not kept;
/// `kernkracht reminders next` shows the ones a phone would have scheduled.
#[derive(Debug, Default)]
pub struct NoAlarms;

impl ReminderScheduler for NoAlarms {
    fn schedule(&self, reminders: Vec<Reminder>) {
        log::debug!(
            "{} reminders computed; a terminal has no alarms to set",
            reminders.len()
        );
    }
}
