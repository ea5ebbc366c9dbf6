#!/usr/bin/python3
"""End-to-end delivery of the mail digest through a real SMTP server (aiosmtpd on 127.0.0.1):
plain SMTP, STARTTLS with a certificate made for the test, and msmtp through --sendmail. What
the server receives is parsed with Python's email package and checked. Also: a server that is
down, a recipient the server refuses.
Usage: smtp_e2e.py BINARY FIXTURE_RECORDS
"""
import email
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from email import policy

from aiosmtpd.controller import Controller

FAILURES = []
CHECKS = []


def check(condition, what):
    CHECKS.append(what)
    if not condition:
        FAILURES.append(what)
        print("FAIL", what)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    def __init__(self, refuse=()):
        self.messages = []
        self.refuse = set(refuse)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((list(envelope.rcpt_tos), message, session.ssl is not None))
        return "250 Message accepted"


def serve(inbox, tls_context=None, **smtp_options):
    port = free_port()
    kwargs = {"hostname": "127.0.0.1", "port": port, **smtp_options}
    if tls_context:
        kwargs.update(tls_context=tls_context, require_starttls=True)
    controller = Controller(inbox, **kwargs)
    controller.start()
    return controller, port


def run(binary, cwd, *args, env=None):
    full_env = dict(os.environ, NO_COLOR="1")
    full_env.update(env or {})
    return subprocess.run([binary, "--today", "2026-11-29", *args], cwd=cwd, env=full_env,
                          capture_output=True, timeout=60)


def make_certificate(folder):
    key, cert = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key,
                    "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context, cert


def plain_text(message):
    return message.get_body(("plain",)).get_content()


def copy_records(fixture, work, name="project"):
    """A project folder in `work` holding a copy of the fixture's records."""
    project = os.path.join(work, name)
    shutil.copytree(fixture, os.path.join(project, "records"))
    return project


