//! The catalogue as the shells see it: language, filters, lookups and errors.

use kernkracht::api::catalogue::Catalogue;
use kernkracht::api::KernkrachtError;
use kernkracht::api::{Category, Equipment, ExerciseFilter, Language, Position};

fn reader(language: Language) -> std::sync::Arc<Catalogue> {
    Catalogue::new(language).unwrap()
}

fn all() -> ExerciseFilter {
    ExerciseFilter::default()
}

#[test]
fn texts_follow_the_language() {
    assert_eq!(reader(Language::Nl).language(), Language::Nl);
    let nl = reader(Language::Nl)
        .exercise("abdominal-plank-two-legs".into())
        .unwrap();
    let en = reader(Language::En)
        .exercise("abdominal-plank-two-legs".into())
        .unwrap();
    assert_eq!(nl.name, "Buikplank op twee benen");
    assert_eq!(en.name, "Front plank on two legs");
    assert_eq!(nl.dosage, en.dosage);
    assert_eq!(nl.dosage_summary, "3 × 30 s, 3× per week");
    assert_eq!(en.dosage_summary, "3 × 30 s, 3× a week");
    let advice = reader(Language::Nl).advice(None);
    assert_eq!(advice.len(), 40);
    assert!(advice.iter().all(|a| !a.points.is_empty()));
}

#[test]
fn an_unknown_id_is_not_found() {
    match reader(Language::En).exercise("moonwalk".into()) {
        Err(KernkrachtError::NotFound(message)) => {
            assert_eq!(message, "no exercise has the id 'moonwalk'")
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn equipment_filter_keeps_only_what_the_user_can_do() {
    let en = reader(Language::En);
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
    let en = reader(Language::En);
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

#[test]
fn labels_and_messages_are_in_the_readers_language() {
    let id = || "abdominal-plank-two-legs".to_owned();
    let nl = reader(Language::Nl).exercise(id()).unwrap();
    let en = reader(Language::En).exercise(id()).unwrap();
    assert_eq!(nl.position_label, "buiklig");
    assert_eq!(en.position_label, "lying on your stomach");
    assert_ne!(nl.category_label, en.category_label);
    assert!(nl.pain_rule_text.contains("pijn") || nl.pain_rule_text.contains("klachten"));
    assert!(nl.equipment.iter().all(|n| !n.label.is_empty()));
    match reader(Language::Nl).exercise("moonwalk".into()) {
        Err(KernkrachtError::NotFound(message)) => {
            assert_eq!(message, "Er bestaat geen oefening met de code 'moonwalk'.")
        }
        other => panic!("{other:?}"),
    }
}
