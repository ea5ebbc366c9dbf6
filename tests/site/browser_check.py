#!/usr/bin/python3
"""The static site (`multilat site -o DIR`) in a real browser: headless Chromium driven over the
DevTools protocol through a pipe (tests/devtools_pipe.py, stdlib only, no network port).

1. The site of the report fixtures (tests/report/records) is built in a temporary folder, and
   every page reachable from its index.html is loaded over file://, both languages, following
   every link. On every page:
   - no broken link, no missing anchor target, no link to a folder; calendar (.ics) links name
     a file that starts with BEGIN:VCALENDAR;
   - no console error, no uncaught exception, no Content-Security-Policy violation, no dialog;
   - nothing asked for but files of the site (no network, nothing outside the folder);
   - addresses relative only, so that the site works from file:// and under any sub-path: no
     href/src/action starting with '/' or carrying a scheme, except links out (http, https,
     mailto, tel) on <a>; never javascript:;
   - a lang attribute, one h1, the landmarks (banner, navigation, main, contentinfo), the
     Content-Security-Policy meta, the skip link to #main, the header's brand, menu, search
     form and language switch; unique ids; every svg and img named (aria-labelledby resolving to
     text, aria-label or alt); no event-handler attribute; no script except search.html's two;
   - nothing wider than the window at 1280, 390 and 360 px (a .table-wrap scrolls inside);
   - the language switch leads to the same page in the other language, which leads back.
   Both languages hold the same pages, and every page is reachable.
2. The search: LANG/search.html?q=WORD, the word typed without its accents, lists the record
   whose title holds it; typing filters, the address keeps ?q=, an unknown word says so, an
   empty query shows the list of every record again; the header's form leads there.
3. Hostile records: a copy of the fixtures with markup, a javascript: address and a 300-letter
   word in titles, names, notes and links. The text shows as text, no element or script comes
   of it, and nothing is wider than the window.

Screenshots (1280 px wide) of the home, SPC's page, SCRRE's page and the 2026 agenda in both
languages are written to OUTDIR as site-{page}-{lang}.png, and copied to $SITE_SHOTS_DIR when set.

Usage: browser_check.py BINARY CHROMIUM OUTDIR
"""

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
sys.path.insert(0, TESTS)
from devtools_pipe import Browser  # noqa: E402  (tests/devtools_pipe.py)

DESK = os.path.join(TESTS, "report", "records")
TODAY = "2026-12-03"
LANGS = ("fr", "en")
WIDTHS = (1280, 390, 360)
MARKER = ".multilat-site"
NAV_LINKS = 7  # home, organisations, entities, agenda, deadlines, pipeline, memberships
CSP_NEEDS = ("default-src 'none'", "script-src 'self'", "style-src 'self'", "base-uri 'none'")
LINK_OUT_SCHEMES = ("http", "https", "mailto", "tel")
SEARCH_SCRIPTS = ["search-index.js", "../search.js"]
MAX_RESULTS = 50

# Pages to photograph, relative to the language folder.
SHOTS = [("home", "index.html"), ("organisation", "organisations/spc.html"),
         ("entity", "entities/scrre.html"), ("agenda", "agenda/2026.html")]

# A fixed search: "56e réunion du CRGA" typed without its accent.
KNOWN_SEARCH = ("fr", "reunion", "meetings/crga-56.html")

# Hostile text put into the copy of the records.
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(1)"
LONG_WORD = ("Intergouvernementalisation" * 12)[:300]
LONG_URL = "https://example.org/" + "a-very-long-path-without-any-break" * 8

