//! The app object: the shell opens it once with a database path, a locale and the device
//! (clock and reminder alarms), and it hands out every screen and action that needs the
//! user's data.

use std::path::Path;
use std::sync::{Arc, Mutex};

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::api::device::{Clock, Device, ReminderScheduler};
use crate::api::error::in_language;
use crate::api::KernkrachtError;
use crate::catalogue::{Catalogue, Exercise};
use crate::coach::Failure;
use crate::language::Language;
use crate::profile::{Profile, Screening};
use crate::reminders::schedule;
use crate::store::{self, Store};

/// The most reminders handed to the phone at once (iOS keeps at most 64 pending).
pub const MAX_REMINDERS: usize = schedule::MAX_REMINDERS;

/// The open app: the user's database, language and device.
#[derive(uniffi::Object)]
pub struct Kernkracht {
    pub(crate) store: Store,
    language: Mutex<Language>,
    pub(crate) device: Device,
}

#[uniffi::export]
impl Kernkracht {
    /// Opens (or creates) the database at `database_path`; the shell chooses the place
    /// (Android: the files directory; iOS: Application Support). A file that is not a
    /// Kernkracht database, is damaged, belongs to another program or comes from a newer app
    /// version is refused and left untouched: see [`move_damaged_database_aside`]. The
    /// language follows the stored profile once there is one, else `locale`.
    #[uniffi::constructor]
    pub fn open(
        database_path: String,
        locale: String,
        clock: Arc<dyn Clock>,
        scheduler: Arc<dyn ReminderScheduler>,
    ) -> Result<Arc<Kernkracht>, KernkrachtError> {
        let fallback = Language::from_locale(&locale);
        in_language(fallback, || {
            let store = Store::open(Path::new(&database_path))?;
            let language = store.profile()?.map_or(fallback, |p| p.language);
            Ok(Arc::new(Kernkracht {
                store,
                language: Mutex::new(language),
                device: Device { clock, scheduler },
            }))
        })
    }

    /// The language every text and message is in.
    pub fn language(&self) -> Language {
        *self.language.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The profile, or nothing before onboarding.
    pub fn profile(&self) -> Result<Option<Profile>, KernkrachtError> {
        self.call(|| Ok(self.store.profile()?))
    }

    /// The latest answers to the safety screening.
    pub fn screening(&self) -> Result<Option<Screening>, KernkrachtError> {
        self.call(|| Ok(self.store.screening()?))
    }

    /// A doctor has seen the user and allows training: the warning sign no longer blocks the
    /// program, and the reminders come back.
    pub fn confirm_doctor_cleared(&self) -> Result<(), KernkrachtError> {
        self.call(|| self.answer_screening(|s| s.red_flags = false))
    }

    /// The worst of the acute pain is over: the post-acute program starts.
    pub fn confirm_pain_settled(&self) -> Result<(), KernkrachtError> {
        self.call(|| self.answer_screening(|s| s.acute_pain = false))
    }

    /// Hands the complete reminder list to the scheduler again: call it after a reboot, a
    /// clock or time-zone change and an app update.
    pub fn reschedule_reminders(&self) -> Result<(), KernkrachtError> {
        self.call(|| self.reschedule())
    }

    /// All user data as one versioned JSON document, for a backup or the physiotherapist.
    pub fn export_backup(&self) -> Result<String, KernkrachtError> {
        self.call(|| {
            let backup = self.store.export(self.device.clock.now_ms())?;
            serde_json::to_string_pretty(&backup)
                .map_err(|e| Failure::Internal(format!("the backup cannot be written: {e}")))
        })
    }

    /// Replaces all user data with a backup's; an invalid, newer or damaged backup changes
    /// nothing and the error says what is wrong.
    pub fn import_backup(&self, json: String) -> Result<(), KernkrachtError> {
        self.call(|| {
            self.store.import_json(&json)?;
            if let Some(profile) = self.store.profile()? {
                self.set_language(profile.language);
            }
            self.reschedule()
        })
    }

    /// Deletes everything the user entered and did; the app starts again at onboarding and
    /// no reminder stays scheduled.
    pub fn delete_all_data(&self) -> Result<(), KernkrachtError> {
        self.call(|| {
            self.store.delete_all()?;
            self.reschedule()
        })
    }

    /// SQLite's full integrity check of the database.
    pub fn check_integrity(&self) -> Result<(), KernkrachtError> {
        self.call(|| Ok(self.store.check_integrity()?))
    }

    pub fn database_path(&self) -> String {
        self.store.path().display().to_string()
    }
}

impl Kernkracht {
    /// Runs an app-path call, wording its failure in the user's language.
    pub(crate) fn call<T>(
        &self,
        call: impl FnOnce() -> Result<T, Failure>,
    ) -> Result<T, KernkrachtError> {
        in_language(self.language(), call)
    }

    pub(crate) fn set_language(&self, language: Language) {
        *self.language.lock().unwrap_or_else(|e| e.into_inner()) = language;
    }

    /// Now, and the device's time zone.
    pub(crate) fn now(&self) -> Result<(Timestamp, TimeZone), Failure> {
        let ms = self.device.clock.now_ms();
        let now = Timestamp::from_millisecond(ms).map_err(|_| Failure::BadTime(ms))?;
        let zone = schedule::time_zone(&self.device.clock.time_zone())?;
        Ok((now, zone))
    }

    /// Computes the complete reminder list and hands it to the scheduler.
    pub(crate) fn reschedule(&self) -> Result<(), Failure> {
        let reminders = self.upcoming(MAX_REMINDERS)?;
        log::info!("{} reminders handed to the scheduler", reminders.len());
        self.device.scheduler.schedule(reminders);
        Ok(())
    }

    fn answer_screening(&self, change: impl FnOnce(&mut Screening)) -> Result<(), Failure> {
        let mut screening = self
            .store
            .screening()?
            .ok_or(Failure::Blocked(crate::program::Block::NoProfile))?;
        screening.answered_at_ms = self.device.clock.now_ms();
        change(&mut screening);
        self.store.record_screening(&screening)?;
        self.reschedule()
    }
}

/// Moves a refused database file aside (keeping it, with its WAL files) so that opening the
/// same path starts fresh; returns where the file went. Messages are in `language`.
#[uniffi::export]
pub fn move_damaged_database_aside(
    database_path: String,
    language: Language,
) -> Result<String, KernkrachtError> {
    in_language(language, || {
        Ok(store::move_aside(Path::new(&database_path))?
            .display()
            .to_string())
    })
}

/// The built-in catalogue; it is checked when it loads.
pub(crate) fn catalogue() -> Result<&'static Catalogue, Failure> {
    Ok(Catalogue::builtin()?)
}

/// The catalogue exercise with this id.
pub(crate) fn find_exercise(id: &str) -> Result<&'static Exercise, Failure> {
    catalogue()?
        .exercise(id)
        .ok_or_else(|| Failure::NoExercise(id.to_owned()))
}
