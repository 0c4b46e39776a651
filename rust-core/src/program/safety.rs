//! Whether and how the user may train today, from the safety screening and the pain trend.
//!
//! A red flag blocks the program: see a doctor first. Acute pain blocks it too: leaflet 001
//! says exercises are usually not advisable while the pain is acute and its programme is for
//! the post-acute phase, once the worst pain has gone. So an acute user gets the leaflet's
//! advice for this phase instead of a session, and the program starts when the user reports
//! that the worst is over. A block means no session, no training day in the week ahead and
//! no training reminder. Complaints that get worse (leaflet 003) bring the advice to contact
//! the doctor or physiotherapist.

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
    /// The pain is acute: no exercises until the worst pain has gone (leaflet 001).
    #[error("the pain is acute: no exercises until the worst of it is over")]
    AcutePain,
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
            Block::AcutePain => {
                "acute pijn: eerst moet het ergste weg, pas daarna oefenen".into()
            }
        }
    }
}

#[cfg(test)]
impl Block {
    /// Every variant, for the tests.
    pub(crate) fn samples() -> Vec<Block> {
        vec![Block::NoProfile, Block::SeeDoctor, Block::AcutePain]
    }
}

/// The catalogue's advice for the acute phase (leaflet 001), shown instead of a session.
pub const ACUTE_ADVICE: &str = "acute-vs-post-acute";

/// The screening's verdict: whether the program may plan training. A red flag outranks
/// acute pain, since a doctor must be seen whatever the pain does.
pub fn gate(screening: Option<&Screening>) -> Result<(), Block> {
    match screening {
        None => Err(Block::NoProfile),
        Some(s) if s.red_flags => Err(Block::SeeDoctor),
        Some(s) if s.acute_pain => Err(Block::AcutePain),
        Some(_) => Ok(()),
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
    fn red_flags_and_acute_pain_block_leaflet_001() {
        assert_eq!(gate(None), Err(Block::NoProfile));
        assert_eq!(gate(Some(&screening(true, false))), Err(Block::SeeDoctor));
        assert_eq!(gate(Some(&screening(true, true))), Err(Block::SeeDoctor));
        assert_eq!(gate(Some(&screening(false, true))), Err(Block::AcutePain));
        assert_eq!(gate(Some(&screening(false, false))), Ok(()));
    }

    #[test]
    fn the_acute_advice_is_leaflet_001s_safety_advice() {
        let catalogue = crate::catalogue::Catalogue::builtin().unwrap();
        let advice = catalogue.advice().iter().find(|a| a.id == ACUTE_ADVICE);
        let advice = advice.expect("the acute-phase advice is in the catalogue");
        assert_eq!(advice.topic, crate::catalogue::AdviceTopic::Safety);
        assert!(advice.leaflet.starts_with("001"), "{}", advice.leaflet);
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
