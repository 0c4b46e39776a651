//! `kernkracht session`: today's guided session, driven by the core's `GuidedSession` and
//! shown from its screen model. Keys act only when the screen lists their action; a number
//! is a pain score only while the screen asks for one (and a count only while it waits for
//! one), never at another moment. Ctrl-C, or the end of standard input, stops the session
//! the way the stop key does: what was done is kept.
//!
//! `--auto` answers every question itself and presses Done where a set waits for it;
//! `--speed N` runs the session's clock N times faster than real time.

use std::sync::mpsc::RecvTimeoutError;
use std::time::Duration;

use clap::Args;
use kernkracht::api::session::{GuidedSession, SessionUpdate};
use kernkracht::api::{KernkrachtError, SessionAction, SessionScreen, Stage};

use crate::keys::{self, Input};
use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::session_view::{no_number, SessionView};
use crate::terminal::{self, RawKeys};
use crate::Context;

/// The answers `--auto` gives.
const AUTO_PAIN: u32 = 2;
const AUTO_MAX_REPS: u32 = 12;
/// Real time between ticks.
const TICK: Duration = Duration::from_millis(100);
/// The fastest clock: a tick must stay under the core's one-minute gap that pauses a session.
const MAX_SPEED: f64 = 500.0;
/// Digits a score or count needs at most.
const MAX_DIGITS: usize = 3;

#[derive(Debug, Args)]
pub struct SessionArgs {
    /// Answer every question with a default and run unattended.
    #[arg(long)]
    auto: bool,
    /// Run the clock this many times faster (1 to 500; for demonstrations and tests).
    #[arg(long, default_value_t = 1.0, value_name = "N")]
    speed: f64,
}

pub fn run(args: &SessionArgs, context: &Context) -> CommandResult {
    if !(1.0..=MAX_SPEED).contains(&args.speed) {
        return Err(Problem::Usage(match context.out.lang {
            Lang::Nl => format!("--speed moet tussen 1 en {MAX_SPEED} liggen"),
            Lang::En => format!("--speed must be from 1 to {MAX_SPEED}"),
        }));
    }
    let (app, out) = context.open_with(context.clock().faster(args.speed))?;
    let session = app.start_guided_session()?;
    terminal::catch_ctrl_c();
    let mut run = Run {
        session: &session,
        view: SessionView::new(out),
        lang: out.lang,
        screen: session.screen()?,
        typed: String::new(),
    };
    run.view.show(&run.screen);
    if args.auto {
        run.unattended()?;
    } else {
        let raw = RawKeys::enable();
        let inputs = keys::read(raw.is_some());
        let result = run.attended(&inputs);
        drop(raw);
        result?;
    }
    let id = session.session_id();
    run.view.finish(&run.screen, id);
    Ok(())
}

struct Run<'a> {
    session: &'a GuidedSession,
    view: SessionView,
    lang: Lang,
    screen: SessionScreen,
    /// Digits typed so far on a terminal.
    typed: String,
}

impl Run<'_> {
    fn over(&self) -> bool {
        matches!(self.screen.stage, Stage::Finished | Stage::Ended)
    }

    /// Answers as `--auto` does until the session is over.
    fn unattended(&mut self) -> CommandResult {
        while !self.over() {
            std::thread::sleep(TICK);
            let screen = &self.screen;
            let update = if terminal::interrupted() {
                self.session.stop()
            } else if screen.pain_prompt.is_some() {
                self.session.report_pain(AUTO_PAIN)
            } else if screen.stage == Stage::AwaitingCount {
                self.session.report_count(AUTO_MAX_REPS)
            } else if screen.stage == Stage::Working && screen.timer.is_none() {
                self.session.done()
            } else if screen.actions.contains(&SessionAction::Resume) {
                // A slow tick on a busy machine pauses the session as a clock jump.
                self.session.resume()
            } else {
                self.session.tick()
            };
            self.apply(update)?;
        }
        Ok(())
    }

    /// Carries out what the user types until the session is over.
    fn attended(&mut self, inputs: &std::sync::mpsc::Receiver<Input>) -> CommandResult {
        while !self.over() {
            if terminal::interrupted() {
                let update = self.session.stop();
                self.apply(update)?;
                continue;
            }
            match inputs.recv_timeout(TICK) {
                Ok(input) => self.input(input)?,
                Err(RecvTimeoutError::Timeout) => {
                    let update = self.session.tick();
                    self.apply(update)?;
                }
                Err(RecvTimeoutError::Disconnected) => self.input(Input::End)?,
            }
        }
        Ok(())
    }

    fn input(&mut self, input: Input) -> CommandResult {
        match input {
            Input::Key(digit) if digit.is_ascii_digit() => {
                if !self.number_expected() {
                    self.view.say(no_number(self.lang));
                    self.view.show(&self.screen);
                } else if self.typed.len() < MAX_DIGITS {
                    self.typed.push(digit);
                    let typed = format!("> {}", self.typed);
                    self.view.echo(typed, &self.screen);
                }
                Ok(())
            }
            Input::Backspace => {
                self.typed.pop();
                let typed = format!("> {}", self.typed);
                self.view.echo(typed, &self.screen);
                Ok(())
            }
            Input::Enter => match std::mem::take(&mut self.typed).parse::<u32>() {
                Ok(number) => self.number(number),
                Err(_) => Ok(()),
            },
            Input::Key(key) => match keys::action_for(key, &self.screen.actions) {
                Some(action) => self.act(action),
                None => {
                    self.view.say(match self.lang {
                        Lang::Nl => format!("De toets '{key}' doet nu niets."),
                        Lang::En => format!("The key '{key}' does nothing now."),
                    });
                    self.view.show(&self.screen);
                    Ok(())
                }
            },
            Input::End => {
                let update = self.session.stop();
                self.apply(update)
            }
        }
    }

    /// Whether the screen asks for a number now.
    fn number_expected(&self) -> bool {
        self.screen.pain_prompt.is_some() || self.screen.stage == Stage::AwaitingCount
    }

    fn number(&mut self, number: u32) -> CommandResult {
        let update = if self.screen.pain_prompt.is_some() {
            self.session.report_pain(number)
        } else if self.screen.stage == Stage::AwaitingCount {
            self.session.report_count(number)
        } else {
            self.view.say(no_number(self.lang));
            self.view.show(&self.screen);
            return Ok(());
        };
        self.apply(update)
    }

    fn act(&mut self, action: SessionAction) -> CommandResult {
        use SessionAction::*;
        let s = self.session;
        let update = match action {
            Done => s.done(),
            Hurts => s.hurts(),
            SkipQuestion | StartNow | SkipRest => s.next(),
            SkipExercise => s.skip_exercise(),
            Pause => s.pause(),
            Resume => s.resume(),
            Stop | Close => s.stop(),
            ReportPain | EnterCount => return Ok(()),
        };
        self.apply(update)
    }

    /// Shows a call's outcome; input the core refuses (a score above 10) is told and the
    /// session goes on, anything else ends the command.
    fn apply(&mut self, update: Result<SessionUpdate, KernkrachtError>) -> CommandResult {
        match update {
            Ok(update) => {
                self.screen = update.screen.clone();
                self.view.update(update);
                Ok(())
            }
            Err(KernkrachtError::InvalidInput(message)) => {
                self.view.say(message);
                self.view.show(&self.screen);
                Ok(())
            }
            Err(error) => Err(error.into()),
        }
    }
}
