#!/usr/bin/python3
"""`multilat hooks` end to end, with the real git program in real repositories: the pre-commit
hook under `git commit -a`, `git commit PATH`, `--amend`, on an unborn branch and with GIT_DIR
set apart; a hook already there kept and run first; install twice; uninstall; the refusals; the
diff driver under `git diff`, `git log -p --ext-diff` and `git show --ext-diff` (renames, copies,
modes, added, deleted, binary and unmerged files); and the pre-commit framework (Debian's
`pre-commit`), alone and under `multilat hooks install`.

Each scenario's transcript is compared byte for byte with tests/git/expected/hooks/<scenario>.txt
(UPDATE_EXPECTED=1 rewrites them); the temporary folder reads <tmp>, the binary <multilat>, and
the number of records checked <n>.

Usage: hooks_e2e.py BINARY [SCENARIO...]
"""

import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.dirname(HERE))
from transcripts import run_scenarios  # noqa: E402

TODAY = "2026-12-03"
DATE = "2026-11-02T09:00:00+11:00"
ORG = """name: {fr: Communauté du Pacifique, en: Pacific Community}
acronym: CPS
type: regional-intergovernmental
nc-status: member
bodies:
  - {id: crga, name: CRGA, cadence: yearly}
"""
ENTITY = "name: Service de la coopération régionale\nacronym: SCRRE\ntype: government-service\n"
MEETING = """title: 57e réunion du CRGA
organisation: spc
body: crga
start: 2027-10-12
end: 2027-10-13
status: planned
delegation:
  - {person: Jane Doe, entity: scrre, role: head}
"""
MEETING_PATH = "records/meetings/2027/crga-57.yaml"
BREAK = "sed -i 's/^organisation: spc/organisation: spx/' " + MEETING_PATH
FIX = "sed -i 's/^organisation: spx/organisation: spc/' " + MEETING_PATH
RECORD_COUNT = re.compile(r"\b\d+ fiches?\b")
# A hook someone wrote before multilat came: it logs its arguments and input, and fails while
# a file named `block` exists.
USER_HOOK = """#!/bin/sh
# the team's own checks
printf 'user hook ran: args [%s], input [%s]\\n' "$*" "$(cat)" >> user-hook.log
if [ -e block ]; then echo 'user hook: blocked' >&2; exit 3; fi
"""


