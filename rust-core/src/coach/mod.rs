//! The coach: the program's pure rules applied to the stored history. It reads what the
//! rules need from the store, calls them, and saves what they decide — so the facade stays a
//! thin translation and the rules stay free of IO.
//!
//! Layers: the facade (`api`) calls the coach; the coach calls the pure domain modules and
//! the store; the store persists the domain's records. No domain module calls the coach or
//! the store.

mod failure;
mod session;
mod today;

pub use failure::{check_score, Failure, Score};
pub use session::Recorder;
pub use today::{today, DayFacts, TodayFacts};

use std::collections::BTreeSet;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::catalogue::{Catalogue, Equipment};
use crate::history::SessionStatus;
use crate::profile::Goal;
use crate::program::{
    self, compose, days, frequency, ladder, phase, Block, Decision, PlannedSession,
};
use crate::program::{ProgressNote, ProgressRow};
use crate::reminders::schedule::{self, Occurrence};
use crate::reminders::{ReminderSettings, Weekday};
use crate::store::Store;

/// Sessions of recent pain the worsening check looks at.
const RECENT_SESSIONS: u32 = 3;
/// Days back in which missed sessions are reported for a catch-up.
const MISSED_WINDOW_DAYS: i64 = 7;

/// Today's session for the user, or why there is none; `zone` is the device's time zone.
pub fn plan(
    store: &Store,
    catalogue: &Catalogue,
    now: Timestamp,
    zone: &TimeZone,
) -> Result<Result<PlannedSession, Block>, Failure> {
    let Some(profile) = store.profile()? else {
        return Ok(Err(Block::NoProfile));
    };
    let screening = store.screening()?;
    let state = store.program_state()?;
    let basics_ok = match store.last_finished_session()? {
        Some((session, sets)) => {
            compose::basics_went_well(catalogue, &sets, session.pain_before, session.pain_after)
        }
        None => true,
    };
    let recent_pain = store.recent_pain(RECENT_SESSIONS)?;
    let today = now.to_zoned(zone.clone()).date();
    let week_start = today.saturating_sub(jiff::Span::new().days(frequency::WINDOW_DAYS - 1));
    let done_this_week =
        store.sessions_per_exercise(&week_start.to_string(), &today.to_string())?;
    Ok(program::compose(&program::Context {
        catalogue,
        profile: &profile,
        screening: screening.as_ref(),
        state: &state,
        basics_ok,
        recent_pain: &recent_pain,
        done_this_week: &done_this_week,
        now_ms: now.as_millisecond(),
    }))
}

/// Applies a finished session to the program: each exercise's progress, and the phase of the
/// stabilisation track. Saves the new state with a note per change.
pub fn evaluate(
    store: &Store,
    catalogue: &Catalogue,
    session_id: i64,
    now: Timestamp,
) -> Result<Vec<Decision>, Failure> {
    let session = store
        .session(session_id)?
        .ok_or(Failure::NoSession(session_id))?;
    let plan_json = store
        .session_plan(session_id)?
        .ok_or(Failure::NoPlan(session_id))?;
    let plan: PlannedSession =
        serde_json::from_str(&plan_json).map_err(|e| Failure::BadPlan(e.to_string()))?;
    let sets = store.sets(session_id)?;
    let profile = store.profile()?;
    let goal = profile
        .as_ref()
        .map_or(Goal::Recovery, |p| p.goal);
    let equipment = profile.map(|p| p.equipment).unwrap_or_default();
    let mut state = store.program_state()?;
    let decisions = program::evaluate(
        catalogue,
        &mut state,
        &program::SessionResult {
            plan: &plan,
            sets: &sets,
            pain_before: session.pain_before,
            pain_after: session.pain_after,
            goal,
            ended_at_ms: now.as_millisecond(),
            first_of_its_day: !store
                .sessions_between(&session.local_date, &session.local_date)?
                .iter()
                .any(|s| s.id < session_id && s.status == SessionStatus::Completed),
        },
    );
    let mut notes: Vec<ProgressNote> = decisions
        .iter()
        .filter(|d| d.change != program::Change::Hold)
        .map(|d| ProgressNote {
            exercise_id: Some(d.exercise_id.clone()),
            change: format!("{:?} to step {}", d.change, d.step),
            reason: format!("session {session_id}"),
        })
        .collect();
    if phase_passed(store, catalogue, &state, &equipment)? {
        state.stabilisation_phase += 1;
        state.phase_started_at_ms = now.as_millisecond();
        state.phase_self_reported = false;
        notes.push(ProgressNote {
            exercise_id: None,
            change: format!("stabilisation phase {}", state.stabilisation_phase),
            reason: "the previous phase's exercises were done correctly".into(),
        });
    }
    store.save_program(
        &state,
        &progress_rows(catalogue, &state, goal),
        &notes,
        Some(session_id),
        now.as_millisecond(),
    )?;
    Ok(decisions)
}

/// Records the user's report that the current phase's exercises go well (users without a
/// cuff); the phase moves on at the next evaluated session once enough sessions are done.
pub fn report_phase_mastered(
    store: &Store,
    catalogue: &Catalogue,
    now: Timestamp,
) -> Result<(), Failure> {
    let mut state = store.program_state()?;
    state.phase_self_reported = true;
    store.save_program(
        &state,
        &progress_rows(catalogue, &state, goal(store)?),
        &[],
        None,
        now.as_millisecond(),
    )?;
    Ok(())
}

