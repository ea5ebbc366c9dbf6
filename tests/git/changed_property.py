#!/usr/bin/python3
"""`check --changed` against the full check, on generated repositories with random edits, on
the working tree and, once the edits are staged, on the index (what the pre-commit hook checks).

For each trial: a records tree is generated and committed, then edited at random (renames,
moves, deletions, broken references, references by acronym, changed acronyms, delegation clashes,
duplicate ids, new records). Then:

- every file whose diagnostics differ between the full check at HEAD and the full check of the
  working tree must be among the files `check --changed` reports on;
- for every file `check --changed` reports, its diagnostics are exactly the full check's.

A second round commits the first one's edits, edits again and checks the working tree once
more (from the top and from inside records/, where paths are shown differently), with what the first round left: the record facts cached by blob id, and an index whose
stat data vouch for some files.

Usage: changed_property.py BINARY [TRIALS] [SEED]
"""

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

TODAY = "2026-12-03"
PEOPLE = ["Jane Doe", "Paul Wéa", "Marie Kaouma", "Anne Wamytan", "Luc Gope"]


def generate(rng, root):
    files = {}
    orgs = [f"org-{i}" for i in range(6)]
    ents = [f"ent-{i}" for i in range(5)]
    for o in orgs:
        files[f"organisations/{o}.yaml"] = (
            f"name: Organisation {o}\nacronym: {{fr: A{o[4:]}F, en: A{o[4:]}E}}\ntype: other\n"
            f"nc-status: member\nfocal-point: {rng.choice(ents)}\n"
            "bodies:\n  - {id: board, name: Board, cadence: yearly}\n")
    for e in ents:
        files[f"entities/{e}.yaml"] = f"name: Entité {e}\ntype: government-service\n"
    for i in range(12):
        day = rng.randint(1, 20)
        people = rng.sample(PEOPLE, rng.randint(1, 2))
        delegation = "".join(f"  - {{person: {p}, entity: {rng.choice(ents)}}}\n" for p in people)
        files[f"meetings/2027/m-{i}.yaml"] = (
            f"title: Réunion {i}\norganisation: {rng.choice(orgs)}\nbody: board\n"
            f"start: 2027-03-{day:02d}\nend: 2027-03-{day + 1:02d}\nstatus: planned\n"
            f"delegation:\n{delegation}")
    for i in range(6):
        files[f"prospects/p-{i}.yaml"] = (
            f"title: Piste {i}\npartner: {rng.choice(orgs)}\nlead: {rng.choice(ents)}\n"
            f"stage: exploring\nstage-since: 2026-10-01\nlast-contact: 2026-11-{rng.randint(1, 30):02d}\n")
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return sorted(files)


def replace_first_key(text, keys, inserted):
    """`inserted` written after the first of `keys` the text has."""
    for key in keys:
        if key in text:
            return text.replace(key, key + inserted, 1)
    return text


def edit(rng, root, files):
    def path(rel):
        return os.path.join(root, rel)

    def rewrite(rel, change):
        with open(path(rel), encoding="utf-8") as f:
            text = f.read()
        with open(path(rel), "w", encoding="utf-8") as f:
            f.write(change(text))

    for _ in range(rng.randint(1, 4)):
        existing = [f for f in files if os.path.exists(path(f))]
        rel = rng.choice(existing)
        action = rng.choice(["rename", "delete", "break-ref", "clash", "duplicate", "new", "move-kind",
                             "acronym-ref", "acronym-change"])
        if action == "rename":
            new = rel.replace(".yaml", "-x.yaml")
            os.rename(path(rel), path(new))
            files.append(new)
        elif action == "delete":
            os.remove(path(rel))
        elif action == "break-ref":
            rewrite(rel, lambda text: replace_first_key(
                text, ("organisation: ", "partner: ", "lead: ", "focal-point: ", "entity: "), "zz"))
        elif action == "clash" and rel.startswith("meetings/"):
            rewrite(rel, lambda text: text.replace(
                "delegation:\n", f"delegation:\n  - {{person: {rng.choice(PEOPLE)}, entity: ent-0}}\n"))
        elif action == "duplicate":
            kind = rel.split("/")[0]
            other = "prospects" if kind != "prospects" else "entities"
            name = os.path.basename(rel)
            os.makedirs(path(other), exist_ok=True)
            shutil.copy(path(rel), path(f"{other}/{name}"))
            files.append(f"{other}/{name}")
        elif action == "new":
            new = f"meetings/2027/new-{rng.randint(0, 999)}.yaml"
            with open(path(new), "w", encoding="utf-8") as f:
                f.write(f"title: Nouvelle\norganisation: org-{rng.randint(0, 7)}\nstart: 2027-03-05\n"
                        f"status: planned\ndelegation:\n  - {{person: {rng.choice(PEOPLE)}, entity: ent-1}}\n")
            files.append(new)
        elif action == "acronym-ref":
            # An organisation named by an acronym: unknown, with the organisation as the hint.
            acronym = f"a{rng.randint(0, 7)}{rng.choice('fe')}  # "
            rewrite(rel, lambda text: replace_first_key(text, ("organisation: ", "partner: "), acronym))
        elif action == "acronym-change" and rel.startswith("organisations/"):
            rewrite(rel, lambda text: text.replace("fr: A", f"fr: A{rng.randint(0, 7)}", 1))
        elif action == "move-kind":
            target = "organisations" if not rel.startswith("organisations/") else "entities"
            new = f"{target}/{os.path.basename(rel)}"
            if not os.path.exists(path(new)):
                os.rename(path(rel), path(new))
                files.append(new)


