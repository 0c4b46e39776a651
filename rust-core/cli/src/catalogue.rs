//! `kernkracht catalogue`: browse the exercises and the leaflets' general advice.

use clap::{Args, Subcommand, ValueEnum};
use kernkracht::api::catalogue::{Catalogue, Exercise};
use kernkracht::catalogue::{AdviceTopic, Category, Equipment, ExerciseFilter, PbuGoal, Position};

use crate::labels;
use crate::lang::Lang;
use crate::{parse_key, CommandResult, Output};

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
        /// Only this topic.
        #[arg(long, value_parser = parse_key::<AdviceTopic>)]
        topic: Option<AdviceTopic>,
    },
}

#[derive(Debug, Args)]
struct ListArgs {
    /// Only this category (warm_up, stabilisation, strength, stretch, mobilisation,
    /// relaxation, balance, pressure_biofeedback).
    #[arg(long, value_parser = parse_key::<Category>)]
    category: Option<Category>,
    /// Only this starting position (supine, prone, side_lying, hands_and_knees, …).
    #[arg(long, value_parser = parse_key::<Position>)]
    position: Option<Position>,
    /// Only exercises doable with this equipment, comma-separated (ball,mat,wall,…).
    #[arg(long, value_delimiter = ',', value_parser = parse_key::<Equipment>)]
    equipment: Option<Vec<Equipment>>,
    /// Only this phase (1–4) of the stabilisation track.
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=4))]
    phase: Option<u8>,
    /// Only the cuff (pressure-biofeedback) exercises, or none of them.
    #[arg(long, value_enum)]
    cuff: Option<YesNo>,
    /// Only exercises allowed while the acute pain has not yet settled.
    #[arg(long)]
    acute: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum YesNo {
    Yes,
    No,
}

pub fn run(args: &CatalogueArgs, out: &Output) -> CommandResult {
    let catalogue = Catalogue::new(out.lang.locale().to_owned())?;
    match &args.command {
        CatalogueCommand::List(list) => {
            let filter = ExerciseFilter {
                category: list.category,
                position: list.position,
                equipment_available: list.equipment.clone(),
                stabilisation_phase: list.phase,
                needs_cuff: list.cuff.map(|c| matches!(c, YesNo::Yes)),
                acute_phase: list.acute,
            };
            let exercises = catalogue.exercises(filter);
            if out.json {
                print_json(&exercises);
            } else {
                print_table(&exercises, out.lang);
            }
        }
        CatalogueCommand::Show { id } => {
            let exercise = catalogue.exercise(id.clone())?;
            if out.json {
                print_json(&exercise);
            } else {
                print!("{}", card(&exercise, out.lang));
            }
        }
        CatalogueCommand::Advice { topic } => {
            let advice = catalogue.advice(*topic);
            if out.json {
                print_json(&advice);
            } else {
                for item in advice {
                    println!("{}  [{}]", item.title, item.id);
                    for point in item.points {
                        println!("  - {point}");
                    }
                    println!();
                }
            }
        }
    }
    Ok(())
}

fn print_json<T: serde::Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).expect("catalogue records serialise")
    );
}

fn print_table(exercises: &[Exercise], lang: Lang) {
    let rows: Vec<[String; 4]> = exercises
        .iter()
        .map(|e| {
            [
                e.id.clone(),
                e.name.clone(),
                labels::category(e.category, lang).to_owned(),
                e.dosage_summary.clone(),
            ]
        })
        .collect();
    let header = [
        "id",
        lang.pick("naam", "name"),
        lang.pick("soort", "category"),
        lang.pick("dosering", "dosage"),
    ]
    .map(str::to_owned);
    let width = |column: usize| {
        rows.iter()
            .chain(std::iter::once(&header))
            .map(|row| row[column].chars().count())
            .max()
            .unwrap_or(0)
    };
    let widths = [width(0), width(1), width(2)];
    for row in std::iter::once(&header).chain(rows.iter()) {
        println!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {}",
            row[0],
            row[1],
            row[2],
            row[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        );
    }
    println!("\n{} {}", rows.len(), lang.pick("oefeningen", "exercises"));
}

