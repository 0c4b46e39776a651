//! `kernkracht cuff`: the pressure-biofeedback cuff. `scan`, `pair` and `forget` manage the
//! Bluetooth cuff; `decode` reads one frame; `monitor` shows live biofeedback for an
//! exercise from the paired cuff, or from the simulated one with `--simulate`.

use std::io::IsTerminal;
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use kernkracht::api::app::Kernkracht;
use kernkracht::api::ble::{CuffListener, CuffReading};
use kernkracht::api::cuff::{
    cuff_profile, decode_cuff_frame, BiofeedbackEngine, CuffFrame, CuffSimulator, CuffState,
    CuffValue,
};
use kernkracht::api::KernkrachtError;
use kernkracht::ble::runtime::runtime;
use kernkracht::ble::LinkState;
use kernkracht::cuff::codec::PulseRateRange;
use kernkracht::cuff::{FrameKind, Hint, Phase, PressureUnit, SetResult, Special};
use serde_json::{json, Map, Value};

use crate::gauge::Gauge;
use crate::lang::Lang;
use crate::{CommandResult, Output};

#[derive(Debug, Args)]
pub struct CuffArgs {
    #[command(subcommand)]
    command: CuffCommand,
}

#[derive(Debug, Subcommand)]
enum CuffCommand {
    /// Look for cuffs nearby.
    Scan {
        /// How long to look.
        #[arg(long, default_value_t = 5, value_name = "N")]
        seconds: u32,
    },
    /// Remember a cuff from `scan` by its identifier; it is used from now on.
    Pair {
        /// The identifier `scan` printed.
        id: String,
        /// A name to show for it.
        #[arg(long, default_value = "Cuff")]
        name: String,
    },
    /// Forget the paired cuff.
    Forget,
    /// Decode one cuff frame given as hex bytes, e.g. "00 D7 F0 00 00 00 00".
    Decode(DecodeArgs),
    /// Live biofeedback for an exercise from the paired cuff (or --simulate).
    Monitor(MonitorArgs),
}

#[derive(Debug, Args)]
struct DecodeArgs {
    /// The frame's bytes in hex, with or without spaces or colons.
    #[arg(required = true, num_args = 1.., value_name = "HEX")]
    hex: Vec<String>,
    /// The characteristic it came from: 2A36 (Intermediate Cuff Pressure), 2A35 (Blood
    /// Pressure Measurement) or a vendor's 128-bit UUID.
    #[arg(long, default_value = "2A36", value_name = "UUID")]
    characteristic: String,
}

#[derive(Debug, Args)]
struct MonitorArgs {
    /// Use the simulated cuff instead of the paired one.
    #[arg(long)]
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
    #[arg(long, default_value_t = 1.0, value_name = "N", value_parser = parse_speed)]
    speed: f64,
}

fn parse_speed(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(speed) if speed.is_finite() && speed > 0.0 => Ok(speed),
        _ => Err(format!("'{text}' is not a speed above 0")),
    }
}

pub fn run(
    args: &CuffArgs,
    app: impl FnOnce() -> Result<Arc<Kernkracht>, KernkrachtError>,
    out: &Output,
) -> CommandResult {
    match &args.command {
        CuffCommand::Scan { seconds } => run_scan(*seconds, &*app()?, out),
        CuffCommand::Pair { id, name } => {
            let cuff = app()?.pair_cuff(id.clone(), name.clone())?;
            out.confirm(
                "Gekoppeld:",
                "Paired:",
                format!("{} ({})", cuff.name, cuff.identifier),
            );
            Ok(())
        }
        CuffCommand::Forget => {
            app()?.forget_cuff()?;
            out.confirm("De manchet is vergeten.", "The cuff is forgotten.", "");
            Ok(())
        }
        CuffCommand::Decode(decode) => run_decode(decode, out),
        CuffCommand::Monitor(monitor) if monitor.simulate => run_monitor(monitor, out),
        CuffCommand::Monitor(monitor) => run_paired_monitor(monitor, &*app()?, out),
    }
}

fn run_scan(seconds: u32, app: &Kernkracht, out: &Output) -> CommandResult {
    let found = runtime().block_on(app.scan_cuffs(seconds.saturating_mul(1000)))?;
    if out.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&found).expect("candidates serialise")
        );
        return Ok(());
    }
    if found.is_empty() {
        println!(
            "{}",
            out.lang.pick("Geen manchet gevonden.", "No cuff found.")
        );
    }
    for cuff in found {
        let rssi = cuff.rssi.map(|r| format!("{r} dBm")).unwrap_or_default();
        println!(
            "{}  {}  {rssi}",
            cuff.identifier,
            cuff.name.unwrap_or_default()
        );
    }
    Ok(())
}

