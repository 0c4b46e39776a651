//! A guided session through the app object on a fake clock: stored as it happens, judged at
//! the end, an abort that keeps what was done, scores out of range refused, and the runner
//! fed by a cuff stream while the recorder writes.

mod device;

use std::sync::Arc;

use kernkracht::api::session::{GuidedSession, SessionUpdate};
use kernkracht::api::{KernkrachtError, SessionAction, SessionStatus, Stage};

/// Monday 2 November 2026, 17:00 UTC (18:00 in Amsterdam).
const START_MS: i64 = 1_793_638_800_000;
const ZONE: &str = "Europe/Amsterdam";

/// An onboarded app with today's session started.
fn started(dir: &tempfile::TempDir) -> (device::Device, Arc<GuidedSession>) {
    let device = device::open(dir.path(), "en", START_MS, ZONE);
    let flow = device.app.clone().start_onboarding().unwrap();
    flow.next();
    flow.enter_height("176".into());
    flow.next();
    flow.answer_red_flags(false);
    flow.answer_acute_pain(false);
    flow.next();
    flow.choose_goal(kernkracht::api::Goal::Recovery);
    flow.next();
    flow.set_equipment(kernkracht::api::Equipment::Mat, true);
    flow.next();
    flow.next();
    flow.finish().unwrap();
    let session = device.app.clone().start_guided_session().unwrap();
    (device, session)
}

/// Moves the clock 250 ms a step with default answers until the session is over or `stop`
/// says so.
fn run(
    device: &device::Device,
    session: &GuidedSession,
    mut stop: impl FnMut(&SessionUpdate) -> bool,
) -> SessionUpdate {
    let mut update = session.tick().unwrap();
    while !matches!(update.screen.stage, Stage::Finished | Stage::Ended) && !stop(&update) {
        device.clock.advance(250);
        update = match update.screen.stage {
            Stage::PainBefore | Stage::PainAfter => session.report_pain(3),
            Stage::AwaitingCount => session.report_count(18),
            _ => session.tick(),
        }
        .unwrap();
    }
    update
}

#[test]
fn a_whole_session_is_stored_and_judged() {
    let dir = tempfile::tempdir().unwrap();
    let (device, session) = started(&dir);
    assert_eq!(
        session.session_id(),
        None,
        "nothing stored before the pain question"
    );
    let last = run(&device, &session, |_| false);
    assert_eq!(last.screen.stage, Stage::Finished);
    assert!(!last.screen.outcomes.is_empty() || session.plan().number == 1);
    let minutes = (device.clock_now() - START_MS) / 60_000;
    assert!((15..=40).contains(&minutes), "{minutes} minutes");
    let history = device.app.history_screen().unwrap();
    assert_eq!(history.sessions.len(), 1);
    assert_eq!(
        history.sessions[0].session_id,
        session.session_id().unwrap()
    );
    assert_eq!(history.sessions[0].status, SessionStatus::Completed);
    assert_eq!(
        history.sessions[0].pain_label.as_deref(),
        Some("Pain 3 → 3")
    );
    assert!(!history.sessions[0].sets_label.contains("skipped"));
}

#[test]
fn an_abort_keeps_the_completed_sets() {
    let dir = tempfile::tempdir().unwrap();
    let (device, session) = started(&dir);
    run(&device, &session, |u| {
        u.screen
            .exercise_label
            .as_deref()
            .is_some_and(|l| l.starts_with("Exercise 4 "))
    });
    let update = session.stop().unwrap();
    assert_eq!(update.screen.stage, Stage::Ended);
    assert_eq!(update.screen.actions, [SessionAction::Close]);
    assert!(!update.screen.keep_screen_on);
    let history = device.app.history_screen().unwrap();
    assert_eq!(history.sessions[0].status, SessionStatus::Aborted);
    let done: u32 = history.sessions[0]
        .sets_label
        .split(' ')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert!(done >= 3, "{}", history.sessions[0].sets_label);
}

#[test]
fn scores_out_of_range_are_refused_not_clamped() {
    let dir = tempfile::tempdir().unwrap();
    let (_device, session) = started(&dir);
    for bad in [11, 255, 256, u32::MAX] {
        match session.report_pain(bad) {
            Err(KernkrachtError::InvalidInput(message)) => {
                assert!(message.contains("0 to 10"), "{message}")
            }
            other => panic!("{bad}: {other:?}"),
        }
    }
    assert_eq!(session.screen().unwrap().stage, Stage::PainBefore);
    assert!(matches!(
        session.report_effort(11),
        Err(KernkrachtError::InvalidInput(_))
    ));
    assert_eq!(
        session.report_pain(10).unwrap().screen.stage,
        Stage::GetReady
    );
}

#[test]
fn a_clock_running_backwards_or_far_ahead_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let (device, session) = started(&dir);
    session.report_pain(2).unwrap();
    device.clock.advance(i64::MIN / 2);
    session.tick().unwrap();
    device.clock.advance(-(i64::MIN / 2) + 3_600_000);
    let update = session.tick().unwrap();
    assert_eq!(
        update.screen.stage,
        Stage::Paused,
        "a jump pauses the session"
    );
    assert!(update.screen.actions.contains(&SessionAction::Resume));
    device.clock.advance(i64::MAX - device.clock_now());
    session.resume().unwrap();
    session.tick().unwrap();
}

#[test]
fn stopping_a_paused_session_ends_it_with_only_close_left() {
    let dir = tempfile::tempdir().unwrap();
    let (device, session) = started(&dir);
    session.report_pain(2).unwrap();
    device.clock.advance(2_000);
    assert_eq!(session.pause().unwrap().screen.stage, Stage::Paused);
    let update = session.stop().unwrap();
    assert_eq!(update.screen.stage, Stage::Ended);
    assert_eq!(update.screen.actions, [SessionAction::Close]);
}

#[test]
fn a_huge_reminder_count_gets_the_phones_limit() {
    let dir = tempfile::tempdir().unwrap();
    let (device, _session) = started(&dir);
    assert_eq!(device.app.upcoming_reminders(u32::MAX).unwrap().len(), 64);
}
