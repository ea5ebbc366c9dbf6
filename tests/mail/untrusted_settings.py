#!/usr/bin/python3
"""Records and settings arrive through merge requests, and `mail` must treat what they say as
untrusted, as `check` does. A focal point's address that check refuses ("a@x;victim@evil",
"Bob <victim@evil>") never reaches an RCPT TO line: that owner's items go to the desk's digest,
with a note saying why. A bad --recipient or --cc is a usage error; a bad mail.to or mail.cc
stops the run, naming the setting. mail.subject holding ESC, OSC, BEL, a C1 control or U+202E
reaches neither the terminal (--dry-run) nor the Subject header raw.
Usage: untrusted_settings.py BINARY FIXTURE_RECORDS
"""
import email
import os
import sys
from email import policy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smtp_e2e import (Inbox, check, copy_records, plain_text, run, run_scenarios,  # noqa: E402
                      serve)

HOSTILE_FOCAL_POINTS = {
    "dass.yaml": "a@example.org;victim@evil.example",
    "scrre.yaml": "Bob <victim@evil.example>",
}
HOSTILE_SUBJECT = r'"Digest \e]0;owned\a \x9b31m \u202E evil"'


def unsafe(text):
    """The characters that drive or deceive a terminal, line feeds aside."""
    def bad(c):
        code = ord(c)
        return (c != "\n" and (code < 0x20 or 0x7F <= code <= 0x9F)) or \
            0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or code in (0x200E, 0x200F, 0x61C)
    return [c for c in text if bad(c)]


def project_with(fixture, work, name, settings=lambda text: text, entities=None):
    """A copy of the records, its settings' text passed through `settings`."""
    project = copy_records(fixture, work, name)
    records = os.path.join(project, "records")
    with open(os.path.join(records, "multilat.yaml")) as f:
        text = settings(f.read())
    with open(os.path.join(records, "multilat.yaml"), "w") as f:
        f.write(text)
    for file, address in (entities or {}).items():
        stem = file.removesuffix(".yaml").upper()
        with open(os.path.join(records, "entities", file), "w") as f:
            f.write(f'name: {stem}\ntype: government-service\n'
                    f'focal-point: {{person: Eve, email: "{address}"}}\n')
    return project


def scenarios(binary, fixture, work):
    # 1. Focal points whose address check refuses: only the desk is written to.
    project = project_with(fixture, work, "focal", entities=HOSTILE_FOCAL_POINTS)
    inbox = Inbox()
    controller, port = serve(inbox)
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all", "--per-owner",
                 "--smtp", f"smtp://127.0.0.1:{port}")
    controller.stop()
    recipients = [rcpt for rcpt, _, _ in inbox.messages]
    check(result.returncode == 0 and recipients == [["desk@example.org"]],
          f"focal points: exit {result.returncode}, recipients {recipients}: {result.stderr!r}")
    if inbox.messages:
        text = plain_text(inbox.messages[0][1])
        check(text.count("is not a plain address") == 2 and "Position paper" in text and
              "Inscription" in text, f"focal points: the desk's digest says\n{text}")
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner", "--dry-run")
    check(b"evil" not in result.stdout, f"focal points: --dry-run {result.stdout!r}")

    # 2. The same addresses on the command line: usage errors.
    for option, value in [("--recipient", HOSTILE_FOCAL_POINTS["dass.yaml"]),
                          ("--cc", HOSTILE_FOCAL_POINTS["scrre.yaml"])]:
        result = run(binary, os.path.join(work, "focal"), "mail", option, value)
        check(result.returncode == 2 and option.encode() in result.stderr,
              f"{option}: exit {result.returncode}: {result.stderr!r}")

    # 3. In the settings: the run stops before sending, naming the setting.
    for key, replaced in [("to", "  to: [desk@example.org]\n"), ("cc", "")]:
        bad = f'  {key}: [desk@example.org, "x@example.org, victim@evil.example"]\n'
        project = project_with(fixture, work, f"settings-{key}",
                               settings=lambda text: text.replace(replaced, "") + bad)
        result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all")
        check(result.returncode == 2 and f"mail.{key} in records/multilat.yaml".encode()
              in result.stderr and not result.stdout,
              f"mail.{key}: exit {result.returncode}: {result.stderr!r}")
        if key == "to":  # unused when --recipient replaces it
            result = run(binary, project, "mail", "--recipient", "other@example.org")
            check(result.returncode == 0, f"mail.to replaced: exit {result.returncode}")

    # 4. A hostile mail.subject: shown visibly on the terminal and in the header.
    project = project_with(fixture, work, "subject",
                           settings=lambda text: text + f"  subject: {HOSTILE_SUBJECT}\n")
    result = run(binary, project, "mail", "--lead-days", "all", "--dry-run")
    shown = result.stdout.decode("utf-8", "replace")
    check(result.returncode == 0 and "Digest \\e]0;owned" in shown and not unsafe(shown),
          f"subject --dry-run: exit {result.returncode}: {result.stdout!r}")
    result = run(binary, project, "mail", "--lead-days", "all")
    message = email.message_from_bytes(result.stdout, policy=policy.default)
    check(not unsafe(message["subject"]) and "\\u{202E}" in message["subject"],
          f"subject header: {message['subject']!r}")
    html = message.get_body(("html",)).get_content().replace("\r\n", "\n")
    check(not unsafe(html), "subject: raw in the HTML")

    # 5. The same in a bilingual mail.subject: the English digest takes the English one.
    project = project_with(fixture, work, "bilingual", settings=lambda text: text + (
        f"  subject: {{fr: Échéances, en: {HOSTILE_SUBJECT}}}\n"))
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all")
    message = email.message_from_bytes(result.stdout, policy=policy.default)
    subject = message["subject"] or ""
    check(result.returncode == 0 and subject.startswith("Digest \\e]0;owned")
          and not unsafe(subject), f"bilingual subject header: {subject!r}")

    # 6. A meeting in the window whose title, place and head of delegation would be markup:
    # escaped in the HTML. (A control character leaves the whole record out: the loader's guard.)
    project = project_with(fixture, work, "meeting")
    with open(os.path.join(project, "records", "meetings", "2026", "hostile.yaml"), "w") as f:
        f.write(HOSTILE_MEETING)
    result = run(binary, project, "mail", "--lead-days", "all")
    message = email.message_from_bytes(result.stdout, policy=policy.default)
    html = message.get_body(("html",)).get_content()
    check(result.returncode == 0 and "Piège" in plain_text(message),
          f"meeting: not in the digest (exit {result.returncode}): {result.stderr!r}")
    for markup in ("<script>", "<b onmouseover", "<img src"):
        check(markup not in html, f"meeting: {markup} raw in the HTML")
    check("&lt;script&gt;" in html and "&lt;b onmouseover" in html and "&lt;img src" in html,
          "meeting: markup not shown escaped in the HTML")


HOSTILE_MEETING = """title: "Piège <script>alert(1)</script>"
organisation: spc
start: 2026-12-01
location: 'Nouméa <b onmouseover="x">'
status: confirmed
delegation:
  - {person: "Eve <img src=x>", entity: scrre, role: head}
"""


if __name__ == "__main__":
    sys.exit(run_scenarios(scenarios, 6))
