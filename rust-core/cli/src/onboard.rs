//! `kernkracht onboard`: the onboarding flow step by step, as the core's screen model lays it
//! out. Each answer comes from its flag, or, when a flag is missing, is asked on standard
//! error with the step's title, intro and choices; a refused answer shows the screen's
//! problem (or the valid values) and is asked again. A refused flag ends the command.

use std::sync::Arc;

use clap::Args;
use kernkracht::api::app::Kernkracht;
use kernkracht::api::onboarding::OnboardingFlow;
use kernkracht::api::{Equipment, OnboardingScreen, OnboardingStep, SafetyTopic};

use crate::ask::Asker;
use crate::choices::{clock_time, yes_no, Choices};
use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::text::Output;
use crate::vocabulary::Vocabulary;

#[derive(Debug, Args)]
pub struct OnboardArgs {
    /// Body height in centimetres, as you would type it: 180, 180 cm, 167,5.
    #[arg(long, value_name = "CM", allow_hyphen_values = true)]
    height_cm: Option<String>,
    /// Whether you have one of the warning signs: yes/no (ja/nee).
    #[arg(long, value_name = "YES|NO")]
    red_flags: Option<String>,
    /// Whether your back pain is acute now: yes/no (ja/nee).
    #[arg(long, value_name = "YES|NO")]
    acute_pain: Option<String>,
    /// Why you train: recovery (herstel) or sport_performance (sport).
    #[arg(long, value_name = "GOAL")]
    goal: Option<String>,
    /// The equipment you have, comma-separated (mat,ball,cuff or mat,bal,drukmanchet), or
    /// none (geen).
    #[arg(long, value_name = "ITEMS")]
    equipment: Option<String>,
    /// Training days, comma-separated (mon,wed,fri or ma,wo,vr).
    #[arg(long, value_name = "DAYS")]
    days: Option<String>,
    /// Reminder time, HH:MM.
    #[arg(long, value_name = "HH:MM")]
    time: Option<String>,
}

impl OnboardArgs {
    /// Whether some answer must be asked.
    fn incomplete(&self) -> bool {
        [
            &self.height_cm,
            &self.red_flags,
            &self.acute_pain,
            &self.goal,
            &self.equipment,
            &self.days,
            &self.time,
        ]
        .iter()
        .any(|answer| answer.is_none())
    }
}

/// Where an answer comes from: its flag, else the user.
enum Source<'a> {
    Flag(&'a str),
    Ask,
}

/// Drives the flow: `lang` is `--lang` when it was given.
pub fn run(
    args: &OnboardArgs,
    app: &Arc<Kernkracht>,
    lang: Option<Lang>,
    out: Output,
) -> CommandResult {
    let flow = app.clone().start_onboarding()?;
    let mut steps = Steps {
        flow: &flow,
        app,
        args,
        lang,
        asker: args.incomplete().then(|| Asker::new(out.width)),
    };
    let mut screen = flow.screen();
    let mut introduced = None;
    while screen.step != OnboardingStep::Summary {
        if introduced != Some(screen.step) {
            steps.introduce(&screen);
            introduced = Some(screen.step);
        }
        let asked = steps.answer(&screen)?;
        let next = flow.next();
        if next.step == screen.step {
            let problem = next.problem.clone().unwrap_or_default();
            match &steps.asker {
                Some(asker) if asked => asker.say("  ", &problem),
                _ => return Err(Problem::Refused(problem)),
            }
        }
        screen = next;
    }
    let out = out.in_language(screen.language);
    if out.json {
        out.json(&screen);
    } else {
        show_summary(&screen, out);
    }
    flow.finish()?;
    out.confirm(
        "Je profiel is opgeslagen. Je plan voor vandaag: kernkracht plan",
        "Your profile is saved. Today's plan: kernkracht plan",
        "",
    );
    Ok(())
}

