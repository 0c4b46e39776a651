//! `kernkracht plan`: today's session and the week ahead; `kernkracht reminders next`: the
//! reminders the phone would schedule.

use clap::{Args, Subcommand};
use kernkracht::api::app::Kernkracht;
use kernkracht::api::catalogue::Catalogue;
use kernkracht::api::program::{compute_reminders, Reminder};
use kernkracht::api::KernkrachtError;
use kernkracht::catalogue::{describe_dosage, Dosage, Range};
use kernkracht::program::Block;
use kernkracht::reminders::{LocalTime, ReminderSettings, Weekday};
use serde_json::json;

use kernkracht::clock::now_ms;

use crate::labels;
use crate::lang::Lang;
use crate::{CommandResult, Output};

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The time zone to plan in (default: the system's).
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
}

#[derive(Debug, Args)]
pub struct RemindersArgs {
    #[command(subcommand)]
    command: RemindersCommand,
}

#[derive(Debug, Subcommand)]
enum RemindersCommand {
    /// The next reminders: from the stored settings, or from --days/--time/--tz as a dry run.
    Next(NextArgs),
}

#[derive(Debug, Args)]
struct NextArgs {
    /// How many (at most 64).
    #[arg(long, default_value_t = 8)]
    count: u32,
    /// Training days for a dry run, comma-separated (mon,wed,fri).
    #[arg(long, value_name = "DAYS", requires = "time")]
    days: Option<String>,
    /// Reminder time for a dry run, HH:MM.
    #[arg(long, value_name = "HH:MM", requires = "days")]
    time: Option<String>,
    /// The time zone (default: the stored one, or the system's for a dry run).
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
    /// Start from this instant (RFC 3339) instead of now.
    #[arg(long, value_name = "RFC3339")]
    from: Option<String>,
}

pub fn run_plan(args: &PlanArgs, app: &Kernkracht, out: &Output) -> CommandResult {
    let zone = args
        .tz
        .clone()
        .unwrap_or_else(crate::onboard::system_time_zone);
    let now = now_ms();
    let today = app.today(now, zone.clone())?;
    let week = app.week_ahead(now, zone)?;
    if out.json {
        println!("{:#}", json!({ "today": today, "week": week }));
        return Ok(());
    }
    let lang = out.lang;
    let catalogue = app.catalogue()?;
    println!(
        "{} {} ({})",
        lang.pick("Vandaag", "Today"),
        today.date,
        labels::weekday(today.weekday, lang)
    );
    match (&today.session, today.blocked) {
        (_, Some(Block::SeeDoctor)) => println!(
            "{}",
            lang.pick(
                "Je gaf een waarschuwingsteken aan: ga eerst naar een arts voor je begint te trainen.",
                "You reported a warning sign: see a doctor before you start training."
            )
        ),
        (_, Some(Block::NoProfile)) => println!(
            "{}",
            lang.pick(
                "Nog geen profiel: voer eerst `kernkracht onboard` uit.",
                "No profile yet: run `kernkracht onboard` first."
            )
        ),
        (Some(session), None) => {
            if today.done {
                println!("{}", lang.pick("Vandaag al getraind: goed gedaan.", "Already trained today: well done."));
            }
            println!(
                "{} {} · {} {} min",
                lang.pick("Sessie", "Session"),
                session.number,
                lang.pick("ongeveer", "about"),
                session.estimated_seconds.div_ceil(60)
            );
            for caution in &session.cautions {
                println!("! {}", labels::caution(*caution, lang));
            }
            let mut part = None;
            for item in &session.exercises {
                if part != Some(item.part) {
                    part = Some(item.part);
                    println!("\n{}", labels::part(item.part, lang));
                }
                println!("  {}", describe(&catalogue, item, lang)?);
            }
        }
        (None, None) => {}
    }
    if !today.missed.is_empty() {
        println!(
            "\n{}: {}",
            lang.pick("Gemist (inhalen kan)", "Missed (you can catch up)"),
            today.missed.join(", ")
        );
    }
    println!("\n{}", lang.pick("De komende week", "The week ahead"));
    for day in week {
        let mark = match (day.done, day.training_day) {
            (true, _) => lang.pick("gedaan", "done"),
            (false, true) => lang.pick("training", "training"),
            (false, false) => lang.pick("rust", "rest"),
        };
        println!(
            "  {} {}  {mark}",
            labels::weekday(day.weekday, lang),
            day.date
        );
    }
    Ok(())
}

fn describe(
    catalogue: &Catalogue,
    item: &kernkracht::program::PlannedExercise,
    lang: Lang,
) -> Result<String, KernkrachtError> {
    let name = catalogue.exercise(item.exercise_id.clone())?.name;
    let amount = if item.max_test {
        lang.pick(
            "maximumtest: zoveel als je kunt",
            "maximum test: as many as you can",
        )
        .to_owned()
    } else {
        let dosage = Dosage {
            sets: (item.sets > 1).then_some(item.sets),
            reps: item.reps.map(Range::exactly),
            hold_seconds: item.hold_seconds.map(Range::exactly),
            hold_counts: item.hold_counts,
            ..Dosage::default()
        };
        describe_dosage(&dosage, item.sides, lang.language())
    };
    Ok(format!("{name} — {amount}"))
}

pub fn run_reminders(
    args: &RemindersArgs,
    app: impl FnOnce() -> Result<std::sync::Arc<Kernkracht>, KernkrachtError>,
    out: &Output,
) -> CommandResult {
    let RemindersCommand::Next(next) = &args.command;
    let now = match &next.from {
        Some(text) => text
            .parse::<jiff::Timestamp>()
            .map_err(|e| {
                KernkrachtError::InvalidInput(format!("'{text}' is not an RFC 3339 instant: {e}"))
            })?
            .as_millisecond(),
        None => now_ms(),
    };
    let reminders = match (&next.days, &next.time) {
        (Some(days), Some(time)) => {
            let weekdays = days
                .split(',')
                .map(|d| d.parse::<Weekday>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
            let time: LocalTime =
                time.parse()
                    .map_err(|e: kernkracht::reminders::SettingsError| {
                        KernkrachtError::InvalidInput(e.to_string())
                    })?;
            let zone = next
                .tz
                .clone()
                .unwrap_or_else(crate::onboard::system_time_zone);
            let settings = ReminderSettings {
                weekdays,
                time,
                time_zone: zone,
            };
            compute_reminders(settings, now, None, next.count)?
        }
        _ => app()?.upcoming_reminders(now, next.tz.clone(), next.count)?,
    };
    print_reminders(&reminders, out);
    Ok(())
}

fn print_reminders(reminders: &[Reminder], out: &Output) {
    if out.json {
        println!(
            "{}",
            serde_json::to_string_pretty(reminders).expect("reminders serialise")
        );
        return;
    }
    for r in reminders {
        println!(
            "{}  {}  ({})",
            labels::weekday(r.weekday, out.lang),
            r.local,
            r.utc
        );
    }
}
