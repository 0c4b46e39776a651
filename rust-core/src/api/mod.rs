//! The UniFFI facade: the app object, its screens and actions, the device traits, and the
//! one public error. Exported functions convert to and from the domain's types and word
//! failures in the user's language ([`error`]); no business rule lives here.
//!
//! The command-line tool uses this same facade, so it exercises exactly what the phones see.
//! The types the facade's signatures use are re-exported here, so a Rust shell names them
//! without reaching into the core's private modules.

pub mod app;
pub mod ball;
pub mod ble;
pub mod catalogue;
pub mod cuff;
pub mod device;
pub mod error;
pub mod history;
pub mod logging;
pub mod onboarding;
pub mod reminders;
pub mod session;
pub mod settings;
pub mod today;

pub use error::KernkrachtError;

pub use crate::ble::{Candidate, DisconnectReason, LinkState};
pub use crate::catalogue::{
    AdviceTopic, Category, Dosage, Equipment, ExerciseFilter, Level, Muscle, PainRule, PbuGoal,
    Position, Range, Sides,
};
pub use crate::cuff::codec::{PulseRateRange, TimeStamp};
pub use crate::cuff::{Band, FrameKind, Hint, Phase, PressureUnit, SetResult, Special};
pub use crate::history::{Cuff, SessionStatus, Side};
pub use crate::language::Language;
pub use crate::profile::{Goal, Profile, Screening};
pub use crate::program::{Caution, Part, PlannedExercise, PlannedSession};
pub use crate::reminders::{LocalTime, ReminderSettings, Weekday};
pub use crate::screens::biofeedback::BiofeedbackScreen;
pub use crate::screens::history::{ChartPoint, ChartSeries, HistoryRow, HistoryScreen, WeekBar};
pub use crate::screens::onboarding::{
    BallView, DayChoice, EquipmentChoice, GoalChoice, HeightField, LanguageChoice,
    OnboardingScreen, OnboardingStep, SafetyQuestion, SafetyTopic, ScheduleField, SummaryLine,
    TimeField,
};
pub use crate::screens::pairing::{
    CandidateView, PairedView, PairingAction, PairingScreen, PairingState,
};
pub use crate::screens::session::{
    CueEffect, PainPrompt, SessionAction, SessionScreen, Sound, TimerView, Vibration,
};
pub use crate::screens::settings::{SettingsAction, SettingsScreen};
pub use crate::screens::today::{
    DayKind, DayView, PlanLine, PlanSection, PlanView, SafetyKind, SafetyNotice, TodayAction,
    TodayScreen,
};
pub use crate::session::{Cue, Stage};
