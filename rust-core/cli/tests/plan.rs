//! `kernkracht plan` and `kernkracht reminders next`.

mod common;

use common::{json, kernkracht, onboard};

#[test]
fn a_dry_run_needs_no_profile_and_handles_the_spring_gap() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let doc = json(&[
        "--db",
        db.to_str().unwrap(),
        "reminders",
        "next",
        "--count",
        "3",
        "--days",
        "sun",
        "--time",
        "02:30",
        "--tz",
        "Europe/Amsterdam",
        "--from",
        "2026-03-27T00:00:00Z",
        "--json",
    ]);
    let reminders = doc.as_array().unwrap();
    assert_eq!(reminders.len(), 3);
    assert_eq!(reminders[0]["local"], "2026-03-29T03:30:00+02:00");
    assert_eq!(reminders[0]["utc"], "2026-03-29T01:30:00Z");
    assert_eq!(reminders[1]["local"], "2026-04-05T02:30:00+02:00");
}

#[test]
fn stored_settings_drive_reminders_and_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let db = db.to_str().unwrap();
    assert!(onboard(db, &[("--tz", "America/New_York")])
        .status
        .success());
    let doc = json(&[
        "--db",
        db,
        "reminders",
        "next",
        "--count",
        "64",
        "--from",
        "2026-10-29T00:00:00Z",
        "--json",
    ]);
    let reminders = doc.as_array().unwrap();
    assert_eq!(reminders.len(), 64);
    assert_eq!(reminders[0]["local"], "2026-10-30T18:00:00-04:00");
    assert_eq!(
        reminders[1]["local"], "2026-11-02T18:00:00-05:00",
        "after the change"
    );
    let too_many = kernkracht(&["--db", db, "reminders", "next", "--count", "65"]);
    assert_eq!(too_many.status.code(), Some(1));

    let plan = json(&["--db", db, "plan", "--tz", "America/New_York", "--json"]);
    let exercises = plan["today"]["session"]["exercises"].as_array().unwrap();
    assert_eq!(exercises[0]["exercise_id"], "light-warm-up-walk-or-cycle");
    assert_eq!(plan["week"].as_array().unwrap().len(), 7);
    let text = kernkracht(&[
        "--db",
        db,
        "--lang",
        "nl",
        "plan",
        "--tz",
        "America/New_York",
    ]);
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("Bekkenkanteling en basisoefeningen"),
        "{text}"
    );
}

#[test]
fn red_flags_block_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let db = db.to_str().unwrap();
    assert!(onboard(db, &[("--red-flags", "yes")]).status.success());
    let plan = json(&["--db", db, "plan", "--tz", "Europe/Amsterdam", "--json"]);
    assert_eq!(plan["today"]["blocked"], "see_doctor");
    assert!(plan["today"]["session"].is_null());
}