/// Live biofeedback from the paired cuff until the set ends, `--seconds` pass, or the link
/// ends for good.
fn run_paired_monitor(args: &MonitorArgs, app: &Kernkracht, out: &Output) -> CommandResult {
    let engine = BiofeedbackEngine::for_exercise(args.exercise.clone(), out.lang.locale().into())?;
    let (sender, readings) = mpsc::channel();
    let stream = app.stream_cuff(Arc::new(ToChannel(Mutex::new(sender))), None)?;
    let live = !out.json && std::io::stdout().is_terminal();
    let mut gauge = Gauge::new(out.lang);
    let mut last_change: Option<Change> = None;
    let started = Instant::now();
    let mut first_at_ms = None;
    let limit = args.seconds.map(|s| Duration::from_secs(u64::from(s)));
    while limit.is_none_or(|limit| started.elapsed() < limit) {
        let event = match readings.recv_timeout(Duration::from_millis(200)) {
            Ok(event) => event,
            Err(mpsc::RecvTimeoutError::Timeout) => continue,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        match event {
            LinkEvent::Reading(reading) => {
                // The set's clock runs from the first reading's own time stamp.
                let first = *first_at_ms.get_or_insert(reading.at_ms);
                let t_ms = u32::try_from(reading.at_ms - first).unwrap_or(0);
                let state = engine.push_sample(t_ms, reading.mmhg.unwrap_or(f64::NAN));
                show(&state, &mut gauge, &mut last_change, live);
            }
            LinkEvent::State(LinkState::Disconnected { reason }) => {
                eprintln!("kernkracht: {}", json!(reason));
                break;
            }
            LinkEvent::State(state) if !live => println!("{}", json!({ "link": state })),
            LinkEvent::State(_) => {}
        }
    }
    stream.stop();
    let result = engine.finish_set(app.paired_cuff()?.map(|c| c.identifier));
    finish(&result, &mut gauge, live, out.lang);
    Ok(())
}

enum LinkEvent {
    Reading(CuffReading),
    State(LinkState),
}

/// Passes a stream's events to the monitor's thread.
struct ToChannel(Mutex<mpsc::Sender<LinkEvent>>);

impl CuffListener for ToChannel {
    fn on_reading(&self, reading: CuffReading) {
        let _ = self.0.lock().map(|s| s.send(LinkEvent::Reading(reading)));
    }
    fn on_state(&self, state: LinkState) {
        let _ = self.0.lock().map(|s| s.send(LinkEvent::State(state)));
    }
    fn on_refused(&self, total: u64) {
        log::warn!("the cuff sent {total} frames that could not be read");
    }
}

fn run_decode(args: &DecodeArgs, out: &Output) -> CommandResult {
    let kind = cuff_profile(None, Some(args.characteristic.clone()))?.frame_kind;
    let frame = decode_cuff_frame(kind, parse_hex(&args.hex.join(" "))?)?;
    if out.json {
        println!("{}", frame_json(&frame));
    } else {
        print!("{}", describe_frame(&frame, out.lang));
    }
    Ok(())
}

/// Bytes from hex digits, ignoring spaces, colons, dashes and a `0x` prefix.
fn parse_hex(text: &str) -> Result<Vec<u8>, KernkrachtError> {
    let digits: String = text
        .trim()
        .trim_start_matches("0x")
        .chars()
        .filter(|c| !matches!(c, ' ' | ':' | '-' | '\t'))
        .collect();
    let bad = || KernkrachtError::InvalidInput(format!("'{text}' is not a frame in hex bytes"));
    if digits.len() % 2 != 0 || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        return Err(bad());
    }
    (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).map_err(|_| bad()))
        .collect()
}

fn value_json(value: &CuffValue) -> Value {
    json!({ "mmhg": value.value, "special": value.special })
}

