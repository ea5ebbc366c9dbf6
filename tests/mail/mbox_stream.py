#!/usr/bin/python3
"""Several digests on standard output form an mbox stream. Its "From " lines carry the time the
messages leave, in UTC and in asctime()'s English layout, whatever --today says (that is the day
the digest is about, not the time it goes); SOURCE_DATE_EPOCH pins it for reproducible output.
Python's mailbox module reads the stream back: every message is marked Auto-Submitted
(RFC 3834) and has no MIME preamble, which vmime would write in English.
Usage: mbox_stream.py BINARY FIXTURE_RECORDS
"""
import calendar
import mailbox
import os
import re
import sys
import time
from email import policy
from email.parser import BytesParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smtp_e2e import check, copy_records, run, run_scenarios  # noqa: E402

FROM_LINE = re.compile(rb"^From (\S+@\S+) (Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
                       rb"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) "
                       rb"(\d\d):(\d\d):(\d\d) (\d{4})$")
MONTHS = [b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
          b"Dec"]


def from_lines(stdout):
    return [line for line in stdout.split(b"\n") if line.startswith(b"From ")]


def seconds_of(match):
    _, _, month, day, hour, minute, second, year = match.groups()
    return calendar.timegm((int(year), MONTHS.index(month) + 1, int(day.strip()), int(hour),
                            int(minute), int(second)))


def messages_of(stdout, work, name):
    path = os.path.join(work, name + ".mbox")
    with open(path, "wb") as f:
        f.write(stdout)
    box = mailbox.mbox(path, factory=lambda f: BytesParser(policy=policy.default).parse(f))
    return list(box)


def scenarios(binary, fixture, work):
    project = copy_records(fixture, work)

    # 1. The real time, not --today's day: between the moments before and after the run.
    before = int(time.time())
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner",
                 env={"SOURCE_DATE_EPOCH": ""})
    after = int(time.time())
    check(result.returncode == 0, f"now: exit {result.returncode}: {result.stderr!r}")
    lines = from_lines(result.stdout)
    check(len(lines) == 2, f"now: {len(lines)} From lines, expected 2")
    for line in lines:
        match = FROM_LINE.match(line)
        check(match is not None, f"now: From line {line!r}")
        if match:
            check(match.group(1) == b"multilat@example.org", f"now: envelope sender {line!r}")
            check(before - 1 <= seconds_of(match) <= after + 1,
                  f"now: {line!r} is not the time of the run ({before}..{after})")

    # 2. SOURCE_DATE_EPOCH pins it, for byte-for-byte comparisons.
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner",
                 env={"SOURCE_DATE_EPOCH": "1795894200"})
    lines = from_lines(result.stdout)
    check(lines == [b"From multilat@example.org Sat Nov 28 19:30:00 2026"] * 2,
          f"epoch: From lines {lines!r}")

    # 3. The stream reads back as two messages, each marked as sent by a robot, no preamble.
    messages = messages_of(result.stdout, work, "digests")
    check(len(messages) == 2, f"mbox: {len(messages)} messages read back")
    for message in messages:
        check(message["auto-submitted"] == "auto-generated",
              f"mbox: Auto-Submitted {message['auto-submitted']!r}")
        check(not (message.preamble or "").strip(), f"mbox: a preamble {message.preamble!r}")
        check(b"multi-part message" not in message.as_bytes(), "mbox: vmime's English preamble")


if __name__ == "__main__":
    sys.exit(run_scenarios(scenarios, 3))
