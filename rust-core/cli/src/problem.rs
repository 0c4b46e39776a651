//! Why a command failed, and how that reaches the user: one line on standard error, already in
//! the user's language, with exit status 1 for refused input or a failure and 2 for a
//! malformed command line.

use std::process::ExitCode;

use clap::error::{ContextKind, ErrorKind};
use kernkracht::api::KernkrachtError;

use crate::lang::Lang;

#[derive(Debug)]
pub enum Problem {
    /// The core refused or failed; its message is in the user's language.
    Core(KernkrachtError),
    /// The command line holds a value the tool cannot use; the message lists what it can.
    Usage(String),
    /// The tool refused the input (a frame that is not hex, an unconfirmed deletion) or could
    /// not do its part (a file, an answer that never came).
    Refused(String),
}

pub type CommandResult = Result<(), Problem>;

impl From<KernkrachtError> for Problem {
    fn from(error: KernkrachtError) -> Problem {
        Problem::Core(error)
    }
}

impl Problem {
    /// Tells the user and gives the exit status.
    pub fn report(&self) -> ExitCode {
        let (message, code) = match self {
            Problem::Core(error) => (error.to_string(), 1),
            Problem::Refused(message) => (message.clone(), 1),
            Problem::Usage(message) => (message.clone(), 2),
        };
        eprintln!("kernkracht: {}", one_line(&message));
        ExitCode::from(code)
    }
}

/// Why a file could not be read or written, in the user's language.
pub fn io_reason(error: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as Kind;
    match lang {
        Lang::En => error.to_string(),
        Lang::Nl => match error.kind() {
            Kind::NotFound => "bestaat niet",
            Kind::PermissionDenied => "geen toestemming",
            Kind::AlreadyExists => "bestaat al",
            Kind::InvalidData => "geen leesbare tekst",
            Kind::StorageFull => "de schijf is vol",
            Kind::IsADirectory => "is een map",
            _ => "invoer- of uitvoerfout",
        }
        .to_owned(),
    }
}

/// Clap's complaint about the command line as one line: in English as clap words it, in
/// Dutch for the kinds of mistakes people make.
pub fn clap_message(error: &clap::Error, lang: Lang) -> String {
    let context = |kind| error.get(kind).map(ToString::to_string).unwrap_or_default();
    let valid = || match error.get(ContextKind::ValidValue) {
        Some(values) => format!(" (kies uit: {values})"),
        None => String::new(),
    };
    let dutch = match error.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => Some(format!(
            "'{}' is geen geldige waarde voor {}{}",
            context(ContextKind::InvalidValue),
            context(ContextKind::InvalidArg),
            valid()
        )),
        ErrorKind::UnknownArgument => Some(format!(
            "onbekende optie '{}'",
            context(ContextKind::InvalidArg)
        )),
        ErrorKind::InvalidSubcommand => Some(format!(
            "onbekende opdracht '{}'",
            context(ContextKind::InvalidSubcommand)
        )),
        ErrorKind::MissingRequiredArgument => Some(format!(
            "dit ontbreekt nog: {}",
            context(ContextKind::InvalidArg)
        )),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            Some("kies een opdracht; `kernkracht --help` toont ze".to_owned())
        }
        ErrorKind::ArgumentConflict => Some(format!(
            "{} gaat niet samen met {}",
            context(ContextKind::InvalidArg),
            context(ContextKind::PriorArg)
        )),
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Some(format!(
                "te veel of te weinig waarden bij {}",
                context(ContextKind::InvalidArg)
            ))
        }
        _ => None,
    };
    match (lang, dutch) {
        (Lang::Nl, Some(text)) => text,
        (Lang::Nl, None) => {
            "de opdrachtregel klopt niet; `kernkracht --help` toont hoe het moet".to_owned()
        }
        (Lang::En, _) => one_line(&error.to_string())
            .trim_start_matches("error: ")
            .to_owned(),
    }
}

/// A message up to its first blank line (clap's usage hints follow), folded onto one line.
fn one_line(message: &str) -> String {
    let head: Vec<&str> = message
        .lines()
        .take_while(|line| !line.trim().is_empty())
        .map(str::trim)
        .collect();
    head.join(" ")
}
