#!/usr/bin/python3
"""CI output that platforms accept, in real git repositories:

- GitLab fingerprints stay the same while the problem does: a comment line added above it,
  another day for `prospect-stale` (whose message counts the days), `--lang en` or `fr`, the
  folder the job runs in, --as-of and --staged all give the same fingerprints; an item inserted
  before a delegate does not change the delegate's; a new problem gets a new fingerprint.
- `--format gitlab` and `--format github` give paths from the repository's top, from a
  subfolder, with an absolute --records, with the records in a subfolder of the repository;
  outside a repository the paths stay as they are shown.

Usage: ci_output.py BINARY
"""

import json
import os
import re
import shutil
import sys
import tempfile

from ci_support import MEETING, TODAY, Failures, Repo

MEETING_FILE = "records/meetings/2027/crga-57.yaml"


def gitlab(repo, *args, cwd=None, today=TODAY):
    result = repo.run("--today", today, *args, "check", "--format", "gitlab", cwd=cwd)
    assert result.returncode == 1, result.stderr
    return json.loads(result.stdout)


def prints(report):
    return sorted(issue["fingerprint"] for issue in report)


def by_rule(report):
    return {(i["check_name"], i["location"]["path"], i["location"]["lines"]["begin"]): i
            for i in report}


def stable_fingerprints(repo, check):
    base = gitlab(repo)
    check.expect(len(base) == 3 and len(set(prints(base))) == 3,
                 "three problems, three distinct fingerprints", json.dumps(base, indent=1))
    repo.write(MEETING_FILE, "# A comment added above every problem.\n" + MEETING)
    moved = gitlab(repo)
    lines_moved = sorted(by_rule(moved)) != sorted(by_rule(base))
    check.expect(lines_moved and prints(moved) == prints(base),
                 "a comment line above the errors moves their lines, not their fingerprints")
    later = gitlab(repo, today="2026-12-29")
    worded = {i["description"] for i in later} != {i["description"] for i in base}
    check.expect(worded and prints(later) == prints(base),
                 "another day changes prospect-stale's message, not its fingerprint")
    english, french = gitlab(repo, "--lang", "en"), gitlab(repo, "--lang", "fr")
    check.expect(english[0]["description"] != french[0]["description"]
                 and prints(english) == prints(french) == prints(base),
                 "--lang en and --lang fr give the same fingerprints")
    return base


def item_and_new_problem(repo, check, base):
    repo.write(MEETING_FILE, MEETING.replace(
        "  - {person: Jane Doe", "  - {person: Paul Néaoutyine, entity: scrre}\n  - {person: Jane Doe"))
    inserted = gitlab(repo)
    check.expect(prints(inserted) == prints(base),
                 "a delegate inserted before the others leaves their fingerprints alone")
    repo.write(MEETING_FILE, MEETING.replace("entity: scrre, role", "entity: scre, role"))
    widened = gitlab(repo)
    new = set(prints(widened)) - set(prints(base))
    check.expect(len(new) == 1 and set(prints(base)) <= set(prints(widened)),
                 "a new problem of the same rule in the same file gets a fingerprint of its own",
                 json.dumps(widened, indent=1))
    repo.write(MEETING_FILE, MEETING)


def snapshots(repo, check, base):
    repo.commit("records with problems")
    repo.write(MEETING_FILE, "# moved down in the working tree only\n\n" + MEETING)
    as_of = gitlab(repo, "--as-of", "HEAD")
    check.expect(prints(as_of) == prints(base), "--as-of HEAD reads the revision's YAML for fields")
    repo.git("add", "-A")
    repo.write(MEETING_FILE, "title: [broken in the working tree\n")
    staged = repo.run("--today", TODAY, "check", "--staged", "--format", "gitlab")
    check.expect(prints(json.loads(staged.stdout)) == prints(base),
                 "--staged reads the index's YAML for fields", staged.stdout + staged.stderr)
    repo.git("checkout", "--", ".")
    repo.write(MEETING_FILE, MEETING)
    repo.git("add", "-A")


def github_paths(output):
    return sorted(set(re.findall(r"^::\w+ file=([^,]*)", output, re.M)))


def repository_paths(binary, work, check, base):
    home = os.path.join(work, "home")
    repo = Repo(binary, os.path.join(work, "desk"), home)
    repo.write_records()
    repo.commit("records")
    wanted = sorted({i["location"]["path"] for i in base})
    deep = os.path.join(repo.path, "records", "meetings")
    cases = [("from the top", [], repo.path), ("from a subfolder", [], deep),
             ("with an absolute --records, from elsewhere", ["--records", os.path.join(repo.path, "records")], work),
             ("with --records ../.. from a subfolder", ["--records", "../.."], os.path.join(deep, "2027"))]
    for what, args, cwd in cases:
        report = gitlab(repo, *args, cwd=cwd)
        paths = sorted({i["location"]["path"] for i in report})
        check.expect(paths == wanted and prints(report) == prints(base),
                     f"gitlab paths and fingerprints {what}", f"{paths} != {wanted}")
        hub = repo.run("--today", TODAY, *args, "check", "--format", "github", cwd=cwd)
        check.expect(github_paths(hub.stdout) == wanted, f"github paths {what}", hub.stdout)
    text = repo.run("--today", TODAY, "check", cwd=deep).stdout
    check.expect("2027/crga-57.yaml:2:15" in text and "records/meetings" not in text,
                 "the text output keeps paths from the current folder")


def records_in_subfolder(binary, work, check):
    repo = Repo(binary, os.path.join(work, "mono"), os.path.join(work, "home"))
    repo.write_records("desk/records")
    repo.commit("records in a subfolder")
    report = gitlab(repo, cwd=os.path.join(repo.path, "desk"))
    paths = {i["location"]["path"] for i in report}
    check.expect(paths == {"desk/" + MEETING_FILE, "desk/records/prospects/undp-ocean.yaml"},
                 "records in a subfolder of the repository: paths from its top", str(paths))


def outside_repository(binary, work, check):
    plain = Repo(binary, os.path.join(work, "plain"), os.path.join(work, "home"), init=False)
    plain.write_records()
    absolute = os.path.join(plain.path, "records")
    report = gitlab(plain, "--records", absolute, cwd=work)
    check.expect({i["location"]["path"] for i in report} ==
                 {os.path.join(absolute, "meetings/2027/crga-57.yaml"),
                  os.path.join(absolute, "prospects/undp-ocean.yaml")},
                 "outside a repository the paths stay as shown")
    relative = gitlab(plain, cwd=plain.path)
    check.expect(prints(relative) != prints(report) and len(prints(relative)) == 3,
                 "outside a repository the fingerprint's path is the path shown")


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    work = os.path.realpath(tempfile.mkdtemp(prefix="multilat-ci-output-"))
    check = Failures()
    try:
        repo = Repo(binary, os.path.join(work, "desk-history"), os.path.join(work, "home"))
        repo.write_records()
        base = stable_fingerprints(repo, check)
        item_and_new_problem(repo, check, base)
        snapshots(repo, check, base)
        repository_paths(binary, work, check, base)
        records_in_subfolder(binary, work, check)
        outside_repository(binary, work, check)
    finally:
        shutil.rmtree(work)
    return check.status()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
