#!/usr/bin/python3
"""Exercises the generated completion scripts in real shells: bash (the completion function run
with COMP_WORDS and COMP_CWORD set, as bash does on Tab), zsh (the script loads under compinit,
then its function runs with compsys' builtins stubbed) and fish (`complete -C`). Record ids come
from a fixture records tree, revisions from a small repository made for the test. Also checks
that the scripts the build wrote are those the binary prints, that hidden helpers stay hidden,
and that an unknown shell is a usage error.

Usage: shell_completion.py BINARY COMPLETIONS_DIR RECORDS
"""
import os
import subprocess
import sys
import tempfile

FAILURES = []


def expect(what, got, wanted):
    if got != wanted:
        FAILURES.append(f"{what}:\n  got    {got!r}\n  wanted {wanted!r}")


def run(argv, env, cwd, stdin=None):
    return subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, input=stdin, timeout=60)


def bash_cases(script, records):
    # (words, extra environment, offers): the last word is the one being completed.
    return [
        (["multilat", "che"], {}, ["check"]),
        (["multilat", "check", "--str"], {}, ["--strict"]),
        (["multilat", "check", "--format", ""], {}, ["text", "json", "github", "gitlab"]),
        (["multilat", "--lang", ""], {}, ["fr", "en"]),
        (["multilat", "deadlines", "--lang", "en", "--org", ""], {"MULTILAT_RECORDS": records},
         ["pif", "spc", "sprep"]),
        (["multilat", "--records", records, "deadlines", "--org", "sp"], {}, ["spc", "sprep"]),
        (["multilat", "--records", records, "deadlines", "--entity", ""], {}, ["dass", "scrre"]),
        (["multilat", "--records", records, "report", "org", ""], {}, ["pif", "spc", "sprep"]),
        (["multilat", "--records", records, "report", "meeting", ""], {}, ["crga-56"]),
        (["multilat", "report", "mem"], {}, ["memberships"]),
        (["multilat", "deadlines", "--org", ""], {}, []),  # no records here: nothing, no error
        (["multilat", "hooks", ""], {}, ["install", "uninstall"]),
        (["multilat", "completion", ""], {}, ["bash", "zsh", "fish"]),
    ]


def check_bash(script, env, cwd, records):
    result = run(["bash", "--norc", "--noprofile", "-c", f"source '{script}' && complete -p multilat"], env, cwd)
    expect("bash: complete -p multilat", result.stdout.strip(), "complete -o default -F _multilat multilat")
    for words, extra, offers in bash_cases(script, records):
        program = (f"source '{script}'\nCOMP_WORDS=(\"$@\")\nCOMP_CWORD=$(($# - 1))\n_multilat\n"
                   "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
        result = run(["bash", "--norc", "--noprofile", "-c", program, "bash", *words], {**env, **extra}, cwd)
        got = [line for line in result.stdout.splitlines() if line]
        expect(f"bash: {' '.join(words)!r} (stderr {result.stderr.strip()!r})", got, offers)


ZSH_STUBS = r"""
autoload -Uz compinit && compinit -u -d "$ZDOTDIR/zcompdump"
source "$1"
[[ ${_comps[multilat]} == _multilat ]] || { print "not registered"; exit 1 }
# compsys' builtins only work inside a completion widget: stand-ins that print what is offered.
compadd() { [[ $1 == -a ]] && print -l -- ${(M)${(P)2}:#${PREFIX}*} }
_describe() { local -a names=(${${(P)4}%%:*}); print -l -- ${(M)names:#${PREFIX}*} }
_files() { print -- '<files>' }
shift
words=("$@")
CURRENT=${#words}
PREFIX=${words[CURRENT]}
_multilat
"""


def check_zsh(script, env, cwd, records):
    cases = [
        (["multilat", "che"], ["check"]),
        (["multilat", "check", "--format", ""], ["text", "json", "github", "gitlab"]),
        (["multilat", "--records", records, "deadlines", "--org", ""], ["pif", "spc", "sprep"]),
        (["multilat", "check", "-o", ""], ["<files>"]),
    ]
    load = run(["zsh", "-f", "-c", f"autoload -Uz compinit && compinit -u -d \"$ZDOTDIR/zcompdump\" && "
                f"source '{script}' && print ${{_comps[multilat]}}"], env, cwd)
    expect(f"zsh: loads under compinit (stderr {load.stderr.strip()!r})", load.stdout.strip(), "_multilat")
    for words, offers in cases:
        result = run(["zsh", "-f", "-c", ZSH_STUBS, "zsh", script, *words], env, cwd)
        got = [line for line in result.stdout.splitlines() if line]
        expect(f"zsh: {' '.join(words)!r} (stderr {result.stderr.strip()!r})", got, offers)


def check_fish(script, env, cwd, records):
    cases = [
        ("multilat che", ["check"]),
        ("multilat check --format ", ["github", "gitlab", "json", "text"]),
        (f"multilat --records {records} deadlines --org ", ["pif", "spc", "sprep"]),
        ("multilat hooks ", ["install", "uninstall"]),
    ]
    for line, offers in cases:
        result = run(["fish", "--no-config", "-c", f"source '{script}'; complete -C '{line}'"], env, cwd)
        got = sorted(row.split("\t")[0] for row in result.stdout.splitlines() if row)
        expect(f"fish: complete -C {line!r} (stderr {result.stderr.strip()!r})", got, sorted(offers))


def make_repository(home, env):
    """A repository with a records folder, branches main and feature, and a tag v1.0."""
    repo = os.path.join(home, "repo")
    os.makedirs(os.path.join(repo, "records"))
    with open(os.path.join(repo, "records", "README"), "w", encoding="utf-8") as f:
        f.write("records\n")
    git_env = {**env, "GIT_CONFIG_NOSYSTEM": "1", "GIT_AUTHOR_NAME": "Desk", "GIT_AUTHOR_EMAIL": "d@example.org",
               "GIT_COMMITTER_NAME": "Desk", "GIT_COMMITTER_EMAIL": "d@example.org"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "first"],
                 ["branch", "feature"], ["tag", "v1.0"]):
        subprocess.run(["git", *args], cwd=repo, env=git_env, check=True, capture_output=True)
    return repo


