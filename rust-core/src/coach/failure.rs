//! Everything that can go wrong on the app's path, before it reaches the shells: each domain
//! module's own error, plus the coach's. The facade turns a `Failure` into the public error in
//! one place, worded in the user's language.

use crate::ball::BallError;
use crate::ble::BleError;
use crate::catalogue::CatalogueError;
use crate::cuff::{CodecError, CuffError, UuidError};
use crate::language::{Language, Localized};
use crate::profile::ProfileError;
use crate::program::Block;
use crate::reminders::schedule::ScheduleError;
use crate::reminders::SettingsError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Schedule(#[from] ScheduleError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error(transparent)]
    Ball(#[from] BallError),
    #[error(transparent)]
    Catalogue(#[from] CatalogueError),
    #[error(transparent)]
    Ble(#[from] BleError),
    #[error(transparent)]
    Cuff(#[from] CuffError),
    #[error(transparent)]
    Codec(#[from] CodecError),
    #[error(transparent)]
    Uuid(#[from] UuidError),
    /// Training is not possible now (no profile yet, or a warning sign).
    #[error("no session can start: {0}")]
    Blocked(Block),
    #[error("no session has the id {0}")]
    NoSession(i64),
    #[error("session {0} was started without a plan, so there is nothing to judge it by")]
    NoPlan(i64),
    #[error("the session's plan is damaged: {0}")]
    BadPlan(String),
    #[error("{0} is not a valid time")]
    BadTime(i64),
    #[error("a {what} score must be a whole number from 0 to {max}; {value} is not")]
    ScoreOutOfRange { what: Score, value: u32, max: u8 },
    #[error("no exercise has the id '{0}'")]
    NoExercise(String),
    #[error("no cuff is paired: scan and pair one first")]
    NoCuffPaired,
    #[error("no cuff '{0}' was found in the last search: search again")]
    NoCuffFound(String),
    /// Onboarding cannot finish: a step is incomplete; `problem` is already in the user's
    /// language.
    #[error("onboarding is incomplete at step {step}")]
    Incomplete { step: u32, problem: String },
    /// Something the app itself got wrong (it could not serialise its own data).
    #[error("internal error: {0}")]
    Internal(String),
}

/// What a score measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Score {
    Pain,
    Effort,
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Score::Pain => "pain",
            Score::Effort => "effort",
        })
    }
}

impl Localized for Failure {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            Failure::Store(e) => e.localized(language),
            Failure::Schedule(e) => e.localized(language),
            Failure::Settings(e) => e.localized(language),
            Failure::Profile(e) => e.localized(language),
            Failure::Ball(e) => e.localized(language),
            Failure::Catalogue(e) => e.localized(language),
            Failure::Ble(e) => e.localized(language),
            Failure::Cuff(e) => e.localized(language),
            Failure::Codec(e) => e.localized(language),
            Failure::Uuid(e) => e.localized(language),
            Failure::Blocked(block) => {
                format!("Er kan geen sessie beginnen: {}.", block.localized(language))
            }
            Failure::NoSession(id) => format!("Er bestaat geen sessie met nummer {id}."),
            Failure::NoPlan(id) => format!(
                "Sessie {id} werd zonder plan bewaard en kan niet beoordeeld worden."
            ),
            Failure::BadPlan(_) => "Het plan van de sessie is beschadigd.".into(),
            Failure::BadTime(ms) => format!("{ms} geldt niet als tijdstip."),
            Failure::ScoreOutOfRange { what, value, max } => {
                let what = match what {
                    Score::Pain => "pijnscore",
                    Score::Effort => "inspanningsscore",
                };
                format!("Geef als {what} een geheel getal van 0 tot {max}; {value} kan niet.")
            }
            Failure::NoExercise(id) => format!("Er bestaat geen oefening met de code '{id}'."),
            Failure::NoCuffFound(id) => format!(
                "Manchet '{id}' zat niet bij de gevonden manchetten: zoek opnieuw."
            ),
            Failure::NoCuffPaired => {
                "Nog geen manchet gekoppeld: zoek er een en koppel hem eerst.".into()
            }
            Failure::Incomplete { problem, .. } => problem.clone(),
            Failure::Internal(_) => {
                "Er ging in de app iets mis. Je gegevens zijn niet gewijzigd.".into()
            }
        }
    }
}

/// Refuses a score outside 0–10.
pub fn check_score(what: Score, value: u32) -> Result<u8, Failure> {
    u8::try_from(value)
        .ok()
        .filter(|&v| v <= crate::session::MAX_SCORE)
        .ok_or(Failure::ScoreOutOfRange {
            what,
            value,
            max: crate::session::MAX_SCORE,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every error a user may read, one value per variant: none of its Dutch texts may hold
    /// English (a technical detail stays in the English `Display` text, for the log).
    #[test]
    fn dutch_error_messages_hold_no_english() {
        fn dutch<E: Localized>(errors: Vec<E>) -> Vec<String> {
            errors
                .iter()
                .map(|error| error.localized(Language::Nl))
                .collect()
        }
        let texts = [
            dutch(vec![
                Failure::Blocked(Block::SeeDoctor),
                Failure::NoSession(3),
                Failure::BadTime(-1),
                Failure::ScoreOutOfRange {
                    what: Score::Pain,
                    value: 11,
                    max: 10,
                },
                Failure::NoExercise("moonwalk".into()),
                Failure::NoCuffPaired,
                Failure::NoCuffFound("AA:BB".into()),
                Failure::Internal("the plan cannot be saved".into()),
            ]),
            dutch(crate::ball::BallError::samples()),
            dutch(crate::profile::ProfileError::samples()),
            dutch(crate::reminders::SettingsError::samples()),
            dutch(crate::reminders::schedule::ScheduleError::samples()),
            dutch(crate::program::Block::samples()),
            dutch(crate::trace::TraceError::samples()),
            dutch(crate::store::StoreError::samples()),
            dutch(crate::ble::BleError::samples()),
            dutch(crate::cuff::CodecError::samples()),
            dutch(crate::cuff::CuffError::samples()),
            dutch(crate::cuff::UuidError::samples()),
            dutch(crate::catalogue::CatalogueError::samples()),
        ]
        .concat();
        for text in &texts {
            let english = crate::language::checks::english_words(text);
            assert!(english.is_empty(), "{text:?} holds {english:?}");
        }
    }
}
