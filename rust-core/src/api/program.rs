//! The program and reminders for the shells: today's session, the week ahead, the reminders
//! to hand to the phone, and progression after a session.
//!
//! Times cross the FFI as milliseconds since the Unix epoch; the shell passes the device's
//! current IANA time zone, so reminders keep their wall-clock time when the user travels.

use serde::Serialize;

use crate::api::app::Kernkracht;
use crate::api::KernkrachtError;
use crate::catalogue::Catalogue;
use crate::coach::{self, CoachError};
use crate::program::{Block, Decision, PlannedSession};
use crate::reminders::schedule::{self, Occurrence};
use crate::reminders::{ReminderSettings, Weekday};

/// One reminder for the phone's notification system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Reminder {
    /// When to fire, in milliseconds since the Unix epoch.
    pub utc_ms: i64,
    /// The same instant in RFC 3339, UTC (`2026-11-23T17:00:00Z`).
    pub utc: String,
    /// The local wall-clock time with its offset (`2026-11-23T18:00:00+01:00`).
    pub local: String,
    /// The local training date.
    pub local_date: String,
    pub weekday: Weekday,
}

/// Today: the session to do, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Today {
    pub date: String,
    pub weekday: Weekday,
    /// One of the chosen training days.
    pub training_day: bool,
    /// A session was completed today already.
    pub done: bool,
    pub session: Option<PlannedSession>,
    pub blocked: Option<Block>,
    /// Training days of the last week that were missed, for a catch-up.
    pub missed: Vec<String>,
}

/// One day of the week ahead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Day {
    pub date: String,
    pub weekday: Weekday,
    pub training_day: bool,
    pub done: bool,
}

/// A proposal to train on more days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct DaysProposal {
    pub sessions_per_week: u8,
    pub weekdays: Vec<Weekday>,
}

#[uniffi::export]
impl Kernkracht {
    /// Today's session in `time_zone` (the device's), the training days missed in the last
    /// week, and whether today is done.
    pub fn today(&self, now_ms: i64, time_zone: String) -> Result<Today, KernkrachtError> {
        let (now, zone) = instant_in(now_ms, &time_zone)?;
        let date = now.to_zoned(zone.clone()).date();
        let settings = self.store.reminders()?;
        let done = self
            .store
            .completed_dates(&date.to_string(), &date.to_string())?
            .contains(&date.to_string());
        let (session, blocked) = match coach::plan(&self.store, catalogue()?, now)? {
            Ok(session) => (Some(session), None),
            Err(block) => (None, Some(block)),
        };
        let missed = match &settings {
            Some(s) => coach::missed(&self.store, s, &zone, now)?
                .iter()
                .map(|d| d.to_string())
                .collect(),
            None => Vec::new(),
        };
        Ok(Today {
            date: date.to_string(),
            weekday: schedule::weekday(date),
            training_day: settings
                .as_ref()
                .is_some_and(|s| s.weekdays.contains(&schedule::weekday(date))),
            done,
            session,
            blocked,
            missed,
        })
    }

    /// Today and the six days after it.
    pub fn week_ahead(&self, now_ms: i64, time_zone: String) -> Result<Vec<Day>, KernkrachtError> {
        let (now, zone) = instant_in(now_ms, &time_zone)?;
        let today = now.to_zoned(zone).date();
        let last = today.saturating_add(jiff::Span::new().days(6));
        let done = self
            .store
            .completed_dates(&today.to_string(), &last.to_string())?;
        let settings = self.store.reminders()?;
        Ok((0..7)
            .map(|offset| today.saturating_add(jiff::Span::new().days(offset)))
            .map(|date| Day {
                date: date.to_string(),
                weekday: schedule::weekday(date),
                training_day: settings
                    .as_ref()
                    .is_some_and(|s| s.weekdays.contains(&schedule::weekday(date))),
                done: done.contains(&date.to_string()),
            })
            .collect())
    }

    /// The next `count` (at most 64) reminders from the stored settings, in `time_zone`
    /// (the device's current zone; the profile's when absent). Days already trained are left
    /// out. A shell schedules exactly these, replacing all it scheduled before.
    pub fn upcoming_reminders(
        &self,
        now_ms: i64,
        time_zone: Option<String>,
        count: u32,
    ) -> Result<Vec<Reminder>, KernkrachtError> {
        let settings = self.store.reminders()?.ok_or_else(|| {
            KernkrachtError::NotFound("no reminder settings yet: complete onboarding first".into())
        })?;
        let (now, zone) = instant_in(now_ms, time_zone.as_deref().unwrap_or(&settings.time_zone))?;
        let occurrences = coach::reminders(&self.store, &settings, &zone, now, count as usize)?;
        Ok(occurrences.iter().map(reminder).collect())
    }

