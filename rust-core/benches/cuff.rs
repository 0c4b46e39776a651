//! Bench: the cuff's per-notification work, decoding one Intermediate Cuff Pressure frame
//! and one biofeedback engine update (goal: under 5 µs), also as a share of the 50 ms between
//! notifications of a 20 Hz cuff; the same through the FFI facade, which also builds the state
//! record a UI receives; and a whole simulated set as throughput.
//!
//! Run with `cargo bench -p kernkracht --bench cuff`; prints the median and the 90th
//! percentile over many runs, and the ratio to each goal.

#[path = "support/timing.rs"]
mod timing;

use std::hint::black_box;
use std::time::{Duration, Instant};

use kernkracht::api::cuff::BiofeedbackEngine;
use kernkracht::catalogue::Catalogue;
use kernkracht::cuff::source::reading;
use kernkracht::cuff::{CuffSource, Engine, EngineConfig, FrameKind, Notification, Simulator};
use timing::{measure, report};

const KIND: FrameKind = FrameKind::IntermediateCuffPressure;
const EXERCISE: &str = "pbu-prone-draw-in";

/// Replays recorded notifications forever, shifting time on each pass so it keeps rising.
struct Replay {
    notifications: Vec<Notification>,
    next: usize,
    offset_ms: u32,
}

impl Replay {
    fn next(&mut self) -> (u32, &[u8]) {
        if self.next == self.notifications.len() {
            self.next = 0;
            let last = self.notifications.last().map_or(0, |n| n.t_ms);
            self.offset_ms = self.offset_ms.wrapping_add(last + 50);
        }
        let n = &self.notifications[self.next];
        self.next += 1;
        (self.offset_ms.wrapping_add(n.t_ms), &n.payload)
    }
}

fn main() {
    let exercise = Catalogue::builtin()
        .expect("the catalogue loads")
        .exercise(EXERCISE)
        .expect("the exercise exists");
    let config = EngineConfig::for_exercise(exercise).expect("it has a pressure target");
    let mut simulator = Simulator::for_exercise(exercise, 1).expect("it has a pressure target");
    let notifications: Vec<Notification> =
        std::iter::from_fn(|| simulator.next_notification()).collect();
    let seconds = f64::from(notifications.last().map_or(0, |n| n.t_ms)) / 1000.0;
    println!(
        "cuff: a simulated set of {EXERCISE}: {} notifications over {seconds:.0} s",
        notifications.len()
    );

    let mut replay = Replay {
        notifications: notifications.clone(),
        next: 0,
        offset_ms: 0,
    };
    let mut engine = Engine::new(config);
    let per_frame = measure(200_000, || {
        let (t_ms, payload) = replay.next();
        let reading = reading(KIND, t_ms, black_box(payload)).expect("a valid frame");
        black_box(engine.push(reading));
    });
    report(
        "decode frame + engine update",
        per_frame,
        Duration::from_micros(5),
    );
    let (median, p90) = per_frame;
    println!(
        "{:<40} median {:>7.0} ns   p90 {:>7.0} ns   median / 50 ms {:.1e}",
        "same, against a 20 Hz cuff's interval",
        median.as_secs_f64() * 1e9,
        p90.as_secs_f64() * 1e9,
        median.as_secs_f64() / 0.050
    );

    let facade = BiofeedbackEngine::for_exercise(EXERCISE.into(), kernkracht::api::Language::En)
        .expect("the exercise has a pressure target");
    let mut replay = Replay {
        notifications: notifications.clone(),
        next: 0,
        offset_ms: 0,
    };
    report(
        "through the FFI facade (push_frame)",
        measure(200_000, || {
            let (t_ms, payload) = replay.next();
            black_box(facade.push_frame(t_ms, KIND, payload.to_vec()).unwrap());
        }),
        Duration::from_micros(5),
    );

    let runs = 20;
    let start = Instant::now();
    for _ in 0..runs {
        let mut engine = Engine::new(config);
        for n in &notifications {
            black_box(engine.push(reading(KIND, n.t_ms, &n.payload).unwrap()));
        }
    }
    let per_set = start.elapsed() / runs;
    println!(
        "{:<40} {:>10.2} ms for {seconds:.0} s of readings ({:.0} × real time)",
        "whole simulated set, decode + update",
        per_set.as_secs_f64() * 1e3,
        seconds / per_set.as_secs_f64()
    );
}
