#!/usr/bin/python3
"""Every recipe of docs/ci.md runs as written, in real repositories (no network):

- GitLab `records-diff`: a bare "origin" whose main moved on after the merge request branched
  (the MR branch is behind its target), a shallow clone as GitLab makes it (`git clone --depth
  N --branch mr file://...`), then the job's script exactly as docs/ci.md has it, all but the
  curl; diff.md must show the MR's own changes only, not main's changes undone. With histories
  that never meet, the job fails and says why.
- GitLab `records-check`: its script in a repository with an error fails the job and writes a
  code quality report of the shape GitLab wants; in a clean one it passes with `[]`.
- GitHub: every command the workflow's steps name is one that exists (a Makefile target, a
  program of the Debian image, multilat); the steps that need no network run in a full clone.

Usage: ci_recipes.py BINARY REPO_ROOT
"""

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml

from ci_support import PROSPECT, RECORDS, Failures, Repo

GITLAB_DEPTH = 20   # GitLab's default GIT_DEPTH for new projects
BEFORE_BRANCH, MR_COMMITS, MAIN_AFTER = 30, 25, 70   # each side deeper than the clone and the first fetch
SPREP = "name: Programme régional océanien de l'environnement\nacronym: PROE\ntype: regional-intergovernmental\n"
CLEAN_MEETING = RECORDS["meetings/2027/crga-57.yaml"].replace("spcc", "spc").replace("dasss", "dass")
GITLAB_SEVERITIES = {"info", "minor", "major", "critical", "blocker"}


def recipes(root):
    """The YAML blocks of docs/ci.md, by the file their first line names."""
    with open(os.path.join(root, "docs", "ci.md"), encoding="utf-8") as f:
        blocks = re.findall(r"^```yaml\n(.*?)^```", f.read(), re.M | re.S)
    return {block.splitlines()[0].lstrip("# ").split()[0]: yaml.safe_load(block) for block in blocks}


def job_env(repo, bin_dir, **extra):
    env = dict(repo.env, PATH=f"{bin_dir}:{repo.env['PATH']}")
    env.update(extra)
    return env