# Facts about the loaded page, gathered in one go.
PAGE_FACTS = r"""
(() => {
  const clean = s => (s || '').replace(/\s+/g, ' ').trim();
  const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className ? '.' + el.className.trim().replace(/\s+/g, '.') : '');
  const outside = (el, sel) => !el.closest(sel);
  const refs = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of ['href', 'src', 'action', 'xlink:href', 'srcset', 'poster', 'formaction']) {
      if (!el.hasAttribute(attr)) continue;
      const raw = el.getAttribute(attr);
      let abs = null;
      try { abs = new URL(raw, document.baseURI).href; } catch (e) { abs = null; }
      refs.push({tag: el.tagName.toLowerCase(), attr, raw, abs});
    }
  }
  const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
  const names = [...document.querySelectorAll('a[name]')].map(e => e.getAttribute('name'));
  const seen = new Set(), dup = new Set();
  for (const id of ids) { if (seen.has(id)) dup.add(id); seen.add(id); }
  const pictures = [];
  for (const el of document.querySelectorAll('svg, img, [role="img"]')) {
    if (el.tagName.toLowerCase() !== 'img' && el.parentElement && el.parentElement.closest('svg')) continue;
    if (el.closest('[aria-hidden="true"]')) continue;
    let name = '';
    const by = el.getAttribute('aria-labelledby');
    if (by) name = clean(by.split(/\s+/).map(id => {
      const t = document.getElementById(id); return t ? t.textContent : '';
    }).join(' '));
    if (!name) name = clean(el.getAttribute('aria-label'));
    if (!name && el.tagName.toLowerCase() === 'img') name = clean(el.getAttribute('alt'));
    const missing = by ? by.split(/\s+/).filter(id => !document.getElementById(id)) : [];
    pictures.push({what: describe(el), name, role: el.getAttribute('role') || '',
                   missing, hasTitle: !!el.querySelector(':scope > title'),
                   hasDesc: !!el.querySelector(':scope > desc')});
  }
  const handlers = [];
  for (const el of document.querySelectorAll('*'))
    for (const a of el.getAttributeNames())
      if (/^on/i.test(a)) handlers.push(describe(el) + ' ' + a);
  const unlabelled = [...document.querySelectorAll('input, select, textarea')]
    .filter(i => !['hidden', 'submit', 'button', 'reset', 'image'].includes(i.type))
    .filter(i => !(i.labels && i.labels.length) && !clean(i.getAttribute('aria-label')) &&
                 !i.getAttribute('aria-labelledby'))
    .map(describe);
  const emptyLinks = [...document.querySelectorAll('a[href]')]
    .filter(a => !clean(a.textContent) && !clean(a.getAttribute('aria-label')) &&
                 !a.querySelector('img[alt]:not([alt=""]), [aria-label]'))
    .map(a => a.getAttribute('href'));
  const header = document.querySelector('.site-header');
  const langSwitch = header ? header.querySelector('a.lang-switch') : null;
  const searchForm = header ? header.querySelector('form[role="search"]') : null;
  const skip = document.querySelector('a.skip');
  const skipRect = skip ? skip.getBoundingClientRect() : null;
  const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
  return {
    url: location.href,
    title: clean(document.title),
    lang: document.documentElement.getAttribute('lang') || '',
    h1: [...document.querySelectorAll('h1')].map(h => clean(h.textContent)),
    banner: [...document.querySelectorAll('header, [role="banner"]')]
      .filter(h => h.getAttribute('role') === 'banner' || outside(h.parentElement || h, 'article, aside, main, nav, section')).length,
    navs: document.querySelectorAll('nav, [role="navigation"]').length,
    mains: document.querySelectorAll('main, [role="main"]').length,
    mainId: (document.querySelector('main') || {}).id || '',
    contentinfo: [...document.querySelectorAll('footer, [role="contentinfo"]')]
      .filter(f => f.getAttribute('role') === 'contentinfo' || outside(f.parentElement || f, 'article, aside, main, nav, section')).length,
    csp: csp ? csp.getAttribute('content') : null,
    cspInHead: csp ? !!csp.closest('head') : false,
    viewport: !!document.querySelector('meta[name="viewport"]'),
    stylesheets: [...document.querySelectorAll('link[rel~="stylesheet"]')].map(l => l.getAttribute('href')),
    styleLoaded: [...document.styleSheets].some(s => { try { return s.cssRules.length > 0; } catch (e) { return true; } }),
    skip: skip ? {href: skip.getAttribute('href'), bottom: skipRect.bottom, right: skipRect.right} : null,
    brand: !!(header && header.querySelector('a.brand')),
    navLinks: header ? header.querySelectorAll('nav ul li a').length : 0,
    navLabel: header && header.querySelector('nav') ? clean(header.querySelector('nav').getAttribute('aria-label')) : '',
    search: searchForm ? {
      action: searchForm.getAttribute('action'), method: (searchForm.getAttribute('method') || '').toLowerCase(),
      input: !!searchForm.querySelector('input[type="search"][name="q"]'),
      label: !!searchForm.querySelector('label[for]'), button: !!searchForm.querySelector('button[type="submit"]'),
    } : null,
    langSwitch: langSwitch ? {href: langSwitch.getAttribute('href'), abs: langSwitch.href,
                              hreflang: langSwitch.getAttribute('hreflang') || '',
                              lang: langSwitch.getAttribute('lang') || ''} : null,
    refs,
    ids: ids.concat(names),
    duplicateIds: [...dup],
    pictures,
    handlers,
    emptyLinks,
    unlabelled,
    tablesOutsideWrap: [...document.querySelectorAll('table')].filter(t => !t.closest('.table-wrap')).length,
    scripts: [...document.scripts].map(s => s.hasAttribute('src') ? s.getAttribute('src') : 'inline: ' + clean(s.textContent).slice(0, 60)),
    imgX: [...document.querySelectorAll('img')].filter(i => (i.getAttribute('src') || '') === 'x').length,
    styleAttrs: document.querySelectorAll('[style]').length,
  };
})()
"""

# What is wider than the window, leaving out what scrolls inside its own box (a .table-wrap, a
# chart's figure): the box itself must fit.
OVERFLOW = r"""
(() => {
  const limit = window.innerWidth;
  const wide = [];
  const scrollers = [...document.querySelectorAll('body *')].filter(el =>
    ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX));
  for (const el of document.querySelectorAll('body *')) {
    if (scrollers.some(box => box !== el && box.contains(el))) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    // Text running out of a box that stays within the window counts too.
    const spill = style.overflowX === 'visible' ? Math.max(0, el.scrollWidth - el.clientWidth) : 0;
    if (r.right + spill > limit + 0.5 && r.bottom > 0) {
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
      wide.push(el.tagName.toLowerCase() + cls + ' right=' + Math.round(r.right + spill) + ' "' +
                (el.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 50) + '"');
    }
  }
  return {scrollWidth: document.documentElement.scrollWidth, innerWidth: limit,
          wide: wide.slice(0, 4), count: wide.length};
})()
"""

