#!/usr/bin/env bash
# The Bluetooth end-to-end tests, each against a fresh fake BlueZ (scripts/fake-bluez.sh):
# BlueZoo keeps devices and their GATT objects for the life of its process, so one test's
# cuffs would otherwise show up in the next test's scan.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tests=(
  "kernkracht scan_pair_stream_drop_reconnect_and_reconnect_a_stored_pairing"
  "kernkracht a_misbehaving_cuff_is_counted_merged_and_noticed_when_silent"
  "kernkracht-cli the_cli_scans_pairs_and_monitors_the_fake_cuff"
)
# Build first, outside the fake BlueZ's lifetime.
cargo test --quiet --workspace --all-features --test ble_e2e --no-run || exit 1
failed=0
for entry in "${tests[@]}"; do
  read -r package name <<<"$entry"
  scripts/fake-bluez.sh cargo test --quiet --all-features -p "$package" --test ble_e2e -- \
    --ignored --exact "$name" --nocapture || failed=$((failed + 1))
done
[ $failed = 0 ]
