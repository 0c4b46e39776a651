//! The guided-session screen and its cues: what the user sees at each moment of a session
//! (the exercise and how to do it, the timer with its label and fraction, the counters, the
//! next thing to do, the actions that work now, the pain question) and what the phone says,
//! plays and vibrates. The runner decides what happens; this module only words it.

use serde::Serialize;

use super::words::{self, pick};
use crate::catalogue::{Catalogue, Exercise};
use crate::history::Side;
use crate::language::Language;
use crate::program::{Change, Decision};
use crate::session::{Cue, EndReason, PauseReason, RunnerView, Stage};

/// Everything the session screen shows.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct SessionScreen {
    pub stage: Stage,
    /// `Oefenen`, `Rust`, `Pijn vooraf`.
    pub stage_label: String,
    /// The exercise's name, or the question or result the stage is about.
    pub title: String,
    /// `Oefening 3 van 9 · Kern`.
    pub exercise_label: Option<String>,
    /// Where to start (`ruglig`) and the steps, in order.
    pub how_to: Vec<String>,
    /// Points to watch.
    pub attention: Vec<String>,
    /// `Set 2 van 3`.
    pub set_label: Option<String>,
    /// `Herhaling 4 van 10`.
    pub rep_label: Option<String>,
    /// `Links`, when the set trains one side.
    pub side_label: Option<String>,
    pub timer: Option<TimerView>,
    /// The next thing to do, in one sentence.
    pub instruction: String,
    /// `Hierna: Bekkenkanteling`.
    pub next_label: Option<String>,
    /// For a cuff exercise with the cuff connected: whether the pressure is in the band.
    pub in_band: Option<bool>,
    /// For a cuff exercise with the cuff connected: the most urgent thing to correct (a
    /// compensation, a leak), as a sentence.
    pub hint: Option<String>,
    pub pain_prompt: Option<PainPrompt>,
    /// 0 to 1: the share of the session's sets done.
    pub progress: f64,
    /// What works now, in the order to show it.
    pub actions: Vec<SessionAction>,
    /// After the session: how each exercise moves on (`Bekkenkanteling: volgende keer iets
    /// zwaarder`).
    pub outcomes: Vec<String>,
    /// Keep the screen on while this is true (the phone lies on the floor).
    pub keep_screen_on: bool,
    /// Call `tick` (about five times a second) while this is true; once the session is over
    /// nothing moves any more and the shell stops.
    pub ticking: bool,
}

/// A countdown.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct TimerView {
    /// `Houd vast`, `Rust`, `Maak je klaar`.
    pub label: String,
    /// `0:08`.
    pub remaining_label: String,
    pub remaining_ms: u32,
    /// 0 at the start to 1 at the end: the share of the time gone.
    pub fraction: f64,
}

/// A question for a score from `min` to `max`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct PainPrompt {
    pub question: String,
    pub min: u8,
    pub max: u8,
    /// What the lowest score means (`geen pijn`).
    pub min_label: String,
    /// What the highest score means (`ergst denkbare pijn`).
    pub max_label: String,
}

/// What the user can do during a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum SessionAction {
    /// Give the pain score the prompt asks for.
    ReportPain,
    /// Go on without answering.
    SkipQuestion,
    /// Start before the get-ready time is over.
    StartNow,
    /// The set is done (or a hold stops early).
    Done,
    /// Give the number of repetitions of a maximum test.
    EnterCount,
    /// "It hurts."
    Hurts,
    /// End the rest or relaxation now.
    SkipRest,
    SkipExercise,
    Pause,
    Resume,
    /// Stop the session; what was done is kept.
    Stop,
    /// Leave the finished session.
    Close,
}

/// What the phone plays with a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Sound {
    None,
    SoftChime,
    Tick,
    LongBeep,
    SoftBeep,
    DoubleBeep,
    LowTone,
    RisingTwoTone,
    RisingThreeTone,
}

/// How the phone vibrates with a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Vibration {
    None,
    Short,
    DoubleShort,
    Long,
}

/// One cue for the phone to speak, play and vibrate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct CueEffect {
    pub cue: Cue,
    /// The words to speak in the app's language.
    pub speech: String,
    pub sound: Sound,
    /// With the sound off, only cues with a vibration are felt.
    pub vibration: Vibration,
    /// May be dropped when the next cue comes before this one was spoken (repetition numbers,
    /// breathing reminders).
    pub droppable: bool,
}