SEARCH_STATE = r"""
(() => {
  const main = document.querySelector('main');
  const input = (main && main.querySelector('input[name="q"]')) || document.getElementById('q');
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  const all = document.getElementById('all-records');
  const shown = el => !!el && !el.hidden && getComputedStyle(el).display !== 'none' &&
                      !el.closest('[hidden]');
  return {
    href: location.href,
    search: location.search,
    value: input ? input.value : null,
    status: status ? status.textContent.trim() : null,
    none: status ? status.getAttribute('data-none') : null,
    some: status ? status.getAttribute('data-some') : null,
    live: status ? status.getAttribute('aria-live') : null,
    results: results ? [...results.querySelectorAll('li')].map(li => {
      const a = li.querySelector('a');
      const kind = li.querySelector('.kind');
      return {href: a ? a.getAttribute('href') : null, text: a ? a.textContent : null,
              kind: kind ? kind.textContent : null, children: li.querySelectorAll('*').length};
    }) : null,
    resultsExtra: results ? results.querySelectorAll('script, img, iframe, object, embed, style').length : 0,
    allShown: shown(all),
    allLinks: all ? [...all.querySelectorAll('a[href]')].map(a => a.getAttribute('href')) : [],
    scripts: document.scripts.length,
  };
})()
"""

TYPE_INTO_SEARCH = r"""
(() => {
  const main = document.querySelector('main');
  const input = (main && main.querySelector('input[name="q"]')) || document.getElementById('q');
  input.focus();
  input.select();
  return !!input;
})()
"""

CLEAR_SEARCH = r"""
(() => {
  const main = document.querySelector('main');
  const input = (main && main.querySelector('input[name="q"]')) || document.getElementById('q');
  input.value = '';
  input.dispatchEvent(new Event('input', {bubbles: true}));
  return true;
})()
"""


def fold(text):
    """What search.js does to both sides: no accents, lower case."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not "\u0300" <= c <= "\u036f").lower()


class Report:
    def __init__(self):
        self.failures = 0
        self.checks = 0
        self.kinds = {}  # a problem with its paths blurred -> where it was seen

    def page(self, where, problems):
        self.checks += 1
        for problem in problems:
            print(f"FAIL {where}: {problem}")
            blurred = re.sub(r"(\.\./)+", "", re.sub(r"/tmp/[^ )'\"]*", "…", problem))
            self.kinds.setdefault(blurred[:200], []).append(where)
        self.failures += bool(problems)
        if not problems:
            print(f"ok   {where}")
        sys.stdout.flush()

    def summary(self):
        """The same problem on many pages is one fault (a layout, a catalogue word): say it once."""
        if not self.kinds:
            return
        print("\nProblems, each with the number of pages or checks it was seen on:")
        for kind, where in sorted(self.kinds.items(), key=lambda item: -len(item[1])):
            print(f"  {len(where):3d} × {kind}   (e.g. {where[0]})")


def build_site(binary, records, out, report, label):
    """Runs `multilat site`; returns True when it wrote a site."""
    started = time.monotonic()
    run = subprocess.run([binary, "--records", records, "--today", TODAY, "site", "-o", out],
                         capture_output=True, text=True, timeout=120)
    problems = []
    if run.returncode != 0:
        problems.append(f"exit {run.returncode}: {run.stderr.strip()[:800]}")
    elif not os.path.isfile(os.path.join(out, MARKER)):
        problems.append(f"no {MARKER} marker in {out}")
    for name in ("index.html", "style.css", "search.js"):
        if run.returncode == 0 and not os.path.isfile(os.path.join(out, name)):
            problems.append(f"no {name} at the site's root")
    report.page(f"{label}: multilat site ({time.monotonic() - started:.1f} s)", problems)
    return not problems


def file_url(path):
    return pathlib.Path(path).as_uri()


def url_path(url):
    """The file a file:// address names, and its fragment and query."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.unquote(parts.path), urllib.parse.unquote(parts.fragment), parts.query


