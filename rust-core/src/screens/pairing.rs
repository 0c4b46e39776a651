//! The cuff-pairing screen: where the search stands, the cuffs found (strongest first), the
//! paired cuff, and what the user can do. Bluetooth that is off or not allowed is its own
//! state, so the shell can offer the system's switch or permission dialog.

use serde::Serialize;

use super::words::{self, pick};
use crate::ble::{BleError, Candidate};
use crate::history::Cuff;
use crate::language::{Language, Localized};

/// Where the search for cuffs stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Search {
    NotStarted,
    Searching,
    Found(Vec<Candidate>),
    Failed(BleError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum PairingState {
    Idle,
    Searching,
    Found,
    NoneFound,
    /// Bluetooth is switched off: the shell offers to switch it on.
    BluetoothOff,
    /// The app may not use Bluetooth: the shell asks for the permission.
    PermissionDenied,
    /// The phone has no Bluetooth.
    NoBluetooth,
    Failed,
}

/// What the user can do on the pairing screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, uniffi::Enum)]
#[serde(rename_all = "snake_case")]
pub enum PairingAction {
    Search,
    /// Pair one of the cuffs found.
    Pair,
    Forget,
    /// Watch the paired cuff's pressure live.
    Monitor,
    /// Watch a simulated cuff, to try the feedback without one.
    TrySimulation,
    /// Open the app's page in the phone's settings, where Bluetooth can be allowed.
    OpenAppSettings,
}

/// The exercise the live view practises outside a session: 002's draw-in lying prone, the
/// contraction every cuff exercise builds on.
pub const PRACTICE_EXERCISE: &str = "pbu-prone-draw-in";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct CandidateView {
    pub identifier: String,
    /// The advertised name, or `Drukmanchet` without one.
    pub name: String,
    /// 0 to 4 bars of signal.
    pub signal_bars: u8,
    /// `Sterk signaal`.
    pub signal_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct PairedView {
    pub identifier: String,
    pub name: String,
}

/// Everything the pairing screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, uniffi::Record)]
pub struct PairingScreen {
    pub state: PairingState,
    /// One sentence on where things stand.
    pub status: String,
    /// The status is a problem to show as one (Bluetooth off, not allowed or missing, a
    /// failed search), not news.
    pub problem: bool,
    pub candidates: Vec<CandidateView>,
    pub paired: Option<PairedView>,
    pub actions: Vec<PairingAction>,
    /// The exercise `Monitor` and `TrySimulation` practise (`PRACTICE_EXERCISE`).
    pub practice_exercise_id: String,
}

/// Builds the pairing screen.
pub fn build(search: &Search, paired: Option<&Cuff>, language: Language) -> PairingScreen {
    let (state, status) = match search {
        Search::NotStarted => (
            PairingState::Idle,
            match paired {
                Some(_) => pick(
                    language,
                    "Je manchet is gekoppeld.",
                    "Your cuff is paired.",
                )
                .to_owned(),
                None => pick(
                    language,
                    "Zet je drukmanchet aan, leg hem naast je telefoon en zoek.",
                    "Switch your pressure cuff on, put it next to your phone and search.",
                )
                .to_owned(),
            },
        ),
        Search::Searching => (
            PairingState::Searching,
            pick(language, "Zoeken naar je manchet…", "Looking for your cuff…").to_owned(),
        ),
        Search::Found(found) if found.is_empty() => (
            PairingState::NoneFound,
            pick(
                language,
                "Geen manchet gevonden. Staat hij aan en ligt hij dichtbij? Zoek dan opnieuw.",
                "No cuff found. Is it switched on and close by? Then search again.",
            )
            .to_owned(),
        ),
        Search::Found(found) => (
            PairingState::Found,
            match (language, found.len()) {
                (Language::Nl, 1) => "1 manchet gevonden: tik erop om te koppelen.".to_owned(),
                (Language::Nl, n) => format!("{n} manchetten gevonden: tik op de jouwe om te koppelen."),
                (Language::En, 1) => "1 cuff found: tap it to pair.".to_owned(),
                (Language::En, n) => format!("{n} cuffs found: tap yours to pair."),
            },
        ),
        Search::Failed(error) => (
            match error {
                BleError::AdapterOff => PairingState::BluetoothOff,
                BleError::PermissionDenied => PairingState::PermissionDenied,
                BleError::NoAdapter => PairingState::NoBluetooth,
                _ => PairingState::Failed,
            },
            format!("{}.", words::capitalised(&error.localized(language))),
        ),
    };
    let candidates: Vec<CandidateView> = match search {
        Search::Found(found) => found.iter().map(|c| candidate(c, language)).collect(),
        _ => Vec::new(),
    };
    let mut actions = Vec::new();
    if state != PairingState::Searching && state != PairingState::NoBluetooth {
        actions.push(PairingAction::Search);
    }
    if state == PairingState::PermissionDenied {
        actions.push(PairingAction::OpenAppSettings);
    }
    if !candidates.is_empty() {
        actions.push(PairingAction::Pair);
    }
    if paired.is_some() {
        actions.extend([PairingAction::Monitor, PairingAction::Forget]);
    }
    actions.push(PairingAction::TrySimulation);
    PairingScreen {
        problem: matches!(
            state,
            PairingState::BluetoothOff
                | PairingState::PermissionDenied
                | PairingState::NoBluetooth
                | PairingState::Failed
        ),
        state,
        status,
        candidates,
        paired: paired.map(|cuff| PairedView {
            identifier: cuff.identifier.clone(),
            name: cuff_name(Some(&cuff.name), language),
        }),
        actions,
        practice_exercise_id: PRACTICE_EXERCISE.to_owned(),
    }
}

fn candidate(candidate: &Candidate, language: Language) -> CandidateView {
    // Received strength: about -50 dBm is next to the phone, -90 dBm at the edge of range.
    let bars = match candidate.rssi {
        None => 0,
        Some(rssi) if rssi >= -60 => 4,
        Some(rssi) if rssi >= -70 => 3,
        Some(rssi) if rssi >= -80 => 2,
        Some(_) => 1,
    };
    let signal_label = match bars {
        0 => pick(language, "Signaal onbekend", "Signal unknown"),
        1 => pick(language, "Zwak signaal", "Weak signal"),
        2 => pick(language, "Redelijk signaal", "Fair signal"),
        3 => pick(language, "Goed signaal", "Good signal"),
        _ => pick(language, "Sterk signaal", "Strong signal"),
    };
    CandidateView {
        identifier: candidate.identifier.clone(),
        name: cuff_name(candidate.name.as_deref(), language),
        signal_bars: bars,
        signal_label: signal_label.to_owned(),
    }
}

fn cuff_name(name: Option<&str>, language: Language) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(name) => name.to_owned(),
        None => pick(language, "Drukmanchet", "Pressure cuff").to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(names: &[(&str, Option<i16>)]) -> Search {
        Search::Found(
            names
                .iter()
                .map(|(id, rssi)| Candidate {
                    identifier: (*id).to_owned(),
                    name: Some(format!("Cuff {id}")),
                    rssi: *rssi,
                })
                .collect(),
        )
    }

    #[test]
    fn bluetooth_problems_are_states_the_shell_can_act_on() {
        for (error, state) in [
            (BleError::AdapterOff, PairingState::BluetoothOff),
            (BleError::PermissionDenied, PairingState::PermissionDenied),
            (BleError::NoAdapter, PairingState::NoBluetooth),
            (BleError::DeviceGone, PairingState::Failed),
        ] {
            let screen = build(&Search::Failed(error.clone()), None, Language::Nl);
            assert_eq!(screen.state, state);
            assert_eq!(
                screen.status,
                format!("{}.", words::capitalised(&error.localized(Language::Nl)))
            );
            assert!(screen.problem, "{state:?} shows as a problem");
            assert_eq!(
                screen.actions.contains(&PairingAction::OpenAppSettings),
                state == PairingState::PermissionDenied,
                "only a refusal sends the user to the settings"
            );
        }
        let none = build(&Search::Failed(BleError::NoAdapter), None, Language::En);
        assert!(!none.actions.contains(&PairingAction::Search));
        let practice = crate::catalogue::Catalogue::builtin()
            .unwrap()
            .exercise(&none.practice_exercise_id);
        assert!(
            practice.is_some_and(|e| e.pbu.is_some()),
            "the practice exercise is a cuff exercise of the catalogue"
        );
    }

    #[test]
    fn found_cuffs_come_with_signal_bars_and_the_pair_action() {
        let screen = build(
            &found(&[("A", Some(-55)), ("B", Some(-85)), ("C", None)]),
            None,
            Language::Nl,
        );
        assert_eq!(screen.state, PairingState::Found);
        assert!(!screen.problem, "finding cuffs is news, not a problem");
        assert_eq!(screen.status, "3 manchetten gevonden: tik op de jouwe om te koppelen.");
        let bars: Vec<u8> = screen.candidates.iter().map(|c| c.signal_bars).collect();
        assert_eq!(bars, [4, 1, 0]);
        assert_eq!(screen.candidates[0].signal_label, "Sterk signaal");
        assert!(screen.actions.contains(&PairingAction::Pair));
        assert!(!screen.actions.contains(&PairingAction::Forget));
        let empty = build(&found(&[]), None, Language::En);
        assert_eq!(empty.state, PairingState::NoneFound);
        assert!(!empty.actions.contains(&PairingAction::Pair));
    }

    #[test]
    fn a_paired_cuff_can_be_watched_or_forgotten() {
        let cuff = Cuff {
            identifier: "AA:BB".into(),
            name: String::new(),
            paired: true,
            last_seen_ms: None,
        };
        let screen = build(&Search::NotStarted, Some(&cuff), Language::Nl);
        assert_eq!(screen.paired.unwrap().name, "Drukmanchet");
        assert_eq!(
            screen.actions,
            [
                PairingAction::Search,
                PairingAction::Monitor,
                PairingAction::Forget,
                PairingAction::TrySimulation
            ]
        );
        let searching = build(&Search::Searching, Some(&cuff), Language::Nl);
        assert!(!searching.actions.contains(&PairingAction::Search));
    }
}