def check_revisions(completions, env, repo, home):
    """diff, changes --since and --as-of complete HEAD, branches and tags, in each shell."""
    bash, zsh, fish = (os.path.join(completions, n) for n in ("multilat", "_multilat", "multilat.fish"))
    refs = ["HEAD", "feature", "main", "v1.0"]
    cases = [  # (words, folder, offers)
        (["multilat", "diff", ""], repo, refs),
        (["multilat", "diff", "HEAD", "ma"], repo, ["main"]),
        (["multilat", "diff", "main..fe"], repo, ["main..feature"]),
        (["multilat", "changes", "--since", "v"], repo, ["v1.0"]),
        (["multilat", "--as-of", "f"], repo, ["feature"]),
        (["multilat", "--records", os.path.join(repo, "records"), "diff", "H"], home, ["HEAD"]),
    ]
    for words, cwd, offers in cases:
        program = (f"source '{bash}'\nCOMP_WORDS=(\"$@\")\nCOMP_CWORD=$(($# - 1))\n_multilat\n"
                   "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
        result = run(["bash", "--norc", "--noprofile", "-c", program, "bash", *words], env, cwd)
        got = [line for line in result.stdout.splitlines() if line]
        expect(f"bash: {' '.join(words)!r} (stderr {result.stderr.strip()!r})", got, offers)
        result = run(["zsh", "-f", "-c", ZSH_STUBS, "zsh", zsh, *words], env, cwd)
        got = [line for line in result.stdout.splitlines() if line]
        expect(f"zsh: {' '.join(words)!r} (stderr {result.stderr.strip()!r})", got, offers)
        line = " ".join(words)
        result = run(["fish", "--no-config", "-c", f"source '{fish}'; complete -C '{line}'"], env, cwd)
        got = sorted(row.split("\t")[0] for row in result.stdout.splitlines() if row)
        expect(f"fish: complete -C {line!r} (stderr {result.stderr.strip()!r})", got, sorted(offers))
    # Outside any repository: nothing offered, and no error on the command line.
    result = run(["bash", "--norc", "--noprofile", "-c",
                  f"source '{bash}'; COMP_WORDS=(multilat diff ''); COMP_CWORD=2; _multilat; "
                  "printf '%s\\n' \"${COMPREPLY[@]}\""], env, home)
    expect("bash: diff outside a repository", (result.stdout.strip(), result.stderr), ("", ""))


def check_binary(binary, completions, env, cwd):
    for shell, name in (("bash", "multilat"), ("zsh", "_multilat"), ("fish", "multilat.fish")):
        printed = run([binary, "--lang", "en", "completion", shell], env, cwd).stdout
        with open(os.path.join(completions, name), encoding="utf-8") as f:
            expect(f"{name} written by the build is `completion {shell}`", f.read() == printed, True)
    helps = run([binary, "--help"], env, cwd).stdout
    expect("--help lists no hidden helper", "__" in helps, False)
    expect("--help lists completion", "completion" in helps, True)
    ids = run([binary, "--records", "/nonexistent", "__complete-ids", "organisation"], env, cwd)
    expect("__complete-ids without records", (ids.returncode, ids.stdout, ids.stderr), (0, "", ""))
    bad = run([binary, "--lang", "en", "completion", "tcsh"], env, cwd)
    expect("completion tcsh: exit", bad.returncode, 2)
    expect("completion tcsh: message", "'tcsh' is not allowed" in bad.stderr and "bash, zsh, fish" in bad.stderr, True)


def main(argv):
    binary, completions, records = (os.path.abspath(a) for a in argv[1:4])
    with tempfile.TemporaryDirectory(prefix="multilat-completion-") as home:
        env = {"PATH": f"{os.path.dirname(binary)}:/usr/bin:/bin", "HOME": home, "ZDOTDIR": home,
               "LANG": "C.UTF-8", "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home}
        check_binary(binary, completions, env, home)
        check_bash(os.path.join(completions, "multilat"), env, home, records)
        check_zsh(os.path.join(completions, "_multilat"), env, home, records)
        check_fish(os.path.join(completions, "multilat.fish"), env, home, records)
        check_revisions(completions, env, make_repository(home, env), home)
    for failure in FAILURES:
        print("FAIL", failure)
    print(f"{len(FAILURES)} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
