//! `kernkracht ball`: the Swiss-ball size for a body height (onboarding, leaflet 000).

use clap::Args;
use kernkracht::api::ball::{recommend_ball, HeightBand};
use serde_json::json;

use crate::problem::CommandResult;
use crate::text::Output;

#[derive(Debug, Args)]
pub struct BallArgs {
    /// Body height in centimetres, e.g. 180.
    #[arg(long, value_name = "CM", allow_negative_numbers = true)]
    height_cm: f64,
}

pub fn run(args: &BallArgs, out: Output) -> CommandResult {
    let r = recommend_ball(args.height_cm, out.lang.language())?;
    if out.json {
        let doc = json!({
            "height_cm": r.height_cm,
            "diameter_cm": r.diameter_cm,
            "band": band_key(r.band),
            "band_from_cm": r.band_from_cm,
            "band_to_cm": r.band_to_cm,
            "label": r.label,
            "reason": r.reason,
        });
        out.json(&doc);
    } else {
        out.para(&format!("{}. {}", r.label, r.reason));
    }
    Ok(())
}

/// The band's stable name for scripts (the record's enum has no serde form).
fn band_key(band: HeightBand) -> &'static str {
    match band {
        HeightBand::Under168 => "under_168",
        HeightBand::From168To188 => "168_to_188",
        HeightBand::Over188 => "over_188",
    }
}
