#!/usr/bin/python3
"""SMTP credentials never travel or show in clear. Against aiosmtpd on 127.0.0.1, which offers
AUTH without STARTTLS when told to: a user from --smtp-user or from mail.smtp-user in the settings
(which a merge request can change) gets no AUTH line sent, only a clear message and exit 1; a user
without a password, a --password-file that cannot be read and a URL holding credentials are
usage errors (exit 2) that never echo the password; over STARTTLS the login works.
Usage: smtp_auth.py BINARY FIXTURE_RECORDS
"""
import logging
import os
import sys

from aiosmtpd.smtp import MISSING, AuthResult

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smtp_e2e import (Inbox, check, copy_records, free_port, make_certificate, run,  # noqa: E402
                      run_scenarios, serve)

PASSWORD = "s3cret-Pw-4281"
# aiosmtpd's own AUTH code logs a warning about a field it deprecated itself.
logging.getLogger("mail.log").setLevel(logging.ERROR)


class GuardedInbox(Inbox):
    """Keeps every AUTH command and every login it is offered, with whether TLS was on."""

    def __init__(self):
        super().__init__()
        self.auth_commands = []
        self.logins = []

    async def handle_AUTH(self, server, session, envelope, args):
        self.auth_commands.append((args, session.ssl is not None))
        return MISSING  # go on with aiosmtpd's own AUTH

    def authenticator(self, server, session, envelope, mechanism, auth_data):
        self.logins.append((auth_data.login.decode(), auth_data.password.decode(),
                            session.ssl is not None))
        return AuthResult(success=True)


def serve_in_clear(inbox):
    """A server that offers AUTH PLAIN and LOGIN with no STARTTLS at all."""
    return serve(inbox, authenticator=inbox.authenticator, auth_require_tls=False)


def nothing_leaked(result):
    return PASSWORD.encode() not in result.stdout + result.stderr


def with_settings_user(fixture, work):
    """A copy of the records whose settings name an SMTP user, as a merge request could."""
    project = copy_records(fixture, work, "settings-user")
    with open(os.path.join(project, "records", "multilat.yaml"), "a") as f:
        f.write("  smtp-user: desk\n")
    return project


def scenarios(binary, fixture, work):
    password_env = {"MULTILAT_SMTP_PASSWORD": PASSWORD}
    project = copy_records(fixture, work)

    # 1-2. No STARTTLS, a user from the command line or from the settings: no AUTH at all.
    for label, cwd, user_args in [("--smtp-user", project, ["--smtp-user", "desk"]),
                                  ("mail.smtp-user", with_settings_user(fixture, work), [])]:
        inbox = GuardedInbox()
        controller, port = serve_in_clear(inbox)
        result = run(binary, cwd, "--lang", "en", "mail", "--smtp",
                     f"smtp://127.0.0.1:{port}", *user_args, env=password_env)
        controller.stop()
        check(result.returncode == 1 and b"does not offer STARTTLS" in result.stderr,
              f"in clear, {label}: exit {result.returncode}: {result.stderr!r}")
        check(not inbox.auth_commands and not inbox.logins and not inbox.messages,
              f"in clear, {label}: AUTH {inbox.auth_commands}, logins {len(inbox.logins)}")
        check(nothing_leaked(result), f"in clear, {label}: the password shows")

    # 2b. No STARTTLS, no user, --require-tls: the server was reached and said so, in the run's
    # language, with nothing sent.
    for lang, words in [("en", "answered, but does not offer STARTTLS"),
                        ("fr", "a répondu, mais ne propose pas STARTTLS")]:
        inbox = GuardedInbox()
        controller, port = serve_in_clear(inbox)
        result = run(binary, project, "--lang", lang, "mail", "--smtp",
                     f"smtp://127.0.0.1:{port}", "--require-tls")
        controller.stop()
        stderr = result.stderr.decode()
        check(result.returncode == 1 and words in stderr and "--require-tls" in stderr
              and "Error while" not in stderr,
              f"--require-tls in clear, {lang}: exit {result.returncode}: {stderr!r}")
        check(not inbox.messages, f"--require-tls in clear, {lang}: {len(inbox.messages)} received")

    # 3. A user and no password: refused before connecting, not logged in with "".
    inbox = GuardedInbox()
    controller, port = serve_in_clear(inbox)
    result = run(binary, project, "--lang", "en", "mail", "--smtp",
                 f"smtp://127.0.0.1:{port}", "--smtp-user", "desk")
    controller.stop()
    check(result.returncode == 2 and b"has no password" in result.stderr,
          f"no password: exit {result.returncode}: {result.stderr!r}")
    check(not inbox.auth_commands and not inbox.messages, "no password: the server was used")

    # 4. A --password-file that cannot be read is a usage error.
    result = run(binary, project, "mail", "--smtp", f"smtp://127.0.0.1:{free_port()}",
                 "--smtp-user", "desk", "--password-file", os.path.join(work, "missing"))
    check(result.returncode == 2 and b"--password-file" in result.stderr,
          f"missing password file: exit {result.returncode}: {result.stderr!r}")

    # 5. Credentials in the URL: refused, and the password is never echoed.
    for url in [f"smtp://desk:{PASSWORD}@127.0.0.1:{free_port()}", f"desk:{PASSWORD}@mail"]:
        for extra in [[], ["--dry-run"]]:
            result = run(binary, project, "mail", "--smtp", url, *extra)
            check(result.returncode == 2 and b"--smtp" in result.stderr,
                  f"URL {url} {extra}: exit {result.returncode}: {result.stderr!r}")
            check(nothing_leaked(result), f"URL {url} {extra}: the password shows")

    # 6. Over STARTTLS the login goes through, once, encrypted.
    context, cert = make_certificate(work)
    password_file = os.path.join(work, "password")
    with open(password_file, "w") as f:
        f.write(PASSWORD + "\n")
    inbox = GuardedInbox()
    controller, port = serve(inbox, context, authenticator=inbox.authenticator,
                             auth_required=True)
    result = run(binary, project, "mail", "--smtp", f"smtp://127.0.0.1:{port}",
                 "--smtp-user", "desk", "--password-file", password_file, "--ca-file", cert)
    controller.stop()
    check(result.returncode == 0, f"starttls login: exit {result.returncode}: {result.stderr!r}")
    check(inbox.logins == [("desk", PASSWORD, True)] and len(inbox.messages) == 1,
          f"starttls login: logins {[(u, t) for u, _, t in inbox.logins]}, "
          f"{len(inbox.messages)} received")


if __name__ == "__main__":
    sys.exit(run_scenarios(scenarios, 6))
