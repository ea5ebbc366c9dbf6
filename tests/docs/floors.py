#!/usr/bin/python3
"""The rooms of src/ include only rooms on a lower floor, as docs/architecture.md's table says.

Reads the "Floors" table of docs/architecture.md (floor | rooms) and every `#include "room/..."`
in src/, and fails on an include that points to a room on the same floor or above, or on a room
that the table does not place.

Usage: floors.py SOURCE_DIR
"""

import os
import re
import sys


def floors(architecture):
    table, inside = {}, False
    for line in open(architecture, encoding="utf-8"):
        if line.startswith("## "):
            inside = line.strip() == "## Floors"
            continue
        if inside and (m := re.match(r"\| (\d+) \| (.+) \|", line)):
            for room in m.group(2).split(","):
                table[room.strip().removesuffix(".cpp")] = int(m.group(1))
    return table


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    root = argv[1]
    floor_of = floors(os.path.join(root, "docs", "architecture.md"))
    src = os.path.join(root, "src")
    problems = []
    for folder, _, files in sorted(os.walk(src)):
        for name in sorted(files):
            if not name.endswith((".cpp", ".h")):
                continue
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, src)
            room = relative.split("/")[0] if "/" in relative else relative.removesuffix(".cpp")
            if room not in floor_of:
                problems.append(f"{relative}: the room {room} has no floor in docs/architecture.md")
                continue
            for number, line in enumerate(open(path, encoding="utf-8"), 1):
                m = re.match(r'#include "([a-z0-9_]+)/', line)
                if not m or m.group(1) == room:
                    continue
                target = m.group(1)
                if target not in floor_of:
                    problems.append(f"src/{relative}:{number}: includes {target}/, which has no floor")
                elif floor_of[target] >= floor_of[room]:
                    problems.append(f"src/{relative}:{number}: {room} (floor {floor_of[room]}) includes "
                                    f"{target} (floor {floor_of[target]})")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} include(s) against the floors of docs/architecture.md")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
