//! How the session screen model looks in a terminal. Live, it is a block of [`HEIGHT`] lines
//! (where the session stands, the exercise, its counters, the timer or the pain scale, the
//! instruction, what comes next, the latest message, and the keys that work now), redrawn in
//! place, with each new exercise's description printed above it once. Without a terminal it
//! is one line each time the stage, the exercise or the set changes, or JSON lines with
//! `--json`. Either way the session closes with its result.

use std::io::IsTerminal;

use kernkracht::api::session::SessionUpdate;
use kernkracht::api::{CueEffect, SessionScreen, Stage};
use serde_json::json;

use crate::keys::hints;
use crate::lang::Lang;
use crate::live::LiveBlock;
use crate::text::{wrap, Output};

/// Lines of the live block.
pub const HEIGHT: usize = 9;
/// Width of the progress and timer bars.
const BAR: usize = 20;

/// What makes a screen news when it is not redrawn live.
#[derive(Debug, Clone, PartialEq)]
struct Moment {
    stage: Stage,
    exercise: Option<String>,
    set: Option<String>,
}

impl Moment {
    fn of(screen: &SessionScreen) -> Moment {
        Moment {
            stage: screen.stage,
            exercise: screen.exercise_label.clone(),
            set: screen.set_label.clone(),
        }
    }
}

pub struct SessionView {
    out: Output,
    live: Option<LiveBlock>,
    last: Option<Moment>,
    /// Cues not yet shown (JSON lines carry them with the next moment).
    cues: Vec<CueEffect>,
    /// The latest cue spoken, or the answer to what the user typed.
    message: String,
}

impl SessionView {
    pub fn new(out: Output) -> SessionView {
        let live = !out.json && std::io::stdout().is_terminal();
        SessionView {
            out,
            live: live.then(|| LiveBlock::new(HEIGHT, out.width)),
            last: None,
            cues: Vec::new(),
            message: String::new(),
        }
    }

    /// Something to tell the user now: a refused key, the digits typed so far.
    pub fn say(&mut self, message: String) {
        if self.live.is_none() && !self.out.json && !message.is_empty() {
            self.out.para(&message);
        }
        self.message = message;
    }

    /// Shows what is being typed, on the live block only (a pipe sends whole lines).
    pub fn echo(&mut self, typed: String, screen: &SessionScreen) {
        if self.live.is_some() {
            self.message = typed;
            self.show(screen);
        }
    }

    /// Shows what a call returned.
    pub fn update(&mut self, update: SessionUpdate) {
        if let Some(cue) = update.cues.last() {
            self.message = format!("» {}", cue.speech);
        }
        self.cues.extend(update.cues);
        self.show(&update.screen);
    }

    /// Shows the screen: redrawn live, else printed when it is news.
    pub fn show(&mut self, screen: &SessionScreen) {
        let moment = Moment::of(screen);
        let news = self.last.as_ref() != Some(&moment);
        let new_exercise = self.last.as_ref().map(|m| &m.exercise) != Some(&moment.exercise);
        self.last = Some(moment);
        let out = self.out;
        match &mut self.live {
            Some(block) => {
                if new_exercise && screen.exercise_label.is_some() {
                    block.print_above(&description(screen, out.width));
                }
                block.draw(&block_lines(screen, &self.message, out));
            }
            // The result closes the session; a line for it would say it twice.
            None if !news || matches!(screen.stage, Stage::Finished | Stage::Ended) => {}
            None if out.json => {
                let cues = std::mem::take(&mut self.cues);
                println!("{}", json!({ "screen": screen, "cues": cues }));
            }
            None => out.hanging("", "  ", &moment_line(screen)),
        }
    }

    /// The session's result, below the live block.
    pub fn finish(&mut self, screen: &SessionScreen, session_id: Option<i64>) {
        let out = self.out;
        if out.json {
            let cues = std::mem::take(&mut self.cues);
            println!(
                "{}",
                json!({ "screen": screen, "cues": cues, "session_id": session_id })
            );
            return;
        }
        if let Some(block) = &mut self.live {
            block.print_above(&[]);
        }
        out.heading(&screen.title);
        out.para(&screen.instruction);
        for outcome in &screen.outcomes {
            out.hanging("  - ", "    ", outcome);
        }
    }
}

/// The exercise as it is introduced: name, where it stands, how to do it, what to watch.
fn description(screen: &SessionScreen, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    lines.extend(wrap(&screen.title, width, "", ""));
    if let Some(label) = &screen.exercise_label {
        lines.extend(wrap(label, width, "", ""));
    }
    for step in &screen.how_to {
        lines.extend(wrap(step, width, "  ", "  "));
    }
    for point in &screen.attention {
        lines.extend(wrap(point, width, "  ! ", "    "));
    }
    lines.push(String::new());
    lines
}

/// The live block's lines, in order; the last always holds the keys.
fn block_lines(screen: &SessionScreen, message: &str, out: Output) -> Vec<String> {
    let lang = out.lang;
    let joined = |parts: &[&Option<String>]| {
        let parts: Vec<&str> = parts.iter().filter_map(|p| p.as_deref()).collect();
        parts.join(" · ")
    };
    let progress = format!(
        "{} {:>3.0}%  {}",
        bar(screen.progress),
        screen.progress * 100.0,
        screen
            .exercise_label
            .as_deref()
            .unwrap_or(&screen.stage_label)
    );
    let counters = format!(
        "{}{}",
        screen.stage_label,
        match joined(&[&screen.set_label, &screen.rep_label, &screen.side_label]) {
            parts if parts.is_empty() => String::new(),
            parts => format!(" · {parts}"),
        }
    );
    let measure = match (&screen.timer, &screen.pain_prompt) {
        (Some(timer), _) => format!(
            "{} {} {}",
            timer.label,
            timer.remaining_label,
            bar(timer.fraction)
        ),
        (None, Some(prompt)) => format!(
            "{} = {} … {} = {}",
            prompt.min, prompt.min_label, prompt.max, prompt.max_label
        ),
        (None, None) => String::new(),
    };
    let mut instruction = wrap(&screen.instruction, out.width, "", "");
    instruction.resize(2, String::new());
    let mut lines = vec![progress, screen.title.clone(), counters, measure];
    lines.extend(instruction);
    lines.push(screen.next_label.clone().unwrap_or_default());
    lines.push(message.to_owned());
    lines.push(hints(&screen.actions, lang));
    lines
}

/// One line for a moment: `Oefenen: Bekkenkanteling · Oefening 3 van 9 · Kern · Set 1 van 2`.
fn moment_line(screen: &SessionScreen) -> String {
    let mut line = format!("{}: {}", screen.stage_label, screen.title);
    for part in [
        &screen.exercise_label,
        &screen.set_label,
        &screen.side_label,
    ]
    .into_iter()
    .flatten()
    {
        line += &format!(" · {part}");
    }
    line
}

/// `[#####...............]`.
fn bar(fraction: f64) -> String {
    let filled = (fraction.clamp(0.0, 1.0) * BAR as f64).round() as usize;
    format!("[{}{}]", "#".repeat(filled), ".".repeat(BAR - filled))
}

/// What to say when a number is typed but no score or count is asked.
pub fn no_number(lang: Lang) -> String {
    lang.pick(
        "Er wordt nu geen getal gevraagd.",
        "A number is not expected now.",
    )
    .to_owned()
}
