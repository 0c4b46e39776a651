//! `kernkracht reminders next`: the reminders a phone would have scheduled. From the stored
//! settings they are the core's own list (`--from` starts the clock at another instant); with
//! `--days` and `--time` they are a dry run for settings that are not stored.

use clap::{Args, Subcommand};
use kernkracht::api::device::Clock;
use kernkracht::api::reminders::{compute_reminders, Reminder};
use kernkracht::api::{LocalTime, ReminderSettings};

use crate::choices::clock_time;
use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::vocabulary::Vocabulary;
use crate::Context;

#[derive(Debug, Args)]
pub struct RemindersArgs {
    #[command(subcommand)]
    command: RemindersCommand,
}

#[derive(Debug, Subcommand)]
enum RemindersCommand {
    /// The next reminders: from the stored settings, or from --days/--time as a dry run.
    Next(NextArgs),
}

#[derive(Debug, Args)]
struct NextArgs {
    /// How many (1–64: a phone keeps at most 64 pending).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=64))]
    count: u32,
    /// Training days for a dry run, comma-separated (mon,wed,fri or ma,wo,vr).
    #[arg(long, value_name = "DAYS", requires = "time")]
    days: Option<String>,
    /// Reminder time for a dry run, HH:MM.
    #[arg(long, value_name = "HH:MM", requires = "days")]
    time: Option<String>,
    /// Start from this instant (RFC 3339, e.g. 2026-03-27T00:00:00Z) instead of now.
    #[arg(long, value_name = "RFC3339")]
    from: Option<String>,
}

pub fn run(args: &RemindersArgs, context: &Context) -> CommandResult {
    let RemindersCommand::Next(next) = &args.command;
    let mut clock = context.clock();
    if let Some(text) = &next.from {
        clock = clock.starting_at(instant(text, context.out.lang)?);
    }
    let (app, out) = context.open_with(clock.clone())?;
    let lang = out.lang;
    let words = Vocabulary::new(&app, lang)?;
    let reminders = match (&next.days, &next.time) {
        (Some(days), Some(time)) => {
            let weekdays = words
                .weekdays()
                .pick_list(days, lang)
                .map_err(Problem::Usage)?;
            let (hour, minute) = clock_time(time, lang).map_err(Problem::Usage)?;
            let settings = ReminderSettings {
                weekdays,
                time: LocalTime { hour, minute },
                time_zone: clock.time_zone(),
            };
            let now = clock.now_ms();
            compute_reminders(settings, now, next.count, lang.language())?
        }
        _ => app.upcoming_reminders(next.count)?,
    };
    if out.json {
        out.json(&reminders);
        return Ok(());
    }
    if reminders.is_empty() {
        out.para(lang.pick("Geen herinneringen gepland.", "No reminders scheduled."));
    }
    let days = words.weekdays();
    for Reminder {
        weekday,
        local,
        title,
        ..
    } in &reminders
    {
        out.hanging(
            "",
            "    ",
            &format!("{:<3} {local}  {title}", days.label(*weekday)),
        );
    }
    Ok(())
}

/// Milliseconds since the epoch of an RFC 3339 instant.
fn instant(text: &str, lang: Lang) -> Result<i64, Problem> {
    text.parse::<jiff::Timestamp>()
        .map(|t| t.as_millisecond())
        .map_err(|_| {
            Problem::Usage(match lang {
                Lang::Nl => {
                    format!("'{text}' is geen tijdstip in RFC 3339, zoals 2026-03-27T00:00:00Z")
                }
                Lang::En => {
                    format!("'{text}' is not an RFC 3339 instant such as 2026-03-27T00:00:00Z")
                }
            })
        })
}
