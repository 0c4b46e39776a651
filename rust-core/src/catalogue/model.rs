//! The catalogue's data model, as written in the data files and as the rest of the core uses it.
//!
//! Serde reads the TOML straight into these types with unknown fields refused, so a typo in a
//! field or an enum value fails to load rather than silently dropping information. Rules that
//! span fields or entries live in `validate`.

use serde::{Deserialize, Serialize};

use crate::language::Text;

/// Kind of exercise; the program combines kinds into a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    WarmUp,
    Stabilisation,
    Strength,
    Stretch,
    Mobilisation,
    Relaxation,
    Balance,
    PressureBiofeedback,
}

/// The body position an exercise starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Supine,
    Prone,
    SideLying,
    HandsAndKnees,
    HandsAndFeet,
    Sitting,
    Standing,
    Kneeling,
    SupineOnBall,
    ProneOnBall,
    SittingOnBall,
}

/// How an exercise uses the left and right side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Sides {
    /// Symmetric: no sides.
    None,
    /// All repetitions on one side, then all on the other.
    Each,
    /// Left, right, left, … one repetition at a time.
    Alternating,
    /// Blocks of `block_reps` on one side, then the other (e.g. 15 left, 15 right, 15 left).
    AlternatingBlocks,
}

impl Sides {
    /// Whether every set is done once on each side, so both sides get the same sets: each
    /// side in turn, blocks, and alternating exercises whose set is one hold or repetition
    /// (000's side plank: 1 left, 1 right, …). `reps` is the repetitions a set.
    pub fn set_per_side(self, reps: Option<u32>) -> bool {
        match self {
            Sides::None => false,
            Sides::Each | Sides::AlternatingBlocks => true,
            Sides::Alternating => reps.is_none_or(|reps| reps <= 1),
        }
    }

    /// The repetitions a set of `reps` takes: switching sides every repetition, an odd
    /// number is rounded up so that both sides get the same (3 → left, right, left, right).
    pub fn reps_in_set(self, reps: u32) -> u32 {
        if self == Sides::Alternating && !self.set_per_side(Some(reps)) {
            reps.next_multiple_of(2)
        } else {
            reps
        }
    }
}

/// Equipment an exercise uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Equipment {
    Mat,
    Ball,
    Cuff,
    Wall,
    Table,
    Stool,
    Chair,
    Door,
    TowelOrPillow,
    Dumbbells,
    ExerciseBand,
    HomeTrainer,
    Trampoline,
    WobbleBoard,
    FitnessMachine,
}

impl Equipment {
    /// Every item, the usual home ones first: the order onboarding asks in.
    pub const ALL: [Equipment; 15] = [
        Equipment::Mat,
        Equipment::Ball,
        Equipment::Cuff,
        Equipment::Wall,
        Equipment::Table,
        Equipment::Stool,
        Equipment::Chair,
        Equipment::Door,
        Equipment::TowelOrPillow,
        Equipment::Dumbbells,
        Equipment::ExerciseBand,
        Equipment::HomeTrainer,
        Equipment::Trampoline,
        Equipment::WobbleBoard,
        Equipment::FitnessMachine,
    ];
}

/// What an exercise needs and what it can use.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EquipmentNeeds {
    /// Without these the exercise cannot be done.
    #[serde(default)]
    pub required: Vec<Equipment>,
    /// These make it better or harder (the ball instead of the floor), but are not needed.
    #[serde(default)]
    pub optional: Vec<Equipment>,
}

impl EquipmentNeeds {
    /// Whether everything required is in `owned`.
    pub fn satisfied_by(&self, owned: &[Equipment]) -> bool {
        self.required.iter().all(|item| owned.contains(item))
    }
}

/// A muscle or muscle group an exercise trains or stretches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Muscle {
    TransversusAbdominis,
    Multifidus,
    RectusAbdominis,
    Obliques,
    ErectorSpinae,
    LowerBack,
    Glutes,
    Hamstrings,
    Quadriceps,
    HipFlexors,
    Piriformis,
    HipAbductors,
    HipRotators,
    ShoulderGirdle,
    NeckShoulder,
    UpperBack,
    Arms,
    Legs,
}

