#!/usr/bin/python3
"""Every report from a realistic desk of about a hundred records, in every format and language.

Generates 100 records with tools/bench/generate.py (organisations with dues, entities, meetings
past and coming, prospects), adds dated rates for the currencies other than XPF and the euro and
one organisation's arrears, then:
- `check` finds no error;
- every report (org, meeting, after, annual, pipeline, memberships, entities) comes out in md,
  html and txt, in French and English, with exit 0, no template left unfilled and its title;
- the preparation brief and the memberships report come out in PDF (pdftotext, pdfinfo) and Word
  (read back with pandoc), with their title and at least one page;
- the memberships report's yearly totals match a sum by hand (dues_totals.py).

Usage: desk_check.py BINARY OUTDIR   (the documents stay in OUTDIR to look at)
"""

import datetime
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATE = os.path.join(HERE, "..", "..", "tools", "bench", "generate.py")
DUES_TOTALS = os.path.join(HERE, "dues_totals.py")
TODAY = "2026-11-29"  # the generator's today
RATES = """currency-rates:
  - {currency: USD, xpf: 108.25, date: 2026-11-02, source: IEOM}
  - {currency: AUD, xpf: 70.9, date: 2026-11-02, source: IEOM}
  - {currency: NZD, xpf: 63.4, date: 2026-11-02, source: IEOM}
  - {currency: FJD, xpf: 48.1, date: 2026-11-02, source: IEOM}
"""
TITLES = {  # the start of each report's title, as the document says it
    "memberships": {"fr": "Adhésions de la Nouvelle-Calédonie", "en": "New Caledonia's memberships"},
    "pipeline": {"fr": "Pistes de partenariat", "en": "Partnership pipeline"},
}

failures = 0


def fail(what, message):
    global failures
    failures += 1
    print(f"FAIL {what}: {message}")


def run(binary, records, *args, check=True):
    result = subprocess.run([binary, "--records", records, "--today", TODAY, *args],
                            capture_output=True, text=True)
    if check and result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    return result


def make_desk(work):
    records = os.path.join(work, "records")
    subprocess.run([sys.executable, GENERATE, "100", records], check=True)
    with open(os.path.join(records, "multilat.yaml"), "a", encoding="utf-8") as f:
        f.write(RATES)
    # One organisation that has not paid since 2022: arrears the memberships report must show.
    folder = os.path.join(records, "organisations")
    first = sorted(os.listdir(folder))[0]
    path = os.path.join(folder, first)
    with open(path, encoding="utf-8") as f:
        org = yaml.safe_load(f)
    org.setdefault("contributions", []).append(
        {"what": "Cotisation annuelle", "amount": 350000, "currency": "XPF",
         "due": datetime.date(2021, 6, 30), "recurs": "yearly",
         "paid-through": datetime.date(2021, 6, 30)})
    with open(path, "w", encoding="utf-8") as f:
        yaml.safe_dump(org, f, allow_unicode=True, sort_keys=False)
    return records


def pick_meetings(binary, records):
    """The first coming meeting with a body (for the brief) and the last past one (--after)."""
    out = run(binary, records, "list", "meetings", "--format", "json").stdout
    rows = json.loads(out)["records"]  # by start date
    coming = [m for m in rows if (m.get("start") or "") >= TODAY and m.get("body")]
    past = [m for m in rows if (m.get("end") or m.get("start") or "9999") < TODAY]
    return coming[0]["id"], past[-1]["id"]


def reports(binary, records):
    org = sorted(os.listdir(os.path.join(records, "organisations")))[0][:-len(".yaml")]
    coming, past = pick_meetings(binary, records)
    return {"org": ["org", org], "meeting": ["meeting", coming], "after": ["meeting", past, "--after"],
            "annual": ["annual", "2026"], "pipeline": ["pipeline"], "memberships": ["memberships"],
            "entities": ["entities"]}


def check_text_formats(binary, records, subjects):
    for name, args in subjects.items():
        for lang in ("fr", "en"):
            for fmt in ("md", "html", "txt"):
                what = f"{name} {lang} {fmt}"
                result = run(binary, records, "--lang", lang, "report", *args, "--format", fmt, check=False)
                if result.returncode != 0:
                    fail(what, f"exit {result.returncode}: {result.stderr.strip()}")
                elif len(result.stdout) < 200:
                    fail(what, f"only {len(result.stdout)} characters")
                elif "{{" in result.stdout:
                    fail(what, "a template tag is left unfilled")
                elif name in TITLES and TITLES[name][lang] not in flat(result.stdout):
                    fail(what, f"no title «{TITLES[name][lang]}»")
                else:
                    print(f"ok   {what}: {len(result.stdout)} characters")


def flat(text):
    """Text as read, whatever the format escaped: HTML entities, Markdown's backslashes."""
    return re.sub(r"\s+", " ", html.unescape(text).replace("\\", ""))


def check_documents(binary, records, subjects, outdir):
    for name in ("meeting", "memberships"):
        for lang in ("fr", "en"):
            for ext in ("pdf", "docx"):
                what = f"{name} {lang} {ext}"
                path = os.path.join(outdir, f"{name}.{lang}.{ext}")
                if os.path.exists(path):
                    os.remove(path)
                result = run(binary, records, "--lang", lang, "report", *subjects[name], "-o", path,
                             check=False)
                if result.returncode != 0:
                    fail(what, f"exit {result.returncode}: {result.stderr.strip()}")
                    continue
                if ext == "pdf":
                    text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                                          text=True, check=True).stdout
                    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True,
                                          check=True).stdout
                    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                else:
                    # The title is Word's Title style, which pandoc reads as the title metadata.
                    text = subprocess.run(["pandoc", "-s", "-t", "markdown", path], capture_output=True,
                                          text=True, check=True).stdout
                    pages = 1
                title = TITLES.get(name, {}).get(lang)
                if pages < 1:
                    fail(what, "no page")
                elif title and title not in flat(text):
                    fail(what, f"no title «{title}» in the text read back")
                elif len(text) < 500:
                    fail(what, f"only {len(text)} characters read back")
                else:
                    print(f"ok   {what}: {pages} page(s), {len(text)} characters read back")


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    binary, outdir = os.path.abspath(argv[1]), argv[2]
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        records = make_desk(work)
        checked = run(binary, records, "check", "--format", "json", check=False)
        if checked.returncode != 0:
            fail("check", checked.stdout[:2000] + checked.stderr)
        subjects = reports(binary, records)
        check_text_formats(binary, records, subjects)
        check_documents(binary, records, subjects, outdir)
        totals = subprocess.run([sys.executable, DUES_TOTALS, binary, records, TODAY])
        if totals.returncode != 0:
            fail("dues totals", "the memberships report's totals differ from the sum by hand")
    print(f"{failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
