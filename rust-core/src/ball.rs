//! Swiss-ball sizing from body height (leaflet 000).
//!
//! Training on a Swiss ball beats training without one because the unstable ball trains
//! coordination too, but only a ball of the right diameter lets hips and knees sit at the
//! angles the exercises assume. Leaflet 000 sizes the ball by body height: under 1.68 m a
//! 55 cm ball, 1.68 m to 1.88 m a 65 cm ball, over 1.88 m a 75 cm ball.
//!
//! Heights are taken in centimetres and must lie in [`MIN_HEIGHT_CM`, `MAX_HEIGHT_CM`]. That
//! range holds essentially every adult (the sizing table is written for adults) while catching
//! typing and unit mistakes: `1.80` (metres) or `1800` (millimetres) are refused with an error
//! that says what was probably meant, rather than silently recommending a 55 cm or 75 cm ball.

use crate::language::{decimal, Language, Localized};

/// The smallest height accepted, in centimetres.
pub const MIN_HEIGHT_CM: f64 = 100.0;
/// The largest height accepted, in centimetres.
pub const MAX_HEIGHT_CM: f64 = 250.0;
/// Below this height (cm) the 55 cm ball fits.
pub const MEDIUM_FROM_CM: f64 = 168.0;
/// Above this height (cm) the 75 cm ball fits; up to and including it, the 65 cm ball.
pub const MEDIUM_UP_TO_CM: f64 = 188.0;

/// The three height bands of leaflet 000, each with its ball.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeightBand {
    /// Shorter than 168 cm: 55 cm ball.
    Under168,
    /// From 168 cm up to and including 188 cm: 65 cm ball.
    From168To188,
    /// Taller than 188 cm: 75 cm ball.
    Over188,
}

impl HeightBand {
    /// The ball diameter for this band, in centimetres.
    pub fn diameter_cm(self) -> u32 {
        match self {
            HeightBand::Under168 => 55,
            HeightBand::From168To188 => 65,
            HeightBand::Over188 => 75,
        }
    }

    /// The band's lower bound in cm (inclusive), `None` for the lowest band.
    pub fn lower_cm(self) -> Option<f64> {
        match self {
            HeightBand::Under168 => None,
            HeightBand::From168To188 => Some(MEDIUM_FROM_CM),
            HeightBand::Over188 => Some(MEDIUM_UP_TO_CM),
        }
    }

    /// The band's upper bound in cm (exclusive for the lowest band, inclusive for the middle
    /// one), `None` for the highest band.
    pub fn upper_cm(self) -> Option<f64> {
        match self {
            HeightBand::Under168 => Some(MEDIUM_FROM_CM),
            HeightBand::From168To188 => Some(MEDIUM_UP_TO_CM),
            HeightBand::Over188 => None,
        }
    }
}

/// The ball recommended for one body height.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BallRecommendation {
    /// The height the recommendation was made for, in centimetres.
    pub height_cm: f64,
    /// The band the height fell in, so a UI can explain the choice.
    pub band: HeightBand,
    /// The ball diameter in centimetres: 55, 65 or 75.
    pub diameter_cm: u32,
}

/// Why a height could not be sized.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
pub enum BallError {
    #[error("the height is not a number")]
    NotANumber,
    #[error("the height must be a finite number of centimetres")]
    Infinite,
    #[error("{height} looks like a height in metres: enter it in centimetres, e.g. {cm:.0}", cm = height * 100.0)]
    LooksLikeMetres { height: f64 },
    #[error("{height} looks like a height in millimetres: enter it in centimetres, e.g. {cm:.0}", cm = height / 10.0)]
    LooksLikeMillimetres { height: f64 },
    #[error("a height of {height} cm is outside the supported range of {MIN_HEIGHT_CM:.0} to {MAX_HEIGHT_CM:.0} cm")]
    OutOfRange { height: f64 },
}

impl Localized for BallError {
    fn localized(&self, language: Language) -> String {
        if language == Language::En {
            return self.to_string();
        }
        match *self {
            BallError::NotANumber => "je lengte moet een getal zijn".into(),
            BallError::Infinite => "je lengte moet een eindig getal in centimeter zijn".into(),
            BallError::LooksLikeMetres { height } => format!(
                "{} lijkt een lengte in meter: vul je lengte in centimeter in, bv. {:.0}",
                decimal(height, language),
                height * 100.0
            ),
            BallError::LooksLikeMillimetres { height } => format!(
                "{} lijkt een lengte in millimeter: vul je lengte in centimeter in, bv. {:.0}",
                decimal(height, language),
                height / 10.0
            ),
            BallError::OutOfRange { height } => format!(
                "een lengte van {} cm valt buiten het bereik van {MIN_HEIGHT_CM:.0} tot \
                 {MAX_HEIGHT_CM:.0} cm",
                decimal(height, language)
            ),
        }
    }
}

#[cfg(test)]
impl BallError {
    /// One value of every variant, for the tests.
    pub(crate) fn samples() -> Vec<BallError> {
        vec![
            BallError::NotANumber,
            BallError::Infinite,
            BallError::LooksLikeMetres { height: 1.8 },
            BallError::LooksLikeMillimetres { height: 1805.0 },
            BallError::OutOfRange { height: 99.5 },
        ]
    }
}

