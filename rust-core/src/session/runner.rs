//! The guided session as a state machine the shells drive with their own clock.
//!
//! Sans-IO: the shell calls [`Runner::tick`] with the time and the user's actions; the runner
//! answers with cues to speak or beep, a view to render, and effects for storage (the session
//! began, a set ended, the session finished). Every set is handed out the moment it ends, so
//! an abort or a crash loses at most the set in progress.
//!
//! Timing: a hold ends on the first tick at or after its length; time left over carries into
//! what comes next, so coarse ticks do not stretch a session. Pause freezes every countdown.
//! A gap between ticks of more than [`MAX_GAP_MS`] (the phone slept, the app went to the
//! background) pauses the session at the last tick instead of counting the gap: nobody can
//! tell whether the user kept holding, and a hold or rest that silently finished in the
//! background would be lost to the user. A clock that runs backwards counts as no time.
//!
//! Pain: the score before and after is asked (0–10). Saying a stretch (or any exercise that
//! must not hurt, leaflet 001) hurts stops that exercise; other exercises note the pain and
//! go on. A pain score during the session of [`LARGE_PAIN_RISE`] or more above the score
//! before ends the session early with advice. A basic exercise that hurts today drops
//! today's main part (leaflet 001: begin with the pelvic tilt and the basics, and go on only
//! if they went without problems); the stretches still follow.

use crate::catalogue::{Catalogue, PainRule};
use crate::history::{PressureSummary, SessionStatus, SetOutcome, SetRecord};
use crate::program::{Part, PlannedSession};

use super::band::{engine_bands, BandGate, GateFactory};
use super::cues::{Cue, EndReason, PauseReason, RunnerView, Stage};
use super::tally::Tally;
use super::units::{units, Pace, Unit};

/// Ticks further apart than this pause the session instead of counting the gap.
pub const MAX_GAP_MS: i64 = 60_000;
/// Time to read a new exercise and take the position.
pub const GET_READY_MS: i64 = 10_000;
/// The 3-2-1 before a further set.
pub const COUNTDOWN_MS: i64 = 3_000;
/// A pain score this much above the one before ends the session.
pub const LARGE_PAIN_RISE: u8 = 3;
/// A cuff reading older than this no longer counts as in the band (a dropout).
pub const READING_FRESH_MS: i64 = 1_000;
/// Holds at least this long get a halfway cue.
const HALFWAY_FROM_MS: u32 = 10_000;

