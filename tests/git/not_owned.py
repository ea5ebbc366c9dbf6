#!/usr/bin/python3
"""A repository owned by another user: multilat refuses it as git does, says why and how to
declare it safe (safe.directory), and reads it once declared. Changing a folder's owner needs
root: elsewhere the test is skipped (exit 77).

Usage: not_owned.py BINARY
"""

import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
NOBODY = 65534


def run(binary, cwd, home):
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "NO_COLOR": "1",
           "GIT_CONFIG_NOSYSTEM": "1", "MULTILAT_TODAY": "2026-12-03"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    return subprocess.run([binary, "--lang", "en", "diff"], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=60)


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    if os.geteuid() != 0:
        print("skipped: changing a folder's owner needs root")
        return SKIP
    binary = os.path.abspath(argv[1])
    work = tempfile.mkdtemp(prefix="multilat-owner-")
    home = os.path.join(work, "home")
    repo = os.path.join(work, "repo")
    try:
        os.makedirs(home)
        os.makedirs(os.path.join(repo, "records", "entities"))
        with open(os.path.join(repo, "records", "entities", "scrre.yaml"), "w", encoding="utf-8") as f:
            f.write("name: Service de la coopération régionale\ntype: government-service\n")
        git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org"]
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "records"]):
            subprocess.run(git + args, cwd=repo, check=True, capture_output=True)
        for root, dirs, files in os.walk(repo):
            for name in dirs + files:
                os.lchown(os.path.join(root, name), NOBODY, NOBODY)
        os.lchown(repo, NOBODY, NOBODY)

        problems = []
        refused = run(binary, repo, home)
        expected = (f"multilat: the git repository holding {repo}/records belongs to another user: git "
                    "refuses to read it, so that a repository someone else put there cannot run "
                    "commands as you. If it is safe, declare it: git config --global --add "
                    "safe.directory PATH-OF-THE-REPOSITORY\n")
        if refused.returncode != 2 or refused.stderr != expected:
            problems.append(f"not declared: exit {refused.returncode}, stderr {refused.stderr!r}")

        subprocess.run(["git", "config", "--global", "--add", "safe.directory", repo],
                       env={"HOME": home, "PATH": "/usr/bin:/bin"}, check=True)
        accepted = run(binary, repo, home)
        if accepted.returncode != 0 or accepted.stdout != "no record changes between HEAD and the working tree\n":
            problems.append(f"declared safe: exit {accepted.returncode}, stdout {accepted.stdout!r}, "
                            f"stderr {accepted.stderr!r}")
        for p in problems:
            print(f"FAIL {p}")
        if not problems:
            print("ok   refused with the safe.directory explanation, read once declared")
        return 1 if problems else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
