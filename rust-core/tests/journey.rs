//! A user's journey through the public facade only, on a fake clock, in both languages:
//! onboarding → today → a guided session with pain reports → history → export → delete →
//! import. It runs in milliseconds because nothing waits for real time.

mod device;

use kernkracht::api::{
    Goal, KernkrachtError, Language, OnboardingStep, SafetyKind, SessionAction, SessionScreen,
    Stage, TodayAction, Weekday,
};

/// Monday 7 December 2026, 09:00 in Brussels.
const MONDAY_9H: i64 = 1_796_630_400_000;

struct World {
    _dir: tempfile::TempDir,
    device: device::Device,
}

impl std::ops::Deref for World {
    type Target = device::Device;
    fn deref(&self) -> &device::Device {
        &self.device
    }
}

fn world(locale: &str) -> World {
    let dir = tempfile::tempdir().unwrap();
    let device = device::open(dir.path(), locale, MONDAY_9H, "Europe/Brussels");
    World { _dir: dir, device }
}

/// Words that give English away in a Dutch text (and the other way round).
const ENGLISH: [&str; 8] = [
    " the ", " and ", " your ", " you ", "Session", "Today", " with ", "Pain ",
];
const DUTCH: [&str; 8] = [
    " de ", " en ", " je ", " het ", "Sessie", "Vandaag", " met ", "Pijn ",
];

fn assert_language(text: &str, language: Language) {
    let padded = format!(" {text} ");
    let foreign: &[&str] = match language {
        Language::Nl => &ENGLISH,
        Language::En => &DUTCH,
    };
    for word in foreign {
        assert!(
            !padded.contains(word),
            "{word:?} in {language:?} text: {text}"
        );
    }
}

