#!/usr/bin/python3
"""`multilat site` end to end, on a copy of the report test desk (tests/report/records):

- chosen pages and files, byte for byte, against tests/site/expected/ (UPDATE_EXPECTED=1
  blesses them);
- the same records and --today give the same bytes, and a second run rewrites nothing and keeps
  every file's time stamp;
- a record deleted loses its pages in both languages; a file the desk put there stays, and one
  where a page would go is replaced only with --force;
- a folder that holds other files and no .multilat-site marker is refused (exit 2, nothing
  written) unless --force; a link inside the site folder is never written or removed through;
- --strict passes with the shipped templates;
- every link of every page is relative and leads to a file that exists;
- in a git repository the home page lists the records changed lately, linked;
- a templates/site/ folder next to records/ overrides a shipped template, and --strict turns a
  variable the view lacks into an error naming the template's line.

Usage: site_e2e.py BINARY
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DESK = os.path.join(HERE, "..", "report", "records")
EXPECTED = os.path.join(HERE, "expected")
TODAY = "2026-12-03"
GOLDEN = [
    "index.html",
    "fr/index.html",
    "en/organisations/spc.html",
    "fr/entities/scrre.html",
    "fr/prospects/undp-blue.html",
    "fr/meetings/crga-57.html",
    "en/meetings/crga-56.html",
    "fr/agenda/2026.html",
    "en/calendar/scrre.ics",
    "fr/search-index.js",
]
FAILURES = []


def fail(message):
    FAILURES.append(message)
    print("FAIL:", message)


def run(binary, records, out, *extra, cwd=None, env=None):
    command = [binary, "--records", records, "--today", TODAY, *extra, "site", "-o", out]
    full_env = {"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp"),
                "LANG": "C.UTF-8", "NO_COLOR": "1", **(env or {})}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "MULTILAT_TEMPLATES"):
        if key in os.environ:
            full_env[key] = os.environ[key]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=full_env, timeout=120)


def tree(folder):
    files = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                files[os.path.relpath(path, folder)] = f.read()
    return files


def check_goldens(out):
    update = os.environ.get("UPDATE_EXPECTED") == "1"
    for name in GOLDEN:
        with open(os.path.join(out, name), "rb") as f:
            actual = f.read()
        golden = os.path.join(EXPECTED, name.replace("/", "__"))
        if update:
            with open(golden, "wb") as f:
                f.write(actual)
            continue
        with open(golden, "rb") as f:
            if f.read() != actual:
                fail(f"{name} differs from {golden} (UPDATE_EXPECTED=1 to bless after reading the diff)")


def check_links(out):
    href = re.compile(rb'(?:href|src|action)="([^"]*)"')
    ids = re.compile(rb'\bid="([^"]*)"')
    pages = [p for p in tree(out) if p.endswith(".html")]
    for page in pages:
        with open(os.path.join(out, page), "rb") as f:
            text = f.read()
        for link in href.findall(text):
            link = link.decode().replace("&amp;", "&")
            if re.match(r"^[a-z][a-z0-9+.-]*:", link) or link.startswith("/"):
                fail(f"{page}: link {link!r} is not relative")
                continue
            target, _, anchor = link.partition("#")
            target = target.split("?")[0]
            path = os.path.normpath(os.path.join(os.path.dirname(os.path.join(out, page)), target)) if target else os.path.join(out, page)
            if not os.path.isfile(path):
                fail(f"{page}: link {link!r} leads nowhere")
            elif anchor and path.endswith(".html"):
                with open(path, "rb") as f:
                    if anchor.encode() not in ids.findall(f.read()):
                        fail(f"{page}: link {link!r} names a missing anchor")
    return len(pages)


def check_reruns(binary, records, out):
    before = {p: os.stat(os.path.join(out, p)).st_mtime_ns for p in tree(out)}
    again = run(binary, records, out)
    if again.returncode != 0 or " 0 modifiés, 0 retirés" not in again.stdout:
        fail(f"a second run rewrote files: {again.stdout!r} {again.stderr!r}")
    after = {p: os.stat(os.path.join(out, p)).st_mtime_ns for p in tree(out)}
    if before != after:
        fail("a second run changed time stamps: " + ", ".join(p for p in after if before.get(p) != after[p])[:300])
    other = out + "-again"
    run(binary, records, other)
    if tree(out) != tree(other):
        fail("two runs over the same records gave different bytes")


def check_removal(binary, records, out):
    with open(os.path.join(out, "fr", "notes.txt"), "w") as f:
        f.write("the desk's own file\n")
    os.remove(os.path.join(records, "prospects", "spc-data.yaml"))
    result = run(binary, records, out)
    if result.returncode != 0:
        fail(f"rebuild after a removal failed: {result.stderr}")
    for language in ("fr", "en"):
        if os.path.exists(os.path.join(out, language, "prospects", "spc-data.html")):
            fail(f"{language}/prospects/spc-data.html outlived its record")
    if not os.path.exists(os.path.join(out, "fr", "notes.txt")):
        fail("a file the desk put in the site folder was removed")
    if ", 2 retirés" not in result.stdout:
        fail(f"the summary does not count the two removed pages: {result.stdout!r}")
    # A run cut short lists nothing: its pages still say they are the site's, and are replaced.
    with open(os.path.join(out, ".multilat-site"), "w") as f:
        f.write("multilat site: the files below are the site's own\n")
    adopted = subprocess.run([binary, "--records", records, "--today", "2026-12-04", "site", "-o", out],
                             capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"})
    if adopted.returncode != 0:
        fail(f"the pages of a run cut short were not taken back: {adopted.stderr!r}")
    run(binary, records, out)  # back to the day the rest of the test expects
    # The record comes back, and the desk has put its own file where its page would go.
    shutil.copy(os.path.join(DESK, "prospects", "spc-data.yaml"), os.path.join(records, "prospects"))
    desk_page = os.path.join(out, "fr", "prospects", "spc-data.html")
    with open(desk_page, "w") as f:
        f.write("the desk's page\n")
    refused = run(binary, records, out)
    with open(desk_page) as f:
        kept = f.read() == "the desk's page\n"
    if refused.returncode != 2 or "n'est pas un fichier écrit par le site" not in refused.stderr or not kept:
        fail(f"a file the marker does not list was replaced: {refused.returncode} {refused.stderr!r}")
    forced = subprocess.run([binary, "--records", records, "--today", TODAY, "site", "-o", out, "--force"],
                            capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"})
    with open(desk_page) as f:
        if forced.returncode != 0 or "the desk's page" in f.read():
            fail(f"--force did not put the page in place: {forced.stderr!r}")


def check_refusal(binary, records, work):
    foreign = os.path.join(work, "documents")
    os.makedirs(foreign)
    with open(os.path.join(foreign, "budget.html"), "w") as f:
        f.write("not a site\n")
    result = run(binary, records, foreign)
    if result.returncode != 2 or "n'est pas un site multilat" not in result.stderr:
        fail(f"a foreign folder was not refused: {result.returncode} {result.stderr!r}")
    if sorted(os.listdir(foreign)) != ["budget.html"]:
        fail("a refused folder was written to: " + ", ".join(os.listdir(foreign)))
    forced = run(binary, records, foreign, "--lang", "en")  # the global option, before `site`
    if forced.returncode != 2 or "is not a multilat site" not in forced.stderr:
        fail(f"the English refusal is wrong: {forced.stderr!r}")
    result = subprocess.run([binary, "--records", records, "--today", TODAY, "site", "-o", foreign, "--force"],
                            capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"})
    if result.returncode != 0 or not os.path.exists(os.path.join(foreign, ".multilat-site")):
        fail(f"--force did not write the site: {result.stderr!r}")
    if not os.path.exists(os.path.join(foreign, "budget.html")):
        fail("--force removed a file the site did not write")


def git(cwd, *args, date="2026-11-20T10:00:00+11:00"):
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
           "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "desk@example.nc",
           "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "desk@example.nc"}
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)


def check_strict_and_links(binary, records, work):
    out = os.path.join(work, "strict-site")
    strict = run(binary, records, out)
    strict = subprocess.run([binary, "--records", records, "--today", TODAY, "site", "-o", out, "--strict"],
                            capture_output=True, text=True, env={**os.environ, "LANG": "C.UTF-8"})
    if strict.returncode != 0:
        fail(f"--strict fails with the shipped templates: {strict.stderr!r}")
    outside = os.path.join(work, "outside")
    os.makedirs(outside)
    with open(os.path.join(outside, "victim.html"), "w") as f:
        f.write("kept\n")
    shutil.rmtree(os.path.join(out, "en", "prospects"))
    os.symlink(outside, os.path.join(out, "en", "prospects"))
    with open(os.path.join(out, ".multilat-site"), "a") as f:
        f.write("en/prospects/victim.html\n")
    linked = run(binary, records, out)
    if linked.returncode != 2 or "symbolic link" not in linked.stderr and "lien symbolique" not in linked.stderr:
        fail(f"a link inside the site folder was followed: {linked.returncode} {linked.stderr!r}")
    if os.listdir(outside) != ["victim.html"]:
        fail("the site wrote or removed through a link: " + ", ".join(os.listdir(outside)))


def check_git_history(binary, work):
    project = os.path.join(work, "project")
    shutil.copytree(DESK, os.path.join(project, "records"))
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-qm", "Records of the desk")
    spc = os.path.join(project, "records", "organisations", "spc.yaml")
    with open(spc, "a") as f:
        f.write("# seen again\n")
    git(project, "commit", "-qam", "SPC: a note", date="2026-12-01T09:00:00+11:00")
    out = os.path.join(work, "git-site")
    result = run(binary, "records", out, cwd=project)
    with open(os.path.join(out, "fr", "index.html"), encoding="utf-8") as f:
        home = f.read()
    if result.returncode != 0 or 'SPC: a note — <a href="organisations/spc.html">' not in home:
        fail(f"the home page does not link the record changed lately: {result.stderr!r}")


def check_override(binary, work):
    project = os.path.join(work, "override")
    shutil.copytree(DESK, os.path.join(project, "records"))
    os.makedirs(os.path.join(project, "templates", "site"))
    with open(os.path.join(project, "templates", "site", "agenda.html.mustache"), "w") as f:
        f.write("<p>Notre agenda</p>\n{{#years}}<p>{{year}} {{nombre}}</p>{{/years}}\n")
    out = os.path.join(work, "override-site")
    lenient = run(binary, "records", out, cwd=project)
    with open(os.path.join(out, "fr", "agenda", "index.html"), encoding="utf-8") as f:
        if lenient.returncode != 0 or "<p>Notre agenda</p>" not in f.read():
            fail("a project's templates/site/ does not override the shipped template")
    strict = subprocess.run([binary, "--records", "records", "--today", TODAY, "site", "-o", out, "--strict"],
                            capture_output=True, text=True, cwd=project, env={**os.environ, "LANG": "C.UTF-8"})
    if strict.returncode != 2 or "agenda.html.mustache:2:" not in strict.stderr or "nombre" not in strict.stderr:
        fail(f"--strict does not name the unknown variable and its line: {strict.stderr!r}")


def main():
    binary = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as work:
        records = os.path.join(work, "records")
        shutil.copytree(DESK, records)
        out = os.path.join(work, "public")
        first = run(binary, records, out)
        if first.returncode != 0 or first.stderr:
            fail(f"site exited {first.returncode}: {first.stderr}")
        check_goldens(out)
        pages = check_links(out)
        check_reruns(binary, records, out)
        check_removal(binary, records, out)
        check_refusal(binary, records, work)
        check_strict_and_links(binary, records, work)
        check_git_history(binary, work)
        check_override(binary, work)
    if FAILURES:
        print(f"{len(FAILURES)} failure(s)")
        return 1
    print(f"site e2e: {pages} pages linked and checked, reruns, removal, refusal, git and overrides pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
