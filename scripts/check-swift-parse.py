"""Parses every hand-written Swift file of the iOS app with tree-sitter-swift and fails on
any syntax error, naming the file, line and column. No Swift compiler runs on Linux; this
catches broken syntax before a Mac does.

    check-swift-parse.py DIR_OR_FILE...
"""

import pathlib
import sys

import tree_sitter
import tree_sitter_swift

SWIFT = tree_sitter.Language(tree_sitter_swift.language())


def problems(node):
    """The error and missing nodes under `node`, outermost first."""
    if node.is_error or node.is_missing:
        yield node
        return
    if node.has_error:
        for child in node.children:
            yield from problems(child)


def swift_files(path):
    """The Swift files under a folder, or the file itself."""
    return path.rglob("*.swift") if path.is_dir() else [path]


def main(arguments):
    parser = tree_sitter.Parser(SWIFT)
    files = sorted(f for arg in arguments for f in swift_files(pathlib.Path(arg)))
    if not files:
        print("check-swift-parse: no Swift files found", file=sys.stderr)
        return 1
    failed = 0
    for path in files:
        tree = parser.parse(path.read_bytes())
        for node in problems(tree.root_node):
            row, column = node.start_point
            kind = "missing " + node.type if node.is_missing else "syntax error"
            print(f"{path}:{row + 1}:{column + 1}: {kind}", file=sys.stderr)
            failed += 1
    if failed:
        print(f"check-swift-parse: {failed} syntax errors", file=sys.stderr)
        return 1
    print(f"check-swift-parse: ok ({len(files)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
