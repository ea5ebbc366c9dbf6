#!/usr/bin/python3
"""Word, OpenDocument and PDF reports read back as the cabinet would get them. Over the fixture
records (whose settings carry a report.marking), in French and English:

- the PDF (WeasyPrint) read with pdftotext: title, a known table row, the marking, "page 1 of N"
  where N is the page count pdfinfo gives, the marking on every page;
- the docx and odt (pandoc) read back to plain text by pandoc: title, the row, the marking; the
  docx has the reference document's header and footer and the Marking style;
- -o FILE.pdf / .docx / .odt takes the format from the extension;
- a templates/ folder next to records/ replaces the shipped reference document;
- a missing converter is exit 2, with a message naming the Debian package;
- an existing file is refused before converting; a pipe takes the document.

It saves each document in OUTDIR, with the PDF pages as PNG (pdftoppm) to look at.

Usage: documents_check.py BINARY OUTDIR
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-12-03"
MARKING = "Diffusion restreinte <R&D>"  # as the fixture's multilat.yaml gives it

EXPECT = {
    "fr": {"title": "56e réunion du CRGA", "row": "Jane Doe", "page": "page {n} sur {m}",
           "agenda": "Ordre du jour et positions",
           "heading": "Dossier de préparation : 56e réunion du CRGA"},
    "en": {"title": "56th CRGA", "row": "Jane Doe", "page": "page {n} of {m}",
           "agenda": "Agenda and positions", "heading": "Meeting brief: 56th CRGA meeting"},
}

failures = []


def fail(name, message):
    failures.append(f"{name}: {message}")
    print(f"FAIL {name}: {message}")


def run(args, env=None, check=True):
    result = subprocess.run(args, capture_output=True, env=env, timeout=180)
    if check and result.returncode != 0:
        raise RuntimeError(f"{args[0]} exit {result.returncode}: {result.stderr.decode()}")
    return result


def report(binary, records, lang, output, *extra, env=None, subject=("meeting", "crga-56")):
    return run([binary, "--today", TODAY, "--lang", lang, "--records", records, "report",
                *subject, "-o", output, "--force", *extra], env=env, check=False)


def check_long_pdf(binary, records, lang, outdir):
    """The fact sheet runs over several pages: each has the title, the marking and its number."""
    name = f"org.{lang}.pdf"
    path = os.path.join(outdir, name)
    result = report(binary, records, lang, path, subject=("org", "spc"))
    if result.returncode != 0:
        return fail(name, f"exit {result.returncode}: {result.stderr.decode()}")
    pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", path]).stdout.decode()).group(1))
    if pages < 2:
        return fail(name, f"{pages} page: the fixture's fact sheet should need more")
    text = run(["pdftotext", "-layout", path, "-"]).stdout.decode()
    before = len(failures)
    title = "Communauté du Pacifique" if lang == "fr" else "Pacific Community"
    for number, page in enumerate(text.split("\f")[:pages], 1):
        for wanted in (MARKING, EXPECT[lang]["page"].format(n=number, m=pages), title):
            if flat(wanted) not in flat(page):
                fail(name, f"page {number} lacks {wanted!r}")
    run(["pdftoppm", "-png", "-r", "60", path, os.path.join(outdir, f"org.{lang}")])
    if len(failures) == before:
        print(f"ok   {name} ({pages} pages)")


def flat(text):
    """Text as pdftotext or pandoc give it, with lines joined and case folded."""
    return re.sub(r"\s+", " ", text).casefold()


def has(name, text, wanted):
    if flat(wanted) not in flat(text):
        fail(name, f"{wanted!r} not in the text read back")


def check_pdf(binary, records, lang, outdir):
    name = f"meeting.{lang}.pdf"
    path = os.path.join(outdir, name)
    result = report(binary, records, lang, path)
    if result.returncode != 0:
        return fail(name, f"exit {result.returncode}: {result.stderr.decode()}")
    pages = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", path]).stdout.decode()).group(1))
    text = run(["pdftotext", "-layout", path, "-"]).stdout.decode()
    before = len(failures)
    for wanted in (EXPECT[lang]["title"], EXPECT[lang]["row"], EXPECT[lang]["agenda"], MARKING):
        has(name, text, wanted)
    for number, page in enumerate(text.split("\f")[:pages], 1):
        for wanted in (MARKING, EXPECT[lang]["page"].format(n=number, m=pages), EXPECT[lang]["title"]):
            if flat(wanted) not in flat(page):
                fail(name, f"page {number} lacks {wanted!r}")
    run(["pdftoppm", "-png", "-r", "60", path, os.path.join(outdir, f"meeting.{lang}")])
    if len(failures) == before:
        print(f"ok   {name} ({pages} pages)")


def check_pandoc(binary, records, lang, ext, outdir):
    name = f"meeting.{lang}.{ext}"
    path = os.path.join(outdir, name)
    result = report(binary, records, lang, path)
    if result.returncode != 0:
        return fail(name, f"exit {result.returncode}: {result.stderr.decode()}")
    # Standalone: a docx's Title paragraph is read as the document's title.
    text = run(["pandoc", "--from", ext, "--to", "plain", "--standalone", path]).stdout.decode()
    before = len(failures)
    for wanted in (EXPECT[lang]["title"], EXPECT[lang]["row"], EXPECT[lang]["agenda"], MARKING):
        has(name, text, wanted)
    # The marking before the heading made pandoc take the HTML <title> as the Title and print
    # the heading again as body text.
    times = flat(text).count(flat(EXPECT[lang]["heading"]))
    if times != 1:
        fail(name, f"the title is there {times} times, not once")
    with zipfile.ZipFile(path) as document:
        if ext == "docx":
            body = document.read("word/document.xml").decode()
            footer = document.read("word/footer1.xml").decode()
            if '<w:pStyle w:val="Marking"' not in body:
                fail(name, "the marking is not in the Marking style")
            if "NUMPAGES" not in footer or "STYLEREF" not in footer:
                fail(name, "the footer has no page count or marking field")
        else:
            if "text:page-count" not in document.read("styles.xml").decode():
                fail(name, "the footer has no page count")
    if len(failures) == before:
        print(f"ok   {name}")


def check_override(binary, records, outdir):
    """The project's templates/reports/reference.fr.docx wins over the shipped one."""
    name = "override.fr.docx"
    project = os.path.join(os.path.dirname(records), "templates", "reports")
    os.makedirs(project, exist_ok=True)
    shipped = os.path.join(HERE, "..", "..", "templates", "reports", "reference.fr.docx")
    with zipfile.ZipFile(shipped) as source, zipfile.ZipFile(
            os.path.join(project, "reference.fr.docx"), "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/header1.xml":
                data = data.replace(b"</w:p>", b"<w:r><w:t>GOUVERNEMENT DE LA NC</w:t></w:r></w:p>")
            copy.writestr(item, data)
    path = os.path.join(outdir, name)
    result = report(binary, records, "fr", path)
    shutil.rmtree(os.path.dirname(project))
    if result.returncode != 0:
        return fail(name, f"exit {result.returncode}: {result.stderr.decode()}")
    with zipfile.ZipFile(path) as document:
        headers = [document.read(n).decode() for n in document.namelist() if "header" in n]
    if not any("GOUVERNEMENT DE LA NC" in h for h in headers):
        fail(name, "the project's reference document was not used")
    else:
        print(f"ok   {name}")


def check_missing(binary, records, work):
    """Without the converter on PATH: exit 2, and the Debian package to install."""
    env = dict(os.environ, PATH=os.path.join(work, "empty-path"))
    for lang in ("fr", "en"):
        for ext, package in (("pdf", "weasyprint"), ("docx", "pandoc"), ("odt", "pandoc")):
            name = f"missing.{lang}.{ext}"
            output = os.path.join(work, f"missing.{ext}")
            result = report(binary, records, lang, output, env=env)
            stderr = result.stderr.decode()
            if result.returncode != 2 or f"apt-get install {package}" not in stderr:
                fail(name, f"exit {result.returncode}, stderr {stderr!r}")
            elif os.path.exists(output):
                fail(name, "a file was written")
            else:
                print(f"ok   {name}")


def check_destinations(binary, records, work):
    """An existing file is refused before any conversion; a pipe takes the document."""
    path = os.path.join(work, "kept.pdf")
    with open(path, "w") as f:
        f.write("keep me")
    result = run([binary, "--today", TODAY, "--records", records, "report", "meeting", "crga-56",
                  "-o", path], check=False)
    with open(path) as f:
        kept = f.read() == "keep me"
    if result.returncode != 2 or not kept:
        fail("existing.pdf", f"exit {result.returncode}, file kept {kept}")
    else:
        print("ok   existing.pdf")
    result = run([binary, "--today", TODAY, "--records", records, "report", "meeting", "crga-56",
                  "--format", "pdf"], check=False)
    if result.returncode != 0 or not result.stdout.startswith(b"%PDF"):
        fail("piped.pdf", f"exit {result.returncode}: {result.stderr.decode()}")
    else:
        print("ok   piped.pdf")


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    binary, outdir = argv[1], argv[2]
    os.makedirs(outdir, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="multilat-documents-") as work:
        records = os.path.join(work, "desk", "records")
        shutil.copytree(os.path.join(HERE, "records"), records)
        for lang in ("fr", "en"):
            check_pdf(binary, records, lang, outdir)
            check_long_pdf(binary, records, lang, outdir)
            for ext in ("docx", "odt"):
                check_pandoc(binary, records, lang, ext, outdir)
        check_override(binary, records, outdir)
        check_missing(binary, records, work)
        check_destinations(binary, records, work)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
