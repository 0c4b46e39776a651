//! `kernkracht session`: an unattended session to the end, the Dutch session, what a typed
//! number means, and `kernkracht history` afterwards.

mod common;

use common::{
    assert_dutch, assert_fits, database, json, kernkracht, kernkracht_with_input, onboard, stderr,
    stdout, text,
};

#[test]
fn an_unattended_session_lands_in_the_history() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--equipment", "mat")]).status.success());
    let out = text(&["--db", &db, "session", "--auto", "--speed", "200"]);
    assert!(
        out.starts_with("Pain before: How much pain do you have now?\n"),
        "{out}"
    );
    assert!(out.contains("Get ready: Light warm-up"), "{out}");
    assert!(
        out.trim_end().ends_with("Your results have been saved."),
        "{out}"
    );
    assert_fits(&out, 80);

    let history = json(&["--db", &db, "history", "--json"]);
    let row = &history["sessions"][0];
    assert_eq!(row["status"], "completed");
    assert_eq!(row["pain_label"], "Pain 2 → 2");
    assert_eq!(history["pain"].as_array().unwrap().len(), 2);
    let history = text(&["--db", &db, "history"]);
    assert!(history.contains("Completed"), "{history}");
    assert!(history.contains("Pain before (0–10): "), "{history}");
    assert_fits(&history, 80);
}

#[test]
fn the_dutch_session_has_no_english() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--lang", "nl"), ("--equipment", "mat")])
        .status
        .success());
    let out = text(&["--db", &db, "session", "--auto", "--speed", "50"]);
    assert!(out.contains("Maak je klaar: Lichte opwarming"), "{out}");
    assert!(
        out.trim_end().ends_with("Je resultaten zijn bewaard."),
        "{out}"
    );
    assert_dutch(&out);
    assert_fits(&out, 80);
    let history = text(&["--db", &db, "geschiedenis"]);
    assert!(history.contains("Voltooid"), "{history}");
    assert_dutch(&history);
}

#[test]
fn json_lines_carry_the_screen_and_its_cues() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--equipment", "mat")]).status.success());
    let out = text(&["--db", &db, "session", "--auto", "--speed", "300", "--json"]);
    let docs: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(docs[0]["screen"]["stage"], "pain_before");
    assert!(docs[0]["screen"]["pain_prompt"].is_object());
    let last = docs.last().unwrap();
    assert_eq!(last["screen"]["stage"], "finished");
    assert!(last["session_id"].is_i64());
    let spoken = docs
        .iter()
        .flat_map(|d| d["cues"].as_array().unwrap())
        .filter(|c| c["cue"]["cue"] == "get_ready")
        .count();
    assert!(spoken > 3, "{spoken} get-ready cues");
}

#[test]
fn a_number_typed_during_an_exercise_is_not_taken_as_pain() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--equipment", "mat")]).status.success());
    // Pain 3 before; start now; 9 while exercising; stop.
    let out = kernkracht_with_input(&["--db", &db, "session"], "3\nn\n9\nq\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("A number is not expected now."), "{text}");
    assert!(
        text.trim_end().ends_with("What you did has been saved."),
        "{text}"
    );
    let history = json(&["--db", &db, "history", "--json"]);
    let row = &history["sessions"][0];
    assert_eq!(
        row["status"], "aborted",
        "stopped, not ended by a pain rise"
    );
    assert_eq!(row["pain_label"], "Pain 3 →");
}

#[test]
fn keys_act_only_when_the_screen_offers_them() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[("--lang", "nl"), ("--equipment", "mat")])
        .status
        .success());
    // A pain score of 11 is refused by the core; 'd' does nothing before the exercise.
    let out = kernkracht_with_input(&["--db", &db, "session"], "11\nd\n2\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("0 tot 10"), "{text}");
    assert!(text.contains("De toets 'd' doet nu niets."), "{text}");
    assert_dutch(&text);
    let history = json(&["--db", &db, "history", "--json"]);
    assert_eq!(
        history["sessions"][0]["pain_label"], "Pijn 2 →",
        "the end of input stops"
    );
}

#[test]
fn a_bad_speed_is_refused() {
    for speed in ["0", "501"] {
        let out = kernkracht(&["--lang", "nl", "session", "--speed", speed]);
        assert_eq!(out.status.code(), Some(2));
        assert_eq!(
            stderr(&out),
            "kernkracht: --speed moet tussen 1 en 500 liggen\n"
        );
    }
}
