#!/usr/bin/python3
"""The memberships report's totals, recomputed by hand from the fixture YAML.

Reads tests/report/records with python3-yaml, expands the dues itself (one entry a year, or
`recurs: yearly` paid up to `paid` / `paid-through`), converts at the rates of multilat.yaml (the
euro at its fixed parity when none is given) rounding each line half away from zero to the franc,
and checks each budget year's four XPF totals against `report memberships --format md --lang en`:
last year, this year and next year, and any older year that still holds an unpaid due.

Usage: dues_totals.py BINARY [RECORDS TODAY]   (default: the report fixture, 2026-12-03)
"""

import calendar
import datetime
import os
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
EURO_PARITY = Decimal("119.331742")  # 1,000 XPF = 8.38 EUR


def add_years(day, years):
    year = day.year + years
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


def dues(org, last_year):
    """(due date, amount, currency, paid) for every due up to the end of `last_year`."""
    for k in org.get("contributions", []):
        due, paid = k.get("due"), k.get("paid")
        if k.get("recurs") != "yearly":
            yield due or paid, Decimal(str(k["amount"])), k["currency"], paid is not None
            continue
        through = k.get("paid-through")
        n = 0
        while (day := add_years(due, n)).year <= last_year:
            covered = (n == 0 and paid is not None) or (through is not None and day <= through)
            yield day, Decimal(str(k["amount"])), k["currency"], covered
            n += 1


def rates(records):
    with open(os.path.join(records, "multilat.yaml"), encoding="utf-8") as f:
        settings = yaml.safe_load(f)
    out = {"XPF": Decimal(1), "EUR": EURO_PARITY}
    for rate in settings.get("currency-rates", []):
        out[rate["currency"]] = Decimal(str(rate["xpf"]))
    return out


def expected_totals(records, today):
    known = rates(records)
    span = range(today.year - 1, today.year + 2)
    totals = {year: dict(due=0, paid=0, unpaid=0, overdue=0) for year in span}
    arrears = set()
    folder = os.path.join(records, "organisations")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            org = yaml.safe_load(f)
        for day, amount, currency, paid in dues(org, span[-1]):
            if not paid and day.year < span[0]:
                arrears.add(day.year)
            if currency not in known:
                continue
            xpf = int((amount * known[currency]).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            t = totals.setdefault(day.year, dict(due=0, paid=0, unpaid=0, overdue=0))
            t["due"] += xpf
            t["paid" if paid else "unpaid"] += xpf
            if not paid and day < today:
                t["overdue"] += xpf
    return {year: t for year, t in totals.items() if year in span or year in arrears}


def francs(text):
    return int(text.replace(",", "").replace(" XPF", ""))


def reported_totals(binary, records, today):
    out = subprocess.run([binary, "--today", today.isoformat(), "--lang", "en", "--records", records,
                          "report", "memberships", "--format", "md"],
                         capture_output=True, check=True, text=True).stdout
    totals, year = {}, None
    for line in out.splitlines():
        if m := re.fullmatch(r"### (\d{4})", line):
            year = int(m.group(1))
            totals[year] = dict(due=0, paid=0, unpaid=0, overdue=0)
        elif m := re.match(r"\| \*\*Due in the year, in XPF\*\* \|.*\*\*([\d,]+ XPF)\*\*", line):
            totals[year]["due"] = francs(m.group(1))
        elif m := re.match(r"\| Paid \|.*\| ([\d,]+ XPF) \|", line):
            totals[year]["paid"] = francs(m.group(1))
        elif m := re.match(r"\| To pay( \(([\d,]+ XPF) of it overdue\))? \|.*\| ([\d,]+ XPF) \|", line):
            totals[year]["unpaid"] = francs(m.group(3))
            totals[year]["overdue"] = francs(m.group(2)) if m.group(2) else 0
    return totals


def main(argv):
    if len(argv) not in (2, 4):
        print(__doc__)
        return 2
    records = argv[2] if len(argv) == 4 else os.path.join(HERE, "records")
    today = datetime.date.fromisoformat(argv[3]) if len(argv) == 4 else datetime.date(2026, 12, 3)
    expected, reported = expected_totals(records, today), reported_totals(argv[1], records, today)
    failures = 0
    if sorted(reported) != sorted(expected):
        print(f"FAIL years: expected {sorted(expected)}, reported {sorted(reported)}")
        failures += 1
    for year, totals in sorted(expected.items()):
        got = reported.get(year)
        status = "ok  " if got == totals else "FAIL"
        failures += got != totals
        print(f"{status} {year}: expected {totals}, reported {got}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
