//! Reminders for the phone's notification system: the complete list after any change, the
//! training days and time, and more days once the user is ready for them.
//!
//! Times cross the FFI as milliseconds since the Unix epoch; reminders are computed in the
//! device's current time zone, so they keep their wall-clock time when the user travels.

use serde::Serialize;

use crate::api::app::{catalogue, Kernkracht};
use crate::api::error::in_language;
use crate::api::KernkrachtError;
use crate::coach::{self, Failure};
use crate::language::Language;
use crate::reminders::schedule::{self, Occurrence};
use crate::reminders::{LocalTime, ReminderSettings, Weekday};
use crate::screens::words::pick;

/// One reminder for the phone's notification system.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Reminder {
    /// When to fire, in milliseconds since the Unix epoch.
    pub utc_ms: i64,
    /// The local wall-clock time with its offset (`2026-11-23T18:00:00+01:00`).
    pub local: String,
    /// The local training date, `YYYY-MM-DD`; also a stable id for the alarm.
    pub local_date: String,
    /// The same local date and time as numbers, for a calendar trigger (iOS's
    /// `DateComponents`), so no shell parses `local`.
    pub year: i16,
    pub month: u8,
    pub day: u8,
    pub time: LocalTime,
    pub weekday: Weekday,
    /// The notification's title and text, in the user's language.
    pub title: String,
    pub body: String,
}

/// A proposal to train on more days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct DaysProposal {
    pub sessions_per_week: u8,
    pub weekdays: Vec<Weekday>,
    /// `Het gaat goed: train voortaan 4 keer per week (ma, wo, vr en za)?`
    pub question: String,
}

#[uniffi::export]
impl Kernkracht {
    /// The next `count` reminders, at most 64 (a larger count gets 64): the ones the
    /// scheduler was given last.
    pub fn upcoming_reminders(&self, count: u32) -> Result<Vec<Reminder>, KernkrachtError> {
        let count = (count as usize).min(crate::api::app::MAX_REMINDERS);
        self.call(|| self.upcoming(count))
    }

    /// New training days and reminder time; the weekly target becomes the number of days and
    /// the reminders are rescheduled.
    pub fn set_training_days(
        &self,
        weekdays: Vec<Weekday>,
        time: LocalTime,
    ) -> Result<ReminderSettings, KernkrachtError> {
        self.call(|| self.apply_days(&weekdays, time))
    }

    /// More training days, once the last two weeks reached the target (3 a week growing to 5).
    pub fn propose_training_days(&self) -> Result<Option<DaysProposal>, KernkrachtError> {
        self.call(|| {
            let Some(settings) = self.store.reminders()? else {
                return Ok(None);
            };
            let (now, zone) = self.now()?;
            let language = self.language();
            Ok(coach::propose_days(&self.store, &settings, &zone, now)?.map(
                |(sessions_per_week, weekdays)| {
                    let days: Vec<&str> = weekdays
                        .iter()
                        .map(|d| crate::screens::words::weekday_short(*d, language))
                        .collect();
                    let days = crate::screens::words::list(&days, language);
                    DaysProposal {
                        question: match language {
                            Language::Nl => format!("Het gaat goed: train je voortaan {sessions_per_week} keer per week ({days})?"),
                            Language::En => format!("You are doing well: train {sessions_per_week} times a week from now on ({days})?"),
                        },
                        sessions_per_week,
                        weekdays,
                    }
                },
            ))
        })
    }

    /// Without a cuff: the user reports that the current phase's exercises go well.
    pub fn report_phase_mastered(&self) -> Result<(), KernkrachtError> {
        self.call(|| {
            let (now, _) = self.now()?;
            coach::report_phase_mastered(&self.store, catalogue()?, now)
        })
    }
}

impl Kernkracht {
    /// Saves training days and time in the device's zone, sets the weekly target to their
    /// number and reschedules the reminders.
    pub(crate) fn apply_days(
        &self,
        weekdays: &[Weekday],
        time: LocalTime,
    ) -> Result<ReminderSettings, Failure> {
        let (now, _) = self.now()?;
        let zone = self.device.clock.time_zone();
        let settings = coach::set_days(&self.store, catalogue()?, weekdays, time, &zone, now)?;
        self.reschedule()?;
        Ok(settings)
    }

    /// The next `count` reminders from the stored settings, in the device's zone: none before
    /// onboarding or while a warning sign blocks training; days already trained are left out.
    pub(crate) fn upcoming(&self, count: usize) -> Result<Vec<Reminder>, Failure> {
        let Some(settings) = self.store.reminders()? else {
            return Ok(Vec::new());
        };
        let (now, zone) = self.now()?;
        let occurrences = coach::reminders(&self.store, &settings, &zone, now, count)?;
        let language = self.language();
        Ok(occurrences.iter().map(|o| reminder(o, language)).collect())
    }
}

/// The leaflets' start for reminders: three non-consecutive days (Monday, Wednesday, Friday)
/// at 18:00, in `time_zone`; what onboarding proposes.
#[uniffi::export]
pub fn default_reminder_settings(
    time_zone: String,
    language: Language,
) -> Result<ReminderSettings, KernkrachtError> {
    in_language(language, || Ok(ReminderSettings::default_in(&time_zone)?))
}

/// The next `count` reminders for settings that are not stored (a dry run, or a preview
/// during onboarding), from `now_ms` in the settings' zone.
#[uniffi::export]
pub fn compute_reminders(
    settings: ReminderSettings,
    now_ms: i64,
    count: u32,
    language: Language,
) -> Result<Vec<Reminder>, KernkrachtError> {
    in_language(language, || {
        let settings =
            ReminderSettings::new(&settings.weekdays, settings.time, &settings.time_zone)?;
        let now =
            jiff::Timestamp::from_millisecond(now_ms).map_err(|_| Failure::BadTime(now_ms))?;
        let zone = schedule::time_zone(&settings.time_zone)?;
        let occurrences = schedule::next(
            &settings,
            &zone,
            now,
            (count as usize).min(crate::api::app::MAX_REMINDERS),
            &Default::default(),
        )?;
        Ok(occurrences.iter().map(|o| reminder(o, language)).collect())
    })
}

fn reminder(o: &Occurrence, language: Language) -> Reminder {
    Reminder {
        utc_ms: o.instant.as_millisecond(),
        local: o.local.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        local_date: o.date().to_string(),
        year: o.date().year(),
        month: o.date().month() as u8,
        day: o.date().day() as u8,
        time: LocalTime {
            hour: o.local.hour() as u8,
            minute: o.local.minute() as u8,
        },
        weekday: schedule::weekday(o.date()),
        title: pick(
            language,
            "Tijd voor je rugoefeningen",
            "Time for your back exercises",
        )
        .to_owned(),
        body: pick(
            language,
            "Je sessie van vandaag staat klaar. Tik om te beginnen.",
            "Today's session is ready. Tap to start.",
        )
        .to_owned(),
    }
}