/// How demanding an exercise is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, uniffi::Enum,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Basic,
    Intermediate,
    Advanced,
}

/// What pain during the exercise means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum PainRule {
    /// Leaflet 000: when training for an injury some pain is allowed, even intended; painless
    /// means too easy, so make it harder.
    MayHurt,
    /// Stop at once if it hurts (stretches, and exercises the leaflet says must be pain-free).
    MustNotHurt,
    /// No rule of its own: contact the doctor or physiotherapist if complaints get worse.
    WatchWorsening,
}

/// A whole number or an inclusive range, such as 15 or 15–20 repetitions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Record)]
#[serde(try_from = "RangeInFile")]
pub struct Range {
    pub min: u32,
    pub max: u32,
}

impl Range {
    pub fn exactly(value: u32) -> Range {
        Range {
            min: value,
            max: value,
        }
    }

    pub fn is_exact(&self) -> bool {
        self.min == self.max
    }
}

/// A range as written in a data file: `15` or `[15, 20]`.
#[derive(Deserialize)]
#[serde(untagged)]
enum RangeInFile {
    One(u32),
    Two([u32; 2]),
}

impl TryFrom<RangeInFile> for Range {
    type Error = String;

    fn try_from(value: RangeInFile) -> Result<Range, String> {
        match value {
            RangeInFile::One(n) => Ok(Range::exactly(n)),
            RangeInFile::Two([min, max]) if min <= max => Ok(Range { min, max }),
            RangeInFile::Two([min, max]) => Err(format!("range [{min}, {max}] runs backwards")),
        }
    }
}

/// How much of an exercise to do; every field is what the leaflet gives, if it gives it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, uniffi::Record)]
#[serde(deny_unknown_fields)]
pub struct Dosage {
    pub sets: Option<u32>,
    pub reps: Option<Range>,
    /// The repetitions to grow towards (leaflet 001: from 3–5 to 10).
    pub reps_target: Option<u32>,
    pub hold_seconds: Option<Range>,
    /// A hold counted rather than timed ("hold for 5 counts").
    pub hold_counts: Option<u32>,
    /// The hold is lengthened over time (the wall sit, from 30 s).
    #[serde(default)]
    pub hold_grows: bool,
    /// The repetitions are built up over time, with no target given (leaflet 004).
    #[serde(default)]
    pub reps_grow: bool,
    /// Repetitions per block when alternating sides in blocks.
    pub block_reps: Option<u32>,
    pub rest_seconds: Option<u32>,
    pub times_per_week: Option<Range>,
    /// The lower bound of `times_per_week` is a floor the program keeps, not only a range
    /// (leaflet 003: strengthening works only when done at least twice a week).
    #[serde(default)]
    pub weekly_minimum: bool,
    /// Seconds per repetition (a calm 4–5 s).
    pub tempo_seconds: Option<Range>,
    /// Start number = the measured maximum divided by this (leaflet 003: one third).
    pub start_from_max_divisor: Option<u32>,
}

/// What the pressure in a biofeedback cushion should do during the exercise (leaflet 002).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PbuGoal {
    /// Drawing the navel in lowers the pressure by about `drop_mmhg` below the baseline;
    /// a drop within the band counts as correct.
    Drop {
        drop_mmhg: u32,
        band_min_mmhg: u32,
        band_max_mmhg: u32,
    },
    /// The pressure stays near `keep_mmhg` while arms or legs move.
    Keep { keep_mmhg: u32, tolerance_mmhg: u32 },
}

/// The pressure targets of a pressure-biofeedback exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PbuInFile")]
pub struct PbuTarget {
    /// Inflate the cushion to this pressure before starting.
    pub start_mmhg: u32,
    /// Where the cushion goes.
    pub placement: Text,
    pub goal: PbuGoal,
}

