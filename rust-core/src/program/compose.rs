//! Composing a session by the leaflets' rules:
//! 1. a light warm-up first (001: walk or cycle a few minutes; plus one of 003's warm-ups);
//! 2. the pelvic tilt and the basic programme, every session (001);
//! 3. only when the basics went without problems last time: a combination from the
//!    different groups (001) — the current phase of the stabilisation track (002; the cuff
//!    exercises when the user has a cuff), strengthening and stabilisation chosen to cover
//!    muscle groups not yet trained in the session, and a mobilisation or relaxation;
//! 4. stretches at the end (001, 004).
//!
//! No session is composed while a red flag or acute pain blocks training (`safety`), so every
//! exercise here is for the post-acute phase. Exercises that need equipment the user lacks,
//! that rest after hurting, or that come later in leaflet 002's order of training (`order`)
//! stay out. Ball variants appear only with
//! a ball, cuff exercises only with a cuff. The choice rotates with the session number, so
//! consecutive sessions differ; an exercise that has grown past its ladder rotates among its
//! harder variants (the hands-and-knees position → arm reach, leg reach). A variant no
//! exercise grows into (003's oblique curl) is an exercise of its own. On the stabilisation
//! track a grown exercise keeps its place before the variant that builds on it (002: draw in,
//! then lift a leg while keeping the contraction).
//!
//! Time: the target is 20 to 30 minutes. At the start a session takes about 25; the main part
//! always holds the track exercise, two strengthening exercises and a mobilisation or
//! relaxation (combining the groups is a rule of 001), plus 003's strengthening that is short
//! of twice a week (`frequency`), and adds more only while the session stays within 30
//! minutes. As the basic programme grows to 10 repetitions a session can reach about 45
//! minutes: the leaflets ask for the basics every time, and that rule wins over the clock.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::catalogue::{Catalogue, Category, Exercise, Muscle};
use crate::profile::{Profile, Screening};

use super::duration::{default_rest, estimate, MAX_TEST_SECONDS};
use super::ladder::{ladder, Ladder, Rung};
use super::frequency;
use super::order;
use super::plan::{Caution, Part, PlannedExercise, PlannedSession};
use super::safety::{self, Block};
use super::state::ProgramState;

/// 001's light warm-up, at the start of every session.
pub const WARM_UP: &str = "light-warm-up-walk-or-cycle";
/// 001's pelvic tilt, first after the warm-up.
pub const PELVIC_TILT: &str = "pelvic-tilt-supine";
/// 001's section heading of the basic programme.
pub const BASIC_PROGRAMME: &str = "Basisprogramma";
/// The deep abdominal contraction without a cuff (000, no. 11): phase 1 for users without one;
/// phase 2 without a cuff is the deep muscles in movement (`order::deep_functional`).
const DEEP_CONTRACTION: &str = "transversus-activation-supine";
/// A session stops growing at this length.
pub const MAX_SECONDS: u32 = 30 * 60;
/// Strengthening exercises in every main part, whatever the time.
const MIN_STRENGTH: usize = 2;
/// Strengthening exercises in the main part, at most.
const MAX_STRENGTH: usize = 3;
const STRETCHES: usize = 2;
const DAY_MS: i64 = 86_400_000;

/// Everything composing a session looks at.
pub struct Context<'a> {
    pub catalogue: &'a Catalogue,
    pub profile: &'a Profile,
    pub screening: Option<&'a Screening>,
    pub state: &'a ProgramState,
    /// The basic exercises went without hurting or a pain set-back last session.
    pub basics_ok: bool,
    /// Pain (before, after) of the recent sessions, oldest first.
    pub recent_pain: &'a [(u8, u8)],
    /// How many sessions of the last seven days (today included) trained each exercise.
    pub done_this_week: &'a BTreeMap<String, u32>,
    pub now_ms: i64,
}