class Site:
    """One built site, crawled from its index.html."""

    def __init__(self, browser, root, report, label):
        self.browser = browser
        self.root = os.path.realpath(root)
        self.report = report
        self.label = label
        self.facts = {}       # page path -> PAGE_FACTS
        self.anchors = []     # (from page, target page, fragment)
        self.linked = set()   # every page path some link leads to

    def rel(self, path):
        return os.path.relpath(path, self.root)

    def inside(self, path):
        return os.path.realpath(path).startswith(self.root + os.sep)

    def crawl(self, page, extra_check=None):
        queue = [os.path.join(self.root, "index.html")]
        self.linked.add(queue[0])
        while queue:
            path = queue.pop(0)
            if path in self.facts:
                continue
            problems, found = self.visit(page, path, extra_check)
            for target in found:
                if target not in self.facts and target not in queue:
                    queue.append(target)
            self.report.page(f"{self.label} {self.rel(path)}", problems)
        self.after_crawl()

    def visit(self, page, path, extra_check):
        problems = []
        page.resize(WIDTHS[0])
        page.events()
        error = page.navigate(file_url(path))
        if error:
            self.facts[path] = {"ids": [], "lang": "", "langSwitch": None}
            return [f"does not load: {error}"], []
        facts = page.evaluate(PAGE_FACTS)
        self.facts[path] = facts
        problems += self.check_events(page.events(), self.root)
        problems += self.check_page(path, facts)
        link_problems, found = self.check_refs(path, facts["refs"])
        problems += link_problems
        for width in WIDTHS:
            if width != WIDTHS[0]:
                page.resize(width)
            problems += self.check_width(page, width)
        page.resize(WIDTHS[0])
        if extra_check:
            problems += extra_check(page, path, facts)
        problems += self.check_events(page.events(), self.root)
        return problems, found

    @staticmethod
    def check_events(events, root=None):
        problems = []
        for event in events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
                problems.append(f"console.{params['type']}: {args[:300]}")
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                text = details.get("exception", {}).get("description") or details.get("text")
                problems.append(f"uncaught exception: {text[:300]} ({details.get('url', '')}:{details.get('lineNumber')})")
            elif method == "Log.entryAdded":
                entry = params.get("entry", {})
                if entry.get("level") == "error" or entry.get("source") == "security":
                    problems.append(f"console {entry.get('source')} {entry.get('level')}: "
                                    f"{entry.get('text', '')[:300]} ({entry.get('url', '')})")
            elif method == "Page.javascriptDialogOpening":
                problems.append(f"a dialog opened: {params.get('type')} {params.get('message')!r}")
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not url.startswith("file://"):
                    problems.append(f"asked for {url[:200]}")
                elif root and not os.path.realpath(url_path(url)[0]).startswith(root + os.sep):
                    problems.append(f"asked for a file outside the site: {url[:200]}")
            elif method == "Network.loadingFailed":
                if not params.get("canceled"):
                    problems.append(f"a load failed: {params.get('errorText')} "
                                    f"{params.get('blockedReason') or ''} {params.get('type', '')}")
        return problems

    def check_page(self, path, facts):
        problems = []
        rel = self.rel(path)
        in_lang = rel.split(os.sep)[0] in LANGS
        if facts["lang"] not in LANGS:
            problems.append(f"<html lang> is {facts['lang']!r}")
        elif in_lang and facts["lang"] != rel.split(os.sep)[0]:
            problems.append(f"<html lang={facts['lang']!r}> in the {rel.split(os.sep)[0]} folder")
        if len(facts["h1"]) != 1:
            problems.append(f"{len(facts['h1'])} h1 elements: {facts['h1'][:3]}")
        if not facts["title"]:
            problems.append("no <title>")
        if facts["mains"] != 1 or facts["mainId"] != "main":
            problems.append(f"{facts['mains']} main landmark(s), main id {facts['mainId']!r} (want one, id main)")
        if facts["banner"] < 1:
            problems.append("no banner landmark (header outside main/section)")
        if facts["contentinfo"] < 1:
            problems.append("no contentinfo landmark (footer outside main/section)")
        if facts["navs"] < 1 and in_lang:
            problems.append("no navigation landmark")
        csp = facts["csp"]
        if not csp or not all(part in csp for part in CSP_NEEDS):
            problems.append(f"Content-Security-Policy meta missing or loose: {csp!r}")
        elif not facts["cspInHead"]:
            problems.append("the Content-Security-Policy meta is not in <head>")
        if not facts["viewport"]:
            problems.append('no <meta name="viewport"> (phones lay it out 980 px wide and shrink it)')
        if len(facts["stylesheets"]) != 1 or not facts["styleLoaded"]:
            problems.append(f"stylesheets {facts['stylesheets']}, loaded: {facts['styleLoaded']}")
        if not facts["skip"] or facts["skip"]["href"] != "#main":
            problems.append(f"skip link: {facts['skip']}")
        elif facts["skip"]["bottom"] > 0 and facts["skip"]["right"] > 0:
            problems.append("the skip link is visible without focus")
        if in_lang:
            if not facts["brand"]:
                problems.append("no a.brand in .site-header")
            if facts["navLinks"] < NAV_LINKS:
                problems.append(f"the header's nav has {facts['navLinks']} links, want {NAV_LINKS}")
            if not facts["navLabel"]:
                problems.append("the header's nav has no aria-label")
            search = facts["search"]
            if not search or not search["input"] or not search["label"] or not search["button"] \
                    or search["method"] != "get" or not (search["action"] or "").endswith("search.html"):
                problems.append(f"header search form: {search}")
            switch = facts["langSwitch"]
            if not switch or switch["hreflang"] not in LANGS or switch["hreflang"] == facts["lang"] \
                    or switch["lang"] != switch["hreflang"]:
                problems.append(f"language switch: {switch}")
        if facts["duplicateIds"]:
            problems.append(f"duplicate ids: {facts['duplicateIds'][:5]}")
        for picture in facts["pictures"]:
            if not picture["name"]:
                problems.append(f"{picture['what']} has no accessible name "
                                f"(aria-labelledby ids missing: {picture['missing']})")
            elif picture["missing"]:
                problems.append(f"{picture['what']}: aria-labelledby names missing ids {picture['missing']}")
            if picture["what"].startswith("svg") and (picture["role"] != "img" or not picture["hasTitle"]):
                problems.append(f"{picture['what']}: role={picture['role']!r}, <title> {picture['hasTitle']}")
        if facts["emptyLinks"]:
            problems.append(f"links without words (no accessible name): {facts['emptyLinks'][:4]}")
        if facts["handlers"]:
            problems.append(f"event-handler attributes: {facts['handlers'][:3]}")
        if facts["styleAttrs"]:
            problems.append(f"{facts['styleAttrs']} style attributes (the CSP drops them)")
        if facts["unlabelled"]:
            problems.append(f"form fields without a label: {facts['unlabelled']}")
        if facts["tablesOutsideWrap"]:
            problems.append(f"{facts['tablesOutsideWrap']} table(s) outside a .table-wrap")
        if facts["imgX"]:
            problems.append(f"{facts['imgX']} <img src=x> element(s): markup from the records was parsed")
        expected = SEARCH_SCRIPTS if rel.endswith(os.sep + "search.html") and in_lang else []
        if facts["scripts"] != expected:
            problems.append(f"scripts {facts['scripts']}, want {expected}")
        return problems

    def check_refs(self, path, refs):
        problems, found = [], []
        for ref in refs:
            raw, tag, attr = ref["raw"], ref["tag"], ref["attr"]
            stripped = re.sub(r"[\x00-\x20]", "", raw)
            what = f"<{tag} {attr}={raw[:120]!r}>"
            scheme = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", stripped)
            if scheme and scheme.group(1).lower() == "javascript":
                problems.append(f"{what}: a javascript: address")
                continue
            if attr in ("srcset", "poster", "formaction"):
                problems.append(f"{what}: unexpected attribute")
                continue
            if scheme:
                if tag == "a" and attr == "href" and scheme.group(1).lower() in LINK_OUT_SCHEMES:
                    continue  # a link out of the site, followed by the reader only
                problems.append(f"{what}: absolute address (the site must be relative-only)")
                continue
            if stripped.startswith("/") or stripped.startswith("\\"):
                problems.append(f"{what}: starts with '/', breaks under file:// and sub-paths")
                continue
            if raw == "":
                problems.append(f"{what}: empty address")
                continue
            if not ref["abs"] or not ref["abs"].startswith("file://"):
                problems.append(f"{what}: resolves to {ref['abs']}")
                continue
            target, fragment, _query = url_path(ref["abs"])
            if raw.startswith("#"):
                target = path
            if not self.inside(target):
                problems.append(f"{what}: leads outside the site, to {target}")
                continue
            if os.path.isdir(target):
                problems.append(f"{what}: a folder (file:// shows a listing, a server may not)")
                continue
            if not os.path.isfile(target):
                problems.append(f"{what}: no such file {self.rel(target)}")
                continue
            if target.endswith(".ics"):
                with open(target, "rb") as f:
                    if not f.read(15).startswith(b"BEGIN:VCALENDAR"):
                        problems.append(f"{what}: {self.rel(target)} does not start with BEGIN:VCALENDAR")
                if tag != "a":
                    problems.append(f"{what}: a calendar loaded by the page")
                continue
            if tag == "a" and attr in ("href", "xlink:href") and target.endswith(".html"):
                self.linked.add(target)
                if fragment:
                    self.anchors.append((path, target, fragment, raw))
                if target != path:
                    found.append(target)
            elif tag == "form":
                self.linked.add(target)
                found.append(target)
        return problems, found

    def check_width(self, page, width):
        sizes = page.evaluate(OVERFLOW)
        if sizes["scrollWidth"] > sizes["innerWidth"] or sizes["count"]:
            return [f"wider than the window at {width} px (scrollWidth {sizes['scrollWidth']}, "
                    f"{sizes['count']} element(s) past the edge): {sizes['wide']}"]
        return []

    def after_crawl(self):
        problems = []
        for source, target, fragment, raw in self.anchors:
            ids = self.facts.get(target, {}).get("ids", [])
            if fragment not in ids:
                problems.append(f"{self.rel(source)}: {raw!r}: no id {fragment!r} in {self.rel(target)}")
        self.report.page(f"{self.label} anchors ({len(self.anchors)})", problems)

        problems = []
        for path, facts in self.facts.items():
            switch = facts.get("langSwitch")
            if not switch or not switch.get("abs"):
                continue
            other, _, _ = url_path(switch["abs"])
            other_facts = self.facts.get(other)
            rel = self.rel(path)
            if other_facts is None:
                problems.append(f"{rel}: the language switch leads to {switch['href']!r}, not a page of the site")
                continue
            if other_facts.get("lang") != switch["hreflang"]:
                problems.append(f"{rel}: the language switch leads to a page in {other_facts.get('lang')!r}")
            back = (other_facts.get("langSwitch") or {}).get("abs")
            if not back or url_path(back)[0] != path:
                problems.append(f"{rel}: the switch leads to {self.rel(other)}, whose switch leads to "
                                f"{self.rel(url_path(back)[0]) if back else None}")
            if rel.split(os.sep)[1:] != self.rel(other).split(os.sep)[1:]:
                problems.append(f"{rel}: the language switch leads to {self.rel(other)}, another page")
        self.report.page(f"{self.label} language switches", problems)

        problems = []
        pages = {lang: {os.path.relpath(p, os.path.join(self.root, lang)) for p in self.facts
                        if self.rel(p).split(os.sep)[0] == lang} for lang in LANGS}
        if pages["fr"] != pages["en"]:
            problems.append(f"only in fr: {sorted(pages['fr'] - pages['en'])[:8]}; "
                            f"only in en: {sorted(pages['en'] - pages['fr'])[:8]}")
        written = {os.path.join(d, f) for d, _, files in os.walk(self.root) for f in files
                   if f.endswith(".html")}
        orphans = sorted(self.rel(p) for p in written if os.path.realpath(p) not in self.facts)
        if orphans:
            problems.append(f"pages no link leads to: {orphans[:10]}")
        for lang in LANGS:
            for needed in ("index.html", "search.html", "organisations.html", "entities.html",
                           "agenda/index.html", "deadlines.html", "pipeline.html", "memberships.html",
                           "organisations/spc.html", "entities/scrre.html", "agenda/2026.html",
                           "meetings/crga-56.html", "prospects/spc-data.html"):
                if os.path.normpath(needed) not in pages[lang]:
                    problems.append(f"{lang}/{needed} not reached from index.html")
            for needed in ("search-index.js", "calendar.ics", "calendar/scrre.ics"):
                if not os.path.isfile(os.path.join(self.root, lang, needed)):
                    problems.append(f"no {lang}/{needed}")
        self.report.page(f"{self.label} pages ({len(self.facts)} loaded)", problems)


