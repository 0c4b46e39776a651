//! The pairing screen when the phone refuses Bluetooth before any search: the shell's answer
//! (permission denied, switched off, no adapter) becomes the screen's state, words and actions.

mod device;

use kernkracht::api::ble::BluetoothRefusal;
use kernkracht::api::{PairingAction, PairingState};

/// Monday 7 December 2026, 09:00 in Brussels.
const MONDAY_9H: i64 = 1_796_630_400_000;

fn pairing_refused(locale: &str, refusal: BluetoothRefusal) -> kernkracht::api::PairingScreen {
    let dir = tempfile::tempdir().unwrap();
    let device = device::open(dir.path(), locale, MONDAY_9H, "Europe/Brussels");
    device.app.cuff_pairing().refused(refusal).unwrap()
}

#[test]
fn a_denied_permission_says_so_and_lets_the_user_search_again() {
    let screen = pairing_refused("en-GB", BluetoothRefusal::PermissionDenied);
    assert_eq!(screen.state, PairingState::PermissionDenied);
    assert_eq!(
        screen.status,
        "The app may not use Bluetooth: allow it in the settings."
    );
    assert_eq!(
        screen.actions,
        vec![
            PairingAction::Search,
            PairingAction::OpenAppSettings,
            PairingAction::TrySimulation
        ]
    );
    assert!(screen.candidates.is_empty());
}

#[test]
fn bluetooth_switched_off_is_worded_in_dutch() {
    let screen = pairing_refused("nl-BE", BluetoothRefusal::AdapterOff);
    assert_eq!(screen.state, PairingState::BluetoothOff);
    assert_eq!(
        screen.status,
        "Bluetooth staat uit: zet het aan en probeer opnieuw."
    );
    assert!(screen.actions.contains(&PairingAction::Search));
}

#[test]
fn without_bluetooth_only_the_simulation_is_offered() {
    let screen = pairing_refused("en-GB", BluetoothRefusal::NoAdapter);
    assert_eq!(screen.state, PairingState::NoBluetooth);
    assert_eq!(screen.actions, vec![PairingAction::TrySimulation]);
}
