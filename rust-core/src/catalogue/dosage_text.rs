//! A dosage in a few words, in Dutch or English ("3 × 15 reps, in blocks of 15 per side"),
//! so every screen and the CLI show the same summary.

use super::model::{Dosage, Range, Sides};
use crate::language::Language;

/// Summarises how much of an exercise to do.
pub fn describe(dosage: &Dosage, sides: Sides, language: Language) -> String {
    let nl = language == Language::Nl;
    let pick = |dutch: &str, english: &str| {
        if nl {
            dutch.to_owned()
        } else {
            english.to_owned()
        }
    };
    let mut parts: Vec<String> = Vec::new();

    let amount = match (dosage.reps, dosage.hold_seconds, dosage.hold_counts) {
        (Some(reps), _, _) => Some(format!("{} {}", range(reps), pick("herhalingen", "reps"))),
        (None, Some(hold), _) => Some(duration(hold)),
        (None, None, Some(counts)) => Some(format!("{counts} {}", pick("tellen", "counts"))),
        (None, None, None) => None,
    };
    match (dosage.start_from_max_divisor, dosage.sets, amount) {
        (Some(divisor), sets, _) => parts.push(format!(
            "{} × 1/{divisor} {}",
            sets.unwrap_or(1),
            pick("van je maximum", "of your maximum")
        )),
        (None, Some(sets), Some(amount)) => parts.push(format!("{sets} × {amount}")),
        (None, Some(sets), None) => parts.push(format!("{sets} {}", pick("sets", "sets"))),
        (None, None, Some(amount)) => parts.push(amount),
        (None, None, None) => {}
    }
    if let Some(target) = dosage.reps_target {
        parts.push(format!(
            "{} {target}",
            pick("opbouwen tot", "building up to")
        ));
    }
    if dosage.reps.is_some() {
        if let Some(hold) = dosage.hold_seconds {
            parts.push(format!("{} {} s", pick("telkens", "holding"), range(hold)));
        } else if let Some(counts) = dosage.hold_counts {
            parts.push(format!(
                "{} {counts} {}",
                pick("telkens", "holding"),
                pick("tellen", "counts")
            ));
        }
    }
    if dosage.reps_grow {
        parts.push(pick("rustig opbouwen", "building up calmly"));
    }
    if dosage.hold_grows {
        parts.push(pick("steeds langer", "growing longer"));
    }
    if let Some(tempo) = dosage.tempo_seconds {
        parts.push(format!(
            "{} s {}",
            range(tempo),
            pick("per herhaling", "per rep")
        ));
    }
    match (sides, dosage.block_reps) {
        (Sides::AlternatingBlocks, Some(block)) => parts.push(format!(
            "{} {block} {}",
            pick("in blokken van", "in blocks of"),
            pick("per kant", "per side")
        )),
        (Sides::Each, _) => parts.push(pick("per kant", "each side")),
        (Sides::Alternating, _) | (Sides::AlternatingBlocks, None) => {
            parts.push(pick("links en rechts afwisselend", "alternating sides"))
        }
        (Sides::None, _) => {}
    }
    if let Some(rest) = dosage.rest_seconds {
        parts.push(format!("{} {rest} s", pick("rust", "rest")));
    }
    if let Some(week) = dosage.times_per_week {
        parts.push(format!("{}× {}", range(week), pick("per week", "a week")));
    }
    if parts.is_empty() {
        return pick("geen vaste dosering", "no fixed dosage");
    }
    parts.join(", ")
}

/// A timed amount in seconds, or in whole minutes from two minutes on (`180 s` reads as
/// `3 min`).
fn duration(r: Range) -> String {
    if r.min >= 120 && r.min % 60 == 0 && r.max % 60 == 0 {
        format!(
            "{} min",
            range(Range {
                min: r.min / 60,
                max: r.max / 60
            })
        )
    } else {
        format!("{} s", range(r))
    }
}

fn range(r: Range) -> String {
    if r.is_exact() {
        r.min.to_string()
    } else {
        format!("{}–{}", r.min, r.max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_holds_read_in_minutes() {
        let hold = |min, max| Dosage {
            hold_seconds: Some(Range { min, max }),
            ..Dosage::default()
        };
        assert_eq!(describe(&hold(180, 180), Sides::None, Language::Nl), "3 min");
        assert_eq!(describe(&hold(120, 300), Sides::None, Language::En), "2–5 min");
        assert_eq!(describe(&hold(90, 90), Sides::None, Language::En), "90 s");
    }

    fn dosage() -> Dosage {
        Dosage::default()
    }

    #[test]
    fn holds_reps_blocks_and_frequency() {
        let plank = Dosage {
            sets: Some(3),
            hold_seconds: Some(Range::exactly(30)),
            times_per_week: Some(Range::exactly(3)),
            ..dosage()
        };
        assert_eq!(
            describe(&plank, Sides::None, Language::En),
            "3 × 30 s, 3× a week"
        );
        assert_eq!(
            describe(&plank, Sides::None, Language::Nl),
            "3 × 30 s, 3× per week"
        );
        let one_leg = Dosage {
            sets: Some(3),
            reps: Some(Range::exactly(15)),
            block_reps: Some(15),
            ..dosage()
        };
        assert_eq!(
            describe(&one_leg, Sides::AlternatingBlocks, Language::En),
            "3 × 15 reps, in blocks of 15 per side"
        );
    }

    #[test]
    fn growth_counts_and_the_maximum_test() {
        let tilt = Dosage {
            reps: Some(Range { min: 3, max: 5 }),
            reps_target: Some(10),
            hold_counts: Some(5),
            ..dosage()
        };
        assert_eq!(
            describe(&tilt, Sides::None, Language::En),
            "3–5 reps, building up to 10, holding 5 counts"
        );
        let strength = Dosage {
            sets: Some(3),
            start_from_max_divisor: Some(3),
            rest_seconds: Some(5),
            ..dosage()
        };
        assert_eq!(
            describe(&strength, Sides::Each, Language::Nl),
            "3 × 1/3 van je maximum, per kant, rust 5 s"
        );
        assert_eq!(
            describe(&dosage(), Sides::None, Language::En),
            "no fixed dosage"
        );
    }
}
