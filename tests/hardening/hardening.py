#!/usr/bin/python3
"""Hardening scenarios that a golden case cannot express: standard output on a full device,
settings that try to lift the guards, writes through links and onto devices, templates linked out
of their folder. Each scenario builds its own records tree in a temporary folder.

Usage: hardening.py BINARY [SCENARIO...]
"""

import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import threading

BASE_TREE = {
    "organisations/spc.yaml":
        "name: {fr: Communauté du Pacifique, en: Pacific Community}\nnc-status: member\n",
    "entities/scrre.yaml": "name: Service de la coopération régionale\ntype: government-service\n",
    "meetings/crga-56.yaml":
        "title: 56e CRGA\norganisation: spc\nstart: 2026-12-10\nstatus: confirmed\n",
}


class Failed(Exception):
    pass


def expect(condition, what):
    if not condition:
        raise Failed(what)


def write_tree(root, files):
    for rel, content in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def child_env():
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "NO_COLOR": "1",
           "MULTILAT_TODAY": "2026-11-29", "HOME": os.environ.get("HOME", "/tmp")}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def run(binary, work, args, stdout=subprocess.PIPE, lang="en"):
    return subprocess.run([binary, "--lang", lang, "--records", os.path.join(work, "records"), *args],
                          cwd=work, env=child_env(), stdin=subprocess.DEVNULL, stdout=stdout,
                          stderr=subprocess.PIPE, timeout=120)


# --- scenarios -----------------------------------------------------------------------------------

# Every command that writes to standard output, with output small enough to sit in one buffer
# and large enough to fill several: both must end in exit 2 and a message, never in "success".
STDOUT_COMMANDS = [
    ["check"], ["check", "--format", "json"], ["list", "organisations"], ["deadlines"],
    ["agenda"], ["report", "org", "spc"], ["summary"], ["summary", "--format", "json"], ["schema", "meeting"], ["show", "spc"],
    ["rules"], ["mail", "--sender", "m@example.org", "--recipient", "d@example.org"],
    ["mail", "--dry-run", "--sender", "m@example.org", "--recipient", "d@example.org"],
    ["--help"], ["--version"],
]


def stdout_on_full_device(binary, work):
    many = {f"organisations/org-{i:03}.yaml": f"name: Organisation {i} {'x' * 200}\nnc-status: member\n"
            for i in range(400)}
    for size, extra in (("small", {}), ("large", many)):
        write_tree(os.path.join(work, "records"), {**BASE_TREE, **extra})
        for args in STDOUT_COMMANDS + [["list", "organisations", "--format", "json"]]:
            with open("/dev/full", "wb") as full:
                proc = run(binary, work, args, stdout=full)
            name = f"{size}: multilat {' '.join(args)}"
            expect(proc.returncode == 2, f"{name}: exit {proc.returncode}, expected 2")
            expect(b"multilat: cannot write to standard output" in proc.stderr,
                   f"{name}: stderr {proc.stderr[-300:]!r}")
    # Closed by the caller (`>&-`): nothing is lost, since nothing could be written; not an error.
    closed = subprocess.run(["/bin/sh", "-c", 'exec "$0" --records records check >&-', binary],
                            cwd=work, env=child_env(), capture_output=False, stderr=subprocess.PIPE,
                            timeout=60)
    expect(closed.returncode == 0, f"stdout closed: exit {closed.returncode}: {closed.stderr!r}")
    proc = run(binary, work, ["summary"], stdout=open("/dev/full", "wb"), lang="fr")
    expect(proc.stderr.decode().startswith("multilat: impossible d'écrire sur la sortie standard"),
           f"French: {proc.stderr!r}")


def big_record(keys):
    return "name: Big\nnc-status: member\nextra:\n" + "".join(f"  k{i:07}: 1\n" for i in range(keys))


def settings_cannot_lift_the_guards(binary, work):
    records = os.path.join(work, "records")
    # 5 MiB: over the 4 MiB ceiling, which max-file-size cannot lift however high it is set.
    write_tree(records, {**BASE_TREE, "multilat.yaml": "max-file-size: 104857600\n",
                         "organisations/big.yaml": big_record(400_000)})
    proc = run(binary, work, ["check"])
    expect(proc.returncode == 1, f"exit {proc.returncode}")
    out = proc.stdout.decode()
    expect("records/multilat.yaml:1:16: error: 104857600 is out of range for max-file-size" in out,
           f"the setting is not refused: {out[:600]}")
    expect("records/organisations/big.yaml: error: larger than 1048576 bytes [file-too-large]" in out,
           f"the default limit did not hold: {out[:600]}")
    # At the ceiling itself, a file of many small values is still refused, at its 100,001st value.
    write_tree(records, {"multilat.yaml": "max-file-size: 4194304\n",
                         "organisations/big.yaml": big_record(200_000)})
    proc = run(binary, work, ["check"])
    out = proc.stdout.decode()
    expect(proc.returncode == 1 and "more than 100,000 values in one file [file-too-large]" in out,
           f"exit {proc.returncode}: {out[:600]}")


