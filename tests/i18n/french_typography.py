#!/usr/bin/python3
"""French output as a person reads it keeps French typography: no plain space (U+0020) before
':', ';', '?' or '!', nor inside « ». The catalogue gets its no-break spaces when it is indexed;
this test reads what the binary actually prints, so it also catches French text from elsewhere
(a field's description from the schema, a label CLI11 follows with its own colon, a message
assembled in code). Record text is never rewritten, so the desk used here has none that would
trip it.

It reads the French --help of every command, nested command and kind of record, and the main
outputs over the shipped records: check, summary, deadlines, agenda, list, show and a report.

Usage: french_typography.py BINARY RECORDS
"""

import re
import subprocess
import sys

BINARY, RECORDS = sys.argv[1], sys.argv[2]
PLAIN = re.compile(r" [:;?!]|« | »")


def run(*args):
    result = subprocess.run([BINARY, "--lang", "fr", "--records", RECORDS, "--today", "2026-12-07", *args],
                            capture_output=True, text=True, timeout=60)
    return result.stdout + result.stderr


def commands():
    """The command names the top-level help lists under its 'Commandes' heading."""
    help_text = run("--help")
    section = help_text.split("Commandes\u00a0:", 1)[1].split("\n\n", 1)[0]
    return [line.split()[0] for line in section.splitlines() if line.strip()]


def screens():
    yield ["--help"]
    for command in commands():
        yield [command, "--help"]
    yield ["hooks", "install", "--help"]
    yield ["hooks", "uninstall", "--help"]
    for kind in ["organisation", "entity", "meeting", "prospect"]:
        yield ["new", kind, "--help"]
    yield ["check", "--verbose"]
    yield ["summary"]
    yield ["deadlines", "--within", "1y"]
    yield ["agenda", "--year", "2027"]
    yield ["list", "meetings"]
    yield ["show", "spc"]
    yield ["report", "org", "spc"]
    yield ["deadlines", "--group", "nothing"]  # a usage error, in French


failures = []
read = 0
for args in screens():
    read += 1
    for number, line in enumerate(run(*args).splitlines(), 1):
        if PLAIN.search(line):
            failures.append(f"multilat {' '.join(args)}, line {number}: {line.strip()}")

for failure in failures:
    print("FAIL", failure)
print(f"{read} screens read, {len(failures)} lines with a plain space where French wants a no-break one")
sys.exit(1 if failures or read < 25 else 0)
