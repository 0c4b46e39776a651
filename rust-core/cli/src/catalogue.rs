//! `kernkracht catalogue`: browse the exercises and the leaflets' general advice. Filters
//! take the catalogue's own words for categories, positions and equipment (in Dutch or
//! English) or their key names.

use clap::{Args, Subcommand};
use kernkracht::api::catalogue::{Catalogue, Exercise};
use kernkracht::api::{AdviceTopic, ExerciseFilter, Language, PbuGoal};

use crate::choices::{yes_no, Choices};
use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::text::Output;

#[derive(Debug, Args)]
pub struct CatalogueArgs {
    #[command(subcommand)]
    command: CatalogueCommand,
}

#[derive(Debug, Subcommand)]
enum CatalogueCommand {
    /// List exercises, optionally filtered.
    List(ListArgs),
    /// Show one exercise in full.
    Show {
        /// The exercise's id, as `list` shows it.
        id: String,
    },
    /// Show the leaflets' general advice.
    Advice {
        /// Only this topic (its key name, e.g. posture).
        #[arg(long)]
        topic: Option<String>,
    },
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Only this category (stretch, rekken, strength, kracht, …).
    #[arg(long)]
    category: Option<String>,
    /// Only this starting position (supine, ruglig, sitting, zit, …).
    #[arg(long)]
    position: Option<String>,
    /// Only exercises doable with this equipment, comma-separated (ball,mat or bal,mat).
    #[arg(long, value_name = "ITEMS")]
    equipment: Option<String>,
    /// Only this phase (1–4) of the stabilisation track.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    phase: Option<u8>,
    /// Only the cuff (pressure-biofeedback) exercises (yes), or none of them (no).
    #[arg(long, value_name = "YES|NO")]
    cuff: Option<String>,
    /// Only exercises allowed while the acute pain has not yet settled.
    #[arg(long)]
    acute: bool,
}

pub fn run(args: &CatalogueArgs, out: Output) -> CommandResult {
    let catalogue = Catalogue::new(out.lang.language())?;
    match &args.command {
        CatalogueCommand::List(list) => {
            let filter = filter(list, &catalogue, out.lang)?;
            let exercises = catalogue.exercises(filter);
            if out.json {
                out.json(&exercises);
            } else {
                print_list(&exercises, out);
            }
        }
        CatalogueCommand::Show { id } => {
            let exercise = catalogue.exercise(id.clone())?;
            if out.json {
                out.json(&exercise);
            } else {
                print_card(&exercise, out);
            }
        }
        CatalogueCommand::Advice { topic } => {
            let topic = match topic {
                Some(text) => Some(
                    topics(&catalogue)
                        .pick(text, out.lang)
                        .map_err(Problem::Usage)?,
                ),
                None => None,
            };
            let advice = catalogue.advice(topic);
            if out.json {
                out.json(&advice);
                return Ok(());
            }
            for item in advice {
                out.para(&format!("{}  [{}]", item.title, item.id));
                for point in item.points {
                    out.hanging("  - ", "    ", &point);
                }
                println!();
            }
        }
    }
    Ok(())
}

/// The filter the flags ask for, in the catalogue's words.
fn filter(list: &ListArgs, catalogue: &Catalogue, lang: Lang) -> Result<ExerciseFilter, Problem> {
    let words = Words::of(catalogue, lang)?;
    Ok(ExerciseFilter {
        category: list
            .category
            .as_deref()
            .map(|t| words.categories.pick(t, lang))
            .transpose()
            .map_err(Problem::Usage)?,
        position: list
            .position
            .as_deref()
            .map(|t| words.positions.pick(t, lang))
            .transpose()
            .map_err(Problem::Usage)?,
        equipment_available: list
            .equipment
            .as_deref()
            .map(|t| words.equipment.pick_list(t, lang))
            .transpose()
            .map_err(Problem::Usage)?,
        stabilisation_phase: list.phase,
        needs_cuff: list
            .cuff
            .as_deref()
            .map(|t| yes_no(lang).pick(t, lang))
            .transpose()
            .map_err(Problem::Usage)?,
        acute_phase: list.acute,
    })
}

/// The catalogue's words for its categories, positions and equipment, in both languages.
struct Words {
    categories: Choices<kernkracht::api::Category>,
    positions: Choices<kernkracht::api::Position>,
    equipment: Choices<kernkracht::api::Equipment>,
}

impl Words {
    fn of(catalogue: &Catalogue, lang: Lang) -> Result<Words, Problem> {
        let other = match lang {
            Lang::Nl => Language::En,
            Lang::En => Language::Nl,
        };
        let mut exercises = catalogue.exercises(ExerciseFilter::default());
        exercises.extend(Catalogue::new(other)?.exercises(ExerciseFilter::default()));
        Ok(Words {
            categories: Choices::new(
                exercises
                    .iter()
                    .map(|e| (e.category, e.category_label.clone())),
            ),
            positions: Choices::new(
                exercises
                    .iter()
                    .map(|e| (e.position, e.position_label.clone())),
            ),
            equipment: Choices::new(
                exercises
                    .iter()
                    .flat_map(|e| e.equipment.iter().map(|n| (n.item, n.label.clone()))),
            ),
        })
    }
}

