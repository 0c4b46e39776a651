//! `kernkracht ball` as a user or a script runs it.

mod common;

use std::process::Output;

use common::kernkracht;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

#[test]
fn json_gives_height_and_diameter() {
    let out = kernkracht(&["ball", "--height-cm", "180", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(doc["height_cm"], 180.0);
    assert_eq!(doc["diameter_cm"], 65);
    assert_eq!(doc["band"], "168_to_188");
}

#[test]
fn boundaries_reach_the_command_line() {
    for (height, diameter) in [("167.9", 55), ("168", 65), ("188", 65), ("188.1", 75)] {
        let out = kernkracht(&["--json", "ball", "--height-cm", height]);
        let doc: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(doc["diameter_cm"], diameter, "height {height}");
    }
}

#[test]
fn plain_words_in_english_and_dutch() {
    let en = kernkracht(&["ball", "--height-cm", "180", "--lang", "en"]);
    assert_eq!(
        stdout(&en),
        "At a height of 180 cm, use a Swiss ball 65 cm in diameter (168 to 188 cm).\n"
    );
    let nl = kernkracht(&["--lang", "nl", "ball", "--height-cm", "150.5"]);
    assert_eq!(
        stdout(&nl),
        "Bij een lengte van 150,5 cm past een Swiss ball met een diameter van 55 cm (korter dan 168 cm).\n"
    );
}

#[test]
fn refused_heights_exit_non_zero_with_one_line() {
    for height in ["NaN", "inf", "-5", "1.8", "999"] {
        let out = kernkracht(&["ball", "--height-cm", height]);
        assert_eq!(out.status.code(), Some(1), "height {height}");
        assert!(stdout(&out).is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("kernkracht: "), "{err}");
    }
}

#[test]
fn a_malformed_command_line_exits_2_with_one_line() {
    for args in [
        &["ball", "--height-cm", "tall"][..],
        &["ball"][..],
        &["ball", "--height-cm", "180", "--lang", "fr"][..],
    ] {
        let out = kernkracht(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
}
