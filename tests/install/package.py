#!/usr/bin/python3
"""Builds the Debian package with cpack into a scratch folder, reads its control fields, extracts
it into a scratch root with dpkg-deb -x, and runs the extracted binary: --version, and a report
whose template is found under the scratch root's usr/share/multilat/templates (a marker added
there must show in the report, which the source tree's template lacks). Then the same for
`cmake --install --prefix`, the rule behind `make install PREFIX=...`. The package must pass
`lintian --fail-on error,warning`, ship a DEP-5 copyright file and changelog.gz, and its gzip files
must be reproducible (no name, time stamp 0) and maximally compressed, as lintian asks.

Usage: package.py BUILD_DIR RECORDS
"""
import glob
import gzip
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


def check_gzip(path):
    """Debian's way: gzip -9n, so no file name, a zero time stamp and XFL 2 (best compression)."""
    if not os.path.isfile(path):
        return check(f"{path} exists", False)
    with open(path, "rb") as f:
        header = f.read(10)
    check(f"{path} is gzip", header[:3] == b"\x1f\x8b\x08", repr(header))
    check(f"{path} has no file name in its gzip header", len(header) == 10 and not header[3] & 0x08)
    check(f"{path} has gzip time stamp 0", header[4:8] == b"\0\0\0\0", repr(header[4:8]))
    check(f"{path} is gzip -9", header[8:9] == b"\x02", repr(header[8:9]))


def try_installed(prefix, records, work):
    """Runs <prefix>/bin/multilat from an unrelated folder, with a marked template."""
    binary = os.path.join(prefix, "bin", "multilat")
    env = {"PATH": "/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8", "NO_COLOR": "1"}
    version = run([binary, "--version"], env=env, cwd=work)
    check(f"{binary} --version", VERSION.match(version.stdout), repr(version.stdout + version.stderr))
    check_gzip(os.path.join(prefix, "share/man/man1/multilat.1.gz"))
    for path in ("share/man/man1/multilat.1.gz", "share/bash-completion/completions/multilat",
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


def cache_value(build, name):
    """The value of NAME in BUILD's CMakeCache.txt ("NAME:TYPE=value")."""
    with open(os.path.join(build, "CMakeCache.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith(name + ":"):
                return line.rstrip("\n").split("=", 1)[1]
    return None


def check_doc_files(root, fields):
    """usr/share/doc/multilat: the DEP-5 copyright file and the native package's changelog.gz."""
    doc = os.path.join(root, "usr/share/doc/multilat")
    copyright_path = os.path.join(doc, "copyright")
    text = open(copyright_path, encoding="utf-8").read() if os.path.isfile(copyright_path) else ""
    check("copyright starts with the DEP-5 Format line",
          text.startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"), text[:200])
    check("copyright names the Maintainer", f"Upstream-Contact: {fields['Maintainer']}\n" in text, text[:400])
    changelog = os.path.join(doc, "changelog.gz")
    check_gzip(changelog)
    if os.path.isfile(changelog):
        with gzip.open(changelog, "rt", encoding="utf-8") as f:
            first = f.readline()
        check("changelog.gz starts with the version", first.startswith(f"multilat ({fields['Version']}) "), first)


def run_lintian(deb):
    """lintian --fail-on error,warning, with the package's own documented overrides only."""
    if not shutil.which("lintian"):
        print("SKIP lintian: not installed (make deps installs it; or apt-get install lintian)")
        return
    linted = run(["lintian", "--fail-on", "error,warning", deb])
    check(f"lintian --fail-on error,warning: exit {linted.returncode}", linted.returncode == 0,
          linted.stdout + linted.stderr)


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
    for name, variable in (("Maintainer", "MULTILAT_MAINTAINER"), ("Homepage", "MULTILAT_HOMEPAGE")):
        expected = cache_value(build, variable)
        check(f"control field {name} is {variable}", fields[name] == expected, f"{fields[name]!r} != {expected!r}")
    check("Depends does not need git", not re.search(r"(^|, )git( |,|$)", fields["Depends"]), fields["Depends"])
    root = os.path.join(work, "root")
    run(["dpkg-deb", "-x", debs[0], root])
    binary = os.path.join(root, "usr/bin/multilat")
    described = run(["file", "-b", binary]).stdout
    check("the packaged binary is a stripped ELF", "ELF" in described and "not stripped" not in described, described)
    check_doc_files(root, fields)
    run_lintian(debs[0])
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