/// The frame as one JSON object: the main pressure flat, optional fields only when present.
fn frame_json(frame: &CuffFrame) -> Value {
    let mut doc = Map::new();
    doc.insert("kind".into(), json!(frame.kind));
    doc.insert("unit".into(), json!(frame.unit));
    doc.insert("pressure_mmhg".into(), json!(frame.pressure.value));
    doc.insert("special".into(), json!(frame.pressure.special));
    doc.insert("diastolic".into(), value_json(&frame.diastolic));
    doc.insert("mean_arterial".into(), value_json(&frame.mean_arterial));
    if let Some(time_stamp) = &frame.time_stamp {
        doc.insert("time_stamp".into(), json!(time_stamp));
    }
    if let Some(pulse_rate) = &frame.pulse_rate {
        doc.insert(
            "pulse_rate".into(),
            json!({ "per_minute": pulse_rate.value, "special": pulse_rate.special }),
        );
    }
    if let Some(user_id) = frame.user_id {
        doc.insert("user_id".into(), json!(user_id));
    }
    if let Some(status) = &frame.measurement_status {
        doc.insert("measurement_status".into(), json!(status));
    }
    Value::Object(doc)
}

/// A number with at most two decimals, as the language writes it.
fn decimal(value: f64, lang: Lang) -> String {
    lang.number((value * 100.0).round() / 100.0)
}

fn special_words(special: Special, lang: Lang) -> &'static str {
    match special {
        Special::NotANumber => lang.pick("geen meting (NaN)", "no measurement (NaN)"),
        Special::NotAtThisResolution => {
            lang.pick("niet weer te geven (NRes)", "not representable (NRes)")
        }
        Special::PositiveInfinity => lang.pick("boven het bereik (+INF)", "above range (+INF)"),
        Special::NegativeInfinity => lang.pick("onder het bereik (−INF)", "below range (−INF)"),
        Special::Reserved => lang.pick("gereserveerde waarde", "reserved value"),
    }
}

fn pressure_words(value: &CuffValue, lang: Lang) -> String {
    match (value.value, value.special) {
        (Some(mmhg), _) => format!("{} mmHg", decimal(mmhg, lang)),
        (None, Some(special)) => special_words(special, lang).to_owned(),
        (None, None) => "?".to_owned(),
    }
}

fn describe_frame(frame: &CuffFrame, lang: Lang) -> String {
    let mut text = match frame.kind {
        FrameKind::IntermediateCuffPressure => format!(
            "{}: {}",
            lang.pick("Manchetdruk (0x2A36)", "Cuff pressure (0x2A36)"),
            pressure_words(&frame.pressure, lang)
        ),
        FrameKind::BloodPressureMeasurement => format!(
            "{}: {} {}, {} {}, {} {}",
            lang.pick(
                "Bloeddrukmeting (0x2A35)",
                "Blood pressure measurement (0x2A35)"
            ),
            lang.pick("systolisch", "systolic"),
            pressure_words(&frame.pressure, lang),
            lang.pick("diastolisch", "diastolic"),
            pressure_words(&frame.diastolic, lang),
            lang.pick("gemiddeld", "mean arterial"),
            pressure_words(&frame.mean_arterial, lang)
        ),
    };
    if frame.unit == PressureUnit::Kpa {
        text.push_str(lang.pick(" (verzonden in kPa)", " (sent in kPa)"));
    }
    text.push('\n');
    if let Some(t) = &frame.time_stamp {
        text.push_str(&format!(
            "  {}: {:04}-{:02}-{:02} {:02}:{:02}:{:02}\n",
            lang.pick("tijdstip", "time stamp"),
            t.year,
            t.month,
            t.day,
            t.hours,
            t.minutes,
            t.seconds
        ));
    }
    if let Some(pulse) = &frame.pulse_rate {
        let rate = match (pulse.value, pulse.special) {
            (Some(rate), _) => format!("{} /min", decimal(rate, lang)),
            (None, Some(special)) => special_words(special, lang).to_owned(),
            (None, None) => "?".to_owned(),
        };
        text.push_str(&format!(
            "  {}: {rate}\n",
            lang.pick("hartslag", "pulse rate")
        ));
    }
    if let Some(user) = frame.user_id {
        text.push_str(&format!("  {}: {user}\n", lang.pick("gebruiker", "user")));
    }
    if let Some(status) = &frame.measurement_status {
        let remarks: Vec<&str> = [
            (
                status.body_movement,
                lang.pick("lichaamsbeweging", "body movement"),
            ),
            (
                status.cuff_too_loose,
                lang.pick("manchet te los", "cuff too loose"),
            ),
            (
                status.irregular_pulse,
                lang.pick("onregelmatige hartslag", "irregular pulse"),
            ),
            (
                status.pulse_rate_range == PulseRateRange::AboveUpperLimit,
                lang.pick("hartslag boven bereik", "pulse rate above range"),
            ),
            (
                status.pulse_rate_range == PulseRateRange::BelowLowerLimit,
                lang.pick("hartslag onder bereik", "pulse rate below range"),
            ),
            (
                status.improper_position,
                lang.pick("verkeerde houding", "improper position"),
            ),
        ]
        .into_iter()
        .filter_map(|(set, words)| set.then_some(words))
        .collect();
        let remarks = if remarks.is_empty() {
            lang.pick("niets te melden", "nothing to report").to_owned()
        } else {
            remarks.join(", ")
        };
        text.push_str(&format!("  {}: {remarks}\n", lang.pick("status", "status")));
    }
    text
}

