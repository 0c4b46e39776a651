//! `kernkracht cuff scan`, `cuff pair` and `cuff monitor` against the fake BlueZ of
//! `scripts/fake-bluez.sh` (ignored by a plain `cargo test`).

mod common;
#[path = "../../tests/bluez/fake_cuff.rs"]
mod fake_cuff;

use std::process::{Command, Stdio};
use std::time::Duration;

use common::json;
use fake_cuff::FakeCuff;

#[test]
#[ignore = "needs the fake BlueZ of scripts/fake-bluez.sh"]
fn the_cli_scans_pairs_and_monitors_the_fake_cuff() {
    let mut cuff = FakeCuff::start("hci5", "CLI cuff", None);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let db = db.to_str().unwrap();

    let found = json(&["--db", db, "cuff", "scan", "--seconds", "3", "--json"]);
    assert_eq!(found["state"], "found", "{found}");
    let id = found["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "CLI cuff")
        .expect("the scan finds the cuff")["identifier"]
        .as_str()
        .unwrap()
        .to_owned();
    let paired = json(&["--db", db, "cuff", "pair", &id, "--seconds", "3", "--json"]);
    assert_eq!(paired["paired"]["name"], "CLI cuff", "{paired}");

    // Monitor the heel slide at 40 mmHg: the cuff is inflated and steady.
    let monitor = Command::new(env!("CARGO_BIN_EXE_kernkracht"))
        .args([
            "--db",
            db,
            "cuff",
            "monitor",
            "--exercise",
            "pbu-supine-heel-slide",
        ])
        .args(["--seconds", "8", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    cuff.expect("notifying");
    for i in 0..100 {
        let ripple = 0.4 * (f64::from(i) * 0.3).sin();
        cuff.frame(40.0 + ripple);
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = monitor.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs: Vec<serde_json::Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert!(
        docs.iter().any(|d| d["link"]["state"] == "connected"),
        "{text}"
    );
    assert!(
        docs.iter()
            .any(|d| d["in_band"] == true && d["phase"] == "exercising"),
        "the cushion settled at 40 mmHg and the pressure held: {text}"
    );
    assert!(docs.last().unwrap()["summary"].is_object(), "{text}");
    let forgotten = json(&["--db", db, "cuff", "forget", "--json"]);
    assert!(forgotten["paired"].is_null());
}
