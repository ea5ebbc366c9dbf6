#!/usr/bin/python3
"""Git review end to end: each scenario builds a real git repository in a temporary folder,
commits record changes step by step with the git program, and runs multilat's diff, check
--changed, --as-of and hooks against it. Outputs are compared byte for byte with
tests/git/expected/<scenario>.txt (UPDATE_EXPECTED=1 rewrites them).

Usage: git_review.py BINARY [SCENARIO...]
"""

import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from transcripts import run_scenarios  # noqa: E402
TODAY = "2026-12-03"

ORG = """name: {fr: Communauté du Pacifique, en: Pacific Community}
acronym: CPS
type: regional-intergovernmental
nc-status: member
bodies:
  - {id: crga, name: CRGA, cadence: yearly}
"""
SPREP = """name: Programme régional océanien de l'environnement
acronym: PROE
type: regional-intergovernmental
nc-status: member
"""
ENTITY = "name: Service de la coopération régionale\nacronym: SCRRE\ntype: government-service\n"
DASS = "name: Direction des affaires sanitaires et sociales\nacronym: DASS\ntype: government-service\n"
MEETING = """title: 57e réunion du CRGA
organisation: spc
body: crga
start: 2027-10-12
end: 2027-10-13
status: planned
delegation:
  - {person: Jane Doe, entity: scrre, role: head}
deadlines:
  - {what: Note de position, due: 2027-09-30, owner: scrre}
follow-up:
  - {what: Préparer le budget, owner: scrre, due: 2027-09-01, status: open}
"""
PROSPECT = """title: Convention sur les données
partner: spc
lead: scrre
stage: proposal
stage-since: 2026-10-01
last-contact: 2026-11-20
"""