/// What storage must record.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    Begin {
        at_ms: i64,
        pain_before: Option<u8>,
    },
    /// A set ended; for a cuff set done with a cuff connected, what the cuff measured.
    Set(SetRecord, Option<PressureSummary>),
    Finish {
        status: SessionStatus,
        at_ms: i64,
        pain_after: Option<u8>,
        effort: Option<u8>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Inner {
    PainBefore,
    GetReady { left_ms: i64 },
    Work { rep: u32, elapsed_ms: i64 },
    Relax { rep: u32, left_ms: i64 },
    Rest { left_ms: i64 },
    AwaitingCount,
    PainAfter,
    Finished,
    Ended(EndReason),
}

/// A guided session in progress.
pub struct Runner {
    units: Vec<Unit>,
    exercise_count: u32,
    index: usize,
    inner: Inner,
    paused: Option<PauseReason>,
    last_tick: i64,
    hurt: bool,
    /// A basic exercise hurt this session: the main part is left out.
    basics_hurt: bool,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    effort: Option<u8>,
    cuff_connected: bool,
    gate_factory: GateFactory,
    gate: Option<Box<dyn BandGate>>,
    in_band: bool,
    last_reading_ms: Option<i64>,
    tally: Tally,
    cues: Vec<Cue>,
    effects: Vec<Effect>,
}

impl Runner {
    /// A runner for `plan`, judging cuff holds with the biofeedback engine.
    pub fn new(plan: &PlannedSession, catalogue: &Catalogue, now_ms: i64) -> Runner {
        Runner::with_gates(plan, catalogue, now_ms, engine_bands())
    }

    /// A runner whose cuff exercises are judged by gates from `gate_factory`.
    pub fn with_gates(
        plan: &PlannedSession,
        catalogue: &Catalogue,
        now_ms: i64,
        gate_factory: GateFactory,
    ) -> Runner {
        let units = units(plan, catalogue);
        Runner {
            exercise_count: units.last().map_or(0, |u| u.exercise as u32 + 1),
            units,
            index: 0,
            inner: Inner::PainBefore,
            paused: None,
            last_tick: now_ms,
            hurt: false,
            basics_hurt: false,
            pain_before: None,
            pain_after: None,
            effort: None,
            cuff_connected: false,
            gate_factory,
            gate: None,
            in_band: false,
            last_reading_ms: None,
            tally: Tally::default(),
            cues: Vec::new(),
            effects: Vec::new(),
        }
    }

    /// Cues since the last call, in order.
    pub fn take_cues(&mut self) -> Vec<Cue> {
        std::mem::take(&mut self.cues)
    }

    /// Effects since the last call, in order: apply each to storage.
    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    pub fn is_over(&self) -> bool {
        matches!(self.inner, Inner::Finished | Inner::Ended(_))
    }

    /// Lets time pass up to `now_ms`.
    pub fn tick(&mut self, now_ms: i64) {
        let dt = now_ms.saturating_sub(self.last_tick).max(0);
        if self.paused.is_some() || self.is_over() {
            self.last_tick = now_ms.max(self.last_tick);
            return;
        }
        if dt > MAX_GAP_MS {
            // Stay at the last tick: the gap is not counted; resume() restarts the clock.
            self.paused = Some(PauseReason::ClockJump);
            return;
        }
        self.last_tick = now_ms.max(self.last_tick);
        self.advance(dt, now_ms);
    }

    /// The pain score (0–10): before the start, after the end, or during the session.
    pub fn report_pain(&mut self, level: u8, now_ms: i64) {
        let level = level.min(10);
        self.tick(now_ms);
        match self.inner {
            Inner::PainBefore => {
                self.pain_before = Some(level);
                self.begin(now_ms);
            }
            Inner::PainAfter => {
                self.pain_after = Some(level);
                self.finish(SessionStatus::Completed, now_ms);
            }
            Inner::Finished | Inner::Ended(_) => {}
            _ if level >= self.pain_before.unwrap_or(0) + LARGE_PAIN_RISE
                && self.pain_before.is_some() =>
            {
                self.pain_after = Some(level);
                self.end(EndReason::PainRose, now_ms);
            }
            _ => {}
        }
    }

    /// Perceived effort (0–10), saved when the session finishes.
    pub fn report_effort(&mut self, level: u8) {
        self.effort = Some(level.min(10));
    }

    /// Moves on: skips the pain question, the get-ready time, a relaxation or a rest.
    pub fn next(&mut self, now_ms: i64) {
        self.tick(now_ms);
        match self.inner {
            Inner::PainBefore => self.begin(now_ms),
            Inner::PainAfter => self.finish(SessionStatus::Completed, now_ms),
            Inner::GetReady { .. } => self.start(),
            Inner::Relax { rep, .. } => self.work(rep + 1),
            Inner::Rest { .. } => self.enter(self.index + 1),
            _ => {}
        }
    }

    /// "Done": a paced set is finished (the user was quicker than the pace); a hold ends
    /// early and counts as partial.
    pub fn done(&mut self, now_ms: i64) {
        self.tick(now_ms);
        let Inner::Work { rep, elapsed_ms } = self.inner else {
            return;
        };
        match self.unit().pace {
            Pace::Timed {
                reps, hold: false, ..
            } => self.end_set(SetOutcome::Done, Some(reps), None, now_ms),
            Pace::Timed {
                reps,
                work_ms,
                hold: true,
                ..
            } => {
                let (done_reps, held) = if rep > 1 {
                    (rep - 1, work_ms)
                } else {
                    (0, elapsed_ms as u32)
                };
                let reps_field = (reps > 1).then_some(done_reps);
                self.end_set(SetOutcome::Partial, reps_field, Some(held), now_ms)
            }
            Pace::MaxTest => self.inner = Inner::AwaitingCount,
        }
    }

    /// The repetitions of a maximum test.
    pub fn report_count(&mut self, reps: u32, now_ms: i64) {
        self.tick(now_ms);
        if self.unit_exists()
            && self.unit().pace == Pace::MaxTest
            && matches!(self.inner, Inner::AwaitingCount | Inner::Work { .. })
        {
            self.end_set(SetOutcome::Done, Some(reps), None, now_ms);
        }
    }

    /// "It hurts": stops an exercise that must not hurt (a stretch, leaflet 001); other
    /// exercises note it and go on.
    pub fn hurts(&mut self, now_ms: i64) {
        self.tick(now_ms);
        if !self.unit_exists() || !matches!(self.inner, Inner::Work { .. } | Inner::Relax { .. }) {
            return;
        }
        self.hurt = true;
        self.basics_hurt |= self.unit().part == Part::Basics;
        if self.unit().is_stretch || self.unit().pain_rule == PainRule::MustNotHurt {
            self.record_in_progress(now_ms);
            self.skip_rest_of_exercise(now_ms);
        }
    }

    /// Skips the rest of the current exercise.
    pub fn skip_exercise(&mut self, now_ms: i64) {
        self.tick(now_ms);
        if !self.unit_exists()
            || self.is_over()
            || matches!(self.inner, Inner::PainBefore | Inner::PainAfter)
        {
            return;
        }
        if !matches!(self.inner, Inner::Rest { .. }) {
            self.record_in_progress(now_ms);
        }
        self.skip_rest_of_exercise(now_ms);
    }

    pub fn pause(&mut self, now_ms: i64) {
        self.tick(now_ms);
        if !self.is_over() {
            self.paused.get_or_insert(PauseReason::User);
        }
    }

    pub fn resume(&mut self, now_ms: i64) {
        self.paused = None;
        self.last_tick = now_ms;
    }

    /// Stops the session; the sets done so far stay recorded.
    pub fn abort(&mut self, now_ms: i64) {
        if self.is_over() {
            return;
        }
        self.record_in_progress(now_ms);
        self.end(EndReason::Aborted, now_ms);
    }

    /// Whether a cuff is connected (a dropped link pauses the counting of cuff holds).
    pub fn cuff_connected(&mut self, connected: bool) {
        self.cuff_connected = connected;
    }

    /// A cuff reading.
    pub fn pressure(&mut self, t_ms: i64, mmhg: f64) {
        if let Some(gate) = self.gate.as_mut() {
            self.in_band = gate.in_band(t_ms, mmhg);
            self.last_reading_ms = Some(t_ms);
            let holding = matches!(self.inner, Inner::Work { .. })
                && self.paused.is_none()
                && self.cuff_connected;
            if holding {
                self.tally.reading(mmhg, self.in_band, gate.band(), gate.compensating());
            }
        }
    }

    /// What the shell shows now.
    pub fn view(&self) -> RunnerView {
        let unit = self.units.get(self.index);
        let (rep, reps, remaining_ms) = match (self.inner, unit.map(|u| u.pace)) {
            (Inner::Work { rep, elapsed_ms }, Some(Pace::Timed { reps, work_ms, .. })) => (
                rep,
                Some(reps),
                Some((i64::from(work_ms) - elapsed_ms).max(0) as u32),
            ),
            (Inner::Relax { rep, .. }, Some(Pace::Timed { reps, .. })) => (rep, Some(reps), None),
            (_, Some(Pace::Timed { reps, .. })) => (1, Some(reps), None),
            _ => (1, None, None),
        };
        let rest_remaining_ms = match self.inner {
            Inner::GetReady { left_ms }
            | Inner::Rest { left_ms }
            | Inner::Relax { left_ms, .. } => Some(left_ms.max(0) as u32),
            _ => None,
        };
        let (work_ms, hold) = match unit.map(|u| u.pace) {
            Some(Pace::Timed { work_ms, hold, .. }) => (Some(work_ms), hold),
            _ => (None, false),
        };
        let wait_ms = match (self.inner, unit) {
            (Inner::GetReady { .. }, Some(u)) if u.first_of_exercise => Some(GET_READY_MS as u32),
            (Inner::GetReady { .. }, Some(_)) => Some(COUNTDOWN_MS as u32),
            (Inner::Rest { .. }, Some(u)) => Some(u.rest_after_ms),
            (Inner::Relax { .. }, Some(u)) => match u.pace {
                Pace::Timed { relax_ms, .. } => Some(relax_ms),
                Pace::MaxTest => None,
            },
            _ => None,
        };
        let next_exercise_id = unit.and_then(|u| {
            self.units[self.index..]
                .iter()
                .find(|n| n.exercise != u.exercise)
                .map(|n| n.exercise_id.clone())
        });
        let shown = unit.filter(|_| {
            !matches!(
                self.inner,
                Inner::PainBefore | Inner::PainAfter | Inner::Finished | Inner::Ended(_)
            )
        });
        let cuff_shown = shown.is_some_and(|u| u.pbu.is_some()) && self.cuff_connected;
        RunnerView {
            stage: self.stage(),
            exercise_id: shown.map(|u| u.exercise_id.clone()),
            part: shown.map(|u| u.part),
            exercise_number: shown.map_or(0, |u| u.exercise as u32 + 1),
            exercise_count: self.exercise_count,
            set: shown.map_or(0, |u| u.set_index + 1),
            sets: shown.map_or(0, |u| u.sets),
            side: shown.map_or(crate::history::Side::None, |u| self.side_now(u, rep)),
            rep,
            reps,
            remaining_ms,
            work_ms: remaining_ms.and(work_ms),
            hold,
            max_test: shown.is_some_and(|u| u.pace == Pace::MaxTest),
            rest_remaining_ms,
            wait_ms: rest_remaining_ms.and(wait_ms),
            next_exercise_id: shown.and(next_exercise_id),
            progress: if self.units.is_empty() {
                1.0
            } else {
                self.index.min(self.units.len()) as f64 / self.units.len() as f64
            },
            in_band: cuff_shown.then_some(self.in_band),
            hints: match (&self.gate, cuff_shown) {
                (Some(gate), true) => gate.hints().iter().collect(),
                _ => Vec::new(),
            },
            paused: self.paused,
            ended: match self.inner {
                Inner::Ended(reason) => Some(reason),
                _ => None,
            },
            pain_before: self.pain_before,
            pain_after: self.pain_after,
        }
    }

    fn stage(&self) -> Stage {
        if self.paused.is_some() {
            return Stage::Paused;
        }
        match self.inner {
            Inner::PainBefore => Stage::PainBefore,
            Inner::GetReady { .. } => Stage::GetReady,
            Inner::Work { .. } => Stage::Working,
            Inner::Relax { .. } => Stage::Relaxing,
            Inner::Rest { .. } => Stage::Resting,
            Inner::AwaitingCount => Stage::AwaitingCount,
            Inner::PainAfter => Stage::PainAfter,
            Inner::Finished => Stage::Finished,
            Inner::Ended(_) => Stage::Ended,
        }
    }

    fn side_now(&self, unit: &Unit, rep: u32) -> crate::history::Side {
        use crate::history::Side;
        if unit.alternate_each_rep {
            if rep % 2 == 1 {
                Side::Left
            } else {
                Side::Right
            }
        } else {
            unit.side
        }
    }

    fn unit_exists(&self) -> bool {
        self.index < self.units.len()
    }

    fn unit(&self) -> &Unit {
        &self.units[self.index]
    }

    fn begin(&mut self, now_ms: i64) {
        self.effects.push(Effect::Begin {
            at_ms: now_ms,
            pain_before: self.pain_before,
        });
        self.enter(0);
    }

    /// Goes to unit `index`: its get-ready time, or the pain question after the last one.
    fn enter(&mut self, index: usize) {
        let index = self.past_a_dropped_main_part(index);
        let previous = self.units.get(self.index).cloned();
        self.index = index;
        self.hurt = false;
        self.tally = Tally::default();
        let Some(unit) = self.units.get(index).cloned() else {
            self.inner = Inner::PainAfter;
            return;
        };
        if unit.first_of_exercise {
            self.gate = unit.pbu.as_ref().map(|target| (self.gate_factory)(target));
            self.in_band = false;
            self.last_reading_ms = None;
            self.cues.push(Cue::GetReady);
            self.inner = Inner::GetReady {
                left_ms: GET_READY_MS,
            };
        } else {
            if previous.is_some_and(|p| p.exercise == unit.exercise && p.side != unit.side) {
                self.cues.push(Cue::SwitchSides);
            }
            self.inner = Inner::GetReady {
                left_ms: COUNTDOWN_MS,
            };
        }
    }

    /// `index`, or the first unit after the main part when a basic exercise hurt and the
    /// main part starts at `index`.
    fn past_a_dropped_main_part(&mut self, index: usize) -> usize {
        let entering_main = self.units.get(index).is_some_and(|u| u.part == Part::Main);
        if !(self.basics_hurt && entering_main) {
            return index;
        }
        self.cues.push(Cue::MainPartDropped);
        self.units[index..]
            .iter()
            .position(|u| u.part != Part::Main)
            .map_or(self.units.len(), |offset| index + offset)
    }

    fn start(&mut self) {
        self.cues.push(Cue::Start);
        self.work(1);
    }

    fn work(&mut self, rep: u32) {
        let (pace, alternate, breathe_out) = {
            let unit = self.unit();
            (unit.pace, unit.alternate_each_rep, unit.breathe_out)
        };
        if pace == Pace::MaxTest {
            self.inner = Inner::Work { rep, elapsed_ms: 0 };
            return;
        }
        if let Pace::Timed { reps, .. } = pace {
            if reps > 1 {
                self.cues.push(Cue::Repetition { number: rep });
            }
        }
        if alternate && rep > 1 {
            self.cues.push(Cue::SwitchSides);
        }
        if breathe_out {
            self.cues.push(Cue::BreatheOut);
        }
        self.inner = Inner::Work { rep, elapsed_ms: 0 };
    }

    fn advance(&mut self, mut dt: i64, now_ms: i64) {
        while dt > 0 {
            match self.inner {
                Inner::GetReady { left_ms } => {
                    let after = left_ms - dt;
                    for second in [3, 2, 1] {
                        let mark = i64::from(second) * 1000;
                        if left_ms >= mark && after < mark {
                            self.cues.push(Cue::Countdown { seconds: second });
                        }
                    }
                    if after <= 0 {
                        dt = -after;
                        self.start();
                    } else {
                        self.inner = Inner::GetReady { left_ms: after };
                        dt = 0;
                    }
                }
                Inner::Work { rep, elapsed_ms } => {
                    let Pace::Timed {
                        reps,
                        work_ms,
                        relax_ms,
                        hold,
                    } = self.unit().pace
                    else {
                        return; // a maximum test waits for the user
                    };
                    if !self.counting(hold, now_ms) {
                        return;
                    }
                    let work_ms = i64::from(work_ms);
                    let after = elapsed_ms + dt;
                    if hold
                        && reps == 1
                        && work_ms >= i64::from(HALFWAY_FROM_MS)
                        && elapsed_ms * 2 < work_ms
                        && after * 2 >= work_ms
                    {
                        self.cues.push(Cue::Halfway);
                    }
                    if after < work_ms {
                        self.inner = Inner::Work {
                            rep,
                            elapsed_ms: after,
                        };
                        return;
                    }
                    dt = after - work_ms;
                    if rep < reps {
                        if relax_ms > 0 {
                            self.cues.push(Cue::Relax);
                            self.inner = Inner::Relax {
                                rep,
                                left_ms: i64::from(relax_ms),
                            };
                        } else {
                            self.work(rep + 1);
                        }
                    } else {
                        let held = hold.then_some(work_ms as u32);
                        self.end_set(
                            SetOutcome::Done,
                            (reps > 1 || !hold).then_some(reps),
                            held,
                            now_ms,
                        );
                    }
                }
                Inner::Relax { rep, left_ms } => {
                    if dt >= left_ms {
                        dt -= left_ms;
                        self.work(rep + 1);
                    } else {
                        self.inner = Inner::Relax {
                            rep,
                            left_ms: left_ms - dt,
                        };
                        dt = 0;
                    }
                }
                Inner::Rest { left_ms } => {
                    if dt >= left_ms {
                        dt -= left_ms;
                        self.enter(self.index + 1);
                    } else {
                        self.inner = Inner::Rest {
                            left_ms: left_ms - dt,
                        };
                        dt = 0;
                    }
                }
                _ => return,
            }
        }
    }

    /// Whether time counts now: always, except during a cuff hold with a cuff connected,
    /// which counts only while a fresh reading is in the band.
    fn counting(&self, hold: bool, now_ms: i64) -> bool {
        if !(hold && self.cuff_connected && self.unit().pbu.is_some()) {
            return true;
        }
        self.in_band
            && self
                .last_reading_ms
                .is_some_and(|t| now_ms - t <= READING_FRESH_MS)
    }

    fn end_set(
        &mut self,
        outcome: SetOutcome,
        reps: Option<u32>,
        hold_ms: Option<u32>,
        now_ms: i64,
    ) {
        let unit = self.unit().clone();
        self.record(
            SetRecord {
                exercise_id: unit.exercise_id.clone(),
                set_index: unit.set_index,
                side: unit.side,
                outcome,
                reps,
                hold_ms,
                hurt: self.hurt,
                recorded_at_ms: now_ms,
            },
            &unit,
        );
        self.cues.push(Cue::SetDone);
        if unit.last_of_exercise {
            self.cues.push(Cue::ExerciseDone);
        }
        if unit.rest_after_ms > 0 {
            self.cues.push(Cue::Rest);
            self.inner = Inner::Rest {
                left_ms: i64::from(unit.rest_after_ms),
            };
        } else {
            self.enter(self.index + 1);
        }
    }

    /// Records the set in progress as partial, if any of it was done.
    fn record_in_progress(&mut self, now_ms: i64) {
        if !self.unit_exists() {
            return;
        }
        let unit = self.unit().clone();
        let (reps, hold_ms) = match (self.inner, unit.pace) {
            (Inner::Work { rep, elapsed_ms }, Pace::Timed { reps, hold, .. }) => {
                let done = rep - 1;
                (
                    (reps > 1 || !hold).then_some(done),
                    hold.then_some(elapsed_ms as u32),
                )
            }
            (
                Inner::Relax { rep, .. },
                Pace::Timed {
                    reps,
                    work_ms,
                    hold,
                    ..
                },
            ) => ((reps > 1 || !hold).then_some(rep), hold.then_some(work_ms)),
            _ => return,
        };
        if reps.unwrap_or(0) == 0 && hold_ms.unwrap_or(0) == 0 && !self.hurt {
            return;
        }
        self.record(
            SetRecord {
                exercise_id: unit.exercise_id.clone(),
                set_index: unit.set_index,
                side: unit.side,
                outcome: SetOutcome::Partial,
                reps,
                hold_ms,
                hurt: self.hurt,
                recorded_at_ms: now_ms,
            },
            &unit,
        );
    }

    /// Hands out a set done (fully or in part), with what the cuff measured during it.
    fn record(&mut self, set: SetRecord, unit: &Unit) {
        let pressure = unit
            .pbu
            .as_ref()
            .and_then(|target| self.tally.summary(f64::from(target.start_mmhg)));
        self.tally = Tally::default();
        self.effects.push(Effect::Set(set, pressure));
    }

    /// Marks the remaining sets of the current exercise as skipped and moves to the next one.
    fn skip_rest_of_exercise(&mut self, now_ms: i64) {
        let exercise = self.unit().exercise;
        // The set in progress was just recorded as partial; a set followed by its rest was
        // recorded when it ended. Either way the next unit is the first to skip.
        let recorded = match self.inner {
            Inner::Work { .. } | Inner::Relax { .. } | Inner::Rest { .. } => self.index + 1,
            _ => self.index,
        };
        for unit in self.units[recorded..]
            .iter()
            .take_while(|u| u.exercise == exercise)
        {
            self.effects.push(Effect::Set(
                SetRecord {
                    exercise_id: unit.exercise_id.clone(),
                    set_index: unit.set_index,
                    side: unit.side,
                    outcome: SetOutcome::Skipped,
                    reps: None,
                    hold_ms: None,
                    hurt: false,
                    recorded_at_ms: now_ms,
                },
                None,
            ));
        }
        let next = self.units[self.index..]
            .iter()
            .position(|u| u.exercise != exercise)
            .map_or(self.units.len(), |offset| self.index + offset);
        self.cues.push(Cue::ExerciseDone);
        self.enter(next);
    }

    fn finish(&mut self, status: SessionStatus, now_ms: i64) {
        self.effects.push(Effect::Finish {
            status,
            at_ms: now_ms,
            pain_after: self.pain_after,
            effort: self.effort,
        });
        self.cues.push(Cue::SessionDone);
        self.inner = Inner::Finished;
        self.paused = None;
    }

    fn end(&mut self, reason: EndReason, now_ms: i64) {
        // An ended session is no longer paused: the screen must offer only closing it.
        self.paused = None;
        if matches!(self.inner, Inner::PainBefore) {
            self.inner = Inner::Ended(reason);
            return; // nothing began, nothing to record
        }
        self.effects.push(Effect::Finish {
            status: SessionStatus::Aborted,
            at_ms: now_ms,
            pain_after: self.pain_after,
            effort: self.effort,
        });
        self.inner = Inner::Ended(reason);
    }
}
