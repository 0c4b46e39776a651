//! The catalogue as the shells see it: language, filters, lookups and errors.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

use kernkracht::api::catalogue::Catalogue;
use kernkracht::api::KernkrachtError;
use kernkracht::catalogue::{Category, Equipment, ExerciseFilter, Position};
use kernkracht::language::Language;

fn reader(locale: &str) -> std::sync::Arc<Catalogue> {
    Catalogue::new(locale.to_owned()).unwrap()
}

fn all() -> ExerciseFilter {
    ExerciseFilter::default()
}

#[test]
fn texts_follow_the_locale_with_english_as_fallback() {
    assert_eq!(reader("nl-BE").language(), Language::Nl);
    assert_eq!(reader("fr-BE").language(), Language::En);
    let nl = reader("nl")
        .exercise("abdominal-plank-two-legs".into())
        .unwrap();
    let en = reader("en")
        .exercise("abdominal-plank-two-legs".into())
        .unwrap();
    assert_eq!(nl.name, "Buikplank op twee benen");
    assert_eq!(en.name, "Front plank on two legs");
    assert_eq!(nl.dosage, en.dosage);
    assert_eq!(nl.dosage_summary, "3 × 30 s, 3× per week");
    assert_eq!(en.dosage_summary, "3 × 30 s, 3× a week");
    let advice = reader("nl").advice(None);
    assert_eq!(advice.len(), 40);
    assert!(advice.iter().all(|a| !a.points.is_empty()));
}

#[test]
fn an_unknown_id_is_not_found() {
    match reader("en").exercise("moonwalk".into()) {
        Err(KernkrachtError::NotFound(message)) => {
            assert_eq!(message, "no exercise has the id 'moonwalk'")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn equipment_filter_keeps_only_what_the_user_can_do() {
    let en = reader("en");
    let bare = en.exercises(ExerciseFilter {
        equipment_available: Some(vec![]),
        ..all()
    });
    assert!(!bare.is_empty());
    assert!(bare.iter().all(|e| e.equipment.iter().all(|n| !n.required)));
    // A ball-optional plank is doable without a ball; the superman on the ball is not.
    assert!(bare.iter().any(|e| e.id == "abdominal-plank-two-legs"));
    assert!(!bare.iter().any(|e| e.id == "superman-on-ball"));
    let with_ball = en.exercises(ExerciseFilter {
        equipment_available: Some(vec![Equipment::Ball, Equipment::Mat]),
        ..all()
    });
    assert!(with_ball.iter().any(|e| e.id == "superman-on-ball"));
    assert!(with_ball.len() > bare.len());
}

#[test]
fn cuff_phase_category_position_and_acute_filters() {
    let en = reader("en");
    let cuff = en.exercises(ExerciseFilter {
        needs_cuff: Some(true),
        ..all()
    });
    assert_eq!(cuff.len(), 10);
    assert!(cuff.iter().all(|e| e.pbu.is_some()));
    let no_cuff = en.exercises(ExerciseFilter {
        needs_cuff: Some(false),
        ..all()
    });
    assert_eq!(no_cuff.len() + cuff.len(), en.exercises(all()).len());

    let phase_one = en.exercises(ExerciseFilter {
        stabilisation_phase: Some(1),
        ..all()
    });
    assert!(!phase_one.is_empty());
    assert!(phase_one.iter().all(|e| e.stabilisation_phase == Some(1)));

    let prone_stretches = en.exercises(ExerciseFilter {
        category: Some(Category::Stretch),
        position: Some(Position::Supine),
        ..all()
    });
    assert!(prone_stretches
        .iter()
        .all(|e| e.category == Category::Stretch && e.position == Position::Supine));

    let acute = en.exercises(ExerciseFilter {
        acute_phase: true,
        ..all()
    });
    assert!(acute.iter().all(|e| !e.after_acute_only));
    assert!(!acute.iter().any(|e| e.id == "straight-leg-raise"));
    assert!(acute.iter().any(|e| e.id == "pelvic-tilt-supine"));
}
