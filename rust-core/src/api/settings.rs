//! The settings screen for the shells, and its changes: the language, one training day, the
//! reminder time.

use crate::api::app::Kernkracht;
use crate::api::KernkrachtError;
use crate::coach::Failure;
use crate::language::Language;
use crate::reminders::{LocalTime, Weekday, PROPOSED_TIME};
use crate::screens::settings::{self, SettingsFacts, SettingsScreen};

#[uniffi::export]
impl Kernkracht {
    pub fn settings_screen(&self) -> Result<SettingsScreen, KernkrachtError> {
        self.call(|| {
            let profile = self.store.profile()?;
            let reminders = self.store.reminders()?;
            let blocked = self.store.screening()?.is_some_and(|s| s.red_flags);
            let next = self.upcoming(1)?.into_iter().next().and_then(|r| {
                let date = r.local_date.parse().ok()?;
                Some((date, r.local.get(11..16)?.to_owned()))
            });
            Ok(settings::build(
                &SettingsFacts {
                    profile: profile.as_ref(),
                    reminders: reminders.as_ref(),
                    next_reminder: next,
                    blocked,
                    cuff: self.store.paired_cuff()?.as_ref(),
                },
                self.language(),
            ))
        })
    }

    /// One training day on or off, the reminder time kept: what a day toggle sends, so no
    /// shell works out the new set of days. Switching the last day off is refused.
    pub fn set_training_day(
        &self,
        day: Weekday,
        on: bool,
    ) -> Result<SettingsScreen, KernkrachtError> {
        self.call(|| {
            let (days, time) = self.days_and_time()?;
            self.apply_days(&Weekday::toggled(&days, day, on), time)
        })?;
        self.settings_screen()
    }

    /// A new reminder time, the training days kept.
    pub fn set_reminder_time(&self, time: LocalTime) -> Result<SettingsScreen, KernkrachtError> {
        self.call(|| {
            let (days, _) = self.days_and_time()?;
            self.apply_days(&days, time)
        })?;
        self.settings_screen()
    }

    /// Switches every text to `language` and keeps it in the profile; the reminders are
    /// rescheduled with their text in the new language.
    pub fn change_language(&self, language: Language) -> Result<SettingsScreen, KernkrachtError> {
        self.set_language(language);
        self.call(|| {
            if let Some(mut profile) = self.store.profile()? {
                profile.language = language;
                self.store
                    .save_profile(&profile, self.device.clock.now_ms())?;
            }
            self.reschedule()
        })?;
        self.settings_screen()
    }
}

impl Kernkracht {
    /// The stored days and time; before any are stored, what the settings screen shows then:
    /// no days, the leaflets' 18:00.
    fn days_and_time(&self) -> Result<(Vec<Weekday>, LocalTime), Failure> {
        Ok(self
            .store
            .reminders()?
            .map_or((Vec::new(), PROPOSED_TIME), |r| (r.weekdays, r.time)))
    }
}
