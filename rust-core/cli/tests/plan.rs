//! `kernkracht plan`, its actions, and `kernkracht reminders next`.

mod common;

use common::{assert_dutch, assert_fits, database, json, kernkracht, onboard, stderr, text};
use serde_json::Value;

#[test]
fn a_dry_run_needs_no_profile_and_handles_the_spring_gap() {
    let (_dir, db) = database();
    let doc = json(&[
        "--db",
        &db,
        "reminders",
        "next",
        "--count",
        "3",
        "--days",
        "zo",
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
    assert_eq!(reminders[0]["weekday"], "sun");
    assert_eq!(reminders[1]["local"], "2026-04-05T02:30:00+02:00");
}

#[test]
fn a_dry_run_refuses_an_unknown_day_listing_the_days() {
    let (_dir, db) = database();
    let out = kernkracht(&[
        "--db",
        &db,
        "--lang",
        "nl",
        "reminders",
        "next",
        "--days",
        "ma,zaterdagmiddag",
        "--time",
        "18:00",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "kernkracht: 'zaterdagmiddag' ken ik niet; kies uit: ma, di, wo, do, vr, za, zo\n"
    );
}

#[test]
fn stored_settings_drive_the_reminders_in_the_devices_zone() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--tz", "America/New_York")])
        .status
        .success());
    let doc = json(&[
        "--db",
        &db,
        "--tz",
        "America/New_York",
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
    let too_many = kernkracht(&["--db", &db, "reminders", "next", "--count", "65"]);
    assert_eq!(too_many.status.code(), Some(2), "a usage error");
    assert!(stderr(&too_many).contains("65"), "{}", stderr(&too_many));
}

#[test]
fn the_plan_is_the_today_screen() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[]).status.success());
    let today = json(&["--db", &db, "--tz", "Europe/Amsterdam", "plan", "--json"]);
    let sections = today["plan"]["sections"].as_array().unwrap();
    assert_eq!(
        sections[0]["exercises"][0]["exercise_id"],
        "light-warm-up-walk-or-cycle"
    );
    assert!(sections[0]["exercises"][0]["dosage"].is_string());
    assert_eq!(today["week"].as_array().unwrap().len(), 7);
    assert!(today["safety"].is_null());
    assert_eq!(today["actions"][0], "start_session");
    let plan = text(&["--db", &db, "plan"]);
    assert!(plan.contains("The week ahead"), "{plan}");
    assert!(plan.contains("kernkracht session"), "{plan}");
    assert_fits(&plan, 80);
}

#[test]
fn the_dutch_plan_has_no_english() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--lang", "nl"), ("--acute-pain", "ja")])
        .status
        .success());
    let plan = text(&["--db", &db, "plan"]);
    // Acute pain plans no exercises (leaflet 001): the notice and its way on instead.
    assert!(
        !plan.contains("Bekkenkanteling en basisoefeningen"),
        "{plan}"
    );
    assert!(plan.contains("De pijn is nog acuut"), "{plan}");
    assert!(plan.contains("kernkracht pijn-gezakt"), "{plan}");
    assert_dutch(&plan);
    assert_fits(&plan, 80);
    let settled = text(&["--db", &db, "pijn-gezakt"]);
    assert!(!settled.contains("acuut"), "{settled}");
    let again = kernkracht(&["--db", &db, "pain-settled"]);
    assert_eq!(
        again.status.code(),
        Some(1),
        "only when the screen offers it"
    );
    assert_eq!(
        stderr(&again),
        "kernkracht: de pijn staat nu niet als acuut genoteerd\n"
    );
}

#[test]
fn a_warning_sign_blocks_the_plan_until_a_doctor_clears_it() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--red-flags", "yes")]).status.success());
    let today = json(&["--db", &db, "plan", "--json"]);
    assert_eq!(today["safety"]["kind"], "see_doctor");
    assert!(today["plan"].is_null());
    assert_eq!(
        today["actions"],
        Value::from(vec!["confirm_doctor_cleared"])
    );
    let session = kernkracht(&["--db", &db, "session", "--auto"]);
    assert_eq!(session.status.code(), Some(1));
    assert!(stderr(&session).contains("doctor"), "{}", stderr(&session));
    let cleared = json(&["--db", &db, "doctor-cleared", "--json"]);
    assert!(cleared["safety"].is_null());
    assert!(cleared["plan"].is_object());
}
