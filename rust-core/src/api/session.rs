//! The guided session for the shells: start today's session, drive it with the user's
//! actions and the device's clock, and render what each call returns.
//!
//! Each call returns the screen to render and the cues to speak, play or vibrate. The runner
//! and the recorder have separate locks: a cuff reading arriving on a Bluetooth thread never
//! waits for a database write, and writes happen in the order the runner produced them.

use std::sync::{Arc, Mutex, MutexGuard};

use serde::Serialize;

use crate::api::app::{catalogue, Kernkracht};
use crate::api::KernkrachtError;
use crate::coach::{self, check_score, Failure, Recorder, Score};
use crate::program::PlannedSession;
use crate::screens::session::{self as screen, CueEffect, SessionScreen};
use crate::session::Runner;

/// What a call to the session changed.
#[derive(Debug, Clone, PartialEq, Serialize, uniffi::Record)]
pub struct SessionUpdate {
    pub screen: SessionScreen,
    /// Cues since the last call, in order.
    pub cues: Vec<CueEffect>,
}

/// A guided session in progress. Letting it go before it ended stops it as aborted, keeping
/// what was done.
#[derive(uniffi::Object)]
pub struct GuidedSession {
    app: Arc<Kernkracht>,
    runner: Mutex<Runner>,
    recorder: Mutex<Recorder>,
}

#[uniffi::export]
impl Kernkracht {
    /// Starts today's session. It asks the pain before first; nothing is stored until that
    /// is answered or skipped. Refused with `SafetyBlock` while a warning sign stands.
    pub fn start_guided_session(self: Arc<Self>) -> Result<Arc<GuidedSession>, KernkrachtError> {
        self.call(|| {
            let (now, zone) = self.now()?;
            let catalogue = catalogue()?;
            let facts = coach::today(&self.store, catalogue, now, &zone)?;
            let plan = facts.plan.map_err(Failure::Blocked)?;
            let runner = Runner::new(&plan, catalogue, now.as_millisecond());
            Ok(Arc::new(GuidedSession {
                recorder: Mutex::new(Recorder::new(plan, facts.date.to_string())),
                runner: Mutex::new(runner),
                app: self.clone(),
            }))
        })
    }
}

#[uniffi::export]
impl GuidedSession {
    /// The plan the session follows.
    pub fn plan(&self) -> PlannedSession {
        self.recorder().plan().clone()
    }

    /// The stored session's id, once it began.
    pub fn session_id(&self) -> Option<i64> {
        self.recorder().session_id()
    }

    /// The screen as it is now, without changing anything.
    pub fn screen(&self) -> Result<SessionScreen, KernkrachtError> {
        self.app.call(|| {
            let decisions = self.recorder().decisions().to_vec();
            let view = self.runner().view();
            Ok(screen::build(
                &view,
                &decisions,
                catalogue()?,
                self.app.language(),
            ))
        })
    }

    /// Lets time pass; call it a few times a second while the session is on screen.
    pub fn tick(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.tick(now))
    }

    /// The pain score 0–10, before or after the session (or during it, when it rose).
    pub fn report_pain(&self, level: u32) -> Result<SessionUpdate, KernkrachtError> {
        let level = self.app.call(|| check_score(Score::Pain, level))?;
        self.act(|r, now| r.report_pain(level, now))
    }

    /// Perceived effort 0–10, saved with the session.
    pub fn report_effort(&self, level: u32) -> Result<SessionUpdate, KernkrachtError> {
        let level = self.app.call(|| check_score(Score::Effort, level))?;
        self.act(|r, _| r.report_effort(level))
    }

    /// Skips a question, the get-ready time, a relaxation or a rest.
    pub fn next(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.next(now))
    }

    /// The user finished the set (or stops a hold early).
    pub fn done(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.done(now))
    }

    /// The repetitions reached in a maximum test.
    pub fn report_count(&self, reps: u32) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.report_count(reps, now))
    }

    /// "It hurts."
    pub fn hurts(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.hurts(now))
    }

    pub fn skip_exercise(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.skip_exercise(now))
    }

    pub fn pause(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.pause(now))
    }

    pub fn resume(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.resume(now))
    }

    /// Stops the session; everything done so far stays.
    pub fn stop(&self) -> Result<SessionUpdate, KernkrachtError> {
        self.act(|r, now| r.abort(now))
    }
}

impl GuidedSession {
    /// A cuff reading from a stream attached to the session, stamped on the app's clock; it
    /// changes no cue and no record, so it needs no update of its own.
    pub(crate) fn feed_pressure(&self, t_ms: i64, mmhg: f64) {
        self.runner().pressure(t_ms, mmhg);
    }

    /// The attached cuff's link came up or went down.
    pub(crate) fn feed_cuff_connected(&self, connected: bool) {
        self.runner().cuff_connected(connected);
    }

    fn runner(&self) -> MutexGuard<'_, Runner> {
        self.runner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn recorder(&self) -> MutexGuard<'_, Recorder> {
        self.recorder.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Applies an action at the clock's now, writes what it recorded (holding only the
    /// recorder's lock), and reports the outcome.
    fn act(&self, action: impl FnOnce(&mut Runner, i64)) -> Result<SessionUpdate, KernkrachtError> {
        self.app.call(|| {
            let catalogue = catalogue()?;
            let language = self.app.language();
            let mut recorder = self.recorder();
            let (view, cues, effects) = {
                let mut runner = self.runner();
                action(&mut runner, self.app.device.clock.now_ms());
                (runner.view(), runner.take_cues(), runner.take_effects())
            };
            let finished_now = !effects.is_empty() && view_is_over(&view);
            recorder.record(effects, &self.app.store, catalogue)?;
            if finished_now {
                self.app.reschedule()?;
            }
            let exercise = view
                .exercise_id
                .as_deref()
                .and_then(|id| catalogue.exercise(id));
            Ok(SessionUpdate {
                screen: screen::build(&view, recorder.decisions(), catalogue, language),
                cues: cues
                    .into_iter()
                    .map(|cue| screen::cue_effect(cue, exercise, language))
                    .collect(),
            })
        })
    }
}

fn view_is_over(view: &crate::session::RunnerView) -> bool {
    matches!(
        view.stage,
        crate::session::Stage::Finished | crate::session::Stage::Ended
    )
}

impl Drop for GuidedSession {
    /// A session let go before it ended (the screen closed, the app quit) ends as aborted,
    /// with what was done kept.
    fn drop(&mut self) {
        let open = self.recorder().is_open();
        if open {
            let result = self.act(|r, now| r.abort(now));
            if let Err(error) = result {
                log::warn!("the abandoned session could not be closed: {error}");
            }
        }
    }
}