def read_index(root, lang):
    """LANG/search-index.js as a list, or a problem."""
    path = os.path.join(root, lang, "search-index.js")
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as error:
        return None, str(error)
    match = re.fullmatch(r"\s*window\.MULTILAT_INDEX\s*=\s*(\[.*\])\s*;?\s*", text, re.S)
    if not match:
        return None, f"{lang}/search-index.js is not 'window.MULTILAT_INDEX = [...];': {text[:120]!r}"
    try:
        return json.loads(match.group(1)), None
    except json.JSONDecodeError as error:
        return None, f"{lang}/search-index.js: {error}"


def check_index(root, lang, index):
    problems = []
    for entry in index:
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in "tkuw"):
            problems.append(f"entry {str(entry)[:100]} lacks one of t, k, u, w as text")
            continue
        u = entry["u"]
        target = os.path.normpath(os.path.join(root, lang, u.split("#")[0]))
        if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", u) or u.startswith("/") or \
                not target.startswith(os.path.realpath(root) + os.sep) or not os.path.isfile(target):
            problems.append(f"entry {entry['t'][:40]!r}: u {u!r} is not a page of the site")
    if not index:
        problems.append("the index is empty")
    return problems


def search_page(page, root, lang, query):
    url = file_url(os.path.join(root, lang, "search.html"))
    if query is not None:
        url += "?q=" + urllib.parse.quote(query)
    error = page.navigate(url)
    if error:
        raise RuntimeError(f"search.html does not load: {error}")
    return page.evaluate(SEARCH_STATE)


