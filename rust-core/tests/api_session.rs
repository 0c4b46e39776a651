//! A guided session through the app object on a fake clock: stored as it happens, judged at
//! the end, and an abort that keeps what was done.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use std::sync::Arc;

use kernkracht::api::app::Kernkracht;
use kernkracht::api::session::{GuidedSession, SessionUpdate};
use kernkracht::api::KernkrachtError;
use kernkracht::history::{SessionStatus, SetOutcome};
use kernkracht::session::Stage;
use kernkracht::store::Store;

/// Monday 2 November 2026, 17:00 UTC (18:00 in Amsterdam).
const START_MS: i64 = 1_793_638_800_000;
const ZONE: &str = "Europe/Amsterdam";

fn app(dir: &tempfile::TempDir) -> Arc<Kernkracht> {
    let path = dir.path().join("k.db");
    support::onboard(&Store::open(&path).unwrap());
    Kernkracht::open(path.display().to_string(), "en".into()).unwrap()
}

/// An onboarded app and today's session, started.
fn started(dir: &tempfile::TempDir) -> (Arc<Kernkracht>, Arc<GuidedSession>) {
    let app = app(dir);
    let session = app
        .clone()
        .start_guided_session(START_MS, ZONE.into())
        .unwrap();
    (app, session)
}

/// Ticks every 250 ms with default answers until the session is over or `stop` says so.
fn run(
    session: &GuidedSession,
    mut stop: impl FnMut(&SessionUpdate) -> bool,
) -> (i64, SessionUpdate) {
    let mut now = START_MS;
    let mut update = session.tick(now).unwrap();
    while !matches!(update.view.stage, Stage::Finished | Stage::Ended) && !stop(&update) {
        now += 250;
        update = match update.view.stage {
            Stage::PainBefore => session.report_pain(3, now),
            Stage::PainAfter => session.report_pain(3, now),
            Stage::AwaitingCount => session.report_count(18, now),
            Stage::Working if update.view.reps.is_none() => session.done(now),
            _ => session.tick(now),
        }
        .unwrap();
    }
    (now, update)
}

#[test]
fn a_whole_session_is_stored_and_judged() {
    let dir = tempfile::tempdir().unwrap();
    let (app, session) = started(&dir);
    assert_eq!(
        session.session_id(),
        None,
        "nothing stored before the pain question"
    );
    let (end, last) = run(&session, |_| false);
    assert_eq!(last.view.stage, Stage::Finished);
    assert!(!last.decisions.is_empty(), "progression was applied");
    let minutes = (end - START_MS) / 60_000;
    assert!((15..=40).contains(&minutes), "{minutes} minutes");

    let id = session.session_id().unwrap();
    let history = app
        .history("2026-11-01".into(), "2026-11-30".into())
        .unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0].session.id, id);
    assert_eq!(history[0].session.status, SessionStatus::Completed);
    assert_eq!(history[0].session.pain_before, Some(3));
    assert_eq!(history[0].sets_partial + history[0].sets_skipped, 0);
    assert_eq!(
        history[0].sets_done as usize,
        support::perform(&session.plan(), &[], 0).len()
    );
    // The day is done: no reminder for it, and today says so.
    assert!(app.today(end, ZONE.into()).unwrap().done);
}

#[test]
fn an_abort_keeps_the_completed_sets() {
    let dir = tempfile::tempdir().unwrap();
    let (app, session) = started(&dir);
    let (now, _) = run(&session, |u| u.view.exercise_number >= 4);
    let update = session.abort(now).unwrap();
    assert_eq!(update.view.stage, Stage::Ended);
    let sets = app.session_sets(session.session_id().unwrap()).unwrap();
    assert!(sets.len() >= 3, "{} sets", sets.len());
    assert!(sets.iter().all(|s| s.outcome != SetOutcome::Skipped));
    let history = app
        .history("2026-11-01".into(), "2026-11-30".into())
        .unwrap();
    assert_eq!(history[0].session.status, SessionStatus::Aborted);
}

#[test]
fn no_session_starts_with_red_flags() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(&dir);
    app.update_screening(true, false).unwrap();
    match app.clone().start_guided_session(START_MS, ZONE.into()) {
        Err(KernkrachtError::InvalidInput(message)) => assert_eq!(
            message,
            "no session can start: a warning sign was reported: see a doctor before training"
        ),
        Err(other) => panic!("{other}"),
        Ok(_) => panic!("a session started despite a red flag"),
    }
}
