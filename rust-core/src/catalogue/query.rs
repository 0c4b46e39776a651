//! Filtering the catalogue: what the browse screen, the CLI and the program composer ask.

use super::model::{Category, Equipment, Exercise, Position};

/// Which exercises to list; every criterion left empty lets all through.
#[derive(Debug, Clone, Default, PartialEq, Eq, uniffi::Record)]
pub struct ExerciseFilter {
    #[uniffi(default = None)]
    pub category: Option<Category>,
    #[uniffi(default = None)]
    pub position: Option<Position>,
    /// Only exercises whose required equipment is all in this list.
    #[uniffi(default = None)]
    pub equipment_available: Option<Vec<Equipment>>,
    /// Only this phase of leaflet 002's stabilisation track (1–4).
    #[uniffi(default = None)]
    pub stabilisation_phase: Option<u8>,
    /// `Some(true)`: only cuff exercises; `Some(false)`: none of them.
    #[uniffi(default = None)]
    pub needs_cuff: Option<bool>,
    /// Leave out exercises that are only for after the acute phase.
    #[uniffi(default = false)]
    pub acute_phase: bool,
}

impl ExerciseFilter {
    pub fn matches(&self, e: &Exercise) -> bool {
        self.category.is_none_or(|c| e.category == c)
            && self.position.is_none_or(|p| e.position == p)
            && self
                .equipment_available
                .as_ref()
                .is_none_or(|owned| e.equipment.satisfied_by(owned))
            && self
                .stabilisation_phase
                .is_none_or(|phase| e.stabilisation_phase == Some(phase))
            && self.needs_cuff.is_none_or(|cuff| e.pbu.is_some() == cuff)
            && !(self.acute_phase && e.after_acute_only)
    }
}