class Repo:
    """A records repository in <tmp>/desk, with git and multilat run as a person would."""

    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.path = os.path.join(work, "desk")
        os.makedirs(self.path)
        self.env = {"PATH": f"{os.path.dirname(binary)}:/usr/bin:/bin", "HOME": work,
                    "LANG": "C.UTF-8", "NO_COLOR": "1", "GIT_CONFIG_NOSYSTEM": "1",
                    "GIT_AUTHOR_NAME": "Test Desk", "GIT_AUTHOR_EMAIL": "desk@example.org",
                    "GIT_COMMITTER_NAME": "Test Desk", "GIT_COMMITTER_EMAIL": "desk@example.org",
                    "GIT_AUTHOR_DATE": DATE, "GIT_COMMITTER_DATE": DATE, "MULTILAT_TODAY": TODAY,
                    "PRE_COMMIT_HOME": os.path.join(work, "pre-commit-cache")}
        for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "MULTILAT_SANITIZED"):
            if key in os.environ:
                self.env[key] = os.environ[key]
        self.quiet("git", "init", "-q", "-b", "main")

    def clean(self, text):
        """The binary's path, and the number of records `check --changed` took along, which
        tests/git/changed_property.py checks: here only refused or accepted matters."""
        return RECORD_COUNT.sub("<n> fiches", text.replace(self.binary, "<multilat>"))

    def quiet(self, *args, cwd=None, env=None):
        """Runs a set-up command that must succeed; its output is not part of the transcript."""
        return subprocess.run(args, cwd=cwd or self.path, env=dict(self.env, **(env or {})),
                              check=True, capture_output=True, text=True, stdin=subprocess.DEVNULL)

    def sh(self, command, cwd=None, env=None, stdin=""):
        """A shell command line, shown with its output and exit status."""
        result = subprocess.run(["/bin/sh", "-c", command], cwd=cwd or self.path,
                                env=dict(self.env, **(env or {})), capture_output=True, text=True,
                                input=stdin, timeout=300)
        text = f"$ {command}\n{result.stdout}"
        if result.stderr:
            text += f"[stderr]\n{result.stderr}"
        return self.clean(text + f"[exit {result.returncode}]\n\n")

    def multilat(self, *args, cwd=None):
        return self.sh("multilat " + " ".join(args), cwd=cwd)

    def write(self, rel, text):
        full = os.path.join(self.path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def read(self, rel):
        with open(os.path.join(self.path, rel), encoding="utf-8") as f:
            return f.read()

    def show(self, rel):
        full = os.path.join(self.path, rel)
        if not os.path.lexists(full):
            return f"--- {rel}: absent\n\n"
        mode = "executable" if os.access(full, os.X_OK) else "not executable"
        return self.clean(f"--- {rel} ({mode})\n{self.read(rel)}---\n\n")

    def commit_records(self):
        self.write("records/organisations/spc.yaml", ORG)
        self.write("records/entities/scrre.yaml", ENTITY)
        self.write(MEETING_PATH, MEETING)
        self.quiet("git", "add", "-A")
        self.quiet("git", "commit", "-q", "--no-verify", "-m", "records")


def scenario_install_twice(repo):
    """Install, then install again: nothing changes, and it says so."""
    repo.commit_records()
    repo.write(".gitattributes", "*.png binary\n")
    out = repo.multilat("hooks", "install")
    out += repo.show(".git/hooks/pre-commit") + repo.show(".gitattributes")
    out += repo.sh("git config --local --get-regexp '^diff\\.'")
    before = {rel: repo.read(rel) for rel in (".git/hooks/pre-commit", ".gitattributes", ".git/config")}
    out += repo.multilat("hooks", "install")
    out += repo.multilat("hooks", "install", "--force")
    same = all(repo.read(rel) == text for rel, text in before.items())
    out += f"hook, .gitattributes and .git/config unchanged by the second install: {same}\n\n"
    out += repo.sh("ls .git/hooks | grep -v sample")
    return out


def scenario_parts(repo):
    """--driver-only, --hook-only and its older name --no-diff-driver."""
    repo.commit_records()
    out = repo.multilat("hooks", "install", "--driver-only")
    out += repo.show(".git/hooks/pre-commit") + repo.show(".gitattributes")
    out += repo.multilat("hooks", "install", "--hook-only")
    out += repo.show(".git/hooks/pre-commit")
    out += repo.multilat("hooks", "uninstall", "--hook-only")
    out += repo.multilat("hooks", "install", "--no-diff-driver")
    out += repo.multilat("hooks", "install", "--hook-only", "--driver-only")
    out += repo.multilat("hooks", "uninstall", "--driver-only")
    out += repo.show(".git/hooks/pre-commit") + repo.show(".gitattributes")
    out += repo.sh("git config --local --get-regexp '^diff\\.'")
    return out


def touch_entity(repo, n):
    """A change of its own for each commit, so that the fixed commit always has something in it."""
    repo.write("records/entities/scrre.yaml", ENTITY.replace("SCRRE", f"SCRRE-{n}"))


def commit_attempts(repo, n, *commit):
    """A commit with a broken record (refused), then with it fixed (accepted)."""
    touch_entity(repo, n)
    command = " ".join(commit)
    out = repo.sh(f"{BREAK} && {command}")
    out += repo.sh(f"{FIX} && {command}")
    out += repo.sh("git log --format=%s -1 --stat && git status --short")
    return out


def scenario_commit_paths(repo):
    """The hook checks what the commit takes, however git is asked to commit."""
    repo.commit_records()
    out = repo.multilat("hooks", "install", "--hook-only")
    touch_entity(repo, 1)
    out += repo.sh(f"{BREAK} && git add -A && git commit -q -m 'staged broken'")
    out += repo.sh(f"{FIX} && git commit -q -m 'fixed, not staged'")
    out += repo.sh("git add -A && git commit -q -m 'fixed and staged' && git log --format=%s -1")
    out += commit_attempts(repo, 2, "git commit -q -a -m 'commit -a'")
    out += commit_attempts(repo, 3, "git commit -q -m 'commit PATH'", MEETING_PATH,
                           "records/entities/scrre.yaml")
    out += commit_attempts(repo, 4, "git commit -q -a --amend -m 'amended'")
    return out


def scenario_unborn(repo):
    """The first commit of a repository, on a branch with no commit yet."""
    repo.write("records/organisations/spc.yaml", ORG)
    repo.write("records/entities/scrre.yaml", ENTITY)
    repo.write(MEETING_PATH, MEETING.replace("organisation: spc", "organisation: spx"))
    out = repo.multilat("hooks", "install", "--hook-only")
    out += repo.sh("git add -A && git commit -q -m 'first commit, broken'")
    out += repo.sh(f"{FIX} && git add -A && git commit -q -m 'first commit' && git log --format=%s")
    return out


def scenario_git_dir_apart(repo):
    """The repository's folder away from the working tree, as GIT_DIR and GIT_WORK_TREE tell git
    and, through it, the hook."""
    repo.commit_records()
    out = repo.multilat("hooks", "install", "--hook-only")
    shutil.move(os.path.join(repo.path, ".git"), os.path.join(repo.work, "store.git"))
    apart = {"GIT_DIR": os.path.join(repo.work, "store.git"), "GIT_WORK_TREE": repo.path}
    touch_entity(repo, 1)
    for command in (f"{BREAK} && git add -A && git commit -q -m 'apart, broken'",
                    f"{FIX} && git add -A && git commit -q -m 'apart, fixed'",
                    "git log --format=%s -1"):
        out += repo.sh(command, env=apart)
    return out


def scenario_existing_hook(repo):
    """A hook someone else wrote is kept, runs first with the same arguments and input, and its
    failure stops the commit; uninstall puts it back as it was."""
    repo.commit_records()
    repo.write(".git/hooks/pre-commit", USER_HOOK)
    os.chmod(os.path.join(repo.path, ".git/hooks/pre-commit"), 0o755)
    repo.write(".gitattributes", "*.png binary\n*.pdf -diff")  # no newline at the end
    with open(os.path.join(repo.path, ".git/config"), encoding="utf-8") as f:
        config_before = f.read()
    out = repo.multilat("hooks", "install")
    out += repo.show(".git/hooks/pre-commit.multilat-legacy") + repo.show(".gitattributes")
    out += repo.multilat("hooks", "install")
    touch_entity(repo, 1)
    out += repo.sh("git add records && git commit -q -m 'both hooks pass' && cat user-hook.log")
    out += repo.sh(".git/hooks/pre-commit one two && cat user-hook.log", stdin="some input")
    out += repo.sh("touch block && git commit -q --allow-empty -m 'user hook fails'")
    out += repo.sh(f"rm block && {BREAK} && git add records && git commit -q -m 'records broken'")
    out += repo.multilat("hooks", "uninstall")
    out += repo.show(".git/hooks/pre-commit") + repo.show(".git/hooks/pre-commit.multilat-legacy")
    out += repo.show(".gitattributes")
    with open(os.path.join(repo.path, ".git/config"), encoding="utf-8") as f:
        out += f".git/config as before the install: {f.read() == config_before}\n\n"
    out += repo.multilat("hooks", "uninstall")
    touch_entity(repo, 2)
    out += repo.sh(f"{FIX} && git add records && git commit -q -m 'user hook alone' && cat user-hook.log")
    return out


def scenario_uninstall(repo):
    """Uninstall takes out only what is multilat's."""
    repo.commit_records()
    repo.write(".gitattributes", "# team attributes\n*.png binary\n")
    out = repo.multilat("hooks", "install")
    repo.write(".gitattributes", repo.read(".gitattributes") + "*.pdf -diff\n")
    out += repo.show(".gitattributes")
    out += repo.multilat("hooks", "uninstall")
    out += repo.show(".git/hooks/pre-commit") + repo.show(".gitattributes")
    out += repo.sh("git config --local --get-regexp '^diff\\.'; grep -c multilat .git/config")
    # A .gitattributes that held only multilat's line goes with it.
    os.remove(os.path.join(repo.path, ".gitattributes"))
    out += repo.multilat("hooks", "install", "--driver-only")
    out += repo.multilat("hooks", "uninstall")
    out += repo.show(".gitattributes")
    # Someone else's hook in multilat's place is left alone.
    repo.write(".git/hooks/pre-commit", USER_HOOK)
    out += repo.multilat("hooks", "uninstall")
    out += repo.show(".git/hooks/pre-commit")
    return out


def scenario_refusals(repo):
    """Where multilat cannot install the hook it says which line to add by hand, and where, and
    changes nothing."""
    repo.commit_records()
    os.makedirs(os.path.join(repo.path, "scripts"))
    repo.write("scripts/pre-commit", USER_HOOK)
    os.symlink("../../scripts/pre-commit", os.path.join(repo.path, ".git/hooks/pre-commit"))
    out = repo.multilat("hooks", "install")
    out += repo.show(".gitattributes")
    out += repo.multilat("hooks", "install", "--driver-only")
    os.remove(os.path.join(repo.path, ".git/hooks/pre-commit"))
    out += repo.sh("git config core.hooksPath .husky/_")
    out += repo.multilat("hooks", "install", "--hook-only")
    out += repo.sh("git config --unset core.hooksPath && git config --global core.hooksPath ~/git-hooks")
    out += repo.multilat("hooks", "install", "--hook-only")
    out += repo.sh("git config --global --unset core.hooksPath && git config core.hooksPath .git/hooks")
    out += repo.multilat("hooks", "install", "--hook-only")
    # Another script took the place of multilat's, which had kept a hook: neither is overwritten.
    repo.write(".git/hooks/pre-commit.multilat-legacy", USER_HOOK)
    repo.write(".git/hooks/pre-commit", "#!/bin/sh\necho another tool\n")
    out += repo.multilat("hooks", "install", "--hook-only")
    out += repo.show(".git/hooks/pre-commit") + repo.show(".git/hooks/pre-commit.multilat-legacy")
    # A .gitattributes that is a link is left alone: the lines to paste come one under the other.
    repo.quiet("git", "config", "--unset", "diff.multilat.command")
    os.remove(os.path.join(repo.path, ".gitattributes"))
    repo.write("scripts/attributes", "*.png binary\n")
    os.symlink("scripts/attributes", os.path.join(repo.path, ".gitattributes"))
    out += repo.multilat("hooks", "install", "--driver-only")
    return out


def scenario_diff_driver(repo):
    """git diff, git log -p --ext-diff and git show --ext-diff through the driver: every kind of
    change git can hand it ends in exit 0 and says something."""
    repo.commit_records()
    out = repo.multilat("hooks", "install", "--driver-only")
    repo.quiet("git", "add", "-A")
    repo.quiet("git", "commit", "-q", "--allow-empty", "-m", "driver")
    out += repo.sh(f"{BREAK} && git diff && git diff --stat")
    out += repo.sh(f"git add -A && git diff --staged && {FIX} && git add -A")
    out += repo.sh("git mv records/entities/scrre.yaml records/entities/scrre-nc.yaml && git diff --staged")
    out += repo.sh("git commit -q -m 'SCRRE renamed' && git show --ext-diff --format=%s HEAD")
    out += repo.sh("git show --format=%s HEAD")  # without --ext-diff: git's own lines
    out += repo.sh("cp records/organisations/spc.yaml records/organisations/spc-copy.yaml && git add -A"
                   " && git diff --staged -C --find-copies-harder")
    out += repo.sh("git reset -q && rm records/organisations/spc-copy.yaml"
                   " && chmod +x records/organisations/spc.yaml && git diff")
    out += repo.sh("chmod -x records/organisations/spc.yaml"
                   " && printf 'name: Province Sud\\ntype: province\\n' > records/entities/province-sud.yaml"
                   " && git rm -q records/entities/scrre-nc.yaml && git add -A && git diff --staged")
    out += repo.sh("printf 'name: x\\000\\001\\n' > records/organisations/binary.yaml"
                   " && printf '\\211PNG\\r\\n\\032\\n\\000' > records/organisations/logo.png"
                   " && git add -A && git diff --staged -- records/organisations")
    out += repo.sh("git commit -q -m 'several changes' && git log -p --ext-diff --format='commit %s' -1")
    out += repo.sh("echo 'notes: [ouvert' > records/entities/province-sud.yaml && git diff")
    out += repo.sh("git checkout -q -- . && echo '# a comment' >> records/organisations/spc.yaml && git diff")
    out += repo.sh("git checkout -q -- . && echo 'note: x' > records/notes.yaml && git add -A && git diff --staged")
    # A record may end in .yml: git hands it to the driver too.
    out += repo.sh("git reset -q --hard && git mv records/organisations/spc.yaml records/organisations/spc.yml"
                   " && git commit -q -m yml && sed -i 's/CPS/CPS-yml/' records/organisations/spc.yml && git diff")
    repo.quiet("git", "checkout", "-q", "--", ".")
    repo.quiet("git", "mv", "records/organisations/spc.yml", "records/organisations/spc.yaml")
    repo.quiet("git", "commit", "-q", "-m", "back to .yaml")
    out += conflict(repo)
    return out


def conflict(repo):
    """A record changed on two branches: the index holds it unmerged."""
    repo.quiet("git", "reset", "-q", "--hard")
    repo.quiet("git", "checkout", "-q", "-b", "other")
    repo.write("records/organisations/spc.yaml", ORG.replace("CPS", "CPS-other"))
    repo.quiet("git", "commit", "-q", "-a", "-m", "other")
    repo.quiet("git", "checkout", "-q", "main")
    repo.write("records/organisations/spc.yaml", ORG.replace("CPS", "CPS-main"))
    repo.quiet("git", "commit", "-q", "-a", "-m", "main")
    out = repo.sh("git merge -q other >/dev/null; git diff --staged; git diff")
    return out


def framework_config(repo, source):
    return f"""repos:
  - repo: {source}
    rev: v0.1.0
    hooks:
      - id: multilat-check
  - repo: local
    hooks:
      - id: no-tmp
        name: no .tmp files
        language: fail
        entry: no .tmp files in the repository
        files: \\.tmp$
"""


def hooks_source(repo):
    """A git clone of this repository's .pre-commit-hooks.yaml, tagged v0.1.0: the framework is given
    a local path, as it refuses to fetch over the network here."""
    source = os.path.join(repo.work, "multilat-src")
    os.makedirs(source)
    shutil.copy(os.path.join(ROOT, ".pre-commit-hooks.yaml"), source)
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "hooks"], ["tag", "v0.1.0"]):
        repo.quiet("git", *args, cwd=source)
    return source


