#!/usr/bin/python3
"""Reads multilat's CSV and iCalendar output back with real parsers: csv and python3-icalendar.

Usage: parse_outputs.py DEADLINES.csv CALENDAR.ics

The files come from the doctest case "calendar outputs are written for the parser test"
(tests/unit/calendar_render_test.cpp), which renders hostile_deadlines() and desk_agenda() in
English with today = 2026-11-30. The expectations below mirror that fixture. Run it with
/usr/bin/python3: Debian's python3-icalendar is importable from that interpreter only.
"""

import csv
import datetime
import io
import sys

from icalendar import Calendar

# hostile_texts() in calendar_render_test.cpp, in order.
HOSTILE = [
    'a, "quoted" b',
    "first line\nsecond line",
    "=cmd|' /C calc'!A0",
    "+1",
    "@SUM(1)",
    "-2",
    "<script>alert(1)</script>",
    "|pipe|",
    "semi;colon back\\slash",
    "Contribution de la Nouvelle-Calédonie à la révision de la stratégie régionale "
    "océanienne pour les écosystèmes côtiers, les pêcheries et l'adaptation",
]
DONE_INDEX = 1  # hostile_deadlines() marks the second one done
CSV_HEADER = ["due", "weekday", "days", "state", "source", "derived", "what", "record",
              "organisation", "owner", "holiday", "moved_from", "file", "line", "uid"]
MEETINGS = {  # desk_agenda(): uid -> (summary, first day, last day)
    "crga-56.meeting@multilat": ("CRGA 56", datetime.date(2026, 11, 10),
                                 datetime.date(2026, 11, 12)),
    "sprep-34.meeting@multilat": ('a, "quoted" b; <script>|x|</script>',
                                  datetime.date(2026, 11, 30), datetime.date(2026, 12, 2)),
    "pif-fmm-2026.meeting@multilat": ("Forum Foreign Ministers Meeting",
                                      datetime.date(2026, 12, 15), datetime.date(2026, 12, 15)),
}


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, ok, what):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL: {what}")


def neutralised(text):
    """What the CSV must hold: formula-like text behind an apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def check_csv(path, results):
    with open(path, "rb") as f:
        raw = f.read()
    results.check(raw.endswith(b"\r\n"), "CSV ends with CRLF")
    # One CRLF per record; the newline inside the quoted cell stays a bare LF.
    results.check(raw.count(b"\r\n") == len(HOSTILE) + 1, "CSV has one CRLF per row")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    results.check(rows[:1] == [CSV_HEADER], "CSV header row")
    body = rows[1:]
    results.check(len(body) == len(HOSTILE), f"CSV has {len(HOSTILE)} rows, got {len(body)}")
    for index, (row, text) in enumerate(zip(body, HOSTILE)):
        results.check(len(row) == len(CSV_HEADER), f"row {index} has {len(CSV_HEADER)} cells")
        what = row[CSV_HEADER.index("what")]
        results.check(what == neutralised(text), f"row {index} what: {what!r}")
    days = [row[CSV_HEADER.index("days")] for row in body]
    results.check(days[0] == "-3", f"a negative day count stays a raw number: {days[0]!r}")
    results.check(all(d.lstrip("-").isdigit() for d in days), f"days are integers: {days}")


def as_date(value):
    return value.dt if hasattr(value, "dt") else None


def check_event_dates(event, first, last, label, results):
    start, end = as_date(event.get("DTSTART")), as_date(event.get("DTEND"))
    is_date = isinstance(start, datetime.date) and not isinstance(start, datetime.datetime)
    results.check(is_date, f"{label}: DTSTART is a DATE, got {start!r}")
    results.check(start == first, f"{label}: DTSTART {start} == {first}")
    results.check(end == last + datetime.timedelta(days=1),
                  f"{label}: DTEND {end} is the day after {last}")


def check_ics(path, results):
    with open(path, "rb") as f:
        raw = f.read()
    lines = raw.split(b"\r\n")
    results.check(lines[-1] == b"", "ICS ends with CRLF")
    results.check(all(b"\n" not in line for line in lines), "ICS has no bare LF")
    results.check(all(len(line) <= 75 for line in lines), "ICS lines are at most 75 octets")
    calendar = Calendar.from_ical(raw)
    results.check(str(calendar.get("VERSION")) == "2.0", "VERSION 2.0")
    results.check(str(calendar.get("PRODID")) == "-//multilat//multilat 0.1//EN", "PRODID")
    results.check(str(calendar.get("X-WR-CALNAME")) == "multilat", "X-WR-CALNAME")
    events = calendar.walk("VEVENT")
    expected = len(HOSTILE) + len(MEETINGS)
    results.check(len(events) == expected, f"{expected} VEVENTs, got {len(events)}")
    uids = [str(event.get("UID")) for event in events]
    results.check(len(set(uids)) == len(uids), "UIDs are unique")
    deadlines = events[:len(HOSTILE)]
    for index, (event, text) in enumerate(zip(deadlines, HOSTILE)):
        summary = str(event.get("SUMMARY"))
        wanted = ("✔ " + text) if index == DONE_INDEX else text
        results.check(summary == wanted, f"deadline {index} summary: {summary!r}")
        start = as_date(event.get("DTSTART"))
        check_event_dates(event, start, start, f"deadline {index}", results)
    for event in events[len(HOSTILE):]:
        uid = str(event.get("UID"))
        if uid not in MEETINGS:
            results.check(False, f"unexpected meeting UID {uid}")
            continue
        summary, first, last = MEETINGS[uid]
        results.check(str(event.get("SUMMARY")) == summary, f"{uid} summary")
        check_event_dates(event, first, last, uid, results)
    statuses = {str(event.get("UID")): str(event.get("STATUS")) for event in events}
    results.check(statuses.get("pif-fmm-2026.meeting@multilat") == "CANCELLED", "cancelled meeting")
    results.check(statuses.get("sprep-34.meeting@multilat") == "TENTATIVE", "planned meeting")


def main(argv):
    if len(argv) != 3:
        print("usage: parse_outputs.py DEADLINES.csv CALENDAR.ics", file=sys.stderr)
        return 2
    results = Results()
    for check, path in ((check_csv, argv[1]), (check_ics, argv[2])):
        try:
            check(path, results)
        except Exception as error:  # a parser that throws is a failure, not a crash
            results.check(False, f"{path}: {type(error).__name__}: {error}")
    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
