//! Each leaflet's exercises are in the catalogue with the leaflet's dosages and figures.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

use kernkracht::catalogue::{
    Catalogue, Category, Equipment, Exercise, PainRule, PbuGoal, Range, Sides,
};

fn catalogue() -> &'static Catalogue {
    Catalogue::builtin().unwrap_or_else(|e| panic!("{e}"))
}

fn exercise(id: &str) -> &'static Exercise {
    catalogue()
        .exercise(id)
        .unwrap_or_else(|| panic!("no exercise '{id}'"))
}

fn ids_from(leaflet: &str) -> Vec<&'static str> {
    catalogue()
        .exercises()
        .iter()
        .filter(|e| e.leaflet.starts_with(leaflet))
        .map(|e| e.id.as_str())
        .collect()
}

fn range(min: u32, max: u32) -> Option<Range> {
    Some(Range { min, max })
}

fn exactly(n: u32) -> Option<Range> {
    Some(Range::exactly(n))
}

#[test]
fn leaflet_000_twelve_numbered_exercises_with_their_dosages() {
    let ids = ids_from("000_");
    assert_eq!(ids.len(), 12, "{ids:?}");
    let numbers: Vec<_> = ids
        .iter()
        .map(|id| exercise(id).number.clone().unwrap())
        .collect();
    let expected: Vec<String> = (1..=12).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected);
    for id in &ids {
        let e = exercise(id);
        assert_eq!(e.dosage.times_per_week, exactly(3), "{id}");
        assert_eq!(e.dosage.sets, Some(3), "{id}");
        assert_eq!(
            e.pain_rule,
            PainRule::MayHurt,
            "{id}: painless means too easy"
        );
    }
    // 3 x 30 s holds.
    for id in [
        "abdominal-plank-two-legs",
        "side-plank-two-legs",
        "back-plank-two-legs",
        "superman-on-ball",
    ] {
        assert_eq!(exercise(id).dosage.hold_seconds, exactly(30), "{id}");
    }
    // 3 x 15, alternating sides in blocks of 15.
    for id in [
        "abdominal-plank-one-leg",
        "side-plank-one-leg",
        "back-plank-one-leg",
    ] {
        let e = exercise(id);
        assert_eq!(e.dosage.reps, exactly(15), "{id}");
        assert_eq!(e.sides, Sides::AlternatingBlocks, "{id}");
        assert_eq!(e.dosage.block_reps, Some(15), "{id}");
    }
    // 3 x 25, holding 1 s where the leaflet says so.
    assert_eq!(
        exercise("lower-abdominals-pelvic-lift").dosage.reps,
        exactly(25)
    );
    for id in [
        "upper-abdominals-shoulder-lift",
        "transversus-activation-supine",
        "pelvic-tilt-hands-knees",
    ] {
        assert_eq!(exercise(id).dosage.reps, exactly(25), "{id}");
        assert_eq!(exercise(id).dosage.hold_seconds, exactly(1), "{id}");
    }
    assert_eq!(exercise("log-roll").dosage.reps, exactly(5));
    // Two legs -> one leg; the ball is optional for the planks, required for the superman.
    assert_eq!(
        exercise("abdominal-plank-two-legs").progresses_to,
        ["abdominal-plank-one-leg"]
    );
    assert!(exercise("side-plank-two-legs")
        .equipment
        .optional
        .contains(&Equipment::Ball));
    assert!(exercise("superman-on-ball")
        .equipment
        .required
        .contains(&Equipment::Ball));
}

