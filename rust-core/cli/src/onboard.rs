//! `kernkracht onboard`: the onboarding questions, asked one by one or given as flags, and
//! `kernkracht profile`: what onboarding stored.

use std::io::{BufRead, Write};

use clap::Args;
use kernkracht::api::app::Kernkracht;
use kernkracht::api::program::default_reminder_settings;
use kernkracht::api::KernkrachtError;
use kernkracht::catalogue::Equipment;
use kernkracht::profile::{Goal, Onboarding, Profile};
use kernkracht::reminders::{LocalTime, ReminderSettings, Weekday};
use serde_json::json;

use crate::labels;
use crate::lang::Lang;
use crate::{parse_key, CommandResult, Output};

#[derive(Debug, Args)]
pub struct OnboardArgs {
    /// Body height in centimetres.
    #[arg(long, value_name = "CM", allow_negative_numbers = true)]
    height_cm: Option<f64>,
    /// Why you train: recovery or sport_performance.
    #[arg(long, value_parser = parse_key::<Goal>)]
    goal: Option<Goal>,
    /// Equipment you own, comma-separated (ball,cuff,mat,wall,table,stool,towel_or_pillow,
    /// dumbbells,…); `none` for nothing.
    #[arg(long, value_name = "ITEMS")]
    equipment: Option<String>,
    /// Training days, comma-separated (mon,wed,fri).
    #[arg(long, value_name = "DAYS")]
    days: Option<String>,
    /// Reminder time, HH:MM.
    #[arg(long, value_name = "HH:MM")]
    time: Option<String>,
    /// IANA time zone (default: the system's).
    #[arg(long, value_name = "ZONE")]
    tz: Option<String>,
    /// You have one of the warning signs (yes/no).
    #[arg(long, value_name = "yes|no", value_parser = parse_yes_no)]
    red_flags: Option<bool>,
    /// Your back pain is still acute (yes/no).
    #[arg(long, value_name = "yes|no", value_parser = parse_yes_no)]
    acute_pain: Option<bool>,
}

fn parse_yes_no(text: &str) -> Result<bool, String> {
    match text.trim().to_lowercase().as_str() {
        "y" | "yes" | "j" | "ja" => Ok(true),
        "n" | "no" | "nee" => Ok(false),
        _ => Err(format!("'{text}' is not yes or no")),
    }
}

fn parse_equipment(text: &str) -> Result<Vec<Equipment>, String> {
    let text = text.trim();
    if text.is_empty() || text == "none" || text == "geen" {
        return Ok(Vec::new());
    }
    text.split(',').map(|item| parse_key(item.trim())).collect()
}

fn parse_days(text: &str) -> Result<Vec<Weekday>, String> {
    text.split(',')
        .map(|day| day.parse::<Weekday>().map_err(|e| e.to_string()))
        .collect()
}

fn parse_time(text: &str) -> Result<LocalTime, String> {
    text.parse()
        .map_err(|e: kernkracht::reminders::SettingsError| e.to_string())
}

/// The system's IANA time zone, or UTC when it has none.
pub fn system_time_zone() -> String {
    jiff::tz::TimeZone::system()
        .iana_name()
        .unwrap_or("UTC")
        .to_owned()
}

