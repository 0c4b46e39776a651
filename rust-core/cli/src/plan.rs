//! `kernkracht plan`: the today screen (the one safety notice first, today's plan with each
//! exercise's dosage, the week ahead, missed days, and the screen's actions as the commands
//! that carry them out); `doctor-cleared` and `pain-settled`: two of those actions, taken
//! only when the screen offers them.

use kernkracht::api::{TodayAction, TodayScreen};

use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::text::Output;
use crate::Context;

pub fn run(context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    show(&app.today_screen()?, out);
    Ok(())
}

pub fn run_doctor_cleared(context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    if !app
        .today_screen()?
        .actions
        .contains(&TodayAction::ConfirmDoctorCleared)
    {
        return Err(Problem::Refused(
            out.lang
                .pick(
                    "er staat geen waarschuwingsteken genoteerd dat training tegenhoudt",
                    "no warning sign is noted that holds training back",
                )
                .to_owned(),
        ));
    }
    app.confirm_doctor_cleared()?;
    show(&app.today_screen()?, out);
    Ok(())
}

pub fn run_pain_settled(context: &Context) -> CommandResult {
    let (app, out) = context.open()?;
    if !app
        .today_screen()?
        .actions
        .contains(&TodayAction::ConfirmPainSettled)
    {
        return Err(Problem::Refused(
            out.lang
                .pick(
                    "de pijn staat nu niet als acuut genoteerd",
                    "the pain is not noted as acute now",
                )
                .to_owned(),
        ));
    }
    app.confirm_pain_settled()?;
    show(&app.today_screen()?, out);
    Ok(())
}

fn show(screen: &TodayScreen, out: Output) {
    if out.json {
        out.json(screen);
        return;
    }
    let lang = out.lang;
    out.para(&format!("{} · {}", screen.date_label, screen.headline));
    if let Some(safety) = &screen.safety {
        out.heading(&format!("! {}", safety.title));
        out.indented(2, &safety.message);
        for point in &safety.advice {
            out.hanging("  - ", "    ", point);
        }
    }
    if let Some(plan) = &screen.plan {
        out.heading(&plan.title);
        for note in &plan.notes {
            out.hanging("  ! ", "    ", note);
        }
        for section in &plan.sections {
            out.para(&section.title);
            for line in &section.exercises {
                let cuff = match line.uses_cuff {
                    true => lang.pick(" (met de manchet)", " (with the cuff)"),
                    false => "",
                };
                out.hanging(
                    "  - ",
                    "    ",
                    &format!("{}{cuff}: {}", line.name, line.dosage),
                );
            }
        }
    }
    out.heading(lang.pick("De komende week", "The week ahead"));
    for day in &screen.week {
        let mark = match day.is_today {
            true => lang.pick("  ← vandaag", "  ← today"),
            false => "",
        };
        println!(
            "  {:<3} {:>2}  {}{mark}",
            day.weekday_label, day.day_of_month, day.kind_label
        );
    }
    if let Some(missed) = &screen.missed {
        out.heading(missed);
    }
    if !screen.actions.is_empty() {
        out.heading(lang.pick("Wat nu?", "What next?"));
        for action in &screen.actions {
            out.hanging("  → ", "    ", hint(*action, lang));
        }
    }
}

/// The command that carries out an action, with the Dutch command names in Dutch.
fn hint(action: TodayAction, lang: Lang) -> &'static str {
    match action {
        TodayAction::StartSession => lang.pick(
            "Begin de training: kernkracht sessie",
            "Start the session: kernkracht session",
        ),
        TodayAction::CompleteOnboarding => lang.pick(
            "Beantwoord de vragen: kernkracht intake",
            "Answer the questions: kernkracht onboard",
        ),
        TodayAction::ConfirmDoctorCleared => lang.pick(
            "Heeft een arts je onderzocht en mag je weer trainen? kernkracht arts-akkoord",
            "Has a doctor examined you and allowed training? kernkracht doctor-cleared",
        ),
        TodayAction::ConfirmPainSettled => lang.pick(
            "Is het ergste van de pijn voorbij? kernkracht pijn-gezakt",
            "Is the worst of the pain over? kernkracht pain-settled",
        ),
    }
}
