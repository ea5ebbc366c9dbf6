#!/usr/bin/python3
"""The hostile-input corpus: one bad file must never crash, hang, blow up memory or lose the
other records. Each case builds a fresh records tree (two valid records plus the hostile files),
runs `multilat check --strict --format json` on it, and checks the diagnostic it must give.

Usage: run_hostile.py BINARY [--shard K/N] [CASE-NAME...]
--shard K/N runs every Nth case starting at the Kth (1-based), so ctest can spread the corpus over
several processes: under AddressSanitizer the whole corpus takes longer than one test's timeout.
"""

import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

# --- file contents -------------------------------------------------------------------------------

DIR, FIFO = "<directory>", "<fifo>"


def symlink(target):
    return ("symlink", target)


# A complete meeting: the files that are only worth a warning load as a record.
MEETING = "title: Réunion test\norganisation: spc\nstart: 2025-01-01\nstatus: cancelled\n"


def billion_laughs(levels=9, width=10):
    lines = ["title: x", "a: &a [" + ",".join(['"lol"'] * width) + "]"]
    names = "abcdefghijklmnopqrstuvwxyz"
    for prev, cur in zip(names[: levels - 1], names[1:levels]):
        lines.append(f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * width) + "]")
    return "\n".join(lines) + "\n"


def nested_block_maps(depth=600):
    return "".join("  " * i + "a:" + (" x\n" if i == depth - 1 else "\n") for i in range(depth))