def run_scenarios(scenarios, count):
    """For `SCRIPT BINARY FIXTURE_RECORDS`: runs `scenarios(binary, fixture, work)` in a fresh
    folder, removed afterwards, prints the tally of check() and returns the exit status."""
    binary, fixture = (os.path.abspath(arg) for arg in sys.argv[1:3])
    work = tempfile.mkdtemp(prefix="multilat-mail-")
    try:
        scenarios(binary, fixture, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{count} scenarios, {len(CHECKS)} checks, {len(FAILURES)} failures")
    return 1 if FAILURES else 0


def scenarios(binary, fixture, work):
    project = copy_records(fixture, work)

    # 1. Plain SMTP, one digest per owner.
    inbox = Inbox()
    controller, port = serve(inbox)
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner",
                 "--smtp", f"smtp://127.0.0.1:{port}")
    controller.stop()
    check(result.returncode == 0, f"smtp: exit {result.returncode}: {result.stderr!r}")
    received = {tuple(rcpt): message for rcpt, message, _ in inbox.messages}
    check(set(received) == {("scrre@example.org",), ("desk@example.org",)},
          f"smtp: recipients {sorted(received)}")
    scrre = received.get(("scrre@example.org",))
    if scrre:
        check(scrre["subject"] == "Échéances multilatérales\u00a0: 1 à venir, 1 en retard, 1 réunion",
              f"smtp: subject {scrre['subject']!r}")
        check(scrre.get_content_type() == "multipart/alternative", "smtp: not alternative")
        check("Inscription" in plain_text(scrre), "smtp: item missing from the text part")
        check("Note de position" not in plain_text(scrre), "smtp: dass's item went to scrre")
        html = scrre.get_body(("html",)).get_content()
        check("<table" in html and "Inscription" in html, "smtp: html part")
        check(scrre["bcc"] is None, "smtp: a Bcc header appeared")
        # RFC 3834, so that no vacation responder answers; no English preamble in French.
        check(scrre["auto-submitted"] == "auto-generated",
              f"smtp: Auto-Submitted {scrre['auto-submitted']!r}")
        check(not (scrre.preamble or "").strip(), f"smtp: a MIME preamble {scrre.preamble!r}")
    desk = received.get(("desk@example.org",))
    if desk:
        check("Note de position" in plain_text(desk), "smtp: the desk lacks dass's item")
        check("pas d'adresse électronique" in plain_text(desk), "smtp: no without-e-mail section")

    # 2. STARTTLS with a certificate the test trusts, TLS required.
    context, cert = make_certificate(work)
    inbox = Inbox()
    controller, port = serve(inbox, context)
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all", "--smtp",
                 f"smtp://127.0.0.1:{port}", "--require-tls", "--ca-file", cert)
    controller.stop()
    check(result.returncode == 0, f"starttls: exit {result.returncode}: {result.stderr!r}")
    check(len(inbox.messages) == 1 and inbox.messages[0][2], "starttls: not received over TLS")
    if inbox.messages:
        subject = inbox.messages[0][1]["subject"]
        check(subject == "Multilateral deadlines: 2 coming, 1 overdue, 1 meeting",
              f"starttls: subject {subject!r}")

    # 3. A certificate nobody vouches for: nothing is sent.
    inbox = Inbox()
    controller, port = serve(inbox, context)
    result = run(binary, project, "mail", "--smtp", f"smtp://127.0.0.1:{port}",
                 "--require-tls", "--ca-file", "/dev/null", "--timeout", "10")
    controller.stop()
    check(result.returncode == 1 and not inbox.messages,
          f"untrusted certificate: exit {result.returncode}, {len(inbox.messages)} received")

    # 4. Through msmtp, a real sendmail-compatible client.
    inbox = Inbox()
    controller, port = serve(inbox)
    config = os.path.join(work, "msmtprc")
    with open(config, "w") as f:
        f.write(f"account default\nhost 127.0.0.1\nport {port}\nauth off\ntls off\n"
                "from multilat@example.org\n")
    os.chmod(config, 0o600)
    result = run(binary, project, "mail", "--lead-days", "all",
                 "--sendmail", f"msmtp -C {config} -t")
    controller.stop()
    check(result.returncode == 0, f"msmtp: exit {result.returncode}: {result.stderr!r}")
    check(len(inbox.messages) == 1 and inbox.messages[0][0] == ["desk@example.org"],
          f"msmtp: received {[m[0] for m in inbox.messages]}")

    # 5. The server is down: exit 1, said on stderr, no hang.
    port = free_port()
    result = run(binary, project, "mail", "--smtp", f"smtp://127.0.0.1:{port}",
                 "--timeout", "5")
    check(result.returncode == 1 and b"smtp://127.0.0.1" in result.stderr,
          f"down: exit {result.returncode}: {result.stderr!r}")

    # 6. The server refuses one recipient: that message is named, the others still go.
    inbox = Inbox(refuse={"scrre@example.org"})
    controller, port = serve(inbox)
    result = run(binary, project, "--lang", "en", "mail", "--lead-days", "all",
                 "--per-owner", "--smtp", f"smtp://127.0.0.1:{port}")
    controller.stop()
    check(result.returncode == 1 and b"scrre" in result.stderr,
          f"refused: exit {result.returncode}: {result.stderr!r}")
    # What an administrator needs: the command and the server's own reply.
    check(b"RCPT TO:<scrre@example.org>" in result.stderr and b"550" in result.stderr
          and b"no such user" in result.stderr, f"refused: no server reply in {result.stderr!r}")
    check([m[0] for m in inbox.messages] == [["desk@example.org"]],
          f"refused: received {[m[0] for m in inbox.messages]}")

    # 7. A server that accepts the connection and never answers: a clean timeout.
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        started = time.monotonic()
        result = run(binary, project, "mail", "--smtp", f"smtp://127.0.0.1:{port}",
                     "--timeout", "2")
        elapsed = time.monotonic() - started
    check(result.returncode == 1 and elapsed < 30,
          f"silent server: exit {result.returncode} after {elapsed:.1f} s: {result.stderr!r}")

    # 8. --outdir: one .eml per message, never replaced without --force.
    outdir = os.path.join(work, "out")
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner",
                 "--outdir", outdir)
    files = sorted(os.listdir(outdir)) if os.path.isdir(outdir) else []
    check(result.returncode == 0 and files == ["01-scrre.eml", "02-desk.eml"],
          f"outdir: exit {result.returncode}, files {files}")
    with open(os.path.join(outdir, "02-desk.eml"), "w") as f:
        f.write("kept")
    os.remove(os.path.join(outdir, "01-scrre.eml"))
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner",
                 "--outdir", outdir)
    with open(os.path.join(outdir, "02-desk.eml")) as f:
        kept = f.read()
    check(result.returncode == 2 and kept == "kept",
          f"outdir again: exit {result.returncode}, file now {kept[:20]!r}")
    # Refused before the first write, pointing to --force: no half-written folder.
    check(sorted(os.listdir(outdir)) == ["02-desk.eml"] and b"--force" in result.stderr,
          f"outdir again: files {sorted(os.listdir(outdir))}, {result.stderr!r}")
    result = run(binary, project, "mail", "--lead-days", "all", "--per-owner",
                 "--outdir", outdir, "--force")
    with open(os.path.join(outdir, "02-desk.eml"), "rb") as f:
        replaced = email.message_from_binary_file(f, policy=policy.default)
    check(result.returncode == 0 and replaced["to"] == "desk@example.org",
          f"outdir --force: exit {result.returncode}")


if __name__ == "__main__":
    sys.exit(run_scenarios(scenarios, 8))