fn show_summary(screen: &OnboardingScreen, out: Output) {
    out.para(&screen.title);
    for line in &screen.summary {
        let label = format!("  {}: ", line.label);
        out.hanging(&label, "    ", &line.value);
    }
}

struct Steps<'a> {
    flow: &'a OnboardingFlow,
    app: &'a Arc<Kernkracht>,
    args: &'a OnboardArgs,
    lang: Option<Lang>,
    /// Present when some answer must be asked.
    asker: Option<Asker>,
}

impl Steps<'_> {
    /// Shows the step's title and intro when questions are asked.
    fn introduce(&self, screen: &OnboardingScreen) {
        if let Some(asker) = &self.asker {
            eprintln!();
            asker.say(
                "",
                &format!(
                    "{}/{} {}",
                    screen.step_number, screen.step_count, screen.title
                ),
            );
            asker.say("", &screen.intro);
        }
    }

    /// Gives the step's answers; returns whether any was asked (and may be asked again).
    fn answer(&mut self, screen: &OnboardingScreen) -> Result<bool, Problem> {
        let lang = Lang::of(screen.language);
        let words = Vocabulary::new(self.app, lang)?;
        let args = self.args;
        match screen.step {
            OnboardingStep::Language => {
                let choices = words.languages();
                let source = match (self.lang, &self.asker) {
                    (Some(given), _) => Source::Flag(given.locale()),
                    (None, Some(_)) => Source::Ask,
                    // Nothing asked and no --lang: the language stays the locale's.
                    (None, None) => return Ok(false),
                };
                let current = choices.label(screen.language).to_owned();
                let prompt = format!("{} ({})", lang.pick("Taal", "Language"), choices.listed());
                let (language, asked) = self.pick(source, &prompt, Some(&current), lang, |t| {
                    choices.pick(t, lang)
                })?;
                self.flow.choose_language(language);
                Ok(asked)
            }
            OnboardingStep::Height => {
                let prompt = lang.pick("Je lengte in cm", "Your height in cm");
                let source = self.source(&args.height_cm);
                let (text, asked) = self.pick(source, prompt, None, lang, |t| Ok(t.to_owned()))?;
                let entered = self.flow.enter_height(text);
                if let (Some(asker), Some(ball)) = (&self.asker, &entered.height.ball) {
                    asker.say("  ", &format!("{}. {}", ball.label, ball.reason));
                }
                Ok(asked)
            }
            OnboardingStep::Safety => {
                let mut asked = false;
                for question in &screen.safety {
                    let flag = match question.topic {
                        SafetyTopic::RedFlags => &args.red_flags,
                        SafetyTopic::AcutePain => &args.acute_pain,
                    };
                    if let (Some(asker), None) = (&self.asker, flag) {
                        asker.say("", &question.question);
                        for detail in &question.details {
                            asker.say("  - ", detail);
                        }
                    }
                    let choices = yes_no(lang);
                    let prompt = choices.listed().replace(", ", "/");
                    let source = self.source(flag);
                    let (yes, was_asked) =
                        self.pick(source, &prompt, None, lang, |t| choices.pick(t, lang))?;
                    asked |= was_asked;
                    match question.topic {
                        SafetyTopic::RedFlags => self.flow.answer_red_flags(yes),
                        SafetyTopic::AcutePain => self.flow.answer_acute_pain(yes),
                    };
                }
                Ok(asked)
            }
            OnboardingStep::Goal => {
                if let (Some(asker), None) = (&self.asker, &args.goal) {
                    for goal in &screen.goals {
                        asker.say("  - ", &format!("{}: {}", goal.label, goal.detail));
                    }
                }
                let choices = words.goals();
                let source = self.source(&args.goal);
                let prompt = lang.pick("Je doel", "Your goal");
                let (goal, asked) =
                    self.pick(source, prompt, None, lang, |t| choices.pick(t, lang))?;
                self.flow.choose_goal(goal);
                Ok(asked)
            }
            OnboardingStep::Equipment => {
                let choices = words.equipment();
                if let (Some(asker), None) = (&self.asker, &args.equipment) {
                    asker.say("  ", &choices.listed());
                }
                let none = lang.pick("geen", "none");
                let source = self.source(&args.equipment);
                let prompt = lang.pick(
                    "Wat heb je? (met komma's ertussen)",
                    "What do you have? (separated by commas)",
                );
                let (owned, asked) = self.pick(source, prompt, Some(none), lang, |t| {
                    equipment_list(&choices, t, lang)
                })?;
                for choice in &screen.equipment {
                    self.flow
                        .set_equipment(choice.item, owned.contains(&choice.item));
                }
                Ok(asked)
            }
            OnboardingStep::Schedule => self.schedule(screen, &words, lang),
            OnboardingStep::Summary => Ok(false),
        }
    }

    fn schedule(
        &mut self,
        screen: &OnboardingScreen,
        words: &Vocabulary,
        lang: Lang,
    ) -> Result<bool, Problem> {
        let args = self.args;
        if let (Some(asker), true) = (&self.asker, args.days.is_none() || args.time.is_none()) {
            asker.say("  ", &screen.schedule.advice);
        }
        let days = words.weekdays();
        let proposed: Vec<&str> = screen
            .schedule
            .days
            .iter()
            .filter(|d| d.selected)
            .map(|d| d.label.as_str())
            .collect();
        let proposed = proposed.join(",");
        let prompt = format!(
            "{} ({})",
            lang.pick("Trainingsdagen", "Training days"),
            days.listed()
        );
        let source = self.source(&args.days);
        let (chosen, days_asked) = self.pick(source, &prompt, Some(&proposed), lang, |t| {
            days.pick_list(t, lang)
        })?;
        for day in &screen.schedule.days {
            self.flow
                .set_training_day(day.weekday, chosen.contains(&day.weekday));
        }
        let prompt = lang.pick("Tijdstip van de herinnering", "Reminder time");
        let time_label = screen.schedule.time.label.clone();
        let flow = self.flow;
        let source = self.source(&args.time);
        let (_, time_asked) = self.pick(source, prompt, Some(&time_label), lang, |t| {
            let (hour, minute) = clock_time(t, lang)?;
            flow.set_time(hour, minute).map_err(|e| e.to_string())
        })?;
        Ok(days_asked || time_asked)
    }

    fn source<'a>(&self, flag: &'a Option<String>) -> Source<'a> {
        match flag {
            Some(text) => Source::Flag(text),
            None => Source::Ask,
        }
    }

    /// The answer from the flag (a refusal ends the command) or asked until it is taken;
    /// also whether it was asked.
    fn pick<T>(
        &mut self,
        source: Source,
        prompt: &str,
        default: Option<&str>,
        lang: Lang,
        parse: impl FnMut(&str) -> Result<T, String>,
    ) -> Result<(T, bool), Problem> {
        let mut parse = parse;
        match (source, &mut self.asker) {
            (Source::Flag(text), _) => parse(text).map(|v| (v, false)).map_err(Problem::Usage),
            (Source::Ask, Some(asker)) => {
                asker.until(prompt, default, lang, parse).map(|v| (v, true))
            }
            (Source::Ask, None) => Err(Problem::Refused(format!(
                "{}: {prompt}",
                lang.pick("geen antwoord op", "no answer to")
            ))),
        }
    }
}

/// A comma-separated list of equipment, or the word for none.
fn equipment_list(
    choices: &Choices<Equipment>,
    text: &str,
    lang: Lang,
) -> Result<Vec<Equipment>, String> {
    let none = ["none", "geen", "niets", "nothing"];
    if none.contains(&text.trim().to_lowercase().as_str()) {
        return Ok(Vec::new());
    }
    choices.pick_list(text, lang)
}