/// The advice topics, by their key names (the catalogue has no words for them).
fn topics(catalogue: &Catalogue) -> Choices<AdviceTopic> {
    Choices::new(catalogue.advice(None).into_iter().map(|a| {
        let key = serde_json::to_value(a.topic)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        (a.topic, key)
    }))
}

fn print_list(exercises: &[Exercise], out: Output) {
    for e in exercises {
        out.para(&format!("{}  [{}]", e.name, e.id));
        out.indented(4, &format!("{} · {}", e.category_label, e.dosage_summary));
    }
    let lang = out.lang;
    out.heading(&format!(
        "{} {}",
        exercises.len(),
        lang.pick("oefeningen", "exercises")
    ));
}

fn print_card(e: &Exercise, out: Output) {
    let lang = out.lang;
    out.para(&format!("{}  [{}]", e.name, e.id));
    let number = e
        .number
        .as_ref()
        .map(|n| format!(", {} {n}", lang.pick("nr.", "no.")))
        .unwrap_or_default();
    out.para(&format!(
        "{}: {}, \"{}\"{number}",
        lang.pick("Bron", "Source"),
        e.source,
        e.section
    ));
    out.para(&format!(
        "{} · {} · {}",
        e.category_label, e.position_label, e.level_label
    ));
    out.para(&format!(
        "{}: {}",
        lang.pick("Dosering", "Dosage"),
        e.dosage_summary
    ));
    if !e.equipment.is_empty() {
        let items: Vec<String> = e
            .equipment
            .iter()
            .map(|need| match need.required {
                true => need.label.clone(),
                false => format!("{} ({})", need.label, lang.pick("optioneel", "optional")),
            })
            .collect();
        out.para(&format!(
            "{}: {}",
            lang.pick("Materiaal", "Equipment"),
            items.join(", ")
        ));
    }
    if e.after_acute_only {
        out.para(lang.pick(
            "Pas na de acute pijnfase.",
            "Only once the acute pain has settled.",
        ));
    }
    out.para(&e.pain_rule_text);
    if let Some(purpose) = &e.purpose {
        out.heading(purpose);
    }
    out.heading(&format!(
        "{}:",
        lang.pick("Uitgangshouding", "Starting position")
    ));
    out.indented(2, &e.start_position);
    out.heading(&format!("{}:", lang.pick("Uitvoering", "Steps")));
    for (n, step) in e.steps.iter().enumerate() {
        out.hanging(&format!("  {}. ", n + 1), "     ", step);
    }
    if let Some(pbu) = &e.pbu {
        out.heading(&format!(
            "{}:",
            lang.pick("Drukbiofeedback", "Pressure biofeedback")
        ));
        out.indented(
            2,
            &format!(
                "{} {} mmHg. {}",
                lang.pick("Pomp het kussen op tot", "Inflate the cushion to"),
                pbu.start_mmhg,
                pbu.placement
            ),
        );
        out.indented(2, &pbu_goal(pbu.goal, lang));
    }
    for (title, items) in [
        (lang.pick("Let op", "Attention"), &e.attention),
        (lang.pick("Variaties", "Variations"), &e.variations),
    ] {
        if !items.is_empty() {
            out.heading(&format!("{title}:"));
            for item in items {
                out.hanging("  - ", "    ", item);
            }
        }
    }
    if let Some(base) = &e.variant_of {
        out.heading(&format!(
            "{}: {base}",
            lang.pick("Variant van", "Variant of")
        ));
    }
    if !e.progresses_to.is_empty() {
        out.para(&format!(
            "{}: {}",
            lang.pick("Daarna", "Progresses to"),
            e.progresses_to.join(", ")
        ));
    }
}

fn pbu_goal(goal: PbuGoal, lang: Lang) -> String {
    match (goal, lang) {
        (
            PbuGoal::Drop {
                drop_mmhg,
                band_min_mmhg,
                band_max_mmhg,
            },
            Lang::Nl,
        ) => format!(
            "Doel: de druk zakt ongeveer {drop_mmhg} mmHg (goed tussen {band_min_mmhg} en {band_max_mmhg} mmHg)."
        ),
        (
            PbuGoal::Drop {
                drop_mmhg,
                band_min_mmhg,
                band_max_mmhg,
            },
            Lang::En,
        ) => format!(
            "Goal: the pressure drops about {drop_mmhg} mmHg (correct between {band_min_mmhg} and {band_max_mmhg} mmHg)."
        ),
        (
            PbuGoal::Keep {
                keep_mmhg,
                tolerance_mmhg,
            },
            Lang::Nl,
        ) => format!("Doel: houd de druk op {keep_mmhg} ± {tolerance_mmhg} mmHg."),
        (
            PbuGoal::Keep {
                keep_mmhg,
                tolerance_mmhg,
            },
            Lang::En,
        ) => format!("Goal: keep the pressure at {keep_mmhg} ± {tolerance_mmhg} mmHg."),
    }
}
