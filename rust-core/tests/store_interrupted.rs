//! A session cut off while running (the app killed, Ctrl-C) does not stay `started`: the
//! next open ends it as aborted at its last activity, keeping what was done. Finished
//! sessions are left alone, and a session that is in fact still running can still finish.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use kernkracht::history::{SessionStatus, SetRecord, Side};
use kernkracht::store::Store;
use support::{completed_session, set};

const STARTED_AT: i64 = 1_700_000_000_000;

fn set_at(exercise_id: &str, set_index: u32, recorded_at_ms: i64) -> SetRecord {
    SetRecord {
        recorded_at_ms,
        ..set(exercise_id, set_index, Side::None)
    }
}

#[test]
fn a_session_left_started_is_aborted_at_the_next_open_keeping_its_sets() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    let id = {
        let store = Store::open(&path).unwrap();
        let id = store
            .start_session("2026-11-02", STARTED_AT, Some(4), Some("{}"))
            .unwrap();
        store
            .record_set(id, &set_at("pelvic-tilt-supine", 0, STARTED_AT + 90_000))
            .unwrap();
        store
            .record_set(id, &set_at("pelvic-tilt-supine", 1, STARTED_AT + 180_000))
            .unwrap();
        id
        // Dropped without finishing, as when the process is killed.
    };

    let store = Store::open(&path).unwrap();
    let session = store.session(id).unwrap().unwrap();
    assert_eq!(session.status, SessionStatus::Aborted);
    assert_eq!(
        session.ended_at_ms,
        Some(STARTED_AT + 180_000),
        "ends at its last set"
    );
    assert_eq!(session.started_at_ms, Some(STARTED_AT));
    assert_eq!(session.pain_before, Some(4), "the pain before is kept");
    let sets = store.sets(id).unwrap();
    assert_eq!(sets.len(), 2, "the sets are kept");
    assert_eq!(sets[1].recorded_at_ms, STARTED_AT + 180_000);
    assert_eq!(
        store.end_interrupted_sessions(None).unwrap(),
        Vec::<i64>::new()
    );
}

#[test]
fn a_session_without_sets_ends_when_it_started() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    let id = Store::open(&path)
        .unwrap()
        .start_session("2026-11-02", STARTED_AT, Some(2), None)
        .unwrap();

    let store = Store::open(&path).unwrap();
    let session = store.session(id).unwrap().unwrap();
    assert_eq!(session.status, SessionStatus::Aborted);
    assert_eq!(session.ended_at_ms, Some(STARTED_AT));
    assert_eq!(session.pain_before, Some(2));
}

#[test]
fn finished_sessions_are_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    let before = {
        let store = Store::open(&path).unwrap();
        completed_session(&store, "2026-11-02", 5, 3);
        let stopped = store
            .start_session("2026-11-04", STARTED_AT, Some(6), None)
            .unwrap();
        store
            .finish_session(
                stopped,
                SessionStatus::Aborted,
                STARTED_AT + 1,
                Some(7),
                None,
                "pain",
            )
            .unwrap();
        let skipped = store
            .start_session("2026-11-06", STARTED_AT, None, None)
            .unwrap();
        store
            .finish_session(skipped, SessionStatus::Skipped, STARTED_AT, None, None, "")
            .unwrap();
        store.sessions_between("2026-11-01", "2026-11-30").unwrap()
    };

    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.sessions_between("2026-11-01", "2026-11-30").unwrap(),
        before
    );
    assert_eq!(store.sets(before[0].id).unwrap().len(), 3);
}

#[test]
fn the_live_session_is_spared() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("kernkracht.db")).unwrap();
    let cut_off = store
        .start_session("2026-11-02", STARTED_AT, None, None)
        .unwrap();
    let live = store
        .start_session("2026-11-03", STARTED_AT + 1, None, None)
        .unwrap();
    assert_eq!(
        store.end_interrupted_sessions(Some(live)).unwrap(),
        [cut_off]
    );
    let status = |id| store.session(id).unwrap().unwrap().status;
    assert_eq!(status(cut_off), SessionStatus::Aborted);
    assert_eq!(status(live), SessionStatus::Started);
    assert_eq!(
        store.end_interrupted_sessions(Some(live)).unwrap(),
        Vec::<i64>::new()
    );
}

/// Not supported, but not harmful: a second open of the file ends a session another store
/// is still running; that session's later sets are still recorded and it still ends as
/// completed.
#[test]
fn a_live_session_aborted_by_another_open_still_finishes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    let running = Store::open(&path).unwrap();
    let id = running
        .start_session("2026-11-02", STARTED_AT, Some(3), None)
        .unwrap();
    running
        .record_set(id, &set_at("wall-sit", 0, STARTED_AT + 60_000))
        .unwrap();

    let other = Store::open(&path).unwrap();
    assert_eq!(
        other.session(id).unwrap().unwrap().status,
        SessionStatus::Aborted
    );

    running
        .record_set(id, &set_at("wall-sit", 1, STARTED_AT + 120_000))
        .unwrap();
    running
        .finish_session(
            id,
            SessionStatus::Completed,
            STARTED_AT + 150_000,
            Some(2),
            Some(6),
            "",
        )
        .unwrap();
    let session = other.session(id).unwrap().unwrap();
    assert_eq!(session.status, SessionStatus::Completed);
    assert_eq!(session.ended_at_ms, Some(STARTED_AT + 150_000));
    assert_eq!(session.pain_after, Some(2));
    assert_eq!(other.sets(id).unwrap().len(), 2);
}
