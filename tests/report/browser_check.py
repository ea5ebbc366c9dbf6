#!/usr/bin/python3
"""Every HTML report in a real browser: headless Chromium, driven over the DevTools protocol
through a pipe (stdlib only, no network port). For each report rendered from the fixture
records it checks, through the DOM:

- the page's title is the report's heading, and its main table is there with rows;
- laid out for print at A4's text width (210 mm less 2 x 15 mm margins), nothing is wider
  than the page;
- the page asks for nothing but itself: no network request, no other file;
- printing gives a PDF.

It does so twice: over the fixture records, then over a copy whose texts end with a hostile
long word and URL (one that once pushed two columns off the page), for every report and for
the HTML part of the mail digest.

It saves a screenshot and the PDF of each report in OUTDIR, to look at.

Usage: browser_check.py BINARY CHROMIUM OUTDIR
"""

import base64
import email
import email.policy
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from devtools_pipe import Browser  # noqa: E402  (tests/devtools_pipe.py, shared with site/browser)

TODAY = "2026-12-03"
A4_TEXT_WIDTH_PX = 680  # 180 mm at 96 px per inch

# Report arguments, and the CSS selector of the table that carries the report.
REPORTS = [
    ("org", ["spc"], "#main"),
    ("meeting", ["crga-57"], "#agenda"),  # a coming meeting: arrears, and a section to fill in
    ("after", ["crga-56"], "table"),
    ("pipeline", [], "#main"),
    ("annual", ["2026"], "#main"),
    ("memberships", [], "#main"),
    ("entities", [], "#main"),
]


CHECK_PAGE = r"""
(() => {
  const limit = Math.min(%d, document.documentElement.clientWidth);
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right > limit + 0.5) wide.push(el.tagName + ' ' + Math.round(r.right) + ' ' + el.textContent.trim().slice(0, 40));
  }
  const main = document.querySelector(%s);
  return JSON.stringify({
    title: document.title,
    h1: (document.querySelector('h1') || {}).textContent,
    mainRows: main ? main.querySelectorAll('tr').length : -1,
    scrollWidth: document.documentElement.scrollWidth,
    wide: wide.slice(0, 3),
    scripts: document.querySelectorAll('script').length,
    external: [...document.querySelectorAll('[src],[href]')].map(e => e.getAttribute('src') || e.getAttribute('href')),
  });
})()
"""


LONG_WORD = "Intergouvernementalisation" * 6
LONG_URL = "https://example.org/" + "a-very-long-path-without-any-break" * 5
# The keys whose values are free text; ids, dates, amounts and closed lists are left alone.
TEXT_KEYS = {"fr", "en", "what", "location", "person", "note", "item", "title", "name", "outcomes"}


