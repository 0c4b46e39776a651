//! `kernkracht`: the project's terminal front end, over the same facade the phone apps use.
//!
//! Every subcommand prints plain words in the chosen language by default and a JSON document
//! with `--json`, for scripts and tests. Errors go to standard error as one line, with exit
//! status 1 for refused input and 2 for a malformed command line.

mod ball;
mod catalogue;
mod cuff;
mod data;
mod gauge;
mod labels;
mod lang;
mod onboard;
mod plan;
mod session;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{ArgAction, Parser, Subcommand};
use kernkracht::api::app::Kernkracht;
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

    /// The database file (default: kernkracht/kernkracht.db in the XDG data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

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
    /// The pressure-biofeedback cuff: decode its frames, or monitor an exercise live.
    Cuff(cuff::CuffArgs),
    /// Answer the onboarding questions (interactively, or all as flags).
    Onboard(onboard::OnboardArgs),
    /// Show the stored profile.
    Profile,
    /// Write all your data to one JSON backup file.
    Export(data::ExportArgs),
    /// Restore a backup, replacing all data (nothing changes if the file is bad).
    Import(data::ImportArgs),
    /// Check the database, or move a damaged one aside.
    Db(data::DbArgs),
    /// Today's session and the week ahead.
    Plan(plan::PlanArgs),
    /// The training reminders.
    Reminders(plan::RemindersArgs),
    /// Do today's session, guided step by step.
    Session(session::SessionArgs),
    /// The sessions done so far.
    History(session::HistoryArgs),
}

/// What a subcommand needs from the global options.
pub struct Output {
    pub lang: Lang,
    pub json: bool,
}

impl Output {
    /// Tells the user a command did its job (scripts using `--json` get no chatter).
    pub fn confirm(&self, nl: &str, en: &str, detail: impl std::fmt::Display) {
        if !self.json {
            let line = format!("{} {detail}", self.lang.pick(nl, en));
            println!("{}", line.trim_end());
        }
    }
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
    let result = run(&cli.command, cli.db, &out);
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

fn run(command: &Command, db: Option<PathBuf>, out: &Output) -> CommandResult {
    // Only commands that use the database look for (and create) its folder.
    let path = || match &db {
        Some(path) => Ok(path.clone()),
        None => default_database(),
    };
    let open = || Kernkracht::open(path()?.display().to_string(), out.lang.locale().to_owned());
    match command {
        Command::Ball(args) => ball::run(args, out),
        Command::Catalogue(args) => catalogue::run(args, out),
        Command::Cuff(args) => cuff::run(args, open, out),
        Command::Onboard(args) => onboard::run_onboard(args, &*open()?, out),
        Command::Profile => onboard::run_profile(&*open()?, out),
        Command::Export(args) => data::run_export(args, &*open()?, out),
        Command::Import(args) => data::run_import(args, &*open()?, out),
        Command::Db(args) => data::run_db(args, &path()?, out),
        Command::Plan(args) => plan::run_plan(args, &*open()?, out),
        Command::Reminders(args) => plan::run_reminders(args, open, out),
        Command::Session(args) => session::run_session(args, open()?, out),
        Command::History(args) => session::run_history(args, &*open()?, out),
    }
}

/// `$XDG_DATA_HOME/kernkracht/kernkracht.db`, or `~/.local/share/kernkracht/kernkracht.db`;
/// the folder is created when missing.
fn default_database() -> Result<PathBuf, KernkrachtError> {
    let data_home = std::env::var_os("XDG_DATA_HOME")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share")))
        .ok_or_else(|| {
            KernkrachtError::StorageUnavailable(
                "no data directory: set XDG_DATA_HOME or HOME, or pass --db PATH".into(),
            )
        })?;
    let dir = data_home.join("kernkracht");
    std::fs::create_dir_all(&dir).map_err(|e| {
        KernkrachtError::StorageUnavailable(format!("cannot create {}: {e}", dir.display()))
    })?;
    Ok(dir.join("kernkracht.db"))
}

/// Parses a value's snake_case name (`side_lying`) into one of the core's enums.
pub fn parse_key<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    kernkracht::keys::from_key(text).ok_or_else(|| format!("'{text}' is not a known value"))
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
