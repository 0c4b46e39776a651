//! Bad files are refused with a typed error and left exactly as they were; moving one aside
//! keeps it and lets the app start fresh.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

use std::path::Path;

use kernkracht::store::{move_aside, Store, StoreError};

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
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
