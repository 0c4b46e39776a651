//! Bad files are refused with a typed error and left exactly as they were; moving one aside
//! keeps it and lets the app start fresh. Another program's SQLite database is told from
//! ours by the application id (or, before the mark existed, by our tables) and refused
//! without a byte changed or a side file left behind.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use std::path::Path;

use kernkracht::store::schema::APPLICATION_ID;
use kernkracht::store::{move_aside, Store, StoreError};
use rusqlite::config::DbConfig;
use rusqlite::Connection;

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// The names of the files in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

fn application_id(path: &Path) -> i32 {
    Connection::open(path)
        .unwrap()
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap()
}

/// Opens the file at `path` in `dir` and checks it is refused as another program's, with
/// its bytes and the directory's files as they were.
fn assert_refused_untouched(dir: &Path, path: &Path, case: &str) {
    let before = bytes(path);
    let files = listing(dir);
    let error = Store::open(path).unwrap_err();
    assert!(
        matches!(error, StoreError::ForeignDatabase { .. }),
        "{case}: {error}"
    );
    let message = error.to_string();
    assert!(message.contains("another program"), "{case}: {message}");
    assert!(message.contains("left untouched"), "{case}: {message}");
    assert!(message.contains("other.db"), "{case}: {message}");
    assert_eq!(bytes(path), before, "{case}: the file changed");
    assert_eq!(listing(dir), files, "{case}: side files appeared or went");
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(
            "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
             INSERT INTO notes (body) VALUES ('buy milk'), ('call the physio');",
        )
        .unwrap();
    }
    assert_refused_untouched(dir.path(), &path, "a notes database");
    let notes: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(notes, 2);
}

#[test]
fn a_database_with_another_application_id_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    // No tables at all: only the mark says whose it is.
    let path = dir.path().join("other.db");
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "application_id", 0x4750_4B47)
            .unwrap(); // "GPKG"
    }
    assert_refused_untouched(dir.path(), &path, "another mark, no tables");
    std::fs::remove_file(&path).unwrap();

    // Our tables, but another program's mark (negative as SQLite reads it): the mark wins.
    drop(Store::open(&path).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "application_id", i32::from_be_bytes(*b"\xf0OTH"))
        .unwrap();
    assert_refused_untouched(dir.path(), &path, "another mark on our tables");
}

#[test]
fn databases_that_only_look_like_ours_are_refused_untouched() {
    let cases = [
        (
            "tables but no version",
            "CREATE TABLE profile (id INTEGER PRIMARY KEY);",
        ),
        (
            "a version but other tables",
            "CREATE TABLE notes (body TEXT); PRAGMA user_version = 3;",
        ),
        (
            "our table names, other columns",
            "CREATE TABLE profile (id INTEGER PRIMARY KEY, name TEXT) STRICT;
             CREATE TABLE session (id INTEGER PRIMARY KEY, local_date TEXT) STRICT;
             PRAGMA user_version = 1;",
        ),
        ("a version and no tables", "PRAGMA user_version = 1;"),
    ];
    for (case, sql) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        Connection::open(&path).unwrap().execute_batch(sql).unwrap();
        assert_refused_untouched(dir.path(), &path, case);
    }
}

#[test]
fn another_programs_wal_database_keeps_its_wal_and_gets_no_side_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "journal_mode", "WAL").unwrap();
        c.execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('saved');")
            .unwrap();
    }
    // Closed cleanly: no side files, and reading it must not leave any.
    assert_eq!(listing(dir.path()), ["other.db"]);
    assert_refused_untouched(dir.path(), &path, "a WAL database");

    // The owner was killed with writes still only in its WAL: they must stay there, not be
    // checkpointed into the file by us.
    {
        let c = Connection::open(&path).unwrap();
        c.execute("INSERT INTO notes VALUES ('only in the WAL')", [])
            .unwrap();
        c.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)
            .unwrap();
    }
    let wal = dir.path().join("other.db-wal");
    let wal_before = bytes(&wal);
    assert!(!wal_before.is_empty());
    assert_refused_untouched(dir.path(), &path, "a WAL database with unsaved writes");
    assert_eq!(bytes(&wal), wal_before, "the WAL changed");
    let notes: i64 = Connection::open(&path)
        .unwrap()
        .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
        .unwrap();
    assert_eq!(notes, 2, "the owner's unsaved write is still there");
}

