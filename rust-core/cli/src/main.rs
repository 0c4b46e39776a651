//! `kernkracht`: the project's terminal front end, over the same facade the phone apps use.
//!
//! Every subcommand prints plain words in the chosen language by default and a JSON document
//! with `--json`, for scripts and tests. Errors go to standard error as one line, with exit
//! status 1 for refused input and 2 for a malformed command line.

mod ball;
mod catalogue;
mod labels;
mod lang;

use std::process::ExitCode;
use std::sync::Arc;

use clap::{ArgAction, Parser, Subcommand};
use kernkracht::api::logging::{install_log_sink, LogLevel, StderrSink};
use kernkracht::api::KernkrachtError;

use crate::lang::Lang;

#[derive(Debug, Parser)]
#[command(
    name = "kernkracht",
    version,
    about = "Core-stability training for low back pain"
)]
struct Cli {
    /// Language of the output (default: from LANG, else English).
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,

    /// Print a JSON document instead of plain words.
    #[arg(long, global = true)]
    json: bool,

    /// Log more to standard error (-v info, -vv debug, -vvv trace).
    #[arg(short, long, global = true, action = ArgAction::Count)]
    verbose: u8,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Recommend a Swiss-ball size for a body height.
    Ball(ball::BallArgs),
    /// Browse the exercises and advice of the five leaflets.
    Catalogue(catalogue::CatalogueArgs),
}

/// What a subcommand needs from the global options.
pub struct Output {
    pub lang: Lang,
    pub json: bool,
}

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            // --help and --version: print as clap formats them.
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            eprintln!("kernkracht: {}", one_line(&error.to_string()));
            return ExitCode::from(2);
        }
    };
    install_log_sink(Arc::new(StderrSink), log_level(cli.verbose));
    let out = Output {
        lang: cli.lang.unwrap_or_else(Lang::from_env),
        json: cli.json,
    };
    let result = match cli.command {
        Command::Ball(args) => ball::run(&args, &out),
        Command::Catalogue(args) => catalogue::run(&args, &out),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kernkracht: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Clap's message up to its first blank line (the usage hints follow), folded onto one line.
fn one_line(message: &str) -> String {
    let head: Vec<&str> = message
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    head.join(" ").trim_start_matches("error: ").to_owned()
}

/// Rust ignores SIGPIPE, which turns `kernkracht … | head` into a panic on the next write;
/// like other command-line tools, exit quietly instead when the reader goes away.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists or any output is written.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

fn log_level(verbose: u8) -> LogLevel {
    match verbose {
        0 => LogLevel::Warn,
        1 => LogLevel::Info,
        2 => LogLevel::Debug,
        _ => LogLevel::Trace,
    }
}

/// The result of a subcommand.
pub type CommandResult = Result<(), KernkrachtError>;
