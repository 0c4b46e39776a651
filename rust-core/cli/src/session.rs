//! `kernkracht session`: today's session in the terminal, with live countdowns, a progress bar
//! and the cues as text; `kernkracht history`: the sessions done.
//!
//! While it runs, type a command and Enter: `n` next (skip a wait), `d` done, `p` pause or
//! resume, `s` skip the exercise, `h` it hurts, `q` stop, or a number to answer a question.
//! `--auto` answers every question with a default and presses nothing; `--speed N` runs the
//! clock N times faster.

use std::io::{BufRead, IsTerminal, Write};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

use clap::Args;
use kernkracht::api::app::Kernkracht;
use kernkracht::api::session::{GuidedSession, SessionUpdate};
use kernkracht::api::KernkrachtError;
use kernkracht::session::{Cue, EndReason, Stage};
use serde_json::json;

use crate::labels;
use crate::lang::Lang;
use crate::{CommandResult, Output};

/// The answers `--auto` gives.
const AUTO_PAIN: u8 = 2;
const AUTO_EFFORT: u8 = 5;
const AUTO_MAX_REPS: u32 = 12;
/// Real time between ticks.
const TICK: Duration = Duration::from_millis(100);

#[derive(Debug, Args)]
pub struct SessionArgs {
    /// Answer every question with a default and run unattended.
    #[arg(long)]
    auto: bool,
    /// Run the clock this many times faster (for demos and tests).
    #[arg(long, default_value_t = 1.0, value_parser = parse_speed)]
    speed: f64,
    /// The time zone (default: the system's).
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
}

#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// From this local date (YYYY-MM-DD).
    #[arg(long, default_value = "2000-01-01")]
    from: String,
    /// Up to this local date (YYYY-MM-DD).
    #[arg(long, default_value = "2999-12-31")]
    to: String,
}

fn parse_speed(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(speed) if (1.0..=500.0).contains(&speed) => Ok(speed),
        _ => Err(format!("'{text}' is not a speed from 1 to 500")),
    }
}

pub fn run_session(
    args: &SessionArgs,
    app: std::sync::Arc<Kernkracht>,
    out: &Output,
) -> CommandResult {
    let zone = args
        .tz
        .clone()
        .unwrap_or_else(crate::onboard::system_time_zone);
    let origin = jiff::Timestamp::now().as_millisecond();
    let started = Instant::now();
    let clock = || origin + (started.elapsed().as_secs_f64() * args.speed * 1000.0) as i64;
    let session = app.clone().start_guided_session(clock(), zone)?;
    let catalogue = app.catalogue()?;
    let screen = Screen::new(out, std::io::stdout().is_terminal() && !out.json);
    let commands = (!args.auto).then(read_commands);
    let mut update = session.tick(clock())?;
    loop {
        screen.show(&update, &catalogue)?;
        if matches!(update.view.stage, Stage::Finished | Stage::Ended) {
            break;
        }
        std::thread::sleep(TICK);
        let now = clock();
        update = match (args.auto, update.view.stage) {
            (true, Stage::PainBefore) => session.report_pain(AUTO_PAIN, now)?,
            (true, Stage::PainAfter) => {
                session.report_effort(AUTO_EFFORT)?;
                session.report_pain(AUTO_PAIN, now)?
            }
            (true, Stage::AwaitingCount) => session.report_count(AUTO_MAX_REPS, now)?,
            (true, Stage::Working) if update.view.reps.is_none() => session.done(now)?,
            (true, _) => session.tick(now)?,
            (false, stage) => match commands.as_ref().and_then(|c| c.try_recv().ok()) {
                Some(line) => command(&session, stage, &line, now)?,
                None => session.tick(now)?,
            },
        };
    }
    screen.summary(&session, &update)
}