#[test]
fn new_databases_carry_the_mark() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.db");
    drop(Store::open(&new).unwrap());
    assert_eq!(application_id(&new), APPLICATION_ID);
    let empty = dir.path().join("empty.db");
    std::fs::write(&empty, b"").unwrap();
    drop(Store::open(&empty).unwrap());
    assert_eq!(application_id(&empty), APPLICATION_ID);
    assert_eq!(&bytes(&new)[68..72], b"KKRT", "readable in the header");
}

#[test]
fn a_database_from_before_the_mark_opens_and_gets_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    {
        let store = Store::open(&path).unwrap();
        support::onboard(&store);
        support::completed_session(&store, "2026-11-02", 4, 3);
    }
    // As an app version from before the mark left it.
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "application_id", 0)
        .unwrap();
    assert_eq!(application_id(&path), 0);

    let store = Store::open(&path).unwrap();
    assert_eq!(store.profile().unwrap().unwrap().ball_diameter_cm, 65);
    let sessions = store.sessions_between("2026-11-01", "2026-11-30").unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(store.sets(sessions[0].id).unwrap().len(), 3);
    drop(store);
    assert_eq!(application_id(&path), APPLICATION_ID);
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    std::fs::write(
        &path,
        "these are my holiday notes, not a database\n".repeat(50),
    )
    .unwrap();
    let before = bytes(&path);
    let error = Store::open(&path).unwrap_err();
    assert!(matches!(error, StoreError::NotADatabase { .. }), "{error}");
    assert!(error.to_string().contains("left untouched"), "{error}");
    assert_eq!(bytes(&path), before);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no files created"
    );
}

#[test]
fn a_damaged_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    drop(Store::open(&path).unwrap());
    let mut damaged = bytes(&path);
    // Keep the 100-byte header; scribble over the rest of page 1 (the schema's b-tree).
    for byte in &mut damaged[100..4096] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &damaged).unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(matches!(error, StoreError::Corrupt { .. }), "{error}");
    assert!(error.to_string().contains("kernkracht.db"), "{error}");
    assert_eq!(bytes(&path), damaged);
}

#[test]
fn a_database_from_a_newer_app_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    drop(Store::open(&path).unwrap());
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = bytes(&path);
    match Store::open(&path).unwrap_err() {
        StoreError::NewerVersion {
            found, supported, ..
        } => {
            assert_eq!(found, 99);
            assert_eq!(supported, kernkracht::store::schema::CURRENT_VERSION);
        }
        other => panic!("{other}"),
    }
    assert_eq!(bytes(&path), before);
}

#[test]
fn moving_aside_keeps_the_file_and_starts_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    std::fs::write(&path, b"garbage").unwrap();
    std::fs::write(dir.path().join("kernkracht.db-wal"), b"wal").unwrap();
    let aside = move_aside(&path).unwrap();
    assert_eq!(aside, dir.path().join("kernkracht.db.damaged-1"));
    assert_eq!(bytes(&aside), b"garbage");
    assert_eq!(
        bytes(&dir.path().join("kernkracht.db.damaged-1-wal")),
        b"wal"
    );
    let store = Store::open(&path).unwrap();
    assert_eq!(store.profile().unwrap(), None);
    drop(store);
    std::fs::write(dir.path().join("other.db"), b"x").unwrap();
    std::fs::rename(dir.path().join("other.db"), &path).unwrap();
    assert_eq!(
        move_aside(&path).unwrap(),
        dir.path().join("kernkracht.db.damaged-2"),
        "an earlier damaged copy is never overwritten"
    );
}

#[test]
fn an_empty_file_becomes_a_new_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kernkracht.db");
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    store.check_integrity().unwrap();
}
