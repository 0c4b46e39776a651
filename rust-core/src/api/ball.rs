//! Swiss-ball sizing for onboarding, exported to the shells.

use crate::api::error::in_language;
use crate::api::KernkrachtError;
use crate::ball;
use crate::language::Language;
use crate::screens::onboarding::ball_view;

/// The height band a recommendation fell in (leaflet 000), so a UI can explain it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum HeightBand {
    /// Shorter than 168 cm.
    Under168,
    /// 168 cm up to and including 188 cm.
    From168To188,
    /// Taller than 188 cm.
    Over188,
}

/// The Swiss ball recommended for a body height.
#[derive(Debug, Clone, PartialEq, uniffi::Record)]
pub struct BallRecommendation {
    /// The height the recommendation is for, in centimetres.
    pub height_cm: f64,
    /// The ball diameter in centimetres: 55, 65 or 75.
    pub diameter_cm: u32,
    /// The band the height fell in.
    pub band: HeightBand,
    /// The band's lower bound in cm (inclusive); absent for the lowest band.
    pub band_from_cm: Option<f64>,
    /// The band's upper bound in cm; absent for the highest band.
    pub band_to_cm: Option<f64>,
    /// `Bal van 65 cm`, in the language asked for.
    pub label: String,
    /// Why this size: the height band of leaflet 000, as a sentence.
    pub reason: String,
}

impl From<ball::HeightBand> for HeightBand {
    fn from(band: ball::HeightBand) -> Self {
        match band {
            ball::HeightBand::Under168 => HeightBand::Under168,
            ball::HeightBand::From168To188 => HeightBand::From168To188,
            ball::HeightBand::Over188 => HeightBand::Over188,
        }
    }
}

impl BallRecommendation {
    fn new(r: ball::BallRecommendation, language: Language) -> Self {
        let view = ball_view(&r, language);
        BallRecommendation {
            height_cm: r.height_cm,
            diameter_cm: r.diameter_cm,
            band: r.band.into(),
            band_from_cm: r.band.lower_cm(),
            band_to_cm: r.band.upper_cm(),
            label: view.label,
            reason: view.reason,
        }
    }
}

/// Recommends the Swiss-ball diameter for a body height in centimetres, worded in `language`.
///
/// Heights that are not a number, infinite, or outside 100–250 cm are refused with
/// [`KernkrachtError::InvalidInput`]; heights that look like metres or millimetres say so.
#[uniffi::export]
pub fn recommend_ball(
    height_cm: f64,
    language: Language,
) -> Result<BallRecommendation, KernkrachtError> {
    in_language(language, || {
        let r = ball::recommend(height_cm)?;
        log::debug!("{} cm tall: {} cm ball", r.height_cm, r.diameter_cm);
        Ok(BallRecommendation::new(r, language))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recommendation_and_its_refusal_are_in_the_language_asked_for() {
        let r = recommend_ball(180.0, Language::Nl).unwrap();
        assert_eq!((r.diameter_cm, r.label.as_str()), (65, "Bal van 65 cm"));
        assert!(r.reason.contains("1,68 m"), "{}", r.reason);
        assert!(recommend_ball(150.0, Language::En)
            .unwrap()
            .reason
            .contains("shorter than 1.68 m"));
        let refused = recommend_ball(1.8, Language::Nl).unwrap_err();
        assert!(
            matches!(&refused, KernkrachtError::InvalidInput(m) if m.contains("meter")),
            "{refused:?}"
        );
    }
}