class Repo:
    def __init__(self, binary, path):
        self.binary, self.path, self.step = binary, path, 0
        self.env = {"PATH": "/usr/bin:/bin", "HOME": path, "LANG": "C.UTF-8", "NO_COLOR": "1",
                    "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Test Desk",
                    "GIT_AUTHOR_EMAIL": "desk@example.org", "GIT_COMMITTER_NAME": "Test Desk",
                    "GIT_COMMITTER_EMAIL": "desk@example.org", "MULTILAT_TODAY": TODAY}
        for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if key in os.environ:
                self.env[key] = os.environ[key]
        self.git("init", "-q", "-b", "main")

    def git(self, *args, check=True):
        return subprocess.run(["git", *args], cwd=self.path, env=self.env, check=check,
                              capture_output=True, text=True)

    def write(self, rel, text):
        full = os.path.join(self.path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def remove(self, rel):
        os.remove(os.path.join(self.path, rel))

    def commit(self, message):
        self.step += 1
        date = f"2026-11-{self.step:02d}T09:00:00+11:00"
        env = dict(self.env, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        subprocess.run(["git", "add", "-A"], cwd=self.path, env=env, check=True)
        subprocess.run(["git", "commit", "-q", "--no-verify", "-m", message], cwd=self.path,
                       env=env, check=True)

    def run(self, *args, cwd=None, env=None):
        result = subprocess.run([self.binary, *args], cwd=cwd or self.path, env=dict(self.env, **(env or {})),
                                capture_output=True, text=True, timeout=120)
        text = f"$ multilat {' '.join(args)}\n{result.stdout}"
        if result.stderr:
            text += f"[stderr]\n{result.stderr}"
        return text + f"[exit {result.returncode}]\n\n"


def base(repo):
    repo.write("records/organisations/spc.yaml", ORG)
    repo.write("records/organisations/sprep.yaml", SPREP)
    repo.write("records/entities/scrre.yaml", ENTITY)
    repo.write("records/entities/dass.yaml", DASS)
    repo.write("records/meetings/2027/crga-57.yaml", MEETING)
    repo.write("records/prospects/spc-data.yaml", PROSPECT)
    repo.write("README.md", "desk records\n")
    repo.commit("records")


def scenario_diff(repo):
    base(repo)
    out = repo.run("diff")  # nothing changed
    repo.write("records/meetings/2027/crga-57.yaml",
               MEETING.replace("2027-10-12", "2027-10-19").replace("2027-10-13", "2027-10-20")
               .replace("status: open", "status: done")
               .replace("role: head}", "role: head}\n  - {person: Marie Kaouma, entity: dass}"))
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: negotiating"))
    repo.commit("CRGA moved a week; prospect negotiating")
    out += repo.run("diff", "HEAD~1", "HEAD")
    out += repo.run("diff", "HEAD~1..HEAD", "--format", "md")
    out += repo.run("--lang", "en", "diff", "HEAD~1", "HEAD", "--format", "json")
    # Working tree: a rename, a move between kind folders, a removal, a broken file, a new one.
    os.rename(os.path.join(repo.path, "records/entities/dass.yaml"),
              os.path.join(repo.path, "records/entities/dass-nc.yaml"))
    os.makedirs(os.path.join(repo.path, "records/prospects"), exist_ok=True)
    os.rename(os.path.join(repo.path, "records/organisations/sprep.yaml"),
              os.path.join(repo.path, "records/prospects/sprep.yaml"))
    repo.write("records/prospects/new.yaml", "title: [unclosed\n")
    repo.write("README.md", "not a record\n")
    out += repo.run("diff")
    out += repo.run("diff", "--exit-code", "--format", "json")
    repo.git("add", "-A")
    out += repo.run("diff", "--staged", "--exit-code")
    out += repo.run("diff", "mian")
    out += repo.run("diff", "a", "b", "c")
    return out


NOTES = """notes:
  fr: |
    La délégation arrive le dimanche.
    Le comité examinera le budget et la feuille de route.
    Dîner officiel le lundi soir.
  en: |
    The delegation arrives on Sunday.
    The committee will examine the budget and the roadmap.
    Official dinner on Monday evening.
"""
CRGA_58 = """title: 58e réunion du CRGA
organisation: spc
body: crga
start: 2028-10-10
end: 2028-10-12
location: Nouméa
status: planned
"""


def scenario_review(repo):
    """Issue 19: long texts word by word, a translation left behind, the key facts of records
    added and removed, a change of comments only, colour, and values whole in JSON."""
    base(repo)
    repo.write("records/meetings/2027/crga-57.yaml", MEETING + NOTES)
    repo.commit("CRGA notes")
    repo.write("records/meetings/2027/crga-57.yaml", MEETING.replace(
        "role: head}", "role: head}\n  - {person: Marie Kaouma, entity: dass}") + NOTES.replace(
        "Le comité examinera le budget", "Le comité a examiné le budget"))
    repo.write("records/organisations/spc.yaml",
               ORG.replace("Communauté du Pacifique,", "Communauté du Pacifique Sud,"))
    repo.write("records/prospects/spc-data.yaml",
               "# relancer en janvier\n" + PROSPECT.replace("lead: scrre", "lead:   scrre"))
    repo.write("records/meetings/2028/crga-58.yaml", CRGA_58)
    repo.remove("records/organisations/sprep.yaml")
    repo.commit("CRGA 57 reviewed, CRGA 58 planned, SPREP removed")
    out = repo.run("diff", "HEAD~1", "HEAD")
    out += repo.run("diff", "HEAD~1", "HEAD", "--format", "md")
    out += repo.run("--lang", "en", "diff", "HEAD~1", "HEAD", "--format", "json")
    coloured = repo.run("--color", "always", "diff", "HEAD~1", "HEAD")
    coloured += repo.run("--color", "always", "changes", "--since", "HEAD~1")
    out += coloured.replace("\x1b", "\\e")  # the escape sequences, shown
    out += repo.run("--color", "always", "diff", "HEAD~1", "HEAD", "-o", "review.txt")
    with open(os.path.join(repo.path, "review.txt"), encoding="utf-8") as f:
        out += "review.txt has no colour: " + str("\x1b" not in f.read()) + "\n\n"
    out += repo.run("changes", "--since", "HEAD~1")
    out += repo.run("--lang", "en", "changes", "--since", "HEAD~1", "--format", "md")
    out += repo.run("changes", "--since", "HEAD~1", "--format", "json")
    # A comment alone still changes the file: one line, and --exit-code counts it, as git's does.
    repo.write("records/entities/scrre.yaml", "# service de la présidence\n" + ENTITY)
    out += repo.run("diff", "--exit-code")
    return out


def scenario_as_of(repo):
    base(repo)
    repo.write("records/organisations/spc.yaml", ORG + "  - {id: conference, name: Conférence}\n")
    repo.write("records/meetings/2027/crga-57.yaml", MEETING.replace("organisation: spc", "organisation: spcc"))
    repo.commit("a broken reference")
    out = repo.run("--as-of", "HEAD~1", "check")
    out += repo.run("--as-of", "HEAD", "check")
    out += repo.run("--as-of", "HEAD~1", "summary")
    out += repo.run("--as-of", "main~1", "deadlines", "--from", "2027-01-01", "--to", "2027-12-31")
    out += repo.run("--as-of", "HEAD~1", "report", "pipeline", "--format", "md")
    out += repo.run("--as-of", "HEAD~7", "check")
    out += repo.run("--as-of", "HAED~1", "check")
    out += repo.run("--as-of", "v1", "check")
    repo.git("tag", "v1.0")
    out += repo.run("--as-of", "v1", "check")
    # A revision with no records/ folder at all.
    repo.git("checkout", "-q", "--orphan", "empty")
    repo.git("rm", "-rqf", ".")
    repo.write("other.txt", "x\n")
    repo.git("add", "other.txt")
    repo.commit("no records here")
    repo.git("checkout", "-q", "-f", "main")
    out += repo.run("--as-of", "empty", "check")
    return out


def scenario_changed(repo):
    base(repo)
    out = repo.run("check", "--changed")
    repo.write("records/entities/scrre.yaml", ENTITY.replace("SCRRE", "SCRRE2"))
    out += repo.run("check", "--changed")
    repo.remove("records/entities/dass.yaml")
    out += repo.run("check", "--changed")
    repo.git("checkout", "-q", "--", ".")
    repo.write("records/meetings/2027/crga-57.yaml", MEETING.replace("lead", "lead").replace("owner: scrre}", "owner: nobody}", 1))
    out += repo.run("check", "--changed", "--format", "json")
    out += repo.run("check", "--staged", "--changed")
    repo.git("add", "-A")
    out += repo.run("check", "--staged", "--changed")
    out += repo.run("--as-of", "HEAD", "check", "--changed")
    # The records folder named another way, or the command run inside it: the same few records
    # are checked, not the whole tree.
    out += repo.run("--records", "./records/", "check", "--changed")
    out += repo.run("check", "--changed", cwd=os.path.join(repo.path, "records"))
    return out


def scenario_hook(repo):
    base(repo)
    out = repo.run("hooks", "install", "--no-diff-driver")
    out += repo.run("hooks", "install")
    # A broken reference, staged: the commit must be refused.
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("lead: scrre", "lead: scre"))
    repo.git("add", "-A")
    refused = repo.git("commit", "-q", "-m", "broken", check=False)
    out += f"commit with a broken reference: exit {refused.returncode}\n{refused.stdout}{refused.stderr}\n"
    # Fixed in the working tree but not staged: still refused, the hook reads the index.
    repo.write("records/prospects/spc-data.yaml", PROSPECT)
    refused = repo.git("commit", "-q", "-m", "broken", check=False)
    out += f"fixed but not staged: exit {refused.returncode}\n"
    repo.git("add", "-A")
    accepted = repo.git("commit", "-q", "-m", "fixed", check=False)
    out += f"fixed and staged: exit {accepted.returncode}\n{accepted.stdout}{accepted.stderr}\n"
    out += repo.run("hooks", "install", "--force")
    with open(os.path.join(repo.path, ".gitattributes"), encoding="utf-8") as f:
        out += ".gitattributes:\n" + f.read()
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: signed"))
    shown = repo.git("diff", check=False)
    out += "git diff through the driver:\n" + "\n".join(
        line for line in shown.stdout.splitlines() if not line.startswith("index ")) + "\n"
    return out


def scenario_hooks_folder(repo):
    """A hooks folder that cannot be made (a file has its name): why, in the run's language,
    not in std::filesystem's English."""
    base(repo)
    shutil.rmtree(os.path.join(repo.path, ".git", "hooks"))
    repo.write(".git/hooks", "not a folder\n")
    out = repo.run("hooks", "install", "--hook-only")
    out += repo.run("--lang", "en", "hooks", "install", "--hook-only")
    return out


def scenario_errors(repo):
    out = repo.run("--records", repo.path, "diff")  # an empty repository, no records folder
    base_path = repo.path
    os.makedirs(os.path.join(base_path, "records/organisations"), exist_ok=True)
    repo.write("records/organisations/spc.yaml", ORG)
    out += repo.run("diff")
    out += repo.run("--as-of", "HEAD", "check")
    out += repo.run("check", "--changed")
    # Outside a repository, the message names what needed git: the option or the command run.
    outside = tempfile.mkdtemp(prefix="multilat-not-git-")
    try:
        os.makedirs(os.path.join(outside, "records"))
        for args in (["diff"], ["changes"], ["--as-of", "HEAD", "check"], ["check", "--staged"],
                     ["check", "--changed"], ["hooks", "install"],
                     ["mail", "--sender", "desk@example.org", "--recipient", "team@example.org",
                      "--dry-run", "--changes"]):
            r = subprocess.run([repo.binary, *args], cwd=outside, env=repo.env, capture_output=True, text=True)
            out += (f"$ multilat {' '.join(args)} (outside any repository)\n"
                    f"{r.stderr.replace(outside, '<dir>')}[exit {r.returncode}]\n\n")
    finally:
        shutil.rmtree(outside)
    # Links and submodules stored in git are reported, never followed.
    repo.commit("first")
    os.symlink("/etc/passwd", os.path.join(base_path, "records/organisations/passwd.yaml"))
    repo.commit("a link")
    out += repo.run("--as-of", "HEAD", "check")
    # A binary file and one over the size limit: reported as invalid, and the diff goes on.
    with open(os.path.join(base_path, "records/organisations/binary.yaml"), "wb") as f:
        f.write(b"name: x\x00\x01\x02\n")
    repo.write("records/organisations/huge.yaml", "notes: " + "x" * (1100 * 1024) + "\n")
    repo.commit("a binary file and a huge one")
    out += repo.run("diff", "HEAD~1", "HEAD")
    out += repo.run("--as-of", "HEAD", "check")
    # A shallow clone whose history stops before the revision asked for.
    shallow = os.path.join(base_path, "shallow")
    subprocess.run(["git", "clone", "-q", "--depth", "1", "file://" + base_path, shallow],
                   env=repo.env, check=True, capture_output=True)
    r = subprocess.run([repo.binary, "--as-of", "HEAD~1", "check"], cwd=shallow, env=repo.env,
                       capture_output=True, text=True)
    out += f"$ multilat --as-of HEAD~1 check (in a shallow clone)\n{r.stderr}[exit {r.returncode}]\n\n"
    return out


def scenario_changes(repo):
    base(repo)
    repo.write("records/meetings/2027/crga-57.yaml", MEETING.replace("2027-10-12", "2027-10-19"))
    repo.commit("CRGA moved a week")
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: negotiating"))
    os.rename(os.path.join(repo.path, "records/entities/dass.yaml"),
              os.path.join(repo.path, "records/entities/dass-nc.yaml"))
    repo.commit("negotiating; DASS renamed")
    repo.git("checkout", "-q", "main")
    repo.remove("records/organisations/sprep.yaml")
    repo.commit("SPREP removed")
    repo.step += 1
    date = f"2026-11-{repo.step:02d}T09:00:00+11:00"
    env = dict(repo.env, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    subprocess.run(["git", "merge", "-q", "--no-ff", "-m", "Merge feature", "feature"], cwd=repo.path,
                   env=env, check=True)
    out = repo.run("changes", "--since", "HEAD~2")
    out += repo.run("changes", "--since", "2026-11-03", "--format", "md")
    out += repo.run("--today", "2026-11-06", "changes", "--since", "3d", "--format", "json")
    out += repo.run("changes", "--since", "nope")
    # A date the calendar does not have is no revision; a mistyped HEAD gets HEAD, with what
    # followed it, and ORIG_HEAD is offered once the merge left it.
    out += repo.run("changes", "--since", "2026-13-45")
    out += repo.run("changes", "--since", "HAED")
    out += repo.run("changes", "--since", "HAED~2")
    out += repo.run("changes", "--since", "ORIG_HAED")
    out += repo.run("diff", "HAED")
    return out


def scenario_mail(repo):
    """The cron digest with the week's story (`mail --changes`)."""
    base(repo)
    repo.write("records/meetings/2027/crga-57.yaml",
               MEETING.replace("start: 2027-10-12\nend: 2027-10-13", "start: 2027-10-19\nend: 2027-10-20"))
    repo.commit("CRGA moved a week")
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: negotiating"))
    repo.commit("negotiating \x1b[31mnow\x1b[0m")  # a commit message is untrusted text too
    mail = ["--today", "2026-11-21", "mail", "--sender", "desk@example.org", "--recipient", "team@example.org"]
    out = repo.run(*mail, "--within", "1y", "--changes", "2026-11-02")
    # Nothing due within a day, but the week's story is there: the digest still goes...
    out += repo.run(*mail, "--within", "1d", "--quiet-if-empty", "--changes", "2026-11-02", "--dry-run")
    # ...and not when neither has anything to say (--changes alone: the past 7 days).
    out += repo.run(*mail, "--within", "1d", "--quiet-if-empty", "--changes")
    out += repo.run(*mail, "--changes", "nope")
    out += repo.run(*mail, "--changes", "2026-02-30")
    return out


def scenario_sources(repo):
    """The working tree, the index and a revision agree on what is a record."""
    base(repo)
    # A link to another record inside the tree is read like the file in every source.
    os.symlink("spc.yaml", os.path.join(repo.path, "records/organisations/cps.yaml"))
    # Files that are not records never show in diff as records: .gitkeep, an image, a README.
    repo.write("records/meetings/.gitkeep", "")
    repo.write("records/meetings/2027/photo.png", "PNG")
    repo.write("records/prospects/README.md", "notes\n")
    repo.git("add", "-A")
    out = repo.run("check")
    out += repo.run("check", "--staged")
    out += repo.run("diff", "--staged")
    repo.commit("a link, a photo, a gitkeep")
    out += repo.run("--as-of", "HEAD", "check")
    # A record broken at both ends, edited: shown, and --exit-code says so.
    repo.write("records/prospects/broken.yaml", "title: [unclosed\\n")
    repo.commit("broken")
    repo.write("records/prospects/broken.yaml", "title: [still unclosed\\nnotes: x\\n")
    out += repo.run("diff", "--exit-code")
    repo.git("checkout", "-q", "--", ".")
    repo.remove("records/prospects/broken.yaml")
    repo.commit("broken removed")
    # A new file with an id that exists: both files are named, the new one first in order.
    repo.write("records/entities/crga-57.yaml", ENTITY)
    out += repo.run("check", "--changed")
    repo.remove("records/entities/crga-57.yaml")
    # `show` of a record whose file does not parse says why.
    repo.write("records/prospects/spc-data.yaml", "title: [unclosed\\n")
    out += repo.run("show", "spc-data")
    repo.git("checkout", "-q", "--", ".")
    # --as-of where it cannot be honoured, and headers that name the revision.
    out += repo.run("--as-of", "HEAD", "diff")
    out += repo.run("--as-of", "HEAD", "changes")
    out += repo.run("--as-of", "HEAD", "new", "entity", "x", "--name", "X")
    out += repo.run("--as-of", "HEAD~1", "summary")
    out += repo.run("--as-of", "HEAD~1", "deadlines", "--from", "2027-01-01", "--to", "2027-12-31")
    out += repo.run("--as-of", "HEAD~1", "agenda", "--from", "2027-01-01", "--to", "2027-12-31")
    # Paths after the revisions limit the diff, as git's pathspecs do.
    repo.write("records/meetings/2027/crga-57.yaml", MEETING.replace("2027-10-12", "2027-10-19"))
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: signed"))
    out += repo.run("diff", "HEAD", "records/meetings")
    out += repo.run("diff", "--no-check", "HEAD", "--", "records/prospects", "records/meetings/gone")
    out += repo.run("diff", "records/prospects/spc-data.yaml")
    out += repo.run("diff", "HEAD", "README.md")
    return out


def scenario_unborn(repo):
    """A new repository whose branch has no commit yet (`git init -b main`, no defaultBranch)."""
    repo.write("records/organisations/spc.yaml", ORG)
    repo.write("records/entities/scrre.yaml", ENTITY)
    repo.git("add", "-A")
    out = repo.run("diff")
    out += repo.run("diff", "--staged")
    out += repo.run("check", "--changed")
    out += repo.run("check", "--staged", "--changed")
    out += repo.run("hooks", "install", "--no-diff-driver")
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("lead: scrre", "lead: scre"))
    repo.git("add", "-A")
    refused = repo.git("commit", "-q", "-m", "first", check=False)
    out += f"first commit with a broken reference: exit {refused.returncode}\n{refused.stdout}{refused.stderr}\n"
    repo.write("records/prospects/spc-data.yaml", PROSPECT)
    repo.git("add", "-A")
    accepted = repo.git("commit", "-q", "-m", "first", check=False)
    out += f"first commit, fixed: exit {accepted.returncode}\n{accepted.stdout}{accepted.stderr}\n"
    return out


def scenario_git_env(repo):
    """git's own environment: GIT_INDEX_FILE (commit -a), GIT_DIR and GIT_WORK_TREE."""
    base(repo)
    out = repo.run("hooks", "install", "--no-diff-driver")
    path = os.path.join(repo.path, "records/meetings/2027/crga-57.yaml")
    subprocess.run(["sed", "-i", "s/^organisation: spc/organisation: spx/", path], check=True)
    refused = repo.git("commit", "-am", "x", check=False)
    out += f"git commit -a with a broken reference: exit {refused.returncode}\n{refused.stdout}{refused.stderr}\n"
    refused = repo.git("commit", "-m", "x", "records/meetings/2027/crga-57.yaml", check=False)
    out += f"git commit PATH with a broken reference: exit {refused.returncode}\n{refused.stdout}{refused.stderr}\n"
    repo.git("checkout", "-q", "--", ".")
    # The repository's folder elsewhere, named by GIT_DIR, and the working tree by GIT_WORK_TREE.
    store = os.path.join(repo.path, "elsewhere.git")
    os.rename(os.path.join(repo.path, ".git"), store)
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: signed"))
    out += repo.run("diff", env={"GIT_DIR": store})
    out += repo.run("--records", os.path.join(repo.path, "records"), "diff", cwd="/",
                    env={"GIT_DIR": store, "GIT_WORK_TREE": repo.path})
    return out


def scenario_shallow(repo):
    """A shallow clone never says "no change" over history it does not have."""
    base(repo)
    for n in range(3):
        repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("last-contact: 2026-11-20",
                                                                        f"last-contact: 2026-11-2{n + 1}"))
        repo.commit(f"contact {n + 1}")
    shallow = os.path.join(repo.path, "shallow")
    subprocess.run(["git", "clone", "-q", "--depth", "2", "file://" + repo.path, shallow],
                   env=repo.env, check=True, capture_output=True)
    out = repo.run("changes", "--since", "40d", cwd=shallow)
    out += repo.run("changes", "--since", "HEAD~1", cwd=shallow)
    out += repo.run("changes", "--since", "2026-11-04", cwd=shallow)
    mail = ["mail", "--sender", "desk@example.org", "--recipient", "t@example.org"]
    out += repo.run(*mail, "--changes", "40d", "--dry-run", cwd=shallow)
    return out


