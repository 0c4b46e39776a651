//! The exercise catalogue for the shells: browse, filter and read exercises and advice, with
//! every text already in the reader's language.

use std::sync::Arc;

use serde::Serialize;

use crate::api::KernkrachtError;
use crate::catalogue::{
    self as domain, AdviceTopic, Category, Dosage, Equipment, ExerciseFilter, Level, Muscle,
    PainRule, PbuGoal, Position, Sides,
};
use crate::language::Language;

/// Equipment an exercise uses, and whether it cannot be done without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct EquipmentNeed {
    pub item: Equipment,
    pub required: bool,
}

/// The pressure targets of a pressure-biofeedback exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct PbuTarget {
    /// Inflate the cushion to this pressure before starting.
    pub start_mmhg: u32,
    /// Where the cushion goes.
    pub placement: String,
    pub goal: PbuGoal,
}

/// One exercise, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Exercise {
    pub id: String,
    pub name: String,
    /// The leaflet's file name, e.g. `000_2ed1d70e49eff7ef.txt`.
    pub source: String,
    /// The leaflet's own heading, verbatim (Dutch), for tracing.
    pub section: String,
    /// The leaflet's own number or letter for the exercise.
    pub number: Option<String>,
    pub category: Category,
    pub position: Position,
    pub start_position: String,
    pub steps: Vec<String>,
    pub attention: Vec<String>,
    pub purpose: Option<String>,
    pub muscles: Vec<Muscle>,
    pub level: Level,
    pub stabilisation_phase: Option<u8>,
    pub after_acute_only: bool,
    pub pain_rule: PainRule,
    pub sides: Sides,
    pub equipment: Vec<EquipmentNeed>,
    pub variant_of: Option<String>,
    pub progresses_to: Vec<String>,
    pub variations: Vec<String>,
    pub dosage: Dosage,
    /// The dosage in a few words, e.g. "3 × 15 reps, in blocks of 15 per side".
    pub dosage_summary: String,
    pub pbu: Option<PbuTarget>,
}

/// A piece of general advice, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Advice {
    pub id: String,
    pub topic: AdviceTopic,
    pub title: String,
    pub points: Vec<String>,
    pub source: String,
    pub section: String,
}

/// A source leaflet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct Leaflet {
    pub source: String,
    pub title: String,
}

/// Reads the catalogue in one language.
#[derive(Debug, uniffi::Object)]
pub struct Catalogue {
    catalogue: &'static domain::Catalogue,
    language: Language,
}

#[uniffi::export]
impl Catalogue {
    /// Opens the catalogue for a locale such as `nl-BE` or `en-GB`; anything not Dutch reads
    /// English.
    #[uniffi::constructor]
    pub fn new(locale: String) -> Result<Arc<Catalogue>, KernkrachtError> {
        Ok(Arc::new(Catalogue {
            catalogue: domain::Catalogue::builtin()?,
            language: Language::from_locale(&locale),
        }))
    }

    /// The language the texts are in.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The exercises that pass `filter`, in leaflet order.
    pub fn exercises(&self, filter: ExerciseFilter) -> Vec<Exercise> {
        self.catalogue
            .find(&filter)
            .map(|e| self.exercise_in_language(e))
            .collect()
    }

    /// One exercise by its id.
    pub fn exercise(&self, id: String) -> Result<Exercise, KernkrachtError> {
        find_exercise(self.catalogue, &id).map(|e| self.exercise_in_language(e))
    }

    /// The general advice, on one topic or all of it, in leaflet order.
    pub fn advice(&self, topic: Option<AdviceTopic>) -> Vec<Advice> {
        let lang = self.language;
        self.catalogue
            .advice()
            .iter()
            .filter(|a| topic.is_none_or(|t| a.topic == t))
            .map(|a| Advice {
                id: a.id.clone(),
                topic: a.topic,
                title: a.title.get(lang).to_owned(),
                points: a.points.iter().map(|p| p.get(lang).to_owned()).collect(),
                source: a.leaflet.clone(),
                section: a.section.clone(),
            })
            .collect()
    }

    /// The five source leaflets.
    pub fn leaflets(&self) -> Vec<Leaflet> {
        self.catalogue
            .leaflets()
            .iter()
            .map(|l| Leaflet {
                source: l.source.clone(),
                title: l.title.get(self.language).to_owned(),
            })
            .collect()
    }
}

impl Catalogue {
    fn exercise_in_language(&self, e: &domain::Exercise) -> Exercise {
        let lang = self.language;
        let texts = |texts: &[crate::language::Text]| -> Vec<String> {
            texts.iter().map(|t| t.get(lang).to_owned()).collect()
        };
        Exercise {
            id: e.id.clone(),
            name: e.name.get(lang).to_owned(),
            source: e.leaflet.clone(),
            section: e.section.clone(),
            number: e.number.clone(),
            category: e.category,
            position: e.position,
            start_position: e.start_position.get(lang).to_owned(),
            steps: texts(&e.steps),
            attention: texts(&e.attention),
            purpose: e.purpose.as_ref().map(|p| p.get(lang).to_owned()),
            muscles: e.muscles.clone(),
            level: e.level,
            stabilisation_phase: e.stabilisation_phase,
            after_acute_only: e.after_acute_only,
            pain_rule: e.pain_rule,
            sides: e.sides,
            equipment: equipment_needs(&e.equipment),
            variant_of: e.variant_of.clone(),
            progresses_to: e.progresses_to.clone(),
            variations: texts(&e.variations),
            dosage: e.dosage.clone(),
            dosage_summary: domain::describe_dosage(&e.dosage, e.sides, lang),
            pbu: e.pbu.as_ref().map(|p| PbuTarget {
                start_mmhg: p.start_mmhg,
                placement: p.placement.get(lang).to_owned(),
                goal: p.goal,
            }),
        }
    }
}

/// The exercise with this id, or [`KernkrachtError::NotFound`].
pub(crate) fn find_exercise<'a>(
    catalogue: &'a domain::Catalogue,
    id: &str,
) -> Result<&'a domain::Exercise, KernkrachtError> {
    catalogue
        .exercise(id)
        .ok_or_else(|| KernkrachtError::NotFound(format!("no exercise has the id '{id}'")))
}

/// Required items first, then the optional ones.
fn equipment_needs(needs: &domain::EquipmentNeeds) -> Vec<EquipmentNeed> {
    let tagged = |items: &[Equipment], required: bool| {
        items
            .iter()
            .map(|&item| EquipmentNeed { item, required })
            .collect::<Vec<_>>()
    };
    let mut all = tagged(&needs.required, true);
    all.extend(tagged(&needs.optional, false));
    all
}
