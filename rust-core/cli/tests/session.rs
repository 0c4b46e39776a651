//! `kernkracht session --auto --speed 50` runs today's session to the end and
//! `kernkracht history` shows it.

mod common;

use common::{json, kernkracht, onboard};

#[test]
fn an_unattended_session_lands_in_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let db = db.to_str().unwrap();
    assert!(onboard(db, &[("--equipment", "mat")]).status.success());
    let out = kernkracht(&[
        "--db",
        db,
        "session",
        "--auto",
        "--speed",
        "50",
        "--tz",
        "Europe/Amsterdam",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("» Get ready: Light warm-up"), "{text}");
    assert!(text.contains("» Halfway"), "{text}");
    assert!(text.contains("» Breathe out during the effort"), "{text}");
    assert!(
        text.trim_end().ends_with("Session complete: well done."),
        "{text}"
    );

    let history = json(&["--db", db, "history", "--json"]);
    let entry = &history.as_array().unwrap()[0];
    assert_eq!(entry["session"]["status"], "completed");
    assert_eq!(entry["session"]["pain_before"], 2);
    assert!(entry["sets_done"].as_u64().unwrap() > 15);
    let text = kernkracht(&["--db", db, "--lang", "nl", "history"]);
    assert!(String::from_utf8_lossy(&text.stdout).contains("voltooid"));
}

#[test]
fn a_bad_speed_is_refused() {
    let out = kernkracht(&["session", "--speed", "0"]);
    assert_eq!(out.status.code(), Some(2));
}