def json_keys(text, *keys):
    """The transcript of a JSON run, keeping only some top-level keys (and its exit line)."""
    import json
    head, rest = text.split("\n", 1)
    body, tail = rest.rsplit("[exit", 1)
    doc = json.loads(body)
    return head + "\n" + json.dumps({k: doc.get(k) for k in keys}, ensure_ascii=False, indent=1) + "\n[exit" + tail


def git_diff_lines(repo, *args):
    """`git diff` through the driver, without the index lines (blob ids change)."""
    shown = repo.git("diff", *args, check=False)
    return "\n".join(line for line in shown.stdout.splitlines() if not line.startswith("index ")) + "\n"


def scenario_settings_limit(repo):
    """Review reads each end within the settings' max-file-size, as check does."""
    base(repo)
    repo.write("records/multilat.yaml", "max-file-size: 4194304\n")
    padding = "".join(f"# padding line {i:06d} {'.' * 70}\n" for i in range(13000))  # 1.2 MB
    repo.write("records/organisations/sprep.yaml", SPREP + padding)
    repo.commit("a big record, under a raised limit")
    out = repo.run("check")
    repo.write("records/organisations/sprep.yaml", SPREP.replace("nc-status: member", "nc-status: observer") + padding)
    out += repo.run("diff", "--no-check")  # the field, not "over 1048576 bytes"
    out += repo.run("hooks", "install", "--driver-only")
    out += "git diff through the driver:\n" + git_diff_lines(repo, "--", "records/organisations")
    repo.commit("observer")
    out += repo.run("changes", "--since", "HEAD~1")
    # A limit lowered below a record's size: check rejects the file, and diff does not compare it.
    repo.write("records/multilat.yaml", "max-file-size: 1024\n")
    repo.write("records/organisations/sprep.yaml", SPREP + padding)
    out += repo.run("check")
    out += repo.run("diff", "--no-check", "--", "records/organisations")
    # The driver, handed two files, reads them within the working tree's limit.
    out += "git diff through the driver:\n" + git_diff_lines(repo, "--", "records/organisations")
    return out


