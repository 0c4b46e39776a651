//! `kernkracht ball` as a user or a script runs it.

mod common;

use common::{json, kernkracht, stderr, stdout, text};

#[test]
fn json_gives_height_diameter_and_the_reason() {
    let doc = json(&["ball", "--height-cm", "180", "--json"]);
    assert_eq!(doc["height_cm"], 180.0);
    assert_eq!(doc["diameter_cm"], 65);
    assert_eq!(doc["band"], "168_to_188");
    assert_eq!(doc["label"], "A 65 cm ball");
}

#[test]
fn boundaries_reach_the_command_line() {
    for (height, diameter) in [("167.9", 55), ("168", 65), ("188", 65), ("188.1", 75)] {
        let doc = json(&["--json", "ball", "--height-cm", height]);
        assert_eq!(doc["diameter_cm"], diameter, "height {height}");
    }
}

#[test]
fn plain_words_in_english_and_dutch() {
    assert_eq!(
        text(&["ball", "--height-cm", "180", "--lang", "en"]),
        "A 65 cm ball. From 1.68 m up to and including 1.88 m tall, a 65 cm ball fits.\n"
    );
    assert_eq!(
        text(&["--lang", "nl", "ball", "--height-cm", "150.5"]),
        "Bal van 55 cm. Ben je kleiner dan 1,68 m, dan past een bal van 55 cm.\n"
    );
}

#[test]
fn refused_heights_exit_1_with_one_line_in_the_language() {
    for height in ["NaN", "inf", "-5", "1.8", "999"] {
        let out = kernkracht(&["ball", "--height-cm", height]);
        assert_eq!(out.status.code(), Some(1), "height {height}");
        assert!(stdout(&out).is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("kernkracht: "), "{err}");
    }
    let out = kernkracht(&["--lang", "nl", "ball", "--height-cm", "1.8"]);
    assert_eq!(
        stderr(&out),
        "kernkracht: 1,8 lijkt een lengte in meter: vul je lengte in centimeter in, bv. 180\n"
    );
}

#[test]
fn a_malformed_command_line_exits_2_with_one_line_in_the_language() {
    for args in [
        &["ball", "--height-cm", "tall"][..],
        &["ball"][..],
        &["ball", "--height-cm", "180", "--lang", "fr"][..],
    ] {
        let out = kernkracht(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    }
    let out = kernkracht(&["--lang", "nl", "ball", "--height-cm", "lang"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "kernkracht: 'lang' is geen geldige waarde voor --height-cm <CM>\n"
    );
    let out = kernkracht(&["--lang", "nl", "vlieg"]);
    assert_eq!(stderr(&out), "kernkracht: onbekende opdracht 'vlieg'\n");
}