def scenario_pre_commit_framework(repo):
    """The framework runs this repository's `multilat-check` hook; then `multilat hooks install`
    keeps the framework's hook, which still runs, and uninstall puts it back."""
    repo.commit_records()
    repo.write(".pre-commit-config.yaml", framework_config(repo, hooks_source(repo)))
    repo.quiet("git", "add", "-A")
    repo.quiet("git", "commit", "-q", "--no-verify", "-m", "pre-commit framework")
    out = repo.sh("pre-commit install")
    out += repo.sh(f"{BREAK} && git add -A && git commit -q -m 'broken, framework'")
    touch_entity(repo, 1)
    out += repo.sh(f"{FIX} && git add -A && git commit -q -m 'fixed, framework' && git log --format=%s -1")
    framework_hook = repo.read(".git/hooks/pre-commit")
    out += repo.multilat("hooks", "install", "--hook-only")
    out += repo.sh("head -2 .git/hooks/pre-commit.multilat-legacy")
    out += repo.sh("touch x.tmp && git add x.tmp && git commit -q -m 'a .tmp file'")
    out += repo.sh(f"git rm -q --cached x.tmp && rm x.tmp && {BREAK} && git add -A && git commit -q -m 'broken, both'")
    touch_entity(repo, 2)
    out += repo.sh(f"{FIX} && git add -A && git commit -q -m 'fixed, both' && git log --format=%s -1")
    out += repo.multilat("hooks", "uninstall")
    out += f"the framework's hook back as it was: {repo.read('.git/hooks/pre-commit') == framework_hook}\n\n"
    out += repo.sh("git commit -q --allow-empty -m 'framework alone again' && git log --format=%s -1")
    return out


SCENARIOS = {
    "install-twice": scenario_install_twice,
    "parts": scenario_parts,
    "commit-paths": scenario_commit_paths,
    "unborn": scenario_unborn,
    "git-dir-apart": scenario_git_dir_apart,
    "existing-hook": scenario_existing_hook,
    "uninstall": scenario_uninstall,
    "refusals": scenario_refusals,
    "diff-driver": scenario_diff_driver,
    "pre-commit-framework": scenario_pre_commit_framework,
}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    return run_scenarios(SCENARIOS, argv[2:], lambda work: Repo(binary, work),
                         os.path.join(HERE, "expected", "hooks"), "<tmp>", "multilat-hooks-")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
