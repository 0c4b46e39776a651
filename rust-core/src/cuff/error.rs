//! What can be wrong with a biofeedback set-up. Frames have their own error
//! ([`CodecError`](super::codec::CodecError)) and so do UUIDs; the engine itself accepts any
//! reading.

use crate::language::{Language, Localized};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CuffError {
    /// The pressure target cannot be trained with a cushion; the problem says why.
    #[error("{0}")]
    InvalidTarget(TargetProblem),
    #[error("the exercise '{0}' has no pressure target: it is not done with the cuff")]
    NoPressureTarget(String),
}

/// Why a pressure target cannot be trained with a cushion.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TargetProblem {
    #[error("the start pressure must be 1–200 mmHg, not {start_mmhg}")]
    StartPressure { start_mmhg: u32 },
    #[error(
        "a drop of {drop_mmhg} mmHg within {band_min_mmhg}–{band_max_mmhg} mmHg has no width or \
         does not fit a start of {start_mmhg} mmHg"
    )]
    DropBand {
        drop_mmhg: u32,
        band_min_mmhg: u32,
        band_max_mmhg: u32,
        start_mmhg: u32,
    },
    #[error("keeping {keep_mmhg} ± {tolerance_mmhg} mmHg is outside 0–200 mmHg or has no width")]
    KeepBand { keep_mmhg: u32, tolerance_mmhg: u32 },
    #[error("the hold must be 1–600 seconds, not {hold_seconds}")]
    Hold { hold_seconds: u32 },
}

/// The Dutch text of `NoPressureTarget` leaves out the exercise's id (an English key): the
/// user knows which exercise they chose, and the log has the id.
impl Localized for CuffError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            CuffError::InvalidTarget(problem) => problem.localized(language),
            CuffError::NoPressureTarget(_) => {
                "deze oefening heeft geen drukdoel: je doet ze zonder manchet".into()
            }
        }
    }
}

impl Localized for TargetProblem {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match *self {
            TargetProblem::StartPressure { start_mmhg } => {
                format!("de startdruk moet 1–200 mmHg bedragen, niet {start_mmhg}")
            }
            TargetProblem::DropBand {
                drop_mmhg,
                band_min_mmhg,
                band_max_mmhg,
                start_mmhg,
            } => format!(
                "een daling van {drop_mmhg} mmHg binnen {band_min_mmhg}–{band_max_mmhg} mmHg \
                 heeft geen breedte of past niet bij een startdruk van {start_mmhg} mmHg"
            ),
            TargetProblem::KeepBand {
                keep_mmhg,
                tolerance_mmhg,
            } => format!(
                "een doel van {keep_mmhg} ± {tolerance_mmhg} mmHg valt buiten 0–200 mmHg of \
                 heeft geen breedte"
            ),
            TargetProblem::Hold { hold_seconds } => {
                format!("de houdtijd moet 1–600 seconden zijn, niet {hold_seconds}")
            }
        }
    }
}

#[cfg(test)]
impl CuffError {
    /// One value of every variant (and of every target problem), for the tests.
    pub(crate) fn samples() -> Vec<CuffError> {
        vec![
            CuffError::InvalidTarget(TargetProblem::StartPressure { start_mmhg: 201 }),
            CuffError::InvalidTarget(TargetProblem::DropBand {
                drop_mmhg: 13,
                band_min_mmhg: 6,
                band_max_mmhg: 12,
                start_mmhg: 70,
            }),
            CuffError::InvalidTarget(TargetProblem::KeepBand {
                keep_mmhg: 199,
                tolerance_mmhg: 2,
            }),
            CuffError::InvalidTarget(TargetProblem::Hold { hold_seconds: 601 }),
            CuffError::NoPressureTarget("abdominal-plank-two-legs".into()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in CuffError::samples() {
            crate::language::checks::assert_localized(&error);
        }
        let hold = CuffError::InvalidTarget(TargetProblem::Hold { hold_seconds: 601 });
        assert_eq!(
            hold.localized(Language::En),
            "the hold must be 1–600 seconds, not 601"
        );
        assert_eq!(
            hold.localized(Language::Nl),
            "de houdtijd moet 1–600 seconden zijn, niet 601"
        );
    }
}