/// Builds the session screen for the runner's view.
pub fn build(
    view: &RunnerView,
    decisions: &[Decision],
    catalogue: &Catalogue,
    language: Language,
) -> SessionScreen {
    let exercise = view
        .exercise_id
        .as_deref()
        .and_then(|id| catalogue.exercise(id));
    let name = |id: &str| {
        catalogue
            .exercise(id)
            .map_or_else(|| id.to_owned(), |e| e.name.get(language).to_owned())
    };
    let over = matches!(view.stage, Stage::Finished | Stage::Ended);
    let moving = exercise.is_some_and(|e| e.category == crate::catalogue::Category::WarmUp);
    SessionScreen {
        stage: view.stage,
        stage_label: words::stage(view.stage, language).to_owned(),
        title: title(view, exercise, language),
        exercise_label: exercise.map(|_| {
            let part = view.part.map(|p| words::part(p, language)).unwrap_or("");
            match language {
                Language::Nl => format!(
                    "Oefening {} van {} · {part}",
                    view.exercise_number, view.exercise_count
                ),
                Language::En => format!(
                    "Exercise {} of {} · {part}",
                    view.exercise_number, view.exercise_count
                ),
            }
        }),
        how_to: exercise.map_or_else(Vec::new, |e| how_to(e, language)),
        attention: exercise.map_or_else(Vec::new, |e| {
            e.attention
                .iter()
                .map(|t| t.get(language).to_owned())
                .collect()
        }),
        set_label: (exercise.is_some() && view.sets > 1).then(|| match language {
            Language::Nl => format!("Set {} van {}", view.set, view.sets),
            Language::En => format!("Set {} of {}", view.set, view.sets),
        }),
        rep_label: exercise
            .and(view.reps)
            .filter(|&reps| reps > 1 && view.stage == Stage::Working)
            .map(|reps| match language {
                Language::Nl => format!("Herhaling {} van {reps}", view.rep),
                Language::En => format!("Repetition {} of {reps}", view.rep),
            }),
        side_label: (exercise.is_some() && view.side != Side::None)
            .then(|| words::capitalised(words::side(view.side, language))),
        timer: timer(view, moving, language),
        instruction: instruction(view, moving, language),
        next_label: view.next_exercise_id.as_deref().map(|id| {
            format!("{} {}", pick(language, "Hierna:", "Next:"), name(id))
        }),
        in_band: view.in_band,
        hint: view.hints.first().map(|hint| hint.text(language).to_owned()),
        pain_prompt: pain_prompt(view.stage, language),
        progress: view.progress.clamp(0.0, 1.0),
        actions: actions(view),
        outcomes: decisions
            .iter()
            .filter(|d| d.change != Change::Hold)
            .map(|d| format!("{}: {}", name(&d.exercise_id), change(d.change, language)))
            .collect(),
        keep_screen_on: !over && view.stage != Stage::Paused,
        ticking: !over,
    }
}

fn title(view: &RunnerView, exercise: Option<&Exercise>, language: Language) -> String {
    match (view.stage, exercise) {
        (Stage::PainBefore, _) => {
            pick(language, "Hoeveel pijn heb je nu?", "How much pain do you have now?").to_owned()
        }
        (Stage::PainAfter, _) => pick(
            language,
            "Hoeveel pijn heb je na de oefeningen?",
            "How much pain do you have after the exercises?",
        )
        .to_owned(),
        (Stage::Finished, _) => pick(language, "Goed gedaan!", "Well done!").to_owned(),
        (Stage::Ended, _) => pick(language, "Sessie gestopt", "Session stopped").to_owned(),
        (_, Some(e)) => e.name.get(language).to_owned(),
        (_, None) => words::stage(view.stage, language).to_owned(),
    }
}

fn how_to(exercise: &Exercise, language: Language) -> Vec<String> {
    let start = format!(
        "{} {}",
        pick(language, "Beginhouding:", "Start position:"),
        exercise.start_position.get(language)
    );
    std::iter::once(start)
        .chain(exercise.steps.iter().map(|s| s.get(language).to_owned()))
        .collect()
}