fn card(e: &Exercise, lang: Lang) -> String {
    let mut text = format!("{}  [{}]\n", e.name, e.id);
    let number = e
        .number
        .as_ref()
        .map(|n| format!(", {} {n}", lang.pick("nr.", "no.")))
        .unwrap_or_default();
    text += &format!(
        "{}: {}, \"{}\"{number}\n",
        lang.pick("Bron", "Source"),
        e.source,
        e.section
    );
    text += &format!(
        "{} · {} · {}\n",
        labels::category(e.category, lang),
        labels::position(e.position, lang),
        labels::level(e.level, lang)
    );
    text += &format!(
        "{}: {}\n",
        lang.pick("Dosering", "Dosage"),
        e.dosage_summary
    );
    if !e.equipment.is_empty() {
        let items: Vec<String> = e
            .equipment
            .iter()
            .map(|need| {
                let name = labels::equipment(need.item, lang);
                if need.required {
                    name.to_owned()
                } else {
                    format!("{name} ({})", lang.pick("optioneel", "optional"))
                }
            })
            .collect();
        text += &format!(
            "{}: {}\n",
            lang.pick("Materiaal", "Equipment"),
            items.join(", ")
        );
    }
    if e.after_acute_only {
        text += &format!(
            "{}\n",
            lang.pick(
                "Pas na de acute pijnfase.",
                "Only once the acute pain has settled."
            )
        );
    }
    text += &format!("{}\n", labels::pain_rule(e.pain_rule, lang));
    if let Some(purpose) = &e.purpose {
        text += &format!("\n{purpose}\n");
    }
    text += &format!(
        "\n{}:\n  {}\n",
        lang.pick("Uitgangshouding", "Starting position"),
        e.start_position
    );
    text += &format!("\n{}:\n", lang.pick("Uitvoering", "Steps"));
    for (n, step) in e.steps.iter().enumerate() {
        text += &format!("  {}. {step}\n", n + 1);
    }
    if let Some(pbu) = &e.pbu {
        text += &format!(
            "\n{}:\n  {} {} mmHg. {}\n  {}\n",
            lang.pick("Drukbiofeedback", "Pressure biofeedback"),
            lang.pick("Pomp het kussen op tot", "Inflate the cushion to"),
            pbu.start_mmhg,
            pbu.placement,
            pbu_goal(pbu.goal, lang)
        );
    }
    for (title, items) in [
        (lang.pick("Let op", "Attention"), &e.attention),
        (lang.pick("Variaties", "Variations"), &e.variations),
    ] {
        if !items.is_empty() {
            text += &format!("\n{title}:\n");
            for item in items {
                text += &format!("  - {item}\n");
            }
        }
    }
    if let Some(base) = &e.variant_of {
        text += &format!("\n{}: {base}\n", lang.pick("Variant van", "Variant of"));
    }
    if !e.progresses_to.is_empty() {
        text += &format!(
            "{}: {}\n",
            lang.pick("Daarna", "Progresses to"),
            e.progresses_to.join(", ")
        );
    }
    text
}

fn pbu_goal(goal: PbuGoal, lang: Lang) -> String {
    match goal {
        PbuGoal::Drop {
            drop_mmhg,
            band_min_mmhg,
            band_max_mmhg,
        } => match lang {
            Lang::Nl => format!(
                "Doel: de druk zakt ongeveer {drop_mmhg} mmHg (goed tussen {band_min_mmhg} en {band_max_mmhg} mmHg)."
            ),
            Lang::En => format!(
                "Goal: the pressure drops about {drop_mmhg} mmHg (correct between {band_min_mmhg} and {band_max_mmhg} mmHg)."
            ),
        },
        PbuGoal::Keep {
            keep_mmhg,
            tolerance_mmhg,
        } => match lang {
            Lang::Nl => format!("Doel: houd de druk op {keep_mmhg} ± {tolerance_mmhg} mmHg."),
            Lang::En => format!("Goal: keep the pressure at {keep_mmhg} ± {tolerance_mmhg} mmHg."),
        },
    }
}
