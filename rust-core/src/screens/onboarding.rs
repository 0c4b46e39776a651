//! Onboarding as a step-by-step flow: language; height and the ball it calls for; the safety
//! questions; goal; equipment; training days and time; a summary. The draft holds the
//! answers given so far; each step says what is missing or wrong in the user's words, and
//! the flow moves on only from a step that is complete. The safety questions have no
//! default: the user must answer each one.

use serde::Serialize;

use super::words::{self, pick};
use crate::ball::{self, BallError, HeightBand};
use crate::catalogue::Equipment;
use crate::language::{Language, Localized};
use crate::profile::{Goal, Onboarding};
use crate::reminders::{LocalTime, ReminderSettings, Weekday, TIME_STEP_MINUTES};

/// The steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum OnboardingStep {
    Language,
    Height,
    Safety,
    Goal,
    Equipment,
    Schedule,
    Summary,
}

const STEPS: [OnboardingStep; 7] = [
    OnboardingStep::Language,
    OnboardingStep::Height,
    OnboardingStep::Safety,
    OnboardingStep::Goal,
    OnboardingStep::Equipment,
    OnboardingStep::Schedule,
    OnboardingStep::Summary,
];

/// The answers so far.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub step: OnboardingStep,
    pub language: Language,
    /// The height as typed, kept so a wrong entry stays visible with its message.
    pub height_text: String,
    pub red_flags: Option<bool>,
    pub acute_pain: Option<bool>,
    pub goal: Option<Goal>,
    pub equipment: Vec<Equipment>,
    pub weekdays: Vec<Weekday>,
    pub time: LocalTime,
    pub time_zone: String,
}

impl Draft {
    /// A new draft in the device's language and time zone, with the leaflets' proposed
    /// training days and time (three non-consecutive days at 18:00).
    pub fn new(language: Language, proposed: ReminderSettings) -> Draft {
        Draft {
            step: OnboardingStep::Language,
            language,
            height_text: String::new(),
            red_flags: None,
            acute_pain: None,
            goal: None,
            equipment: Vec::new(),
            weekdays: proposed.weekdays,
            time: proposed.time,
            time_zone: proposed.time_zone,
        }
    }

    /// The height in cm, or why the text is not one.
    pub fn height(&self) -> Result<f64, BallError> {
        parse_height(&self.height_text)
    }

    /// What keeps the current step from being complete, in the user's words.
    pub fn problem(&self) -> Option<String> {
        let language = self.language;
        match self.step {
            OnboardingStep::Language | OnboardingStep::Equipment | OnboardingStep::Summary => {
                None
            }
            OnboardingStep::Height => self.height().err().map(|e| e.localized(language)),
            OnboardingStep::Safety => (self.red_flags.is_none() || self.acute_pain.is_none())
                .then(|| {
                    pick(
                        language,
                        "Beantwoord beide vragen met ja of nee.",
                        "Answer both questions with yes or no.",
                    )
                    .to_owned()
                }),
            OnboardingStep::Goal => self.goal.is_none().then(|| {
                pick(language, "Kies je doel.", "Choose your goal.").to_owned()
            }),
            OnboardingStep::Schedule => self.reminders().err().map(|e| e.localized(language)),
        }
    }

    /// Moves to the next step when this one is complete; returns whether it moved.
    pub fn advance(&mut self) -> bool {
        if self.problem().is_some() {
            return false;
        }
        match STEPS.iter().position(|s| *s == self.step) {
            Some(i) if i + 1 < STEPS.len() => {
                self.step = STEPS[i + 1];
                true
            }
            _ => false,
        }
    }

    /// Moves to the previous step; the answers stay.
    pub fn back(&mut self) {
        if let Some(i) = STEPS.iter().position(|s| *s == self.step).filter(|&i| i > 0) {
            self.step = STEPS[i - 1];
        }
    }

    pub fn set_equipment(&mut self, item: Equipment, owned: bool) {
        self.equipment.retain(|e| *e != item);
        if owned {
            self.equipment.push(item);
        }
    }

