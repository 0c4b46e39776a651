//! Composing sessions and progressing over simulated weeks, on a fake clock: the leaflets'
//! order, equipment and acute-phase rules, variety, growth, and pain set-backs.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

mod support;

use kernkracht::catalogue::{Catalogue, Category, Equipment};
use kernkracht::history::SetRecord;
use kernkracht::language::Language;
use kernkracht::profile::{Goal, Profile, Screening};
use kernkracht::program::{
    compose, evaluate, Block, Caution, Change, Context, Part, PlannedSession, ProgramState,
    SessionResult,
};
use support::perform;

const DAY_MS: i64 = 86_400_000;

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin().unwrap()
}

fn profile(equipment: &[Equipment]) -> Profile {
    Profile {
        height_cm: 176.0,
        ball_diameter_cm: 65,
        language: Language::En,
        goal: Goal::Recovery,
        equipment: equipment.to_vec(),
        onboarding_done: true,
    }
}

fn screening(acute_pain: bool) -> Screening {
    Screening {
        answered_at_ms: 0,
        red_flags: false,
        acute_pain,
    }
}

fn plan(
    profile: &Profile,
    screening: &Screening,
    state: &ProgramState,
    now_ms: i64,
) -> PlannedSession {
    compose(&Context {
        catalogue: catalogue(),
        profile,
        screening: Some(screening),
        state,
        basics_ok: true,
        recent_pain: &[],
        done_this_week: &Default::default(),
        now_ms,
    })
    .unwrap()
}

fn ids(plan: &PlannedSession) -> Vec<&str> {
    plan.exercises
        .iter()
        .map(|p| p.exercise_id.as_str())
        .collect()
}

fn run(
    state: &mut ProgramState,
    plan: &PlannedSession,
    sets: &[SetRecord],
    pain: (u8, u8),
    now_ms: i64,
) -> Vec<kernkracht::program::Decision> {
    evaluate(
        catalogue(),
        state,
        &SessionResult {
            plan,
            sets,
            pain_before: Some(pain.0),
            pain_after: Some(pain.1),
            goal: Goal::Recovery,
            ended_at_ms: now_ms,
            first_of_its_day: true,
        },
    )
}

#[test]
fn a_session_follows_the_leaflets_order_and_time() {
    let p = profile(&[Equipment::Mat]);
    let session = plan(&p, &screening(false), &ProgramState::default(), 0);
    let parts: Vec<Part> = session.exercises.iter().map(|e| e.part).collect();
    let mut sorted = parts.clone();
    sorted.sort();
    assert_eq!(
        parts, sorted,
        "warm-up, basics, main, stretches in that order"
    );
    assert_eq!(
        session.exercises[0].exercise_id,
        "light-warm-up-walk-or-cycle"
    );
    let first_basic = session
        .exercises
        .iter()
        .find(|e| e.part == Part::Basics)
        .unwrap();
    assert_eq!(first_basic.exercise_id, "pelvic-tilt-supine");
    assert_eq!(first_basic.reps, Some(3), "3-5 repetitions at the start");
    let basics = session
        .exercises
        .iter()
        .filter(|e| e.part == Part::Basics)
        .count();
    assert_eq!(basics, 7, "the pelvic tilt and the basic programme 1-6");
    assert!(session.exercises.iter().any(|e| e.part == Part::Main));
    let last = session.exercises.last().unwrap();
    assert_eq!(
        catalogue().exercise(&last.exercise_id).unwrap().category,
        Category::Stretch
    );
    let minutes = session.estimated_seconds / 60;
    assert!(
        (20..=30).contains(&minutes),
        "{minutes} minutes: {:?}",
        ids(&session)
    );
    assert!(session.cautions.is_empty());
}

