//! `kernkracht catalogue` as a script or a user runs it.

mod common;

use common::{assert_fits, json, kernkracht, stderr, text};

#[test]
fn list_json_has_the_promised_fields_for_every_exercise() {
    let list = json(&["catalogue", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 96);
    for e in list {
        for field in [
            "id",
            "name",
            "source",
            "category",
            "category_label",
            "position",
        ] {
            assert!(e[field].is_string(), "{field} in {e}");
        }
        assert!(e["source"].as_str().unwrap().ends_with(".txt"));
        assert!(e["equipment"].is_array(), "{e}");
        assert!(e["dosage"].is_object(), "{e}");
    }
}

#[test]
fn filters_take_the_catalogues_words_in_both_languages() {
    let stretches = json(&["catalogue", "list", "--category", "stretch", "--json"]);
    let rekken = json(&["catalogue", "list", "--category", "Rekken", "--json"]);
    assert_eq!(stretches, rekken);
    let stretches = stretches.as_array().unwrap();
    assert!(!stretches.is_empty());
    assert!(stretches.iter().all(|e| e["category"] == "stretch"));
    let with_ball = json(&["catalogue", "list", "--equipment", "bal,mat", "--json"]);
    let with_ball_en = json(&["catalogue", "list", "--equipment", "ball,mat", "--json"]);
    assert_eq!(with_ball, with_ball_en);
    let cuff = json(&["catalogue", "list", "--cuff", "ja", "--json"]);
    assert!(cuff
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["pbu"]["start_mmhg"] == 70 || e["pbu"]["start_mmhg"] == 40));
}

#[test]
fn an_unknown_word_is_refused_with_the_valid_values() {
    let out = kernkracht(&["--lang", "nl", "catalogue", "list", "--category", "yoga"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("kernkracht: 'yoga' ken ik niet; kies uit: "),
        "{err}"
    );
    for category in ["opwarming", "rekken", "drukbiofeedback"] {
        assert!(err.contains(category), "{err}");
    }
}

#[test]
fn show_prints_a_card_or_refuses_an_unknown_id() {
    let card = text(&["catalogue", "show", "wall-sit", "--lang", "en"]);
    assert!(card.starts_with("Wall sit"), "{card}");
    assert!(card.contains("Dosage: 30 s, growing longer"), "{card}");
    assert_fits(&card, 80);
    let out = kernkracht(&["catalogue", "show", "moonwalk"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "kernkracht: no exercise has the id 'moonwalk'\n"
    );
}

#[test]
fn the_list_fits_80_columns_and_ends_with_a_count() {
    let list = text(&["catalogue", "list", "--lang", "nl"]);
    assert!(list.trim_end().ends_with("96 oefeningen"), "{list}");
    assert!(list.contains("[wall-sit]"), "{list}");
    assert_fits(&list, 80);
}
