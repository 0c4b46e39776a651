//! The today screen: today's plan with a one-line dosage per exercise, the week ahead, the
//! days missed, and the safety state, stated once. A red flag or acute pain is said in one
//! notice at the top, and the rest of the screen agrees with it: no plan, no training days
//! and no start button while a doctor must be seen first or the pain is acute. Acute pain
//! shows leaflet 001's advice for that phase and asks whether the worst is over.

use serde::Serialize;

use super::words::{self, pick};
use crate::catalogue::{describe_dosage, Catalogue, Equipment};
use crate::coach::TodayFacts;
use crate::language::Language;
use crate::program::safety::ACUTE_ADVICE;
use crate::program::{Block, Caution, Part, PlannedExercise, PlannedSession};

/// Everything the today screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct TodayScreen {
    /// `ma 7 dec`.
    pub date_label: String,
    /// One line on what today is: a session, a rest day, done, or blocked.
    pub headline: String,
    /// The safety state, when there is one to know about; shown before everything else.
    pub safety: Option<SafetyNotice>,
    /// Today's session, when one may be done.
    pub plan: Option<PlanView>,
    /// Today and the six days after it.
    pub week: Vec<DayView>,
    /// `Gemist: ma 30 nov en wo 2 dec. Inhalen mag.`, when training days were missed.
    pub missed: Option<String>,
    /// What the user can do from here, most important first.
    pub actions: Vec<TodayAction>,
}

/// The safety state of the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum SafetyKind {
    /// Onboarding is not done yet.
    NoProfile,
    /// A warning sign was reported: no training until a doctor has seen the user.
    SeeDoctor,
    /// The pain is acute: no exercises until the worst is over (leaflet 001).
    AcutePain,
    /// Complaints got worse over the last sessions.
    Worsening,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct SafetyNotice {
    pub kind: SafetyKind,
    pub title: String,
    pub message: String,
    /// The leaflets' advice for this state, point by point (empty when they give none).
    pub advice: Vec<String>,
}

/// Today's session.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct PlanView {
    /// `Sessie 3 · ongeveer 25 min`.
    pub title: String,
    /// Other things to know today (the basics-only day); the safety state is not repeated.
    pub notes: Vec<String>,
    pub sections: Vec<PlanSection>,
}

/// The exercises of one part of the session, in order.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct PlanSection {
    pub part: Part,
    pub title: String,
    pub exercises: Vec<PlanLine>,
}

#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct PlanLine {
    pub exercise_id: String,
    pub name: String,
    /// `3 × 10 herhalingen, per kant`.
    pub dosage: String,
    /// The exercise uses the pressure-biofeedback cuff.
    pub uses_cuff: bool,
}

/// What a day of the week ahead holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum DayKind {
    Training,
    Rest,
    Done,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct DayView {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `ma`.
    pub weekday_label: String,
    pub day_of_month: u8,
    pub kind: DayKind,
    /// `training`, `rust`, `gedaan`.
    pub kind_label: String,
    pub is_today: bool,
}

/// An action the today screen offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum TodayAction {
    /// Start today's guided session.
    StartSession,
    /// Answer the onboarding questions.
    CompleteOnboarding,
    /// Record that a doctor has seen the user and allows training.
    ConfirmDoctorCleared,
    /// Record that the worst of the acute pain is over.
    ConfirmPainSettled,
}

