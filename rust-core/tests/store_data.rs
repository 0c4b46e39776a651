//! What the app stores, read back: onboarding, sessions and sets, reports, cuffs, and a
//! backup that round-trips and refuses bad documents without changing anything.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use kernkracht::history::{SessionStatus, Side};
use kernkracht::program::ExerciseProgress;
use kernkracht::program::{ProgressNote, ProgressRow};
use kernkracht::store::{Store, StoreError};
use support::{completed_session, onboard, set};

fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("kernkracht.db")).unwrap();
    (dir, store)
}

#[test]
fn onboarding_is_read_back() {
    let (_dir, store) = open();
    assert_eq!(store.profile().unwrap(), None);
    onboard(&store);
    let profile = store.profile().unwrap().unwrap();
    assert_eq!(profile.ball_diameter_cm, 65);
    assert_eq!(profile.height_cm, 176.0);
    assert!(profile.onboarding_done);
    assert_eq!(profile.equipment.len(), 3);
    assert!(!store.screening().unwrap().unwrap().acute_pain);
    assert_eq!(
        store.reminders().unwrap().unwrap().time_zone,
        "Europe/Amsterdam"
    );
}

#[test]
fn sessions_sets_and_reports() {
    let (_dir, store) = open();
    onboard(&store);
    // Week of Monday 2 November 2026: two sessions; the next week none; then one.
    let first = completed_session(&store, "2026-11-02", 5, 4);
    completed_session(&store, "2026-11-06", 4, 4);
    completed_session(&store, "2026-11-16", 3, 2);
    let aborted = store.start_session("2026-11-18", 0, Some(3), None).unwrap();
    store
        .record_set(aborted, &set("wall-sit", 0, Side::None))
        .unwrap();
    store
        .finish_session(aborted, SessionStatus::Aborted, 1, Some(7), None, "pain")
        .unwrap();

    let sets = store.sets(first).unwrap();
    assert_eq!(sets.len(), 3);
    assert_eq!(sets[1].side, Side::Left);
    assert_eq!(
        store.sets(aborted).unwrap().len(),
        1,
        "an aborted session keeps its sets"
    );

    let weeks = store.weekly_adherence("2026-11-02", "2026-11-22").unwrap();
    let counts: Vec<(&str, u32)> = weeks
        .iter()
        .map(|w| (w.week_start.as_str(), w.completed))
        .collect();
    assert_eq!(
        counts,
        [("2026-11-02", 2), ("2026-11-09", 0), ("2026-11-16", 1)]
    );
    assert!(weeks.iter().all(|w| w.target == 3));

    let pain = store.pain_trend("2026-11-01", "2026-11-30").unwrap();
    assert_eq!(pain.len(), 2);
    assert_eq!(pain[0].mean_before, Some(4.5));
    assert_eq!(pain[0].mean_after, Some(4.0));
    assert_eq!(pain[1].sessions, 2, "the completed and the aborted session");
    assert_eq!(pain[1].mean_after, Some(4.5));
}

