#!/usr/bin/env bash
# Runs a command against a fake BlueZ, for the Bluetooth end-to-end tests:
#   scripts/fake-bluez.sh COMMAND [ARGS…]
# It starts a private D-Bus daemon and BlueZoo (a BlueZ mock from PyPI, GPL: installed into a
# virtualenv here, never vendored) with six adapters, points DBUS_SYSTEM_BUS_ADDRESS at the
# private bus, runs the command, and stops everything again. The machine's own system bus is
# never touched.
#   hci0  the central the tests connect from (KERNKRACHT_BLUETOOTH_ADAPTER=hci0)
#   hci1 … hci5  for fake peripherals. BlueZoo keeps a connected peripheral's GATT objects
#   after its process ends, so each test gives its peripherals adapters of their own.
# KERNKRACHT_FAKE_CUFF holds the command that starts a fake cuff (rust-core/tests/bluez).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv=${KERNKRACHT_BLUEZ_VENV:-$root/target/bluez-venv}
requirements=(bluezoo==1.0.2 dbus-fast==5.2.0)

if [ "$(cat "$venv/.installed" 2>/dev/null)" != "${requirements[*]}" ]; then
  echo "fake-bluez: installing ${requirements[*]} into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${requirements[@]}"
  echo "${requirements[*]}" >"$venv/.installed"
fi

run_dir=$(mktemp -d)
daemon_pid="" bluezoo_pid=""
cleanup() {
  set +e # stop everything even if a process is already gone
  for pid in $bluezoo_pid $daemon_pid; do
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  rm -rf "$run_dir"
}
trap cleanup EXIT
trap 'exit 143' INT TERM

bus="unix:path=$run_dir/bus"
dbus-daemon --session --nofork --address="$bus" >"$run_dir/dbus.log" 2>&1 &
daemon_pid=$!
for _ in $(seq 50); do [ -S "$run_dir/bus" ] && break; sleep 0.1; done
export DBUS_SYSTEM_BUS_ADDRESS="$bus"

"$venv/bin/bluezoo" --auto-enable --scan-interval 1 \
  -a 00:11:22:33:44:00 -a 00:11:22:33:44:01 -a 00:11:22:33:44:02 -a 00:11:22:33:44:03 \
  -a 00:11:22:33:44:04 -a 00:11:22:33:44:05 \
  >"$run_dir/bluezoo.log" 2>&1 &
bluezoo_pid=$!
ready=""
for _ in $(seq 100); do
  if dbus-send --bus="$bus" --print-reply --dest=org.freedesktop.DBus / \
      org.freedesktop.DBus.NameHasOwner string:org.bluez 2>/dev/null | grep -q "boolean true"; then
    ready=yes && break
  fi
  sleep 0.1
done
if [ -z "$ready" ]; then
  echo "fake-bluez: BlueZoo did not start:" >&2
  cat "$run_dir/bluezoo.log" >&2
  exit 1
fi

export KERNKRACHT_BLUETOOTH_ADAPTER=hci0
export KERNKRACHT_FAKE_CUFF="$venv/bin/python $root/rust-core/tests/bluez/fake_cuff.py"
status=0
"$@" || status=$?
if [ $status != 0 ]; then
  echo "fake-bluez: the command failed; BlueZoo's log:" >&2
  tail -40 "$run_dir/bluezoo.log" >&2
fi
exit $status
