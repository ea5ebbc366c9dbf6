#!/usr/bin/python3
"""Runs every multilat command that README.md and docs/*.md show, over a copy of the shipped
records, and fails when one is refused as a usage error (exit 2) or crashes: a command in the
docs must be one the tool accepts.

A command is a line of a fenced block starting with `multilat ` or `$ multilat `, or an inline
code span starting with `multilat `. Commands with placeholders (ID, FILE, [..], ...) are
reported as skipped, not run. Usage: run_documented_commands.py BINARY REPO_ROOT
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

PLACEHOLDER = re.compile(r"\b(ID|DIR|FILE|KIND|RULE|PATH|DATE|NAME|COMMAND|REV\d?|N|T)\b|\[|\.\.\.|…|\|\s*$")
INLINE = re.compile(r"`(multilat [^`]+)`")
# Mistakes the docs show on purpose, to show the message they get.
SHOWN_AS_MISTAKES = {"multilat chek", "multilat agenda --person \"Elise We\""}
# Options of a command line that only make sense on the machine the doc describes.
REPLACE = {"~/desk/records": "records", "~/pole/records": "records", "/srv/www/desk.ics": "out/desk.ics"}


def documented_commands(root):
    files = [os.path.join(root, "README.md")]
    docs = os.path.join(root, "docs")
    files += sorted(os.path.join(docs, f) for f in os.listdir(docs) if f.endswith(".md"))
    for path in files:
        fenced = False
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                if line.lstrip().startswith("```"):
                    fenced = not fenced
                    continue
                where = f"{os.path.relpath(path, root)}:{number}"
                if fenced:
                    text = line.strip()
                    if text.startswith("$ "):
                        text = text[2:]
                    if text.startswith("multilat ") and "=" not in text.split()[0]:
                        yield where, text
                else:
                    for match in INLINE.finditer(line):
                        yield where, match.group(1)


def clean(command):
    # Examples are written "command   what it does": two spaces or more end the command.
    command = re.split(r"\s{2,}", command.strip())[0]
    command = command.split(" #")[0].split(" | ")[0].strip()
    for old, new in REPLACE.items():
        command = command.replace(old, new)
    return command


def make_repository(work):
    """The copy is a git repository as the desk's is: a history of eleven commits on main, a
    tag, a feature branch, a remote-tracking branch and a staged change, so that the review
    commands (diff, --as-of, check --changed, hooks) have something to read."""
    env = {"PATH": "/usr/bin:/bin", "HOME": work, "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "Doc", "GIT_AUTHOR_EMAIL": "doc@example.org",
           "GIT_COMMITTER_NAME": "Doc", "GIT_COMMITTER_EMAIL": "doc@example.org"}

    def git(*args):
        subprocess.run(["git", *args], cwd=work, env=env, check=True, capture_output=True)

    git("init", "-q", "-b", "main")
    git("add", "records")
    git("commit", "-qm", "records")
    git("tag", "v2026.1")
    for n in range(10):
        git("commit", "-q", "--allow-empty", "-m", f"step {n}")
    git("update-ref", "refs/remotes/origin/main", "HEAD")
    git("branch", "feature")


def run(binary, command, work):
    try:
        args = shlex.split(command)[1:]
    except ValueError as e:
        return 2, f"cannot split the command line: {e}"
    # Tests never touch the network: a documented delivery is checked as a dry run, which
    # parses every other option and builds every message but sends nothing. --dry-run and a
    # delivery exclude each other, so the delivery and its value make way.
    if args and args[0] == "mail" and any(a in args for a in ("--smtp", "--sendmail")):
        for option in ("--smtp", "--sendmail"):
            if option in args and args.index(option) + 1 < len(args):
                at = args.index(option)
                del args[at:at + 2]
        args.append("--dry-run")
    env = {"PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8", "NO_COLOR": "1",
           "MULTILAT_TODAY": "2026-11-29"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    proc = subprocess.run([binary, *args], cwd=work, env=env, capture_output=True, timeout=60)
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def main(argv):
    binary, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    failures, ran, skipped = [], 0, 0
    seen = set()
    for where, raw in documented_commands(root):
        command = clean(raw)
        # A shell variable ($CI_...) is only known on the CI runner the example is for.
        if PLACEHOLDER.search(command) or "$" in command or command in seen:
            skipped += command not in seen
            seen.add(command)
            continue
        seen.add(command)
        # A fresh copy for each command, so that one writing files cannot change the next.
        with tempfile.TemporaryDirectory(prefix="multilat-doc-") as work:
            shutil.copytree(os.path.join(root, "records"), os.path.join(work, "records"))
            os.makedirs(os.path.join(work, "out"))
            os.makedirs(os.path.join(work, "docs"))
            make_repository(work)
            code, err = run(binary, command, work)
        ran += 1
        if command in SHOWN_AS_MISTAKES:
            if code != 2:
                failures.append(f"{where}: `{command}` is shown as a mistake but exited {code}")
        elif code not in (0, 1):
            failures.append(f"{where}: `{command}` exited {code}: {err.strip()}")
    for failure in failures:
        print(failure)
    print(f"{ran} documented commands run, {skipped} with placeholders skipped, "
          f"{len(failures)} refused")
    return 1 if failures or ran < 10 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
