//! The settings screen: language, training days and reminder time, the cuff, the profile,
//! backups, and deleting all data — with the words that explain each.

use serde::Serialize;

use super::onboarding::{
    day_choices, language_choices, time_field, DayChoice, LanguageChoice, SummaryLine, TimeField,
};
use super::pairing::PairedView;
use super::words::{self, pick};
use crate::history::Cuff;
use crate::language::Language;
use crate::profile::Profile;
use crate::reminders::{ReminderSettings, Weekday, PROPOSED_TIME};

/// What the settings screen is built from.
pub struct SettingsFacts<'a> {
    pub profile: Option<&'a Profile>,
    pub reminders: Option<&'a ReminderSettings>,
    /// The next reminder's local date and time, when one is scheduled.
    pub next_reminder: Option<(jiff::civil::Date, String)>,
    /// A warning sign holds the reminders back.
    pub blocked: bool,
    pub cuff: Option<&'a Cuff>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum SettingsAction {
    ChangeLanguage,
    ChangeTrainingDays,
    ManageCuff,
    ExportBackup,
    ImportBackup,
    DeleteAllData,
}

/// Everything the settings screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct SettingsScreen {
    pub language: Language,
    pub languages: Vec<LanguageChoice>,
    pub days: Vec<DayChoice>,
    /// The reminder time, the leaflets' 18:00 before any is set; each step applies at once.
    pub time: TimeField,
    /// `ma, wo en vr om 18:00`, or that none are set.
    pub reminders_label: String,
    /// `Volgende herinnering: wo 9 dec om 18:00`, or why there is none.
    pub next_reminder_label: String,
    /// `Drukmanchet ABC`, or that none is paired.
    pub cuff_label: String,
    pub cuff: Option<PairedView>,
    /// Height, ball, goal and equipment.
    pub profile: Vec<SummaryLine>,
    pub backup_note: String,
    /// What the shell shows when the device could not write the backup file it was given.
    pub backup_not_saved: String,
    /// What the shell shows when the device could not read the file the user picked.
    pub backup_not_read: String,
    /// What deleting all data does; the shell asks to confirm with these words.
    pub delete_warning: String,
    pub actions: Vec<SettingsAction>,
}

pub fn build(facts: &SettingsFacts, language: Language) -> SettingsScreen {
    let chosen: &[Weekday] = facts.reminders.map_or(&[], |r| &r.weekdays);
    let time = facts.reminders.map_or(PROPOSED_TIME, |r| r.time);
    let days: Vec<&str> = chosen
        .iter()
        .map(|d| words::weekday_short(*d, language))
        .collect();
    let reminders_label = match facts.reminders {
        Some(r) => format!(
            "{} {} {}",
            words::list(&days, language),
            pick(language, "om", "at"),
            words::clock(r.time)
        ),
        None => pick(language, "Nog geen trainingsdagen gekozen", "No training days chosen yet")
            .to_owned(),
    };
    let next_reminder_label = match (&facts.next_reminder, facts.blocked) {
        (_, true) => pick(
            language,
            "Geen herinneringen tot een arts je toestemming geeft.",
            "No reminders until a doctor allows you to train.",
        )
        .to_owned(),
        (Some((date, time)), false) => format!(
            "{} {} {} {time}",
            pick(language, "Volgende herinnering:", "Next reminder:"),
            words::date(*date, language),
            pick(language, "om", "at"),
        ),
        (None, false) => pick(language, "Geen herinnering gepland.", "No reminder scheduled.")
            .to_owned(),
    };
    let mut actions = vec![SettingsAction::ChangeLanguage];
    if facts.profile.is_some() {
        actions.extend([SettingsAction::ChangeTrainingDays, SettingsAction::ManageCuff]);
    }
    actions.extend([
        SettingsAction::ExportBackup,
        SettingsAction::ImportBackup,
        SettingsAction::DeleteAllData,
    ]);
    SettingsScreen {
        language,
        languages: language_choices(language),
        days: day_choices(chosen, language),
        time: time_field(time),
        reminders_label,
        next_reminder_label,
        cuff_label: match facts.cuff {
            Some(cuff) if !cuff.name.trim().is_empty() => cuff.name.clone(),
            Some(_) => pick(language, "Drukmanchet", "Pressure cuff").to_owned(),
            None => pick(language, "Geen manchet gekoppeld", "No cuff paired").to_owned(),
        },
        cuff: facts.cuff.map(|c| PairedView {
            identifier: c.identifier.clone(),
            name: c.name.clone(),
        }),
        profile: facts.profile.map_or_else(Vec::new, |p| profile_lines(p, language)),
        backup_note: pick(
            language,
            "Een reservekopie bevat al je gegevens: je profiel, je sessies en je voortgang. Bewaar ze op een veilige plek of geef ze aan je fysiotherapeut.",
            "A backup holds all your data: your profile, your sessions and your progress. Keep it somewhere safe or give it to your physiotherapist.",
        )
        .to_owned(),
        backup_not_saved: pick(
            language,
            "De reservekopie is niet bewaard: het bestand kon niet worden geschreven. In de app is niets veranderd; kies een andere plek en probeer het opnieuw.",
            "The backup was not saved: the file could not be written. Nothing has changed in the app; choose another place and try again.",
        )
        .to_owned(),
        backup_not_read: pick(
            language,
            "Dit bestand kon niet worden gelezen. In de app is niets veranderd; kies een ander bestand of probeer het opnieuw.",
            "This file could not be read. Nothing has changed in the app; choose another file or try again.",
        )
        .to_owned(),
        delete_warning: pick(
            language,
            "Alles wissen verwijdert je profiel, je sessies, je voortgang en je manchet van deze telefoon. Dat kan niet ongedaan worden gemaakt.",
            "Deleting everything removes your profile, your sessions, your progress and your cuff from this phone. This cannot be undone.",
        )
        .to_owned(),
        actions,
    }
}

fn profile_lines(profile: &Profile, language: Language) -> Vec<SummaryLine> {
    let line = |label: &str, value: String| SummaryLine {
        label: label.to_owned(),
        value,
    };
    let items: Vec<&str> = profile
        .equipment
        .iter()
        .map(|item| words::equipment(*item, language))
        .collect();
    vec![
        line(
            pick(language, "Lengte", "Height"),
            format!("{} cm", words::number(profile.height_cm, 1, language)),
        ),
        line(
            pick(language, "Swiss ball", "Swiss ball"),
            format!("{} cm", profile.ball_diameter_cm),
        ),
        line(
            pick(language, "Doel", "Goal"),
            words::goal(profile.goal, language).to_owned(),
        ),
        line(
            pick(language, "Materiaal", "Equipment"),
            if items.is_empty() {
                pick(language, "geen", "none").to_owned()
            } else {
                words::list(&items, language)
            },
        ),
    ]
}