def run_script(lines, cwd, env):
    """As GitLab's shell runner does: every line in one bash, stopping at the first failure."""
    return subprocess.run(["bash", "-eo", "pipefail", "-c", "\n".join(lines)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


def show(result):
    return f"exit {result.returncode}\n{result.stdout}{result.stderr}"


def origin_with_moved_target(binary, work, home):
    """A bare origin: main, then `mr` branched from it and changing the prospect, then main
    changing the meeting and adding an organisation after mr left it."""
    repo = Repo(binary, os.path.join(work, "desk"), home)
    repo.write_records(records=dict(RECORDS, **{"meetings/2027/crga-57.yaml": CLEAN_MEETING}))
    for n in range(BEFORE_BRANCH):
        repo.write("NOTES.md", f"note {n}\n")
        repo.commit(f"history {n}")
    repo.git("checkout", "-q", "-b", "mr")
    repo.write("records/prospects/undp-ocean.yaml", PROSPECT.replace("stage: contacted", "stage: proposal"))
    repo.commit("mr: the prospect moves to proposal")
    for n in range(MR_COMMITS - 1):
        repo.write("MR.md", f"mr note {n}\n")
        repo.commit(f"mr {n}")
    repo.git("checkout", "-q", "main")
    repo.write("records/organisations/sprep.yaml", SPREP)
    repo.write("records/meetings/2027/crga-57.yaml", CLEAN_MEETING.replace("status: planned", "status: confirmed"))
    repo.commit("main: SPREP, and the CRGA confirmed")
    for n in range(MAIN_AFTER - 1):
        repo.write("NOTES.md", f"later note {n}\n")
        repo.commit(f"main {n}")
    origin = os.path.join(work, "origin.git")
    repo.git("clone", "-q", "--bare", repo.path, origin)
    return repo, origin


def gitlab_clone(repo, origin, work, name, branch="mr"):
    path = os.path.join(work, name)
    repo.git("clone", "-q", "--depth", str(GITLAB_DEPTH), "--branch", branch, f"file://{origin}", path,
             cwd=work)
    return path


def gitlab_diff(job, repo, origin, work, bin_dir, check):
    lines = [line for line in job["script"] if "curl" not in line]
    env = job_env(repo, bin_dir, CI_PIPELINE_SOURCE="merge_request_event",
                  CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", CI_MERGE_REQUEST_IID="1")
    clone = gitlab_clone(repo, origin, work, "gitlab-job")
    result = run_script(lines, clone, env)
    check.expect(result.returncode == 0, "GitLab records-diff runs in a shallow clone", show(result))
    diff = open(os.path.join(clone, "diff.md"), encoding="utf-8").read() if result.returncode == 0 else ""
    check.expect("undp-ocean" in diff and "`stage`" in diff, "diff.md shows the MR's change", diff)
    check.expect("sprep" not in diff and "crga-57" not in diff and "confirmed" not in diff,
                 "diff.md does not show main's later changes undone", diff)
    two_dots = subprocess.run(["multilat", "diff", "origin/main", "HEAD"], cwd=clone, env=env,
                              capture_output=True, text=True)
    check.expect("sprep" in two_dots.stdout and "crga-57" in two_dots.stdout,
                 "(the two-dot diff the old recipe fell back to does show them)", show(two_dots))


def gitlab_diff_unrelated(job, repo, origin, work, bin_dir, check):
    repo.git("checkout", "-q", "--orphan", "stray")
    repo.commit("a history of its own")
    repo.git("push", "-q", origin, "stray")
    lines = [line for line in job["script"] if "curl" not in line]
    env = job_env(repo, bin_dir, CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", MULTILAT_LANG="en")
    clone = gitlab_clone(repo, origin, work, "gitlab-stray", branch="stray")
    result = run_script(lines, clone, env)
    check.expect(result.returncode == 2 and "no common ancestor" in result.stderr
                 and not os.path.exists(os.path.join(clone, "diff.md")),
                 "GitLab records-diff with unrelated histories fails and says why", show(result))


def code_quality_shape(report):
    """What GitLab needs of each issue; an empty string when all is well."""
    if not isinstance(report, list):
        return "not an array"
    for issue in report:
        location = issue.get("location", {})
        if not (isinstance(issue.get("description"), str) and isinstance(issue.get("check_name"), str)
                and isinstance(issue.get("fingerprint"), str) and issue.get("severity") in GITLAB_SEVERITIES
                and isinstance(location.get("path"), str)
                and isinstance(location.get("lines", {}).get("begin"), int)
                and location["lines"]["begin"] >= 1):
            return f"bad issue: {issue}"
    if len({issue["fingerprint"] for issue in report}) != len(report):
        return "fingerprints repeat"
    return ""


def gitlab_check(job, binary, work, bin_dir, check):
    repo = Repo(binary, os.path.join(work, "check-job"), os.path.join(work, "home"))
    repo.write_records()
    repo.commit("records with errors")
    env = job_env(repo, bin_dir, MULTILAT_TODAY="2026-11-29")
    result = run_script(job["script"], repo.path, env)
    report = json.loads(repo.read(job["artifacts"]["reports"]["codequality"]))
    check.expect(result.returncode == 1, "GitLab records-check fails the job on errors", show(result))
    problem = code_quality_shape(report)
    paths_exist = all(os.path.isfile(os.path.join(repo.path, i["location"]["path"])) for i in report)
    check.expect(len(report) == 3 and not problem and paths_exist,
                 "the code quality report has GitLab's shape, with paths in the repository",
                 problem + json.dumps(report, indent=1, ensure_ascii=False))
    repo.write_records(records=dict(RECORDS, **{"meetings/2027/crga-57.yaml": CLEAN_MEETING}))
    repo.write("records/prospects/undp-ocean.yaml", PROSPECT.replace("2026-07-09", "2026-11-20"))
    result = run_script(job["script"], repo.path, env)
    report = json.loads(repo.read(job["artifacts"]["reports"]["codequality"]))
    check.expect(result.returncode == 0 and report == [], "clean records pass with an empty report",
                 show(result))


def commands(run):
    """Each command of a step's `run:`, as its words, comments and line ends set aside."""
    for line in run.splitlines():
        line = line.split(" #")[0].strip()
        if line and not line.startswith("#"):
            yield shlex.split(line)


def make_targets(root):
    with open(os.path.join(root, "Makefile"), encoding="utf-8") as f:
        return set(re.findall(r"^([a-z][\w-]*):", f.read(), re.M))


def github_commands_exist(steps, root, check):
    known = {"apt-get", "git", "make", "multilat", "gh"}   # Debian's, installed by the first step
    for step in steps:
        for words in commands(step.get("run", "")):
            ok = words[0] in known and not any(w.startswith("./") and not w.endswith(".deb") for w in words)
            if ok and words[0] == "make":
                ok = words[-1] in make_targets(root)
            check.expect(ok, f"GitHub step '{step.get('name')}' runs what exists: {shlex.join(words)}")
        if "uses" in step:
            check.expect(step["uses"].startswith("actions/"), f"GitHub step uses {step['uses']}")


def github_steps(workflow, root, repo, origin, work, bin_dir, check):
    steps = workflow["jobs"]["check"]["steps"]
    github_commands_exist(steps, root, check)
    clone = os.path.join(work, "github-job")
    repo.git("clone", "-q", "--branch", "mr", f"file://{origin}", clone, cwd=work)   # fetch-depth: 0
    env = job_env(repo, bin_dir, GITHUB_WORKSPACE=clone, MULTILAT_TODAY="2026-11-29")
    local = [s for s in steps if "run" in s and not re.search(r"\b(apt-get|make|gh)\b", s["run"])]
    script = [s["run"].replace("${{ github.base_ref }}", "main") for s in local]
    result = run_script(script, clone, env)
    diff = open(os.path.join(clone, "diff.md"), encoding="utf-8").read() if result.returncode == 0 else ""
    check.expect(len(local) == 3 and result.returncode == 0 and "undp-ocean" in diff
                 and "sprep" not in diff, "GitHub's trust, check and diff steps run in a full clone",
                 show(result) + diff)


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    binary, root = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    work = os.path.realpath(tempfile.mkdtemp(prefix="multilat-ci-recipes-"))
    bin_dir = os.path.join(work, "bin")
    os.makedirs(bin_dir)
    os.symlink(binary, os.path.join(bin_dir, "multilat"))
    check = Failures()
    try:
        found = recipes(root)
        gitlab, github = found[".gitlab-ci.yml"], found[".github/workflows/records.yml"]
        repo, origin = origin_with_moved_target(binary, work, os.path.join(work, "home"))
        gitlab_check(gitlab["records-check"], binary, work, bin_dir, check)
        gitlab_diff(gitlab["records-diff"], repo, origin, work, bin_dir, check)
        github_steps(github, root, repo, origin, work, bin_dir, check)
        gitlab_diff_unrelated(gitlab["records-diff"], repo, origin, work, bin_dir, check)
    finally:
        shutil.rmtree(work)
    return check.status()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