/// Carries out one typed command.
fn command(
    session: &GuidedSession,
    stage: Stage,
    line: &str,
    now: i64,
) -> Result<SessionUpdate, KernkrachtError> {
    let line = line.trim();
    if let Ok(number) = line.parse::<u32>() {
        return match stage {
            Stage::AwaitingCount => session.report_count(number, now),
            _ => session.report_pain(number.min(10) as u8, now),
        };
    }
    match line {
        "n" => session.next(now),
        "d" => session.done(now),
        "s" => session.skip_exercise(now),
        "h" => session.hurts(now),
        "q" => session.abort(now),
        "p" if stage == Stage::Paused => session.resume(now),
        "p" => session.pause(now),
        _ => session.tick(now),
    }
}

/// Lines typed on standard input, read on their own thread so the clock keeps running.
fn read_commands() -> Receiver<String> {
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::stdin().lock().lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    receiver
}

/// Draws the session: a live status line on a terminal, one line per event otherwise.
struct Screen<'a> {
    out: &'a Output,
    live: bool,
    last: std::cell::RefCell<String>,
}

impl<'a> Screen<'a> {
    fn new(out: &'a Output, live: bool) -> Screen<'a> {
        Screen {
            out,
            live,
            last: Default::default(),
        }
    }

    fn show(
        &self,
        update: &SessionUpdate,
        catalogue: &kernkracht::api::catalogue::Catalogue,
    ) -> Result<(), KernkrachtError> {
        let lang = self.out.lang;
        let mut stdout = std::io::stdout().lock();
        let clear = if self.live { "\r\x1b[2K" } else { "" };
        for cue in &update.cues {
            let text = cue_line(*cue, update, catalogue, lang)?;
            if self.out.json {
                writeln!(stdout, "{}", json!({ "cue": cue, "view": update.view })).ok();
            } else {
                writeln!(stdout, "{clear}» {text}").ok();
            }
        }
        if self.out.json {
            return Ok(());
        }
        let status = status_line(update, catalogue, lang)?;
        if self.live {
            write!(stdout, "{clear}{status}").ok();
            stdout.flush().ok();
        } else if *self.last.borrow() != status && is_prompt(update.view.stage) {
            writeln!(stdout, "{status}").ok();
        }
        *self.last.borrow_mut() = status;
        Ok(())
    }

    fn summary(&self, session: &GuidedSession, update: &SessionUpdate) -> CommandResult {
        let lang = self.out.lang;
        if self.out.json {
            println!(
                "{}",
                json!({ "session_id": session.session_id(), "view": update.view, "decisions": update.decisions })
            );
            return Ok(());
        }
        if self.live {
            println!();
        }
        match update.view.ended {
            Some(EndReason::PainRose) => println!(
                "{}",
                lang.pick(
                    "De pijn nam sterk toe: stop voor vandaag en rust. Zakt ze niet, neem dan contact op met je arts of fysiotherapeut.",
                    "The pain rose sharply: stop for today and rest. If it does not settle, contact your doctor or physiotherapist."
                )
            ),
            Some(EndReason::Aborted) => println!(
                "{}",
                lang.pick("Sessie gestopt; wat je deed is bewaard.", "Session stopped; what you did is saved.")
            ),
            None => println!("{}", lang.pick("Sessie klaar: goed gedaan.", "Session complete: well done.")),
        }
        let moved: Vec<String> = update
            .decisions
            .iter()
            .filter(|d| d.change != kernkracht::program::Change::Hold)
            .map(|d| format!("{} ({:?})", d.exercise_id, d.change))
            .collect();
        if !moved.is_empty() {
            println!(
                "{}: {}",
                lang.pick("Aangepast", "Adjusted"),
                moved.join(", ")
            );
        }
        Ok(())
    }
}

fn is_prompt(stage: Stage) -> bool {
    matches!(
        stage,
        Stage::PainBefore | Stage::PainAfter | Stage::AwaitingCount | Stage::Paused
    )
}

fn status_line(
    update: &SessionUpdate,
    catalogue: &kernkracht::api::catalogue::Catalogue,
    lang: Lang,
) -> Result<String, KernkrachtError> {
    let v = &update.view;
    let filled = (v.progress * 20.0).round() as usize;
    let bar = format!(
        "[{}{}] {:>3.0}%",
        "#".repeat(filled),
        ".".repeat(20 - filled),
        v.progress * 100.0
    );
    let question = match v.stage {
        Stage::PainBefore => Some(lang.pick(
            "Pijn nu (0-10)? Typ een getal of n.",
            "Pain now (0-10)? Type a number or n.",
        )),
        Stage::PainAfter => Some(lang.pick(
            "Pijn na de sessie (0-10)? Typ een getal.",
            "Pain after the session (0-10)? Type a number.",
        )),
        Stage::AwaitingCount => Some(lang.pick(
            "Hoeveel herhalingen haalde je?",
            "How many repetitions did you reach?",
        )),
        Stage::Paused => Some(lang.pick(
            "Gepauzeerd: typ p om verder te gaan.",
            "Paused: type p to go on.",
        )),
        _ => None,
    };
    if let Some(question) = question {
        return Ok(format!("{bar}  {question}"));
    }
    let Some(id) = &v.exercise_id else {
        return Ok(bar);
    };
    let name = catalogue.exercise(id.clone())?.name;
    let mut line = format!(
        "{bar}  {}/{} {name} — {} {}/{}",
        v.exercise_number,
        v.exercise_count,
        lang.pick("set", "set"),
        v.set,
        v.sets
    );
    if let Some(reps) = v.reps.filter(|r| *r > 1) {
        line += &format!(" · {} {}/{reps}", lang.pick("herhaling", "rep"), v.rep);
    }
    if v.side != kernkracht::history::Side::None {
        line += &format!(" · {}", labels::side(v.side, lang));
    }
    match (v.stage, v.remaining_ms, v.rest_remaining_ms) {
        (Stage::Working, Some(ms), _) => line += &format!(" · {} s", ms.div_ceil(1000)),
        (Stage::GetReady, _, Some(ms)) => {
            line += &format!(
                " · {} {} s",
                lang.pick("klaar in", "ready in"),
                ms.div_ceil(1000)
            )
        }
        (Stage::Resting | Stage::Relaxing, _, Some(ms)) => {
            line += &format!(" · {} {} s", lang.pick("rust", "rest"), ms.div_ceil(1000))
        }
        _ => {}
    }
    if let Some(in_band) = v.in_band {
        line += if in_band { " · ✓" } else { " · ✗" };
    }
    Ok(line)
}

fn cue_line(
    cue: Cue,
    update: &SessionUpdate,
    catalogue: &kernkracht::api::catalogue::Catalogue,
    lang: Lang,
) -> Result<String, KernkrachtError> {
    Ok(match cue {
        Cue::GetReady => {
            let name = match &update.view.exercise_id {
                Some(id) => catalogue.exercise(id.clone())?.name,
                None => String::new(),
            };
            format!("{}: {name}", labels::cue(cue, lang))
        }
        Cue::Countdown { seconds } => seconds.to_string(),
        Cue::Repetition { number } => format!("{} {number}", labels::cue(cue, lang)),
        other => labels::cue(other, lang).to_owned(),
    })
}

pub fn run_history(args: &HistoryArgs, app: &Kernkracht, out: &Output) -> CommandResult {
    let history = app.history(args.from.clone(), args.to.clone())?;
    if out.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&history).expect("history serialises")
        );
        return Ok(());
    }
    let lang = out.lang;
    if history.is_empty() {
        println!("{}", lang.pick("Nog geen sessies.", "No sessions yet."));
    }
    for entry in history {
        let s = &entry.session;
        let pain = match (s.pain_before, s.pain_after) {
            (Some(before), Some(after)) => {
                format!("{} {before} → {after}", lang.pick("pijn", "pain"))
            }
            _ => String::new(),
        };
        println!(
            "#{:<4} {}  {:<9}  {} {}, {} {}, {} {}  {pain}",
            s.id,
            s.local_date,
            labels::status(s.status, lang),
            entry.sets_done,
            lang.pick("sets gedaan", "sets done"),
            entry.sets_partial,
            lang.pick("deels", "partial"),
            entry.sets_skipped,
            lang.pick("overgeslagen", "skipped"),
        );
    }
    Ok(())
}