def linked_folder(work, name):
    outside = os.path.join(work, "outside")
    os.makedirs(outside, exist_ok=True)
    link = os.path.join(work, "records", "meetings", name)
    os.symlink(outside, link)
    return outside


def new_refuses_a_linked_folder(binary, work):
    write_tree(os.path.join(work, "records"), BASE_TREE)
    outside = linked_folder(work, "2031")
    proc = run(binary, work, ["new", "meeting", "m-2031", "--organisation", "spc",
                              "--start", "2031-03-02", "--title", "Test", "--status", "planned"])
    expect(proc.returncode == 2, f"exit {proc.returncode}: {proc.stderr!r}")
    expect(os.listdir(outside) == [], f"written outside the records: {os.listdir(outside)}")
    expect(b"records/meetings/2031/m-2031.yaml: a folder on the way is a link that leads out of"
           in proc.stderr, f"stderr {proc.stderr!r}")
    # A meeting of another year, through no link, is still written.
    proc = run(binary, work, ["new", "meeting", "m-2030", "--organisation", "spc",
                              "--start", "2030-03-02", "--title", "Test", "--status", "planned"])
    expect(proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr!r}")


def init_refuses_a_linked_folder(binary, work):
    outside = os.path.join(work, "outside")
    os.makedirs(outside)
    project = os.path.join(work, "desk")
    os.makedirs(project)
    os.symlink(outside, os.path.join(project, "schemas"))  # init writes the JSON Schemas there
    proc = subprocess.run([binary, "--lang", "en", "init", project], cwd=work, env=child_env(),
                          capture_output=True, timeout=60)
    written = [name for _, _, files in os.walk(outside) for name in files]
    expect(written == [], f"init wrote outside the project: {written}")
    expect(proc.returncode == 2 and b"/schemas/" in proc.stderr
           and b"a folder on the way is a link" in proc.stderr,
           f"exit {proc.returncode}: {proc.stderr!r}")
    # Refused before the first write: no half-made project that a second init would refuse.
    expect(not os.path.exists(os.path.join(project, "records")), "init left a records folder behind")


def write_in_background(path, sink):
    def read():
        with open(path, "rb") as f:
            sink.append(f.read())
    # A daemon: should the FIFO be replaced, the reader blocks for ever and must not hang the test.
    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    return thread


