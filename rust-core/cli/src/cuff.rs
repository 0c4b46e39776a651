//! `kernkracht cuff`: the pairing screen (`scan`, `pair`, `forget`), decoding a frame, and
//! live biofeedback (`monitor`). Pairing takes a cuff found by a search, so `pair` searches
//! first, as the phone's pairing screen does.

use clap::{Args, Subcommand};
use kernkracht::api::{PairingAction, PairingScreen};

use crate::decode::{self, DecodeArgs};
use crate::lang::Lang;
use crate::monitor::{self, MonitorArgs};
use crate::problem::CommandResult;
use crate::text::Output;
use crate::Context;

#[derive(Debug, Args)]
pub struct CuffArgs {
    #[command(subcommand)]
    command: CuffCommand,
}

#[derive(Debug, Subcommand)]
enum CuffCommand {
    /// Look for cuffs nearby.
    #[command(visible_alias = "zoek")]
    Scan {
        /// How long to look.
        #[arg(long, default_value_t = 5, value_name = "N")]
        seconds: u32,
    },
    /// Look for cuffs, then pair the one with this identifier; it is used from now on.
    #[command(visible_alias = "koppel")]
    Pair {
        /// The identifier `scan` showed.
        id: String,
        /// How long to look.
        #[arg(long, default_value_t = 5, value_name = "N")]
        seconds: u32,
    },
    /// Forget the paired cuff.
    #[command(visible_alias = "vergeet")]
    Forget,
    /// Decode one cuff frame given as hex bytes, e.g. "00 D7 F0 00 00 00 00".
    Decode(DecodeArgs),
    /// Live biofeedback for an exercise from the paired cuff (or --simulate).
    #[command(visible_alias = "volg")]
    Monitor(MonitorArgs),
}

pub fn run(args: &CuffArgs, context: &Context) -> CommandResult {
    let search = |seconds: u32| seconds.saturating_mul(1000);
    match &args.command {
        CuffCommand::Decode(decode) => decode::run(decode, context.out),
        CuffCommand::Monitor(args) => monitor::run(args, context),
        CuffCommand::Scan { seconds } => {
            let (app, out) = context.open()?;
            let pairing = app.cuff_pairing();
            show(
                &futures::executor::block_on(pairing.search(search(*seconds)))?,
                out,
            );
            Ok(())
        }
        CuffCommand::Pair { id, seconds } => {
            let (app, out) = context.open()?;
            let pairing = app.cuff_pairing();
            futures::executor::block_on(pairing.search(search(*seconds)))?;
            show(&pairing.pair(id.clone())?, out);
            Ok(())
        }
        CuffCommand::Forget => {
            let (app, out) = context.open()?;
            show(&app.cuff_pairing().forget()?, out);
            Ok(())
        }
    }
}

fn show(screen: &PairingScreen, out: Output) {
    if out.json {
        out.json(screen);
        return;
    }
    let lang = out.lang;
    out.para(&screen.status);
    for cuff in &screen.candidates {
        out.hanging(
            "  - ",
            "    ",
            &format!(
                "{}  {}  ({})",
                cuff.name, cuff.identifier, cuff.signal_label
            ),
        );
    }
    if let Some(paired) = &screen.paired {
        out.para(&format!(
            "{} {} ({})",
            lang.pick("Gekoppeld:", "Paired:"),
            paired.name,
            paired.identifier
        ));
    }
    for action in &screen.actions {
        out.hanging("  → ", "    ", hint(*action, lang));
    }
}

/// The command that carries out an action, with the Dutch command names in Dutch.
fn hint(action: PairingAction, lang: Lang) -> &'static str {
    match action {
        PairingAction::Search => lang.pick(
            "Zoeken: kernkracht manchet zoek",
            "Search: kernkracht cuff scan",
        ),
        PairingAction::Pair => lang.pick(
            "Koppelen: kernkracht manchet koppel ID",
            "Pair: kernkracht cuff pair ID",
        ),
        PairingAction::Forget => lang.pick(
            "Vergeten: kernkracht manchet vergeet",
            "Forget: kernkracht cuff forget",
        ),
        PairingAction::Monitor => lang.pick(
            "De druk live volgen: kernkracht manchet volg",
            "Watch the pressure live: kernkracht cuff monitor",
        ),
        PairingAction::TrySimulation => lang.pick(
            "Proberen zonder manchet: kernkracht manchet volg --simuleer",
            "Try it without a cuff: kernkracht cuff monitor --simulate",
        ),
        PairingAction::OpenAppSettings => lang.pick(
            "Bluetooth toestaan: in de instellingen van je systeem",
            "Allow Bluetooth: in your system's settings",
        ),
    }
}
