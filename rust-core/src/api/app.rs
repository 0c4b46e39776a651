//! The app object: the shell opens it once with a database path and a locale, and it hands
//! out everything that needs the user's data.

use std::path::Path;
use std::sync::Arc;

use crate::api::catalogue::Catalogue;
use crate::api::KernkrachtError;
use crate::clock::now_ms;
use crate::language::Language;
use crate::profile::{self, Onboarding, Profile, Screening};
use crate::reminders::ReminderSettings;
use crate::store::{self, Store};

/// The open app: the user's database and language.
#[derive(Debug, uniffi::Object)]
pub struct Kernkracht {
    pub(crate) store: Store,
    language: Language,
}

#[uniffi::export]
impl Kernkracht {
    /// Opens (or creates) the database at `database_path`; the shell chooses the place
    /// (Android: the files directory; iOS: Application Support). A file that is not a
    /// Kernkracht database, is damaged, or comes from a newer app version is refused and
    /// left untouched: see [`move_damaged_database_aside`].
    #[uniffi::constructor]
    pub fn open(database_path: String, locale: String) -> Result<Arc<Kernkracht>, KernkrachtError> {
        Ok(Arc::new(Kernkracht {
            store: Store::open(Path::new(&database_path))?,
            language: Language::from_locale(&locale),
        }))
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// The exercise catalogue in the app's language.
    pub fn catalogue(&self) -> Result<Arc<Catalogue>, KernkrachtError> {
        Catalogue::new(crate::keys::to_key(&self.language).unwrap_or_default())
    }

    /// Stores the onboarding answers with the ball size, screening and reminders they imply.
    pub fn complete_onboarding(&self, onboarding: Onboarding) -> Result<Profile, KernkrachtError> {
        let now = now_ms();
        let (profile, screening, reminders) = profile::complete(&onboarding, now)?;
        self.store
            .save_onboarding(&profile, &screening, &reminders, now)?;
        log::info!("onboarding saved: {} cm ball", profile.ball_diameter_cm);
        Ok(profile)
    }

    /// The profile, or nothing before onboarding.
    pub fn profile(&self) -> Result<Option<Profile>, KernkrachtError> {
        Ok(self.store.profile()?)
    }

    /// The latest answers to the safety screening.
    pub fn screening(&self) -> Result<Option<Screening>, KernkrachtError> {
        Ok(self.store.screening()?)
    }

    /// Records new screening answers, e.g. when the acute pain has settled.
    pub fn update_screening(
        &self,
        red_flags: bool,
        acute_pain: bool,
    ) -> Result<Screening, KernkrachtError> {
        let screening = Screening {
            answered_at_ms: now_ms(),
            red_flags,
            acute_pain,
        };
        self.store.record_screening(&screening)?;
        Ok(screening)
    }

    pub fn reminder_settings(&self) -> Result<Option<ReminderSettings>, KernkrachtError> {
        Ok(self.store.reminders()?)
    }

    /// All user data as one versioned JSON document, for a backup or the physiotherapist.
    pub fn export_backup(&self) -> Result<String, KernkrachtError> {
        let backup = self.store.export(now_ms())?;
        serde_json::to_string_pretty(&backup)
            .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))
    }

    /// Replaces all user data with a backup's; an invalid, newer or damaged backup changes
    /// nothing and the error says what is wrong.
    pub fn import_backup(&self, json: String) -> Result<(), KernkrachtError> {
        Ok(self.store.import_json(&json)?)
    }

    /// SQLite's full integrity check of the database.
    pub fn check_integrity(&self) -> Result<(), KernkrachtError> {
        Ok(self.store.check_integrity()?)
    }

    pub fn database_path(&self) -> String {
        self.store.path().display().to_string()
    }
}

/// Moves a refused database file aside (keeping it, with its WAL files) so that opening the
/// same path starts fresh; returns where the file went.
#[uniffi::export]
pub fn move_damaged_database_aside(database_path: String) -> Result<String, KernkrachtError> {
    Ok(store::move_aside(Path::new(&database_path))?
        .display()
        .to_string())
}