#[test]
fn leaflet_001_programme_stretches_and_acute_phase_rules() {
    let ids = ids_from("001_");
    assert_eq!(ids.len(), 33, "{ids:?}");
    let basic: Vec<_> = ids
        .iter()
        .filter(|id| exercise(id).section == "Basisprogramma")
        .collect();
    assert_eq!(
        basic.len(),
        7,
        "basic programme 1-6 plus the later-phase variant of 2"
    );
    let pelvic_tilt = exercise("pelvic-tilt-supine");
    assert_eq!(pelvic_tilt.dosage.hold_counts, Some(5));
    assert_eq!(pelvic_tilt.dosage.reps, range(3, 5));
    assert_eq!(pelvic_tilt.dosage.reps_target, Some(10));
    assert_eq!(pelvic_tilt.dosage.times_per_week, range(3, 5));

    let stretches: Vec<_> = ids
        .iter()
        .map(|id| exercise(id))
        .filter(|e| e.section == "Rekkingsoefeningen")
        .collect();
    assert_eq!(stretches.len(), 8);
    for s in &stretches {
        assert_eq!(s.category, Category::Stretch, "{}", s.id);
        assert_eq!(s.pain_rule, PainRule::MustNotHurt, "{}", s.id);
        assert_eq!(s.dosage.hold_counts, Some(10), "{}: about ten counts", s.id);
        assert_eq!(s.dosage.reps, range(3, 5), "{}: 3 to 5 times", s.id);
    }
    // Only after the acute phase: the straight-leg raise and the back exercises.
    for id in [
        "straight-leg-raise",
        "prone-lying-head-turned",
        "press-up-from-prone",
        "progressive-extension-pillow-under-chest",
        "progressive-extension-leg-movements",
    ] {
        assert!(exercise(id).after_acute_only, "{id}");
    }
    assert!(!pelvic_tilt.after_acute_only);
    let half_sit_up = exercise("half-sit-up");
    assert_eq!(half_sit_up.dosage.reps, range(8, 10));
    assert_eq!(half_sit_up.dosage.hold_counts, Some(5));
    let variations = exercise("half-sit-up-arm-variations");
    assert_eq!(variations.variant_of.as_deref(), Some("half-sit-up"));
    assert_eq!(variations.variations.len(), 5, "five arm positions");
    let wall_sit = exercise("wall-sit");
    assert_eq!(wall_sit.dosage.hold_seconds, exactly(30));
    assert!(wall_sit.dosage.hold_grows);
    let mobilisation = ids
        .iter()
        .filter(|id| exercise(id).section == "Mobilisatieoefeningen")
        .count();
    assert_eq!(mobilisation, 4);
}

#[test]
fn leaflet_002_pressure_biofeedback_targets() {
    let pbu: Vec<&Exercise> = catalogue()
        .exercises()
        .iter()
        .filter(|e| e.category == Category::PressureBiofeedback)
        .collect();
    assert_eq!(
        pbu.len(),
        10,
        "prone A-C, supine 2, sitting A-C, standing A-B"
    );
    for e in &pbu {
        assert!(e.leaflet.starts_with("002_"));
        assert!(e.equipment.required.contains(&Equipment::Cuff), "{}", e.id);
    }
    let prone_a = exercise("pbu-prone-draw-in");
    let target = prone_a.pbu.as_ref().unwrap();
    assert_eq!(target.start_mmhg, 70);
    assert_eq!(
        target.goal,
        PbuGoal::Drop {
            drop_mmhg: 10,
            band_min_mmhg: 6,
            band_max_mmhg: 12
        }
    );
    assert_eq!(prone_a.dosage.hold_seconds, exactly(15));
    assert_eq!(prone_a.dosage.reps, range(15, 20));
    for id in ["pbu-prone-arm-lift", "pbu-prone-leg-lift"] {
        let target = exercise(id).pbu.as_ref().unwrap();
        assert_eq!(target.start_mmhg, 70, "{id}");
        assert!(
            matches!(target.goal, PbuGoal::Keep { keep_mmhg: 60, .. }),
            "{id}"
        );
    }
    for e in pbu.iter().filter(|e| !e.id.starts_with("pbu-prone")) {
        let target = e.pbu.as_ref().unwrap();
        assert_eq!(target.start_mmhg, 40, "{}", e.id);
        assert!(
            matches!(
                target.goal,
                PbuGoal::Keep {
                    keep_mmhg: 40,
                    tolerance_mmhg: 2..=3
                }
            ),
            "{}",
            e.id
        );
    }
    let heel_slide = exercise("pbu-supine-heel-slide");
    assert_eq!(heel_slide.dosage.hold_seconds, exactly(15));
    assert_eq!(heel_slide.dosage.reps, range(15, 20));
    assert_eq!(
        exercise("pbu-supine-knee-fall-out").dosage.reps,
        range(5, 10)
    );
    for id in ["pbu-sitting-draw-in", "pbu-standing-draw-in"] {
        assert_eq!(exercise(id).dosage.hold_seconds, range(10, 15), "{id}");
        assert_eq!(exercise(id).dosage.reps, range(15, 20), "{id}");
    }
    assert_eq!(
        exercise("pbu-sitting-leg-lift").dosage.hold_seconds,
        exactly(5)
    );
    let phases: Vec<u8> = ids_from("002_")
        .iter()
        .map(|id| exercise(id).stabilisation_phase.unwrap())
        .collect();
    assert!(
        phases.windows(2).all(|w| w[0] <= w[1]),
        "phases in order: {phases:?}"
    );
    assert_eq!(phases.first(), Some(&1));
    assert_eq!(phases.last(), Some(&4));
    let balance = catalogue()
        .exercises()
        .iter()
        .filter(|e| e.category == Category::Balance)
        .count();
    assert_eq!(balance, 4, "toes, one leg, trampoline, wobble board");
    let long_back = exercise("long-back-and-oblique-training");
    assert_eq!(long_back.dosage.reps, range(15, 20));
    assert_eq!(long_back.dosage.tempo_seconds, range(4, 5));
    assert_eq!(ids_from("002_").len(), 29);
    // The back extensors: endurance first, growing, then strength (a harder variant).
    let endurance = exercise("back-extensor-strengthening");
    assert!(endurance.dosage.reps_grow);
    assert_eq!(endurance.progresses_to, ["back-extensor-strength"]);
    assert_eq!(exercise("back-extensor-strength").dosage.sets, Some(3));
}

