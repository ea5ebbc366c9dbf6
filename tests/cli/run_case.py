#!/usr/bin/python3
"""Runs one CLI golden case (tests/cli/<command>/<case>/) and compares its output exactly.

Usage: run_case.py BINARY CASEDIR
With UPDATE_EXPECTED=1 in the environment, writes the actual output into the case instead.
See tests/cli/README.md for the layout of a case.
"""

import difflib
import os
import shutil
import signal
import subprocess
import sys
import tempfile

TIMEOUT_SECONDS = 60
# Files that describe the case; everything else in CASEDIR is a fixture for the command.
CONTROL_FILES = {"cmd", "env", "stdin", "stdout", "stderr", "exit", "cwd"}
# Sanitizer settings pass through so that `make test-sanitize` still aborts on the first report.
PASSTHROUGH_VARS = ("PATH", "HOME", "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS")
# Written in place of the temporary working directory, should a path to it show in the output.
CASEDIR_TOKEN = b"<casedir>"


class CaseError(Exception):
    """The case itself is malformed (not a failure of the binary)."""


def read_bytes(path, default=None):
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return default


def read_lines(path):
    data = read_bytes(path, b"").decode("utf-8")
    return [line.rstrip("\r") for line in data.split("\n")]


def read_args(case_dir):
    path = os.path.join(case_dir, "cmd")
    if not os.path.isfile(path):
        raise CaseError(f"{path}: missing (one argument per line)")
    return [line for line in read_lines(path) if line.strip()]


def build_env(case_dir):
    env = {k: os.environ[k] for k in PASSTHROUGH_VARS if k in os.environ}
    env.setdefault("PATH", "/usr/local/bin:/usr/bin:/bin")
    env.setdefault("HOME", "/")
    env["LANG"] = "C.UTF-8"
    env["NO_COLOR"] = "1"
    for number, line in enumerate(read_lines(os.path.join(case_dir, "env")), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition("=")
        if not sep or not key.strip():
            raise CaseError(f"env:{number}: expected KEY=VALUE, got {line!r}")
        env[key.strip()] = value
    return env


def copy_fixtures(case_dir, work_dir):
    """Copies the fixtures so the command can neither write into the source tree nor find the
    repository's own records/ by walking up from its working directory."""
    for name in sorted(os.listdir(case_dir)):
        if name in CONTROL_FILES:
            continue
        src, dst = os.path.join(case_dir, name), os.path.join(work_dir, name)
        if os.path.isdir(src) and not os.path.islink(src):
            shutil.copytree(src, dst, symlinks=True)
        else:
            shutil.copy2(src, dst, follow_symlinks=False)


def run_binary(binary, args, work_dir, env, stdin_data):
    proc = subprocess.Popen(
        [binary, *args], cwd=work_dir, env=env, start_new_session=True,
        stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        out, err = proc.communicate(stdin_data, timeout=TIMEOUT_SECONDS)
        return proc.returncode, out, err, False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return proc.returncode, out, err, True


def normalise(data, work_dir):
    for path in {work_dir, os.path.realpath(work_dir)}:
        data = data.replace(os.fsencode(path), CASEDIR_TOKEN)
    return data


def signal_name(returncode):
    try:
        return f"{signal.Signals(-returncode).name} ({-returncode})"
    except ValueError:
        return f"signal {-returncode}"


def diff_lines(data):
    lines = data.decode("utf-8", errors="backslashreplace").splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n\\ No newline at end of file\n"
    return lines


def show_diff(name, expected, actual):
    sys.stdout.writelines(difflib.unified_diff(
        diff_lines(expected), diff_lines(actual), f"expected/{name}", f"actual/{name}"))


def read_cwd(case_dir):
    """The folder, relative to the fixtures, to run the command in ("." without a cwd file)."""
    lines = read_lines(os.path.join(case_dir, "cwd"))
    return lines[0] if lines else "."


def parse_exit(case_dir):
    text = read_bytes(os.path.join(case_dir, "exit"))
    if text is None:
        raise CaseError(f"{case_dir}/exit: missing; bless the case with UPDATE_EXPECTED=1")
    try:
        return int(text.decode().strip())
    except ValueError:
        raise CaseError(f"{case_dir}/exit: not an exit code: {text!r}") from None


def bless(case_dir, code, out, err):
    with open(os.path.join(case_dir, "exit"), "w") as f:
        f.write(f"{code}\n")
    with open(os.path.join(case_dir, "stdout"), "wb") as f:
        f.write(out)
    stderr_path = os.path.join(case_dir, "stderr")
    if err:
        with open(stderr_path, "wb") as f:
            f.write(err)
    elif os.path.exists(stderr_path):
        os.remove(stderr_path)  # a missing stderr file means empty stderr


def compare(case_dir, code, out, err):
    """Returns the list of mismatches, printing a diff for each output that differs."""
    problems = []
    expected_code = parse_exit(case_dir)
    if code != expected_code:
        problems.append(f"exit code {code}, expected {expected_code}")
    for name, actual in (("stdout", out), ("stderr", err)):
        expected = read_bytes(os.path.join(case_dir, name), b"")
        if actual != expected:
            problems.append(f"{name} differs")
            show_diff(name, expected, actual)
    return problems


def run_case(binary, case_dir):
    args, env = read_args(case_dir), build_env(case_dir)
    stdin_data = read_bytes(os.path.join(case_dir, "stdin"))
    with tempfile.TemporaryDirectory(prefix="multilat-case-") as work_dir:
        copy_fixtures(case_dir, work_dir)
        run_dir = os.path.join(work_dir, read_cwd(case_dir))
        code, out, err, timed_out = run_binary(binary, args, run_dir, env, stdin_data)
        out, err = normalise(out, work_dir), normalise(err, work_dir)
    print("$ multilat " + " ".join(args))
    if timed_out:
        return [f"timed out after {TIMEOUT_SECONDS} s (a hang)"], out, err
    if code < 0:
        return [f"killed by {signal_name(code)}"], out, err
    if os.environ.get("UPDATE_EXPECTED") == "1":
        bless(case_dir, code, out, err)
        print(f"blessed {case_dir}: exit {code}")
        return [], out, err
    return compare(case_dir, code, out, err), out, err


def main(argv):
    if len(argv) != 3:
        print("usage: run_case.py BINARY CASEDIR", file=sys.stderr)
        return 2
    binary, case_dir = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    try:
        problems, out, err = run_case(binary, case_dir)
    except CaseError as e:
        print(f"FAIL {case_dir}: bad case: {e}")
        return 1
    if problems:
        if any(p.startswith(("killed", "timed out")) for p in problems):
            sys.stdout.write("--- stderr ---\n" + err.decode("utf-8", "backslashreplace"))
        print(f"FAIL {case_dir}: " + "; ".join(problems))
        return 1
    print(f"ok {case_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
