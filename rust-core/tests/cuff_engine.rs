//! The biofeedback engine on simulated traces: every hint, leaks and dropouts, and whole
//! sessions of every cuff exercise. Each compensation test also runs the same trace without
//! the compensation, so a heuristic that fires on everything fails as surely as one that
//! never fires.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

use kernkracht::catalogue::{Catalogue, PbuGoal};
use kernkracht::cuff::{
    Engine, EngineConfig, Hint, Phase, Posture, Reading, Simulator, State, Step,
};
use proptest::prelude::*;

fn config(id: &str) -> EngineConfig {
    EngineConfig::for_exercise(Catalogue::builtin().unwrap().exercise(id).unwrap()).unwrap()
}

/// Runs a script through a fresh engine; returns every state.
fn run(config: EngineConfig, steps: Vec<Step>, seed: u64) -> (Engine, Vec<State>) {
    let mut engine = Engine::new(config);
    let states = Simulator::scripted(steps, seed)
        .map(|sample| *engine.push(sample))
        .collect();
    (engine, states)
}

/// When a hint was first shown, in ms.
fn first(states: &[State], hint: Hint) -> Option<u32> {
    states
        .iter()
        .find(|s| s.hints.contains(hint))
        .map(|s| s.t_ms)
}

fn ever(states: &[State], hint: Hint) -> bool {
    first(states, hint).is_some()
}

/// Inflating to the start pressure and settling: the start of every script.
fn settle(start: f64) -> Vec<Step> {
    vec![
        Step::Inflate { mmhg: start },
        Step::Hold(Posture::rest(5_000)),
    ]
}

/// A prone draw-in after a few calm breaths.
fn prone_rep(breath_held: bool) -> Vec<Step> {
    let hold = Posture::draw_in(-10.0, 19_000);
    let mut steps = settle(70.0);
    steps.push(Step::Hold(Posture::rest(4_000)));
    steps.push(Step::Hold(if breath_held {
        hold.holding_breath()
    } else {
        hold
    }));
    steps.push(Step::Hold(Posture::rest(6_000)));
    steps
}

const COMPENSATIONS: [Hint; 4] = [
    Hint::Pressing,
    Hint::PelvisMoving,
    Hint::HoldingBreath,
    Hint::Leak,
];

#[test]
fn inflation_guidance_leads_to_ready() {
    let mut steps = vec![Step::Inflate { mmhg: 78.0 }];
    steps.extend(settle(70.0));
    let (_, states) = run(config("pbu-prone-draw-in"), steps, 1);
    let ready = states.iter().find(|s| s.phase == Phase::Ready).unwrap();
    for (hint, fits) in [
        (Hint::PumpFurther, (|p| p < 68.0) as fn(f64) -> bool),
        (Hint::LetAirOut, |p| p > 72.0),
        (Hint::HoldStill, |p| (68.0..=72.0).contains(&p)),
    ] {
        let shown: Vec<&State> = states.iter().filter(|s| s.hints.contains(hint)).collect();
        assert!(!shown.is_empty(), "{hint:?}");
        assert!(shown
            .iter()
            .all(|s| s.t_ms < ready.t_ms && fits(s.pressure_mmhg.unwrap())));
    }
    assert!((ready.baseline_mmhg.unwrap() - 70.0).abs() < 1.5);
    let band = ready.band.unwrap();
    assert!((band.high_mmhg - (ready.baseline_mmhg.unwrap() - 6.0)).abs() < 1e-9);
}

#[test]
fn a_good_draw_in_counts_with_relax_and_no_compensation() {
    for seed in 0..10 {
        let (mut engine, states) = run(config("pbu-prone-draw-in"), prone_rep(false), seed);
        let last = states.last().unwrap();
        assert_eq!(last.reps, 1, "seed {seed}");
        assert_eq!(last.phase, Phase::Ready, "seed {seed}");
        assert!(ever(&states, Hint::Relax));
        for hint in COMPENSATIONS {
            assert!(!ever(&states, hint), "{hint:?} with seed {seed}");
        }
        let result = engine.finish_set(None);
        assert_eq!(result.reps, 1);
        assert!(result.pressure.time_in_band_pct > 95.0, "{result:?}");
        assert!(result.pressure.steadiness > 0.7, "{result:?}");
        assert!(result.held_ms >= 15_000, "{result:?}");
    }
}

#[test]
fn pressing_is_recognised() {
    let mut steps = settle(70.0);
    steps.push(Step::Hold(Posture::bear_down(5.0, 4_000)));
    steps.push(Step::Hold(Posture::rest(4_000)));
    let (_, states) = run(config("pbu-prone-draw-in"), steps, 2);
    let pressing = first(&states, Hint::Pressing).unwrap();
    let ready = states
        .iter()
        .find(|s| s.phase == Phase::Ready)
        .unwrap()
        .t_ms;
    assert!(pressing > ready);
    assert!(!states.last().unwrap().hints.contains(Hint::Pressing));
    assert!(!ever(&states, Hint::PelvisMoving));
}