#[test]
fn leaflet_003_warm_up_and_strength_from_the_maximum_test() {
    let ids = ids_from("003_");
    assert_eq!(ids.len(), 9);
    let warm_ups = ids
        .iter()
        .filter(|id| exercise(id).category == Category::WarmUp)
        .count();
    assert_eq!(warm_ups, 6);
    assert_eq!(
        exercise("low-back-stretch-knees-to-chest").dosage.sets,
        Some(3)
    );
    assert_eq!(
        exercise("low-back-stretch-knees-to-chest")
            .dosage
            .hold_counts,
        Some(10)
    );
    assert_eq!(exercise("lengthening-the-back").dosage.reps, exactly(10));
    assert_eq!(exercise("wagging-hands-knees").dosage.reps, exactly(10));
    for id in ids
        .iter()
        .filter(|id| exercise(id).category == Category::Strength)
    {
        let dosage = &exercise(id).dosage;
        assert_eq!(dosage.sets, Some(3), "{id}");
        assert_eq!(
            dosage.start_from_max_divisor,
            Some(3),
            "{id}: one third of the maximum"
        );
        assert_eq!(dosage.times_per_week, range(2, 3), "{id}");
    }
    assert!(catalogue()
        .advice()
        .iter()
        .any(|a| a.id == "contact-if-worse" && a.leaflet.starts_with("003_")));
}

#[test]
fn leaflet_004_supine_hands_knees_and_thirty_second_stretches() {
    let ids = ids_from("004_");
    assert_eq!(ids.len(), 13);
    let stretches: Vec<_> = ids
        .iter()
        .map(|id| exercise(id))
        .filter(|e| e.category == Category::Stretch)
        .collect();
    assert_eq!(stretches.len(), 5);
    for s in stretches {
        assert_eq!(s.dosage.hold_seconds, exactly(30), "{}", s.id);
        assert_eq!(s.dosage.sets, Some(2), "{}: twice", s.id);
        assert_eq!(s.pain_rule, PainRule::MustNotHurt, "{}", s.id);
    }
    assert_eq!(exercise("bridging-segmental").dosage.reps, exactly(10));
    assert!(catalogue()
        .advice()
        .iter()
        .any(|a| a.id == "protective-starting-posture"));
}

#[test]
fn every_entry_traces_to_a_leaflet_file_that_exists() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/seeds");
    let leaflets = catalogue().leaflets();
    assert_eq!(leaflets.len(), 5);
    for leaflet in leaflets {
        if seeds.is_dir() {
            let text = std::fs::read_to_string(seeds.join(&leaflet.source))
                .unwrap_or_else(|e| panic!("{}: {e}", leaflet.source));
            for e in catalogue()
                .exercises()
                .iter()
                .filter(|e| e.leaflet == leaflet.source)
            {
                assert!(
                    text.contains(&e.section),
                    "{}: section '{}' is not in {}",
                    e.id,
                    e.section,
                    leaflet.source
                );
            }
        }
    }
}

/// The Dutch and English say the same and add nothing to the leaflet: 001's half sit-up
/// does not bend ("krom") the lower back; 002's side shift on the ball says nothing of a
/// lifted pelvis; 004's torsion stretch pushes the knee with the same hand.
#[test]
fn both_languages_say_what_leaflets_001_002_and_004_say() {
    let half_sit_up = exercise("half-sit-up");
    let warning = half_sit_up
        .attention
        .iter()
        .find(|t| t.nl.contains("krom"))
        .unwrap();
    assert!(warning.en.contains("bend"), "{}", warning.en);
    assert!(!warning.en.contains("arch"), "{}", warning.en);

    let shift = exercise("ball-supine-side-shift");
    assert!(!shift.start_position.nl.contains("bekken"));
    assert!(!shift.start_position.en.contains("pelvis"));

    let torsion = exercise("torsion-stretch-supine");
    assert!(torsion.variations[0].nl.contains("dezelfde hand"));
    assert!(torsion.variations[0].en.contains("same hand"));
}
