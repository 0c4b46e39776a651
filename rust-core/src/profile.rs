//! The user's profile from onboarding: height and the ball it calls for, language, goal,
//! equipment and the safety screening.
//!
//! The screening decides whether training may start at all: a red flag means seeing a doctor
//! first; acute pain means no exercises yet, since the leaflets' programmes are for the
//! post-acute phase, once the worst pain has gone (leaflet 001).

use serde::{Deserialize, Serialize};

use crate::ball::{self, BallError};
use crate::catalogue::Equipment;
use crate::language::{Language, Localized};
use crate::reminders::{ReminderSettings, SettingsError};

/// Why the user trains.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Goal {
    /// Recovering from a back complaint or injury (leaflet 000's pain rule applies).
    Recovery,
    /// Performing better at sport, without a complaint.
    SportPerformance,
}

/// The answers to the safety screening, and when they were given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct Screening {
    /// Milliseconds since the Unix epoch, UTC.
    pub answered_at_ms: i64,
    /// Any warning sign that needs a doctor before training.
    pub red_flags: bool,
    /// The back pain is still acute.
    pub acute_pain: bool,
}

/// What onboarding asks.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct Onboarding {
    pub height_cm: f64,
    pub language: Language,
    pub goal: Goal,
    pub equipment: Vec<Equipment>,
    pub red_flags: bool,
    pub acute_pain: bool,
    pub reminders: ReminderSettings,
}

/// The stored profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, uniffi::Record)]
pub struct Profile {
    pub height_cm: f64,
    /// Derived from the height (leaflet 000).
    pub ball_diameter_cm: u32,
    pub language: Language,
    pub goal: Goal,
    /// Sorted, each item once.
    pub equipment: Vec<Equipment>,
    pub onboarding_done: bool,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ProfileError {
    #[error(transparent)]
    Height(#[from] BallError),
    #[error(transparent)]
    Reminders(#[from] SettingsError),
}

impl Localized for ProfileError {
    fn localized(&self, language: Language) -> String {
        match self {
            ProfileError::Height(error) => error.localized(language),
            ProfileError::Reminders(error) => error.localized(language),
        }
    }
}

#[cfg(test)]
impl ProfileError {
    /// One value of every variant, for the tests.
    pub(crate) fn samples() -> Vec<ProfileError> {
        vec![
            ProfileError::Height(BallError::LooksLikeMetres { height: 1.75 }),
            ProfileError::Reminders(SettingsError::InvalidTime("25:00".into())),
        ]
    }
}

/// Checks onboarding answers and derives the profile, the first screening and the reminder
/// settings from them.
pub fn complete(
    onboarding: &Onboarding,
    now_ms: i64,
) -> Result<(Profile, Screening, ReminderSettings), ProfileError> {
    let ball = ball::recommend(onboarding.height_cm)?;
    let reminders = ReminderSettings::new(
        &onboarding.reminders.weekdays,
        onboarding.reminders.time,
        &onboarding.reminders.time_zone,
    )?;
    let mut equipment = onboarding.equipment.clone();
    equipment.sort_by_key(|item| *item as u8);
    equipment.dedup();
    let profile = Profile {
        height_cm: onboarding.height_cm,
        ball_diameter_cm: ball.diameter_cm,
        language: onboarding.language,
        goal: onboarding.goal,
        equipment,
        onboarding_done: true,
    };
    let screening = Screening {
        answered_at_ms: now_ms,
        red_flags: onboarding.red_flags,
        acute_pain: onboarding.acute_pain,
    };
    Ok((profile, screening, reminders))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::{LocalTime, Weekday};

    fn onboarding(height_cm: f64) -> Onboarding {
        Onboarding {
            height_cm,
            language: Language::Nl,
            goal: Goal::Recovery,
            equipment: vec![Equipment::Mat, Equipment::Ball, Equipment::Mat],
            red_flags: false,
            acute_pain: false,
            reminders: ReminderSettings {
                weekdays: vec![Weekday::Fri, Weekday::Mon],
                time: LocalTime {
                    hour: 18,
                    minute: 0,
                },
                time_zone: "Europe/Amsterdam".into(),
            },
        }
    }

    #[test]
    fn the_ball_follows_the_height_and_lists_are_normalised() {
        let (profile, screening, reminders) = complete(&onboarding(190.0), 1_000).unwrap();
        assert_eq!(profile.ball_diameter_cm, 75);
        assert_eq!(profile.equipment, [Equipment::Mat, Equipment::Ball]);
        assert!(profile.onboarding_done);
        assert_eq!(screening.answered_at_ms, 1_000);
        assert_eq!(reminders.weekdays, [Weekday::Mon, Weekday::Fri]);
    }

    #[test]
    fn bad_answers_are_typed_errors() {
        assert!(matches!(
            complete(&onboarding(f64::NAN), 0),
            Err(ProfileError::Height(BallError::NotANumber))
        ));
        let mut no_days = onboarding(170.0);
        no_days.reminders.weekdays.clear();
        assert!(matches!(
            complete(&no_days, 0),
            Err(ProfileError::Reminders(SettingsError::NoDays))
        ));
    }

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in ProfileError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        let no_days = ProfileError::Reminders(SettingsError::NoDays);
        assert_eq!(
            no_days.localized(Language::Nl),
            SettingsError::NoDays.localized(Language::Nl)
        );
    }
}
