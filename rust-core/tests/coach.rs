//! The program applied to stored history through the app object: today's plan, a session
//! judged against its plan, progress that survives reopening, reminders that skip a done
//! day, and more training days proposed after two good weeks.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use std::path::Path;

use kernkracht::api::app::Kernkracht;
use kernkracht::api::KernkrachtError;
use kernkracht::history::SessionStatus;
use kernkracht::program::{Change, PlannedSession};
use kernkracht::reminders::Weekday;
use kernkracht::store::Store;

const ZONE: &str = "Europe/Amsterdam";
/// Monday 2 November 2026, 09:00 in Amsterdam.
const MONDAY_MS: i64 = 1_793_606_400_000 + 8 * 3_600_000;
const DAY_MS: i64 = 86_400_000;

fn app(path: &Path) -> std::sync::Arc<Kernkracht> {
    Kernkracht::open(path.display().to_string(), "en".into()).unwrap()
}

/// Does today's plan in full, without pain; returns the session id.
fn train(path: &Path, now_ms: i64) -> (i64, PlannedSession) {
    let app = app(path);
    let today = app.today(now_ms, ZONE.into()).unwrap();
    let plan = today.session.unwrap();
    drop(app);
    let store = Store::open(path).unwrap();
    let id = store
        .start_session(
            &today.date,
            now_ms,
            Some(3),
            Some(&serde_json::to_string(&plan).unwrap()),
        )
        .unwrap();
    for set in support::perform(&plan, &[], 24) {
        store.record_set(id, &set).unwrap();
    }
    store
        .finish_session(
            id,
            SessionStatus::Completed,
            now_ms + 1_800_000,
            Some(3),
            Some(5),
            "",
        )
        .unwrap();
    (id, plan)
}

#[test]
fn sessions_are_judged_once_and_progress_persists() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    support::onboard(&Store::open(&path).unwrap());

    let mut now = MONDAY_MS;
    let mut first_tilt_reps = None;
    for round in 0..4 {
        let (id, plan) = train(&path, now);
        let tilt = plan
            .exercises
            .iter()
            .find(|e| e.exercise_id == "pelvic-tilt-supine")
            .unwrap();
        first_tilt_reps.get_or_insert(tilt.reps);
        let decisions = app(&path).evaluate_session(id, now + 1_900_000).unwrap();
        let tilt = decisions
            .iter()
            .find(|d| d.exercise_id == "pelvic-tilt-supine")
            .unwrap();
        let expected = if round % 2 == 1 {
            Change::StepUp
        } else {
            Change::Hold
        };
        assert_eq!(tilt.change, expected, "round {round}");
        match app(&path).evaluate_session(id, now) {
            Err(KernkrachtError::InvalidInput(message)) => {
                assert!(message.contains("already evaluated"))
            }
            other => panic!("{other:?}"),
        }
        now += 2 * DAY_MS;
    }
    let later = app(&path).today(now, ZONE.into()).unwrap().session.unwrap();
    let tilt = later
        .exercises
        .iter()
        .find(|e| e.exercise_id == "pelvic-tilt-supine")
        .unwrap();
    assert_eq!(first_tilt_reps, Some(Some(3)));
    assert_eq!(
        tilt.reps,
        Some(5),
        "two step-ups, kept across reopening the database"
    );
    assert_eq!(later.number, 5);
    let backup: serde_json::Value =
        serde_json::from_str(&app(&path).export_backup().unwrap()).unwrap();
    assert!(backup["progression"].as_array().unwrap().len() >= 2);
    assert!(backup["sessions"][0]["plan"].is_string());
}

#[test]
fn a_done_day_gets_no_reminder_and_today_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    support::onboard(&Store::open(&path).unwrap());
    let before = app(&path).upcoming_reminders(MONDAY_MS, None, 3).unwrap();
    assert_eq!(before[0].local, "2026-11-02T18:00:00+01:00");
    train(&path, MONDAY_MS);
    let after = app(&path)
        .upcoming_reminders(MONDAY_MS + 3_600_000, None, 3)
        .unwrap();
    assert_eq!(after[0].local_date, "2026-11-04", "Monday is done");
    let today = app(&path)
        .today(MONDAY_MS + 3_600_000, ZONE.into())
        .unwrap();
    assert!(today.done && today.training_day);
    // Abroad the reminder keeps its wall-clock time.
    let abroad = app(&path)
        .upcoming_reminders(MONDAY_MS, Some("America/New_York".into()), 1)
        .unwrap();
    assert_eq!(abroad[0].local, "2026-11-04T18:00:00-05:00");
}

#[test]
fn two_good_weeks_propose_a_fourth_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    support::onboard(&Store::open(&path).unwrap());
    for week in 0..2 {
        for day in [0, 2, 4] {
            let now = MONDAY_MS + (week * 7 + day) * DAY_MS;
            let (id, _) = train(&path, now);
            app(&path).evaluate_session(id, now + 2_000_000).unwrap();
        }
    }
    let third_monday = MONDAY_MS + 14 * DAY_MS;
    assert_eq!(
        app(&path)
            .propose_training_days(third_monday - 14 * DAY_MS, ZONE.into())
            .unwrap(),
        None,
        "not before two full weeks"
    );
    let proposal = app(&path)
        .propose_training_days(third_monday, ZONE.into())
        .unwrap()
        .unwrap();
    assert_eq!(proposal.sessions_per_week, 4);
    assert_eq!(
        proposal.weekdays,
        [Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat]
    );
    let settings = app(&path)
        .accept_training_days(proposal.weekdays, third_monday)
        .unwrap();
    assert_eq!(settings.weekdays.len(), 4);
    let weeks = Store::open(&path)
        .unwrap()
        .weekly_adherence("2026-11-16", "2026-11-22")
        .unwrap();
    assert_eq!(weeks[0].target, 4);
}