/// Today's session, or why there is none.
pub fn compose(cx: &Context) -> Result<PlannedSession, Block> {
    safety::gate(cx.screening)?;
    let number = cx.state.sessions_done + 1;
    let chooser = Chooser { cx, number };
    let mut plan: Vec<PlannedExercise> = Vec::new();

    let warm_ups = chooser.pool(|e| e.category == Category::WarmUp && e.id != WARM_UP);
    plan.extend(chooser.plan(WARM_UP, Part::WarmUp));
    plan.extend(
        chooser
            .rotate(&warm_ups, 1)
            .iter()
            .filter_map(|e| chooser.plan(&e.id, Part::WarmUp)),
    );

    let basics = chooser.pool(|e| e.section == BASIC_PROGRAMME && e.variant_of.is_none());
    plan.extend(chooser.plan(PELVIC_TILT, Part::Basics));
    plan.extend(
        basics
            .iter()
            .filter_map(|e| chooser.plan(&e.id, Part::Basics)),
    );

    let basic_ids: BTreeSet<&str> = basics.iter().map(|e| e.id.as_str()).collect();
    let stretches =
        chooser.pool(|e| e.category == Category::Stretch && !basic_ids.contains(e.id.as_str()));
    let stretches: Vec<PlannedExercise> = chooser
        .rotate(&stretches, STRETCHES)
        .iter()
        .filter_map(|e| chooser.plan(&e.id, Part::Stretches))
        .collect();

    let mut cautions = Vec::new();
    if !cx.basics_ok {
        cautions.push(Caution::BasicsOnly);
    } else {
        let used: u32 = plan
            .iter()
            .chain(&stretches)
            .map(|p| p.estimated_seconds)
            .sum();
        plan.extend(chooser.main_part(MAX_SECONDS.saturating_sub(used)));
    }
    if safety::worsening(cx.recent_pain) {
        cautions.push(Caution::ContactDoctorOrPhysio);
    }
    plan.extend(stretches);
    // A harder variant can stand for an exercise another part also chose: once is enough.
    let mut seen = BTreeSet::new();
    plan.retain(|p| seen.insert(p.exercise_id.clone()));
    Ok(PlannedSession {
        number,
        estimated_seconds: plan.iter().map(|p| p.estimated_seconds).sum(),
        exercises: plan,
        cautions,
    })
}

struct Chooser<'a> {
    cx: &'a Context<'a>,
    number: u32,
}

