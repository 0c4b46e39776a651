//! Recording a guided session as it happens: the runner hands out what to record (the
//! session began, a set ended, the session finished) and the recorder writes it, in order.
//! A write that fails (the disk is full, the database busy) keeps its record and everything
//! after it queued, to be written on the next call; a record refused for good (a duplicate
//! set) is logged and dropped so it cannot block the rest. When the session ends it is judged
//! at once, and the decisions are kept for the result screen.

use std::collections::VecDeque;

use jiff::Timestamp;

use super::{evaluate, Failure};
use crate::catalogue::Catalogue;
use crate::history::SessionStatus;
use crate::program::{Decision, PlannedSession};
use crate::session::Effect;
use crate::store::{Store, StoreError};

/// The storage side of one guided session.
#[derive(Debug)]
pub struct Recorder {
    plan: PlannedSession,
    local_date: String,
    session_id: Option<i64>,
    pending: VecDeque<Effect>,
    finished: bool,
    decisions: Vec<Decision>,
}

impl Recorder {
    pub fn new(plan: PlannedSession, local_date: String) -> Recorder {
        Recorder {
            plan,
            local_date,
            session_id: None,
            pending: VecDeque::new(),
            finished: false,
            decisions: Vec::new(),
        }
    }

    pub fn plan(&self) -> &PlannedSession {
        &self.plan
    }

    /// The stored session's id, once it began.
    pub fn session_id(&self) -> Option<i64> {
        self.session_id
    }

    /// How each exercise moved on, once the session ended.
    pub fn decisions(&self) -> &[Decision] {
        &self.decisions
    }

    /// The session began and has not been finished in storage.
    pub fn is_open(&self) -> bool {
        self.session_id.is_some() && !self.finished
    }

    /// Queues the runner's effects and writes everything queued, in order.
    pub fn record(
        &mut self,
        effects: Vec<Effect>,
        store: &Store,
        catalogue: &Catalogue,
    ) -> Result<(), Failure> {
        self.pending.extend(effects);
        while let Some(effect) = self.pending.front().cloned() {
            self.write(&effect, store, catalogue)?;
            self.pending.pop_front();
        }
        Ok(())
    }

    fn write(
        &mut self,
        effect: &Effect,
        store: &Store,
        catalogue: &Catalogue,
    ) -> Result<(), Failure> {
        match effect {
            Effect::Begin { at_ms, pain_before } => {
                let plan = serde_json::to_string(&self.plan)
                    .map_err(|e| Failure::Internal(format!("the plan cannot be saved: {e}")))?;
                let id = store.start_session(&self.local_date, *at_ms, *pain_before, Some(&plan))?;
                log::info!("session {id} began");
                self.session_id = Some(id);
            }
            Effect::Set(set, pressure) => {
                let id = self.begun()?;
                let written = match pressure {
                    Some(pressure) => store.record_cuff_set(id, set, pressure, None),
                    None => store.record_set(id, set),
                };
                match written {
                    Ok(_) => {}
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
                let id = self.begun()?;
                store.finish_session(id, *status, *at_ms, *pain_after, *effort, "")?;
                self.finished = true;
                log::info!("session {id} ended: {status:?}");
                if matches!(status, SessionStatus::Completed | SessionStatus::Aborted) {
                    let now = Timestamp::from_millisecond(*at_ms)
                        .map_err(|_| Failure::BadTime(*at_ms))?;
                    self.decisions = evaluate(store, catalogue, id, now)?;
                }
            }
        }
        Ok(())
    }

    fn begun(&self) -> Result<i64, Failure> {
        self.session_id
            .ok_or_else(|| Failure::Internal("a set came before the session began".into()))
    }
}
