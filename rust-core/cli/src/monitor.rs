//! `kernkracht cuff monitor`: live biofeedback for one set of an exercise, from the paired
//! cuff or from the simulated one (`--simulate`, as fast as `--speed` asks). The core's
//! biofeedback engine judges every reading; [`Gauge`] shows its screen. Ctrl-C ends the set
//! with its summary.

use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use kernkracht::api::ble::{CuffListener, CuffReading};
use kernkracht::api::cuff::{cuff_profile, BiofeedbackEngine, CuffSimulator};
use kernkracht::api::LinkState;

use crate::gauge::Gauge;
use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::terminal;
use crate::Context;

#[derive(Debug, Args)]
pub struct MonitorArgs {
    /// Use the simulated cuff instead of the paired one.
    #[arg(long, visible_alias = "simuleer")]
    simulate: bool,
    /// The exercise, as `catalogue list --cuff yes` shows it.
    #[arg(long, default_value = "pbu-prone-draw-in", value_name = "ID")]
    exercise: String,
    /// The simulation's seed: the same seed gives the same set.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Stop after this many seconds of the set (default: when the set ends).
    #[arg(long, value_name = "N")]
    seconds: Option<u32>,
    /// Run this many times faster than real time (the simulated cuff only).
    #[arg(long, default_value_t = 1.0, value_name = "N")]
    speed: f64,
}

pub fn run(args: &MonitorArgs, context: &Context) -> CommandResult {
    if !(args.speed.is_finite() && args.speed > 0.0) {
        return Err(Problem::Usage(match context.out.lang {
            Lang::Nl => format!("--speed moet groter dan 0 zijn, niet {}", args.speed),
            Lang::En => format!("--speed must be above 0, not {}", args.speed),
        }));
    }
    terminal::catch_ctrl_c();
    match args.simulate {
        true => simulated(args, context),
        false => paired(args, context),
    }
}

/// The simulated cuff's frames, paced to `--speed`.
fn simulated(args: &MonitorArgs, context: &Context) -> CommandResult {
    let out = context.out;
    let language = out.lang.language();
    let simulator = CuffSimulator::for_exercise(args.exercise.clone(), args.seed, language)?;
    let engine = BiofeedbackEngine::for_exercise(args.exercise.clone(), language)?;
    let kind = cuff_profile(None, None, language)?.frame_kind;
    let mut gauge = Gauge::new(out);
    let started = Instant::now();
    while let Some(notification) = simulator.next_notification() {
        let past_limit = args
            .seconds
            .is_some_and(|seconds| notification.t_ms > seconds.saturating_mul(1000));
        if past_limit || terminal::interrupted() {
            break;
        }
        pace(started, notification.t_ms, args.speed);
        gauge.show(&engine.push_frame(notification.t_ms, kind, notification.payload)?);
    }
    gauge.finish(&engine.finish_set(None));
    Ok(())
}

/// The paired cuff's readings until the set ends, `--seconds` pass, Ctrl-C, or the link ends
/// for good.
fn paired(args: &MonitorArgs, context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    let engine = BiofeedbackEngine::for_exercise(args.exercise.clone(), out.lang.language())?;
    let (sender, events) = mpsc::channel();
    let stream = app.stream_cuff(Arc::new(ToChannel(Mutex::new(sender))), None)?;
    let mut gauge = Gauge::new(out);
    let started = Instant::now();
    let mut first_at_ms = None;
    let limit = args.seconds.map(|s| Duration::from_secs(u64::from(s)));
    while limit.is_none_or(|limit| started.elapsed() < limit) && !terminal::interrupted() {
        let event = match events.recv_timeout(Duration::from_millis(200)) {
            Ok(event) => event,
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        match event {
            Event::Reading(reading) => {
                // The set's clock runs from the first reading's own time stamp.
                let first = *first_at_ms.get_or_insert(reading.at_ms);
                let t_ms = u32::try_from(reading.at_ms - first).unwrap_or(0);
                gauge.show(&engine.push_sample(t_ms, reading.mmhg.unwrap_or(f64::NAN)));
            }
            Event::State(state) => {
                let ended = matches!(state, LinkState::Disconnected { .. });
                gauge.link(&state);
                if ended {
                    break;
                }
            }
        }
    }
    stream.stop();
    let paired = app.cuff_pairing().screen()?.paired.map(|p| p.identifier);
    gauge.finish(&engine.finish_set(paired));
    Ok(())
}

/// Sleeps until the reading at `t_ms` is due at `speed` times real time.
fn pace(started: Instant, t_ms: u32, speed: f64) {
    let due = Duration::from_secs_f64(f64::from(t_ms) / 1000.0 / speed);
    if let Some(wait) = due.checked_sub(started.elapsed()) {
        if wait > Duration::from_millis(1) {
            std::thread::sleep(wait);
        }
    }
}

enum Event {
    Reading(CuffReading),
    State(LinkState),
}

/// Passes a stream's events from the core's threads to the monitor's.
struct ToChannel(Mutex<mpsc::Sender<Event>>);

impl CuffListener for ToChannel {
    fn on_reading(&self, reading: CuffReading) {
        let _ = self.0.lock().map(|s| s.send(Event::Reading(reading)));
    }
    fn on_state(&self, state: LinkState) {
        let _ = self.0.lock().map(|s| s.send(Event::State(state)));
    }
    fn on_refused(&self, total: u64) {
        log::warn!("the cuff sent {total} frames that could not be read");
    }
}
