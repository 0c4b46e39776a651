//! `kernkracht cuff decode`: one frame from a cuff, given as hex bytes, read by the core's
//! decoder and told in words (or printed as the decoded record with `--json`).

use clap::Args;
use kernkracht::api::cuff::{cuff_profile, decode_cuff_frame, CuffFrame, CuffValue};
use kernkracht::api::{FrameKind, PressureUnit, PulseRateRange, Special};

use crate::lang::Lang;
use crate::problem::{CommandResult, Problem};
use crate::text::Output;

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// The frame's bytes in hex, with or without spaces or colons.
    #[arg(required = true, num_args = 1.., value_name = "HEX")]
    hex: Vec<String>,
    /// The characteristic it came from: 2A36 (Intermediate Cuff Pressure), 2A35 (Blood
    /// Pressure Measurement) or a vendor's 128-bit UUID.
    #[arg(long, default_value = "2A36", value_name = "UUID")]
    characteristic: String,
}

pub fn run(args: &DecodeArgs, out: Output) -> CommandResult {
    let language = out.lang.language();
    let kind = cuff_profile(None, Some(args.characteristic.clone()), language)?.frame_kind;
    let bytes = parse_hex(&args.hex.join(" "), out.lang)?;
    let frame = decode_cuff_frame(kind, bytes, language)?;
    if out.json {
        out.json(&frame);
    } else {
        describe(&frame, out);
    }
    Ok(())
}

/// Bytes from hex digits, ignoring spaces, colons, dashes and a `0x` prefix.
fn parse_hex(text: &str, lang: Lang) -> Result<Vec<u8>, Problem> {
    let digits: String = text
        .trim()
        .trim_start_matches("0x")
        .chars()
        .filter(|c| !matches!(c, ' ' | ':' | '-' | '\t'))
        .collect();
    let bad = || {
        Problem::Refused(match lang {
            Lang::Nl => format!("'{text}' is geen frame in hexadecimale bytes"),
            Lang::En => format!("'{text}' is not a frame in hex bytes"),
        })
    };
    if digits.is_empty() || digits.len() % 2 != 0 || !digits.chars().all(|c| c.is_ascii_hexdigit())
    {
        return Err(bad());
    }
    (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).map_err(|_| bad()))
        .collect()
}

fn special_words(special: Special, lang: Lang) -> &'static str {
    match special {
        Special::NotANumber => lang.pick("geen meting (NaN)", "no measurement (NaN)"),
        Special::NotAtThisResolution => {
            lang.pick("niet weer te geven (NRes)", "not representable (NRes)")
        }
        Special::PositiveInfinity => lang.pick("boven het bereik (+INF)", "above range (+INF)"),
        Special::NegativeInfinity => lang.pick("onder het bereik (−INF)", "below range (−INF)"),
        Special::Reserved => lang.pick("gereserveerde waarde", "reserved value"),
    }
}

fn value_words(value: &CuffValue, unit: &str, lang: Lang) -> String {
    match (value.value, value.special) {
        (Some(number), _) => format!("{} {unit}", lang.number(number)),
        (None, Some(special)) => special_words(special, lang).to_owned(),
        (None, None) => "?".to_owned(),
    }
}

fn describe(frame: &CuffFrame, out: Output) {
    let lang = out.lang;
    let mmhg = |value| value_words(value, "mmHg", lang);
    let mut text = match frame.kind {
        FrameKind::IntermediateCuffPressure => format!(
            "{}: {}",
            lang.pick("Manchetdruk (0x2A36)", "Cuff pressure (0x2A36)"),
            mmhg(&frame.pressure)
        ),
        FrameKind::BloodPressureMeasurement => format!(
            "{}: {} {}, {} {}, {} {}",
            lang.pick(
                "Bloeddrukmeting (0x2A35)",
                "Blood pressure measurement (0x2A35)"
            ),
            lang.pick("systolisch", "systolic"),
            mmhg(&frame.pressure),
            lang.pick("diastolisch", "diastolic"),
            mmhg(&frame.diastolic),
            lang.pick("gemiddeld", "mean arterial"),
            mmhg(&frame.mean_arterial)
        ),
    };
    if frame.unit == PressureUnit::Kpa {
        text.push_str(lang.pick(" (verzonden in kPa)", " (sent in kPa)"));
    }
    out.para(&text);
    let field = |label: &str, value: String| out.hanging(&format!("  {label}: "), "    ", &value);
    if let Some(t) = &frame.time_stamp {
        field(
            lang.pick("tijdstip", "time stamp"),
            format!(
                "{:04}-{:02}-{:02} {:02}:{:02}:{:02}",
                t.year, t.month, t.day, t.hours, t.minutes, t.seconds
            ),
        );
    }
    if let Some(pulse) = &frame.pulse_rate {
        field(
            lang.pick("hartslag", "pulse rate"),
            value_words(pulse, "/min", lang),
        );
    }
    if let Some(user) = frame.user_id {
        field(lang.pick("gebruiker", "user"), user.to_string());
    }
    if let Some(status) = &frame.measurement_status {
        let remarks: Vec<&str> = [
            (
                status.body_movement,
                lang.pick("lichaamsbeweging", "body movement"),
            ),
            (
                status.cuff_too_loose,
                lang.pick("manchet te los", "cuff too loose"),
            ),
            (
                status.irregular_pulse,
                lang.pick("onregelmatige hartslag", "irregular pulse"),
            ),
            (
                status.pulse_rate_range == PulseRateRange::AboveUpperLimit,
                lang.pick("hartslag boven bereik", "pulse rate above range"),
            ),
            (
                status.pulse_rate_range == PulseRateRange::BelowLowerLimit,
                lang.pick("hartslag onder bereik", "pulse rate below range"),
            ),
            (
                status.improper_position,
                lang.pick("verkeerde houding", "improper position"),
            ),
        ]
        .into_iter()
        .filter_map(|(set, words)| set.then_some(words))
        .collect();
        let remarks = match remarks.is_empty() {
            true => lang.pick("niets te melden", "nothing to report").to_owned(),
            false => remarks.join(", "),
        };
        field(lang.pick("status", "status"), remarks);
    }
}