#[test]
fn a_moving_pelvis_is_recognised() {
    let mut steps = settle(70.0);
    steps.push(Step::Hold(Posture::rock_pelvis(0.0, 6.0, 5_000)));
    steps.push(Step::Hold(Posture::rest(4_000)));
    let (_, states) = run(config("pbu-prone-draw-in"), steps, 3);
    assert!(ever(&states, Hint::PelvisMoving));
    assert!(!states.last().unwrap().hints.contains(Hint::PelvisMoving));
    assert_eq!(states.last().unwrap().reps, 0);
}

#[test]
fn a_held_breath_is_recognised_and_spoils_the_repetition() {
    for seed in 0..10 {
        let (_, states) = run(config("pbu-prone-draw-in"), prone_rep(true), seed);
        let held = first(&states, Hint::HoldingBreath).expect("hint");
        let started = states
            .iter()
            .find(|s| s.phase == Phase::Exercising)
            .unwrap()
            .t_ms;
        assert!(
            held - started < 15_000,
            "seed {seed}: {} ms",
            held - started
        );
        assert_eq!(states.last().unwrap().reps, 0, "seed {seed}");
        assert!(!ever(&states, Hint::Pressing) && !ever(&states, Hint::PelvisMoving));
    }
}

#[test]
fn too_little_and_too_much_are_guided() {
    let mut steps = settle(70.0);
    steps.push(Step::Hold(Posture::draw_in(-4.0, 5_000)));
    steps.push(Step::Hold(Posture::rest(5_000)));
    steps.push(Step::Hold(Posture::draw_in(-16.0, 6_000)));
    steps.push(Step::Hold(Posture::rest(5_000)));
    let (_, states) = run(config("pbu-prone-draw-in"), steps, 4);
    assert!(ever(&states, Hint::AboveBand));
    assert!(ever(&states, Hint::BelowBand));
    assert_eq!(states.last().unwrap().reps, 0);
}

#[test]
fn a_leak_at_rest_asks_to_inflate_again() {
    let mut steps = settle(70.0);
    steps.push(Step::Leak { mmhg_per_s: 0.15 });
    steps.push(Step::Hold(Posture::rest(45_000)));
    let (_, leaking) = run(config("pbu-prone-draw-in"), steps.clone(), 5);
    let leak = first(&leaking, Hint::Leak).expect("leak found");
    let ready = leaking
        .iter()
        .find(|s| s.phase == Phase::Ready)
        .unwrap()
        .t_ms;
    assert!(leak - ready < 40_000, "{} ms", leak - ready);
    let last = leaking.last().unwrap();
    assert_eq!(last.phase, Phase::Inflating);
    assert!(last.hints.contains(Hint::Leak) && last.hints.contains(Hint::PumpFurther));
    // The slow sag did not pass for a draw-in.
    assert!(leaking.iter().all(|s| s.phase != Phase::Exercising));

    // Pumping up again ends the leak and takes a new baseline.
    steps.extend([
        Step::Leak { mmhg_per_s: 0.0 },
        Step::Inflate { mmhg: 70.0 },
        Step::Hold(Posture::rest(5_000)),
    ]);
    let (_, refilled) = run(config("pbu-prone-draw-in"), steps, 5);
    let last = refilled.last().unwrap();
    assert_eq!(last.phase, Phase::Ready);
    assert!(!last.hints.contains(Hint::Leak));

    // Without the leak: no hint.
    let (_, tight) = run(
        config("pbu-prone-draw-in"),
        settle(70.0)
            .into_iter()
            .chain([Step::Hold(Posture::rest(45_000))])
            .collect(),
        5,
    );
    assert!(!ever(&tight, Hint::Leak));
}

#[test]
fn a_leak_while_keeping_steady_is_found_too() {
    let mut steps = settle(40.0);
    steps.push(Step::Leak { mmhg_per_s: 0.1 });
    steps.push(Step::Hold(Posture::move_limb(0.0, 0.9, 60_000)));
    let (_, states) = run(config("pbu-supine-heel-slide"), steps, 6);
    assert!(ever(&states, Hint::Leak));
    assert!(states.iter().any(|s| s.reps > 0), "reps before the leak");
}

#[test]
fn faults_and_dropouts() {
    let mut steps = settle(40.0);
    steps.push(Step::Fault { ms: 500 });
    steps.push(Step::Hold(Posture::rest(1_000)));
    steps.push(Step::Dropout { ms: 5_000 });
    steps.push(Step::Hold(Posture::rest(1_000)));
    let (mut engine, states) = run(config("pbu-supine-heel-slide"), steps, 7);
    let fault = states
        .iter()
        .find(|s| s.hints.contains(Hint::SensorFault))
        .unwrap();
    assert_eq!(fault.pressure_mmhg, None);
    assert!(!states.last().unwrap().hints.contains(Hint::SensorFault));
    // Held time grows only with readings: the 5 s dropout is not held.
    let gaps: Vec<&[kernkracht::cuff::State]> = states
        .windows(2)
        .filter(|w| w[1].t_ms - w[0].t_ms > 1_000)
        .collect();
    assert_eq!(gaps.len(), 1, "the simulator made one dropout");
    let (before, after) = (&gaps[0][0], &gaps[0][1]);
    assert!(before.hold_ms > 0, "the cuff was held before the dropout");
    assert!(
        after.hold_ms <= before.hold_ms,
        "the dropout added held time: {} -> {}",
        before.hold_ms,
        after.hold_ms
    );
    assert!(engine.finish_set(None).held_ms > 0);
}

