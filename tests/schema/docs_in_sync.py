#!/usr/bin/python3
"""Fails when docs/records.md no longer matches what the field tables generate.

Usage: docs_in_sync.py BINARY DOCS_FILE
Runs `BINARY schema --format markdown` and compares its output with DOCS_FILE byte for byte.
"""

import difflib
import subprocess
import sys

FIX = "multilat schema --format markdown -o docs/records.md --force"
MAX_DIFF_LINES = 60


def main(argv):
    if len(argv) != 3:
        print("usage: docs_in_sync.py BINARY DOCS_FILE", file=sys.stderr)
        return 2
    binary, docs_file = argv[1], argv[2]
    result = subprocess.run([binary, "schema", "--format", "markdown"], capture_output=True)
    if result.returncode != 0:
        print(f"FAIL: `multilat schema --format markdown` exited {result.returncode}:")
        print(result.stderr.decode("utf-8", "replace"))
        return 1
    try:
        with open(docs_file, "rb") as f:
            committed = f.read()
    except FileNotFoundError:
        print(f"FAIL: {docs_file} is missing; generate it with: {FIX}")
        return 1
    if committed == result.stdout:
        print(f"ok {docs_file} matches the field tables")
        return 0
    diff = list(difflib.unified_diff(
        committed.decode("utf-8", "replace").splitlines(keepends=True),
        result.stdout.decode("utf-8", "replace").splitlines(keepends=True),
        f"{docs_file} (committed)", f"{docs_file} (generated)"))
    sys.stdout.writelines(diff[:MAX_DIFF_LINES])
    if len(diff) > MAX_DIFF_LINES:
        print(f"... {len(diff) - MAX_DIFF_LINES} more lines of diff")
    print(f"FAIL: {docs_file} is out of date with the field tables; regenerate it with:\n  {FIX}")
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