pub fn run_onboard(args: &OnboardArgs, app: &Kernkracht, out: &Output) -> CommandResult {
    let lang = out.lang;
    let mut ask = Questions::new(lang);
    let height_cm = match args.height_cm {
        Some(h) => h,
        None => ask.until_valid(
            lang.pick("Je lengte in cm", "Your height in cm"),
            None,
            |t| {
                let height: f64 = t
                    .replace(',', ".")
                    .parse()
                    .map_err(|_| format!("'{t}' is not a number"))?;
                kernkracht::ball::recommend(height).map_err(|e| e.to_string())?;
                Ok(height)
            },
        )?,
    };
    let goal = match args.goal {
        Some(goal) => goal,
        None => ask.until_valid(
            lang.pick(
                "Je doel: recovery (herstel van een klacht) of sport_performance",
                "Your goal: recovery (from a complaint) or sport_performance",
            ),
            Some("recovery"),
            parse_key::<Goal>,
        )?,
    };
    let equipment = match &args.equipment {
        Some(text) => parse_equipment(text).map_err(KernkrachtError::InvalidInput)?,
        None => ask.until_valid(
            lang.pick(
                "Welk materiaal heb je? (bv. ball,cuff,mat,wall,table,stool; of none)",
                "What equipment do you have? (e.g. ball,cuff,mat,wall,table,stool; or none)",
            ),
            Some("mat"),
            parse_equipment,
        )?,
    };
    let red_flags = match args.red_flags {
        Some(answer) => answer,
        None => ask.until_valid(RED_FLAGS.pick(lang), Some("no"), parse_yes_no)?,
    };
    let acute_pain = match args.acute_pain {
        Some(answer) => answer,
        None => ask.until_valid(
            lang.pick(
                "Is je rugpijn nog acuut (elke beweging doet te veel pijn)? (yes/no)",
                "Is your back pain still acute (every movement hurts too much)? (yes/no)",
            ),
            Some("no"),
            parse_yes_no,
        )?,
    };
    let proposal = default_reminder_settings("UTC".into())?;
    let default_days: Vec<&str> = proposal
        .weekdays
        .iter()
        .map(|d| labels::weekday(*d, lang))
        .collect();
    let default_days = default_days.join(",").to_lowercase();
    let default_time = proposal.time.to_string();
    let weekdays = match &args.days {
        Some(text) => parse_days(text).map_err(KernkrachtError::InvalidInput)?,
        None => ask.until_valid(
            lang.pick("Trainingsdagen", "Training days"),
            Some(&default_days),
            parse_days,
        )?,
    };
    let time = match &args.time {
        Some(text) => parse_time(text).map_err(KernkrachtError::InvalidInput)?,
        None => ask.until_valid(
            lang.pick("Tijdstip van de herinnering", "Reminder time"),
            Some(&default_time),
            parse_time,
        )?,
    };
    let time_zone = match &args.tz {
        Some(zone) => zone.clone(),
        None if args.days.is_some() || args.time.is_some() => system_time_zone(),
        None => ask.until_valid(
            lang.pick("Tijdzone", "Time zone"),
            Some(&system_time_zone()),
            |zone| match jiff::tz::TimeZone::get(zone) {
                Ok(_) => Ok(zone.to_owned()),
                Err(_) => Err(format!("'{zone}' is not a known time zone")),
            },
        )?,
    };
    let profile = app.complete_onboarding(Onboarding {
        height_cm,
        language: lang.language(),
        goal,
        equipment,
        red_flags,
        acute_pain,
        reminders: ReminderSettings {
            weekdays,
            time,
            time_zone,
        },
    })?;
    out.confirm("Je profiel is opgeslagen.", "Your profile is saved.", "");
    show(app, &profile, out)
}

pub fn run_profile(app: &Kernkracht, out: &Output) -> CommandResult {
    match app.profile()? {
        Some(profile) => show(app, &profile, out),
        None if out.json => {
            println!("null");
            Ok(())
        }
        None => {
            println!(
                "{}",
                out.lang.pick(
                    "Nog geen profiel: voer `kernkracht onboard` uit.",
                    "No profile yet: run `kernkracht onboard`."
                )
            );
            Ok(())
        }
    }
}