/// Builds the today screen in `language`.
pub fn build(facts: &TodayFacts, catalogue: &Catalogue, language: Language) -> TodayScreen {
    let today = facts.today();
    let safety = safety(facts, catalogue, language);
    let plan = facts
        .plan
        .as_ref()
        .ok()
        .map(|session| plan_view(session, catalogue, language));
    let mut actions = Vec::new();
    match &facts.plan {
        Ok(_) if !today.done => actions.push(TodayAction::StartSession),
        Ok(_) => {}
        Err(Block::NoProfile) => actions.push(TodayAction::CompleteOnboarding),
        Err(Block::SeeDoctor) => actions.push(TodayAction::ConfirmDoctorCleared),
        Err(Block::AcutePain) => actions.push(TodayAction::ConfirmPainSettled),
    }
    TodayScreen {
        date_label: words::date(facts.date, language),
        headline: headline(facts, language),
        safety,
        plan,
        week: facts
            .week
            .iter()
            .enumerate()
            .map(|(index, day)| {
                let kind = match (day.done, day.training_day) {
                    (true, _) => DayKind::Done,
                    (false, true) => DayKind::Training,
                    (false, false) => DayKind::Rest,
                };
                DayView {
                    date: day.date.to_string(),
                    weekday_label: words::weekday_short(day.weekday, language).to_owned(),
                    day_of_month: day.date.day() as u8,
                    kind,
                    kind_label: day_kind(kind, language).to_owned(),
                    is_today: index == 0,
                }
            })
            .collect(),
        missed: missed(facts, language),
        actions,
    }
}

fn headline(facts: &TodayFacts, language: Language) -> String {
    let today = facts.today();
    match &facts.plan {
        Err(Block::NoProfile) => pick(
            language,
            "Welkom! Beantwoord eerst een paar vragen.",
            "Welcome! First answer a few questions.",
        )
        .to_owned(),
        Err(Block::SeeDoctor) => pick(
            language,
            "Vandaag geen training.",
            "No training today.",
        )
        .to_owned(),
        Err(Block::AcutePain) => pick(
            language,
            "Vandaag geen oefeningen: eerst moet de ergste pijn weg.",
            "No exercises today: first the worst pain has to go.",
        )
        .to_owned(),
        Ok(_) if today.done => pick(
            language,
            "Vandaag al getraind: goed gedaan.",
            "Already trained today: well done.",
        )
        .to_owned(),
        Ok(session) if today.training_day => match language {
            Language::Nl => format!("Vandaag: sessie {}.", session.number),
            Language::En => format!("Today: session {}.", session.number),
        },
        Ok(_) => pick(
            language,
            "Rustdag. Wil je toch trainen, dan mag dat.",
            "A rest day. You may still train if you want to.",
        )
        .to_owned(),
    }
}

/// The one safety notice: the block, else worsening complaints.
fn safety(facts: &TodayFacts, catalogue: &Catalogue, language: Language) -> Option<SafetyNotice> {
    let notice = |kind, title: &str, message: &str| SafetyNotice {
        kind,
        title: title.to_owned(),
        message: message.to_owned(),
        advice: Vec::new(),
    };
    let worsening = facts
        .plan
        .as_ref()
        .is_ok_and(|s| s.cautions.contains(&Caution::ContactDoctorOrPhysio));
    match &facts.plan {
        Err(Block::NoProfile) => Some(notice(
            SafetyKind::NoProfile,
            pick(language, "Nog geen profiel", "No profile yet"),
            pick(
                language,
                "Vertel eerst iets over jezelf: je lengte voor de bal, je klachten, je doel en je materiaal.",
                "First tell us about yourself: your height for the ball, your complaints, your goal and your equipment.",
            ),
        )),
        Err(Block::SeeDoctor) => Some(notice(
            SafetyKind::SeeDoctor,
            pick(language, "Eerst naar de dokter", "See a doctor first"),
            pick(
                language,
                "Je gaf een waarschuwingsteken aan. Laat je eerst onderzoeken door een arts. Train pas als die het goedvindt; tot dan krijg je geen herinneringen.",
                "You reported a warning sign. Have a doctor examine you first. Train only once they agree; until then you get no reminders.",
            ),
        )),
        Err(Block::AcutePain) => Some(SafetyNotice {
            advice: catalogue
                .advice()
                .iter()
                .filter(|a| a.id == ACUTE_ADVICE)
                .flat_map(|a| a.points.iter().map(|p| p.get(language).to_owned()))
                .collect(),
            ..notice(
                SafetyKind::AcutePain,
                pick(language, "De pijn is nog acuut", "The pain is still acute"),
                pick(
                    language,
                    "Je programma begint zodra het ergste van de pijn voorbij is. Is dat zo, laat het dan hier weten. Tot dan plant de app geen oefeningen en krijg je geen herinneringen.",
                    "Your programme starts once the worst of the pain is over. When it is, tell us here. Until then the app plans no exercises and sends no reminders.",
                ),
            )
        }),
        Ok(_) if worsening => Some(notice(
            SafetyKind::Worsening,
            pick(language, "Je klachten nemen toe", "Your complaints are getting worse"),
            pick(
                language,
                "Neem contact op met je arts of fysiotherapeut.",
                "Contact your doctor or physiotherapist.",
            ),
        )),
        Ok(_) => None,
    }
}