/// Recommends the Swiss-ball diameter for a body height in centimetres.
pub fn recommend(height_cm: f64) -> Result<BallRecommendation, BallError> {
    validate(height_cm)?;
    let band = if height_cm < MEDIUM_FROM_CM {
        HeightBand::Under168
    } else if height_cm <= MEDIUM_UP_TO_CM {
        HeightBand::From168To188
    } else {
        HeightBand::Over188
    };
    Ok(BallRecommendation {
        height_cm,
        band,
        diameter_cm: band.diameter_cm(),
    })
}

fn validate(height: f64) -> Result<(), BallError> {
    if height.is_nan() {
        return Err(BallError::NotANumber);
    }
    if height.is_infinite() {
        return Err(BallError::Infinite);
    }
    if (MIN_HEIGHT_CM..=MAX_HEIGHT_CM).contains(&height) {
        return Ok(());
    }
    if (MIN_HEIGHT_CM / 100.0..=MAX_HEIGHT_CM / 100.0).contains(&height) {
        return Err(BallError::LooksLikeMetres { height });
    }
    if (MIN_HEIGHT_CM * 10.0..=MAX_HEIGHT_CM * 10.0).contains(&height) {
        return Err(BallError::LooksLikeMillimetres { height });
    }
    Err(BallError::OutOfRange { height })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::checks::assert_localized;
    use proptest::prelude::*;

    fn diameter(height_cm: f64) -> u32 {
        recommend(height_cm).unwrap().diameter_cm
    }

    #[test]
    fn boundaries_follow_leaflet_000() {
        assert_eq!(diameter(167.9), 55);
        assert_eq!(diameter(168.0), 65);
        assert_eq!(diameter(188.0), 65);
        assert_eq!(diameter(188.1), 75);
    }

    #[test]
    fn the_range_ends_are_accepted() {
        assert_eq!(diameter(MIN_HEIGHT_CM), 55);
        assert_eq!(diameter(MAX_HEIGHT_CM), 75);
    }

    #[test]
    fn the_band_explains_the_choice() {
        let r = recommend(180.0).unwrap();
        assert_eq!(r.band, HeightBand::From168To188);
        assert_eq!(r.band.lower_cm(), Some(168.0));
        assert_eq!(r.band.upper_cm(), Some(188.0));
        assert_eq!(recommend(150.0).unwrap().band.lower_cm(), None);
        assert_eq!(recommend(200.0).unwrap().band.upper_cm(), None);
    }

    #[test]
    fn invalid_heights_are_typed_errors() {
        assert_eq!(recommend(f64::NAN), Err(BallError::NotANumber));
        assert_eq!(recommend(f64::INFINITY), Err(BallError::Infinite));
        assert_eq!(recommend(f64::NEG_INFINITY), Err(BallError::Infinite));
        assert_eq!(recommend(99.9), Err(BallError::OutOfRange { height: 99.9 }));
        assert_eq!(
            recommend(250.1),
            Err(BallError::OutOfRange { height: 250.1 })
        );
        assert_eq!(
            recommend(-170.0),
            Err(BallError::OutOfRange { height: -170.0 })
        );
        assert_eq!(recommend(0.0), Err(BallError::OutOfRange { height: 0.0 }));
    }

    #[test]
    fn unit_mistakes_are_named() {
        assert_eq!(
            recommend(1.8),
            Err(BallError::LooksLikeMetres { height: 1.8 })
        );
        assert_eq!(
            recommend(1800.0),
            Err(BallError::LooksLikeMillimetres { height: 1800.0 })
        );
        assert_eq!(
            recommend(1.8).unwrap_err().to_string(),
            "1.8 looks like a height in metres: enter it in centimetres, e.g. 180"
        );
    }

    #[test]
    fn errors_read_in_dutch_and_english() {
        for error in BallError::samples() {
            assert_localized(&error);
        }
        assert_eq!(
            BallError::LooksLikeMetres { height: 1.8 }.localized(Language::Nl),
            "1,8 lijkt een lengte in meter: vul je lengte in centimeter in, bv. 180"
        );
        assert_eq!(
            BallError::OutOfRange { height: 99.5 }.localized(Language::Nl),
            "een lengte van 99,5 cm valt buiten het bereik van 100 tot 250 cm"
        );
    }

    proptest! {
        #[test]
        fn any_float_gives_a_result_or_an_error(bits in any::<u64>()) {
            let height = f64::from_bits(bits);
            match recommend(height) {
                Ok(r) => prop_assert!([55, 65, 75].contains(&r.diameter_cm)),
                Err(_) => prop_assert!(!(MIN_HEIGHT_CM..=MAX_HEIGHT_CM).contains(&height)),
            }
        }

        #[test]
        fn taller_never_means_a_smaller_ball(a in MIN_HEIGHT_CM..=MAX_HEIGHT_CM, b in MIN_HEIGHT_CM..=MAX_HEIGHT_CM) {
            let (short, tall) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(diameter(short) <= diameter(tall));
        }
    }
}
