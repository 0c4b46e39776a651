//! `kernkracht onboard`, `profile`, `settings`, `export`, `import` and `db` on a database of
//! the test's own.

mod common;

use common::{
    assert_dutch, assert_fits, database, json, kernkracht, kernkracht_with_input, onboard, stderr,
    stdout, text,
};
use serde_json::Value;

fn selected_days(db: &str) -> Vec<String> {
    let settings = json(&["--db", db, "settings", "--json"]);
    settings["days"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["selected"] == true)
        .map(|d| d["weekday"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn onboarding_with_flags_then_profile_and_settings() {
    let (_dir, db) = database();
    assert_eq!(json(&["--db", &db, "profile", "--json"]), Value::Null);
    let out = onboard(
        &db,
        &[
            ("--height-cm", "189"),
            ("--goal", "sport"),
            ("--equipment", "bal,drukmanchet"),
            ("--days", "tue,do,za"),
            ("--time", "07:15"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let doc = json(&["--db", &db, "profile", "--json"]);
    assert_eq!(doc["profile"]["ball_diameter_cm"], 75);
    assert_eq!(doc["profile"]["goal"], "sport_performance");
    assert_eq!(
        doc["profile"]["equipment"],
        serde_json::json!(["ball", "cuff"])
    );
    assert_eq!(doc["screening"]["red_flags"], false);
    assert_eq!(selected_days(&db), ["tue", "thu", "sat"]);
    let settings = json(&["--db", &db, "settings", "--json"]);
    assert_eq!(settings["reminders_label"], "Tue, Thu and Sat at 07:15");
}

#[test]
fn dutch_onboarding_with_flags_has_no_english() {
    let (_dir, db) = database();
    let out = onboard(
        &db,
        &[
            ("--lang", "nl"),
            ("--red-flags", "nee"),
            ("--equipment", "mat"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Klaar om te beginnen\n"), "{text}");
    assert!(text.contains("Waarschuwingstekens: nee"), "{text}");
    assert_dutch(&text);
    assert_fits(&text, 80);
}

#[test]
fn interactive_onboarding_re_asks_a_refused_answer_listing_the_valid_values() {
    let (_dir, db) = database();
    let answers = "nl\n1.76\n176\nnee\nmisschien\nja\nyoga\nherstel\nmat, bal\n\n\n";
    let out = kernkracht_with_input(&["--db", &db, "onboard"], answers);
    assert!(out.status.success(), "{}", stderr(&out));
    let dialogue = stderr(&out);
    assert!(dialogue.contains("lijkt een lengte in meter"), "{dialogue}");
    assert!(
        dialogue.contains("'misschien' ken ik niet; kies uit: ja, nee"),
        "{dialogue}"
    );
    assert!(
        dialogue.contains(
            "'yoga' ken ik niet; kies uit: Herstellen van rugklachten, Beter presteren in"
        ),
        "{dialogue}"
    );
    // English until Dutch is chosen, Dutch from then on.
    let (before, after) = dialogue.split_once("2/7").unwrap();
    assert!(before.contains("Choose the app's language."), "{before}");
    assert_dutch(after);
    assert_fits(&dialogue, 80);
    let doc = json(&["--db", &db, "profile", "--json"]);
    assert_eq!(doc["profile"]["language"], "nl");
    assert_eq!(doc["profile"]["ball_diameter_cm"], 65);
    assert_eq!(doc["screening"]["acute_pain"], true);
    assert_eq!(selected_days(&db), ["mon", "wed", "fri"]);
    // Running out of answers is an error, not a hang.
    let out = kernkracht_with_input(&["--db", &db, "onboard"], "en\n180\n");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn refused_flags_end_onboarding_and_nothing_is_stored() {
    let (_dir, db) = database();
    let out = onboard(&db, &[("--goal", "yoga"), ("--lang", "nl")]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "kernkracht: 'yoga' ken ik niet; kies uit: Herstellen van rugklachten, Beter presteren \
         in je sport\n"
    );
    let out = onboard(&db, &[("--height-cm", "1.8")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("looks like a height in metres"));
    let out = onboard(&db, &[("--tz", "Mars/Olympus")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("Mars/Olympus"));
    assert_eq!(json(&["--db", &db, "profile", "--json"]), Value::Null);
}

#[test]
fn settings_change_the_language_the_days_and_delete_everything() {
    let (_dir, db) = database();
    assert!(onboard(&db, &[]).status.success());
    let settings = text(&["--db", &db, "settings", "language", "Nederlands"]);
    assert!(
        settings.starts_with("Taal: [Nederlands] English\n"),
        "{settings}"
    );
    assert_dutch(&settings);
    assert_fits(&settings, 80);
    text(&[
        "--db",
        &db,
        "instellingen",
        "dagen",
        "di,do",
        "--tijd",
        "19:00",
    ]);
    assert_eq!(selected_days(&db), ["tue", "thu"]);
    let out = kernkracht(&["--db", &db, "settings", "days", "di,xx", "--time", "19:00"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("kies uit: ma, di, wo, do, vr, za, zo"));
    let out = kernkracht(&["--db", &db, "settings", "delete-all"]);
    assert_eq!(out.status.code(), Some(1), "deleting needs --yes");
    assert!(
        stderr(&out).contains("alles-wissen --ja"),
        "{}",
        stderr(&out)
    );
    text(&["--db", &db, "settings", "delete-all", "--yes"]);
    assert_eq!(json(&["--db", &db, "profile", "--json"]), Value::Null);
}

#[test]
fn export_import_round_trip_and_a_bad_backup_changes_nothing() {
    let (dir, db) = database();
    assert!(onboard(&db, &[]).status.success());
    let backup = dir.path().join("backup.json");
    let backup = backup.to_str().unwrap();
    text(&["--db", &db, "export", "--out", backup]);

    let other = dir.path().join("other.db");
    let other = other.to_str().unwrap();
    text(&["--db", other, "import", backup]);
    let profile = |db: &str| json(&["--db", db, "profile", "--json"])["profile"].clone();
    assert_eq!(profile(other), profile(&db));

    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"format\": \"kernkracht-backup\", \"version\": 1}").unwrap();
    let out = kernkracht(&["--db", other, "import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("the backup is damaged at"),
        "{}",
        stderr(&out)
    );
    assert_eq!(profile(other), profile(&db));
    let fresh = dir.path().join("fresh.db");
    let fresh = fresh.to_str().unwrap();
    let out = kernkracht(&["--db", fresh, "--lang", "nl", "import", "/no/such/file"]);
    assert_eq!(
        stderr(&out),
        "kernkracht: kan niet lezen: /no/such/file: bestaat niet\n"
    );
}

#[test]
fn a_bad_database_file_is_refused_then_moved_aside() {
    let (dir, db) = database();
    std::fs::write(&db, "not a database").unwrap();
    let out = kernkracht(&["--db", &db, "profile"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("left untouched"));
    text(&["--db", &db, "db", "move-aside"]);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("k.db.damaged-1")).unwrap(),
        "not a database"
    );
    text(&["--db", &db, "db", "check"]);
}
