//! `kernkracht onboard`, `profile`, `export`, `import` and `db` on a database of the test's own.

mod common;

use std::path::Path;

use common::{kernkracht, kernkracht_with_input};
use serde_json::Value;

fn with_db<'a>(db: &'a Path, args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["--db", db.to_str().unwrap()];
    all.extend_from_slice(args);
    all
}

fn profile_json(db: &Path) -> Value {
    let out = kernkracht(&with_db(db, &["profile", "--json"]));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

const FLAGS: [&str; 17] = [
    "onboard",
    "--height-cm",
    "189",
    "--goal",
    "sport_performance",
    "--equipment",
    "ball,cuff",
    "--days",
    "tue,thu,sat",
    "--time",
    "07:15",
    "--tz",
    "America/New_York",
    "--red-flags",
    "no",
    "--acute-pain",
    "no",
];

#[test]
fn onboarding_with_flags_then_profile_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    assert_eq!(
        profile_json(&db),
        Value::Null,
        "no profile before onboarding"
    );
    let out = kernkracht(&with_db(&db, &FLAGS));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = profile_json(&db);
    assert_eq!(doc["profile"]["ball_diameter_cm"], 75);
    assert_eq!(doc["profile"]["goal"], "sport_performance");
    assert_eq!(
        doc["profile"]["equipment"],
        serde_json::json!(["ball", "cuff"])
    );
    assert_eq!(
        doc["reminders"]["weekdays"],
        serde_json::json!(["tue", "thu", "sat"])
    );
    assert_eq!(doc["reminders"]["time"], "07:15");
    assert_eq!(doc["reminders"]["time_zone"], "America/New_York");
    assert_eq!(doc["screening"]["red_flags"], false);
}

#[test]
fn onboarding_interactively_re_asks_a_bad_answer() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let answers = "1.76\n176\n\nmat\nno\nyes\n\n\nEurope/Amsterdam\n";
    let out = kernkracht_with_input(&with_db(&db, &["onboard"]), answers);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("looks like a height in metres"));
    let doc = profile_json(&db);
    assert_eq!(doc["profile"]["ball_diameter_cm"], 65);
    assert_eq!(doc["screening"]["acute_pain"], true);
    assert_eq!(
        doc["reminders"]["weekdays"],
        serde_json::json!(["mon", "wed", "fri"])
    );
    assert_eq!(doc["reminders"]["time"], "18:00");
    // Running out of answers is an error, not a hang.
    let out = kernkracht_with_input(&with_db(&db, &["onboard"]), "180\n");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn invalid_flags_are_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let mut bad_zone = FLAGS.to_vec();
    bad_zone[12] = "Mars/Olympus";
    let out = kernkracht(&with_db(&db, &bad_zone));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Mars/Olympus"));
    assert_eq!(profile_json(&db), Value::Null);
}

#[test]
fn export_import_round_trip_and_a_bad_backup_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    assert!(kernkracht(&with_db(&db, &FLAGS)).status.success());
    let backup = dir.path().join("backup.json");
    let out = kernkracht(&with_db(
        &db,
        &["export", "--out", backup.to_str().unwrap()],
    ));
    assert!(out.status.success());

    let other = dir.path().join("other.db");
    let out = kernkracht(&with_db(&other, &["import", backup.to_str().unwrap()]));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        profile_json(&other)["profile"],
        profile_json(&db)["profile"]
    );

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"format\": \"kernkracht-backup\", \"version\": 1}").unwrap();
    let out = kernkracht(&with_db(&other, &["import", bad.to_str().unwrap()]));
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("the backup is damaged at"), "{err}");
    assert_eq!(
        profile_json(&other)["profile"],
        profile_json(&db)["profile"]
    );
}

#[test]
fn a_bad_database_file_is_refused_then_moved_aside() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    std::fs::write(&db, "not a database").unwrap();
    let out = kernkracht(&with_db(&db, &["profile"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("left untouched"));
    let out = kernkracht(&with_db(&db, &["db", "move-aside"]));
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(dir.path().join("k.db.damaged-1")).unwrap(),
        "not a database"
    );
    let out = kernkracht(&with_db(&db, &["db", "check"]));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