def output_onto_devices(binary, work):
    write_tree(os.path.join(work, "records"), BASE_TREE)
    deadlines = ["deadlines", "--from", "2026-01-01", "--to", "2027-12-31", "--force", "-o"]
    # A FIFO is written through, as `tee` would: the reader gets the export.
    fifo = os.path.join(work, "export.md")
    os.mkfifo(fifo)
    received = []
    reader = write_in_background(fifo, received)
    proc = run(binary, work, deadlines + [fifo])
    reader.join(timeout=60)
    expect(proc.returncode == 0, f"FIFO: exit {proc.returncode}: {proc.stderr!r}")
    expect(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a file")
    expect(received and b"56e CRGA" in received[0], f"the FIFO's reader got {received!r}")
    # A socket is refused; it stays a socket.
    sock_path = os.path.join(work, "export.csv")
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(sock_path)
        proc = run(binary, work, deadlines + [sock_path])
    expect(proc.returncode == 2 and b"never replaces" in proc.stderr,
           f"socket: exit {proc.returncode}: {proc.stderr!r}")
    expect(stat.S_ISSOCK(os.lstat(sock_path).st_mode), "the socket was replaced by a file")
    # Standard output redirected to a file, named as /proc/self/fd/1: written through, never renamed.
    captured = os.path.join(work, "captured.md")
    with open(captured, "wb") as f:
        f.write(b"kept line\n")
    with open(captured, "ab") as out:  # `>> captured.md`: what is there stays
        proc = run(binary, work, ["deadlines", "--format", "md", "--force", "-o", "/proc/self/fd/1"],
                   stdout=out)
    expect(proc.returncode == 0, f"/proc/self/fd/1: exit {proc.returncode}: {proc.stderr!r}")
    with open(captured, "rb") as f:
        text = f.read()
        expect(text.startswith(b"kept line\n") and b"56e CRGA" in text,
               f"/proc/self/fd/1: standard output holds {text[:200]!r}")
    # A plain file under /dev (in /dev/shm) is a file like any other: kept without --force.
    if os.path.isdir("/dev/shm"):
        kept = tempfile.mkdtemp(dir="/dev/shm", prefix="multilat-")
        try:
            path = os.path.join(kept, "export.md")
            with open(path, "w") as f:
                f.write("keep\n")
            proc = run(binary, work, ["deadlines", "-o", path])
            with open(path) as f:
                expect(proc.returncode == 2 and f.read() == "keep\n",
                       f"/dev/shm file replaced without --force: exit {proc.returncode}")
        finally:
            shutil.rmtree(kept, ignore_errors=True)
    # The machine's own devices only when a regression cannot replace them (not root); as root,
    # device nodes of its own.
    if os.geteuid() != 0:
        nodes = (("/dev/null", 0), ("/dev/full", 2))
    else:
        nodes = []
        for name, minor, expected_exit in (("null.md", 3, 0), ("full.md", 7, 2)):
            node = os.path.join(work, name)
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
            nodes.append((node, expected_exit))
    for node, expected_exit in nodes:
        name = os.path.basename(node)
        proc = run(binary, work, ["deadlines", "--format", "md", "-o", node])
        expect(proc.returncode == expected_exit, f"{name}: exit {proc.returncode}: {proc.stderr!r}")
        expect(stat.S_ISCHR(os.lstat(node).st_mode), f"{name} was replaced by a plain file")
        if expected_exit == 2:
            expect(b"no space left on device" in proc.stderr, f"{name}: {proc.stderr!r}")
            # The system's reason in the run's language, not strerror's English.
            proc = run(binary, work, ["deadlines", "--format", "md", "-o", node], lang="fr")
            expect("plus de place sur le disque" in proc.stderr.decode(),
                   f"{name} in French: {proc.stderr!r}")


def template_linked_out(binary, work):
    write_tree(os.path.join(work, "records"), BASE_TREE)
    outside = os.path.join(work, "outside.mustache")
    with open(outside, "w") as f:
        f.write("secret {{title}}\n")
    os.makedirs(os.path.join(work, "templates", "reports"))
    os.symlink(outside, os.path.join(work, "templates", "reports", "org.txt.mustache"))
    proc = run(binary, work, ["report", "org", "spc"])
    expect(proc.returncode == 2, f"exit {proc.returncode}: {proc.stdout[:200]!r} {proc.stderr!r}")
    expect(b"templates/reports/org.txt.mustache: not read: a template must be a regular file inside"
           in proc.stderr, f"stderr {proc.stderr!r}")
    expect(b"secret" not in proc.stdout, "the linked template was used")


def markdown_mentions_no_one(binary, work):
    write_tree(os.path.join(work, "records"), {
        **BASE_TREE, "meetings/crga-56.yaml": "title: CRGA @all\norganisation: spc\nstart: 2026-12-10\n"
                                              "status: confirmed\n"})
    for command in (["deadlines", "--format", "md"], ["agenda", "--format", "md"]):
        proc = run(binary, work, command)
        out = proc.stdout.decode()
        expect(proc.returncode == 0 and "CRGA @&#8203;all" in out and "@all" not in out,
               f"{' '.join(command)}: exit {proc.returncode}: {out[:400]}")


SCENARIOS = {
    "stdout-on-full-device": stdout_on_full_device,
    "settings-cannot-lift-the-guards": settings_cannot_lift_the_guards,
    "new-refuses-a-linked-folder": new_refuses_a_linked_folder,
    "init-refuses-a-linked-folder": init_refuses_a_linked_folder,
    "output-onto-devices": output_onto_devices,
    "template-linked-out": template_linked_out,
    "markdown-mentions-no-one": markdown_mentions_no_one,
}


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = os.path.abspath(argv[1])
    chosen = argv[2:] or list(SCENARIOS)
    failed = 0
    for name in chosen:
        work = tempfile.mkdtemp(prefix=f"multilat-hardening-{name}-")
        try:
            SCENARIOS[name](binary, work)
            print(f"ok {name}", flush=True)
        except Failed as e:
            failed += 1
            print(f"FAIL {name}: {e}", flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{len(chosen) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