#[test]
fn bad_values_are_refused() {
    let (_dir, store) = open();
    assert!(matches!(
        store.start_session("2026-02-30", 0, None, None),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.start_session("2026-11-02", 0, Some(11), None),
        Err(StoreError::Invalid(_))
    ));
    let id = store.start_session("2026-11-02", 0, None, None).unwrap();
    store
        .record_set(id, &set("wall-sit", 0, Side::None))
        .unwrap();
    assert!(
        matches!(
            store.record_set(id, &set("wall-sit", 0, Side::None)),
            Err(StoreError::Invalid(_))
        ),
        "the same set twice"
    );
    assert!(matches!(
        store.finish_session(999, SessionStatus::Completed, 0, None, None, ""),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(
        store.record_set(999, &set("wall-sit", 0, Side::None)),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn one_cuff_is_paired_at_a_time() {
    let (_dir, store) = open();
    assert_eq!(store.paired_cuff().unwrap(), None);
    store.pair_cuff("AA:AA", "Cuff A", 1).unwrap();
    store.pair_cuff("BB:BB", "Cuff B", 2).unwrap();
    assert_eq!(store.paired_cuff().unwrap().unwrap().identifier, "BB:BB");
    store.cuff_seen("BB:BB", 3).unwrap();
    assert_eq!(store.paired_cuff().unwrap().unwrap().last_seen_ms, Some(3));
    store.forget_cuff().unwrap();
    assert_eq!(store.paired_cuff().unwrap(), None);
    assert!(matches!(
        store.pair_cuff(" ", "x", 4),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn a_backup_round_trips_without_loss() {
    let (_dir, store) = open();
    onboard(&store);
    let judged = completed_session(&store, "2026-11-02", 5, 4);
    completed_session(&store, "2026-11-04", 4, 3);
    store.pair_cuff("AA:AA", "Cuff A", 1).unwrap();
    // Progress in every field, and a session the program judged.
    let mut state = store.program_state().unwrap();
    let progress = ExerciseProgress {
        step: 2,
        streak: 1,
        max_reps: Some(30),
        max_tested_at_ms: Some(7),
        paused_until_session: 4,
    };
    state.progress.insert("wall-sit".into(), progress.clone());
    let row = ProgressRow {
        exercise_id: "wall-sit".into(),
        progress,
        sets: Some(1),
        reps: None,
        hold_seconds: Some(40),
    };
    let note = ProgressNote {
        exercise_id: Some("wall-sit".into()),
        change: "StepUp to step 2".into(),
        reason: "test".into(),
    };
    store
        .save_program(&state, &[row], &[note], Some(judged), 9)
        .unwrap();
    let backup = store.export(42).unwrap();
    assert!(backup.sessions[0].evaluated);
    assert_eq!(backup.exercise_dosages[0].paused_until_session, 4);
    let json = serde_json::to_string(&backup).unwrap();

    let (_dir2, restored) = open();
    restored.import_json(&json).unwrap();
    assert_eq!(restored.export(42).unwrap(), backup);
    assert_eq!(restored.program_state().unwrap().progress, state.progress);
    assert_eq!(backup.sessions.len(), 2);
    assert_eq!(backup.sessions[0].sets.len(), 3);
    assert!(backup.sessions[0].sets[2]
        .pressure
        .as_ref()
        .unwrap()
        .trace_base64
        .is_some());
    // Importing into a store with other data replaces it.
    completed_session(&restored, "2026-12-01", 1, 1);
    restored.import_json(&json).unwrap();
    assert_eq!(restored.export(42).unwrap(), backup);
}

#[test]
fn a_bad_backup_changes_nothing_and_says_why() {
    let (_dir, store) = open();
    onboard(&store);
    completed_session(&store, "2026-11-02", 5, 4);
    let before = store.export(1).unwrap();
    let good = serde_json::to_value(&before).unwrap();

    let mut newer = good.clone();
    newer["version"] = 2.into();
    let mut bad_outcome = good.clone();
    bad_outcome["sessions"][0]["sets"][1]["set"]["outcome"] = "great".into();
    let mut bad_pain = good.clone();
    bad_pain["sessions"][0]["session"]["pain_after"] = 12.into();
    let mut bad_trace = good.clone();
    bad_trace["sessions"][0]["sets"][2]["pressure"]["trace_base64"] = "AQUA".into();
    let mut wrong_ball = good.clone();
    wrong_ball["profile"]["ball_diameter_cm"] = 55.into();

    let cases = [
        ("not json".to_owned(), "not valid JSON"),
        (
            "{\"format\": \"other\"}".to_owned(),
            "not a Kernkracht backup",
        ),
        (newer.to_string(), "newer version of the app"),
        (bad_outcome.to_string(), "sessions[0].sets[1].set.outcome"),
        (bad_pain.to_string(), "sessions[0].session.pain_after"),
        (
            bad_trace.to_string(),
            "sessions[0].sets[2].pressure.trace_base64",
        ),
        (wrong_ball.to_string(), "profile.ball_diameter_cm"),
    ];
    for (json, expected) in cases {
        let error = store.import_json(&json).unwrap_err();
        assert!(error.to_string().contains(expected), "{expected}: {error}");
        assert_eq!(
            store.export(1).unwrap(),
            before,
            "{expected}: nothing changed"
        );
    }
}

#[test]
fn readers_and_a_writer_work_at_once() {
    let (_dir, store) = open();
    onboard(&store);
    let store = std::sync::Arc::new(store);
    std::thread::scope(|scope| {
        let writer = {
            let store = store.clone();
            scope.spawn(move || {
                for day in 1..=28 {
                    completed_session(&store, &format!("2026-02-{day:02}"), 3, 2);
                }
            })
        };
        for _ in 0..2 {
            let store = store.clone();
            scope.spawn(move || {
                for _ in 0..50 {
                    let weeks = store.weekly_adherence("2026-02-01", "2026-02-28").unwrap();
                    assert!(weeks.iter().map(|w| w.completed).sum::<u32>() <= 28);
                }
            });
        }
        writer.join().unwrap();
    });
    let total: u32 = store
        .weekly_adherence("2026-02-01", "2026-02-28")
        .unwrap()
        .iter()
        .map(|w| w.completed)
        .sum();
    assert_eq!(total, 28);
}

/// What the program reads back about the last days: the sessions per exercise (each
/// exercise's times a week) and each cuff exercise's sets in the band per session (a phase
/// passes on them, 002).
#[test]
fn sessions_per_exercise_and_the_cuff_results_per_session() {
    let (_dir, store) = open();
    onboard(&store);
    let cuff_session = |date: &str, started_at_ms: i64, pct: &[(&str, f64)]| {
        let id = store
            .start_session(date, started_at_ms, Some(2), None)
            .unwrap();
        for (index, (exercise, pct)) in pct.iter().enumerate() {
            let pressure = kernkracht::history::PressureSummary {
                time_in_band_pct: *pct,
                ..support::pressure()
            };
            store
                .record_cuff_set(
                    id,
                    &set(exercise, index as u32, Side::None),
                    &pressure,
                    None,
                )
                .unwrap();
        }
        store
            .finish_session(
                id,
                SessionStatus::Completed,
                started_at_ms + 1,
                Some(2),
                None,
                "",
            )
            .unwrap();
    };
    cuff_session("2026-11-30", 1_000, &[("pbu-prone-draw-in", 60.0)]);
    cuff_session(
        "2026-12-01",
        2_000,
        &[("pbu-prone-draw-in", 90.0), ("pbu-prone-draw-in", 70.0)],
    );
    cuff_session("2026-12-02", 3_000, &[("pbu-prone-arm-lift", 50.0)]);

    let week = store
        .sessions_per_exercise("2026-12-01", "2026-12-07")
        .unwrap();
    assert_eq!(week.get("pbu-prone-draw-in"), Some(&1));
    assert_eq!(week.get("pbu-prone-arm-lift"), Some(&1));

    let ids = ["pbu-prone-draw-in".to_string(), "pbu-prone-arm-lift".into()];
    let results = store.cuff_results(&ids, 0).unwrap();
    let summary: Vec<(&str, u32, f64)> = results
        .iter()
        .map(|r| (r.exercise_id.as_str(), r.sets, r.mean_pct))
        .collect();
    assert_eq!(
        summary,
        [
            ("pbu-prone-draw-in", 1, 60.0),
            ("pbu-prone-draw-in", 2, 80.0),
            ("pbu-prone-arm-lift", 1, 50.0)
        ],
        "per session and exercise, oldest first: its sets and their mean"
    );
    let since_the_second = store.cuff_results(&ids, 2_500).unwrap();
    assert_eq!(since_the_second.len(), 1);
    assert_eq!(since_the_second[0].exercise_id, "pbu-prone-arm-lift");

    // A set with a compensation (002) counts as 0 % however long it was in the band.
    let id = store
        .start_session("2026-12-03", 4_000, Some(2), None)
        .unwrap();
    let compensated = kernkracht::history::PressureSummary {
        time_in_band_pct: 95.0,
        compensated: true,
        ..support::pressure()
    };
    store
        .record_cuff_set(
            id,
            &set("pbu-prone-arm-lift", 0, Side::None),
            &compensated,
            None,
        )
        .unwrap();
    store
        .finish_session(id, SessionStatus::Completed, 4_001, Some(2), None, "")
        .unwrap();
    let compensated = store.cuff_results(&ids, 3_500).unwrap();
    assert_eq!(compensated.len(), 1);
    assert_eq!(compensated[0].mean_pct, 0.0);
}
