#!/usr/bin/python3
"""Renders the man page the build wrote with man and groff and fails on any warning; checks it
is what `multilat __man` prints (no drift), that it holds every command and the sections a man
page needs, and that the French one renders cleanly too.

Usage: man_page.py BINARY MAN_PAGE
"""
import os
import subprocess
import sys
import tempfile


def render(page, env):
    """(man's stdout, every warning of man and of groff)."""
    man = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", page], env={**env, "MANWIDTH": "80"},
                         capture_output=True, text=True, timeout=60)
    groff = subprocess.run(["groff", "-man", "-ww", "-z", page], env=env, capture_output=True, text=True, timeout=60)
    problems = [f"man exited {man.returncode}"] if man.returncode else []
    problems += [f"groff exited {groff.returncode}"] if groff.returncode else []
    return man.stdout, problems + man.stderr.splitlines() + groff.stderr.splitlines()


def main(argv):
    binary, page = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    failures = []
    with tempfile.TemporaryDirectory(prefix="multilat-man-") as work:
        env = {"PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8"}
        english = subprocess.run([binary, "--lang", "en", "__man"], env=env, cwd=work, capture_output=True,
                                 text=True, timeout=60).stdout
        with open(page, encoding="utf-8") as f:
            if f.read() != english:
                failures.append("multilat.1 is not what `multilat --lang en __man` prints")
        text, warnings = render(page, env)
        failures += [f"en: {w}" for w in warnings]
        commands = subprocess.run([binary, "--lang", "en", "completion", "bash"], env=env, cwd=work,
                                  capture_output=True, text=True, timeout=60).stdout
        names = next(line for line in commands.splitlines() if line.startswith("    '') REPLY="))
        for wanted in names.split("=", 1)[1].strip("'; ").split() + [
                "NAME", "SYNOPSIS", "COMMANDS", "ENVIRONMENT", "EXIT STATUS", "FILES", "MULTILAT_RECORDS",
                "MULTILAT_TODAY", "MULTILAT_LANG", "NO_COLOR", "MULTILAT_SMTP_PASSWORD",
                "multilat check --explain ref-unknown", "--records DIR"]:
            if wanted not in text:
                failures.append(f"the rendered page lacks {wanted!r}")
        french = os.path.join(work, "multilat.fr.1")
        with open(french, "w", encoding="utf-8") as f:
            f.write(subprocess.run([binary, "--lang", "fr", "__man"], env=env, cwd=work, capture_output=True,
                                   text=True, timeout=60).stdout)
        text, warnings = render(french, env)
        failures += [f"fr: {w}" for w in warnings]
        if "CODE DE SORTIE" not in text or "Nouvelle-Calédonie" not in text:
            failures.append("the French page lacks its headings or its accented words")
    for failure in failures:
        print("FAIL", failure)
    print(f"{len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