def lengthen(node, key=None):
    if isinstance(node, dict):
        return {k: lengthen(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [lengthen(v, key) for v in node]
    if isinstance(node, str) and key in TEXT_KEYS:
        return f"{node} {LONG_WORD} {LONG_URL}"
    return node


def hostile_records(work):
    """A copy of the fixture records whose texts end with a long word and a long URL, with the
    mail settings the digest needs."""
    records = os.path.join(work, "hostile", "records")
    shutil.copytree(os.path.join(HERE, "records"), records)
    for path in glob.glob(os.path.join(records, "**", "*.yaml"), recursive=True):
        with open(path, encoding="utf-8") as f:
            record = yaml.safe_load(f)
        if path.endswith("multilat.yaml"):
            record["mail"] = {"from": "desk@example.org", "to": ["desk@example.org"]}
        else:
            record = lengthen(record)
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(record, f, allow_unicode=True, sort_keys=False)
    return records


def render(binary, report, args, lang, path, records=os.path.join(HERE, "records")):
    command = "meeting" if report == "after" else report
    extra = ["--after"] if report == "after" else []
    subprocess.run([binary, "--today", TODAY, "--lang", lang, "--records",
                    records, "report", command, *args, *extra, "-o", path],
                   check=True, capture_output=True, timeout=60)


def render_mail(binary, lang, records, path):
    """The HTML part of the first message of the digest."""
    outdir = path + ".eml"
    # A period that takes in every meeting of the fixtures, so that the meetings table is drawn.
    subprocess.run([binary, "--today", TODAY, "--lang", lang, "--records", records, "mail",
                    "--from", "2026-09-01", "--to", "2027-12-31", "--outdir", outdir],
                   capture_output=True, timeout=60)
    messages = sorted(glob.glob(os.path.join(outdir, "*.eml")))
    if not messages:
        raise RuntimeError("the digest wrote no message")
    with open(messages[0], "rb") as f:
        message = email.message_from_binary_file(f, policy=email.policy.default)
    with open(path, "w", encoding="utf-8") as f:
        f.write(message.get_body(("html",)).get_content())


def check_page(browser, path, selector, outdir, name, mail=False):
    problems = []
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    browser.send("Network.enable", session=session)
    browser.send("Page.enable", session=session)
    browser.send("Emulation.setEmulatedMedia", {"media": "print"}, session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": A4_TEXT_WIDTH_PX, "height": 1100, "deviceScaleFactor": 1, "mobile": False},
                 session=session)
    # A scrollbar would take its width from the page's: the page gets all of A4's text width.
    browser.send("Emulation.setScrollbarsHidden", {"hidden": True}, session=session)
    url = "file://" + path
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    requests = [e["params"]["request"]["url"] for e in browser.events
                if e.get("method") == "Network.requestWillBeSent" and e.get("sessionId") == session]
    browser.events = [e for e in browser.events if e.get("sessionId") != session]
    others = [u for u in requests if u != url]
    if others:
        problems.append(f"requests beyond the page itself: {others}")
    result = browser.send("Runtime.evaluate",
                          {"expression": CHECK_PAGE % (A4_TEXT_WIDTH_PX, json.dumps(selector)),
                           "returnByValue": True}, session=session)
    page = json.loads(result["result"]["value"])
    if not mail and (not page["title"] or page["title"] != (page["h1"] or "").strip()):
        problems.append(f"title {page['title']!r} is not the heading {page['h1']!r}")
    if page["mainRows"] < 2 and not mail:
        problems.append(f"main table {selector} has {page['mainRows']} rows")
    if page["scrollWidth"] > A4_TEXT_WIDTH_PX or page["wide"]:
        problems.append(f"wider than A4 ({page['scrollWidth']} px): {page['wide']}")
    if page["scripts"] or page["external"]:
        problems.append(f"scripts {page['scripts']}, links {page['external']}")
    shot = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True},
                        session=session)
    with open(os.path.join(outdir, f"{name}.png"), "wb") as f:
        f.write(base64.b64decode(shot["data"]))
    pdf = browser.send("Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69,
                                           "preferCSSPageSize": True}, session=session)
    data = base64.b64decode(pdf["data"])
    if not data.startswith(b"%PDF"):
        problems.append("printing gave no PDF")
    with open(os.path.join(outdir, f"{name}.pdf"), "wb") as f:
        f.write(data)
    browser.send("Target.closeTarget", {"targetId": target})
    return problems


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    binary, chromium, outdir = argv[1:]
    os.makedirs(outdir, exist_ok=True)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="multilat-browser-") as work:
        browser = Browser(chromium, os.path.join(work, "profile"))
        try:
            browser.send("Target.setDiscoverTargets", {"discover": False})
            for report, args, selector in REPORTS:
                for lang in ("fr", "en"):
                    name = f"{report}.{lang}"
                    path = os.path.join(work, f"{name}.html")
                    render(binary, report, args, lang, path)
                    problems = check_page(browser, path, selector, outdir, name)
                    for problem in problems:
                        print(f"FAIL {name}: {problem}")
                    failures += bool(problems)
                    if not problems:
                        print(f"ok   {name}")
            records = hostile_records(work)
            for report, args, selector in REPORTS + [("mail", [], "table")]:
                for lang in ("fr", "en"):
                    name = f"hostile-{report}.{lang}"
                    path = os.path.join(work, f"{name}.html")
                    if report == "mail":
                        render_mail(binary, lang, records, path)
                    else:
                        render(binary, report, args, lang, path, records)
                    with open(path, encoding="utf-8") as f:
                        if LONG_WORD not in f.read():
                            print(f"FAIL {name}: no hostile word reached the page")
                            failures += 1
                            continue
                    problems = check_page(browser, path, selector, outdir, name, report == "mail")
                    for problem in problems:
                        print(f"FAIL {name}: {problem}")
                    failures += bool(problems)
                    if not problems:
                        print(f"ok   {name}")
        finally:
            browser.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
