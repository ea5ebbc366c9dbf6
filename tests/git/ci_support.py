"""What the CI tests share (ci_output.py, three_dot_diff.py, ci_recipes.py): a clean environment,
real repositories driven with the git program, multilat run in them, and small records with
known problems. No network: remotes are bare repositories reached by file://.
"""

import os
import subprocess

TODAY = "2026-11-29"

ORG = """# The Pacific Community.
name: {fr: Communauté du Pacifique, en: Pacific Community}
acronym: {fr: CPS, en: SPC}
type: regional-intergovernmental
nc-status: member
bodies:
  - {id: crga, name: CRGA, cadence: yearly}
"""
ENTITY = "name: Service de la coopération régionale\nacronym: SCRRE\ntype: government-service\n"
DASS = "name: Direction des affaires sanitaires et sociales\nacronym: DASS\ntype: government-service\n"
# Two errors (an unknown organisation, a delegate's unknown entity).
MEETING = """title: {fr: 57e réunion du CRGA, en: 57th CRGA meeting}
organisation: spcc
body: crga
start: 2027-10-12
end: 2027-10-13
status: planned
delegation:
  - {person: Jane Doe, entity: scrre, role: head}
  - {person: Marie Kaouma, entity: dasss}
"""
# A warning whose message counts the days since the last contact.
PROSPECT = """title: {fr: Économie bleue, en: Blue economy}
partner: spc
lead: scrre
stage: contacted
stage-since: 2026-05-12
last-contact: 2026-07-09
"""
RECORDS = {
    "organisations/spc.yaml": ORG,
    "entities/scrre.yaml": ENTITY,
    "entities/dass.yaml": DASS,
    "meetings/2027/crga-57.yaml": MEETING,
    "prospects/undp-ocean.yaml": PROSPECT,
}


def clean_env(home, **extra):
    env = {"PATH": "/usr/bin:/bin", "HOME": home, "LANG": "C.UTF-8", "NO_COLOR": "1",
           "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Test Desk",
           "GIT_AUTHOR_EMAIL": "desk@example.org", "GIT_COMMITTER_NAME": "Test Desk",
           "GIT_COMMITTER_EMAIL": "desk@example.org"}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    env.update(extra)
    return env


class Repo:
    """A working repository at `path`, made with `git init` unless `init` is False."""

    def __init__(self, binary, path, home, init=True):
        self.binary, self.path, self.env, self.step = binary, path, clean_env(home), 0
        os.makedirs(path, exist_ok=True)
        os.makedirs(home, exist_ok=True)
        if init:
            self.git("init", "-q", "-b", "main")

    def git(self, *args, check=True, cwd=None):
        return subprocess.run(["git", *args], cwd=cwd or self.path, env=self.env, check=check,
                              capture_output=True, text=True)

    def write(self, rel, text):
        full = os.path.join(self.path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    def read(self, rel):
        with open(os.path.join(self.path, rel), encoding="utf-8") as f:
            return f.read()

    def write_records(self, folder="records", records=None):
        for rel, text in (records or RECORDS).items():
            self.write(os.path.join(folder, rel), text)

    def commit(self, message):
        """Commits everything with a date of its own, so that commit ids are reproducible."""
        self.step += 1
        date = f"2026-11-01T09:{self.step // 60:02d}:{self.step % 60:02d}+11:00"
        env = dict(self.env, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        subprocess.run(["git", "add", "-A"], cwd=self.path, env=env, check=True)
        subprocess.run(["git", "commit", "-q", "--allow-empty", "--no-verify", "-m", message],
                       cwd=self.path, env=env, check=True)

    def run(self, *args, cwd=None):
        return subprocess.run([self.binary, *args], cwd=cwd or self.path, env=self.env,
                              capture_output=True, text=True, timeout=120)


class Failures:
    """Collects failed expectations, so that one run reports all of them."""

    def __init__(self):
        self.count = 0

    def expect(self, condition, what, detail=""):
        if condition:
            print(f"ok   {what}")
        else:
            self.count += 1
            print(f"FAIL {what}\n{detail}".rstrip())

    def status(self):
        return 1 if self.count else 0