def type_query(page, text):
    page.evaluate(TYPE_INTO_SEARCH)
    page.send("Input.insertText", {"text": text})
    return page.evaluate(SEARCH_STATE)


def pick_query(index):
    """A word of a title that has an accent, typed without it, and the entry it should find."""
    for entry in index:
        for word in re.findall(r"\w+", entry["t"]):
            if len(word) >= 4 and fold(word) != word.lower() and fold(word).isascii():
                return fold(word), entry
    return None, None


def check_found(state, query, u, where):
    problems = []
    hrefs = [r["href"] for r in state["results"] or []]
    if u not in hrefs:
        problems.append(f"{where}: q={query!r} does not list {u} (results: {hrefs[:6]}, status {state['status']!r})")
    if state["allShown"]:
        problems.append(f"{where}: q={query!r}: #all-records still shown beside the results")
    if not state["status"] or state["status"] == state["none"]:
        problems.append(f"{where}: q={query!r}: status {state['status']!r}")
    elif "{n}" in state["status"]:
        problems.append(f"{where}: status {state['status']!r} keeps {{n}}")
    if len(hrefs) > MAX_RESULTS:
        problems.append(f"{where}: {len(hrefs)} results, more than {MAX_RESULTS}")
    if any(r["children"] > 2 for r in state["results"] or []):
        problems.append(f"{where}: a result holds more than a link and a kind")
    return problems