/// `moving`: the timed exercise is movement (a warm-up walk), not a position held.
fn timer(view: &RunnerView, moving: bool, language: Language) -> Option<TimerView> {
    let (label, left, total) = match view.stage {
        Stage::Working => (
            match (view.hold, moving) {
                (true, true) => pick(language, "Blijf bewegen", "Keep moving"),
                (true, false) => pick(language, "Houd vast", "Hold"),
                (false, _) => pick(language, "Rustig tempo", "Steady pace"),
            },
            view.remaining_ms?,
            view.work_ms?,
        ),
        Stage::GetReady => (
            pick(language, "Start over", "Starting in"),
            view.rest_remaining_ms?,
            view.wait_ms?,
        ),
        Stage::Resting => (
            pick(language, "Rust", "Rest"),
            view.rest_remaining_ms?,
            view.wait_ms?,
        ),
        Stage::Relaxing => (
            pick(language, "Ontspan", "Relax"),
            view.rest_remaining_ms?,
            view.wait_ms?,
        ),
        _ => return None,
    };
    let fraction = if total == 0 {
        1.0
    } else {
        (1.0 - f64::from(left.min(total)) / f64::from(total)).clamp(0.0, 1.0)
    };
    Some(TimerView {
        label: label.to_owned(),
        remaining_label: words::countdown(left),
        remaining_ms: left,
        fraction,
    })
}

fn instruction(view: &RunnerView, moving: bool, language: Language) -> String {
    let text = match view.stage {
        Stage::PainBefore => (
            "Kies een getal van 0 (geen pijn) tot 10 (ergst denkbaar), of sla over.",
            "Choose a number from 0 (no pain) to 10 (worst imaginable), or skip.",
        ),
        Stage::GetReady => (
            "Lees de oefening en neem de beginhouding aan.",
            "Read the exercise and take the start position.",
        ),
        Stage::Working if view.max_test => (
            "Doe zoveel herhalingen als je kunt en tik dan op Klaar.",
            "Do as many repetitions as you can, then tap Done.",
        ),
        Stage::Working if view.hold && view.in_band == Some(false) => (
            "Breng de druk in het doelgebied: de tijd loopt alleen daar.",
            "Bring the pressure into the target band: the time only runs there.",
        ),
        Stage::Working if view.hold && moving => (
            "Blijf rustig bewegen tot de tijd om is.",
            "Keep moving calmly until the time is up.",
        ),
        Stage::Working if view.hold => (
            "Houd de houding vast en adem rustig door.",
            "Hold the position and keep breathing calmly.",
        ),
        Stage::Working => (
            "Volg het tempo; tik op Klaar als de set erop zit.",
            "Follow the pace; tap Done when the set is finished.",
        ),
        Stage::Relaxing => ("Ontspan even.", "Relax for a moment."),
        Stage::Resting => (
            "Rust uit; de volgende set begint vanzelf.",
            "Rest; the next set starts by itself.",
        ),
        Stage::AwaitingCount => (
            "Hoeveel herhalingen lukten er?",
            "How many repetitions did you manage?",
        ),
        Stage::Paused if view.paused == Some(PauseReason::ClockJump) => (
            "De sessie stond even stil terwijl de app weg was. Ga verder als je klaar bent.",
            "The session paused while the app was away. Resume when you are ready.",
        ),
        Stage::Paused => ("Gepauzeerd.", "Paused."),
        Stage::PainAfter => (
            "Kies een getal van 0 (geen pijn) tot 10 (ergst denkbaar), of sla over.",
            "Choose a number from 0 (no pain) to 10 (worst imaginable), or skip.",
        ),
        Stage::Finished => (
            "Je resultaten zijn bewaard.",
            "Your results have been saved.",
        ),
        Stage::Ended if view.ended == Some(EndReason::PainRose) => (
            "De pijn nam sterk toe: stop voor vandaag en rust. Zakt het niet, neem dan contact op met je arts of fysiotherapeut.",
            "The pain rose a lot: stop for today and rest. If it does not settle, contact your doctor or physiotherapist.",
        ),
        Stage::Ended => (
            "Wat je deed, is bewaard.",
            "What you did has been saved.",
        ),
    };
    pick(language, text.0, text.1).to_owned()
}

fn pain_prompt(stage: Stage, language: Language) -> Option<PainPrompt> {
    let question = match stage {
        Stage::PainBefore => pick(
            language,
            "Hoeveel pijn heb je nu?",
            "How much pain do you have now?",
        ),
        Stage::PainAfter => pick(
            language,
            "Hoeveel pijn heb je na de oefeningen?",
            "How much pain do you have after the exercises?",
        ),
        _ => return None,
    };
    Some(PainPrompt {
        question: question.to_owned(),
        min: 0,
        max: crate::session::MAX_SCORE,
        min_label: pick(language, "geen pijn", "no pain").to_owned(),
        max_label: pick(language, "ergst denkbare pijn", "worst imaginable pain").to_owned(),
    })
}

