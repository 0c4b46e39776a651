//! Onboarding for the shells: a flow object that holds the answers so far and returns the
//! screen after every answer; `finish` saves the profile, the first screening and the
//! reminders, and hands the reminders to the scheduler.

use std::sync::{Arc, Mutex, MutexGuard};

use crate::api::app::Kernkracht;
use crate::api::KernkrachtError;
use crate::catalogue::Equipment;
use crate::coach::Failure;
use crate::language::Language;
use crate::profile::{self, Goal, Profile};
use crate::reminders::{LocalTime, ReminderSettings, Weekday};
use crate::screens::onboarding as screen;
use crate::screens::onboarding::{Draft, OnboardingScreen};

/// The onboarding flow in progress.
#[derive(uniffi::Object)]
pub struct OnboardingFlow {
    app: Arc<Kernkracht>,
    draft: Mutex<Draft>,
}

#[uniffi::export]
impl Kernkracht {
    /// Starts onboarding in the app's language, proposing the leaflets' training days and
    /// time in the device's time zone.
    pub fn start_onboarding(self: Arc<Self>) -> Result<Arc<OnboardingFlow>, KernkrachtError> {
        self.call(|| {
            let proposed = ReminderSettings::default_in(&self.device.clock.time_zone())?;
            Ok(Arc::new(OnboardingFlow {
                draft: Mutex::new(Draft::new(self.language(), proposed)),
                app: self.clone(),
            }))
        })
    }
}

#[uniffi::export]
impl OnboardingFlow {
    pub fn screen(&self) -> OnboardingScreen {
        screen::build(&self.draft())
    }

    /// The app's language: every text of the flow switches at once.
    pub fn choose_language(&self, language: Language) -> OnboardingScreen {
        self.change(|d| d.language = language)
    }

    /// The height as typed (`180`, `180 cm`, `167,5`); a wrong entry stays with its message.
    pub fn enter_height(&self, text: String) -> OnboardingScreen {
        self.change(|d| d.height_text = text)
    }

    pub fn answer_red_flags(&self, yes: bool) -> OnboardingScreen {
        self.change(|d| d.red_flags = Some(yes))
    }

    pub fn answer_acute_pain(&self, yes: bool) -> OnboardingScreen {
        self.change(|d| d.acute_pain = Some(yes))
    }

    pub fn choose_goal(&self, goal: Goal) -> OnboardingScreen {
        self.change(|d| d.goal = Some(goal))
    }

    pub fn set_equipment(&self, item: Equipment, owned: bool) -> OnboardingScreen {
        self.change(|d| d.set_equipment(item, owned))
    }

    pub fn set_training_day(&self, day: Weekday, on: bool) -> OnboardingScreen {
        self.change(|d| d.set_day(day, on))
    }

    /// The reminder time; an impossible time is refused and the old one stays.
    pub fn set_time(&self, hour: u8, minute: u8) -> Result<OnboardingScreen, KernkrachtError> {
        let language = self.draft().language;
        let time = crate::api::error::in_language(language, || Ok(LocalTime::new(hour, minute)?))?;
        Ok(self.change(|d| d.time = time))
    }

    /// To the next step, when this one is complete (else the screen says what is missing).
    pub fn next(&self) -> OnboardingScreen {
        self.change(|d| {
            d.advance();
        })
    }

    pub fn back(&self) -> OnboardingScreen {
        self.change(Draft::back)
    }

    /// Saves the answers: the profile with its ball, the screening and the reminders, which
    /// go to the scheduler. Refused, naming the first incomplete step, until every step is
    /// complete.
    pub fn finish(&self) -> Result<Profile, KernkrachtError> {
        let draft = self.draft().clone();
        self.app.set_language(draft.language);
        self.app.call(|| {
            let answers = draft
                .answers()
                .map_err(|(step, problem)| Failure::Incomplete {
                    step: step as u32 + 1,
                    problem,
                })?;
            let now = self.app.device.clock.now_ms();
            let (profile, screening, reminders) = profile::complete(&answers, now)?;
            self.app
                .store
                .save_onboarding(&profile, &screening, &reminders, now)?;
            log::info!("onboarding saved: {} cm ball", profile.ball_diameter_cm);
            self.app.reschedule()?;
            Ok(profile)
        })
    }
}

impl OnboardingFlow {
    fn draft(&self) -> MutexGuard<'_, Draft> {
        self.draft.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn change(&self, change: impl FnOnce(&mut Draft)) -> OnboardingScreen {
        let mut draft = self.draft();
        change(&mut draft);
        screen::build(&draft)
    }
}