def check(binary, cwd, *args):
    env = {"PATH": "/usr/bin:/bin", "HOME": cwd, "LANG": "C.UTF-8", "NO_COLOR": "1", "MULTILAT_TODAY": TODAY}
    for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
        if key in os.environ:
            env[key] = os.environ[key]
    result = subprocess.run([binary, *args, "--format", "json"], cwd=cwd, env=env,
                            capture_output=True, text=True, timeout=120)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"multilat {' '.join(args)}: exit {result.returncode}\n{result.stderr}")
    by_file = {}
    for d in json.loads(result.stdout)["diagnostics"]:
        by_file.setdefault(d["file"], []).append((d["line"], d["column"], d["rule"], d["message"], d["hint"]))
    return by_file


def git(cwd, *args):
    env = {"PATH": "/usr/bin:/bin", "HOME": cwd, "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def trial(binary, rng):
    work = tempfile.mkdtemp(prefix="multilat-changed-")
    try:
        records = os.path.join(work, "records")
        files = generate(rng, records)
        git(work, "init", "-q")
        git(work, "add", "-A")
        git(work, "commit", "-qm", "records")
        before = check(binary, work, "--as-of", "HEAD", "check")
        edit(rng, records, files)
        after = check(binary, work, "check")
        changed = check(binary, work, "check", "--changed")
        problems = compare(before, after, changed, "")
        # The same once staged: what the pre-commit hook checks.
        git(work, "add", "-A")
        after = check(binary, work, "check", "--staged")
        changed = check(binary, work, "check", "--staged", "--changed")
        problems += compare(before, after, changed, "--staged ")
        # Committed, then edited again, with the facts cache and the index's stat data as the
        # first round left them: the index vouches for the files untouched since `git add`.
        git(work, "commit", "-qm", "first round", "--allow-empty")
        before = check(binary, work, "--as-of", "HEAD", "check")
        edit(rng, records, files)
        if rng.random() < 0.3:
            # The cache is a shortcut only: cut short, it must be ignored, not believed.
            cache = os.path.join(work, ".git", "multilat", "record-facts")
            with open(cache, "r+b") as f:
                f.truncate(rng.randint(0, os.path.getsize(cache)))
        after = check(binary, work, "check")
        changed = check(binary, work, "check", "--changed")
        problems += compare(before, after, changed, "second round ")
        # The same from inside the records folder, where paths are shown without "records/".
        # Messages that name a file name it as seen from there too: compare where and which rule.
        def where(by_file, prefix):
            return {prefix + path: [d[:3] for d in diags] for path, diags in by_file.items()}
        inside = where(check(binary, records, "check", "--changed"), "records/")
        if inside != where(changed, ""):
            problems.append(f"from records/: --changed gives {inside}, from the top {where(changed, '')}")
        return problems
    finally:
        shutil.rmtree(work)


def compare(before, after, changed, mode):
    problems = []
    for f in sorted(set(before) | set(after)):
        if before.get(f, []) != after.get(f, []) and f not in changed and f in after:
            problems.append(f"{mode}{f}: its diagnostics changed but --changed does not report it")
    for f, diags in changed.items():
        if diags != after.get(f, []):
            problems.append(f"{mode}{f}: --changed gives {diags}, the full check {after.get(f, [])}")
    return problems


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    trials = int(argv[2]) if len(argv) > 2 else 40
    # Under the sanitizers each run is several times slower; the edits are the same kinds.
    if os.environ.get("MULTILAT_SANITIZED") == "1":
        trials = min(trials, 15)
    seed = int(argv[3]) if len(argv) > 3 else 20261203
    rng = random.Random(seed)
    failures = 0
    for n in range(trials):
        problems = trial(binary, rng)
        for p in problems:
            print(f"trial {n}: {p}")
        failures += bool(problems)
    print(f"{trials - failures}/{trials} trials agree (seed {seed})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