fn plan_view(session: &PlannedSession, catalogue: &Catalogue, language: Language) -> PlanView {
    let title = match language {
        Language::Nl => format!(
            "Sessie {} · ongeveer {}",
            session.number,
            words::minutes(session.estimated_seconds)
        ),
        Language::En => format!(
            "Session {} · about {}",
            session.number,
            words::minutes(session.estimated_seconds)
        ),
    };
    // The safety notice states acute pain and worsening complaints; only other notes stay.
    let notes = session
        .cautions
        .iter()
        .filter(|c| matches!(c, Caution::BasicsOnly))
        .map(|c| words::caution(*c, language).to_owned())
        .collect();
    let mut sections: Vec<PlanSection> = Vec::new();
    for item in &session.exercises {
        let line = plan_line(item, catalogue, language);
        match sections.last_mut() {
            Some(section) if section.part == item.part => section.exercises.push(line),
            _ => sections.push(PlanSection {
                part: item.part,
                title: words::part(item.part, language).to_owned(),
                exercises: vec![line],
            }),
        }
    }
    PlanView {
        title,
        notes,
        sections,
    }
}

fn plan_line(item: &PlannedExercise, catalogue: &Catalogue, language: Language) -> PlanLine {
    let exercise = catalogue.exercise(&item.exercise_id);
    PlanLine {
        exercise_id: item.exercise_id.clone(),
        name: exercise.map_or_else(
            || item.exercise_id.clone(),
            |e| e.name.get(language).to_owned(),
        ),
        dosage: dosage(item, language),
        uses_cuff: exercise.is_some_and(|e| e.equipment.required.contains(&Equipment::Cuff)),
    }
}

/// Today's dosage of a planned exercise in a few words.
pub fn dosage(item: &PlannedExercise, language: Language) -> String {
    if item.max_test {
        return pick(
            language,
            "maximumtest: zoveel als je kunt",
            "maximum test: as many as you can",
        )
        .to_owned();
    }
    describe_dosage(&item.dosage(), item.sides, language)
}

fn day_kind(kind: DayKind, language: Language) -> &'static str {
    match kind {
        DayKind::Training => pick(language, "training", "training"),
        DayKind::Rest => pick(language, "rust", "rest"),
        DayKind::Done => pick(language, "gedaan", "done"),
    }
}

