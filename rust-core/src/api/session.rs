//! The guided session for the shells: start today's session, drive it with the UI's clock and
//! the user's actions, and read the history.
//!
//! Each call returns the view to render and the cues to speak, beep or vibrate. What the
//! runner decides to record is written at once (the session when the pain before is given,
//! each set when it ends, the end); if storage fails, the records wait and are written on the
//! next call, and the error is returned so the UI can say so.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;

use crate::api::app::Kernkracht;
use crate::api::KernkrachtError;
use crate::catalogue::Catalogue;
use crate::coach;
use crate::history::{SessionRecord, SessionStatus, SetOutcome, SetRecord};
use crate::program::{Decision, PlannedSession};
use crate::session::{Cue, Effect, Runner, RunnerView};
use crate::store::StoreError;

/// What a call to the session changed.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct SessionUpdate {
    pub view: RunnerView,
    /// Cues since the last call, in order.
    pub cues: Vec<Cue>,
    /// Once the session is over: how each exercise's dosage moved.
    pub decisions: Vec<Decision>,
}

/// One session of the history with its sets counted.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct HistoryEntry {
    pub session: SessionRecord,
    pub sets_done: u32,
    pub sets_partial: u32,
    pub sets_skipped: u32,
}

/// A guided session in progress.
#[derive(uniffi::Object)]
pub struct GuidedSession {
    app: Arc<Kernkracht>,
    plan: PlannedSession,
    local_date: String,
    state: Mutex<SessionState>,
}

struct SessionState {
    runner: Runner,
    session_id: Option<i64>,
    pending: VecDeque<Effect>,
    decisions: Vec<Decision>,
}

#[uniffi::export]
impl Kernkracht {
    /// Starts today's session (in `time_zone`, the device's). It asks the pain before first;
    /// nothing is stored until that is answered or skipped.
    pub fn start_guided_session(
        self: Arc<Self>,
        now_ms: i64,
        time_zone: String,
    ) -> Result<Arc<GuidedSession>, KernkrachtError> {
        let today = self.today(now_ms, time_zone)?;
        let plan = match (today.session, today.blocked) {
            (Some(plan), _) => plan,
            (None, block) => {
                let why =
                    block.map_or_else(|| "no session is planned".to_owned(), |b| b.to_string());
                return Err(KernkrachtError::InvalidInput(format!(
                    "no session can start: {why}"
                )));
            }
        };
        let runner = Runner::new(&plan, Catalogue::builtin()?, now_ms);
        Ok(Arc::new(GuidedSession {
            app: self,
            plan,
            local_date: today.date,
            state: Mutex::new(SessionState {
                runner,
                session_id: None,
                pending: VecDeque::new(),
                decisions: Vec::new(),
            }),
        }))
    }

    /// The sessions between two local dates (inclusive), oldest first, with their sets counted.
    pub fn history(&self, from: String, to: String) -> Result<Vec<HistoryEntry>, KernkrachtError> {
        let sessions = self.store.sessions_between(&from, &to)?;
        sessions
            .into_iter()
            .map(|session| {
                let sets = self.store.sets(session.id)?;
                let count = |outcome| sets.iter().filter(|s| s.outcome == outcome).count() as u32;
                Ok(HistoryEntry {
                    sets_done: count(SetOutcome::Done),
                    sets_partial: count(SetOutcome::Partial),
                    sets_skipped: count(SetOutcome::Skipped),
                    session,
                })
            })
            .collect()
    }

    /// The sets of one session, in the order they were done.
    pub fn session_sets(&self, session_id: i64) -> Result<Vec<SetRecord>, KernkrachtError> {
        Ok(self.store.sets(session_id)?)
    }
}

#[uniffi::export]
impl GuidedSession {
    /// The plan the session follows.
    pub fn plan(&self) -> PlannedSession {
        self.plan.clone()
    }

    /// The stored session's id, once it began.
    pub fn session_id(&self) -> Option<i64> {
        self.lock().session_id
    }

