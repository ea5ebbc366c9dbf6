#!/usr/bin/python3
"""Golden files for `multilat report`: one report, in both languages and every format, over the
fixture records of tests/report/records with a fixed --today. Each output is compared byte for
byte with tests/report/expected/<report>.<lang>.<format>.

Usage: run_goldens.py BINARY REPORT [ARG...] [--golden-name NAME]
(NAME names the expected files when one report is tested with several arguments.)
With UPDATE_EXPECTED=1 in the environment, writes the outputs instead.
"""

import difflib
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = "2026-12-03"


def main(argv):
    if len(argv) < 3:
        print(__doc__)
        return 2
    binary, report, args = argv[1], argv[2], argv[3:]
    golden = report
    if "--golden-name" in args:
        at = args.index("--golden-name")
        golden = args[at + 1]
        args = args[:at] + args[at + 2:]
    failures = 0
    for lang in ("fr", "en"):
        for fmt in ("md", "html", "txt"):
            name = f"{golden}.{lang}.{fmt}"
            cmd = [binary, "--today", TODAY, "--lang", lang, "--records",
                   os.path.join(HERE, "records"), "report", report, *args, "--format", fmt]
            env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "NO_COLOR": "1", "HOME": "/"}
            for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", "MULTILAT_TEMPLATES"):
                if key in os.environ:
                    env[key] = os.environ[key]
            result = subprocess.run(cmd, capture_output=True, env=env, timeout=60)
            if result.returncode != 0:
                print(f"FAIL {name}: exit {result.returncode}\n{result.stderr.decode()}")
                failures += 1
                continue
            path = os.path.join(HERE, "expected", name)
            if os.environ.get("UPDATE_EXPECTED") == "1":
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as f:
                    f.write(result.stdout)
                continue
            try:
                with open(path, "rb") as f:
                    expected = f.read()
            except FileNotFoundError:
                print(f"FAIL {name}: no {path}; bless with UPDATE_EXPECTED=1")
                failures += 1
                continue
            if result.stdout != expected:
                failures += 1
                print(f"FAIL {name}: output differs")
                sys.stdout.writelines(difflib.unified_diff(
                    expected.decode().splitlines(True), result.stdout.decode().splitlines(True),
                    f"expected/{name}", f"actual/{name}"))
            else:
                print(f"ok   {name}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