def check_search(page, root, report, label):
    for lang in LANGS:
        problems = []
        index, error = read_index(root, lang)
        if error:
            report.page(f"{label} {lang}/search", [error])
            continue
        problems += check_index(root, lang, index)
        # Without a query, and without JavaScript's help, the list of every record.
        state = search_page(page, root, lang, None)
        problems += [f"no query: {p}" for p in Site.check_events(page.events())]
        if state["results"] is None or state["status"] is None:
            problems.append("no #search-results or no #search-status")
            report.page(f"{label} {lang}/search", problems)
            continue
        if state["live"] != "polite" or not state["none"] or "{n}" not in (state["some"] or ""):
            problems.append(f"#search-status: aria-live {state['live']!r}, data-none {state['none']!r}, "
                            f"data-some {state['some']!r}")
        if not state["allShown"] or state["results"]:
            problems.append(f"no query: #all-records shown {state['allShown']}, {len(state['results'])} results")
        listed = {os.path.normpath(h.split("#")[0]) for h in state["allLinks"]}
        missing = [e["u"] for e in index if isinstance(e, dict) and isinstance(e.get("u"), str)
                   and os.path.normpath(e["u"].split("#")[0]) not in listed]
        if missing:
            problems.append(f"#all-records does not list {missing[:5]}")

        # From the address, without accents.
        checks = []
        if lang == KNOWN_SEARCH[0]:
            checks.append((KNOWN_SEARCH[1], KNOWN_SEARCH[2]))
        query, entry = pick_query(index)
        if query:
            checks.append((query, entry["u"]))
        else:
            problems.append("no title with an accented word to search for")
        for query, u in checks:
            state = search_page(page, root, lang, query)
            problems += check_found(state, query, u, "from ?q=")
            if state["value"] != query:
                problems.append(f"?q={query!r}: the field holds {state['value']!r}")

        # Typed, in capitals and two words, then an unknown word, then nothing.
        if entry:
            words = [fold(w) for w in re.findall(r"\w+", entry["t"]) if len(w) >= 3][:2]
            typed = " ".join(words).upper()
            search_page(page, root, lang, None)
            state = type_query(page, typed)
            problems += check_found(state, typed, entry["u"], "typed")
            if urllib.parse.parse_qs(state["search"].lstrip("?")).get("q") != [typed]:
                problems.append(f"typed {typed!r}: the address says {state['search']!r}, not ?q=")
        state = type_query(page, "zzqxwv")
        if state["results"] or state["status"] != state["none"]:
            problems.append(f"an unknown word: {len(state['results'])} results, status {state['status']!r} "
                            f"(want {state['none']!r})")
        page.evaluate(CLEAR_SEARCH)
        state = page.evaluate(SEARCH_STATE)
        if state["results"] or not state["allShown"] or "q=" in state["search"]:
            problems.append(f"cleared: {len(state['results'])} results, #all-records shown "
                            f"{state['allShown']}, address {state['search']!r}")
        problems += [f"while searching: {p}" for p in Site.check_events(page.events())]

        # The header's form on another page leads to the search page with the query.
        if entry and query:
            start = os.path.join(root, lang, "organisations.html")
            page.navigate(file_url(start))
            page.evaluate("(() => { const i = document.querySelector('.site-header input[name=\"q\"]');"
                          " i.focus(); return true; })()")
            page.send("Input.insertText", {"text": query})
            page.events()
            page.evaluate("setTimeout(() => document.querySelector('.site-header form[role=\"search\"]')"
                          ".requestSubmit(), 0), true")
            page.browser.wait_for("Page.loadEventFired", page.session)
            state = page.evaluate(SEARCH_STATE)
            landed, _, _ = url_path(state["href"])
            if os.path.realpath(landed) != os.path.realpath(os.path.join(root, lang, "search.html")):
                problems.append(f"the header's form on organisations.html leads to {state['href']}")
            else:
                problems += check_found(state, query, entry["u"], "header form")
            problems += [f"header form: {p}" for p in Site.check_events(page.events())]
        report.page(f"{label} {lang}/search ({len(index)} entries)", problems)


# --- hostile records ------------------------------------------------------------------------


