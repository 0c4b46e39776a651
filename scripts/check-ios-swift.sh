#!/usr/bin/env bash
# Checks the iOS app's hand-written Swift on Linux, where no Swift compiler runs: every file
# parses (tree-sitter-swift), and every call into the core matches the Swift bindings
# generated now from the built core (names, argument labels, fields, enum cases, protocol
# methods), and every chrome string it looks up is there in Dutch and in English. Then it
# proves that the checks still bite: each must refuse a copy of the app with one deliberate
# mistake.
#
# Needs once: scripts/setup.sh (tree-sitter and its Swift grammar in a venv).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
python=${CARGO_TARGET_DIR:-$root/target}/swift-venv/bin/python
"$python" -c 'import tree_sitter, tree_sitter_swift' 2>/dev/null ||
  { echo "missing: tree-sitter in $python's venv; run scripts/setup.sh" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/scripts/gen-bindings.sh" swift "$work/bindings"
bindings="$work/bindings/KernkrachtCore.swift"
parse() { "$python" "$root/scripts/check-swift-parse.py" "$@"; }
calls() { "$python" "$root/scripts/check-swift-calls.py" "$bindings" "$@"; }
strings() { "$python" "$root/scripts/check-ios-strings.py" "$@"; }

parse "$root/ios/Kernkracht" "$root/ios/KernkrachtCore/Package.swift"
calls "$root/ios/Kernkracht"
strings "$root/ios/Kernkracht"

# refuses CHECK FILE FROM TO EXPECTED: the check must fail on a copy of the app in which
# FILE (under ios/Kernkracht) has FROM replaced by TO, saying EXPECTED.
refuses() {
  local check=$1 file=$2 from=$3 to=$4 expected=$5 copy="$work/app" output
  rm -rf "$copy" && cp -r "$root/ios/Kernkracht" "$copy"
  grep -qF -- "$from" "$copy/$file" || { echo "check-ios-swift: '$from' is no longer in $file: update this case" >&2; exit 1; }
  FROM=$from TO=$to perl -0pi -e 's/\Q$ENV{FROM}\E/$ENV{TO}/' "$copy/$file"
  if output=$($check "$copy" 2>&1); then
    echo "check-ios-swift: $check passed a copy with $from → $to in $file" >&2; exit 1
  fi
  grep -qF -- "$expected" <<<"$output" ||
    { echo "check-ios-swift: $check failed without saying '$expected':" >&2; echo "$output" >&2; exit 1; }
}
refuses parse Views/TodayView.swift 'if let missed = screen.missed {' 'if let missed = screen.missed' 'syntax error'
refuses calls Services/CoreService.swift 'self.app.todayScreen()' 'self.app.todayScren()' 'todayScren: no such method of Kernkracht'
refuses calls Services/CoreService.swift 'changeLanguage(language: language)' 'changeLanguage(lang: language)' 'called with labels (lang:)'
refuses calls Views/TodayView.swift 'screen?.dateLabel' 'screen?.dateLabl' 'dateLabl: no such member of TodayScreen'
refuses calls Views/TodayView.swift 'case .startSession:' 'case .beginSession:' '.beginSession: no such case of TodayAction'
refuses calls Services/CoreTypes.swift 'KernkrachtCore.HistoryRow' 'KernkrachtCore.HistoryLine' 'KernkrachtCore.HistoryLine: no such type'
refuses calls Services/SystemClock.swift 'func nowMs()' 'func nowMillis()' 'Clock requires nowMs()'
refuses calls Services/CoreService.swift 'Kernkracht.open(databasePath:' 'Kernkracht.open(database:' 'called with labels (database:locale:clock:scheduler:)'
refuses strings Resources/nl.lproj/Localizable.strings '"tab.cuff" = "Manchet";' '' 'no entry for "tab.cuff"'
echo "check-ios-swift: the checks refuse each of 9 broken copies"