#[test]
fn equipment_decides_ball_and_cuff_exercises() {
    let state = ProgramState::default();
    for n in 0..10 {
        let state = ProgramState {
            sessions_done: n,
            ..state.clone()
        };
        let bare = plan(&profile(&[]), &screening(false), &state, 0);
        for e in &bare.exercises {
            let entry = catalogue().exercise(&e.exercise_id).unwrap();
            assert!(
                entry.equipment.required.is_empty(),
                "{} needs equipment",
                e.exercise_id
            );
        }
    }
    let with_cuff = plan(
        &profile(&[Equipment::Mat, Equipment::Cuff]),
        &screening(false),
        &state,
        0,
    );
    let track: Vec<_> = with_cuff
        .exercises
        .iter()
        .filter(|e| catalogue().exercise(&e.exercise_id).unwrap().pbu.is_some())
        .collect();
    assert_eq!(track.len(), 1, "{:?}", ids(&with_cuff));
    assert_eq!(
        catalogue()
            .exercise(&track[0].exercise_id)
            .unwrap()
            .stabilisation_phase,
        Some(1)
    );
    let without = plan(&profile(&[Equipment::Mat]), &screening(false), &state, 0);
    assert!(
        ids(&without).contains(&"transversus-activation-supine"),
        "{:?}",
        ids(&without)
    );
}

/// Leaflet 001: exercises are usually not advisable while the pain is acute; its programme
/// is for the post-acute phase. Issue 12, item 2: a red flag blocks training, and outranks
/// acute pain.
#[test]
fn acute_pain_plans_no_session_until_it_settles_leaflet_001_and_red_flags_block() {
    let state = ProgramState::default();
    let compose_for = |screening: &Screening| {
        compose(&Context {
            catalogue: catalogue(),
            profile: &profile(&[Equipment::Mat, Equipment::Ball]),
            screening: Some(screening),
            state: &state,
            basics_ok: true,
            recent_pain: &[],
            done_this_week: &Default::default(),
            now_ms: 0,
        })
    };
    assert_eq!(compose_for(&screening(true)), Err(Block::AcutePain));
    let settled = compose_for(&screening(false)).unwrap();
    assert!(ids(&settled).contains(&"straight-leg-raise"));

    let flagged = |acute_pain| Screening {
        red_flags: true,
        ..screening(acute_pain)
    };
    assert_eq!(compose_for(&flagged(false)), Err(Block::SeeDoctor));
    assert_eq!(compose_for(&flagged(true)), Err(Block::SeeDoctor));
}

#[test]
fn basics_with_problems_mean_basics_only_and_worsening_means_advice() {
    let state = ProgramState::default();
    let p = profile(&[Equipment::Mat]);
    let s = screening(false);
    let session = compose(&Context {
        catalogue: catalogue(),
        profile: &p,
        screening: Some(&s),
        state: &state,
        basics_ok: false,
        recent_pain: &[(3, 4), (4, 5), (5, 6)],
        done_this_week: &Default::default(),
        now_ms: 0,
    })
    .unwrap();
    assert_eq!(
        session.cautions,
        [Caution::BasicsOnly, Caution::ContactDoctorOrPhysio]
    );
    assert!(session.exercises.iter().all(|e| e.part != Part::Main));
}

#[test]
fn consecutive_sessions_vary() {
    let p = profile(&[
        Equipment::Mat,
        Equipment::Ball,
        Equipment::Wall,
        Equipment::Table,
    ]);
    let mut seen = std::collections::BTreeSet::new();
    for n in 0..6 {
        let state = ProgramState {
            sessions_done: n,
            ..ProgramState::default()
        };
        let session = plan(&p, &screening(false), &state, 0);
        let main: Vec<String> = session
            .exercises
            .iter()
            .filter(|e| e.part != Part::Basics)
            .map(|e| e.exercise_id.clone())
            .collect();
        seen.insert(main);
    }
    assert!(
        seen.len() >= 4,
        "only {} different sessions in 6",
        seen.len()
    );
}

