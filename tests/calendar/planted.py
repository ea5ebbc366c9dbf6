"""No deadline in a valid record is missing from any format: one of each kind is planted in
tests/calendar/planted/records and must be found in table, md, csv, json and ics output."""
import csv
import io
import json
import subprocess
import sys

BINARY = sys.argv[1]
RECORDS = sys.argv[2]
BASE = [BINARY, "--records", RECORDS, "--today", "2026-11-29", "deadlines",
        "--from", "2026-11-29", "--to", "2027-12-31", "--state", "all", "--lang", "en"]

# uid -> a text that must appear in the human formats
PLANTED = {
    "crga-57.deadline-0@multilat": "PLANTED-MEETING-DEADLINE",
    "crga-57.registration@multilat": "Registration: PLANTED-MEETING",
    "crga-57.credentials@multilat": "Credentials: PLANTED-MEETING",
    "crga-57.follow-up-0@multilat": "PLANTED-FOLLOW-UP",
    "crga-57.report@multilat": "Post-mission report: PLANTED-MEETING",
    "spc.action-0@multilat": "PLANTED-ACTION",
    "spc.strategy-0@multilat": "PLANTED-STRATEGY",
    "spc.contribution-0@multilat": "PLANTED-CONTRIBUTION",
    "spc.contribution-1.2027-02-04@multilat": "PLANTED-RECURRING",
    "spc.next-meeting-conference@multilat": "Record the next meeting: Conference",
    "ocean.next-step@multilat": "PLANTED-NEXT-STEP",
    "ocean.review@multilat": "Review: no contact since 2026-11-20",
}
KINDS = {"meeting-deadline", "registration", "credentials", "follow-up", "report", "action",
         "strategy-input", "contribution", "next-meeting", "next-step", "review"}


def run(fmt):
    env = {"PATH": "/usr/bin:/bin", "NO_COLOR": "1", "COLUMNS": "400", "LANG": "C.UTF-8"}
    done = subprocess.run(BASE + ["--format", fmt], capture_output=True, text=True, env=env,
                          timeout=60)
    if done.returncode != 0:
        raise AssertionError(f"{fmt}: exit {done.returncode}: {done.stderr}")
    return done.stdout


def check_json():
    items = json.loads(run("json"))["deadlines"]
    uids = {item["uid"] for item in items}
    kinds = {item["source"] for item in items}
    return [f"json: missing {u}" for u in PLANTED if u not in uids] + \
           [f"json: no deadline of kind {k}" for k in KINDS - kinds]


def check_csv():
    rows = list(csv.DictReader(io.StringIO(run("csv"), newline="")))
    uids = {row["uid"] for row in rows}
    return [f"csv: missing {u}" for u in PLANTED if u not in uids]


def check_ics():
    text = run("ics")
    return [f"ics: missing UID {u}" for u in PLANTED if f"UID:{u}" not in text.replace("\r\n ", "")]


def check_text(fmt):
    text = run(fmt)
    return [f"{fmt}: missing '{what}'" for what in PLANTED.values() if what not in text]


def main():
    checks = [("json", check_json), ("csv", check_csv), ("ics", check_ics),
              ("table", lambda: check_text("table")), ("md", lambda: check_text("md"))]
    passed = failed = 0
    for name, check in checks:
        problems = check()
        for problem in problems:
            print("FAIL", problem)
        if problems:
            failed += 1
        else:
            passed += 1
            print("ok", name)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
