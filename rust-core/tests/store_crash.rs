//! Crash safety: a process writing sessions is killed (SIGKILL) at random moments, again and
//! again; after each kill the database passes SQLite's integrity check and holds every
//! session whose write had returned success.
//!
//! The writer is this same test binary, started again with `KERNKRACHT_CRASH_DB` set: it
//! writes sessions as fast as it can and prints each id once its write has returned.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use kernkracht::history::SessionStatus;
use kernkracht::store::Store;

const CHILD_ENV: &str = "KERNKRACHT_CRASH_DB";

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
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["crash_writer", "--exact", "--nocapture", "--test-threads=1"])
            .env(CHILD_ENV, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
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
