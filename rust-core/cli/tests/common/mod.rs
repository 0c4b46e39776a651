//! Running the built `kernkracht` binary as a user or a script would.

use std::process::{Command, Output};

/// Runs `kernkracht ARGS…` in a neutral locale and returns what it printed.
pub fn kernkracht(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kernkracht"))
        .args(args)
        .env("LANG", "C")
        .output()
        .expect("the kernkracht binary runs")
}