#[test]
fn keep_goals_count_holds_and_stay_calm() {
    for id in [
        "pbu-supine-heel-slide",
        "pbu-sitting-leg-lift",
        "pbu-prone-arm-lift",
    ] {
        let config = config(id);
        let PbuGoal::Keep {
            keep_mmhg,
            tolerance_mmhg,
        } = config.goal()
        else {
            panic!("{id} keeps")
        };
        let level = f64::from(keep_mmhg) - config.start_mmhg();
        let mut steps = settle(config.start_mmhg());
        if level != 0.0 {
            steps.push(Step::Hold(Posture::draw_in(level, 3_000)));
        }
        let hold = config.hold_ms();
        steps.push(Step::Hold(Posture::move_limb(
            level,
            0.3 * f64::from(tolerance_mmhg),
            4 * hold + 500,
        )));
        for seed in 0..5 {
            let (_, states) = run(config, steps.clone(), seed);
            let reps = states.last().unwrap().reps;
            assert!((3..=4).contains(&reps), "{id} seed {seed}: {reps}");
            for hint in COMPENSATIONS {
                assert!(!ever(&states, hint), "{id} seed {seed}: {hint:?}");
            }
        }
    }
}

#[test]
fn simulated_sessions_of_every_cuff_exercise_count_repetitions() {
    let catalogue = Catalogue::builtin().unwrap();
    for exercise in catalogue.exercises().iter().filter(|e| e.pbu.is_some()) {
        let config = EngineConfig::for_exercise(exercise).unwrap();
        for seed in 0..3 {
            let mut engine = Engine::new(config);
            for sample in Simulator::session(&config, 10, seed) {
                engine.push(sample);
            }
            let result = engine.finish_set(None);
            assert!(result.reps >= 3, "{} seed {seed}: {result:?}", exercise.id);
            let summary = result.pressure;
            assert!((0.0..=100.0).contains(&summary.time_in_band_pct));
            assert!((0.0..=1.0).contains(&summary.steadiness));
            assert!(summary.worst_dev_mmhg >= summary.mean_dev_mmhg);
        }
    }
}

#[test]
fn simulated_sessions_show_every_compensation() {
    for id in ["pbu-prone-draw-in", "pbu-supine-heel-slide"] {
        let config = config(id);
        let mut seen = kernkracht::cuff::Hints::default();
        for seed in 0..8 {
            let mut engine = Engine::new(config);
            for reading in Simulator::session(&config, 10, seed) {
                for hint in engine.push(reading).hints.iter() {
                    seen.insert(hint);
                }
            }
        }
        for hint in [
            Hint::PumpFurther,
            Hint::HoldStill,
            Hint::Pressing,
            Hint::PelvisMoving,
            Hint::HoldingBreath,
            Hint::AboveBand,
            Hint::BelowBand,
        ] {
            assert!(seen.contains(hint), "{id}: {hint:?}");
        }
        assert!(
            !seen.contains(Hint::Leak) && !seen.contains(Hint::SensorFault),
            "{id}"
        );
    }
}

proptest! {
    #[test]
    fn any_readings_leave_a_sane_state(
        readings in proptest::collection::vec((0u32..3_000, prop_oneof![
            -50.0f64..300.0,
            Just(f64::NAN),
            Just(f64::INFINITY),
            60.0f64..80.0,
        ]), 0..400),
        keep in any::<bool>(),
    ) {
        let config = if keep { config("pbu-supine-heel-slide") } else { config("pbu-prone-draw-in") };
        let mut engine = Engine::new(config);
        let mut t_ms = 0u32;
        for (dt, mmhg) in readings {
            // Now and then a reading from the past.
            t_ms = if dt > 2_900 { t_ms.saturating_sub(dt) } else { t_ms + dt };
            let state = *engine.push(Reading { t_ms, mmhg });
            prop_assert!(state.hold_ms <= state.hold_target_ms);
            prop_assert!(state.pressure_mmhg.is_none_or(|p| (0.0..=200.0).contains(&p)));
        }
        let result = engine.finish_set(Some("cuff".into()));
        prop_assert!((0.0..=100.0).contains(&result.pressure.time_in_band_pct));
        prop_assert!((0.0..=1.0).contains(&result.pressure.steadiness));
        prop_assert!(result.pressure.mean_dev_mmhg.is_finite());
    }
}
