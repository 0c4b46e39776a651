//! Bench: the next 64 reminders (goal under 100 µs) and composing a session (goal under
//! 1 ms), plus the session length over simulated months of good sessions.
//!
//! Run with `cargo bench -p kernkracht --bench program`.

#[path = "../tests/support/mod.rs"]
mod support;
#[path = "support/timing.rs"]
mod timing;

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::Duration;

use kernkracht::catalogue::{Catalogue, Equipment};
use kernkracht::language::Language;
use kernkracht::profile::{Goal, Profile, Screening};
use kernkracht::program::{compose, evaluate, Context, ProgramState, SessionResult};
use kernkracht::reminders::schedule::{next, time_zone};
use kernkracht::reminders::{LocalTime, ReminderSettings, Weekday};
use timing::{measure, report};

fn main() {
    let settings = ReminderSettings::new(
        &[Weekday::Mon, Weekday::Wed, Weekday::Fri],
        LocalTime::new(18, 0).unwrap(),
        "Europe/Amsterdam",
    )
    .unwrap();
    let zone = time_zone("Europe/Amsterdam").unwrap();
    let now: jiff::Timestamp = "2026-11-21T12:00:00Z".parse().unwrap();
    let done = BTreeSet::new();
    report(
        "next 64 reminders (3 days a week)",
        measure(2_000, || {
            black_box(next(&settings, &zone, black_box(now), 64, &done).unwrap());
        }),
        Duration::from_micros(100),
    );

    let catalogue = Catalogue::builtin().unwrap();
    let profile = Profile {
        height_cm: 176.0,
        ball_diameter_cm: 65,
        language: Language::En,
        goal: Goal::Recovery,
        equipment: vec![
            Equipment::Mat,
            Equipment::Ball,
            Equipment::Cuff,
            Equipment::Wall,
        ],
        onboarding_done: true,
    };
    let screening = Screening {
        answered_at_ms: 0,
        red_flags: false,
        acute_pain: false,
    };
    let mut state = ProgramState::default();
    let context = |state: &ProgramState| -> kernkracht::program::PlannedSession {
        compose(&Context {
            catalogue,
            profile: &profile,
            screening: Some(&screening),
            state,
            basics_ok: true,
            recent_pain: &[(3, 3), (3, 2), (2, 2)],
            done_this_week: &Default::default(),
            now_ms: 0,
        })
        .unwrap()
    };
    report(
        "compose a session",
        measure(2_000, || {
            black_box(context(black_box(&state)));
        }),
        Duration::from_millis(1),
    );

    let mut minutes = Vec::new();
    for _ in 0..36 {
        let plan = context(&state);
        minutes.push(plan.estimated_seconds.div_ceil(60));
        let sets = support::perform(&plan, &[], 30);
        evaluate(
            catalogue,
            &mut state,
            &SessionResult {
                plan: &plan,
                sets: &sets,
                pain_before: Some(3),
                pain_after: Some(3),
                goal: Goal::Recovery,
                ended_at_ms: 0,
                first_of_its_day: true,
            },
        );
    }
    println!("session length over 36 good sessions (minutes): {minutes:?}");
}