#[test]
fn eight_weeks_of_good_sessions_grow_the_dosage() {
    let p = profile(&[Equipment::Mat, Equipment::Ball, Equipment::Chair]);
    let s = screening(false);
    let mut state = ProgramState::default();
    let mut now = 0;
    let mut graduated = Vec::new();
    for _ in 0..24 {
        let session = plan(&p, &s, &state, now);
        let unique: std::collections::BTreeSet<&str> = ids(&session).into_iter().collect();
        assert_eq!(unique.len(), session.exercises.len(), "{:?}", ids(&session));
        let sets = perform(&session, &[], 30);
        for d in run(&mut state, &session, &sets, (3, 3), now) {
            if d.change == Change::Graduated {
                graduated.push(d.exercise_id);
            }
        }
        now += 2 * DAY_MS;
    }
    assert_eq!(state.sessions_done, 24);
    let tilt = plan(&p, &s, &state, now)
        .exercises
        .into_iter()
        .find(|e| e.exercise_id == "pelvic-tilt-supine")
        .unwrap();
    assert_eq!(
        tilt.reps,
        Some(10),
        "3 repetitions grew to 10 over 24 good sessions"
    );
    assert!(
        !graduated.is_empty(),
        "some two-leg exercise grew into its one-leg variant"
    );
    let progressed = catalogue().exercise(&graduated[0]).unwrap().progresses_to[0].clone();
    let later: Vec<String> = (0..20)
        .flat_map(|n| {
            let state = ProgramState {
                sessions_done: state.sessions_done + n,
                ..state.clone()
            };
            plan(&p, &s, &state, now)
                .exercises
                .into_iter()
                .map(|e| e.exercise_id)
        })
        .collect();
    assert!(
        later.contains(&progressed),
        "{progressed} replaces {}",
        graduated[0]
    );
    assert!(!later.contains(&graduated[0]));
}

#[test]
fn pain_set_backs_hold_or_reverse_by_pain_rule() {
    let p = profile(&[Equipment::Mat]);
    let s = screening(false);
    let mut state = ProgramState::default();
    for _ in 0..4 {
        let session = plan(&p, &s, &state, 0);
        run(&mut state, &session, &perform(&session, &[], 30), (3, 3), 0);
    }
    let before = state.progress_of("pelvic-tilt-supine").step;
    assert_eq!(before, 2, "two step-ups in four good sessions");

    // Pain rises by 2 after the session: the pelvic tilt (no pain rule of its own) steps back.
    let session = plan(&p, &s, &state, 0);
    let decisions = run(&mut state, &session, &perform(&session, &[], 30), (3, 5), 0);
    let tilt = decisions
        .iter()
        .find(|d| d.exercise_id == "pelvic-tilt-supine")
        .unwrap();
    assert_eq!(tilt.change, Change::StepBack);
    assert_eq!(state.progress_of("pelvic-tilt-supine").step, before - 1);

    // A stretch that hurts steps back and rests for the next two sessions.
    let session = plan(&p, &s, &state, 0);
    let stretch = session
        .exercises
        .iter()
        .find(|e| e.part == Part::Stretches)
        .unwrap()
        .exercise_id
        .clone();
    let decisions = run(
        &mut state,
        &session,
        &perform(&session, &[&stretch], 30),
        (3, 3),
        0,
    );
    assert_eq!(
        decisions
            .iter()
            .find(|d| d.exercise_id == stretch)
            .unwrap()
            .change,
        Change::Rest
    );
    assert_eq!(
        state.progress_of(&stretch).paused_until_session,
        session.number + 2,
        "the next two sessions leave it out"
    );
    for _ in 0..2 {
        let next = plan(&p, &s, &state, 0);
        assert!(!ids(&next).contains(&stretch.as_str()), "{stretch} rests");
        run(&mut state, &next, &perform(&next, &[], 30), (3, 3), 0);
    }
}