fn missed(facts: &TodayFacts, language: Language) -> Option<String> {
    if facts.missed.is_empty() || facts.plan.is_err() {
        return None;
    }
    let days: Vec<String> = facts
        .missed
        .iter()
        .map(|d| words::date(*d, language))
        .collect();
    let days: Vec<&str> = days.iter().map(String::as_str).collect();
    Some(match language {
        Language::Nl => format!("Gemist: {}. Inhalen mag.", words::list(&days, language)),
        Language::En => format!(
            "Missed: {}. You may catch up.",
            words::list(&days, language)
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::DayFacts;
    use crate::profile::Screening;
    use crate::reminders::schedule;

    fn facts(plan: Result<PlannedSession, Block>, acute: bool) -> TodayFacts {
        let date = jiff::civil::date(2026, 12, 7);
        TodayFacts {
            date,
            plan,
            screening: Some(Screening {
                answered_at_ms: 0,
                red_flags: false,
                acute_pain: acute,
            }),
            missed: vec![jiff::civil::date(2026, 12, 4)],
            week: (0..7)
                .map(|i| {
                    let day = date.saturating_add(jiff::Span::new().days(i));
                    DayFacts {
                        date: day,
                        weekday: schedule::weekday(day),
                        training_day: i % 2 == 0,
                        done: false,
                    }
                })
                .collect(),
        }
    }

    fn session(cautions: Vec<Caution>) -> PlannedSession {
        PlannedSession {
            number: 3,
            exercises: vec![PlannedExercise {
                exercise_id: "pelvic-tilt-supine".into(),
                part: Part::Basics,
                sets: 1,
                reps: Some(5),
                hold_seconds: None,
                hold_counts: None,
                sides: crate::catalogue::Sides::None,
                rest_seconds: 0,
                max_test: false,
                estimated_seconds: 60,
            }],
            estimated_seconds: 25 * 60,
            cautions,
        }
    }

    fn catalogue() -> &'static Catalogue {
        Catalogue::builtin().unwrap()
    }

    #[test]
    fn a_session_shows_its_plan_and_the_days_missed() {
        let screen = build(&facts(Ok(session(vec![])), false), catalogue(), Language::Nl);
        assert!(screen.safety.is_none());
        let plan = screen.plan.unwrap();
        assert!(plan.notes.is_empty());
        assert_eq!(plan.title, "Sessie 3 · ongeveer 25 min");
        assert_eq!(plan.sections[0].exercises[0].dosage, "5 herhalingen");
        assert_eq!(screen.actions, [TodayAction::StartSession]);
        assert_eq!(screen.headline, "Vandaag: sessie 3.");
        assert_eq!(screen.missed.as_deref(), Some("Gemist: vr 4 dec. Inhalen mag."));
    }

    /// Leaflet 001: no exercises while the pain is acute; its advice for the phase instead,
    /// and the question whether the worst is over.
    #[test]
    fn acute_pain_shows_leaflet_001s_advice_and_asks_if_the_worst_is_over() {
        let screen = build(&facts(Err(Block::AcutePain), true), catalogue(), Language::Nl);
        let notice = screen.safety.unwrap();
        assert_eq!(notice.kind, SafetyKind::AcutePain);
        assert_eq!(notice.advice.len(), 4, "{:?}", notice.advice);
        assert!(notice.advice[0].contains("acute pijn"), "{:?}", notice.advice);
        assert!(screen.plan.is_none() && screen.missed.is_none());
        assert_eq!(screen.actions, [TodayAction::ConfirmPainSettled]);
        assert_eq!(
            screen.headline,
            "Vandaag geen oefeningen: eerst moet de ergste pijn weg."
        );
    }

    #[test]
    fn a_warning_sign_leaves_no_plan_no_training_day_and_one_way_on() {
        let screen = build(&facts(Err(Block::SeeDoctor), false), catalogue(), Language::En);
        assert_eq!(screen.safety.unwrap().kind, SafetyKind::SeeDoctor);
        assert!(screen.plan.is_none() && screen.missed.is_none());
        assert_eq!(screen.actions, [TodayAction::ConfirmDoctorCleared]);
        assert_eq!(screen.headline, "No training today.");
    }

    #[test]
    fn worsening_complaints_are_the_notice_and_other_notes_stay() {
        let facts = facts(
            Ok(session(vec![Caution::ContactDoctorOrPhysio, Caution::BasicsOnly])),
            false,
        );
        let screen = build(&facts, catalogue(), Language::En);
        assert_eq!(screen.safety.unwrap().kind, SafetyKind::Worsening);
        assert_eq!(screen.plan.unwrap().notes.len(), 1);
        assert_eq!(screen.week.len(), 7);
        assert!(screen.week[0].is_today && screen.week[0].kind == DayKind::Training);
        assert_eq!(screen.week[1].kind_label, "rest");
    }
}
