//! Crash safety: a process writing sessions is killed (SIGKILL) at random moments, again and
//! again; after each kill the database passes SQLite's integrity check and holds every
//! session whose write had returned success.
//!
//! The writer is this same test binary, started again with `KERNKRACHT_CRASH_DB` set: it
//! writes sessions as fast as it can and prints each id once its write has returned.
//!
//! Likewise a process killed in the middle of a session (`KERNKRACHT_INTERRUPTED_DB`) leaves
//! it `started`; the next open ends it as aborted with its recorded set kept.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use kernkracht::history::{SessionStatus, Side};
use kernkracht::store::Store;

const CHILD_ENV: &str = "KERNKRACHT_CRASH_DB";
const INTERRUPTED_ENV: &str = "KERNKRACHT_INTERRUPTED_DB";

/// Starts this test binary again to run only `test`, with `env` set to the database path.
fn spawn_child(test: &str, env: &str, path: &std::path::Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env(env, path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn crash_writer() {
    // Only does something when started by `killed_writers_lose_no_acknowledged_session`.
    let Ok(path) = std::env::var(CHILD_ENV) else {
        return;
    };
    let store = Store::open(std::path::Path::new(&path)).unwrap();
    for n in 0.. {
        let id = support::completed_session(&store, "2026-11-02", 3, 2);
        store
            .finish_session(id, SessionStatus::Completed, n, Some(2), None, "")
            .unwrap();
        println!("{id}");
    }
}

#[test]
fn killed_writers_lose_no_acknowledged_session() {
    if std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    let mut acknowledged = Vec::new();
    for round in 0..8u64 {
        let mut child = spawn_child("crash_writer", CHILD_ENV, &path);
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .filter_map(|line| line.trim().parse::<i64>().ok())
                .collect::<Vec<_>>()
        });
        // Let it write for a varying while, then kill it mid-write.
        std::thread::sleep(Duration::from_millis(150 + round * 37));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        acknowledged.extend(reader.join().unwrap());

        let store = Store::open(&path).unwrap();
        store.check_integrity().unwrap();
        let sessions = store.sessions_between("2026-11-02", "2026-11-02").unwrap();
        assert!(
            sessions.iter().all(|s| s.status != SessionStatus::Started),
            "round {round}: the killed writer's session is still started"
        );
        for &id in &acknowledged {
            let session = store.session(id).unwrap();
            assert!(
                session.is_some(),
                "round {round}: session {id} was acknowledged but is lost"
            );
            assert_eq!(
                store.sets(id).unwrap().len(),
                3,
                "round {round}: session {id}"
            );
        }
    }
    assert!(
        acknowledged.len() >= 8,
        "the writers wrote: {}",
        acknowledged.len()
    );
    println!(
        "{} acknowledged sessions survived 8 kills",
        acknowledged.len()
    );
}

#[test]
fn interrupted_session_writer() {
    // Only does something when started by `a_killed_session_is_aborted_at_the_next_open`.
    let Ok(path) = std::env::var(INTERRUPTED_ENV) else {
        return;
    };
    let store = Store::open(std::path::Path::new(&path)).unwrap();
    let id = store
        .start_session("2026-11-02", 1_700_000_000_000, Some(5), None)
        .unwrap();
    store
        .record_set(id, &support::set("bird-dog", 0, Side::Left))
        .unwrap();
    println!("{id}");
    // Mid-session, waiting for the next set, until killed (or given up on).
    std::thread::sleep(Duration::from_secs(60));
}

#[test]
fn a_killed_session_is_aborted_at_the_next_open() {
    if std::env::var(INTERRUPTED_ENV).is_ok() || std::env::var(CHILD_ENV).is_ok() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    let mut child = spawn_child("interrupted_session_writer", INTERRUPTED_ENV, &path);
    // The harness prints its own lines first, and the test's name on the id's line.
    let id = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map_while(Result::ok)
        .find_map(|line| line.split_whitespace().last()?.parse::<i64>().ok());
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let id = id.expect("the child printed its session id");

    let store = Store::open(&path).unwrap();
    store.check_integrity().unwrap();
    let session = store.session(id).unwrap().unwrap();
    assert_eq!(session.status, SessionStatus::Aborted);
    let sets = store.sets(id).unwrap();
    assert_eq!(sets.len(), 1, "the recorded set is kept");
    assert_eq!(session.ended_at_ms, Some(sets[0].recorded_at_ms));
    assert_eq!(session.pain_before, Some(5));
}
