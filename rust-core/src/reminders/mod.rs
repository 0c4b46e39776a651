//! Training reminders: which weekdays, at what local time, in which time zone.
//!
//! The settings are validated here (a real IANA zone, at least one day) so that a stored
//! schedule can always be computed; the shells hand the computed reminders to the phone's
//! notification system.

pub mod schedule;
mod settings;

pub use settings::{
    LocalTime, ReminderSettings, SettingsError, Weekday, PROPOSED_TIME, TIME_STEP_MINUTES,
};
