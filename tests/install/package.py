#!/usr/bin/python3
"""Builds the Debian package with cpack into a scratch folder, reads its control fields, extracts
it into a scratch root with dpkg-deb -x, and runs the extracted binary: --version, and a report
whose template is found under the scratch root's usr/share/multilat/templates (a marker added
there must show in the report, which the source tree's template lacks). Then the same for
`cmake --install --prefix`, the rule behind `make install PREFIX=...`.

Usage: package.py BUILD_DIR RECORDS
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

FAILURES = []
MARKER = "MARKER-FROM-THE-INSTALLED-TEMPLATE"
VERSION = re.compile(r"^multilat \d+\.\d+\.\d+ \(commit ([^ )]*-g)?[0-9a-f]{7,}(-dirty)?\)\n$")


def run(argv, **kw):
    return subprocess.run(argv, capture_output=True, text=True, timeout=300, **kw)


def check(what, ok, detail=""):
    if not ok:
        FAILURES.append(f"{what} {detail}".strip())


def try_installed(prefix, records, work):
    """Runs <prefix>/bin/multilat from an unrelated folder, with a marked template."""
    binary = os.path.join(prefix, "bin", "multilat")
    env = {"PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8", "NO_COLOR": "1"}
    version = run([binary, "--version"], env=env, cwd=work)
    check(f"{binary} --version", VERSION.match(version.stdout), repr(version.stdout + version.stderr))
    for path in ("share/man/man1/multilat.1", "share/bash-completion/completions/multilat",
                 "share/zsh/vendor-completions/_multilat", "share/fish/vendor_completions.d/multilat.fish",
                 "share/multilat/templates/reports/org.md.mustache"):
        check(f"installed {path}", os.path.isfile(os.path.join(prefix, path)))
    template = os.path.join(prefix, "share/multilat/templates/reports/org.md.mustache")
    if not os.path.isfile(template):
        return
    with open(template, "a", encoding="utf-8") as f:
        f.write(f"\n{MARKER}\n")
    report = run([binary, "--records", records, "--lang", "en", "--today", "2026-11-29", "report", "org", "spc",
                  "--format", "md"], env=env, cwd=work)
    check(f"{binary} report org spc: exit {report.returncode}", report.returncode == 0, report.stderr)
    check(f"{binary} report org spc: uses {template}", MARKER in report.stdout)
    listed = run([binary, "--records", records, "--lang", "en", "report", "--list"], env=env, cwd=work)
    check(f"{binary} report --list: exit {listed.returncode}", listed.returncode == 0, listed.stderr)


def check_package(build, records, work):
    made = run(["cpack", "-G", "DEB", "-B", os.path.join(work, "deb"), "--config",
                os.path.join(build, "CPackConfig.cmake")], cwd=build)
    debs = glob.glob(os.path.join(work, "deb", "multilat_*_*.deb"))
    check("cpack made one multilat_VERSION_ARCH.deb", made.returncode == 0 and len(debs) == 1,
          made.stdout[-2000:] + made.stderr[-2000:])
    if not debs:
        return
    fields = {}
    for name in ("Package", "Version", "Architecture", "Maintainer", "Section", "Homepage", "Description", "Depends"):
        fields[name] = run(["dpkg-deb", "-f", debs[0], name]).stdout.strip()
        check(f"control field {name}", fields[name] != "")
    for library in ("libgit2", "libyaml-cpp", "libfmt", "libvmime", "libical", "libdate-tz", "libstdc++6",
                    "tzdata"):
        check(f"Depends names {library}", library in fields["Depends"], fields["Depends"])
    check("Depends does not need git", not re.search(r"(^|, )git( |,|$)", fields["Depends"]), fields["Depends"])
    root = os.path.join(work, "root")
    run(["dpkg-deb", "-x", debs[0], root])
    binary = os.path.join(root, "usr/bin/multilat")
    described = run(["file", "-b", binary]).stdout
    check("the packaged binary is a stripped ELF", "ELF" in described and "not stripped" not in described, described)
    try_installed(os.path.join(root, "usr"), records, work)


def check_install_prefix(build, records, work):
    prefix = os.path.join(work, "prefix")
    done = run(["cmake", "--install", build, "--prefix", prefix])
    check(f"cmake --install --prefix: exit {done.returncode}", done.returncode == 0, done.stderr)
    try_installed(prefix, records, work)


def main(argv):
    build, records = os.path.abspath(argv[1]), os.path.abspath(argv[2])
    with tempfile.TemporaryDirectory(prefix="multilat-package-") as work:
        check_package(build, records, work)
        check_install_prefix(build, records, work)
        shutil.rmtree(work, ignore_errors=True)
    for failure in FAILURES:
        print("FAIL", failure)
    print(f"{len(FAILURES)} failed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