/// Every text of a screen model is in `language`.
fn assert_screen_language(screen: &impl serde::Serialize, language: Language) {
    fn texts(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            // Enum keys (`red_flags`, `nl`) are names for code, not text for the user.
            serde_json::Value::String(text)
                if !text.chars().all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                out.push(text.clone())
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| texts(v, out)),
            serde_json::Value::Object(fields) => fields.values().for_each(|v| texts(v, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    texts(&serde_json::to_value(screen).unwrap(), &mut all);
    for text in all {
        assert_language(&text, language);
    }
}

fn onboard(w: &World, language: Language) {
    let flow = w.app.clone().start_onboarding().unwrap();
    let screen = flow.choose_language(language);
    assert_eq!(screen.step, OnboardingStep::Language);
    let screen = flow.next();
    assert_eq!(screen.step, OnboardingStep::Height);
    assert!(!screen.can_go_next, "no height yet");
    let screen = flow.enter_height("1,80".into());
    assert!(
        screen.height.error.is_some(),
        "metres are refused with a hint"
    );
    assert_eq!(flow.next().step, OnboardingStep::Height);
    let screen = flow.enter_height("180".into());
    assert_eq!(screen.height.ball.as_ref().unwrap().diameter_cm, 65);
    assert_screen_language(&screen, language);
    let screen = flow.next();
    assert_eq!(screen.step, OnboardingStep::Safety);
    assert!(
        screen.safety.iter().all(|q| q.answer.is_none()),
        "no default answers"
    );
    assert!(
        !flow.answer_red_flags(false).can_go_next,
        "both questions needed"
    );
    assert!(flow.answer_acute_pain(false).can_go_next);
    flow.next();
    flow.choose_goal(Goal::Recovery);
    assert_eq!(flow.next().step, OnboardingStep::Equipment);
    flow.set_equipment(kernkracht::api::Equipment::Mat, true);
    flow.set_equipment(kernkracht::api::Equipment::Ball, true);
    let screen = flow.next();
    assert_eq!(screen.step, OnboardingStep::Schedule);
    let proposed: Vec<Weekday> = screen
        .schedule
        .days
        .iter()
        .filter(|d| d.selected)
        .map(|d| d.weekday)
        .collect();
    assert_eq!(proposed, [Weekday::Mon, Weekday::Wed, Weekday::Fri]);
    let screen = flow.next();
    assert_eq!(screen.step, OnboardingStep::Summary);
    assert!(screen.can_finish);
    assert_screen_language(&screen, language);
    let profile = flow.finish().unwrap();
    assert_eq!(profile.ball_diameter_cm, 65);
    let reminders = w.alarms.last();
    assert_eq!(reminders.len(), 64, "the complete list went to the alarms");
    assert_eq!(reminders[0].local, "2026-12-07T18:00:00+01:00");
    // The same, as numbers for a calendar trigger.
    let r = &reminders[0];
    assert_eq!((r.year, r.month, r.day), (2026, 12, 7));
    assert_eq!((r.time.hour, r.time.minute), (18, 0));
    assert_language(&reminders[0].title, language);
}

/// Onboards quickly with these safety answers and defaults for the rest.
fn onboard_answering(w: &World, red_flags: bool, acute_pain: bool) {
    let flow = w.app.clone().start_onboarding().unwrap();
    flow.next();
    flow.enter_height("165".into());
    flow.next();
    flow.answer_red_flags(red_flags);
    flow.answer_acute_pain(acute_pain);
    flow.next();
    flow.choose_goal(Goal::Recovery);
    for _ in 0..3 {
        flow.next();
    }
    flow.finish().unwrap();
}

/// Drives the session on the fake clock until it is over, answering what it asks.
fn run_session(w: &World, language: Language) -> SessionScreen {
    let session = w.app.clone().start_guided_session().unwrap();
    let mut screen = session.screen().unwrap();
    assert_eq!(screen.stage, Stage::PainBefore);
    assert!(screen.pain_prompt.is_some());
    assert!(matches!(
        session.report_pain(11),
        Err(KernkrachtError::InvalidInput(_))
    ));
    let mut spoken = Vec::new();
    let mut steps = 0;
    loop {
        steps += 1;
        assert!(steps < 20_000, "the session does not end");
        let update = match screen.stage {
            Stage::PainBefore => session.report_pain(3).unwrap(),
            Stage::PainAfter => session.report_pain(2).unwrap(),
            Stage::AwaitingCount => session.report_count(9).unwrap(),
            Stage::Finished | Stage::Ended => break,
            _ => {
                w.clock.advance(1_000);
                session.tick().unwrap()
            }
        };
        spoken.extend(update.cues.into_iter().map(|c| c.speech));
        screen = update.screen;
        assert_screen_language(&screen, language);
        if screen.stage == Stage::Working {
            assert!(screen.actions.contains(&SessionAction::Done));
            assert!(screen.keep_screen_on);
        }
    }
    assert!(spoken.len() > 20, "cues were spoken");
    for text in &spoken {
        assert_language(text, language);
    }
    screen
}

fn journey(language: Language, locale: &str) {
    let w = world(locale);
    let today = w.app.today_screen().unwrap();
    assert_eq!(today.safety.unwrap().kind, SafetyKind::NoProfile);
    assert_eq!(today.actions, [TodayAction::CompleteOnboarding]);

    onboard(&w, language);
    let today = w.app.today_screen().unwrap();
    assert!(today.safety.is_none());
    assert_eq!(today.actions, [TodayAction::StartSession]);
    let plan = today.plan.as_ref().unwrap();
    assert!(plan.sections.iter().all(|s| !s.exercises.is_empty()));
    assert!(plan
        .sections
        .iter()
        .flat_map(|s| &s.exercises)
        .all(|e| !e.dosage.is_empty() && e.name != e.exercise_id));
    assert_screen_language(&today, language);

    let end = run_session(&w, language);
    assert_eq!(end.stage, Stage::Finished);
    assert_eq!(end.actions, [SessionAction::Close]);
    let today = w.app.today_screen().unwrap();
    assert!(today.week[0].kind == kernkracht::api::DayKind::Done);
    assert!(!today.actions.contains(&TodayAction::StartSession));
    assert!(
        w.alarms.last()[0].local_date != "2026-12-07",
        "today's reminder went once today was done"
    );

    let history = w.app.history_screen().unwrap();
    assert_eq!(history.sessions.len(), 1);
    assert!(history.sessions[0]
        .pain_label
        .as_deref()
        .unwrap()
        .ends_with("3 → 2"));
    assert_eq!(history.pain.len(), 2);
    assert_screen_language(&history, language);

    let backup = w.app.export_backup().unwrap();
    w.app.delete_all_data().unwrap();
    assert!(w.alarms.last().is_empty(), "no reminders without a profile");
    assert_eq!(
        w.app.today_screen().unwrap().actions,
        [TodayAction::CompleteOnboarding]
    );
    w.app.import_backup(backup).unwrap();
    assert_eq!(w.app.history_screen().unwrap().sessions.len(), 1);
    assert_eq!(w.alarms.last().len(), 64);
    let settings = w.app.settings_screen().unwrap();
    assert_screen_language(&settings, language);
}

#[test]
fn a_dutch_users_journey() {
    journey(Language::Nl, "nl-BE");
}

#[test]
fn an_english_users_journey() {
    journey(Language::En, "en-GB");
}

#[test]
fn a_warning_sign_blocks_training_everywhere_until_a_doctor_clears_it() {
    let w = world("nl");
    onboard_answering(&w, true, false);
    assert!(w.alarms.last().is_empty(), "no training reminders");
    let today = w.app.today_screen().unwrap();
    assert_eq!(today.safety.as_ref().unwrap().kind, SafetyKind::SeeDoctor);
    assert!(today.plan.is_none());
    assert!(today
        .week
        .iter()
        .all(|d| d.kind != kernkracht::api::DayKind::Training));
    assert_eq!(today.actions, [TodayAction::ConfirmDoctorCleared]);
    assert!(matches!(
        w.app.clone().start_guided_session(),
        Err(KernkrachtError::SafetyBlock(message)) if message.contains("arts")
    ));
    w.app.confirm_doctor_cleared().unwrap();
    assert_eq!(w.alarms.last().len(), 64);
    assert!(w.app.today_screen().unwrap().plan.is_some());
}

/// Leaflet 001: no exercises while the pain is acute; its programme starts once the worst
/// pain has gone. Until the user says so: the leaflet's advice, no session, no training day
/// and no training reminder.
#[test]
fn acute_pain_plans_no_exercises_until_the_worst_is_over_leaflet_001() {
    let w = world("nl");
    onboard_answering(&w, false, true);
    assert!(w.alarms.last().is_empty(), "no training reminders");
    let today = w.app.today_screen().unwrap();
    let notice = today.safety.as_ref().unwrap();
    assert_eq!(notice.kind, SafetyKind::AcutePain);
    assert!(
        !notice.advice.is_empty(),
        "leaflet 001's advice for the phase"
    );
    assert_screen_language(&today, Language::Nl);
    assert!(today.plan.is_none());
    assert!(today
        .week
        .iter()
        .all(|d| d.kind != kernkracht::api::DayKind::Training));
    assert_eq!(today.actions, [TodayAction::ConfirmPainSettled]);
    assert!(matches!(
        w.app.clone().start_guided_session(),
        Err(KernkrachtError::SafetyBlock(message)) if message.contains("acute pijn")
    ));
    w.app.confirm_pain_settled().unwrap();
    assert_eq!(w.alarms.last().len(), 64);
    let today = w.app.today_screen().unwrap();
    assert!(today.safety.is_none());
    assert_eq!(today.actions, [TodayAction::StartSession]);
}

#[test]
fn a_session_let_go_midway_ends_as_stopped_with_its_sets_kept() {
    let w = world("en");
    onboard(&w, Language::En);
    let session = w.app.clone().start_guided_session().unwrap();
    session.report_pain(2).unwrap();
    for _ in 0..200 {
        w.clock.advance(1_000);
        session.tick().unwrap();
    }
    drop(session);
    let history = w.app.history_screen().unwrap();
    assert_eq!(
        history.sessions[0].status,
        kernkracht::api::SessionStatus::Aborted
    );
    assert!(!history.sessions[0].sets_label.starts_with("0 "));
}

/// A day toggle or a time button in the settings sends one change: the core works out the new
/// days and keeps the rest, reschedules the alarms, and refuses to switch the last day off
/// without losing the day that is left.
#[test]
fn the_settings_change_one_day_or_the_time_and_keep_the_rest() {
    use kernkracht::api::{LocalTime, SettingsScreen};
    let chosen = |screen: &SettingsScreen| -> Vec<Weekday> {
        screen
            .days
            .iter()
            .filter(|d| d.selected)
            .map(|d| d.weekday)
            .collect()
    };
    let w = world("en-GB");
    onboard(&w, Language::En);
    let screen = w.app.set_training_day(Weekday::Sat, true).unwrap();
    assert_eq!(
        chosen(&screen),
        [Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat]
    );
    assert_eq!(screen.reminders_label, "Mon, Wed, Fri and Sat at 18:00");
    let screen = w
        .app
        .set_reminder_time(LocalTime {
            hour: 7,
            minute: 30,
        })
        .unwrap();
    assert_eq!(
        screen.reminders_label, "Mon, Wed, Fri and Sat at 07:30",
        "the days stay"
    );
    for day in [Weekday::Mon, Weekday::Wed, Weekday::Fri] {
        w.app.set_training_day(day, false).unwrap();
    }
    let error = w.app.set_training_day(Weekday::Sat, false).unwrap_err();
    assert!(
        matches!(error, KernkrachtError::InvalidInput(_)),
        "{error:?}"
    );
    let screen = w.app.settings_screen().unwrap();
    assert_eq!(chosen(&screen), [Weekday::Sat], "nothing lost");
    let alarms = w.alarms.last();
    assert!(alarms.iter().all(|r| r.weekday == Weekday::Sat));
    assert_eq!(alarms[0].local, "2026-12-12T07:30:00+01:00");
    // The weekly target followed the number of days, one note for each change of it: 4, then
    // 3, 2 and 1; the new time left it as it was.
    let backup = w.app.export_backup().unwrap();
    let notes = backup.matches("the user chose the training days").count();
    assert_eq!(notes, 4, "{backup}");
}
