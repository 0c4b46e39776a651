//! Rules that span fields or entries, checked once the whole catalogue is read: unique ids,
//! both languages everywhere, references that resolve, and pressure targets exactly where a
//! cuff is used.

use std::collections::{HashMap, HashSet};

use super::error::CatalogueError;
use super::model::{Advice, Category, Equipment, Exercise, Sides};
use crate::language::Text;

pub fn validate(exercises: &[Exercise], advice: &[Advice]) -> Result<(), CatalogueError> {
    let mut ids = HashSet::new();
    for exercise in exercises {
        let fail = failure(&exercise.leaflet, "exercise", &exercise.id);
        check_id(&exercise.id, &mut ids).map_err(|p| fail("id", p))?;
        check_exercise(exercise).map_err(|(field, problem)| fail(field, problem))?;
    }
    for item in advice {
        let fail = failure(&item.leaflet, "advice", &item.id);
        check_id(&item.id, &mut ids).map_err(|p| fail("id", p))?;
        check_text(&item.title).map_err(|p| fail("title", p))?;
        check_texts(&item.points, true).map_err(|p| fail("points", p))?;
    }
    let exercise_ids: HashMap<&str, &Exercise> =
        exercises.iter().map(|e| (e.id.as_str(), e)).collect();
    for exercise in exercises {
        let fail = failure(&exercise.leaflet, "exercise", &exercise.id);
        let references = exercise
            .variant_of
            .iter()
            .map(|id| ("variant_of", id))
            .chain(
                exercise
                    .progresses_to
                    .iter()
                    .map(|id| ("progresses_to", id)),
            )
            .chain(
                exercise
                    .same_movement_as
                    .iter()
                    .map(|id| ("same_movement_as", id)),
            );
        for (field, id) in references {
            if id == &exercise.id {
                return Err(fail(field, "refers to the exercise itself".into()));
            }
            if !exercise_ids.contains_key(id.as_str()) {
                return Err(fail(field, format!("no exercise has the id '{id}'")));
            }
        }
        if let Some(twin) = exercise.same_movement_as.as_deref() {
            check_twin(exercise, exercise_ids[twin]).map_err(|p| fail("same_movement_as", p))?;
        }
    }
    Ok(())
}

type FieldProblem = (&'static str, String);

/// The same movement lies in another leaflet, one step away: its start is read from there.
fn check_twin(exercise: &Exercise, twin: &Exercise) -> Result<(), String> {
    if twin.leaflet == exercise.leaflet {
        return Err(format!("'{}' is in the same leaflet", twin.id));
    }
    if twin.same_movement_as.is_some() {
        return Err(format!("'{}' names a same movement itself", twin.id));
    }
    Ok(())
}

fn check_exercise(e: &Exercise) -> Result<(), FieldProblem> {
    check_text(&e.name).map_err(|p| ("name", p))?;
    check_text(&e.start_position).map_err(|p| ("start_position", p))?;
    check_texts(&e.steps, true).map_err(|p| ("steps", p))?;
    check_texts(&e.attention, false).map_err(|p| ("attention", p))?;
    check_texts(&e.variations, false).map_err(|p| ("variations", p))?;
    if let Some(purpose) = &e.purpose {
        check_text(purpose).map_err(|p| ("purpose", p))?;
    }
    if e.section.trim().is_empty() {
        return Err(("section", "is empty".into()));
    }
    if e.muscles.is_empty() {
        return Err(("muscles", "names no muscle".into()));
    }
    if let Some(phase) = e.stabilisation_phase {
        if !(1..=4).contains(&phase) {
            return Err(("stabilisation_phase", format!("{phase} is not 1 to 4")));
        }
    }
    let is_pbu = e.category == Category::PressureBiofeedback;
    let needs_cuff = e.equipment.required.contains(&Equipment::Cuff);
    match (&e.pbu, is_pbu, needs_cuff) {
        (Some(pbu), true, true) => check_text(&pbu.placement).map_err(|p| ("pbu.placement", p))?,
        (None, true, _) => return Err(("pbu", "a pressure-biofeedback exercise needs one".into())),
        (_, true, false) => {
            return Err((
                "equipment",
                "a pressure-biofeedback exercise requires the cuff".into(),
            ))
        }
        (Some(_), false, _) => {
            return Err(("pbu", "only pressure_biofeedback exercises have one".into()))
        }
        (None, false, true) => {
            return Err((
                "equipment",
                "only pressure_biofeedback exercises need the cuff".into(),
            ))
        }
        (None, false, false) => {}
    }
    if e.sides == Sides::AlternatingBlocks && e.dosage.block_reps.is_none() {
        return Err((
            "dosage.block_reps",
            "alternating_blocks needs a block size".into(),
        ));
    }
    if e.dosage.weekly_minimum && e.dosage.times_per_week.is_none() {
        return Err((
            "dosage.weekly_minimum",
            "a weekly minimum needs times_per_week".into(),
        ));
    }
    Ok(())
}

fn check_id(id: &str, seen: &mut HashSet<String>) -> Result<(), String> {
    let well_formed = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if !well_formed {
        return Err(format!("'{id}' is not a lower-case kebab-case slug"));
    }
    if !seen.insert(id.to_owned()) {
        return Err(format!("'{id}' is used more than once"));
    }
    Ok(())
}

fn check_text(text: &Text) -> Result<(), String> {
    match (text.nl.trim().is_empty(), text.en.trim().is_empty()) {
        (false, false) => Ok(()),
        (true, false) => Err("the Dutch text is missing".into()),
        (false, true) => Err("the English text is missing".into()),
        (true, true) => Err("both texts are missing".into()),
    }
}

fn check_texts(texts: &[Text], required: bool) -> Result<(), String> {
    if required && texts.is_empty() {
        return Err("is empty".into());
    }
    for (index, text) in texts.iter().enumerate() {
        check_text(text).map_err(|p| format!("item {}: {p}", index + 1))?;
    }
    Ok(())
}

fn failure<'a>(
    leaflet: &'a str,
    kind: &'a str,
    id: &'a str,
) -> impl Fn(&str, String) -> CatalogueError + 'a {
    move |field, problem| CatalogueError {
        file: leaflet.to_owned(),
        entry: Some(format!("{kind} '{id}'")),
        field: Some(field.to_owned()),
        problem,
    }
}
