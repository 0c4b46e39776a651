"""Checks the iOS app's chrome strings: every key the Swift looks up (`text("tab.today")`)
is in Localizable.strings in both languages, and both languages have the same keys, so the
Dutch app never falls back to a key or to English.

    check-ios-strings.py APP_DIR
"""

import pathlib
import re
import sys

LANGUAGES = ("en", "nl")
LOOKUP = re.compile(r'\btext\("([A-Za-z0-9_.]+)"')
ENTRY = re.compile(r'^"([^"]+)"\s*=\s*"(?:[^"\\]|\\.)*";\s*$', re.MULTILINE)


def main(app):
    app = pathlib.Path(app)
    used = {key for f in app.rglob("*.swift") for key in LOOKUP.findall(f.read_text())}
    problems = []
    for language in LANGUAGES:
        strings = app / "Resources" / f"{language}.lproj" / "Localizable.strings"
        defined = set(ENTRY.findall(strings.read_text()))
        problems += [f"{strings}: no entry for \"{key}\"" for key in sorted(used - defined)]
        problems += [f"{strings}: \"{key}\" is used by no Swift" for key in sorted(defined - used)]
    for line in problems:
        print(line, file=sys.stderr)
    if problems:
        print(f"check-ios-strings: {len(problems)} problems", file=sys.stderr)
        return 1
    print(f"check-ios-strings: ok ({len(used)} keys in {' and '.join(LANGUAGES)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
