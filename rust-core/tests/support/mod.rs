//! Shared test data for the storage tests.
#![allow(dead_code)]

use kernkracht::catalogue::Equipment;
use kernkracht::history::{PressureSummary, SessionStatus, SetOutcome, SetRecord, Side};
use kernkracht::language::Language;
use kernkracht::profile::{self, Goal, Onboarding};
use kernkracht::program::PlannedSession;
use kernkracht::reminders::{LocalTime, ReminderSettings, Weekday};
use kernkracht::store::Store;

pub fn onboarding() -> Onboarding {
    Onboarding {
        height_cm: 176.0,
        language: Language::Nl,
        goal: Goal::Recovery,
        equipment: vec![Equipment::Ball, Equipment::Mat, Equipment::Cuff],
        red_flags: false,
        acute_pain: false,
        reminders: ReminderSettings {
            weekdays: vec![Weekday::Mon, Weekday::Wed, Weekday::Fri],
            time: LocalTime {
                hour: 18,
                minute: 0,
            },
            time_zone: "Europe/Amsterdam".into(),
        },
    }
}

pub fn onboard(store: &Store) {
    let (p, s, r) = profile::complete(&onboarding(), 1_700_000_000_000).unwrap();
    store
        .save_onboarding(&p, &s, &r, 1_700_000_000_000)
        .unwrap();
}

pub fn set(exercise_id: &str, set_index: u32, side: Side) -> SetRecord {
    SetRecord {
        exercise_id: exercise_id.into(),
        set_index,
        side,
        outcome: SetOutcome::Done,
        reps: Some(10),
        hold_ms: Some(15_000),
        hurt: false,
        recorded_at_ms: 1_700_000_100_000 + i64::from(set_index),
    }
}

pub fn pressure() -> PressureSummary {
    PressureSummary {
        cuff_identifier: Some("AA:BB:CC:DD:EE:FF".into()),
        start_mmhg: 70.0,
        time_in_band_pct: 82.5,
        mean_dev_mmhg: 1.4,
        worst_dev_mmhg: 4.0,
        steadiness: 0.9,
        compensated: false,
    }
}

/// A completed session on `date` with two plain sets and one cuff set with a trace.
pub fn completed_session(store: &Store, date: &str, pain_before: u8, pain_after: u8) -> i64 {
    let id = store
        .start_session(date, 1_700_000_000_000, Some(pain_before), None)
        .unwrap();
    store
        .record_set(id, &set("pelvic-tilt-supine", 0, Side::None))
        .unwrap();
    store
        .record_set(id, &set("side-plank-two-legs", 0, Side::Left))
        .unwrap();
    let trace = kernkracht::trace::encode(&[
        kernkracht::trace::Sample {
            t_ms: 0,
            mmhg: 70.0,
        },
        kernkracht::trace::Sample {
            t_ms: 50,
            mmhg: 69.4,
        },
    ])
    .unwrap();
    store
        .record_cuff_set(
            id,
            &set("pbu-prone-draw-in", 0, Side::None),
            &pressure(),
            Some(&trace),
        )
        .unwrap();
    store
        .finish_session(
            id,
            SessionStatus::Completed,
            1_700_001_000_000,
            Some(pain_after),
            Some(5),
            "ok",
        )
        .unwrap();
    id
}

/// Every planned set done in full (on both sides where a set is done on each side);
/// exercises in `hurt` are reported as hurting; a
/// maximum test reaches `max_reps`.
pub fn perform(plan: &PlannedSession, hurt: &[&str], max_reps: u32) -> Vec<SetRecord> {
    let mut sets = Vec::new();
    for p in &plan.exercises {
        for set_index in 0..p.sets {
            let sides: &[Side] = if p.sides.set_per_side(p.reps) {
                &[Side::Left, Side::Right]
            } else {
                &[Side::None]
            };
            for &side in sides {
                sets.push(SetRecord {
                    exercise_id: p.exercise_id.clone(),
                    set_index,
                    side,
                    outcome: SetOutcome::Done,
                    reps: if p.max_test { Some(max_reps) } else { p.reps },
                    hold_ms: p.hold_seconds.map(|h| h * 1000),
                    hurt: hurt.contains(&p.exercise_id.as_str()),
                    recorded_at_ms: 0,
                });
            }
        }
    }
    sets
}

/// The sessions of the seven days up to `day` (day numbers, today included) that trained each
/// exercise, from a history of (day, exercise ids), as the coach counts them from the store.
pub fn done_in_week(
    trained: &[(i64, Vec<String>)],
    day: i64,
) -> std::collections::BTreeMap<String, u32> {
    let mut counts = std::collections::BTreeMap::new();
    for (_, ids) in trained.iter().filter(|(d, _)| *d <= day && day - d < 7) {
        for id in ids {
            *counts.entry(id.clone()).or_default() += 1;
        }
    }
    counts
}
