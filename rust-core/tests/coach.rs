//! The program applied to stored history by the coach: today's plan, a session judged against
//! its plan, progress that survives reopening, reminders that skip a done day, and more
//! training days proposed after two good weeks.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use std::path::Path;

use jiff::tz::TimeZone;
use jiff::Timestamp;
use kernkracht::catalogue::Catalogue;
use kernkracht::coach::{self, Failure, TodayFacts};
use kernkracht::history::SessionStatus;
use kernkracht::program::{Change, PlannedSession};
use kernkracht::reminders::{LocalTime, Weekday};
use kernkracht::store::Store;

const ZONE: &str = "Europe/Amsterdam";
/// Monday 2 November 2026, 09:00 in Amsterdam.
const MONDAY_MS: i64 = 1_793_606_400_000 + 8 * 3_600_000;
const DAY_MS: i64 = 86_400_000;

fn zone() -> TimeZone {
    TimeZone::get(ZONE).unwrap()
}

fn at(ms: i64) -> Timestamp {
    Timestamp::from_millisecond(ms).unwrap()
}

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin().unwrap()
}

fn today(path: &Path, now_ms: i64) -> TodayFacts {
    coach::today(
        &Store::open(path).unwrap(),
        catalogue(),
        at(now_ms),
        &zone(),
    )
    .unwrap()
}

fn evaluate(
    path: &Path,
    id: i64,
    now_ms: i64,
) -> Result<Vec<kernkracht::program::Decision>, Failure> {
    coach::evaluate(&Store::open(path).unwrap(), catalogue(), id, at(now_ms))
}

fn reminders(
    path: &Path,
    now_ms: i64,
    zone: &TimeZone,
    count: usize,
) -> Vec<kernkracht::reminders::schedule::Occurrence> {
    let store = Store::open(path).unwrap();
    let settings = store.reminders().unwrap().unwrap();
    coach::reminders(&store, &settings, zone, at(now_ms), count).unwrap()
}

/// Does today's plan in full, without pain; returns the session id.
fn train(path: &Path, now_ms: i64) -> (i64, PlannedSession) {
    let today = today(path, now_ms);
    let plan = today.plan.unwrap();
    let store = Store::open(path).unwrap();
    let id = store
        .start_session(
            &today.date.to_string(),
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
        let decisions = evaluate(&path, id, now + 1_900_000).unwrap();
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
        match evaluate(&path, id, now) {
            Err(error) => assert!(error.to_string().contains("already evaluated"), "{error}"),
            Ok(_) => panic!("judged twice"),
        }
        now += 2 * DAY_MS;
    }
    let later = today(&path, now).plan.unwrap();
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
    let backup = Store::open(&path).unwrap().export(now).unwrap();
    let backup = serde_json::to_value(&backup).unwrap();
    assert!(backup["progression"].as_array().unwrap().len() >= 2);
    assert!(backup["sessions"][0]["plan"].is_string());
}

#[test]
fn a_done_day_gets_no_reminder_and_today_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    support::onboard(&Store::open(&path).unwrap());
    let before = reminders(&path, MONDAY_MS, &zone(), 3);
    assert_eq!(
        before[0].local.to_string(),
        "2026-11-02T18:00:00+01:00[Europe/Amsterdam]"
    );
    train(&path, MONDAY_MS);
    let after = reminders(&path, MONDAY_MS + 3_600_000, &zone(), 3);
    assert_eq!(after[0].date().to_string(), "2026-11-04", "Monday is done");
    let facts = today(&path, MONDAY_MS + 3_600_000);
    assert!(facts.today().done && facts.today().training_day);
    // Abroad the reminder keeps its wall-clock time.
    let new_york = TimeZone::get("America/New_York").unwrap();
    let abroad = reminders(&path, MONDAY_MS, &new_york, 1);
    assert_eq!(
        abroad[0].local.to_string(),
        "2026-11-04T18:00:00-05:00[America/New_York]"
    );
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
            evaluate(&path, id, now + 2_000_000).unwrap();
        }
    }
    let third_monday = MONDAY_MS + 14 * DAY_MS;
    let store = Store::open(&path).unwrap();
    let settings = store.reminders().unwrap().unwrap();
    let propose = |now_ms| coach::propose_days(&store, &settings, &zone(), at(now_ms)).unwrap();
    assert_eq!(
        propose(third_monday - 14 * DAY_MS),
        None,
        "not before two full weeks"
    );
    let (sessions_per_week, weekdays) = propose(third_monday).unwrap();
    assert_eq!(sessions_per_week, 4);
    assert_eq!(
        weekdays,
        [Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat]
    );
    let settings = coach::set_days(
        &store,
        catalogue(),
        &weekdays,
        LocalTime::new(18, 0).unwrap(),
        ZONE,
        at(third_monday),
    )
    .unwrap();
    assert_eq!(settings.weekdays.len(), 4);
    let weeks = Store::open(&path)
        .unwrap()
        .weekly_adherence("2026-11-16", "2026-11-22")
        .unwrap();
    assert_eq!(weeks[0].target, 4);
}
