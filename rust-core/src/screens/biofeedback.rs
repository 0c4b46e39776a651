//! The live biofeedback screen: the cuff's pressure on a scale with the target band, the hold
//! under way, the repetitions and the most urgent hint, worded for the user. A gauge draws
//! `scale_min_mmhg`–`scale_max_mmhg` with the band shaded and the needle at the pressure.

use serde::Serialize;

use super::words::{self, pick};
use crate::cuff::{Band, Hint, Phase, State};
use crate::language::Language;

/// Room on the gauge below the start pressure: leaflet 002's draw-in drops about 10 mmHg.
const SCALE_BELOW_MMHG: f64 = 30.0;
/// Room above the start pressure, where pressing shows.
const SCALE_ABOVE_MMHG: f64 = 20.0;

/// Everything the biofeedback screen shows after a reading.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct BiofeedbackScreen {
    pub t_ms: u32,
    pub phase: Phase,
    /// `Oppompen`, `Klaar`, `Oefenen`, `Ontspannen`.
    pub phase_label: String,
    /// The latest valid reading; absent before the first and while the sensor is faulty.
    pub pressure_mmhg: Option<f64>,
    /// `68 mmHg`, or `–` without a reading.
    pub pressure_label: String,
    /// The gauge's range.
    pub scale_min_mmhg: f64,
    pub scale_max_mmhg: f64,
    /// The pressure to inflate to.
    pub start_mmhg: f64,
    /// The resting pressure taken when the cushion was ready.
    pub baseline_mmhg: Option<f64>,
    /// The target band, once the cushion is ready.
    pub band: Option<Band>,
    /// `Doel: 58–62 mmHg`, or the pressure to pump to while inflating.
    pub target_label: String,
    pub in_band: bool,
    /// 0 to 1: the hold under way against its target.
    pub hold_fraction: f64,
    /// `4 / 10 s`.
    pub hold_label: String,
    pub hold_ms: u32,
    pub hold_target_ms: u32,
    pub reps: u32,
    /// `Herhalingen: 3`.
    pub reps_label: String,
    /// Every hint that applies now, most urgent first.
    pub hints: Vec<Hint>,
    /// The most urgent hint as a sentence, for a screen with room for one.
    pub hint_text: Option<String>,
}

/// Builds the screen from the engine's state; `start_mmhg` is the exercise's start pressure.
pub fn build(state: &State, start_mmhg: f64, language: Language) -> BiofeedbackScreen {
    let hints: Vec<Hint> = state.hints.iter().collect();
    let mmhg = |value: f64| format!("{} mmHg", words::number(value, 0, language));
    let target_label = match (state.phase, state.band) {
        (Phase::Inflating, _) | (_, None) => format!(
            "{} {}",
            pick(language, "Pomp op tot", "Pump up to"),
            mmhg(start_mmhg)
        ),
        (_, Some(band)) => format!(
            "{} {}–{} mmHg",
            pick(language, "Doel:", "Target:"),
            words::number(band.low_mmhg, 0, language),
            words::number(band.high_mmhg, 0, language)
        ),
    };
    let low = state.band.map_or(start_mmhg, |b| b.low_mmhg.min(start_mmhg));
    let high = state.band.map_or(start_mmhg, |b| b.high_mmhg.max(start_mmhg));
    BiofeedbackScreen {
        t_ms: state.t_ms,
        phase: state.phase,
        phase_label: words::cuff_phase(state.phase, language).to_owned(),
        pressure_mmhg: state.pressure_mmhg,
        pressure_label: state.pressure_mmhg.map_or_else(|| "–".to_owned(), mmhg),
        scale_min_mmhg: (low - SCALE_BELOW_MMHG).max(0.0),
        scale_max_mmhg: high + SCALE_ABOVE_MMHG,
        start_mmhg,
        baseline_mmhg: state.baseline_mmhg,
        band: state.band,
        target_label,
        in_band: state.in_band,
        hold_fraction: if state.hold_target_ms == 0 {
            0.0
        } else {
            (f64::from(state.hold_ms) / f64::from(state.hold_target_ms)).clamp(0.0, 1.0)
        },
        hold_label: format!(
            "{} / {} s",
            state.hold_ms / 1000,
            state.hold_target_ms.div_ceil(1000)
        ),
        hold_ms: state.hold_ms,
        hold_target_ms: state.hold_target_ms,
        reps: state.reps,
        reps_label: format!(
            "{} {}",
            pick(language, "Herhalingen:", "Repetitions:"),
            state.reps
        ),
        hint_text: hints.first().map(|h| h.text(language).to_owned()),
        hints,
    }
}
