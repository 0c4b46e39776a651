//! A planned session: what to do, in which order, and how much.

use serde::{Deserialize, Serialize};

use crate::catalogue::{Dosage, Range, Sides};

/// The part of the session an exercise belongs to; parts follow each other in this order.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// A light warm-up first (001, 003).
    WarmUp,
    /// The pelvic tilt and the basic programme, every session (001).
    Basics,
    /// Strengthening, stabilisation and mobility from different groups (001, 002).
    Main,
    /// Stretches at the end (001, 004).
    Stretches,
}

/// Something the user should know about today's session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Caution {
    /// Last time the basic exercises did not go without problems: only those today.
    BasicsOnly,
    /// Complaints are getting worse: contact the doctor or physiotherapist (003).
    ContactDoctorOrPhysio,
}

/// One exercise in the plan, with the dosage for today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct PlannedExercise {
    pub exercise_id: String,
    pub part: Part,
    pub sets: u32,
    pub reps: Option<u32>,
    pub hold_seconds: Option<u32>,
    pub hold_counts: Option<u32>,
    pub sides: Sides,
    /// Rest between sets.
    pub rest_seconds: u32,
    /// Do as many as you can, once: the result sets the start number (leaflet 003).
    pub max_test: bool,
    pub estimated_seconds: u32,
}

impl PlannedExercise {
    /// Today's amounts as a catalogue dosage, so it is summarised in the catalogue's words.
    pub fn dosage(&self) -> Dosage {
        Dosage {
            sets: (self.sets > 1).then_some(self.sets),
            reps: self.reps.map(Range::exactly),
            hold_seconds: self.hold_seconds.map(Range::exactly),
            hold_counts: self.hold_counts,
            rest_seconds: (self.sets > 1 && self.rest_seconds > 0).then_some(self.rest_seconds),
            ..Dosage::default()
        }
    }
}

/// A composed session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
pub struct PlannedSession {
    /// 1 for the user's first session.
    pub number: u32,
    pub exercises: Vec<PlannedExercise>,
    pub estimated_seconds: u32,
    pub cautions: Vec<Caution>,
}