fn actions(view: &RunnerView) -> Vec<SessionAction> {
    use SessionAction::*;
    match view.stage {
        Stage::PainBefore | Stage::PainAfter => vec![ReportPain, SkipQuestion, Stop],
        Stage::GetReady => vec![StartNow, SkipExercise, Pause, Stop],
        Stage::Working if view.max_test => vec![Done, Hurts, SkipExercise, Pause, Stop],
        Stage::Working => vec![Done, Hurts, SkipExercise, Pause, Stop],
        Stage::Relaxing => vec![SkipRest, Hurts, SkipExercise, Pause, Stop],
        Stage::Resting => vec![SkipRest, SkipExercise, Pause, Stop],
        Stage::AwaitingCount => vec![EnterCount, SkipExercise, Stop],
        Stage::Paused => vec![Resume, Stop],
        Stage::Finished | Stage::Ended => vec![Close],
    }
}

fn change(change: Change, language: Language) -> &'static str {
    let (nl, en) = match change {
        Change::StepUp => ("volgende keer iets zwaarder", "a little harder next time"),
        Change::Graduated => (
            "volgende keer de zwaardere variant",
            "the harder variant next time",
        ),
        Change::Hold => ("volgende keer even zwaar", "the same next time"),
        Change::StepBack => ("volgende keer iets lichter", "a little easier next time"),
        Change::Rest => (
            "volgende keer iets lichter, na twee sessies rust",
            "a little easier next time, after two sessions' rest",
        ),
        Change::NewMaximum => ("nieuw maximum gemeten", "new maximum measured"),
    };
    pick(language, nl, en)
}

/// What the phone does for a cue; `exercise` names the exercise a get-ready cue announces.
pub fn cue_effect(cue: Cue, exercise: Option<&Exercise>, language: Language) -> CueEffect {
    let (sound, vibration, droppable) = match cue {
        Cue::GetReady => (Sound::SoftChime, Vibration::None, false),
        Cue::Countdown { .. } => (Sound::Tick, Vibration::None, false),
        Cue::Start => (Sound::LongBeep, Vibration::Short, false),
        Cue::Halfway => (Sound::SoftBeep, Vibration::None, true),
        Cue::SwitchSides => (Sound::DoubleBeep, Vibration::Short, false),
        Cue::BreatheOut => (Sound::None, Vibration::None, true),
        Cue::Repetition { .. } => (Sound::None, Vibration::None, true),
        Cue::Relax | Cue::Rest => (Sound::LowTone, Vibration::None, false),
        Cue::SetDone => (Sound::None, Vibration::DoubleShort, false),
        Cue::ExerciseDone => (Sound::RisingTwoTone, Vibration::None, false),
        Cue::MainPartDropped => (Sound::LowTone, Vibration::Short, true),
        Cue::SessionDone => (Sound::RisingThreeTone, Vibration::Long, false),
    };
    let speech = match (cue, exercise) {
        (Cue::GetReady, Some(e)) => format!(
            "{}: {}",
            words::cue(cue, language),
            e.name.get(language)
        ),
        (Cue::Countdown { seconds }, _) => number_word(seconds, language).to_owned(),
        _ => words::cue(cue, language),
    };
    CueEffect {
        cue,
        speech,
        sound,
        vibration,
        droppable,
    }
}

