//! `kernkracht`: the project's terminal front end, a shell over the same facade and screen
//! models the phone apps use. It renders what the core decides and sends back what the user
//! typed; it computes no date, dosage or label of its own.
//!
//! Every subcommand prints plain words in the user's language, wrapped to the terminal, by
//! default, and the screen model as JSON with `--json`, for scripts and tests. Errors go to
//! standard error as one line, with exit status 1 for refused input and 2 for a malformed
//! command line.

mod ask;
mod ball;
mod catalogue;
mod choices;
mod cuff;
mod data;
mod decode;
mod device;
mod gauge;
mod history;
mod keys;
mod lang;
mod live;
mod monitor;
mod onboard;
mod plan;
mod problem;
mod reminders;
mod session;
mod session_view;
mod settings;
mod terminal;
mod text;
mod vocabulary;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{ArgAction, Parser, Subcommand};
use kernkracht::api::app::Kernkracht;
use kernkracht::api::logging::{install_log_sink, LogLevel, StderrSink};

use crate::device::{NoAlarms, TerminalClock};
use crate::lang::Lang;
use crate::problem::{clap_message, CommandResult, Problem};
use crate::text::Output;

#[derive(Debug, Parser)]
#[command(
    name = "kernkracht",
    version,
    about = "Core-stability training for low back pain"
)]
struct Cli {
    /// Language before onboarding (default: from LANG, else English); afterwards the
    /// profile's language, which `settings language` changes.
    #[arg(long, global = true, value_enum)]
    lang: Option<Lang>,

    /// The database file (default: kernkracht/kernkracht.db in the XDG data directory).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    /// The IANA time zone to live in (default: the system's, from TZ or /etc/localtime).
    #[arg(long, global = true, value_name = "ZONE")]
    tz: Option<String>,

    /// Print the screen model as JSON instead of plain words.
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
    /// The pressure-biofeedback cuff: find, pair and forget it, decode its frames, or watch
    /// an exercise live.
    #[command(visible_alias = "manchet")]
    Cuff(cuff::CuffArgs),
    /// Answer the onboarding questions, step by step or all as flags.
    #[command(visible_alias = "intake")]
    Onboard(onboard::OnboardArgs),
    /// The stored profile.
    Profile,
    /// Write all your data to one JSON backup file.
    Export(data::ExportArgs),
    /// Restore a backup, replacing all data (nothing changes if the file is bad).
    Import(data::ImportArgs),
    /// Check the database, or move a damaged one aside.
    Db(data::DbArgs),
    /// Today: the plan, the week ahead, missed days and what to do next.
    #[command(visible_alias = "vandaag")]
    Plan,
    /// A doctor has seen you and allows training again.
    #[command(visible_alias = "arts-akkoord")]
    DoctorCleared,
    /// The worst of the acute pain is over.
    #[command(visible_alias = "pijn-gezakt")]
    PainSettled,
    /// The training reminders a phone would schedule.
    #[command(visible_alias = "herinneringen")]
    Reminders(reminders::RemindersArgs),
    /// Do today's session, guided step by step.
    #[command(visible_alias = "sessie")]
    Session(session::SessionArgs),
    /// The last twelve weeks: sessions, weeks on target, pain and cuff trends.
    #[command(visible_alias = "geschiedenis")]
    History,
    /// Language, training days, the cuff, backups and deleting everything.
    #[command(visible_alias = "instellingen")]
    Settings(settings::SettingsArgs),
}

/// What every command may need from the global options.
pub struct Context {
    db: Option<PathBuf>,
    tz: Option<String>,
    /// `--lang`, when given.
    pub lang: Option<Lang>,
    /// Before a database is open: `--lang`, else the environment's language.
    pub out: Output,
}

impl Context {
    /// The system clock, in `--tz` when given.
    pub fn clock(&self) -> TerminalClock {
        TerminalClock::system(self.tz.clone())
    }

    /// Opens the database on the system clock; the output follows the app's language.
    pub fn open(&self) -> Result<(Arc<Kernkracht>, Output), Problem> {
        self.open_with(self.clock())
    }

    pub fn open_with(&self, clock: TerminalClock) -> Result<(Arc<Kernkracht>, Output), Problem> {
        let app = Kernkracht::open(
            self.database()?.display().to_string(),
            self.out.lang.locale().to_owned(),
            Arc::new(clock),
            Arc::new(NoAlarms),
        )?;
        let out = self.out.in_language(app.language());
        Ok((app, out))
    }

    /// `--db`, or `$XDG_DATA_HOME/kernkracht/kernkracht.db` (`~/.local/share/…`), whose
    /// folder is created when missing.
    pub fn database(&self) -> Result<PathBuf, Problem> {
        if let Some(path) = &self.db {
            return Ok(path.clone());
        }
        let lang = self.out.lang;
        let data_home = std::env::var_os("XDG_DATA_HOME")
            .filter(|dir| !dir.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".local/share"))
            })
            .ok_or_else(|| {
                Problem::Refused(
                    lang.pick(
                        "geen map voor gegevens: zet XDG_DATA_HOME of HOME, of geef --db PAD",
                        "no data directory: set XDG_DATA_HOME or HOME, or pass --db PATH",
                    )
                    .to_owned(),
                )
            })?;
        let dir = data_home.join("kernkracht");
        std::fs::create_dir_all(&dir).map_err(|e| {
            Problem::Refused(format!(
                "{} {}: {}",
                lang.pick("kan deze map niet maken:", "cannot create"),
                dir.display(),
                problem::io_reason(&e, lang)
            ))
        })?;
        Ok(dir.join("kernkracht.db"))
    }
}

fn main() -> ExitCode {
    terminal::restore_default_sigpipe();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) if !error.use_stderr() => {
            // --help and --version: print as clap formats them.
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        Err(error) => {
            let message = clap_message(&error, Lang::from_args_or_env());
            return Problem::Usage(message).report();
        }
    };
    install_log_sink(Arc::new(StderrSink), log_level(cli.verbose));
    let context = Context {
        db: cli.db,
        tz: cli.tz,
        lang: cli.lang,
        out: Output {
            lang: cli.lang.unwrap_or_else(Lang::from_env),
            json: cli.json,
            width: terminal::width(),
        },
    };
    match run(&cli.command, &context) {
        Ok(()) => ExitCode::SUCCESS,
        Err(problem) => problem.report(),
    }
}

fn run(command: &Command, context: &Context) -> CommandResult {
    match command {
        Command::Ball(args) => ball::run(args, context.out),
        Command::Catalogue(args) => catalogue::run(args, context.out),
        Command::Cuff(args) => cuff::run(args, context),
        Command::Onboard(args) => {
            let (app, out) = context.open()?;
            onboard::run(args, &app, context.lang, out)
        }
        Command::Profile => settings::run_profile(context),
        Command::Export(args) => data::run_export(args, context),
        Command::Import(args) => data::run_import(args, context),
        Command::Db(args) => data::run_db(args, context),
        Command::Plan => plan::run(context),
        Command::DoctorCleared => plan::run_doctor_cleared(context),
        Command::PainSettled => plan::run_pain_settled(context),
        Command::Reminders(args) => reminders::run(args, context),
        Command::Session(args) => session::run(args, context),
        Command::History => history::run(context),
        Command::Settings(args) => settings::run(args, context),
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
