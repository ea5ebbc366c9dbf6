#!/usr/bin/python3
"""--sendmail with commands that do not read what they are given: multilat must not die of
SIGPIPE, must not count an unread message as sent, must name each message that failed and still
hand over the others, and exit 1. The desk's digest is made larger than a pipe's buffer (64 KiB)
by a meeting with many deadlines. Nothing touches the network.
Usage: sendmail_pipe.py BINARY FIXTURE_RECORDS
"""
import email
import os
import sys
from email import policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smtp_e2e import check, copy_records, run, run_scenarios  # noqa: E402

# Reads the message's first block; gives up on the desk's digest without reading the rest (as a
# sendmail that refuses a recipient would), and keeps every other message whole in OUT_DIR.
PICKY_COMMAND = r'''
import os, sys
head = sys.stdin.buffer.read(4096)
if b"To: desk@example.org" in head:
    sys.exit(0)
rest = sys.stdin.buffer.read()
name = os.path.join(os.environ["OUT_DIR"], f"{os.getpid()}.eml")
with open(name, "wb") as f:
    f.write(head + rest)
'''


def read_message(path):
    with open(path, "rb") as f:
        return email.message_from_binary_file(f, policy=policy.default)


def add_big_meeting(records):
    """300 deadlines for dass, who has no e-mail: they all go to the desk's digest."""
    lines = ["title: Big meeting", "organisation: spc", "body: crga", "start: 2026-12-14",
             "end: 2026-12-16", "status: confirmed", "deadlines:"]
    for i in range(300):
        lines.append(f"  - {{what: Point {i} de l'ordre du jour à préparer pour la délégation, "
                     f"due: 2026-12-{1 + i % 10:02d}, owner: dass}}")
    with open(os.path.join(records, "meetings", "2026", "big.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


def scenarios(binary, fixture, work):
    project = copy_records(fixture, work)
    add_big_meeting(os.path.join(project, "records"))
    size = len(run(binary, project, "mail", "--lead-days", "all").stdout)
    check(size > 128 * 1024, f"the desk's digest is only {size} bytes")

    # 1. A command that exits 0 without reading: not sent, named, no SIGPIPE (was exit 141).
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all",
                 "--sendmail", "exit 0")
    check(result.returncode == 1, f"exit 0 unread: exit {result.returncode}: {result.stderr!r}")
    check(b"desk" in result.stderr and b"did not read the whole message" in result.stderr,
          f"exit 0 unread: stderr {result.stderr!r}")

    # 2. A command that reads a little and stops.
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all",
                 "--sendmail", "head -c 100 >/dev/null")
    check(result.returncode == 1 and b"100 of" in result.stderr,
          f"head: exit {result.returncode}: {result.stderr!r}")

    # 3. A small message unread counts as unsent too, though it fits the pipe's buffer.
    result = run(binary, work, "--records", fixture, "--lang", "en", "mail",
                 "--lead-days", "all", "--sendmail", "true")
    check(result.returncode == 1 and b"did not read" in result.stderr,
          f"small unread: exit {result.returncode}: {result.stderr!r}")

    # 4. Per owner: the desk's digest is refused, scrre's still goes, whole.
    out_dir = os.path.join(work, "picked")
    os.makedirs(out_dir)
    script = os.path.join(work, "picky.py")
    with open(script, "w") as f:
        f.write(PICKY_COMMAND)
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all",
                 "--per-owner", "--sendmail", f"/usr/bin/python3 {script}",
                 env={"OUT_DIR": out_dir})
    check(result.returncode == 1, f"picky: exit {result.returncode}: {result.stderr!r}")
    check(b"for desk" in result.stderr and b"scrre" not in result.stderr,
          f"picky: stderr {result.stderr!r}")
    kept = [read_message(os.path.join(out_dir, name)) for name in os.listdir(out_dir)]
    check([m["to"] for m in kept] == ["scrre@example.org"] and
          "Inscription" in kept[0].get_body(("plain",)).get_content(),
          f"picky: kept {[m['to'] for m in kept]}")

    # 5. A command that fails after reading everything: its exit status is reported.
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all",
                 "--sendmail", "cat >/dev/null; exit 3")
    check(result.returncode == 1 and b"exit 3" in result.stderr,
          f"exit 3: exit {result.returncode}: {result.stderr!r}")

    # 6. A command that reads everything and succeeds: sent.
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner",
                 "--sendmail", "cat >/dev/null")
    check(result.returncode == 0 and not result.stderr,
          f"cat: exit {result.returncode}: {result.stderr!r}")


if __name__ == "__main__":
    sys.exit(run_scenarios(scenarios, 6))