def huge_comments(size=5 * 1024 * 1024):
    line = "# " + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 2 + "\n"
    return "title: x\n" + line * (size // len(line) + 1)


# --- the cases -----------------------------------------------------------------------------------
# Paths are relative to the records folder; a bare name is a file under meetings/.
# loads: how many of the hostile files may still load as a record (YES, NO or MAYBE).
# where: the path the diagnostic must name; defaults to the first hostile file, None for a
# problem of the whole tree (then only the rule is checked).
YES, NO, MAYBE = {1}, {0}, {0, 1}
SAME = object()


@dataclass
class Case:
    name: str
    files: dict
    rule: str  # None: the tree is clean, expect exit 0 and no diagnostics
    loads: set = field(default_factory=lambda: NO)
    where: object = SAME
    forbidden: tuple = ()  # bytes that must never reach the output: they are outside the tree
    # Also run every listing command in every format, and look for raw controls in all of it.
    all_outputs: bool = False


CASES = [
    Case("baseline-clean", {}, None),
    Case("syntax-unclosed-flow", {"bad.yaml": "title: [unclosed\n"}, "yaml-syntax"),
    Case("syntax-unterminated-quote", {"bad.yaml": 'title: "abc\nstart: 2025-01-01\n'}, "yaml-syntax",
         MAYBE),
    Case("syntax-second-document", {"bad.yaml": "title: a\n---\ntitle: b\n"}, "yaml-syntax",
         MAYBE),
    Case("syntax-sequence-then-map", {"bad.yaml": "- a\nb: c\n"}, "yaml-syntax"),
    Case("syntax-tab-indent", {"bad.yaml": "title: x\nagenda:\n\t- item: a\n"}, "yaml-syntax"),
    Case("syntax-lone-comma", {"bad.yaml": ","}, "yaml-syntax"),  # LoadAll(",") never ends
    Case("duplicate-key", {"dup.yaml": "title: a\ntitle: b\n"}, "yaml-duplicate-key", MAYBE),
    Case("deep-flow-10000", {"deep.yaml": "title: x\nagenda: " + "[" * 10000 + "]" * 10000 + "\n"},
         "yaml-too-deep"),
    Case("deep-flow-unclosed", {"deep.yaml": "[" * 10000}, "yaml-too-deep"),
    Case("deep-block-600", {"deep.yaml": nested_block_maps(600)}, "yaml-too-deep"),
    Case("anchor-billion-laughs", {"bomb.yaml": billion_laughs()}, "yaml-anchor", MAYBE),
    Case("anchor-cycle", {"cycle.yaml": "title: x\nloop: &a [ *a ]\n"}, "yaml-anchor", MAYBE),
    Case("anchor-simple", {"alias.yaml": "x: &a 1\ny: *a\n"}, "yaml-anchor", MAYBE),
    Case("huge-file-5mb", {"huge.yaml": huge_comments()}, "file-too-large"),
    Case("huge-scalar-300kb", {"long.yaml": "title: " + "x" * (300 * 1024) + "\n"},
         "value-too-long", MAYBE),
    Case("invalid-utf8", {"latin1.yaml": b"title: caf\xe9\n"}, "file-encoding"),
    Case("nul-byte", {"nul.yaml": b"title: a\x00b\n"}, "file-encoding"),
    Case("utf16-le-bom", {"utf16.yaml": b"\xff\xfe" + "title: x\n".encode("utf-16-le")},
         "file-encoding"),
    Case("utf8-bom", {"bom.yaml": b"\xef\xbb\xbf" + MEETING.encode()}, "file-bom", YES),
    Case("crlf", {"crlf.yaml": MEETING.replace("\n", "\r\n")}, "file-line-endings", YES),
    Case("empty-file", {"empty.yaml": ""}, "file-empty"),
    Case("comment-only", {"comment.yaml": "# nothing here yet\n"}, "file-empty"),
    Case("sequence-document", {"list.yaml": "- a\n- b\n"}, "record-not-mapping"),
    Case("scalar-document", {"scalar.yaml": "hello\n"}, "record-not-mapping"),
    Case("directory-named-yaml", {"x.yaml": DIR}, "file-not-regular"),
    Case("fifo", {"f.yaml": FIFO}, "file-not-regular"),
    Case("symlink-loop", {"loop.yaml": symlink("loop.yaml")}, "file-unreadable"),
    Case("symlink-dangling", {"gone.yaml": symlink("nowhere.yaml")}, "file-unreadable"),
    Case("symlink-dir-cycle", {"up": symlink("..")}, "file-not-regular"),
    Case("misplaced-folder", {"organisation/typo.yaml": "name: Typo\nnc-status: member\n"},
         "file-misplaced", MAYBE),
    Case("other-extension", {"notes.txt": "some notes\n"}, "file-extension"),
    # Nothing outside the records tree is read or printed (docs/security.md).
    Case("symlink-out-of-root", {"x.yaml": symlink("../../secret.txt"),
                                 "../secret.txt": "TOKEN=hunter2\n"}, "file-outside-root",
         forbidden=(b"hunter2",)),
    Case("symlink-etc-passwd", {"p.yaml": symlink("/etc/passwd")}, "file-outside-root",
         forbidden=(b"root:x:0",)),
    Case("symlink-proc-environ", {"e.yaml": symlink("/proc/self/environ")}, "file-outside-root",
         forbidden=(b"PATH=",)),
    Case("symlink-folder-out-of-root", {"../elsewhere/m.yaml": "title: [leaked\n",
                                        "meetings/linked": symlink("../../elsewhere")},
         "file-outside-root", where="meetings/linked", forbidden=(b"leaked",)),
    # Followed and read: an organisation linked into meetings/ is recognised as misfiled.
    Case("symlink-inside-root", {"b.yaml": symlink("../organisations/spc.yaml")},
         "file-wrong-kind", NO),
    # No control character of a record reaches the terminal raw.
    Case("escape-sequences", {"c.yaml": MEETING.replace(
        "title: Réunion test", 'title: "\\e]0;PWNED\\a\\e[31mred"')}, "text-control-char", YES,
         all_outputs=True),
    Case("bidi-override", {"b.yaml": MEETING.replace("Réunion test", "abc\u202etxt.exe")},
         "text-control-char", YES, all_outputs=True),
    Case("c1-control", {"c1.yaml": MEETING + 'location: "Suva \\u009b31m"\n'},
         "text-control-char", YES, all_outputs=True),
    Case("bel-in-delegation", {"bel.yaml": MEETING + 'delegation:\n  - {person: "Jane\\a", '
                               "entity: scrre}\n"}, "text-control-char", YES, all_outputs=True),
    Case("del-in-title", {"del.yaml": MEETING.replace("Réunion test", "Réunion\x7ftest")},
         "text-control-char", YES, all_outputs=True),
    Case("overlong-line", {"l.yaml": "title: " + "x" * 200000 + " : y\n"}, "yaml-syntax",
         all_outputs=True),
    Case("folder-name-escape", {"meetings/\x1b[31mred\u202e\x07/m.yaml": MEETING},
         "text-control-char", where=None, all_outputs=True),
    Case("password-in-settings", {"./multilat.yaml": "mail:\n  smtp-password: hunter2-secret\n"},
         "secret-in-records", MAYBE, where="multilat.yaml", forbidden=(b"hunter2-secret",)),
    Case("settings-holiday-escape", {"./multilat.yaml": 'holidays:\n  - {date: 2026-12-24, '
                                     'name: "Veille \\e[2J"}\n'},
         "text-control-char", MAYBE, where="multilat.yaml", all_outputs=True),
]

# Every listing command in every format, over all time, with each item's file and line.
WHOLE_PERIOD = ["--from", "2000-01-01", "--to", "2100-12-31"]
LISTING_COMMANDS = [["summary"], ["summary", "--format", "json"], ["mail", "--lead-days", "all", "--sender", "m@example.org",
                                   "--recipient", "d@example.org", "--dry-run"],
                    ["mail", "--lead-days", "all", "--sender", "m@example.org",
                     "--recipient", "d@example.org"]] + [
    [command, *WHOLE_PERIOD, "-v", "--format", output_format]
    for command in ("deadlines", "agenda") for output_format in ("table", "md", "csv", "json", "ics")
] + [["list", "meetings", "--format", output_format] for output_format in ("table", "csv", "json")] + [
    # The organisation every hostile meeting points to: show lists them with their titles.
    ["show", "spc"], ["show", "spc", "--format", "json"]]

# What a terminal must never receive raw from a record: ESC, BEL, DEL, a C1 CSI, a bidi override.
RAW_CONTROLS = (b"\x1b", b"\x07", b"\x7f", "\u009b".encode(), "\u202e".encode())

# --- building a tree -----------------------------------------------------------------------------

BASE_TREE = {
    "organisations/spc.yaml":
        "name: {fr: Communauté du Pacifique, en: Pacific Community}\nnc-status: member\n",
    "entities/scrre.yaml": "name: Service de la coopération régionale\ntype: government-service\n",
}
BASE_RECORDS = len(BASE_TREE)
TIMEOUT_SECONDS = 30
MEMORY_LIMIT = 1 << 30  # 1 GiB of address space: an alias bomb must not get further
SANITIZER_MARKERS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:")


def rel_path(name):
    return name if "/" in name else "meetings/" + name


def create(records_dir, rel, content):
    path = os.path.join(records_dir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if content is DIR:
        os.mkdir(path)
    elif content is FIFO:
        os.mkfifo(path)
    elif isinstance(content, tuple):
        os.symlink(content[1], path)
    else:
        with open(path, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def build_tree(root, case):
    records_dir = os.path.join(root, "records")
    for rel, content in BASE_TREE.items():
        create(records_dir, rel, content)
    for name, content in case.files.items():
        create(records_dir, rel_path(name), content)
    os.makedirs(os.path.join(records_dir, "meetings"), exist_ok=True)
    return records_dir


# --- running -------------------------------------------------------------------------------------


def is_sanitized(binary):
    """AddressSanitizer reserves terabytes of address space, so it cannot run under RLIMIT_AS."""
    if os.environ.get("MULTILAT_SANITIZED"):
        return True
    with open(binary, "rb") as f:
        return b"__asan_init" in f.read()


def resource_limiter(cap_memory):
    def limit():
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if cap_memory:
            resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    return limit


def child_env():
    keep = ("PATH", "HOME", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.update(LANG="C.UTF-8", NO_COLOR="1")
    # Each malloc arena reserves 64 MiB of address space; keep them from eating the 1 GiB cap.
    env["MALLOC_ARENA_MAX"] = "2"
    return env


def run(binary, root, records_dir, cap_memory=True, output_format="json", command=None):
    args = [binary, "--records", records_dir, "--today", "2026-11-29"]
    args += command or ["check", "--strict", "--format", output_format]
    proc = subprocess.Popen(args, cwd=root, env=child_env(), stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=resource_limiter(cap_memory), start_new_session=True)
    try:
        out, err = proc.communicate(timeout=TIMEOUT_SECONDS)
        return proc.returncode, out, err, False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return proc.returncode, out, err, True


# --- judging -------------------------------------------------------------------------------------


def excerpt(data, limit=300):
    text = data.decode("utf-8", "backslashreplace").strip()
    return text if len(text) <= limit else text[:limit] + "..."


def process_problem(code, err, timed_out):
    if timed_out:
        return f"hang: no answer after {TIMEOUT_SECONDS} s"
    if code < 0:
        name = signal.Signals(-code).name if -code in signal.valid_signals() else -code
        return f"killed by signal {name}; stderr: {excerpt(err)}"
    text = err.decode("utf-8", "backslashreplace")
    for marker in SANITIZER_MARKERS:
        if marker in text:
            return f"sanitizer report: {excerpt(text[text.index(marker):].encode())}"
    return None


def parse_report(out):
    try:
        report = json.loads(out)
    except (ValueError, UnicodeDecodeError) as e:
        return None, f"stdout is not JSON ({e}): {excerpt(out)}"
    if not isinstance(report, dict) or not isinstance(report.get("diagnostics"), list):
        return None, f"JSON has no diagnostics array: {excerpt(out)}"
    if not isinstance(report.get("records"), int):
        return None, f"JSON has no integer 'records': {excerpt(out)}"
    return report, None


def names_file(diagnostic, target):
    path = str(diagnostic.get("file", ""))
    return path == target or path.endswith("/" + target)


def short_path(path):
    path = str(path)
    at = path.rfind("records/")
    return path[at:] if at >= 0 else path


def summarize(diagnostics):
    seen = dict.fromkeys(f"{d.get('rule')}@{short_path(d.get('file'))}" for d in diagnostics)
    return ", ".join(list(seen)[:8]) or "none"


def diagnostic_problem(case, diagnostics):
    where = rel_path(next(iter(case.files))) if case.where is SAME else case.where
    target = None if where is None else "records/" + where
    found = [d for d in diagnostics if d.get("rule") == case.rule
             and (target is None or names_file(d, target))]
    if not found:
        on = "" if target is None else f" on {target}"
        return f"no [{case.rule}] diagnostic{on}; got: {summarize(diagnostics)}"
    followed = [d for d in diagnostics if "/up/" in str(d.get("file", ""))]
    if followed:  # a directory symlink was walked into
        return f"walked through a directory symlink: {summarize(followed)}"
    return None


def judge(case, code, out):
    report, problem = parse_report(out)
    if problem:
        return f"exit {code}; {problem}"
    diagnostics = report["diagnostics"]
    if case.rule is None:
        if code != 0 or diagnostics:
            return f"clean tree gave exit {code}, diagnostics: {summarize(diagnostics)}"
    elif code != 1:
        return f"exit code {code}, expected 1; diagnostics: {summarize(diagnostics)}"
    else:
        problem = diagnostic_problem(case, diagnostics)
        if problem:
            return problem
    allowed = sorted(BASE_RECORDS + n for n in case.loads)
    if report["records"] not in allowed:
        return f"records = {report['records']}, expected {' or '.join(map(str, allowed))}"
    return None


def leak_problem(case, outputs):
    for name, data in outputs:
        for raw in RAW_CONTROLS:
            if raw in data:
                return f"{name} holds a raw control character {raw!r}: {excerpt(data)}"
        for secret in case.forbidden:
            if secret in data:
                return f"{name} shows {secret!r}, which lies outside the records tree"
    return None


def run_case(binary, case, cap_memory):
    with tempfile.TemporaryDirectory(prefix="multilat-hostile-") as root:
        records_dir = build_tree(root, case)
        code, out, err, timed_out = run(binary, root, records_dir, cap_memory)
        problem = process_problem(code, err, timed_out) or judge(case, code, out)
        if problem:
            return problem
        outputs = [("json stdout", out), ("json stderr", err)]
        for output_format in ("text", "github"):
            _, text_out, text_err, _ = run(binary, root, records_dir, cap_memory, output_format)
            outputs += [(f"{output_format} stdout", text_out), (f"{output_format} stderr", text_err)]
        if case.all_outputs:
            for command in LISTING_COMMANDS:
                code, out, err, timed_out = run(binary, root, records_dir, cap_memory,
                                                command=command)
                name = " ".join(command)
                problem = process_problem(code, err, timed_out)
                if problem or code not in (0, 1):
                    return f"`{name}`: {problem or f'exit {code}: {excerpt(err)}'}"
                outputs += [(f"`{name}` stdout", out), (f"`{name}` stderr", err)]
    return leak_problem(case, outputs)


def main(argv):
    if len(argv) < 2:
        print("usage: run_hostile.py BINARY [--shard K/N] [CASE-NAME...]", file=sys.stderr)
        return 2
    binary, rest = os.path.abspath(argv[1]), argv[2:]
    shard, shards = 1, 1
    if rest[:1] == ["--shard"] and len(rest) >= 2:
        shard, shards = (int(n) for n in rest[1].split("/"))
        rest = rest[2:]
    only = set(rest)
    unknown = only - {c.name for c in CASES}
    if unknown:
        print(f"run_hostile.py: no such case: {', '.join(sorted(unknown))}", file=sys.stderr)
        return 2
    cases = [c for c in CASES if not only or c.name in only][shard - 1::shards]
    cap_memory = not is_sanitized(binary)
    failed = 0
    for case in cases:
        problem = run_case(binary, case, cap_memory)
        failed += problem is not None
        print(f"FAIL {case.name}: {problem}" if problem else f"ok {case.name}", flush=True)
    print(f"{len(cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
