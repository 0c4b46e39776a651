//! Whether and how the user may train today, from the safety screening and the pain trend.
//!
//! A red flag blocks the program: see a doctor first. Acute pain keeps the session gentle:
//! exercises are usually not advisable while the pain is acute (leaflet 001), so only the
//! warm-up, the pelvic tilt, the basic programme and stretches remain, without the exercises
//! that are only for after the acute phase, until the user reports that the pain has
//! settled. Complaints that get worse (leaflet 003) bring the advice to contact the doctor or
//! physiotherapist.

use crate::language::{Language, Localized};
use crate::profile::Screening;

/// Why no session is offered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, thiserror::Error, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// Onboarding is not done.
    #[error("complete onboarding first")]
    NoProfile,
    /// The screening found a warning sign: see a doctor before training.
    #[error("a warning sign was reported: see a doctor before training")]
    SeeDoctor,
}

impl Localized for Block {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match self {
            Block::NoProfile => "maak eerst je profiel aan".into(),
            Block::SeeDoctor => {
                "je gaf een waarschuwingsteken aan: ga eerst naar een arts voor je begint te \
                 trainen"
                    .into()
            }
        }
    }
}

#[cfg(test)]
impl Block {
    /// Every variant, for the tests.
    pub(crate) fn samples() -> Vec<Block> {
        vec![Block::NoProfile, Block::SeeDoctor]
    }
}

/// What shapes today's session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Gate {
    pub acute: bool,
}

/// The screening's verdict.
pub fn gate(screening: Option<&Screening>) -> Result<Gate, Block> {
    match screening {
        None => Err(Block::NoProfile),
        Some(s) if s.red_flags => Err(Block::SeeDoctor),
        Some(s) => Ok(Gate {
            acute: s.acute_pain,
        }),
    }
}

/// Pain after a session at least this much above the pain before it is a set-back.
pub const PAIN_RISE_SETBACK: u8 = 2;

/// Whether the pain after a session rose by a set-back's worth over the pain before it.
pub fn setback(pain_before: Option<u8>, pain_after: Option<u8>) -> bool {
    match (pain_before, pain_after) {
        (Some(before), Some(after)) => after >= before.saturating_add(PAIN_RISE_SETBACK),
        _ => false,
    }
}

/// Whether the pain around the last sessions is getting worse: each of the last three
/// sessions ended more painful than it started, or the pain before each session rose by a
/// set-back's worth over them. `pains` are (before, after), oldest first.
pub fn worsening(pains: &[(u8, u8)]) -> bool {
    let Some(last) = pains.len().checked_sub(3).map(|start| &pains[start..]) else {
        return false;
    };
    let each_session_hurt = last.iter().all(|&(before, after)| after > before);
    let baseline_rose = last[2].0 >= last[0].0.saturating_add(PAIN_RISE_SETBACK);
    each_session_hurt || baseline_rose
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screening(red_flags: bool, acute_pain: bool) -> Screening {
        Screening {
            answered_at_ms: 0,
            red_flags,
            acute_pain,
        }
    }

    #[test]
    fn red_flags_block_and_acute_pain_keeps_it_gentle() {
        assert_eq!(gate(None), Err(Block::NoProfile));
        assert_eq!(gate(Some(&screening(true, false))), Err(Block::SeeDoctor));
        assert_eq!(gate(Some(&screening(true, true))), Err(Block::SeeDoctor));
        assert_eq!(
            gate(Some(&screening(false, true))),
            Ok(Gate { acute: true })
        );
        assert_eq!(
            gate(Some(&screening(false, false))),
            Ok(Gate { acute: false })
        );
    }

    #[test]
    fn blocks_read_in_dutch_and_english() {
        for block in Block::samples() {
            crate::language::checks::assert_localized(&block);
        }
        assert_eq!(
            Block::NoProfile.localized(Language::En),
            "complete onboarding first"
        );
    }

    #[test]
    fn worsening_needs_a_trend_not_one_bad_day() {
        assert!(!worsening(&[(3, 5)]));
        assert!(!worsening(&[(3, 3), (3, 5), (4, 4)]));
        assert!(worsening(&[(3, 4), (3, 4), (4, 5)]));
        assert!(worsening(&[(2, 2), (3, 3), (4, 4)]));
        assert!(!worsening(&[(4, 4), (3, 3), (3, 3)]));
    }
}
