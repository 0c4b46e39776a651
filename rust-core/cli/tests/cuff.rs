//! `kernkracht cuff` as a script or a user runs it: decoding frames and a fast simulated
//! monitor run.

mod common;

use std::process::Output;

use common::kernkracht;
use serde_json::Value;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn decoded(args: &[&str]) -> Value {
    let out = kernkracht(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

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
        let doc = decoded(args);
        assert_eq!(doc["pressure_mmhg"], 21.5, "{args:?}");
        assert_eq!(doc["unit"], "mmHg");
        assert!(doc["special"].is_null());
        for absent in ["time_stamp", "pulse_rate", "user_id", "measurement_status"] {
            assert!(doc.get(absent).is_none(), "{absent} in {doc}");
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
        let doc = decoded(&["cuff", "decode", &format!("00 {raw} 00 00 00 00"), "--json"]);
        assert!(doc["pressure_mmhg"].is_null(), "{doc}");
        assert_eq!(doc["special"], name);
    }
}

#[test]
fn every_optional_field_and_kilopascal() {
    let frame = "1F 14F0 FF07 FF07 E907 03 0E 0F 09 1A 4800 02 2500";
    let doc = decoded(&[
        "cuff",
        "decode",
        frame,
        "--characteristic",
        "2a35",
        "--json",
    ]);
    assert_eq!(doc["kind"], "blood_pressure_measurement");
    assert_eq!(doc["unit"], "kPa");
    assert!((doc["pressure_mmhg"].as_f64().unwrap() - 15.00124).abs() < 1e-9);
    assert_eq!(doc["diastolic"]["special"], "nan");
    assert_eq!(doc["time_stamp"]["year"], 2025);
    assert_eq!(doc["time_stamp"]["seconds"], 26);
    assert_eq!(doc["pulse_rate"]["per_minute"], 72.0);
    assert_eq!(doc["user_id"], 2);
    assert_eq!(doc["measurement_status"]["raw"], 0x25);
    assert_eq!(doc["measurement_status"]["irregular_pulse"], true);
    assert_eq!(doc["measurement_status"]["pulse_rate_range"], "within");

    let en = kernkracht(&["cuff", "decode", frame, "--characteristic", "2A35"]);
    assert_eq!(
        stdout(&en),
        "Blood pressure measurement (0x2A35): systolic 15 mmHg, diastolic no measurement (NaN), \
         mean arterial no measurement (NaN) (sent in kPa)\n  time stamp: 2025-03-14 15:09:26\n  \
         pulse rate: 72 /min\n  user: 2\n  status: body movement, irregular pulse, improper position\n"
    );
}

#[test]
fn plain_words_in_english_and_dutch() {
    let en = kernkracht(&["cuff", "decode", "00D7F000000000", "--lang", "en"]);
    assert_eq!(stdout(&en), "Cuff pressure (0x2A36): 21.5 mmHg\n");
    let nl = kernkracht(&["--lang", "nl", "cuff", "decode", "00FE0700000000"]);
    assert_eq!(
        stdout(&nl),
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
        "00 D7 F",
    ] {
        let out = kernkracht(&["cuff", "decode", frame]);
        assert_eq!(out.status.code(), Some(1), "{frame:?}");
        assert!(stdout(&out).is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("kernkracht: "), "{err}");
    }
    let out = kernkracht(&["cuff", "decode", "00 D7", "--json"]);
    assert_eq!(
        stderr(&out),
        "kernkracht: the cuff frame is cut short: its flags need 7 bytes, it has 2\n"
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
fn lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn a_fast_simulated_set_reaches_repetitions() {
    let out = kernkracht(&[
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
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    let (summary, states) = docs.split_last().unwrap();
    assert!(
        summary["summary"]["reps"].as_u64().unwrap() >= 2,
        "{summary}"
    );
    assert!(summary["summary"]["pressure"]["steadiness"].is_f64());
    let phases: Vec<&str> = states
        .iter()
        .map(|s| s["phase"].as_str().unwrap())
        .collect();
    for phase in ["inflating", "ready", "exercising", "relaxing"] {
        assert!(phases.contains(&phase), "{phase}");
    }
    assert!(states
        .iter()
        .all(|s| s["t_ms"].as_u64().unwrap() <= 120_000));
    let hints: Vec<&str> = states
        .iter()
        .flat_map(|s| s["hints"].as_array().unwrap())
        .map(|h| h["hint"].as_str().unwrap())
        .collect();
    assert!(
        hints.contains(&"pump_further") && hints.contains(&"relax"),
        "{hints:?}"
    );
    // Only changes are printed, not every reading.
    assert!(states.len() < 1_000, "{}", states.len());
}

#[test]
fn without_a_terminal_the_monitor_prints_json_in_the_chosen_language() {
    let out = kernkracht(&[
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
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = lines(&out);
    assert_eq!(docs[0]["hints"][0]["message"], "Pomp verder op.");
    assert_eq!(docs[0]["start_mmhg"], 40.0);
    assert!(docs.last().unwrap()["summary"]["reps"].as_u64().unwrap() >= 2);
}

#[test]
fn monitor_refusals() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let out = kernkracht(&["--db", db.to_str().unwrap(), "cuff", "monitor"]);
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
    for (exercise, message) in [
        (
            "moonwalk",
            "kernkracht: no exercise has the id 'moonwalk'\n",
        ),
        (
            "abdominal-plank-two-legs",
            "kernkracht: the exercise 'abdominal-plank-two-legs' has no pressure target: it is \
             not done with the cuff\n",
        ),
    ] {
        let out = kernkracht(&["cuff", "monitor", "--simulate", "--exercise", exercise]);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(stderr(&out), message);
    }
}