/// Countdown numbers spoken as words.
fn number_word(seconds: u8, language: Language) -> &'static str {
    match seconds {
        3 => pick(language, "drie", "three"),
        2 => pick(language, "twee", "two"),
        _ => pick(language, "één", "one"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(stage: Stage) -> RunnerView {
        RunnerView {
            stage,
            exercise_id: Some("pelvic-tilt-supine".into()),
            part: Some(crate::program::Part::Basics),
            exercise_number: 2,
            exercise_count: 9,
            set: 1,
            sets: 2,
            side: Side::Left,
            rep: 3,
            reps: Some(5),
            remaining_ms: Some(1_500),
            work_ms: Some(6_000),
            hold: false,
            max_test: false,
            rest_remaining_ms: None,
            wait_ms: None,
            next_exercise_id: Some("bridge".into()),
            progress: 0.25,
            in_band: None,
            hints: Vec::new(),
            paused: None,
            ended: None,
            pain_before: Some(2),
            pain_after: None,
        }
    }

    fn catalogue() -> &'static Catalogue {
        Catalogue::builtin().unwrap()
    }

    #[test]
    fn working_shows_the_counters_the_timer_and_what_to_do() {
        let screen = build(&view(Stage::Working), &[], catalogue(), Language::Nl);
        assert_eq!(screen.title, "Bekkenkanteling");
        assert_eq!(screen.exercise_label.as_deref(), Some("Oefening 2 van 9 · Bekkenkanteling en basisoefeningen"));
        assert_eq!(screen.set_label.as_deref(), Some("Set 1 van 2"));
        assert_eq!(screen.rep_label.as_deref(), Some("Herhaling 3 van 5"));
        assert_eq!(screen.side_label.as_deref(), Some("Links"));
        let timer = screen.timer.unwrap();
        assert_eq!(timer.remaining_label, "0:02");
        assert!((timer.fraction - 0.75).abs() < 1e-9);
        assert_eq!(
            screen.actions,
            [
                SessionAction::Done,
                SessionAction::Hurts,
                SessionAction::SkipExercise,
                SessionAction::Pause,
                SessionAction::Stop
            ]
        );
        assert!(screen.keep_screen_on && screen.ticking);
        assert!(screen.how_to[0].starts_with("Beginhouding: "));
        assert!(screen.pain_prompt.is_none());
    }

    #[test]
    fn a_timed_warm_up_is_movement_not_a_hold() {
        let mut walk = view(Stage::Working);
        walk.exercise_id = Some("light-warm-up-walk-or-cycle".into());
        walk.hold = true;
        let screen = build(&walk, &[], catalogue(), Language::Nl);
        assert_eq!(screen.timer.unwrap().label, "Blijf bewegen");
        assert_eq!(screen.instruction, "Blijf rustig bewegen tot de tijd om is.");
    }

    #[test]
    fn questions_and_endings_offer_only_what_fits() {
        // Before the first exercise the runner shows none.
        let mut before = view(Stage::PainBefore);
        before.exercise_id = None;
        let before = build(&before, &[], catalogue(), Language::En);
        assert_eq!(before.pain_prompt.unwrap().max, 10);
        assert_eq!(before.actions[0], SessionAction::ReportPain);
        assert!(before.timer.is_none() && before.exercise_label.is_none());
        let mut ended = view(Stage::Ended);
        ended.ended = Some(EndReason::PainRose);
        let ended = build(&ended, &[], catalogue(), Language::En);
        assert_eq!(ended.actions, [SessionAction::Close]);
        assert!(!ended.keep_screen_on && !ended.ticking);
        assert!(ended.instruction.contains("doctor or physiotherapist"));
        let paused = build(&view(Stage::Paused), &[], catalogue(), Language::En);
        assert_eq!(paused.actions, [SessionAction::Resume, SessionAction::Stop]);
        assert!(!paused.keep_screen_on && paused.ticking, "a pause counts down nothing but resumes");
    }

    #[test]
    fn outcomes_name_the_exercise_and_leave_out_unchanged_ones() {
        let decisions = [
            Decision {
                exercise_id: "pelvic-tilt-supine".into(),
                change: Change::StepUp,
                step: 1,
            },
            Decision {
                exercise_id: "bridge".into(),
                change: Change::Hold,
                step: 0,
            },
        ];
        let screen = build(&view(Stage::Finished), &decisions, catalogue(), Language::Nl);
        assert_eq!(
            screen.outcomes,
            ["Bekkenkanteling: volgende keer iets zwaarder"]
        );
    }

    #[test]
    fn cues_carry_speech_sound_and_vibration() {
        let tilt = catalogue().exercise("pelvic-tilt-supine");
        let ready = cue_effect(Cue::GetReady, tilt, Language::Nl);
        assert_eq!(ready.speech, "Maak je klaar: Bekkenkanteling");
        assert_eq!(ready.sound, Sound::SoftChime);
        let three = cue_effect(Cue::Countdown { seconds: 3 }, None, Language::Nl);
        assert_eq!(three.speech, "drie");
        let rep = cue_effect(Cue::Repetition { number: 4 }, None, Language::En);
        assert!(rep.droppable && rep.vibration == Vibration::None);
        let done = cue_effect(Cue::SessionDone, None, Language::En);
        assert_eq!(done.vibration, Vibration::Long);
    }
}
