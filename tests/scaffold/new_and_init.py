#!/usr/bin/python3
"""`multilat init` and `multilat new` end to end: each scenario works in a fresh temporary
folder, runs the commands a new user would, and writes a transcript (commands, outputs, exit
codes, the files written) compared byte for byte with tests/scaffold/expected/<scenario>.txt
(UPDATE_EXPECTED=1 rewrites them). Prompts are answered through a real pseudo-terminal.

Usage: new_and_init.py BINARY [SCENARIO...]
"""

import os
import pty
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from transcripts import run_scenarios  # noqa: E402
TODAY = "2026-11-29"


class Desk:
    def __init__(self, binary, path):
        self.binary, self.path = binary, path
        self.env = {"PATH": "/usr/bin:/bin", "HOME": path, "LANG": "C.UTF-8", "NO_COLOR": "1",
                    "MULTILAT_TODAY": TODAY}
        for key in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
            if key in os.environ:
                self.env[key] = os.environ[key]

    def run(self, *args, cwd=None, env=None):
        result = subprocess.run([self.binary, *args], cwd=cwd or self.path, env=dict(self.env, **(env or {})),
                                capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
        text = f"$ multilat {' '.join(args)}\n{result.stdout}"
        if result.stderr:
            text += f"[stderr]\n{result.stderr}"
        return text + f"[exit {result.returncode}]\n\n"

    def run_on_terminal(self, answers, *args, cwd=None):
        """Runs with stdin and stdout on a pseudo-terminal, typing `answers` one line each."""
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(cwd or self.path)
            os.execve(self.binary, [self.binary, *args], self.env)
        output = b""
        pending = list(answers)
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
            if output.rstrip().endswith(b":") and pending:
                os.write(fd, (pending.pop(0) + "\n").encode())
        _, status = os.waitpid(pid, 0)
        text = output.decode().replace("\r\n", "\n")
        return f"$ multilat {' '.join(args)}   (on a terminal)\n{text}[exit {os.waitstatus_to_exitcode(status)}]\n\n"

    def show_file(self, rel):
        with open(os.path.join(self.path, rel), encoding="utf-8") as f:
            return f"--- {rel}\n{f.read()}---\n\n"

    def tree(self, rel="."):
        names = []
        for root, dirs, files in os.walk(os.path.join(self.path, rel)):
            dirs.sort()
            for name in sorted(files):
                names.append(os.path.relpath(os.path.join(root, name), self.path))
        return "files:\n" + "".join(f"  {n}\n" for n in sorted(names)) + "\n"


def scenario_init(desk):
    out = desk.run("init", "pole")
    out += desk.tree()
    out += desk.show_file("pole/records/multilat.yaml")
    out += desk.show_file("pole/.vscode/settings.json")
    out += desk.run("check", cwd=os.path.join(desk.path, "pole"))
    # A second run never touches the records.
    out += desk.run("init", "pole")
    # Another folder with a README already: it is kept.
    os.makedirs(os.path.join(desk.path, "other"))
    with open(os.path.join(desk.path, "other", "README.md"), "w", encoding="utf-8") as f:
        f.write("ours\n")
    out += desk.run("--lang", "en", "init", "other")
    out += desk.show_file("other/README.md")
    out += desk.show_file("other/records/multilat.yaml")
    return out


def scenario_new(desk):
    out = desk.run("init", ".")
    out += desk.run("new", "entity", "scrre", "--name", "Service de la coopération régionale",
                    "--type", "government-service")
    out += desk.run("new", "organisation", "spc", "--name", "Communauté du Pacifique",
                    "--nc-status", "member", "--focal-point", "scrre", "--tags", "crop, pacifique")
    out += desk.run("new", "meeting", "crga-58", "--title", "58e réunion du CRGA : budget", "--organisation", "spc",
                    "--start", "2028-10-10", "--status", "planned")
    out += desk.run("new", "prospect", "spc-data", "--title", "Convention sur les données", "--partner", "spc",
                    "--lead", "scrre", "--stage", "idea", "--stage-since", "2026-11-20")
    # A mapping (the entity's focal point) is given part by part.
    out += desk.run("new", "entity", "dass", "--name", "Direction des affaires sanitaires et sociales",
                    "--type", "government-service", "--focal-point-person", "Directrice",
                    "--focal-point-email", "dass@example.nc")
    for rel in ("records/entities/scrre.yaml", "records/organisations/spc.yaml",
                "records/meetings/2028/crga-58.yaml", "records/prospects/spc-data.yaml",
                "records/entities/dass.yaml"):
        out += desk.show_file(rel)
    out += desk.run("check")
    return out


def scenario_refusals(desk):
    out = desk.run("init", ".")
    out += desk.run("new", "organisation", "spc", "--name", "Communauté du Pacifique", "--nc-status", "member")
    # An unknown reference: refused, nothing written.
    out += desk.run("new", "meeting", "crga-58", "--title", "CRGA", "--organisation", "spcc",
                    "--start", "2028-10-10", "--status", "planned")
    out += desk.tree("records/meetings")
    # The same id again, of the same kind and of another.
    out += desk.run("new", "organisation", "spc", "--name", "Autre", "--nc-status", "member")
    out += desk.run("new", "entity", "spc", "--name", "Autre", "--type", "government")
    # A file already there under that name, though no record loads from it.
    with open(os.path.join(desk.path, "records", "entities", "dass.yaml"), "w", encoding="utf-8") as f:
        f.write("not: [a record\n")
    out += desk.run("new", "entity", "dass", "--name", "DASS", "--type", "government-service")
    out += desk.show_file("records/entities/dass.yaml")
    # Not on a terminal, a missing required field is named, not asked for.
    out += desk.run("new", "meeting", "crga-59", "--title", "CRGA")
    out += desk.run("new", "entity", "dimenc", "--name", "DIMENC", "--type", "government-service", "--stage", "idea")
    # An entity's focal point is a mapping: the message names the flags of its parts.
    out += desk.run("new", "entity", "dimenc", "--name", "DIMENC", "--type", "government-service",
                    "--focal-point", "scrre")
    # One part given: the mapping's required part is asked for, here named.
    out += desk.run("new", "entity", "dimenc", "--name", "DIMENC", "--type", "government-service",
                    "--focal-point-email", "dimenc@example.nc")
    out += desk.run("new", "entity", "Bad_Id", "--name", "x", "--type", "government")
    out += desk.run("new", "meting", "x")
    out += desk.run("new", "meeting", "crga-59", "--title", "CRGA", "--organisation", "spc", "--start", "2028-02-30",
                    "--status", "planned")
    return out


def scenario_prompt_and_edit(desk):
    out = desk.run("init", ".")
    out += desk.run("new", "organisation", "spc", "--name", "Communauté du Pacifique", "--nc-status", "member")
    out += desk.run_on_terminal(["Atelier statistique", "spc", "2027-03-09", "confirmed"], "new", "meeting", "stats-2027")
    out += desk.show_file("records/meetings/2027/stats-2027.yaml")
    # --edit: the editor (a script here) adds a field; the file is checked again after it.
    editor = os.path.join(desk.path, "editor.sh")
    with open(editor, "w", encoding="utf-8") as f:
        f.write('#!/bin/sh\nprintf "end: 2027-03-01\\n" >> "$1"\n')
    os.chmod(editor, 0o755)
    out += desk.run("new", "meeting", "stats-2027b", "--title", "Atelier", "--organisation", "spc",
                    "--start", "2027-03-09", "--status", "planned", "--edit", env={"EDITOR": editor})
    out += desk.run("new", "meeting", "stats-2027c", "--title", "Atelier", "--organisation", "spc",
                    "--start", "2027-03-09", "--status", "planned", "--edit", env={"EDITOR": "false"})
    return out


SCENARIOS = {"init": scenario_init, "new": scenario_new, "refusals": scenario_refusals,
             "prompt-and-edit": scenario_prompt_and_edit}


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(argv[1])
    return run_scenarios(SCENARIOS, argv[2:], lambda work: Desk(binary, work), os.path.join(HERE, "expected"),
                         "<desk>", "multilat-scaffold-")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
