//! Every older schema version upgrades to exactly the schema a fresh database gets, keeping
//! its data; the versions from before the application id existed get the mark as well.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use kernkracht::store::schema::{APPLICATION_ID, CURRENT_VERSION, MIGRATIONS};
use kernkracht::store::Store;
use rusqlite::Connection;

/// The schema version, the application id and every schema object.
type Schema = (u32, i32, Vec<(String, String, String)>);

fn schema_of(path: &std::path::Path) -> Schema {
    let c = Connection::open(path).unwrap();
    let version = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let application_id = c
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    let mut statement = c
        .prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")
        .unwrap();
    let rows = statement
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (version, application_id, rows)
}

#[test]
fn every_older_version_upgrades_to_the_fresh_schema() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh.db");
    drop(Store::open(&fresh).unwrap());
    let expected = schema_of(&fresh);
    assert_eq!(expected.0, CURRENT_VERSION);
    assert_eq!(expected.1, APPLICATION_ID);
    const {
        assert!(
            CURRENT_VERSION >= 2,
            "the upgrade test needs older versions"
        )
    };

    for version in 0..CURRENT_VERSION {
        let path = dir.path().join(format!("v{version}.db"));
        // As the app wrote it before databases were marked: application id 0.
        {
            let c = Connection::open(&path).unwrap();
            for sql in &MIGRATIONS[..version as usize] {
                c.execute_batch(sql).unwrap();
            }
            c.pragma_update(None, "user_version", version).unwrap();
            if version >= 1 {
                c.execute_batch(
                    "INSERT INTO profile VALUES (1, 176.0, 65, 'nl', 'recovery', 1, 0);
                     INSERT INTO session (local_date, status, pain_before) VALUES ('2026-11-02', 'completed', 4);",
                )
                .unwrap();
            }
        }
        let store = Store::open(&path).unwrap();
        if version >= 1 {
            assert_eq!(
                store.profile().unwrap().unwrap().ball_diameter_cm,
                65,
                "v{version}"
            );
            let sessions = store.sessions_between("2026-11-01", "2026-11-30").unwrap();
            assert_eq!(sessions.len(), 1, "v{version}");
        }
        drop(store);
        assert_eq!(schema_of(&path), expected, "upgrade from version {version}");
    }
}