/// The flat form of [`PbuTarget`] in a data file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PbuInFile {
    start_mmhg: u32,
    placement: Text,
    drop_mmhg: Option<u32>,
    drop_band_mmhg: Option<Range>,
    keep_mmhg: Option<u32>,
    tolerance_mmhg: Option<u32>,
}

impl TryFrom<PbuInFile> for PbuTarget {
    type Error = String;

    fn try_from(pbu: PbuInFile) -> Result<PbuTarget, String> {
        let goal =
            match (
                pbu.drop_mmhg,
                pbu.drop_band_mmhg,
                pbu.keep_mmhg,
                pbu.tolerance_mmhg,
            ) {
                (Some(drop_mmhg), Some(band), None, None) => {
                    if !(band.min..=band.max).contains(&drop_mmhg) {
                        return Err(format!(
                            "drop_mmhg {drop_mmhg} lies outside drop_band_mmhg [{}, {}]",
                            band.min, band.max
                        ));
                    }
                    if band.max >= pbu.start_mmhg {
                        return Err("drop_band_mmhg reaches below 0 mmHg".into());
                    }
                    PbuGoal::Drop {
                        drop_mmhg,
                        band_min_mmhg: band.min,
                        band_max_mmhg: band.max,
                    }
                }
                (None, None, Some(keep_mmhg), Some(tolerance_mmhg)) => PbuGoal::Keep {
                    keep_mmhg,
                    tolerance_mmhg,
                },
                _ => return Err(
                    "give either drop_mmhg with drop_band_mmhg, or keep_mmhg with tolerance_mmhg"
                        .into(),
                ),
            };
        Ok(PbuTarget {
            start_mmhg: pbu.start_mmhg,
            placement: pbu.placement,
            goal,
        })
    }
}

/// One exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Stable slug, unique in the catalogue.
    pub id: String,
    pub number: Option<String>,
    pub section: String,
    /// Filled from the file's `[leaflet] source` when the catalogue loads.
    #[serde(skip_deserializing)]
    pub leaflet: String,
    pub name: Text,
    pub category: Category,
    pub position: Position,
    pub start_position: Text,
    pub steps: Vec<Text>,
    #[serde(default)]
    pub attention: Vec<Text>,
    pub purpose: Option<Text>,
    pub muscles: Vec<Muscle>,
    pub level: Level,
    /// The stabilisation track of leaflet 002: 1 learn the deep contraction, 2 functional,
    /// 3 heavier, 4 long back muscles and obliques.
    pub stabilisation_phase: Option<u8>,
    /// Only once the acute pain has settled.
    #[serde(default)]
    pub after_acute_only: bool,
    pub pain_rule: PainRule,
    pub sides: Sides,
    #[serde(default)]
    pub equipment: EquipmentNeeds,
    pub variant_of: Option<String>,
    #[serde(default)]
    pub progresses_to: Vec<String>,
    /// The same movement, from the same position, in another leaflet (003's pelvic tilt is
    /// 001's): for a recovery goal the exercise starts as that leaflet starts it where it
    /// starts lower (001: "3 to 5 repetitions at first"), see `program::ladder`.
    pub same_movement_as: Option<String>,
    #[serde(default)]
    pub variations: Vec<Text>,
    #[serde(default)]
    pub dosage: Dosage,
    pub pbu: Option<PbuTarget>,
}

/// Subject of a piece of general advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum AdviceTopic {
    Background,
    Safety,
    WarmUp,
    Breathing,
    Pain,
    Ball,
    Dosage,
    Progression,
    Surface,
    Posture,
    Stretching,
    Stabilisation,
    Pbu,
}

/// General advice: a rule or background of a leaflet that is not an exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Advice {
    pub id: String,
    pub topic: AdviceTopic,
    pub section: String,
    #[serde(skip_deserializing)]
    pub leaflet: String,
    pub title: Text,
    pub points: Vec<Text>,
}

/// One source leaflet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leaflet {
    /// The leaflet's file name.
    pub source: String,
    pub title: Text,
}