def scenario_settings_apart(repo):
    """The settings file is shown apart from the records, never counted among them."""
    base(repo)
    repo.write("records/multilat.yaml", "horizon: 30d\n")
    out = repo.run("diff", "--no-check")
    out += repo.run("check")
    repo.commit("settings")
    repo.write("records/multilat.yaml", "horizon: 45d\n")
    out += repo.run("diff", "--exit-code")
    out += json_keys(repo.run("diff", "--format", "json"), "changes", "settings")
    out += repo.run("diff", "--format", "md", "--no-check")
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: signed"))
    repo.commit("horizon 45 days; signed")
    out += repo.run("diff", "HEAD~1", "HEAD", "--no-check")
    out += repo.run("changes", "--since", "HEAD~2")
    out += repo.run("changes", "--since", "HEAD~1", "--format", "md")
    out += json_keys(repo.run("changes", "--since", "HEAD~2", "--format", "json"), "records", "settings")
    return out


def scenario_unmerged(repo):
    """`diff --staged` in the middle of a merge says the conflicted record is unmerged."""
    base(repo)
    repo.git("checkout", "-q", "-b", "other")
    repo.write("records/meetings/2027/crga-57.yaml", MEETING.replace("start: 2027-10-12", "start: 2027-10-11"))
    repo.commit("CRGA a day earlier")
    repo.git("checkout", "-q", "main")
    repo.write("records/meetings/2027/crga-57.yaml", MEETING.replace("start: 2027-10-12", "start: 2027-10-10"))
    repo.commit("CRGA two days earlier")
    merged = repo.git("merge", "-q", "other", check=False)
    out = f"git merge other: exit {merged.returncode}\n\n"
    out += repo.run("diff", "--staged", "--exit-code")
    out += json_keys(repo.run("diff", "--staged", "--no-check", "--format", "json"), "changes")
    out += repo.run("--lang", "en", "diff", "--staged", "--no-check")
    out += repo.run("check", "--staged")
    return out


