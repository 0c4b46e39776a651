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
