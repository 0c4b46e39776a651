//! `kernkracht ball`: the Swiss-ball size for a body height (onboarding, leaflet 000).

use clap::Args;
use kernkracht::api::ball::{recommend_ball, BallRecommendation, HeightBand};
use serde_json::json;

use crate::lang::Lang;
use crate::{CommandResult, Output};

#[derive(Debug, Args)]
pub struct BallArgs {
    /// Body height in centimetres, e.g. 180.
    #[arg(long, value_name = "CM", allow_negative_numbers = true)]
    height_cm: f64,
}

pub fn run(args: &BallArgs, out: &Output) -> CommandResult {
    let r = recommend_ball(args.height_cm)?;
    if out.json {
        let doc = json!({
            "height_cm": r.height_cm,
            "diameter_cm": r.diameter_cm,
            "band": band_key(r.band),
            "band_from_cm": r.band_from_cm,
            "band_to_cm": r.band_to_cm,
        });
        println!("{doc}");
    } else {
        println!("{}", describe(&r, out.lang));
    }
    Ok(())
}

fn band_key(band: HeightBand) -> &'static str {
    match band {
        HeightBand::Under168 => "under_168",
        HeightBand::From168To188 => "168_to_188",
        HeightBand::Over188 => "over_188",
    }
}

fn describe(r: &BallRecommendation, lang: Lang) -> String {
    let why = match r.band {
        HeightBand::Under168 => lang.pick("korter dan 168 cm", "shorter than 168 cm"),
        HeightBand::From168To188 => lang.pick("168 tot en met 188 cm", "168 to 188 cm"),
        HeightBand::Over188 => lang.pick("langer dan 188 cm", "taller than 188 cm"),
    };
    match lang {
        Lang::Nl => format!(
            "Bij een lengte van {} cm past een Swiss ball met een diameter van {} cm ({}).",
            lang.number(r.height_cm),
            r.diameter_cm,
            why
        ),
        Lang::En => format!(
            "At a height of {} cm, use a Swiss ball {} cm in diameter ({}).",
            r.height_cm, r.diameter_cm, why
        ),
    }
}