#[test]
fn leaflet_000_pain_is_allowed_when_recovering_from_an_injury() {
    let p = profile(&[Equipment::Mat]);
    let s = screening(false);
    let mut state = ProgramState::default();
    let plank = "abdominal-plank-two-legs";
    let mut changes = Vec::new();
    for n in 0..30 {
        let session = plan(
            &p,
            &s,
            &ProgramState {
                sessions_done: state.sessions_done,
                ..state.clone()
            },
            0,
        );
        if !ids(&session).contains(&plank) {
            run(&mut state, &session, &perform(&session, &[], 30), (3, 3), 0);
            continue;
        }
        let decisions = run(
            &mut state,
            &session,
            &perform(&session, &[plank], 30),
            (3, 3),
            0,
        );
        changes.push(
            decisions
                .iter()
                .find(|d| d.exercise_id == plank)
                .unwrap()
                .change,
        );
        if n > 0 && changes.len() >= 2 {
            break;
        }
    }
    assert_eq!(changes.len(), 2, "the plank came up twice");
    assert_eq!(
        changes,
        [Change::Hold, Change::Graduated],
        "hurting planks still progress"
    );
}

#[test]
fn strength_starts_with_a_maximum_test() {
    let p = profile(&[Equipment::Mat, Equipment::Chair]);
    let s = screening(false);
    let mut state = ProgramState::default();
    let curl = "abdominal-curl-feet-on-chair";
    // Leaflet 002: strengthening of the global trunk muscles once the first phase is mastered.
    state.stabilisation_phase = 2;
    let mut now = 0;
    let mut planned = Vec::new();
    for _ in 0..40 {
        let session = plan(&p, &s, &state, now);
        if let Some(item) = session.exercises.iter().find(|e| e.exercise_id == curl) {
            planned.push((item.max_test, item.sets, item.reps));
        }
        run(
            &mut state,
            &session,
            &perform(&session, &[], 30),
            (3, 3),
            now,
        );
        now += 2 * DAY_MS;
    }
    assert!(planned.len() >= 2, "{planned:?}");
    assert_eq!(planned[0], (true, 1, None), "first a maximum test");
    assert_eq!(planned[1], (false, 3, Some(10)), "then 3 x a third of 30");
    assert!(
        planned.iter().skip(2).any(|p| p.0),
        "a new test after four weeks: {planned:?}"
    );
}

#[test]
fn a_resting_exercise_sits_out_exactly_the_sessions_asked() {
    let p = profile(&[Equipment::Mat]);
    let s = screening(false);
    // Find a stretch the rotation picks for session 5.
    let base = ProgramState {
        sessions_done: 4,
        ..ProgramState::default()
    };
    let picked = plan(&p, &s, &base, 0)
        .exercises
        .into_iter()
        .find(|e| e.part == Part::Stretches)
        .unwrap()
        .exercise_id;
    let mut resting = base.clone();
    resting
        .progress
        .entry(picked.clone())
        .or_default()
        .paused_until_session = 5;
    assert!(
        !ids(&plan(&p, &s, &resting, 0)).contains(&picked.as_str()),
        "session 5 rests it"
    );
    resting
        .progress
        .entry(picked.clone())
        .or_default()
        .paused_until_session = 4;
    assert!(
        ids(&plan(&p, &s, &resting, 0)).contains(&picked.as_str()),
        "session 5 has it back"
    );
}

fn all_equipment() -> Vec<Equipment> {
    Equipment::ALL.to_vec()
}

