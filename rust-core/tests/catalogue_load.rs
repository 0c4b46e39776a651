//! The compiled-in catalogue loads; a malformed entry is refused with an error that names the
//! file, the entry and the field.
// Reaches into the domain modules, which only the `internals` feature makes public.
#![cfg(feature = "internals")]

use kernkracht::catalogue::{Catalogue, CatalogueError};

const LEAFLET: &str = r#"
[leaflet]
source = "test.txt"
title = { nl = "Test", en = "Test" }
"#;

const GOOD_EXERCISE: &str = r#"
[[exercise]]
id = "plank"
section = "Oefenschema"
name = { nl = "Plank", en = "Plank" }
category = "stabilisation"
position = "prone"
start_position = { nl = "Op je buik.", en = "On your stomach." }
steps = [{ nl = "Til je bekken op.", en = "Lift your pelvis." }]
muscles = ["rectus_abdominis"]
level = "basic"
pain_rule = "may_hurt"
sides = "none"
"#;

fn load(extra: &str) -> Result<Catalogue, CatalogueError> {
    let text = format!("{LEAFLET}{GOOD_EXERCISE}{extra}");
    Catalogue::load_toml(&[("test.toml", &text)])
}

fn error(extra: &str) -> CatalogueError {
    load(extra).expect_err("the entry is refused")
}

#[test]
fn the_builtin_catalogue_loads_in_both_languages() {
    let catalogue = Catalogue::builtin().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(catalogue.leaflets().len(), 5);
    assert_eq!(catalogue.exercises().len(), 96);
    assert_eq!(catalogue.advice().len(), 40);
}

#[test]
fn a_minimal_file_loads() {
    let catalogue = load("").unwrap();
    assert_eq!(catalogue.exercise("plank").unwrap().leaflet, "test.txt");
}

#[test]
fn an_unknown_field_names_entry_and_field() {
    let e = error("[exercise.dosage]\nsets = 3\nrepetitions = 10\n");
    assert_eq!(e.file, "test.toml");
    assert_eq!(e.entry.as_deref(), Some("exercise 'plank'"));
    assert_eq!(e.field.as_deref(), Some("dosage.repetitions"));
    assert!(e.problem.contains("unknown field"), "{e}");
}

#[test]
fn an_unknown_enum_value_is_refused() {
    let e = error(
        &GOOD_EXERCISE
            .replace("plank", "plank-2")
            .replace("\"prone\"", "\"upside_down\""),
    );
    assert_eq!(e.entry.as_deref(), Some("exercise 'plank-2'"));
    assert_eq!(e.field.as_deref(), Some("position"));
}

#[test]
fn a_missing_language_is_refused() {
    let e = error(&GOOD_EXERCISE.replace("plank", "plank-2").replace(
        "{ nl = \"Til je bekken op.\", en = \"Lift your pelvis.\" }",
        "{ nl = \"Til je bekken op.\", en = \" \" }",
    ));
    assert_eq!(e.entry.as_deref(), Some("exercise 'plank-2'"));
    assert_eq!(e.field.as_deref(), Some("steps"));
    assert_eq!(e.problem, "item 1: the English text is missing");
    let e = error(&GOOD_EXERCISE.replace("plank", "plank-2").replace(
        "name = { nl = \"Plank\", en = \"Plank\" }",
        "name = { en = \"Plank\" }",
    ));
    assert_eq!(e.field.as_deref(), Some("name"), "{e}");
    assert!(e.problem.contains("missing field `nl`"), "{e}");
}

#[test]
fn duplicate_ids_and_dangling_references_are_refused() {
    let e = error(GOOD_EXERCISE);
    assert_eq!(e.field.as_deref(), Some("id"));
    assert_eq!(e.problem, "'plank' is used more than once");
    let e = error(&GOOD_EXERCISE.replace("plank", "plank-2").replace(
        "sides = \"none\"",
        "sides = \"none\"\nvariant_of = \"plank-3\"",
    ));
    assert_eq!(e.entry.as_deref(), Some("exercise 'plank-2'"));
    assert_eq!(e.field.as_deref(), Some("variant_of"));
    assert_eq!(e.problem, "no exercise has the id 'plank-3'");
}

#[test]
fn the_same_movement_lies_in_another_leaflet() {
    let twin = GOOD_EXERCISE.replace("plank", "plank-2").replace(
        "sides = \"none\"",
        "sides = \"none\"\nsame_movement_as = \"plank\"",
    );
    let e = error(&twin);
    assert_eq!(e.entry.as_deref(), Some("exercise 'plank-2'"));
    assert_eq!(e.field.as_deref(), Some("same_movement_as"));
    assert_eq!(e.problem, "'plank' is in the same leaflet");
    let other_leaflet = format!("{LEAFLET}{twin}").replace("test.txt", "other.txt");
    let both = Catalogue::load_toml(&[
        ("test.toml", &format!("{LEAFLET}{GOOD_EXERCISE}")),
        ("other.toml", &other_leaflet),
    ])
    .unwrap();
    assert_eq!(
        both.exercise("plank-2")
            .unwrap()
            .same_movement_as
            .as_deref(),
        Some("plank")
    );
}

#[test]
fn pressure_targets_must_fit_the_category() {
    let pbu = GOOD_EXERCISE
        .replace("plank", "cuff")
        .replace("\"stabilisation\"", "\"pressure_biofeedback\"");
    let e = error(&pbu);
    assert_eq!(e.field.as_deref(), Some("pbu"));
    let with_both = format!(
        "{pbu}equipment = {{ required = [\"cuff\"] }}\n[exercise.pbu]\nstart_mmhg = 70\nplacement = {{ nl = \"Onder de buik\", en = \"Under the belly\" }}\ndrop_mmhg = 10\ndrop_band_mmhg = [6, 12]\nkeep_mmhg = 60\ntolerance_mmhg = 3\n"
    );
    let e = error(&with_both);
    assert_eq!(e.entry.as_deref(), Some("exercise 'cuff'"));
    assert_eq!(e.field.as_deref(), Some("pbu"));
    assert!(e.problem.contains("either drop_mmhg"), "{e}");
    let fine = with_both.replace("keep_mmhg = 60\ntolerance_mmhg = 3\n", "");
    assert!(load(&fine).is_ok());
}

#[test]
fn a_backwards_range_and_a_syntax_error_are_located() {
    let e = error("[exercise.dosage]\nreps = [20, 15]\n");
    assert_eq!(e.field.as_deref(), Some("dosage.reps"));
    assert!(e.problem.contains("runs backwards"), "{e}");
    let e = error("[exercise.dosage\n");
    assert_eq!(e.entry, None);
    assert!(e.problem.starts_with("line "), "{e}");
    assert!(
        e.to_string().starts_with("catalogue file test.toml: line"),
        "{e}"
    );
}
