#!/usr/bin/python3
"""`multilat diff A...B` in real repositories: the diff from the merge base of A and B to B, as
git has it, so a branch's own changes without those its target made since; either side may be
empty (HEAD). Without a merge base (unrelated histories, or a shallow clone cut before it) it
stops with exit 2 and says why and how to fix it, in both languages, and never shows a two-dot
diff instead.

Usage: three_dot_diff.py BINARY
"""

import json
import os
import shutil
import sys
import tempfile

from ci_support import PROSPECT, RECORDS, Failures, Repo

SPREP = "name: Programme régional océanien de l'environnement\nacronym: PROE\ntype: regional-intergovernmental\n"


def changed_paths(result):
    if result.returncode != 0:
        return None
    return sorted(c["new_path"] or c["old_path"] for c in json.loads(result.stdout)["changes"])


def history(repo):
    """main: a first commit, the records; the branch `mr` changes the prospect; then main adds
    sprep.yaml and changes the meeting, after mr left it."""
    repo.write("README.md", "desk records\n")
    repo.commit("start")
    repo.write_records()
    repo.commit("records")
    repo.git("checkout", "-q", "-b", "mr")
    repo.write("records/prospects/undp-ocean.yaml", PROSPECT.replace("stage: contacted", "stage: proposal"))
    repo.commit("mr: a proposal")
    repo.git("checkout", "-q", "main")
    repo.write("records/organisations/sprep.yaml", SPREP)
    repo.write("records/meetings/2027/crga-57.yaml",
               RECORDS["meetings/2027/crga-57.yaml"].replace("status: planned", "status: confirmed"))
    repo.commit("main moves on")


def show(result):
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


def three_dots(repo, check):
    own = ["records/prospects/undp-ocean.yaml"]
    diff = repo.run("diff", "main...mr", "--format", "json")
    check.expect(changed_paths(diff) == own, "main...mr shows only mr's own change", show(diff))
    two = repo.run("diff", "main..mr", "--format", "json")
    check.expect(len(changed_paths(two)) == 3, "main..mr also shows main's changes undone", show(two))
    check.expect(changed_paths(repo.run("diff", "...mr", "--format", "json")) == own,
                 "...mr starts from HEAD's merge base with mr")
    repo.git("checkout", "-q", "mr")
    check.expect(changed_paths(repo.run("diff", "main...", "--format", "json")) == own,
                 "main... ends at HEAD")
    check.expect(changed_paths(repo.run("diff", "mr...main", "--format", "json")) ==
                 ["records/meetings/2027/crga-57.yaml", "records/organisations/sprep.yaml"],
                 "mr...main shows main's changes only")
    text = repo.run("--lang", "en", "diff", "main...HEAD")
    check.expect(text.returncode == 0 and "stage" in text.stdout and "status" not in text.stdout,
                 "main...HEAD in text", show(text))
    staged = repo.run("diff", "--staged", "main...mr")
    check.expect(staged.returncode == 2 and "--staged" in staged.stderr,
                 "--staged with A...B is a usage error", show(staged))


def unrelated(repo, check):
    repo.git("checkout", "-q", "--orphan", "other")
    repo.commit("a history of its own")
    for lang, words in (("en", "no common ancestor"), ("fr", "aucun ancêtre commun")):
        result = repo.run("--lang", lang, "diff", "main...other")
        check.expect(result.returncode == 2 and result.stdout == ""
                     and result.stderr.startswith("multilat: ") and words in result.stderr
                     and "main...other" in result.stderr,
                     f"unrelated histories: exit 2 and why ({lang})", show(result))
    repo.git("checkout", "-q", "-f", "mr")


def shallow(repo, work, check):
    origin = os.path.join(work, "origin.git")
    repo.git("clone", "-q", "--bare", repo.path, origin)
    clone = Repo(repo.binary, os.path.join(work, "clone"), repo.env["HOME"], init=False)
    clone.git("clone", "-q", "--depth", "1", "--branch", "mr", f"file://{origin}", clone.path, cwd=work)
    clone.git("fetch", "-q", "--depth=1", "origin", "+refs/heads/main:refs/remotes/origin/main")
    for lang, words in (("en", ["shallow", "git fetch --deepen=", "git fetch --unshallow"]),
                        ("fr", ["superficiel", "git fetch --deepen=", "git fetch --unshallow"])):
        result = clone.run("--lang", lang, "diff", "origin/main...HEAD")
        check.expect(result.returncode == 2 and result.stdout == ""
                     and all(w in result.stderr for w in words),
                     f"a shallow clone cut before the merge base: exit 2, why and the fix ({lang})",
                     show(result))
    # One commit more on each side: the merge base is now the clone's edge, a commit whose parent
    # was not fetched, which git finds and libgit2 alone does not.
    clone.git("fetch", "-q", "--deepen=1", "origin", "+refs/heads/main:refs/remotes/origin/main")
    edge = clone.git("merge-base", "origin/main", "HEAD").stdout.strip()
    shallow_file = clone.read(".git/shallow").split()
    deepened = clone.run("diff", "origin/main...HEAD", "--format", "json")
    check.expect(edge in shallow_file and changed_paths(deepened) == ["records/prospects/undp-ocean.yaml"],
                 "once deepened to the merge base at the clone's edge, origin/main...HEAD works",
                 show(deepened) + f"merge base {edge}, edge {shallow_file}")


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    work = os.path.realpath(tempfile.mkdtemp(prefix="multilat-three-dots-"))
    check = Failures()
    try:
        repo = Repo(binary, os.path.join(work, "desk"), os.path.join(work, "home"))
        history(repo)
        three_dots(repo, check)
        unrelated(repo, check)
        shallow(repo, work, check)
    finally:
        shutil.rmtree(work)
    return check.status()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
