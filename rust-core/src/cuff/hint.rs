//! The feedback the engine gives, as values a UI can style and as short sentences in Dutch and
//! English (the words a physiotherapist beside the user would say).
//!
//! A set of hints is a bit set: the engine rebuilds it on every reading without allocating.

use serde::Serialize;

use crate::language::Language;

/// One piece of feedback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Hint {
    /// A reading below 0 or above 200 mmHg, or none at all: the sensor, not the user.
    SensorFault,
    /// The pressure fell slowly and steadily at rest: the cushion is losing air.
    Leak,
    /// Inflating: below the start pressure.
    PumpFurther,
    /// Inflating: above the start pressure.
    LetAirOut,
    /// Inflating: at the start pressure, waiting for it to settle.
    HoldStill,
    /// Bearing down: the pressure rose instead of falling.
    Pressing,
    /// Large, fast swings: the pelvis moves along.
    PelvisMoving,
    /// The breathing ripple has gone: the breath is held.
    HoldingBreath,
    /// Exercising above the band.
    AboveBand,
    /// Exercising below the band.
    BelowBand,
    /// The repetition is done: let the pressure come back.
    Relax,
}

impl Hint {
    /// Every hint, most urgent first: the order a UI with room for one shows them in.
    pub const ALL: [Hint; 11] = [
        Hint::SensorFault,
        Hint::Leak,
        Hint::PumpFurther,
        Hint::LetAirOut,
        Hint::HoldStill,
        Hint::Pressing,
        Hint::PelvisMoving,
        Hint::HoldingBreath,
        Hint::AboveBand,
        Hint::BelowBand,
        Hint::Relax,
    ];

    /// The hint as a short sentence.
    pub fn text(self, language: Language) -> &'static str {
        let (nl, en) = match self {
            Hint::SensorFault => (
                "Onmogelijke meting: controleer het drukkussen en de slang.",
                "Impossible reading: check the pressure cushion and its tube.",
            ),
            Hint::Leak => (
                "De druk zakt langzaam weg: pomp het kussen opnieuw op.",
                "The pressure is slowly leaking away: inflate the cushion again.",
            ),
            Hint::PumpFurther => ("Pomp verder op.", "Pump further."),
            Hint::LetAirOut => ("Laat wat lucht ontsnappen.", "Let some air out."),
            Hint::HoldStill => (
                "Blijf stil, de druk stabiliseert.",
                "Keep still while the pressure settles.",
            ),
            Hint::Pressing => (
                "Niet persen: trek je navel rustig in.",
                "Don't bear down: draw your navel in gently.",
            ),
            Hint::PelvisMoving => ("Houd je bekken stil.", "Keep your pelvis still."),
            Hint::HoldingBreath => ("Blijf rustig doorademen.", "Keep breathing calmly."),
            Hint::AboveBand => (
                "De druk is te hoog: breng hem rustig terug in de zone.",
                "The pressure is too high: bring it gently back into the band.",
            ),
            Hint::BelowBand => (
                "De druk is te laag: breng hem rustig terug in de zone.",
                "The pressure is too low: bring it gently back into the band.",
            ),
            Hint::Relax => (
                "Goed zo! Ontspan en laat de druk terugkomen.",
                "Well done! Relax and let the pressure come back.",
            ),
        };
        match language {
            Language::Nl => nl,
            Language::En => en,
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of hints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Hints(u16);

impl Hints {
    pub fn only(hint: Hint) -> Hints {
        Hints(hint.bit())
    }

    pub fn insert(&mut self, hint: Hint) {
        self.0 |= hint.bit();
    }

    pub fn contains(self, hint: Hint) -> bool {
        self.0 & hint.bit() != 0
    }

    /// Whether one of leaflet 002's compensations shows: holding the breath, pressing or
    /// moving the pelvis. Such time counts as out of the band.
    pub fn compensating(self) -> bool {
        [Hint::Pressing, Hint::PelvisMoving, Hint::HoldingBreath]
            .into_iter()
            .any(|hint| self.contains(hint))
    }

    /// The hints, most urgent first.
    pub fn iter(self) -> impl Iterator<Item = Hint> {
        Hint::ALL
            .into_iter()
            .filter(move |&hint| self.contains(hint))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_hint_has_both_texts_and_its_own_bit() {
        let mut all = Hints::default();
        for hint in Hint::ALL {
            assert!(!all.contains(hint), "{hint:?} shares a bit");
            all.insert(hint);
            assert!(!hint.text(Language::Nl).is_empty());
            assert_ne!(hint.text(Language::Nl), hint.text(Language::En));
        }
        assert_eq!(all.iter().collect::<Vec<_>>(), Hint::ALL);
    }

    /// Leaflet 002: holding the breath, pressing and moving the pelvis are compensations;
    /// being outside the band or a leak is something else to correct.
    #[test]
    fn only_the_three_compensations_of_leaflet_002_count_as_compensating() {
        let compensations = [Hint::Pressing, Hint::PelvisMoving, Hint::HoldingBreath];
        for hint in Hint::ALL {
            assert_eq!(
                Hints::only(hint).compensating(),
                compensations.contains(&hint),
                "{hint:?}"
            );
        }
    }

    #[test]
    fn hints_come_most_urgent_first() {
        let mut hints = Hints::only(Hint::Relax);
        hints.insert(Hint::SensorFault);
        assert_eq!(
            hints.iter().collect::<Vec<_>>(),
            [Hint::SensorFault, Hint::Relax]
        );
    }
}