fn show(app: &Kernkracht, profile: &Profile, out: &Output) -> CommandResult {
    let screening = app.screening()?;
    let reminders = app.reminder_settings()?;
    if out.json {
        let doc = json!({
            "profile": profile,
            "screening": screening,
            "reminders": reminders,
            "database": app.database_path(),
        });
        println!("{doc:#}");
        return Ok(());
    }
    let lang = out.lang;
    println!(
        "{}: {} cm → {} {} cm",
        lang.pick("Lengte", "Height"),
        lang.number(profile.height_cm),
        lang.pick("Swiss ball van", "Swiss ball of"),
        profile.ball_diameter_cm
    );
    println!(
        "{}: {}",
        lang.pick("Doel", "Goal"),
        match profile.goal {
            Goal::Recovery => lang.pick("herstel van een klacht", "recovery from a complaint"),
            Goal::SportPerformance => lang.pick("betere sportprestaties", "sport performance"),
        }
    );
    let items: Vec<&str> = profile
        .equipment
        .iter()
        .map(|item| labels::equipment(*item, lang))
        .collect();
    println!(
        "{}: {}",
        lang.pick("Materiaal", "Equipment"),
        if items.is_empty() {
            lang.pick("geen", "none").to_owned()
        } else {
            items.join(", ")
        }
    );
    if let Some(r) = reminders {
        let days: Vec<&str> = r
            .weekdays
            .iter()
            .map(|d| labels::weekday(*d, lang))
            .collect();
        println!(
            "{}: {} {} {} ({})",
            lang.pick("Herinneringen", "Reminders"),
            days.join(", "),
            lang.pick("om", "at"),
            r.time,
            r.time_zone
        );
    }
    if let Some(s) = screening {
        if s.red_flags {
            println!(
                "{}",
                lang.pick(
                    "Let op: ga eerst naar een arts voor je begint te trainen.",
                    "Important: see a doctor before you start training."
                )
            );
        } else if s.acute_pain {
            println!(
                "{}",
                lang.pick(
                    "Zolang de pijn acuut is, nog geen oefeningen: begin wanneer de ergste pijn weg is.",
                    "No exercises while the pain is acute: start once the worst pain has gone."
                )
            );
        }
    }
    Ok(())
}

/// The warning signs asked about during onboarding.
const RED_FLAGS: Bilingual = Bilingual {
    nl: "Heb je een van deze waarschuwingstekens: problemen met plassen of ontlasting, een \
         doof gevoel rond de anus of in het kruis, een been dat steeds zwakker wordt, koorts, \
         onverklaard gewichtsverlies, pijn na een val of ongeval, of kanker in je voorgeschiedenis? (yes/no)",
    en: "Do you have any of these warning signs: trouble passing urine or controlling your \
         bowels, numbness around the anus or groin, a leg growing weaker, fever, unexplained \
         weight loss, pain after a fall or accident, or a history of cancer? (yes/no)",
};

struct Bilingual {
    nl: &'static str,
    en: &'static str,
}

impl Bilingual {
    fn pick(&self, lang: Lang) -> &'static str {
        lang.pick(self.nl, self.en)
    }
}

/// Asks questions on standard error and reads answers from standard input.
struct Questions {
    lang: Lang,
    input: std::io::StdinLock<'static>,
}

impl Questions {
    fn new(lang: Lang) -> Questions {
        Questions {
            lang,
            input: std::io::stdin().lock(),
        }
    }

    /// Asks until the answer parses; an empty answer takes the default. Running out of input
    /// is an error rather than an endless loop.
    fn until_valid<T>(
        &mut self,
        question: &str,
        default: Option<&str>,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Result<T, KernkrachtError> {
        loop {
            let mut stderr = std::io::stderr().lock();
            match default {
                Some(d) => write!(stderr, "{question} [{d}]: "),
                None => write!(stderr, "{question}: "),
            }
            .and_then(|()| stderr.flush())
            .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
            let mut line = String::new();
            let read = self
                .input
                .read_line(&mut line)
                .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
            if read == 0 {
                return Err(KernkrachtError::InvalidInput(format!(
                    "{}: {question}",
                    self.lang.pick("geen antwoord op", "no answer to")
                )));
            }
            let answer = match (line.trim(), default) {
                ("", Some(d)) => d.to_owned(),
                (text, _) => text.to_owned(),
            };
            match parse(&answer) {
                Ok(value) => return Ok(value),
                Err(problem) => eprintln!("  {problem}"),
            }
        }
    }
}