    /// Lets time pass; call it a few times a second while the session is on screen.
    pub fn tick(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.tick(now_ms))
    }

    /// The pain score 0–10 (before, after, or during the session).
    pub fn report_pain(&self, level: u8, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.report_pain(level, now_ms))
    }

    /// Perceived effort 0–10, saved with the session.
    pub fn report_effort(&self, level: u8) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.report_effort(level))
    }

    /// Skips a question, the get-ready time, a relaxation or a rest.
    pub fn next(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.next(now_ms))
    }

    /// The user finished the set (or stops a hold early).
    pub fn done(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.done(now_ms))
    }

    /// The repetitions reached in a maximum test.
    pub fn report_count(&self, reps: u32, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.report_count(reps, now_ms))
    }

    /// "It hurts."
    pub fn hurts(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.hurts(now_ms))
    }

    pub fn skip_exercise(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.skip_exercise(now_ms))
    }

    pub fn pause(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.pause(now_ms))
    }

    pub fn resume(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.resume(now_ms))
    }

    /// Stops the session; everything done so far stays.
    pub fn abort(&self, now_ms: i64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.abort(now_ms))
    }

    /// Whether a cuff is connected: cuff holds count only with it, and only inside the band.
    pub fn cuff_connected(&self, connected: bool) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.cuff_connected(connected))
    }

    /// One cuff reading.
    pub fn pressure(&self, t_ms: i64, mmhg: f64) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r| r.pressure(t_ms, mmhg))
    }
}

impl GuidedSession {
    /// A cuff reading from a stream attached to the session; it changes no cue and no
    /// record, so it needs no update of its own.
    pub(crate) fn feed_pressure(&self, t_ms: i64, mmhg: f64) {
        self.lock().runner.pressure(t_ms, mmhg);
    }

    /// The attached cuff's link came up or went down.
    pub(crate) fn feed_cuff_connected(&self, connected: bool) {
        self.lock().runner.cuff_connected(connected);
    }

    fn lock(&self) -> MutexGuard<'_, SessionState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Applies an action, writes what it recorded, and reports the outcome.
    fn act(&self, action: impl FnOnce(&mut Runner)) -> Result<SessionUpdate, KernkrachtError> {
        let mut state = self.lock();
        action(&mut state.runner);
        let effects = state.runner.take_effects();
        state.pending.extend(effects);
        self.write_pending(&mut state)?;
        Ok(SessionUpdate {
            view: state.runner.view(),
            cues: state.runner.take_cues(),
            decisions: state.decisions.clone(),
        })
    }

    fn write_pending(&self, state: &mut SessionState) -> Result<(), KernkrachtError> {
        let store = &self.app.store;
        while let Some(effect) = state.pending.front().cloned() {
            match effect {
                Effect::Begin { at_ms, pain_before } => {
                    let plan = serde_json::to_string(&self.plan)
                        .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
                    let id =
                        store.start_session(&self.local_date, at_ms, pain_before, Some(&plan))?;
                    log::info!("session {id} began");
                    state.session_id = Some(id);
                }
                Effect::Set(set, pressure) => {
                    let id = state.session_id.ok_or_else(not_begun)?;
                    let written = match &pressure {
                        Some(pressure) => store.record_cuff_set(id, &set, pressure, None),
                        None => store.record_set(id, &set),
                    };
                    match written {
                        Ok(_) => {}
                        // Refused for good (a duplicate): retrying would only block every
                        // record after it.
                        Err(StoreError::Invalid(problem)) => {
                            log::error!("set of {} not recorded: {problem}", set.exercise_id)
                        }
                        Err(error) => return Err(error.into()),
                    }
                }
                Effect::Finish {
                    status,
                    at_ms,
                    pain_after,
                    effort,
                } => {
                    let id = state.session_id.ok_or_else(not_begun)?;
                    store.finish_session(id, status, at_ms, pain_after, effort, "")?;
                    log::info!("session {id} ended: {status:?}");
                    if matches!(status, SessionStatus::Completed | SessionStatus::Aborted) {
                        let now = jiff::Timestamp::from_millisecond(at_ms)
                            .map_err(|e| KernkrachtError::InvalidInput(e.to_string()))?;
                        state.decisions = coach::evaluate(store, Catalogue::builtin()?, id, now)?;
                    }
                }
            }
            state.pending.pop_front();
        }
        Ok(())
    }
}

fn not_begun() -> KernkrachtError {
    KernkrachtError::InvalidInput("the session has not begun".into())
}