def scenario_messages(repo):
    """A deleted path without `--`, the three-dot header, `changes` before the first commit."""
    repo.write("records/organisations/spc.yaml", ORG)
    out = repo.run("changes")
    out += repo.run("--lang", "en", "changes", "--format", "json")
    repo.commit("first")
    base(repo)
    repo.git("checkout", "-q", "-b", "feature")
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: signed"))
    repo.commit("signed")
    out += repo.run("diff", "--no-check", "main...feature")
    out += repo.run("--lang", "en", "diff", "--no-check", "main...")
    repo.git("rm", "-q", "records/entities/dass.yaml")
    out += repo.run("diff", "records/entities/dass.yaml")
    out += repo.run("--lang", "en", "diff", "HEAD", "records/entities/dass.yaml")
    out += repo.run("diff", "--no-check", "--", "records/entities/dass.yaml")
    out += repo.run("diff", "records/entities/never.yaml")  # no path git knows: no advice
    out += repo.run("diff", "--help")
    out += repo.run("--lang", "en", "diff", "--help")
    return out


ESCAP = """name:
  fr: Commission économique et sociale pour l'Asie et le Pacifique
  en: Economic and Social Commission for Asia and the Pacific
acronym: {fr: CESAP, en: ESCAP}
type: un-system
nc-status: associate-member
"""
HISTORY = """nc-history:
  - status: observer
    since: 2010-01-01
"""


