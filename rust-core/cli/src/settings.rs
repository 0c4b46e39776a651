//! `kernkracht settings`: the settings screen, and its actions as subcommands (language,
//! training days and time, deleting everything); `kernkracht profile`: what onboarding
//! stored.

use clap::{Args, Subcommand};
use kernkracht::api::{LocalTime, SettingsAction, SettingsScreen};
use serde_json::json;

use crate::choices::clock_time;
use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::text::Output;
use crate::vocabulary::Vocabulary;
use crate::Context;

#[derive(Debug, Args)]
pub struct SettingsArgs {
    #[command(subcommand)]
    command: Option<SettingsCommand>,
}

#[derive(Debug, Subcommand)]
enum SettingsCommand {
    /// The app's language: nl (Nederlands) or en (English).
    #[command(visible_alias = "taal")]
    Language {
        /// nl, en, Nederlands or English.
        language: String,
    },
    /// Training days and the reminder time.
    #[command(visible_alias = "dagen")]
    Days {
        /// Comma-separated: mon,wed,fri or ma,wo,vr.
        days: String,
        /// The reminder time, HH:MM.
        #[arg(long, visible_alias = "tijd", value_name = "HH:MM")]
        time: String,
    },
    /// Delete everything you entered and did (there is no undo).
    #[command(visible_alias = "alles-wissen")]
    DeleteAll {
        /// Yes, delete it all.
        #[arg(long, visible_alias = "ja")]
        yes: bool,
    },
}

pub fn run(args: &SettingsArgs, context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    let lang = out.lang;
    let screen = match &args.command {
        None => app.settings_screen()?,
        Some(SettingsCommand::Language { language }) => {
            let language = Vocabulary::new(&app, lang)?
                .languages()
                .pick(language, lang)
                .map_err(Problem::Usage)?;
            app.change_language(language)?
        }
        Some(SettingsCommand::Days { days, time }) => {
            let weekdays = Vocabulary::new(&app, lang)?
                .weekdays()
                .pick_list(days, lang)
                .map_err(Problem::Usage)?;
            let (hour, minute) = clock_time(time, lang).map_err(Problem::Usage)?;
            app.set_training_days(weekdays, LocalTime { hour, minute })?;
            app.settings_screen()?
        }
        Some(SettingsCommand::DeleteAll { yes }) => {
            let screen = app.settings_screen()?;
            if !yes {
                return Err(Problem::Refused(format!(
                    "{} {}",
                    screen.delete_warning,
                    lang.pick(
                        "Bevestig met: kernkracht instellingen alles-wissen --ja",
                        "Confirm with: kernkracht settings delete-all --yes",
                    )
                )));
            }
            app.delete_all_data()?;
            app.settings_screen()?
        }
    };
    show(&screen, out.in_language(screen.language));
    Ok(())
}

fn show(screen: &SettingsScreen, out: Output) {
    if out.json {
        out.json(screen);
        return;
    }
    let lang = out.lang;
    let languages: Vec<String> = screen
        .languages
        .iter()
        .map(|l| match l.selected {
            true => format!("[{}]", l.label),
            false => l.label.clone(),
        })
        .collect();
    let field = |label: &str, value: &str| out.hanging(&format!("{label}: "), "  ", value);
    field(lang.pick("Taal", "Language"), &languages.join(" "));
    field(lang.pick("Trainen", "Training"), &screen.reminders_label);
    out.para(&screen.next_reminder_label);
    field(lang.pick("Manchet", "Cuff"), &screen.cuff_label);
    if !screen.profile.is_empty() {
        out.heading(lang.pick("Profiel", "Profile"));
        for line in &screen.profile {
            out.hanging(&format!("  {}: ", line.label), "    ", &line.value);
        }
    }
    out.heading(lang.pick("Reservekopie", "Backup"));
    out.indented(2, &screen.backup_note);
    out.heading(lang.pick("Alles wissen", "Delete everything"));
    out.indented(2, &screen.delete_warning);
    out.heading(lang.pick("Wat kan je doen?", "What you can do"));
    for action in &screen.actions {
        out.hanging("  → ", "    ", hint(*action, lang));
    }
}

/// The command that carries out an action, with the Dutch command names in Dutch.
fn hint(action: SettingsAction, lang: Lang) -> &'static str {
    match action {
        SettingsAction::ChangeLanguage => lang.pick(
            "Andere taal: kernkracht instellingen taal en",
            "Another language: kernkracht settings language nl",
        ),
        SettingsAction::ChangeTrainingDays => lang.pick(
            "Andere dagen of tijd: kernkracht instellingen dagen ma,wo,vr --tijd 18:00",
            "Other days or time: kernkracht settings days mon,wed,fri --time 18:00",
        ),
        SettingsAction::ManageCuff => lang.pick(
            "Een manchet koppelen: kernkracht manchet zoek, dan kernkracht manchet koppel ID",
            "Pair a cuff: kernkracht cuff scan, then kernkracht cuff pair ID",
        ),
        SettingsAction::ExportBackup => lang.pick(
            "Reservekopie maken: kernkracht export --out BESTAND",
            "Make a backup: kernkracht export --out FILE",
        ),
        SettingsAction::ImportBackup => lang.pick(
            "Reservekopie terugzetten: kernkracht import BESTAND",
            "Restore a backup: kernkracht import FILE",
        ),
        SettingsAction::DeleteAllData => lang.pick(
            "Alles wissen: kernkracht instellingen alles-wissen --ja",
            "Delete everything: kernkracht settings delete-all --yes",
        ),
    }
}

pub fn run_profile(context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    let profile = app.profile()?;
    if out.json {
        let doc = match profile {
            Some(profile) => json!({
                "profile": profile,
                "screening": app.screening()?,
                "database": app.database_path(),
            }),
            None => serde_json::Value::Null,
        };
        out.json(&doc);
        return Ok(());
    }
    if profile.is_none() {
        out.para(out.lang.pick(
            "Nog geen profiel: beantwoord eerst de vragen met kernkracht intake.",
            "No profile yet: answer the questions first with kernkracht onboard.",
        ));
        return Ok(());
    }
    let screen = app.settings_screen()?;
    for line in &screen.profile {
        out.hanging(&format!("{}: ", line.label), "  ", &line.value);
    }
    out.hanging(
        &format!("{}: ", out.lang.pick("Trainen", "Training")),
        "  ",
        &screen.reminders_label,
    );
    Ok(())
}
