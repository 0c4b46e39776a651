//! The exercise catalogue for the shells: browse, filter and read exercises and advice, with
//! every text already in the reader's language.

use std::sync::Arc;

use serde::Serialize;

use crate::api::app::{catalogue, find_exercise};
use crate::api::error::in_language;
use crate::api::KernkrachtError;
use crate::catalogue::{
    self as domain, AdviceTopic, Category, Dosage, Equipment, ExerciseFilter, Level, Muscle,
    PainRule, PbuGoal, Position, Sides,
};
use crate::language::Language;
use crate::screens::words;

/// Equipment an exercise uses, and whether it cannot be done without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct EquipmentNeed {
    pub item: Equipment,
    /// The item's name in the reader's language.
    pub label: String,
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
    pub category_label: String,
    pub position: Position,
    pub position_label: String,
    pub start_position: String,
    pub steps: Vec<String>,
    pub attention: Vec<String>,
    pub purpose: Option<String>,
    pub muscles: Vec<Muscle>,
    pub level: Level,
    pub level_label: String,
    pub stabilisation_phase: Option<u8>,
    pub after_acute_only: bool,
    pub pain_rule: PainRule,
    /// What the pain rule asks of the user, as a sentence.
    pub pain_rule_text: String,
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
    /// Opens the catalogue in `language`.
    #[uniffi::constructor]
    pub fn new(language: Language) -> Result<Arc<Catalogue>, KernkrachtError> {
        in_language(language, || {
            Ok(Arc::new(Catalogue {
                catalogue: catalogue()?,
                language,
            }))
        })
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
        in_language(self.language, || {
            find_exercise(&id).map(|e| self.exercise_in_language(e))
        })
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
            category_label: words::category(e.category, lang).to_owned(),
            position: e.position,
            position_label: words::position(e.position, lang).to_owned(),
            start_position: e.start_position.get(lang).to_owned(),
            steps: texts(&e.steps),
            attention: texts(&e.attention),
            purpose: e.purpose.as_ref().map(|p| p.get(lang).to_owned()),
            muscles: e.muscles.clone(),
            level: e.level,
            level_label: words::level(e.level, lang).to_owned(),
            stabilisation_phase: e.stabilisation_phase,
            after_acute_only: e.after_acute_only,
            pain_rule: e.pain_rule,
            pain_rule_text: words::pain_rule(e.pain_rule, lang).to_owned(),
            sides: e.sides,
            equipment: equipment_needs(&e.equipment, lang),
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

/// Required items first, then the optional ones.
fn equipment_needs(needs: &domain::EquipmentNeeds, language: Language) -> Vec<EquipmentNeed> {
    let tagged = |items: &[Equipment], required: bool| {
        items
            .iter()
            .map(|&item| EquipmentNeed {
                item,
                label: words::equipment(item, language).to_owned(),
                required,
            })
            .collect::<Vec<_>>()
    };
    let mut all = tagged(&needs.required, true);
    all.extend(tagged(&needs.optional, false));
    all
}