impl<'a> Chooser<'a> {
    /// The exercises the user can do today that satisfy `wanted`, in catalogue order.
    fn pool(&self, wanted: impl Fn(&Exercise) -> bool) -> Vec<&'a Exercise> {
        self.cx
            .catalogue
            .exercises()
            .iter()
            .filter(|e| wanted(e) && self.available(e))
            .collect()
    }

    fn available(&self, e: &Exercise) -> bool {
        e.equipment.satisfied_by(&self.cx.profile.equipment)
            && self.cx.state.progress_of(&e.id).paused_until_session < self.number
            && order::in_order(e, self.cx.profile.goal, self.cx.state.stabilisation_phase)
    }

    /// Like `pool`, for the main part: an exercise that has had its most sessions of the
    /// week rests for the day (000: 3× a week). The warm-up, the pelvic tilt, the basics and
    /// the stretches come every session (001), whatever their range.
    fn main_pool(&self, wanted: impl Fn(&Exercise) -> bool) -> Vec<&'a Exercise> {
        self.pool(|e| wanted(e) && !frequency::week_is_full(e, self.cx.done_this_week))
    }

    /// An exercise of its own: not a variant, or a variant no exercise grows into.
    fn standalone(&self, e: &Exercise) -> bool {
        e.variant_of.is_none()
            || !self
                .cx
                .catalogue
                .exercises()
                .iter()
                .any(|other| other.progresses_to.contains(&e.id))
    }

    /// The exercise a variant builds on, if `e` is a variant and it is available.
    fn base_of(&self, e: &Exercise) -> Option<&'a Exercise> {
        let base = self.cx.catalogue.exercise(e.variant_of.as_deref()?)?;
        self.available(base).then_some(base)
    }

    /// A cuff variant whose base has gone well (a step up: two good sessions in a row) takes
    /// turns on the stabilisation track, so a phase's variants (002's B and C) come within
    /// the phase. Other variants wait until their base has grown (the back extensors'
    /// strength after their endurance).
    fn base_went_well(&self, e: &Exercise) -> bool {
        e.pbu.is_some()
            && e.variant_of
                .as_deref()
                .is_some_and(|base| self.cx.state.progress_of(base).step >= 1)
    }

    /// `count` exercises from `pool`, starting at a place that moves on by `count` every
    /// session, so a pool is worked through before anything repeats.
    fn rotate(&self, pool: &[&'a Exercise], count: usize) -> Vec<&'a Exercise> {
        self.rotate_by(pool, count, count)
    }

    /// Like `rotate`, taking `count` but moving on by `stride` every session.
    fn rotate_by(&self, pool: &[&'a Exercise], count: usize, stride: usize) -> Vec<&'a Exercise> {
        if pool.is_empty() {
            return Vec::new();
        }
        let start = (self.number as usize * stride.max(1)) % pool.len();
        pool.iter()
            .cycle()
            .skip(start)
            .take(count.min(pool.len()))
            .copied()
            .collect()
    }

    /// The main part within `budget` seconds: the stabilisation track first, then
    /// strengthening covering new muscle groups, then one mobilisation or relaxation.
    fn main_part(&self, budget: u32) -> Vec<PlannedExercise> {
        let phase = self.cx.state.stabilisation_phase;
        let mut track = self.main_pool(|e| {
            e.stabilisation_phase == Some(phase) && (self.standalone(e) || self.base_went_well(e))
        });
        if track.is_empty() {
            // Without a cuff (every phase-1 and phase-2 entry needs one): 000's deep
            // contraction first, then the deep muscles in movement.
            track = if phase <= 1 {
                self.main_pool(|e| e.id == DEEP_CONTRACTION)
            } else {
                self.main_pool(|e| order::deep_functional(e) && self.standalone(e))
            };
        }
        // Past a phase, its exercises that need no cuff stay in the rotation (002: the
        // later phases combine what was learnt with heavier work).
        let strength = self.main_pool(|e| {
            let general = matches!(e.category, Category::Strength | Category::Stabilisation)
                && e.stabilisation_phase.is_none();
            let learnt = e.stabilisation_phase.is_some_and(|p| p < phase) && e.pbu.is_none();
            (general || learnt)
                && self.standalone(e)
                && e.section != BASIC_PROGRAMME
                && e.id != PELVIC_TILT
                && e.id != DEEP_CONTRACTION
        });
        let mobility = self.main_pool(|e| {
            matches!(e.category, Category::Mobilisation | Category::Relaxation)
                && e.section != BASIC_PROGRAMME
        });

        // The track, two strengthening exercises and a mobility exercise always (001:
        // combine the groups); the strengthening moves on by two a session, so every exercise
        // in the pool gets its turn. More strengthening (covering new muscle groups) only
        // within the time left.
        // Exercises short of their weekly minimum (003: strengthening at least twice a week)
        // come on top, so the rotation still moves through the rest of the pool.
        let due = frequency::short_of_minimum(&strength, self.cx.done_this_week);
        let rotated: Vec<&Exercise> = self
            .rotate_by(&strength, strength.len(), MIN_STRENGTH)
            .into_iter()
            .filter(|e| !due.iter().any(|d| d.id == e.id))
            .collect();
        let (always, optional) = rotated.split_at(MIN_STRENGTH.min(rotated.len()));
        let mut guaranteed: Vec<&Exercise> = Vec::new();
        for picked in self.rotate(&track, 1) {
            // A cuff variant follows the exercise it builds on (002: draw in, then lift a
            // leg); any other grown exercise takes its base's place (endurance, then strength).
            let base = self.base_of(picked).unwrap_or(picked);
            let grown = self.grown(picked, self.turn(track.len(), 1));
            if grown.id != base.id && grown.pbu.is_some() {
                guaranteed.push(base);
            }
            guaranteed.push(grown);
        }
        let strength_turn = self.turn(strength.len(), MIN_STRENGTH);
        let trained: Vec<&Exercise> = due.iter().chain(always).copied().collect();
        guaranteed.extend(trained.iter().map(|e| self.grown(e, strength_turn)));
        let room = MAX_STRENGTH.saturating_sub(trained.len());
        // 001 combines the groups: a mobilisation or relaxation exercise in every main part,
        // also once the basics have grown and leave no time to spare.
        guaranteed.extend(self.rotate(&mobility, 1));
        let extras: Vec<&Exercise> = self
            .covering(optional, room, &trained)
            .into_iter()
            .map(|e| self.grown(e, strength_turn))
            .collect();

        let mut left = budget;
        let mut chosen: Vec<PlannedExercise> = Vec::new();
        let candidates = guaranteed
            .iter()
            .map(|e| (e, true))
            .chain(extras.iter().map(|e| (e, false)));
        for (exercise, always) in candidates {
            let Some(planned) = self.plan_as_is(exercise, Part::Main) else {
                continue;
            };
            let fits = always || planned.estimated_seconds <= left;
            if fits && !chosen.iter().any(|c| c.exercise_id == planned.exercise_id) {
                left = left.saturating_sub(planned.estimated_seconds);
                chosen.push(planned);
            }
        }
        chosen
    }

    /// Up to `count` exercises from `pool`, each adding a muscle group that `before` and the
    /// earlier ones did not train; topped up in order if too few add one.
    fn covering(
        &self,
        pool: &[&'a Exercise],
        count: usize,
        before: &[&'a Exercise],
    ) -> Vec<&'a Exercise> {
        let mut covered: HashSet<Muscle> = before
            .iter()
            .flat_map(|e| e.muscles.iter().copied())
            .collect();
        let mut chosen: Vec<&Exercise> = Vec::new();
        for e in pool {
            if chosen.len() < count && e.muscles.iter().any(|m| !covered.contains(m)) {
                covered.extend(e.muscles.iter().copied());
                chosen.push(e);
            }
        }
        for e in pool {
            if chosen.len() < count && !chosen.iter().any(|c| c.id == e.id) {
                chosen.push(e);
            }
        }
        chosen
    }

    /// The exercise (or the harder variant it has grown into) at the user's dosage.
    fn plan(&self, id: &str, part: Part) -> Option<PlannedExercise> {
        let number = self.number as usize;
        self.plan_as_is(self.grown(self.cx.catalogue.exercise(id)?, number), part)
    }

    /// The exercise itself at the user's dosage (its top rung once it has grown).
    fn plan_as_is(&self, exercise: &'a Exercise, part: Part) -> Option<PlannedExercise> {
        if !self.available(exercise) {
            return None;
        }
        let progress = self.cx.state.progress_of(&exercise.id);
        let rest = exercise
            .dosage
            .rest_seconds
            .unwrap_or_else(|| default_rest(exercise.category == Category::Stretch));
        let tempo = exercise.dosage.tempo_seconds.map(|t| t.max);
        let ladder = self.ladder(exercise);
        let test_due = match ladder {
            Ladder::Rungs(_) => false,
            Ladder::FromMaximum { retest_days, .. } => progress
                .max_tested_at_ms
                .is_none_or(|at| self.cx.now_ms - at >= i64::from(retest_days) * DAY_MS),
        };
        let (rung, max_test) = match ladder.rung_at(&progress) {
            Some(rung) if !test_due => (rung, false),
            _ => (
                Rung {
                    sets: 1,
                    reps: None,
                    hold_seconds: None,
                    hold_counts: None,
                },
                true,
            ),
        };
        Some(PlannedExercise {
            exercise_id: exercise.id.clone(),
            part,
            sets: rung.sets,
            reps: rung.reps,
            hold_seconds: rung.hold_seconds,
            hold_counts: rung.hold_counts,
            sides: exercise.sides,
            rest_seconds: rest,
            max_test,
            estimated_seconds: if max_test {
                MAX_TEST_SECONDS
            } else {
                estimate(&rung, exercise.sides, rest, tempo)
            },
        })
    }

    fn ladder(&self, exercise: &Exercise) -> Ladder {
        ladder(self.cx.catalogue, exercise, self.cx.profile.goal)
    }

    /// How often a rotation over `len` exercises moving on by `stride` a session has come
    /// round: an exercise in it comes up once a turn, so its variants take turns by it.
    fn turn(&self, len: usize, stride: usize) -> usize {
        self.number as usize * stride / len.max(1)
    }

    /// Follows `progresses_to` while the user has climbed past the top of an exercise's
    /// ladder and can do a harder variant; with several, they take turns: the `turn`-th.
    fn grown(&self, exercise: &'a Exercise, turn: usize) -> &'a Exercise {
        let mut current = exercise;
        for _ in 0..4 {
            let top = match self.ladder(current) {
                Ladder::Rungs(rungs) => rungs.len() as u32,
                Ladder::FromMaximum { .. } => return current,
            };
            let options: Vec<&Exercise> = current
                .progresses_to
                .iter()
                .filter_map(|id| self.cx.catalogue.exercise(id))
                .filter(|e| self.available(e) && !frequency::week_is_full(e, self.cx.done_this_week))
                .collect();
            let next = options.get(turn % options.len().max(1));
            match next {
                Some(&next) if self.cx.state.progress_of(&current.id).step >= top => current = next,
                _ => return current,
            }
        }
        current
    }
}

/// Whether the last session's basic exercises went without problems (001: go further only
/// then): none of them hurt, and the pain did not rise by a set-back's worth.
pub fn basics_went_well(
    catalogue: &Catalogue,
    sets: &[crate::history::SetRecord],
    pain_before: Option<u8>,
    pain_after: Option<u8>,
) -> bool {
    let is_basic = |id: &str| {
        id == PELVIC_TILT
            || catalogue
                .exercise(id)
                .is_some_and(|e| e.section == BASIC_PROGRAMME)
    };
    let basics_hurt = sets.iter().any(|s| s.hurt && is_basic(&s.exercise_id));
    !basics_hurt && !super::safety::setback(pain_before, pain_after)
}