def mail_parts(transcript):
    """A `mail` transcript with its message decoded: the command, the plain text part whole, the
    HTML part from the story's heading on, and the exit line."""
    import email
    head, rest = transcript.split("\n", 1)
    body, tail = rest.rsplit("[exit", 1)
    if "Content-Type" not in body:
        return transcript
    message = email.message_from_string(body)
    parts = {p.get_content_type(): p.get_payload(decode=True).decode("utf-8") for p in message.walk()
             if not p.is_multipart()}
    html = parts["text/html"]
    story = html[html.rfind("<h2"):html.rfind("<p style=\"color: #777777")]
    return f"{head}\n{parts['text/plain']}[html]\n{story}[exit{tail}"


def scenario_mail_settings(repo):
    """The digest's story says a settings change apart, on its own line after the records, and
    before the first commit that nothing is committed yet, as `changes` does."""
    repo.write("records/organisations/spc.yaml", ORG)
    mail = ["--today", "2026-11-21", "mail", "--sender", "desk@example.org", "--recipient", "team@example.org",
            "--within", "1d"]
    out = mail_parts(repo.run(*mail, "--changes"))
    out += repo.run(*mail, "--changes", "--quiet-if-empty", "--dry-run")
    base(repo)
    repo.write("records/multilat.yaml", "horizon: 30d\n")
    repo.commit("settings")
    repo.write("records/multilat.yaml", "horizon: 45d\n")
    repo.write("records/prospects/spc-data.yaml", PROSPECT.replace("stage: proposal", "stage: negotiating"))
    repo.commit("negotiating; a longer horizon")
    out += mail_parts(repo.run(*mail, "--changes", "HEAD~1"))
    out += mail_parts(repo.run("--lang", "en", *mail, "--changes", "HEAD~1"))
    repo.write("records/multilat.yaml", "horizon: 60d\n")
    repo.commit("a longer horizon still")
    # The settings alone changed: the digest has that to tell, so it still goes.
    out += mail_parts(repo.run(*mail, "--changes", "HEAD~1", "--quiet-if-empty"))
    return out


