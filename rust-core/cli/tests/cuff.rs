//! `kernkracht cuff` as a script or a user runs it: decoding frames, a fast simulated monitor
//! run, and the pairing screen's refusals.

mod common;

use common::{database, json, kernkracht, stderr, stdout, text};
use serde_json::Value;

#[test]
fn the_standard_vector_in_every_spelling() {
    for args in [
        &["cuff", "decode", "00 D7 F0 00 00 00 00", "--json"][..],
        &["cuff", "decode", "00:d7:f0:00:00:00:00", "--json"][..],
        &["--json", "cuff", "decode", "00D7F000000000"][..],
        &[
            "--json", "cuff", "decode", "00", "D7", "F0", "00", "00", "00", "00",
        ][..],
    ] {
        let doc = json(args);
        assert_eq!(doc["pressure"]["value"], 21.5, "{args:?}");
        assert_eq!(doc["unit"], "mmHg");
        assert!(doc["pressure"]["special"].is_null());
        for absent in ["time_stamp", "pulse_rate", "user_id", "measurement_status"] {
            assert!(doc[absent].is_null(), "{absent} in {doc}");
        }
    }
}

#[test]
fn special_values_have_no_pressure() {
    for (raw, name) in [
        ("FF 07", "nan"),
        ("00 08", "nres"),
        ("FE 07", "+inf"),
        ("02 08", "-inf"),
        ("01 08", "reserved"),
    ] {
        let doc = json(&["cuff", "decode", &format!("00 {raw} 00 00 00 00"), "--json"]);
        assert!(doc["pressure"]["value"].is_null(), "{doc}");
        assert_eq!(doc["pressure"]["special"], name);
    }
}

#[test]
fn every_optional_field_and_kilopascal() {
    let frame = "1F 14F0 FF07 FF07 E907 03 0E 0F 09 1A 4800 02 2500";
    let doc = json(&[
        "cuff",
        "decode",
        frame,
        "--characteristic",
        "2a35",
        "--json",
    ]);
    assert_eq!(doc["kind"], "blood_pressure_measurement");
    assert_eq!(doc["unit"], "kPa");
    assert!((doc["pressure"]["value"].as_f64().unwrap() - 15.00124).abs() < 1e-9);
    assert_eq!(doc["diastolic"]["special"], "nan");
    assert_eq!(doc["time_stamp"]["year"], 2025);
    assert_eq!(doc["pulse_rate"]["value"], 72.0);
    assert_eq!(doc["user_id"], 2);
    assert_eq!(doc["measurement_status"]["irregular_pulse"], true);

    assert_eq!(
        text(&["cuff", "decode", frame, "--characteristic", "2A35"]),
        "Blood pressure measurement (0x2A35): systolic 15 mmHg, diastolic no measurement\n\
         (NaN), mean arterial no measurement (NaN) (sent in kPa)\n  time stamp: 2025-03-14 \
         15:09:26\n  pulse rate: 72 /min\n  user: 2\n  status: body movement, irregular pulse, \
         improper position\n"
    );
}

#[test]
fn plain_words_in_english_and_dutch() {
    assert_eq!(
        text(&["cuff", "decode", "00D7F000000000", "--lang", "en"]),
        "Cuff pressure (0x2A36): 21.5 mmHg\n"
    );
    assert_eq!(
        text(&["--lang", "nl", "cuff", "decode", "00FE0700000000"]),
        "Manchetdruk (0x2A36): boven het bereik (+INF)\n"
    );
}

#[test]
fn malformed_frames_and_hex_exit_1_with_one_line() {
    for frame in [
        "00 D7",
        "00 D7 F0 00 00 00 00 00",
        "20 D7 F0 00 00 00 00",
        "",
        "0",
        "zz",
    ] {
        let out = kernkracht(&["cuff", "decode", frame]);
        assert_eq!(out.status.code(), Some(1), "{frame:?}");
        assert!(stdout(&out).is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("kernkracht: "), "{err}");
    }
    let out = kernkracht(&["--lang", "nl", "cuff", "decode", "zz"]);
    assert_eq!(
        stderr(&out),
        "kernkracht: 'zz' is geen frame in hexadecimale bytes\n"
    );
    let out = kernkracht(&[
        "cuff",
        "decode",
        "00D7F000000000",
        "--characteristic",
        "nope",
    ]);
    assert_eq!(out.status.code(), Some(1));
}

/// One JSON document per line.
fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn a_fast_simulated_set_prints_only_the_changes_as_json() {
    let docs = lines(&text(&[
        "cuff",
        "monitor",
        "--simulate",
        "--seconds",
        "120",
        "--speed",
        "5000",
        "--seed",
        "3",
        "--json",
    ]));
    let (summary, screens) = docs.split_last().unwrap();
    assert!(
        summary["summary"]["reps"].as_u64().unwrap() >= 2,
        "{summary}"
    );
    assert!(summary["summary"]["pressure"]["steadiness"].is_f64());
    let phases: Vec<&str> = screens
        .iter()
        .map(|s| s["phase"].as_str().unwrap())
        .collect();
    for phase in ["inflating", "ready", "exercising", "relaxing"] {
        assert!(phases.contains(&phase), "{phase}");
    }
    assert!(screens
        .iter()
        .all(|s| s["t_ms"].as_u64().unwrap() <= 120_000));
    let hints: Vec<&str> = screens
        .iter()
        .flat_map(|s| s["hints"].as_array().unwrap())
        .map(|h| h.as_str().unwrap())
        .collect();
    assert!(
        hints.contains(&"pump_further") && hints.contains(&"relax"),
        "{hints:?}"
    );
    assert!(screens.len() < 1_000, "{}", screens.len());
}

#[test]
fn without_a_terminal_the_monitor_prints_a_line_per_change_in_the_language() {
    let out = text(&[
        "--lang",
        "nl",
        "cuff",
        "monitor",
        "--simulate",
        "--exercise",
        "pbu-sitting-leg-lift",
        "--seconds",
        "40",
        "--speed",
        "5000",
    ]);
    let first = out.lines().next().unwrap();
    assert!(first.starts_with("Oppompen · "), "{out}");
    assert!(first.contains("Pomp op tot 40 mmHg"), "{out}");
    assert!(out.contains("\nSet klaar: "), "{out}");
    common::assert_dutch(&out);
    common::assert_fits(&out, 80);
}

#[test]
fn monitor_refusals() {
    let (_dir, db) = database();
    let out = kernkracht(&["--db", &db, "cuff", "monitor"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "without --simulate it needs a paired cuff"
    );
    assert_eq!(
        stderr(&out),
        "kernkracht: no cuff is paired: scan and pair one first\n"
    );
    for speed in ["0", "-2", "fast"] {
        let out = kernkracht(&["cuff", "monitor", "--simulate", "--speed", speed]);
        assert_eq!(out.status.code(), Some(2), "{speed}");
    }
    let out = kernkracht(&["cuff", "monitor", "--simulate", "--exercise", "moonwalk"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "kernkracht: no exercise has the id 'moonwalk'\n"
    );
}

#[test]
fn forgetting_shows_the_pairing_screen() {
    let (_dir, db) = database();
    let out = kernkracht(&["--db", &db, "cuff", "forget", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let screen: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(screen["paired"].is_null());
    assert!(screen["actions"]
        .as_array()
        .unwrap()
        .contains(&Value::from("try_simulation")));
}