fn run_monitor(args: &MonitorArgs, out: &Output) -> CommandResult {
    let simulator = CuffSimulator::for_exercise(args.exercise.clone(), args.seed)?;
    let engine = BiofeedbackEngine::for_exercise(args.exercise.clone(), out.lang.locale().into())?;
    let kind = cuff_profile(None, None)?.frame_kind;
    let live = !out.json && std::io::stdout().is_terminal();
    let mut gauge = Gauge::new(out.lang);
    let mut last_change: Option<Change> = None;
    let started = Instant::now();
    while let Some(notification) = simulator.next_notification() {
        if args
            .seconds
            .is_some_and(|seconds| notification.t_ms > seconds.saturating_mul(1000))
        {
            break;
        }
        pace(started, notification.t_ms, args.speed);
        let state = engine.push_frame(notification.t_ms, kind, notification.payload)?;
        show(&state, &mut gauge, &mut last_change, live);
    }
    finish(&engine.finish_set(None), &mut gauge, live, out.lang);
    Ok(())
}

/// Draws a state on the gauge, or prints it as a JSON line when it is news.
fn show(state: &CuffState, gauge: &mut Gauge, last_change: &mut Option<Change>, live: bool) {
    let change = Change::of(state);
    let changed = last_change.as_ref() != Some(&change);
    if live {
        gauge.draw(state, changed);
    } else if changed {
        println!("{}", json!(state));
    }
    *last_change = Some(change);
}

/// Closes the gauge with the set's summary.
fn finish(result: &SetResult, gauge: &mut Gauge, live: bool, lang: Lang) {
    if live {
        gauge.finish();
        println!("{}", summary_words(result, lang));
    } else {
        println!("{}", json!({ "summary": result }));
    }
}

/// Sleeps until the reading at `t_ms` is due at `speed` times real time.
fn pace(started: Instant, t_ms: u32, speed: f64) {
    let due = Duration::from_secs_f64(f64::from(t_ms) / 1000.0 / speed);
    if let Some(wait) = due.checked_sub(started.elapsed()) {
        if wait > Duration::from_millis(1) {
            thread::sleep(wait);
        }
    }
}

/// What makes a state worth a line of its own: not every pressure reading is news.
#[derive(Debug, PartialEq)]
struct Change {
    phase: Phase,
    in_band: bool,
    reps: u32,
    hints: Vec<Hint>,
    has_band: bool,
}

impl Change {
    fn of(state: &CuffState) -> Change {
        Change {
            phase: state.phase,
            in_band: state.in_band,
            reps: state.reps,
            hints: state.hints.iter().map(|h| h.hint).collect(),
            has_band: state.band.is_some(),
        }
    }
}

fn summary_words(result: &SetResult, lang: Lang) -> String {
    let p = &result.pressure;
    let reps = match (lang, result.reps) {
        (Lang::Nl, 1) => "1 herhaling".to_owned(),
        (Lang::Nl, n) => format!("{n} herhalingen"),
        (Lang::En, 1) => "1 rep".to_owned(),
        (Lang::En, n) => format!("{n} reps"),
    };
    match lang {
        Lang::Nl => format!(
            "Set klaar: {reps}, {}% van de tijd in de zone, gemiddeld {} mmHg naast het doel \
             (hoogstens {}), stabiliteit {}.",
            p.time_in_band_pct.round(),
            decimal(p.mean_dev_mmhg, lang),
            decimal(p.worst_dev_mmhg, lang),
            decimal(p.steadiness, lang)
        ),
        Lang::En => format!(
            "Set done: {reps}, {}% of the time in the band, {} mmHg off target on average \
             ({} at worst), steadiness {}.",
            p.time_in_band_pct.round(),
            decimal(p.mean_dev_mmhg, lang),
            decimal(p.worst_dev_mmhg, lang),
            decimal(p.steadiness, lang)
        ),
    }
}
