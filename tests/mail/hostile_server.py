#!/usr/bin/python3
"""SMTP servers that misbehave on purpose, on 127.0.0.1: one that trickles a byte every 2 s (which
used to hold `mail --timeout 3` past 60 s, since vmime reset its timer on every byte), and one
that floods "220-" continuation lines (which used to grow multilat to 2 GB), in clear and under
STARTTLS. `--timeout` must bound the whole session and a reply must stay under multilat's
ceiling: exit 1 soon, memory small. The flood runs under RLIMIT_AS, except under AddressSanitizer (which reserves terabytes
of address space).
Usage: hostile_server.py BINARY FIXTURE_RECORDS
"""
import os
import resource
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from smtp_e2e import check, copy_records, make_certificate, run_scenarios  # noqa: E402

MEMORY_LIMIT = 1 << 30  # address space: the flood reached 2.1 GB before the reply ceiling
RSS_LIMIT_KIB = 256 * 1024  # what the process may really use, flood or not
KILL_AFTER = 45  # seconds: well past any bound the tests expect, well under ctest's timeout


class RawServer:
    """Accepts connections on a free port of 127.0.0.1 and plays `behaviour(conn, stop)` on
    each, in a thread, until stopped."""

    def __init__(self, behaviour):
        self.behaviour = behaviour
        self.stopping = threading.Event()
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(5)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self.accept_loop, daemon=True)
        self.thread.start()

    def accept_loop(self):
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            threading.Thread(target=self.play, args=(conn,), daemon=True).start()

    def play(self, conn):
        with conn:
            try:
                self.behaviour(conn, self.stopping)
            except OSError:
                pass  # the client hung up, which is what it should do

    def stop(self):
        self.stopping.set()
        self.thread.join()
        self.sock.close()


def trickle(conn, stopping):
    """A greeting that never ends: one byte every 2 seconds."""
    conn.sendall(b"220 ")
    while not stopping.wait(2):
        conn.sendall(b"x")


def flood(conn, stopping):
    """Continuation lines, as fast as the client takes them."""
    burst = (b"220-" + b"x" * 76 + b"\r\n") * 800
    while not stopping.is_set():
        conn.sendall(burst)


def read_line(conn):
    line = b""
    while not line.endswith(b"\n"):
        byte = conn.recv(1)
        if not byte:
            raise OSError("closed")
        line += byte
    return line


class TlsFlood:
    """Greets, offers STARTTLS, goes encrypted, then answers MAIL FROM with endless "250-" lines:
    the reply ceiling, tripped under TLS, must end the session at the first message."""

    def __init__(self, context):
        self.context, self.mail_commands = context, 0

    def __call__(self, conn, stopping):
        conn.sendall(b"220 hostile ESMTP\r\n")
        read_line(conn)
        conn.sendall(b"250-hostile\r\n250 STARTTLS\r\n")
        read_line(conn)
        conn.sendall(b"220 go ahead\r\n")
        tls = self.context.wrap_socket(conn, server_side=True)
        while not stopping.is_set():
            line = read_line(tls)
            if line.upper().startswith(b"EHLO"):
                tls.sendall(b"250 hostile\r\n")
            elif line.upper().startswith(b"MAIL FROM"):
                self.mail_commands += 1
                burst = (b"250-" + b"x" * 76 + b"\r\n") * 800
                while not stopping.is_set():
                    tls.sendall(burst)
            else:
                tls.sendall(b"250 ok\r\n")


def is_sanitized(binary):
    if os.environ.get("MULTILAT_SANITIZED"):
        return True
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


class Outcome:
    def __init__(self, code, stderr, elapsed, max_rss_kib):
        self.code, self.stderr, self.elapsed, self.max_rss_kib = code, stderr, elapsed, max_rss_kib

    def __repr__(self):
        return (f"exit {self.code} after {self.elapsed:.1f} s, {self.max_rss_kib // 1024} MiB: "
                f"{self.stderr[-300:]!r}")


def run_bounded(binary, cwd, args, cap_memory):
    """Runs multilat, killed after KILL_AFTER seconds; its exit, stderr, time and peak RSS."""
    def limit():
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if cap_memory:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    env = dict(os.environ, NO_COLOR="1", MALLOC_ARENA_MAX="2")
    with tempfile.TemporaryFile() as err:
        started = time.monotonic()
        proc = subprocess.Popen([binary, "--today", "2026-11-29", "--lang", "en", *args], cwd=cwd,
                                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err, preexec_fn=limit, start_new_session=True)
        killer = threading.Timer(KILL_AFTER, os.killpg, (proc.pid, signal.SIGKILL))
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.monotonic() - started
        killer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return Outcome(proc.returncode, err.read(), elapsed, usage.ru_maxrss)


def scenarios(binary, fixture, work):
    sanitized = is_sanitized(binary)
    project = copy_records(fixture, work)

    # 1. A byte every 2 s: --timeout 3 ends the session, whatever the pace.
    server = RawServer(trickle)
    outcome = run_bounded(binary, project, ["mail", "--smtp", f"smtp://127.0.0.1:{server.port}",
                                            "--timeout", "3"], cap_memory=not sanitized)
    server.stop()
    check(outcome.code == 1 and outcome.elapsed < 3 + 10, f"trickle: {outcome}")
    check(b"--timeout 3" in outcome.stderr and b"nothing was sent" in outcome.stderr,
          f"trickle: message {outcome.stderr!r}")

    # 2. A flood of "220-" lines: the reply ceiling stops it long before the timeout.
    server = RawServer(flood)
    outcome = run_bounded(binary, project, ["mail", "--smtp", f"smtp://127.0.0.1:{server.port}",
                                            "--timeout", "20"], cap_memory=not sanitized)
    server.stop()
    check(outcome.code == 1 and outcome.elapsed < 20, f"flood: {outcome}")
    check(b"exceeds 64 KiB" in outcome.stderr, f"flood: message {outcome.stderr!r}")
    if not sanitized:
        check(outcome.max_rss_kib < RSS_LIMIT_KIB, f"flood: memory {outcome}")

    # 3. The same flood under STARTTLS, with one digest per owner: vmime's TLS layer rethrows the
    # guard's exception as another type, and the session must still end at the first message.
    context, cert = make_certificate(work)
    behaviour = TlsFlood(context)
    server = RawServer(behaviour)
    outcome = run_bounded(binary, project, ["mail", "--per-owner", "--smtp",
                                            f"smtp://127.0.0.1:{server.port}", "--require-tls",
                                            "--ca-file", cert, "--timeout", "20"],
                          cap_memory=not sanitized)
    server.stop()
    check(outcome.code == 1 and outcome.stderr.count(b"exceeds 64 KiB") >= 2,
          f"TLS flood: {outcome}")
    check(behaviour.mail_commands == 1,
          f"TLS flood: {behaviour.mail_commands} messages tried after the ceiling, expected 1")


if __name__ == "__main__":
    sys.exit(run_scenarios(scenarios, 3))