def scenario_words(repo):
    """Values in the reader's words: a bilingual key fact in the run's language, a listed value
    (a status, nested or not) with the catalogue's words, raw in JSON."""
    base(repo)
    repo.write("records/organisations/sprep.yaml", SPREP + HISTORY)
    repo.commit("SPREP history")
    repo.write("records/organisations/escap.yaml", ESCAP)
    repo.write("records/organisations/sprep.yaml", SPREP + HISTORY.replace("observer", "participant"))
    repo.commit("ESCAP added, SPREP history corrected")
    out = repo.run("diff", "HEAD~1", "HEAD")
    out += repo.run("--lang", "en", "diff", "HEAD~1", "HEAD", "--format", "md")
    out += repo.run("--lang", "en", "changes", "--since", "HEAD~1")
    out += repo.run("changes", "--since", "HEAD~1", "--format", "md")
    out += json_keys(repo.run("diff", "HEAD~1", "HEAD", "--format", "json"), "changes")
    return out


SCENARIOS = {"changes": scenario_changes, "mail": scenario_mail, "diff": scenario_diff, "review": scenario_review,
             "as-of": scenario_as_of, "changed": scenario_changed, "hook": scenario_hook, "errors": scenario_errors,
             "sources": scenario_sources, "unborn": scenario_unborn, "git-env": scenario_git_env,
             "shallow": scenario_shallow, "settings-limit": scenario_settings_limit,
             "settings-apart": scenario_settings_apart, "unmerged": scenario_unmerged, "messages": scenario_messages,
             "words": scenario_words, "mail-settings": scenario_mail_settings,
             "hooks-folder": scenario_hooks_folder}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    return run_scenarios(SCENARIOS, argv[2:], lambda work: Repo(binary, work), os.path.join(HERE, "expected"),
                         "<repo>", "multilat-git-")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
