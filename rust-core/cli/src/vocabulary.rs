//! The words the app's screens use for its options, in both languages, as [`Choices`]: the
//! onboarding screen lists every language, goal, piece of equipment and weekday, so its two
//! language versions (from throwaway flows, which store nothing) are the vocabulary.

use std::sync::Arc;

use kernkracht::api::app::Kernkracht;
use kernkracht::api::{Equipment, Goal, KernkrachtError, Language, OnboardingScreen, Weekday};

use crate::choices::Choices;
use crate::lang::Lang;

pub struct Vocabulary {
    /// The user's language first, then the other.
    screens: [OnboardingScreen; 2],
}

impl Vocabulary {
    pub fn new(app: &Arc<Kernkracht>, lang: Lang) -> Result<Vocabulary, KernkrachtError> {
        let other = match lang {
            Lang::Nl => Language::En,
            Lang::En => Language::Nl,
        };
        let screen = |language| -> Result<OnboardingScreen, KernkrachtError> {
            Ok(app.clone().start_onboarding()?.choose_language(language))
        };
        Ok(Vocabulary {
            screens: [screen(lang.language())?, screen(other)?],
        })
    }

    pub fn languages(&self) -> Choices<Language> {
        self.choices(|s| {
            s.languages
                .iter()
                .map(|l| (l.language, l.label.clone()))
                .collect()
        })
    }

    pub fn goals(&self) -> Choices<Goal> {
        self.choices(|s| s.goals.iter().map(|g| (g.goal, g.label.clone())).collect())
    }

    pub fn equipment(&self) -> Choices<Equipment> {
        self.choices(|s| {
            s.equipment
                .iter()
                .map(|e| (e.item, e.label.clone()))
                .collect()
        })
    }

    pub fn weekdays(&self) -> Choices<Weekday> {
        self.choices(|s| {
            s.schedule
                .days
                .iter()
                .map(|d| (d.weekday, d.label.clone()))
                .collect()
        })
    }

    fn choices<T: Copy + PartialEq + serde::Serialize>(
        &self,
        options: impl Fn(&OnboardingScreen) -> Vec<(T, String)>,
    ) -> Choices<T> {
        Choices::new(self.screens.iter().flat_map(options))
    }
}