fn phase_passed(
    store: &Store,
    catalogue: &Catalogue,
    state: &program::ProgramState,
    equipment: &[Equipment],
) -> Result<bool, Failure> {
    let phase_exercises = phase::cuff_exercises(catalogue, state.stabilisation_phase, equipment);
    Ok(phase::passed(&phase::Evidence {
        phase: state.stabilisation_phase,
        sessions_in_phase: store.sessions_completed_since(state.phase_started_at_ms)?,
        results: &store.cuff_results(&phase_exercises, state.phase_started_at_ms)?,
        cuff_exercises: &phase_exercises,
        has_cuff: equipment.contains(&Equipment::Cuff),
        self_reported: state.phase_self_reported,
    }))
}

/// The user's goal: recovery until a profile says otherwise, the gentler reading.
fn goal(store: &Store) -> Result<Goal, Failure> {
    Ok(store.profile()?.map_or(Goal::Recovery, |p| p.goal))
}

/// Each exercise's progress with the dosage it now stands at.
fn progress_rows(
    catalogue: &Catalogue,
    state: &program::ProgramState,
    goal: Goal,
) -> Vec<ProgressRow> {
    state
        .progress
        .iter()
        .map(|(id, progress)| {
            let rung = catalogue
                .exercise(id)
                .and_then(|e| ladder::ladder(catalogue, e, goal).rung_at(progress));
            ProgressRow {
                exercise_id: id.clone(),
                progress: progress.clone(),
                sets: rung.map(|r| r.sets),
                reps: rung.and_then(|r| r.reps),
                hold_seconds: rung.and_then(|r| r.hold_seconds),
            }
        })
        .collect()
}

/// The dates with a completed session in the days around `now` that reminders can concern.
fn done_dates(
    store: &Store,
    zone: &TimeZone,
    now: Timestamp,
) -> Result<BTreeSet<Date>, Failure> {
    let today = now.to_zoned(zone.clone()).date();
    let from = today.saturating_sub(jiff::Span::new().days(MISSED_WINDOW_DAYS));
    let to = today.saturating_add(jiff::Span::new().days(1));
    Ok(store
        .completed_dates(&from.to_string(), &to.to_string())?
        .iter()
        .filter_map(|d| d.parse().ok())
        .collect())
}

/// The next reminders from the stored settings, in `zone` (the device's zone); none while a
/// warning sign or acute pain blocks training.
pub fn reminders(
    store: &Store,
    settings: &ReminderSettings,
    zone: &TimeZone,
    now: Timestamp,
    count: usize,
) -> Result<Vec<Occurrence>, Failure> {
    let training_allowed = store
        .screening()?
        .is_some_and(|s| program::safety::gate(Some(&s)).is_ok());
    if !training_allowed {
        return Ok(Vec::new());
    }
    let done = done_dates(store, zone, now)?;
    Ok(schedule::next(settings, zone, now, count, &done)?)
}

/// Training days of the last week, since the schedule was set, whose reminder passed without
/// a completed session.
pub fn missed(
    store: &Store,
    settings: &ReminderSettings,
    zone: &TimeZone,
    now: Timestamp,
) -> Result<Vec<Date>, Failure> {
    let done = done_dates(store, zone, now)?;
    let today = now.to_zoned(zone.clone()).date();
    let week_ago = today.saturating_sub(jiff::Span::new().days(MISSED_WINDOW_DAYS));
    let scheduled_from = store
        .reminders_saved_at()?
        .and_then(|ms| Timestamp::from_millisecond(ms).ok())
        .map(|at| at.to_zoned(zone.clone()).date())
        .unwrap_or(today);
    Ok(schedule::missed(
        settings,
        zone,
        week_ago.max(scheduled_from),
        now,
        &done,
    )?)
}

/// One more training day a week, when the last two full weeks reached the target without a
/// pain set-back: the new count and the spread-out days.
pub fn propose_days(
    store: &Store,
    settings: &ReminderSettings,
    zone: &TimeZone,
    now: Timestamp,
) -> Result<Option<(u8, Vec<Weekday>)>, Failure> {
    let state = store.program_state()?;
    let today = now.to_zoned(zone.clone()).date();
    // The two full weeks before the current one.
    let this_monday =
        today.saturating_sub(jiff::Span::new().days(i64::from(schedule::weekday(today).index())));
    let from = this_monday.saturating_sub(jiff::Span::new().days(14));
    let to = this_monday.saturating_sub(jiff::Span::new().days(1));
    let weeks = store.weekly_adherence(&from.to_string(), &to.to_string())?;
    let completed: Vec<u32> = weeks.iter().map(|w| w.completed).collect();
    let setback = store
        .recent_pain(state.sessions_per_week as u32 * 2)?
        .iter()
        .any(|&(before, after)| program::safety::setback(Some(before), Some(after)));
    Ok(
        days::propose_growth(state.sessions_per_week, &completed, setback)
            .map(|count| (count, days::spread(&settings.weekdays, count as usize))),
    )
}

/// Takes new training days and reminder time in `time_zone`: the reminders follow them and
/// the weekly target becomes their number.
pub fn set_days(
    store: &Store,
    catalogue: &Catalogue,
    weekdays: &[Weekday],
    time: crate::reminders::LocalTime,
    time_zone: &str,
    now: Timestamp,
) -> Result<ReminderSettings, Failure> {
    let settings = ReminderSettings::new(weekdays, time, time_zone)?;
    store.save_reminders(&settings, now.as_millisecond())?;
    let mut state = store.program_state()?;
    let per_week = settings.weekdays.len().min(7) as u8;
    if per_week == state.sessions_per_week {
        // Another time or other days of the same number: the weekly target stands.
        return Ok(settings);
    }
    state.sessions_per_week = per_week;
    store.save_program(
        &state,
        &progress_rows(catalogue, &state, goal(store)?),
        &[ProgressNote {
            exercise_id: None,
            change: format!("{} sessions a week", state.sessions_per_week),
            reason: "the user chose the training days".into(),
        }],
        None,
        now.as_millisecond(),
    )?;
    Ok(settings)
}
