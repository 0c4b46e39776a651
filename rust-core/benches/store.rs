//! Bench: the database after five years of heavy use — 5 sessions a week, 10 exercises of
//! 3 sets each, and a cuff trace on every pressure-biofeedback set (2 of the 10 exercises,
//! 90 s at 20 Hz per set).
//!
//! Run with `cargo bench -p kernkracht --bench store`. Prints the database size and the
//! time to open (and migrate) it, and the weekly adherence and pain-trend queries over the
//! whole five years and over the last 12 weeks, each against its goal.

#[path = "support/timing.rs"]
mod timing;

use std::hint::black_box;
use std::time::{Duration, Instant};

use base64::Engine;
use kernkracht::history::{
    PressureSummary, SessionRecord, SessionStatus, SetOutcome, SetRecord, Side,
};
use kernkracht::store::backup::{BackupPressure, BackupSession, BackupSet};
use kernkracht::store::{Backup, Store, BACKUP_FORMAT, BACKUP_VERSION};
use kernkracht::trace::{encode, Sample};
use timing::{measure, report};

const WEEKS: u32 = 5 * 52;
const SESSIONS_PER_WEEK: u32 = 5;
const EXERCISES: u32 = 10;
const CUFF_EXERCISES: u32 = 2;
const SETS: u32 = 3;
const TRACE_SECONDS: u32 = 90;

fn trace(seed: u32) -> String {
    let samples: Vec<Sample> = (0..TRACE_SECONDS * 20)
        .map(|i| {
            let t = i as f32 / 20.0;
            let ripple = 0.8 * (t * std::f32::consts::TAU / 4.0 + seed as f32).sin();
            let draw_in = if (i / 300) % 2 == 1 { -10.0 } else { 0.0 };
            Sample {
                t_ms: i * 50 + (i * 7919 + seed) % 4,
                mmhg: 70.0 + ripple + draw_in,
            }
        })
        .collect();
    base64::engine::general_purpose::STANDARD.encode(encode(&samples).unwrap())
}

fn five_years() -> Backup {
    let start = jiff::civil::date(2021, 11, 1);
    let weekdays = [0, 1, 2, 3, 4];
    let mut sessions = Vec::new();
    for week in 0..WEEKS {
        for &day in &weekdays[..SESSIONS_PER_WEEK as usize] {
            let date = start
                .checked_add(jiff::Span::new().days(i64::from(week * 7 + day)))
                .unwrap();
            let id = i64::from(week * SESSIONS_PER_WEEK + day + 1);
            let started = 1_636_000_000_000 + id * 86_400_000;
            let mut sets = Vec::new();
            for exercise in 0..EXERCISES {
                for set_index in 0..SETS {
                    let cuff = exercise < CUFF_EXERCISES;
                    sets.push(BackupSet {
                        set: SetRecord {
                            exercise_id: format!("exercise-{exercise}"),
                            set_index,
                            side: Side::None,
                            outcome: SetOutcome::Done,
                            reps: Some(10),
                            hold_ms: Some(15_000),
                            hurt: false,
                            recorded_at_ms: started + i64::from(exercise * 100 + set_index),
                        },
                        pressure: cuff.then(|| BackupPressure {
                            summary: PressureSummary {
                                cuff_identifier: Some("AA:BB:CC:DD:EE:FF".into()),
                                start_mmhg: 70.0,
                                time_in_band_pct: 80.0,
                                mean_dev_mmhg: 1.5,
                                worst_dev_mmhg: 4.0,
                                steadiness: 0.9,
                                compensated: false,
                            },
                            trace_base64: Some(trace(id as u32 + set_index)),
                        }),
                    });
                }
            }
            sessions.push(BackupSession {
                plan: None,
                evaluated: false,
                session: SessionRecord {
                    id,
                    local_date: date.to_string(),
                    status: SessionStatus::Completed,
                    planned_at_ms: None,
                    started_at_ms: Some(started),
                    ended_at_ms: Some(started + 1_800_000),
                    pain_before: Some((id % 7) as u8),
                    pain_after: Some((id % 5) as u8),
                    effort: Some(5),
                    notes: String::new(),
                },
                sets,
            });
        }
    }
    Backup {
        format: BACKUP_FORMAT.into(),
        version: BACKUP_VERSION,
        exported_at_ms: 0,
        profile: None,
        screenings: Vec::new(),
        reminders: None,
        program: None,
        exercise_dosages: Vec::new(),
        progression: Vec::new(),
        sessions,
        cuffs: Vec::new(),
    }
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    let backup = serde_json::to_string(&five_years()).unwrap();
    let store = Store::open(&path).unwrap();
    let start = Instant::now();
    store.import_json(&backup).unwrap();
    let import = start.elapsed();
    drop(store); // checkpoints the WAL into the database file
    let size = std::fs::metadata(&path).unwrap().len();
    let sessions = WEEKS * SESSIONS_PER_WEEK;
    println!(
        "five years: {sessions} sessions, {} sets, {} with a trace; backup {:.1} MiB, restored in {:.2} s",
        sessions * EXERCISES * SETS,
        sessions * CUFF_EXERCISES * SETS,
        backup.len() as f64 / 1048576.0,
        import.as_secs_f64()
    );
    println!(
        "database size on disk: {:.1} MiB ({:.1} KiB a session)",
        size as f64 / 1048576.0,
        size as f64 / 1024.0 / f64::from(sessions)
    );

    report(
        "open + migrate (five years of data)",
        measure(50, || drop(black_box(Store::open(&path).unwrap()))),
        Duration::from_millis(20),
    );
    let fresh = dir.path().join("fresh.db");
    report(
        "create + migrate a new database",
        measure(20, || {
            let _ = std::fs::remove_file(&fresh);
            drop(black_box(Store::open(&fresh).unwrap()));
        }),
        Duration::from_millis(20),
    );
    let store = Store::open(&path).unwrap();
    let (first, last) = ("2021-11-01", "2026-10-31");
    report(
        "weekly adherence, 5 years (260 weeks)",
        measure(50, || {
            black_box(store.weekly_adherence(first, last).unwrap());
        }),
        Duration::from_millis(10),
    );
    report(
        "weekly adherence, last 12 weeks",
        measure(200, || {
            black_box(store.weekly_adherence("2026-08-10", last).unwrap());
        }),
        Duration::from_millis(10),
    );
    report(
        "pain trend, 5 years",
        measure(50, || {
            black_box(store.pain_trend(first, last).unwrap());
        }),
        Duration::from_millis(10),
    );
    report(
        "pain trend, last 12 weeks",
        measure(200, || {
            black_box(store.pain_trend("2026-08-10", last).unwrap());
        }),
        Duration::from_millis(10),
    );
}