/// Leaflet 002: the deep muscles first; conventional strengthening of the long back
/// muscles, obliques and back extensors comes last, heavier exercises in the last phase.
/// A sport-performance user follows leaflet 000 from the start.
#[test]
fn leaflet_002_global_strengthening_waits_for_the_first_phase_but_not_for_sport() {
    let global = |id: &str| {
        let e = catalogue().exercise(id).unwrap();
        e.category == Category::Strength
            && e.muscles
                .iter()
                .any(|m| kernkracht::program::order::GLOBAL_TRUNK_MUSCLES.contains(m))
    };
    let mut sport = profile(&all_equipment());
    sport.goal = Goal::SportPerformance;
    let recovery = profile(&all_equipment());
    let mut sport_global = Vec::new();
    for n in 0..30 {
        let state = ProgramState {
            sessions_done: n,
            ..ProgramState::default()
        };
        let session = plan(&recovery, &screening(false), &state, 0);
        for id in ids(&session) {
            assert!(!global(id), "session {n}: {id} before phase 1 is mastered");
            let level = catalogue().exercise(id).unwrap().level;
            assert!(level != kernkracht::catalogue::Level::Advanced, "{id}");
        }
        let session = plan(&sport, &screening(false), &state, 0);
        sport_global.extend(
            ids(&session)
                .into_iter()
                .filter(|id| global(id))
                .map(String::from),
        );
    }
    assert!(
        sport_global.iter().any(|id| id == "superman-on-ball"),
        "{sport_global:?}"
    );
    let phase_two = ProgramState {
        stabilisation_phase: 2,
        ..ProgramState::default()
    };
    let later: Vec<String> = (0..10)
        .flat_map(|n| {
            let state = ProgramState {
                sessions_done: n,
                ..phase_two.clone()
            };
            ids(&plan(&recovery, &screening(false), &state, 0))
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(later.iter().any(|id| global(id)), "{later:?}");
}

/// A state in `phase` where `grown` have climbed past the top of their ladders.
fn grown_state(phase: u8, sessions_done: u32, grown: &[&str]) -> ProgramState {
    let mut state = ProgramState {
        stabilisation_phase: phase,
        sessions_done,
        ..ProgramState::default()
    };
    for id in grown {
        state.progress.entry((*id).into()).or_default().step = 99;
    }
    state
}

/// Leaflet 002: the sitting and standing leg lifts come after the draw-in ("vervolgens")
/// and keep it: the draw-in stays in the session, and the leg lift follows with 5 s holds
/// on each leg.
#[test]
fn leaflet_002_leg_lifts_follow_the_draw_in_they_build_on() {
    let p = profile(&all_equipment());
    let mut seen = Vec::new();
    for n in 0..6 {
        let state = grown_state(2, n, &["pbu-sitting-draw-in", "pbu-standing-draw-in"]);
        let session = plan(&p, &screening(false), &state, 0);
        let track: Vec<_> = session
            .exercises
            .iter()
            .filter(|e| {
                catalogue()
                    .exercise(&e.exercise_id)
                    .unwrap()
                    .stabilisation_phase
                    == Some(2)
            })
            .collect();
        assert_eq!(track.len(), 2, "{:?}", ids(&session));
        assert!(
            track[0].exercise_id.ends_with("draw-in"),
            "{:?}",
            ids(&session)
        );
        let lift = track[1];
        assert_eq!(lift.hold_seconds, Some(5));
        assert!(lift.sides.set_per_side(lift.reps), "both legs every set");
        seen.push(lift.exercise_id.clone());
    }
    for id in [
        "pbu-sitting-leg-lift",
        "pbu-sitting-straight-leg-lift",
        "pbu-standing-leg-lift",
    ] {
        assert!(seen.iter().any(|s| s == id), "{id} never planned: {seen:?}");
    }
}

/// Leaflet 002, phase 1 with a cuff: once the prone draw-in has gone well (one step up), its
/// arm and leg lifts (variants B and C) take turns on the track within the phase, each after
/// the draw-in it builds on, long before the draw-in tops its ladder.
#[test]
fn leaflet_002_a_phases_variants_come_within_the_phase() {
    let p = profile(&all_equipment());
    let mut lifts = std::collections::BTreeSet::new();
    for n in 0..10 {
        let mut state = grown_state(1, n, &[]);
        state
            .progress
            .entry("pbu-prone-draw-in".into())
            .or_default()
            .step = 1;
        let session = plan(&p, &screening(false), &state, 0);
        let order = ids(&session);
        for lift in ["pbu-prone-arm-lift", "pbu-prone-leg-lift"] {
            if let Some(at) = order.iter().position(|id| *id == lift) {
                assert_eq!(order[at - 1], "pbu-prone-draw-in", "{order:?}");
                lifts.insert(lift);
            }
        }
    }
    assert_eq!(lifts.len(), 2, "{lifts:?}");
}

/// Leaflet 002: the back extensors last, endurance before strength. In the last phase the
/// endurance exercise grows (more repetitions); only once it has grown does the strength
/// exercise (a heavier load) take its place.
#[test]
fn leaflet_002_back_extensors_endurance_before_strength() {
    let p = profile(&all_equipment());
    let planned = |grown: &[&str], id: &str| {
        (0..4)
            .any(|n| ids(&plan(&p, &screening(false), &grown_state(4, n, grown), 0)).contains(&id))
    };
    assert!(planned(&[], "back-extensor-strengthening"));
    assert!(
        !planned(&[], "back-extensor-strength"),
        "no strength before endurance"
    );
    let mut one_step = grown_state(4, 0, &[]);
    one_step
        .progress
        .entry("back-extensor-strengthening".into())
        .or_default()
        .step = 1;
    assert!(
        !(0..4).any(|n| {
            let state = ProgramState {
                sessions_done: n,
                ..one_step.clone()
            };
            ids(&plan(&p, &screening(false), &state, 0)).contains(&"back-extensor-strength")
        }),
        "a step of endurance is not yet enough"
    );
    assert!(planned(
        &["back-extensor-strengthening"],
        "back-extensor-strength"
    ));
}

/// Issue 12, item 5: sibling variants take turns, and a variant nothing grows into (003's
/// oblique curl) is an exercise of its own.
#[test]
fn every_variant_the_issue_named_is_planned() {
    let p = profile(&all_equipment());
    let mut seen = std::collections::BTreeSet::new();
    for n in 0..40 {
        for state in [
            grown_state(1, n, &["pbu-prone-draw-in"]),
            grown_state(2, n, &["pbu-sitting-draw-in", "hands-knees-midposition"]),
        ] {
            let session = plan(&p, &screening(false), &state, 0);
            seen.extend(ids(&session).into_iter().map(String::from));
        }
    }
    for id in [
        "pbu-prone-leg-lift",
        "pbu-sitting-straight-leg-lift",
        "oblique-curl-feet-on-chair",
        "hands-knees-leg-reach",
    ] {
        assert!(seen.contains(id), "{id} is never planned");
    }
}

/// Leaflet 002's second phase, functional movement while keeping the deep contraction, has
/// a path without a cuff: the deep muscles in movement (004's supine and hands-and-knees
/// series), not the first phase's contraction again.
#[test]
fn leaflet_002_phase_two_without_a_cuff_is_functional_work() {
    let p = profile(&[Equipment::Mat]);
    let mut tracks = std::collections::BTreeSet::new();
    for n in 0..12 {
        let state = ProgramState {
            stabilisation_phase: 2,
            sessions_done: n,
            ..ProgramState::default()
        };
        let session = plan(&p, &screening(false), &state, 0);
        let track = session
            .exercises
            .iter()
            .find(|e| e.part == Part::Main)
            .unwrap();
        assert!(
            kernkracht::program::order::deep_functional(
                catalogue().exercise(&track.exercise_id).unwrap()
            ),
            "session {n}: {}",
            track.exercise_id
        );
        tracks.insert(track.exercise_id.clone());
    }
    assert!(tracks.len() >= 4, "{tracks:?}");
    assert!(tracks.contains("hands-knees-midposition"), "{tracks:?}");
}

/// Leaflet 003: a few seconds of rest between the three sets (5 s, not the 30 s default);
/// leaflet 001's progressive extension is held a few minutes and 002's ball bridge is
/// lifted and held: holds, not repetitions.
#[test]
fn leaflet_003_rests_a_few_seconds_and_static_positions_are_holds() {
    let mut state = ProgramState {
        stabilisation_phase: 3,
        ..ProgramState::default()
    };
    let curl = state
        .progress
        .entry("abdominal-curl-feet-on-chair".into())
        .or_default();
    curl.max_reps = Some(30);
    curl.max_tested_at_ms = Some(0);
    let p = profile(&all_equipment());
    let mut seen = std::collections::BTreeMap::new();
    for n in 0..40 {
        state.sessions_done = n;
        for e in plan(&p, &screening(false), &state, 0).exercises {
            seen.insert(e.exercise_id.clone(), e);
        }
    }
    let curl = &seen["abdominal-curl-feet-on-chair"];
    assert_eq!((curl.sets, curl.reps, curl.rest_seconds), (3, Some(10), 5));
    let extension = &seen["progressive-extension-pillow-under-chest"];
    assert_eq!((extension.reps, extension.hold_seconds), (None, Some(120)));
    let bridge = &seen["ball-bridge-shoulders-on-ball"];
    assert_eq!((bridge.reps, bridge.hold_seconds), (None, Some(30)));
}

/// Leaflet 001: 3 to 5 repetitions at first. 003's pelvic tilt is 001's movement, so a
/// recovering user starts it at 001's 3 and grows to 003's 10; a sport-performance user does 10.
#[test]
fn leaflet_001_three_to_five_at_first_where_leaflets_overlap() {
    let tilt = "pelvic-tilt-flat-and-hollow";
    let planned = |goal, step| {
        let profile = Profile {
            goal,
            ..profile(&[])
        };
        let mut state = ProgramState::default();
        state.progress.entry(tilt.into()).or_default().step = step;
        (0..12)
            .find_map(|n| {
                state.sessions_done = n;
                plan(&profile, &screening(false), &state, 0)
                    .exercises
                    .into_iter()
                    .find(|p| p.exercise_id == tilt)
            })
            .map(|p| p.reps)
            .expect("003's pelvic tilt comes up among the warm-ups")
    };
    assert_eq!(planned(Goal::Recovery, 0), Some(3));
    assert_eq!(planned(Goal::Recovery, 7), Some(10));
    assert_eq!(planned(Goal::SportPerformance, 0), Some(10));
}

/// Issue 12, item 9 (leaflet 001: 3 sessions a week): two sessions on one day are one day's
/// training, so only the first counts toward the two good sessions in a row.
#[test]
fn sessions_on_the_same_day_count_once_toward_a_step_up() {
    let p = profile(&[Equipment::Mat]);
    let mut state = ProgramState::default();
    let tilt = "pelvic-tilt-supine";
    let mut changes = Vec::new();
    for (day, first_of_its_day) in [(0, true), (0, false), (1, true)] {
        let session = plan(&p, &screening(false), &state, day * DAY_MS);
        let decisions = evaluate(
            catalogue(),
            &mut state,
            &SessionResult {
                plan: &session,
                sets: &perform(&session, &[], 30),
                pain_before: Some(2),
                pain_after: Some(2),
                goal: Goal::Recovery,
                ended_at_ms: day * DAY_MS,
                first_of_its_day,
            },
        );
        let tilt = decisions.iter().find(|d| d.exercise_id == tilt).unwrap();
        changes.push(tilt.change);
    }
    assert_eq!(changes, [Change::Hold, Change::Hold, Change::StepUp]);
    assert_eq!(state.progress_of(tilt).step, 1);
}

/// Four weeks of five sessions a week (Monday to Friday) from `state`, each composed with
/// the exercises of the seven days before it and done in full: the day and exercises of each.
fn five_a_week(equipment: &[Equipment], mut state: ProgramState) -> Vec<(i64, Vec<String>)> {
    let p = profile(equipment);
    let s = screening(false);
    let mut trained: Vec<(i64, Vec<String>)> = Vec::new();
    for day in (0..28).filter(|d| d % 7 < 5) {
        let done_this_week = support::done_in_week(&trained, day);
        let session = compose(&Context {
            catalogue: catalogue(),
            profile: &p,
            screening: Some(&s),
            state: &state,
            basics_ok: true,
            recent_pain: &[],
            done_this_week: &done_this_week,
            now_ms: day * DAY_MS,
        })
        .unwrap();
        let sets = perform(&session, &[], 30);
        run(&mut state, &session, &sets, (2, 2), day * DAY_MS);
        trained.push((day, ids(&session).iter().map(|id| id.to_string()).collect()));
    }
    trained
}

/// Sessions of the seven days up to `last` (inclusive) that trained `id`.
fn in_week_to(trained: &[(i64, Vec<String>)], id: &str, last: i64) -> u32 {
    support::done_in_week(trained, last)
        .get(id)
        .copied()
        .unwrap_or(0)
}

/// Leaflet 000: each exercise 3× a week (001: the programme 3 to 5 times). With a mat only,
/// five sessions a week would repeat 000's planks more often than that: no exercise exceeds
/// its weekly ceiling in any seven days.
#[test]
fn leaflet_000_three_times_a_week_is_never_exceeded() {
    let state = ProgramState {
        sessions_per_week: 5,
        ..ProgramState::default()
    };
    let trained = five_a_week(&[Equipment::Mat], state);
    for (last, _) in &trained {
        for e in catalogue().exercises() {
            if let Some(week) = e.dosage.times_per_week {
                let n = in_week_to(&trained, &e.id, *last);
                assert!(n <= week.max, "{} {n}× in the 7 days to day {last}", e.id);
            }
        }
    }
}

/// Leaflet 001: every session starts with the warm-up, the pelvic tilt and the basics, and
/// ends with stretches. A sixth session in a week still has them, though 001 gives its
/// programme 3 to 5 times a week: the weekly ceiling rests only main-part exercises.
#[test]
fn leaflet_001_a_sixth_session_in_a_week_still_starts_with_the_basics() {
    let p = profile(&all_equipment());
    let state = ProgramState::default();
    let first = plan(&p, &screening(false), &state, 0);
    let every_one_five_times: std::collections::BTreeMap<String, u32> = first
        .exercises
        .iter()
        .map(|e| (e.exercise_id.clone(), 5))
        .collect();
    let sixth = compose(&Context {
        catalogue: catalogue(),
        profile: &p,
        screening: Some(&screening(false)),
        state: &state,
        basics_ok: true,
        recent_pain: &[],
        done_this_week: &every_one_five_times,
        now_ms: 0,
    })
    .unwrap();
    for part in [Part::WarmUp, Part::Basics, Part::Stretches] {
        assert!(
            sixth.exercises.iter().any(|e| e.part == part),
            "{part:?} missing: {:?}",
            ids(&sixth)
        );
    }
    assert_eq!(ids(&sixth)[0], "light-warm-up-walk-or-cycle");
    assert!(ids(&sixth).contains(&"pelvic-tilt-supine"));
}

/// Leaflet 003: strengthening at least twice a week, better three times. Past the first
/// phase (so strengthening is open for a recovery goal) and with every piece of equipment,
/// the pool is large; still each of 003's strengthening exercises is done at least twice in
/// every seven days from the first full week on.
#[test]
fn leaflet_003_strengthening_at_least_twice_a_week() {
    let state = ProgramState {
        stabilisation_phase: 2,
        sessions_per_week: 5,
        ..ProgramState::default()
    };
    let trained = five_a_week(&all_equipment(), state);
    for (last, _) in trained.iter().filter(|(d, _)| *d >= 6) {
        for id in [
            "abdominal-curl-feet-on-chair",
            "oblique-curl-feet-on-chair",
            "prone-trunk-lift-hands-under-forehead",
        ] {
            let n = in_week_to(&trained, id, *last);
            assert!(
                (2..=3).contains(&n),
                "{id} {n}× in the 7 days to day {last}"
            );
        }
    }
}
