//! Running the built `kernkracht` binary as a user or a script would.
#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `kernkracht ARGS…` with `input` on standard input.
pub fn kernkracht_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_kernkracht"))
        .args(args)
        .env("LANG", "C")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the kernkracht binary runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Runs `kernkracht ARGS…` in a neutral locale and returns what it printed.
pub fn kernkracht(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kernkracht"))
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("the kernkracht binary runs")
}

/// Runs `kernkracht ARGS…`, which must succeed, and parses what it printed as JSON.
pub fn json(args: &[&str]) -> serde_json::Value {
    let out = kernkracht(args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Onboards a test database with flags; `extra` overrides (flag, value) pairs.
pub fn onboard(db: &str, extra: &[(&str, &str)]) -> Output {
    let mut flags: Vec<(&str, &str)> = vec![
        ("--height-cm", "170"),
        ("--goal", "recovery"),
        ("--equipment", "mat,ball"),
        ("--days", "mon,wed,fri"),
        ("--time", "18:00"),
        ("--tz", "Europe/Amsterdam"),
        ("--red-flags", "no"),
        ("--acute-pain", "no"),
    ];
    for (flag, value) in extra {
        match flags.iter_mut().find(|(f, _)| f == flag) {
            Some(entry) => entry.1 = value,
            None => flags.push((flag, value)),
        }
    }
    let mut args = vec!["--db", db, "onboard"];
    for (flag, value) in &flags {
        args.extend([*flag, *value]);
    }
    kernkracht(&args)
}