    /// Judges a finished session against its plan and moves each exercise (and the
    /// stabilisation phase) on, back or not at all.
    pub fn evaluate_session(
        &self,
        session_id: i64,
        now_ms: i64,
    ) -> Result<Vec<Decision>, KernkrachtError> {
        let now = jiff::Timestamp::from_millisecond(now_ms)
            .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
        Ok(coach::evaluate(&self.store, catalogue()?, session_id, now)?)
    }

    /// More training days, once the last two weeks reached the target (3 a week growing to 5).
    pub fn propose_training_days(
        &self,
        now_ms: i64,
        time_zone: String,
    ) -> Result<Option<DaysProposal>, KernkrachtError> {
        let Some(settings) = self.store.reminders()? else {
            return Ok(None);
        };
        let (now, zone) = instant_in(now_ms, &time_zone)?;
        Ok(
            coach::propose_days(&self.store, &settings, &zone, now)?.map(
                |(sessions_per_week, weekdays)| DaysProposal {
                    sessions_per_week,
                    weekdays,
                },
            ),
        )
    }

    /// Takes new training days; the reminders and the weekly target follow.
    pub fn accept_training_days(
        &self,
        weekdays: Vec<Weekday>,
        now_ms: i64,
    ) -> Result<ReminderSettings, KernkrachtError> {
        let now = jiff::Timestamp::from_millisecond(now_ms)
            .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
        Ok(coach::accept_days(
            &self.store,
            catalogue()?,
            &weekdays,
            now,
        )?)
    }

    /// Without a cuff: the user reports that the current phase's exercises go well.
    pub fn report_phase_mastered(&self, now_ms: i64) -> Result<(), KernkrachtError> {
        let now = jiff::Timestamp::from_millisecond(now_ms)
            .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
        Ok(coach::report_phase_mastered(
            &self.store,
            catalogue()?,
            now,
        )?)
    }
}

/// The leaflets' start for reminders: three non-consecutive days (Monday, Wednesday, Friday)
/// at 18:00, in `time_zone`; what onboarding proposes.
#[uniffi::export]
pub fn default_reminder_settings(time_zone: String) -> Result<ReminderSettings, KernkrachtError> {
    ReminderSettings::default_in(&time_zone)
        .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))
}

/// The next `count` reminders for settings that are not stored (a dry run, or a preview during
/// onboarding), in `time_zone` or the settings' own zone.
#[uniffi::export]
pub fn compute_reminders(
    settings: ReminderSettings,
    now_ms: i64,
    time_zone: Option<String>,
    count: u32,
) -> Result<Vec<Reminder>, KernkrachtError> {
    let settings = ReminderSettings::new(&settings.weekdays, settings.time, &settings.time_zone)
        .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
    let (now, zone) = instant_in(now_ms, time_zone.as_deref().unwrap_or(&settings.time_zone))?;
    let occurrences = schedule::next(&settings, &zone, now, count as usize, &Default::default())
        .map_err(CoachError::from)?;
    Ok(occurrences.iter().map(reminder).collect())
}

fn reminder(o: &Occurrence) -> Reminder {
    Reminder {
        utc_ms: o.instant.as_millisecond(),
        utc: o.instant.to_string(),
        local: o.local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        local_date: o.date().to_string(),
        weekday: schedule::weekday(o.date()),
    }
}

fn instant_in(
    now_ms: i64,
    zone: &str,
) -> Result<(jiff::Timestamp, jiff::tz::TimeZone), KernkrachtError> {
    let now = jiff::Timestamp::from_millisecond(now_ms)
        .map_err(|e| KernkrachtError::InvalidInput(format!("{now_ms} is not a valid time: {e}")))?;
    let zone = schedule::time_zone(zone).map_err(CoachError::from)?;
    Ok((now, zone))
}

fn catalogue() -> Result<&'static Catalogue, KernkrachtError> {
    Ok(Catalogue::builtin()?)
}
