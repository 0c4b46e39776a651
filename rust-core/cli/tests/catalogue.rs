//! `kernkracht catalogue` as a script or a user runs it.

mod common;

use common::{json, kernkracht};

#[test]
fn list_json_has_the_promised_fields_for_every_exercise() {
    let list = json(&["catalogue", "list", "--json"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 95);
    for e in list {
        for field in ["id", "name", "source", "category", "position"] {
            assert!(e[field].is_string(), "{field} in {e}");
        }
        assert!(e["source"].as_str().unwrap().ends_with(".txt"));
        assert!(e["equipment"].is_array(), "{e}");
        assert!(e["dosage"].is_object(), "{e}");
        assert!(
            e["pbu"].is_null() || e["pbu"]["start_mmhg"].is_u64(),
            "{}",
            e["pbu"]
        );
    }
}

#[test]
fn list_filters_and_speaks_dutch() {
    let stretches = json(&[
        "catalogue",
        "list",
        "--category",
        "stretch",
        "--lang",
        "nl",
        "--json",
    ]);
    let stretches = stretches.as_array().unwrap();
    assert!(!stretches.is_empty());
    assert!(stretches.iter().all(|e| e["category"] == "stretch"));
    let psoas = stretches
        .iter()
        .find(|e| e["id"] == "iliopsoas-stretch-kneeling-lunge")
        .unwrap();
    assert_eq!(psoas["source"], "001_5cdf72fe62c33780.txt");
    let cuff = json(&["catalogue", "list", "--cuff", "yes", "--json"]);
    assert!(cuff
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["pbu"]["start_mmhg"] == 70 || e["pbu"]["start_mmhg"] == 40));
}

#[test]
fn show_prints_a_card_or_refuses_an_unknown_id() {
    let out = kernkracht(&["catalogue", "show", "wall-sit", "--lang", "en"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("Wall sit"), "{text}");
    assert!(text.contains("Dosage: 30 s, growing longer"), "{text}");
    let out = kernkracht(&["catalogue", "show", "moonwalk"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "kernkracht: no exercise has the id 'moonwalk'\n"
    );
    let out = kernkracht(&["catalogue", "list", "--category", "yoga"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn table_lists_every_exercise_with_a_count() {
    let out = kernkracht(&["catalogue", "list", "--lang", "en"]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("id "), "{text}");
    assert!(text.trim_end().ends_with("95 exercises"), "{text}");
}
