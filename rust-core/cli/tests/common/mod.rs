//! Running the built `kernkracht` binary as a user or a script would: a neutral locale, an
//! 80-column terminal width, and no terminal (so output is plain lines).
#![allow(dead_code)]

use std::process::{Command, Output, Stdio};

fn command(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kernkracht"));
    command.args(args).env("LANG", "C").env("COLUMNS", "80");
    command
}

/// Runs `kernkracht ARGS…` with `input` on standard input.
pub fn kernkracht_with_input(args: &[&str], input: &str) -> Output {
    use std::io::Write;
    let mut child = command(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
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

/// Runs `kernkracht ARGS…` with nothing on standard input and returns what it printed.
pub fn kernkracht(args: &[&str]) -> Output {
    command(args)
        .stdin(Stdio::null())
        .output()
        .expect("the kernkracht binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Runs `kernkracht ARGS…`, which must succeed, and returns what it printed.
pub fn text(args: &[&str]) -> String {
    let out = kernkracht(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// Runs `kernkracht ARGS…`, which must succeed, and parses what it printed as JSON.
pub fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&text(args)).unwrap()
}

/// A temporary database; keep the directory alive while it is used.
pub fn database() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db").to_str().unwrap().to_owned();
    (dir, db)
}

/// Onboards a test database with flags; `extra` overrides (flag, value) pairs or adds some.
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

/// Common English words, which a Dutch text must not contain (matched as whole words).
const ENGLISH: [&str; 7] = ["the", "and", "your", "you", "session", "today", "with"];

/// Fails when a Dutch text holds common English words.
pub fn assert_dutch(text: &str) {
    for line in text.lines() {
        let words: Vec<String> = line
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .collect();
        for english in ENGLISH {
            assert!(
                !words.iter().any(|w| w == english),
                "English {english:?} in a Dutch line: {line}"
            );
        }
    }
}

/// Fails when a line is longer than `width` characters.
pub fn assert_fits(text: &str, width: usize) {
    for line in text.lines() {
        assert!(
            line.chars().count() <= width,
            "{} characters: {line}",
            line.chars().count()
        );
    }
}
