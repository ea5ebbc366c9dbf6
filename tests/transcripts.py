"""Scenario transcripts compared byte for byte with expected files: the shared runner of the
end-to-end scripts (tests/git/git_review.py, tests/scaffold/new_and_init.py).

Each scenario gets a fresh temporary folder and returns its transcript; the folder's path is
replaced with `placeholder`. With UPDATE_EXPECTED=1 the transcripts are written as the new
expected files instead of being compared.
"""

import difflib
import os
import shutil
import sys
import tempfile


def run_scenarios(scenarios, names, make_context, expected_dir, placeholder, prefix):
    """Runs each named scenario on make_context(folder); returns 0 when all match, else 1."""
    failures = 0
    for name in names or list(scenarios):
        work = tempfile.mkdtemp(prefix=prefix)
        try:
            output = scenarios[name](make_context(work)).replace(work, placeholder)
        finally:
            shutil.rmtree(work)
        expected_path = os.path.join(expected_dir, f"{name}.txt")
        if os.environ.get("UPDATE_EXPECTED") == "1":
            os.makedirs(expected_dir, exist_ok=True)
            with open(expected_path, "w", encoding="utf-8") as f:
                f.write(output)
            print(f"wrote {expected_path}")
            continue
        with open(expected_path, encoding="utf-8") as f:
            expected = f.read()
        if output == expected:
            print(f"ok   {name}")
            continue
        failures += 1
        sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), output.splitlines(True),
                                                   f"expected/{name}", f"actual/{name}"))
        print(f"FAIL {name}")
    return 1 if failures else 0
