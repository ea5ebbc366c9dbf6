#!/usr/bin/python3
"""Recurring dues must not turn a small record into unbounded work (issue 20).

An organisation with thousands of contributions `recurs: yearly` since 1900, none paid, passes
`check` but for a warning; every command that expands recurrences must still finish within the
hostile corpus's memory cap and time limit, and say so when it reached the bound on the
occurrences one list may hold, rather than run for minutes and gigabytes.

Usage:
  recurring_dues.py BINARY [--dues N]   run the commands on a generated tree and judge them
  recurring_dues.py --write DIR [--dues N]   only write the tree (for measuring by hand)
"""

import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run_hostile import (TIMEOUT_SECONDS, excerpt, is_sanitized, process_problem,  # noqa: E402
                         run)

DUES = 5000
# Far more than the bound of 10,000 occurrences: 5,000 dues from 1900 to 9999 are 40 million.
WHOLE_TIME = ["--from", "1900-01-01", "--to", "9999-12-31"]
MAIL = ["--sender", "m@example.org", "--recipient", "d@example.org"]


def organisation(dues, since="1900-01-01", recurs="yearly"):
    lines = ["name: Organisation with ancient dues", "nc-status: member", "focal-point: scrre",
             "contributions:"]
    lines += [f"  - {{what: Dues {n}, amount: 1000, currency: XPF, due: {since}, "
              f"recurs: {recurs}}}" for n in range(dues)]
    return "\n".join(lines) + "\n"


def write_tree(records_dir, dues, monthly=False):
    files = {
        "multilat.yaml": "language: en\n",
        "entities/scrre.yaml": "name: Service de la coopération régionale\n"
                               "type: government-service\n",
        "organisations/ancient.yaml": organisation(dues),
    }
    if monthly:  # 12,000 occurrences within the year `show` looks ahead, and a record with no dues
        files["organisations/ancient.yaml"] = organisation(1000, "2026-01-01", "every-1-months")
        files["entities/dass.yaml"] = "name: Direction des affaires sanitaires\ntype: government-service\n"
    for rel, content in files.items():
        path = os.path.join(records_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)


# Each command, the exit code it must give, what its stderr must say (None: nothing) and what its
# stdout must hold. The bound is reached where a list would hold more than 10,000 occurrences:
# the whole of time for `deadlines`, the fact sheet's 640,000 past dues for `report org`, which
# also says so in the sheet. `mail` and `show` see one item per contribution for its arrears and
# one for its due of the coming year, within the bound.
BOUND = "more than 10,000"
ARREARS = "127 unpaid since 1900, 127,000 XPF in all"
COMMANDS = [
    (["deadlines", *WHOLE_TIME], 1, BOUND, "Dues 4999"),
    (["deadlines", *WHOLE_TIME, "--format", "json"], 1, BOUND, '"deadlines"'),
    (["report", "org", "ancient"], 1, BOUND, "listed from Thu 2 Jan 2025 on only"),
    (["mail", *MAIL], 0, None, "Subject:"),
    (["mail", "--dry-run", *MAIL], 0, None, "d@example.org"),
    (["show", "ancient"], 0, None, ARREARS),
    (["check"], 0, None, "[recurrence-too-early]"),
]
# On the monthly tree: the cut is the business of the records whose dues it cuts, only.
MONTHLY_COMMANDS = [
    (["show", "ancient"], 1, BOUND, "Dues 999"),
    (["show", "dass"], 0, None, "Direction des affaires sanitaires"),
]


def judge(expected, code, out, err, timed_out):
    expected_code, expected_err, expected_out = expected
    problem = process_problem(code, err, timed_out)
    if problem:
        return problem
    if code != expected_code:
        return f"exit {code}, expected {expected_code}; stderr: {excerpt(err)}"
    if expected_err and expected_err not in err.decode("utf-8", "replace"):
        return f"no {expected_err!r} on stderr: {excerpt(err)}"
    if not expected_err and err:
        return f"unexpected stderr: {excerpt(err)}"
    if expected_out not in out.decode("utf-8", "replace"):
        return f"no {expected_out!r} on stdout: {excerpt(out)}"
    return None


def main(argv):
    dues = DUES
    if "--dues" in argv:
        at = argv.index("--dues")
        dues = int(argv[at + 1])
        del argv[at:at + 2]
    if len(argv) == 3 and argv[1] == "--write":
        write_tree(argv[2], dues)
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(argv[1])
    cap_memory = not is_sanitized(binary)
    failed = 0
    for monthly, commands in ((False, COMMANDS), (True, MONTHLY_COMMANDS)):
        with tempfile.TemporaryDirectory(prefix="multilat-recurring-") as root:
            records_dir = os.path.join(root, "records")
            write_tree(records_dir, dues, monthly)
            for command, *expected in commands:
                code, out, err, timed_out = run(binary, root, records_dir, cap_memory,
                                                command=command)
                problem = judge(expected, code, out, err, timed_out)
                failed += problem is not None
                name = " ".join(command) + (" (monthly dues)" if monthly else "")
                print(f"FAIL {name}: {problem}" if problem else f"ok {name}", flush=True)
    total = len(COMMANDS) + len(MONTHLY_COMMANDS)
    print(f"{total - failed} passed, {failed} failed (limit {TIMEOUT_SECONDS} s each)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