def set_key(path, key, value):
    """Sets a top-level key of a record file to value, written as JSON (which YAML reads);
    whatever the key held before, on one line or more, goes."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    kept, skipping = [], False
    for line in lines:
        if skipping and (line.startswith((" ", "\t", "-")) or not line.strip()):
            continue
        skipping = line.startswith(key + ":")
        if not skipping:
            kept.append(line)
    kept.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(kept) + "\n")


def hostile_records(work):
    records = os.path.join(work, "hostile-records")
    shutil.copytree(DESK, records)
    r = lambda *p: os.path.join(records, *p)  # noqa: E731
    set_key(r("organisations", "spc.yaml"), "name",
            {"fr": f"Communauté {SCRIPT} {LONG_WORD}", "en": f"Pacific Community {SCRIPT} {LONG_WORD}"})
    set_key(r("organisations", "spc.yaml"), "notes", f"Note {IMG} {LONG_URL} {JS_URL}")
    set_key(r("organisations", "undp.yaml"), "website", LONG_URL)
    set_key(r("entities", "scrre.yaml"), "name",
            {"fr": f"Service {IMG} {LONG_WORD}", "en": f"Service {IMG} {LONG_WORD}"})
    set_key(r("entities", "scrre.yaml"), "notes", f"{SCRIPT} {JS_URL}")
    set_key(r("meetings", "2026", "crga-56.yaml"), "title",
            {"fr": f"56e réunion {IMG} {LONG_WORD}", "en": f"56th meeting {IMG} {LONG_WORD}"})
    set_key(r("meetings", "2026", "crga-56.yaml"), "location", f"Suva {SCRIPT} {JS_URL}")
    set_key(r("meetings", "2026", "crga-56.yaml"), "report",
            {"due": "2026-11-27", "done": "2026-11-26", "owner": "scrre", "link": JS_URL})
    set_key(r("prospects", "spc-data.yaml"), "title",
            {"fr": f"Convention {SCRIPT} {IMG}", "en": f"Agreement {SCRIPT} {IMG}"})
    set_key(r("prospects", "spc-data.yaml"), "notes", f"{LONG_WORD} {LONG_URL}")
    return records


# Pages whose text must show the hostile strings as they are, relative to the language folder.
HOSTILE_TEXT = {
    "organisations/spc.html": [SCRIPT, LONG_WORD],
    "entities/scrre.html": [IMG, LONG_WORD],
    "meetings/crga-56.html": [IMG, LONG_WORD, f"Suva {SCRIPT} {JS_URL}"],
    "organisations/undp.html": [LONG_URL],
    "prospects/spc-data.html": [SCRIPT, IMG],
    "organisations.html": [SCRIPT],
}


def hostile_text_check(root):
    def check(page, path, facts):
        rel = os.path.relpath(path, root).split(os.sep)
        wanted = HOSTILE_TEXT.get("/".join(rel[1:])) if rel[0] in LANGS else None
        if not wanted:
            return []
        text = page.evaluate("document.body.innerText")
        return [f"the hostile text {w[:40]!r} does not show as text" for w in wanted if w not in text]
    return check


def check_hostile_search(page, root, report):
    for lang in LANGS:
        problems = []
        state = search_page(page, root, lang, "alert")
        texts = [r["text"] for r in state["results"] or []]
        if not any(SCRIPT in t for t in texts) or not any(IMG in t for t in texts):
            problems.append(f"q=alert: the hostile titles are not listed as text: {texts[:4]}")
        if state["resultsExtra"] or state["scripts"] != len(SEARCH_SCRIPTS):
            problems.append(f"q=alert: {state['resultsExtra']} elements made from the titles, "
                            f"{state['scripts']} scripts")
        page.resize(360)
        sizes = page.evaluate(OVERFLOW)
        if sizes["scrollWidth"] > sizes["innerWidth"] or sizes["count"]:
            problems.append(f"q=alert is wider than 360 px: {sizes['wide']}")
        page.resize(WIDTHS[0])
        problems += Site.check_events(page.events())
        report.page(f"hostile {lang}/search.html?q=alert", problems)


# --- screenshots ----------------------------------------------------------------------------


def screenshots(page, root, outdir, report):
    problems = []
    written = []
    page.resize(1280)
    os.makedirs(os.path.join(outdir, "narrow"), exist_ok=True)
    for lang in LANGS:
        for name, rel in SHOTS:
            path = os.path.join(root, lang, rel)
            if not os.path.isfile(path):
                problems.append(f"no {lang}/{rel} to photograph")
                continue
            page.navigate(file_url(path))
            shot = os.path.join(outdir, f"site-{name}-{lang}.png")
            with open(shot, "wb") as f:
                f.write(page.screenshot(max_height=2400))
            written.append(shot)
            # The same page on a phone, to look at (not copied).
            page.resize(390)
            with open(os.path.join(outdir, "narrow", f"site-{name}-{lang}-390.png"), "wb") as f:
                f.write(page.screenshot(max_height=4000))
            page.resize(1280)
    page.events()
    copy_to = os.environ.get("SITE_SHOTS_DIR")
    if copy_to:
        os.makedirs(copy_to, exist_ok=True)
        for shot in written:
            shutil.copy(shot, copy_to)
    report.page(f"screenshots ({len(written)} in {outdir}{', copied to ' + copy_to if copy_to else ''})",
                problems)


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    binary, chromium, outdir = argv[1:]
    os.makedirs(outdir, exist_ok=True)
    report = Report()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="multilat-site-") as work:
        site = os.path.join(work, "site")
        hostile_site = os.path.join(work, "hostile-site")
        built = build_site(binary, DESK, site, report, "fixtures")
        hostile_built = build_site(binary, hostile_records(work), hostile_site, report, "hostile")
        browser = Browser(chromium, os.path.join(work, "profile"))
        try:
            browser.send("Target.setDiscoverTargets", {"discover": False})
            page = browser.new_page(width=1280)
            if built:
                Site(browser, site, report, "fixtures").crawl(page)
                check_search(page, site, report, "fixtures")
                screenshots(page, site, outdir, report)
            if hostile_built:
                Site(browser, hostile_site, report, "hostile").crawl(page, hostile_text_check(hostile_site))
                check_hostile_search(page, hostile_site, report)
            page.close()
        finally:
            browser.close()
    report.summary()
    print(f"{report.checks - report.failures}/{report.checks} checks passed "
          f"in {time.monotonic() - started:.0f} s")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