    pub fn set_day(&mut self, day: Weekday, on: bool) {
        self.weekdays = Weekday::toggled(&self.weekdays, day, on);
    }

    fn reminders(&self) -> Result<ReminderSettings, crate::reminders::SettingsError> {
        ReminderSettings::new(&self.weekdays, self.time, &self.time_zone)
    }

    /// The complete answers, once every step is complete; else the first step that is not,
    /// with its problem.
    pub fn answers(&self) -> Result<Onboarding, (OnboardingStep, String)> {
        for step in STEPS {
            let at = Draft {
                step,
                ..self.clone()
            };
            if let Some(problem) = at.problem() {
                return Err((step, problem));
            }
        }
        Ok(Onboarding {
            height_cm: self.height().unwrap_or_default(),
            language: self.language,
            goal: self.goal.unwrap_or(Goal::Recovery),
            equipment: self.equipment.clone(),
            red_flags: self.red_flags.unwrap_or(true),
            acute_pain: self.acute_pain.unwrap_or(true),
            reminders: ReminderSettings {
                weekdays: self.weekdays.clone(),
                time: self.time,
                time_zone: self.time_zone.clone(),
            },
        })
    }
}

/// A height as people type it: `180`, `180 cm`, `1,80 m` is refused as metres with a hint.
fn parse_height(text: &str) -> Result<f64, BallError> {
    let number = text
        .trim()
        .trim_end_matches("cm")
        .trim()
        .replace(',', ".")
        .parse::<f64>()
        .map_err(|_| BallError::NotANumber)?;
    ball::recommend(number).map(|r| r.height_cm)
}

