#!/usr/bin/python3
"""Hardening scenarios that a golden case cannot express: standard output on a full device,
settings that try to lift the guards, writes through links and onto devices, templates linked out
of their folder. Each scenario builds its own records tree in a temporary folder.

Usage: hardening.py BINARY [SCENARIO...]
"""

import os
import shutil
import subprocess
import sys
import tempfile

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
    ["agenda"], ["report", "org", "spc"], ["summary"], ["schema", "meeting"], ["show", "spc"],
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
    proc = run(binary, work, ["summary"], stdout=open("/dev/full", "wb"), lang="fr")
    expect(proc.stderr.decode().startswith("multilat: impossible d'écrire sur la sortie standard"),
           f"French: {proc.stderr!r}")


SCENARIOS = {
    "stdout-on-full-device": stdout_on_full_device,
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
