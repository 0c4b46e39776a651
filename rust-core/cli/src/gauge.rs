//! The live gauge of `kernkracht cuff monitor`: two lines redrawn in place with ANSI codes,
//! the pressure on a bar with the target band marked, the hold timer, the repetitions, and
//! the hints (or what to do next) underneath.

use std::io::Write;
use std::time::{Duration, Instant};

use kernkracht::api::cuff::CuffState;
use kernkracht::cuff::Phase;

use crate::labels;
use crate::lang::Lang;

/// The bar's width in characters.
const WIDTH: usize = 41;
/// Redraws at most this often unless something changed: fast replays stay readable.
const FRAME: Duration = Duration::from_millis(40);
/// The bar shows this much beyond the band and the start pressure.
const MARGIN_MMHG: f64 = 8.0;

pub struct Gauge {
    lang: Lang,
    drawn_at: Option<Instant>,
}

impl Gauge {
    pub fn new(lang: Lang) -> Gauge {
        Gauge {
            lang,
            drawn_at: None,
        }
    }

    /// Redraws the two lines; `changed` forces it even within a frame.
    pub fn draw(&mut self, state: &CuffState, changed: bool) {
        if !changed && self.drawn_at.is_some_and(|at| at.elapsed() < FRAME) {
            return;
        }
        self.drawn_at = Some(Instant::now());
        let mut out = std::io::stdout().lock();
        // Clear and write line one, then line two, then back to the start of line one.
        let _ = write!(
            out,
            "\r\x1b[2K{}\n\x1b[2K{}\x1b[1A\r",
            self.status_line(state),
            self.advice_line(state)
        );
        let _ = out.flush();
    }

    /// Leaves the gauge on screen and moves below it.
    pub fn finish(&mut self) {
        if self.drawn_at.is_some() {
            println!("\n");
        }
    }

    fn status_line(&self, state: &CuffState) -> String {
        let lang = self.lang;
        let pressure = state
            .pressure_mmhg
            .map_or("  --.-".to_owned(), |p| format!("{p:6.1}"));
        let hold = format!(
            "{} {}/{} s",
            lang.pick("vasthouden", "hold"),
            lang.number((f64::from(state.hold_ms) / 100.0).floor() / 10.0),
            lang.number(f64::from(state.hold_target_ms) / 1000.0)
        );
        format!(
            "{:<11} {pressure} mmHg {}  {hold}  {} {}",
            labels::phase(state.phase, lang),
            bar(state),
            lang.pick("herhalingen", "reps"),
            state.reps
        )
    }

    fn advice_line(&self, state: &CuffState) -> String {
        if !state.hints.is_empty() {
            let messages: Vec<&str> = state.hints.iter().map(|h| h.message.as_str()).collect();
            return format!("\x1b[33m{}\x1b[0m", messages.join("  "));
        }
        let lang = self.lang;
        match state.phase {
            Phase::Ready => lang.pick("Klaar: begin de oefening.", "Ready: start the exercise."),
            Phase::Exercising if state.in_band => {
                lang.pick("In de zone: vasthouden.", "In the band: hold it.")
            }
            _ => "",
        }
        .to_owned()
    }
}

/// `[----|====●====|----]`: the band as `=`, the start pressure as `|` while inflating, the
/// pressure as a dot (green in the band, yellow outside).
fn bar(state: &CuffState) -> String {
    let (low, high) = match &state.band {
        Some(band) => (
            band.low_mmhg.min(state.start_mmhg) - MARGIN_MMHG,
            band.high_mmhg.max(state.start_mmhg) + MARGIN_MMHG,
        ),
        None => (0.0, state.start_mmhg + 2.0 * MARGIN_MMHG),
    };
    let cell = |mmhg: f64| {
        let share = (mmhg - low) / (high - low);
        ((share * (WIDTH - 1) as f64).round().max(0.0) as usize).min(WIDTH - 1)
    };
    let mut cells = vec!['-'; WIDTH];
    match &state.band {
        Some(band) => cells[cell(band.low_mmhg)..=cell(band.high_mmhg)].fill('='),
        None => cells[cell(state.start_mmhg)] = '|',
    }
    let marker = state.pressure_mmhg.map(cell);
    let colour = if state.in_band { "32" } else { "33" };
    let mut text = String::from("[");
    for (i, c) in cells.into_iter().enumerate() {
        if Some(i) == marker {
            text.push_str(&format!("\x1b[1;{colour}m●\x1b[0m"));
        } else {
            text.push(c);
        }
    }
    text.push(']');
    text
}