/// Everything the onboarding screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct OnboardingScreen {
    pub step: OnboardingStep,
    /// 1-based, of `step_count`.
    pub step_number: u32,
    pub step_count: u32,
    pub title: String,
    /// A sentence on why the app asks this.
    pub intro: String,
    pub language: Language,
    pub languages: Vec<LanguageChoice>,
    pub height: HeightField,
    pub safety: Vec<SafetyQuestion>,
    pub goals: Vec<GoalChoice>,
    pub equipment: Vec<EquipmentChoice>,
    pub schedule: ScheduleField,
    pub summary: Vec<SummaryLine>,
    /// On the summary: what the phone will ask permission for, and why, before it asks.
    pub permissions: Vec<String>,
    /// What keeps this step from being complete; `None` when the user may go on.
    pub problem: Option<String>,
    pub can_go_back: bool,
    pub can_go_next: bool,
    /// On the summary: the answers are complete and can be saved.
    pub can_finish: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct LanguageChoice {
    pub language: Language,
    /// In its own language: `Nederlands`, `English`.
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct HeightField {
    /// The text as typed.
    pub text: String,
    /// Why the text is not a usable height; absent while empty or valid.
    pub error: Option<String>,
    /// The ball for a valid height.
    pub ball: Option<BallView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct BallView {
    pub diameter_cm: u32,
    /// `Bal van 65 cm`.
    pub label: String,
    /// Why this size: the height band of leaflet 000.
    pub reason: String,
}

/// Which safety question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum SafetyTopic {
    RedFlags,
    AcutePain,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct SafetyQuestion {
    pub topic: SafetyTopic,
    pub question: String,
    /// The signs the question is about, one per line.
    pub details: Vec<String>,
    /// Absent until the user answers: there is no default.
    pub answer: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct GoalChoice {
    pub goal: Goal,
    pub label: String,
    pub detail: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct EquipmentChoice {
    pub item: Equipment,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct DayChoice {
    pub weekday: Weekday,
    /// `ma`.
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct ScheduleField {
    pub days: Vec<DayChoice>,
    pub time: TimeField,
    /// The leaflets' advice on how often.
    pub advice: String,
    pub error: Option<String>,
}

/// A reminder time as its stepper shows it, in onboarding and the settings alike.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct TimeField {
    pub value: LocalTime,
    /// `18:00`.
    pub label: String,
    /// The time one step earlier and later, for the shell's two buttons.
    pub earlier: LocalTime,
    pub later: LocalTime,
}

pub fn time_field(value: LocalTime) -> TimeField {
    TimeField {
        value,
        label: words::clock(value),
        earlier: value.shifted(-TIME_STEP_MINUTES),
        later: value.shifted(TIME_STEP_MINUTES),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct SummaryLine {
    pub label: String,
    pub value: String,
}

/// Builds the screen for the draft.
pub fn build(draft: &Draft) -> OnboardingScreen {
    let language = draft.language;
    let index = STEPS.iter().position(|s| *s == draft.step).unwrap_or(0);
    let problem = draft.problem();
    let (title, intro) = heading(draft.step, language);
    OnboardingScreen {
        step: draft.step,
        step_number: index as u32 + 1,
        step_count: STEPS.len() as u32,
        title: title.to_owned(),
        intro: intro.to_owned(),
        language,
        languages: language_choices(language),
        height: height_field(draft),
        safety: safety_questions(draft),
        goals: [Goal::Recovery, Goal::SportPerformance]
            .into_iter()
            .map(|goal| GoalChoice {
                goal,
                label: words::goal(goal, language).to_owned(),
                detail: match goal {
                    Goal::Recovery => pick(
                        language,
                        "Je bouwt rustig op; wat lichte pijn bij het oefenen mag, zolang ze niet toeneemt.",
                        "You build up calmly; a little pain while exercising is allowed as long as it does not grow.",
                    ),
                    Goal::SportPerformance => pick(
                        language,
                        "Zonder klachten sterker worden voor je sport, met het volledige schema.",
                        "Getting stronger for your sport without complaints, with the full programme.",
                    ),
                }
                .to_owned(),
                selected: draft.goal == Some(goal),
            })
            .collect(),
        equipment: Equipment::ALL
            .into_iter()
            .map(|item| EquipmentChoice {
                item,
                label: words::capitalised(words::equipment(item, language)),
                selected: draft.equipment.contains(&item),
            })
            .collect(),
        schedule: ScheduleField {
            days: day_choices(&draft.weekdays, language),
            time: time_field(draft.time),
            advice: pick(
                language,
                "Begin met 3 keer per week, liefst niet op twee dagen na elkaar. Gaat het goed, dan groei je naar 5 keer.",
                "Start with 3 times a week, preferably not on two days in a row. When it goes well, you grow to 5 times.",
            )
            .to_owned(),
            error: draft.reminders().err().map(|e| e.localized(language)),
        },
        summary: summary(draft),
        permissions: permissions(draft),
        can_go_back: index > 0,
        can_go_next: draft.step != OnboardingStep::Summary && problem.is_none(),
        can_finish: draft.step == OnboardingStep::Summary && draft.answers().is_ok(),
        problem,
    }
}

/// Both languages, each named in itself, `language` selected.
pub fn language_choices(language: Language) -> Vec<LanguageChoice> {
    [Language::Nl, Language::En]
        .into_iter()
        .map(|l| LanguageChoice {
            language: l,
            label: words::language_name(l).to_owned(),
            selected: l == language,
        })
        .collect()
}

/// The seven days, Monday first, with `chosen` selected.
pub fn day_choices(chosen: &[Weekday], language: Language) -> Vec<DayChoice> {
    Weekday::ALL
        .into_iter()
        .map(|day| DayChoice {
            weekday: day,
            label: words::weekday_short(day, language).to_owned(),
            selected: chosen.contains(&day),
        })
        .collect()
}

fn heading(step: OnboardingStep, language: Language) -> (&'static str, &'static str) {
    let (nl, en) = match step {
        OnboardingStep::Language => (
            ("Taal", "Kies de taal van de app."),
            ("Language", "Choose the app's language."),
        ),
        OnboardingStep::Height => (
            ("Je lengte", "Je lengte bepaalt welke grootte van Swiss ball bij je past."),
            ("Your height", "Your height decides which size of Swiss ball fits you."),
        ),
        OnboardingStep::Safety => (
            ("Veilig beginnen", "Twee vragen om te weten of je nu veilig kunt oefenen."),
            ("Starting safely", "Two questions to know whether you can exercise safely now."),
        ),
        OnboardingStep::Goal => (
            ("Je doel", "Waarvoor train je?"),
            ("Your goal", "What do you train for?"),
        ),
        OnboardingStep::Equipment => (
            ("Je materiaal", "Vink aan wat je thuis hebt; je krijgt alleen oefeningen die daarmee kunnen."),
            ("Your equipment", "Tick what you have at home; you only get exercises that work with it."),
        ),
        OnboardingStep::Schedule => (
            ("Wanneer train je?", "Op deze dagen en dit uur krijg je een herinnering."),
            ("When do you train?", "You get a reminder on these days at this time."),
        ),
        OnboardingStep::Summary => (
            ("Klaar om te beginnen", "Kijk je antwoorden na; je kunt ze later wijzigen."),
            ("Ready to start", "Check your answers; you can change them later."),
        ),
    };
    match language {
        Language::Nl => nl,
        Language::En => en,
    }
}

fn height_field(draft: &Draft) -> HeightField {
    let language = draft.language;
    let typed = !draft.height_text.trim().is_empty();
    let ball = parse_height(&draft.height_text)
        .ok()
        .and_then(|cm| ball::recommend(cm).ok());
    HeightField {
        text: draft.height_text.clone(),
        error: typed
            .then(|| draft.height().err().map(|e| e.localized(language)))
            .flatten(),
        ball: ball.map(|r| ball_view(&r, language)),
    }
}

/// The ball for a height, worded: its size and why (also for the facade's `recommend_ball`).
pub(crate) fn ball_view(r: &ball::BallRecommendation, language: Language) -> BallView {
    BallView {
        diameter_cm: r.diameter_cm,
        label: match language {
            Language::Nl => format!("Bal van {} cm", r.diameter_cm),
            Language::En => format!("A {} cm ball", r.diameter_cm),
        },
        reason: ball_reason(r.band, r.diameter_cm, language),
    }
}

fn ball_reason(band: HeightBand, diameter_cm: u32, language: Language) -> String {
    let metres = |cm: Option<f64>| words::number(cm.unwrap_or_default() / 100.0, 2, language);
    match (band, language) {
        (HeightBand::Under168, Language::Nl) => format!(
            "Ben je kleiner dan {} m, dan past een bal van {diameter_cm} cm.",
            metres(band.upper_cm())
        ),
        (HeightBand::Under168, Language::En) => format!(
            "If you are shorter than {} m, a {diameter_cm} cm ball fits.",
            metres(band.upper_cm())
        ),
        (HeightBand::From168To188, Language::Nl) => format!(
            "Bij een lengte van {} m tot en met {} m past een bal van {diameter_cm} cm.",
            metres(band.lower_cm()),
            metres(band.upper_cm())
        ),
        (HeightBand::From168To188, Language::En) => format!(
            "From {} m up to and including {} m tall, a {diameter_cm} cm ball fits.",
            metres(band.lower_cm()),
            metres(band.upper_cm())
        ),
        (HeightBand::Over188, Language::Nl) => format!(
            "Ben je groter dan {} m, dan past een bal van {diameter_cm} cm.",
            metres(band.lower_cm())
        ),
        (HeightBand::Over188, Language::En) => format!(
            "If you are taller than {} m, a {diameter_cm} cm ball fits.",
            metres(band.lower_cm())
        ),
    }
}

fn safety_questions(draft: &Draft) -> Vec<SafetyQuestion> {
    let language = draft.language;
    let signs: [(&str, &str); 7] = [
        ("Moeite met plassen of met je stoelgang ophouden", "Trouble passing urine or holding your bowels"),
        ("Een doof gevoel rond de anus of in het kruis", "Numbness around the anus or in the groin"),
        ("Een been dat steeds zwakker wordt", "A leg that keeps getting weaker"),
        ("Koorts", "Fever"),
        ("Afvallen zonder verklaring", "Losing weight without explanation"),
        ("Pijn na een val of ongeval", "Pain after a fall or an accident"),
        ("Kanker, nu of vroeger", "Cancer, now or in the past"),
    ];
    vec![
        SafetyQuestion {
            topic: SafetyTopic::RedFlags,
            question: pick(
                language,
                "Heb je een van deze waarschuwingstekens?",
                "Do you have any of these warning signs?",
            )
            .to_owned(),
            details: signs
                .iter()
                .map(|(nl, en)| pick(language, nl, en).to_owned())
                .collect(),
            answer: draft.red_flags,
        },
        SafetyQuestion {
            topic: SafetyTopic::AcutePain,
            question: pick(
                language,
                "Is je rugpijn nu acuut?",
                "Is your back pain acute right now?",
            )
            .to_owned(),
            details: vec![pick(
                language,
                "Acuut wil zeggen: de pijn is pas begonnen of erg hevig, en bijna elke beweging doet te veel pijn.",
                "Acute means: the pain started recently or is very strong, and almost every movement hurts too much.",
            )
            .to_owned()],
            answer: draft.acute_pain,
        },
    ]
}

/// The permissions explained before the phone asks: notifications for the reminders once
/// onboarding is saved, Bluetooth only for a cuff and only when pairing it.
fn permissions(draft: &Draft) -> Vec<String> {
    let language = draft.language;
    let mut lines = vec![pick(
        language,
        "Je telefoon vraagt zo of Kernkracht meldingen mag sturen: die zijn er alleen voor de herinneringen op je trainingsdagen.",
        "Your phone will now ask whether Kernkracht may send notifications: they are only for the reminders on your training days.",
    )];
    if draft.equipment.contains(&Equipment::Cuff) {
        lines.push(pick(
            language,
            "Bluetooth vraagt de app pas als je je drukmanchet koppelt. Ze gebruikt het alleen voor de manchet, niet om te weten waar je bent.",
            "The app asks for Bluetooth only when you pair your pressure cuff. It uses it for the cuff alone, not to know where you are.",
        ));
    }
    lines.push(pick(
        language,
        "Alles wat je invult, blijft op je telefoon.",
        "Everything you enter stays on your phone.",
    ));
    lines.into_iter().map(str::to_owned).collect()
}

fn summary(draft: &Draft) -> Vec<SummaryLine> {
    let language = draft.language;
    let line = |label: &str, value: String| SummaryLine {
        label: label.to_owned(),
        value,
    };
    let yes_no = |answer: Option<bool>| match answer {
        Some(true) => pick(language, "ja", "yes"),
        Some(false) => pick(language, "nee", "no"),
        None => "–",
    };
    let ball = parse_height(&draft.height_text)
        .ok()
        .and_then(|cm| ball::recommend(cm).ok());
    let items: Vec<&str> = Equipment::ALL
        .iter()
        .filter(|item| draft.equipment.contains(item))
        .map(|item| words::equipment(*item, language))
        .collect();
    let days: Vec<&str> = Weekday::ALL
        .iter()
        .filter(|d| draft.weekdays.contains(d))
        .map(|d| words::weekday_short(*d, language))
        .collect();
    vec![
        line(
            pick(language, "Lengte", "Height"),
            ball.as_ref().map_or_else(
                || "–".to_owned(),
                |r| format!("{} cm", words::number(r.height_cm, 1, language)),
            ),
        ),
        line(
            pick(language, "Swiss ball", "Swiss ball"),
            ball.map_or_else(|| "–".to_owned(), |r| format!("{} cm", r.diameter_cm)),
        ),
        line(
            pick(language, "Waarschuwingstekens", "Warning signs"),
            yes_no(draft.red_flags).to_owned(),
        ),
        line(
            pick(language, "Acute pijn", "Acute pain"),
            yes_no(draft.acute_pain).to_owned(),
        ),
        line(
            pick(language, "Doel", "Goal"),
            draft
                .goal
                .map_or_else(|| "–".to_owned(), |g| words::goal(g, language).to_owned()),
        ),
        line(
            pick(language, "Materiaal", "Equipment"),
            if items.is_empty() {
                pick(language, "geen", "none").to_owned()
            } else {
                words::list(&items, language)
            },
        ),
        line(
            pick(language, "Trainen", "Training"),
            format!(
                "{} {} {}",
                words::list(&days, language),
                pick(language, "om", "at"),
                words::clock(draft.time)
            ),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(language: Language) -> Draft {
        Draft::new(
            language,
            ReminderSettings::default_in("Europe/Brussels").unwrap(),
        )
    }

    #[test]
    fn heights_read_as_typed_and_name_the_ball_and_its_band() {
        let mut d = draft(Language::Nl);
        for (typed, cm) in [("180", 180.0), ("180 cm", 180.0), ("167,5", 167.5)] {
            d.height_text = typed.into();
            assert_eq!(d.height().unwrap(), cm, "{typed}");
        }
        d.height_text = "167,5".into();
        let ball = build(&d).height.ball.unwrap();
        assert_eq!(ball.diameter_cm, 55);
        assert_eq!(ball.reason, "Ben je kleiner dan 1,68 m, dan past een bal van 55 cm.");
        d.height_text = "1,80".into();
        let field = build(&d).height;
        assert!(field.ball.is_none());
        assert!(field.error.unwrap().contains("180"), "the hint names centimetres");
        d.height_text = String::new();
        assert_eq!(build(&d).height.error, None, "nothing typed, nothing wrong yet");
    }

    #[test]
    fn a_step_is_left_only_when_complete_and_answers_survive_going_back() {
        let mut d = draft(Language::En);
        assert!(d.advance());
        assert_eq!(d.step, OnboardingStep::Height);
        assert!(!d.advance());
        d.height_text = "176".into();
        assert!(d.advance());
        assert_eq!(d.step, OnboardingStep::Safety);
        let screen = build(&d);
        assert!(screen.safety.iter().all(|q| q.answer.is_none()));
        assert_eq!(screen.problem.as_deref(), Some("Answer both questions with yes or no."));
        d.red_flags = Some(false);
        assert!(!d.advance(), "one answer is not enough");
        d.acute_pain = Some(true);
        assert!(d.advance());
        d.back();
        d.back();
        assert_eq!(d.step, OnboardingStep::Height);
        assert_eq!(d.height_text, "176");
        assert_eq!(d.acute_pain, Some(true));
    }

    /// The permissions are explained before the phone asks: notifications always, Bluetooth
    /// only with a cuff, in the user's language.
    #[test]
    fn the_summary_explains_the_permissions_before_they_are_asked() {
        let mut d = draft(Language::Nl);
        let without_cuff = build(&d).permissions;
        assert_eq!(without_cuff.len(), 2);
        assert!(without_cuff[0].contains("meldingen"));
        assert!(!without_cuff.iter().any(|l| l.contains("Bluetooth")));
        d.set_equipment(Equipment::Cuff, true);
        let with_cuff = build(&d).permissions;
        assert!(with_cuff[1].contains("Bluetooth") && with_cuff[1].contains("drukmanchet"));
        d.language = Language::En;
        assert!(build(&d).permissions[0].contains("notifications"));
    }

    #[test]
    fn finishing_names_the_first_incomplete_step() {
        let mut d = draft(Language::Nl);
        d.height_text = "176".into();
        d.red_flags = Some(false);
        d.acute_pain = Some(false);
        assert_eq!(d.answers().unwrap_err().0, OnboardingStep::Goal);
        d.goal = Some(Goal::SportPerformance);
        d.weekdays.clear();
        let (step, problem) = d.answers().unwrap_err();
        assert_eq!(step, OnboardingStep::Schedule);
        assert!(!problem.is_empty());
        d.set_day(Weekday::Fri, true);
        d.set_day(Weekday::Tue, true);
        let answers = d.answers().unwrap();
        assert_eq!(answers.reminders.weekdays, [Weekday::Tue, Weekday::Fri]);
        assert_eq!(answers.goal, Goal::SportPerformance);
    }
}
