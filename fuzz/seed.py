#!/usr/bin/python3
"""Writes the seed inputs of each fuzz target into OUT/<target>/: the shipped records, the
records of the test fixtures, and the hostile corpus of tests/hostile. Also writes OUT/records.dict,
a libFuzzer dictionary of the schema's keys and values, from `multilat schema` (JSON).

Usage: seed.py REPO_ROOT OUT SCHEMA_JSON
"""
import glob
import hashlib
import json
import os
import sys

FOLDERS = {"organisation": "organisations", "entity": "entities", "meeting": "meetings",
           "prospect": "prospects"}
MAX_SEED = 64 * 1024  # libFuzzer mutates small inputs best; huge hostile files add nothing


def write_seed(folder, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if not isinstance(data, bytes) or len(data) > MAX_SEED:
        return
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def record_files(root, folder):
    patterns = [f"{root}/records/{folder}/**/*.y*ml", f"{root}/tests/**/records/{folder}/**/*.y*ml"]
    for pattern in patterns:
        yield from glob.glob(pattern, recursive=True)


def hostile_contents(root):
    sys.path.insert(0, os.path.join(root, "tests", "hostile"))
    import run_hostile  # noqa: E402  (the corpus is defined there, once)
    for case in run_hostile.CASES:
        for content in case.files.values():
            if isinstance(content, (str, bytes)):
                yield content


def dictionary(schema_path):
    """Every key and every allowed value of every kind, quoted as libFuzzer wants."""
    with open(schema_path, encoding="utf-8") as f:
        schemas = json.load(f)
    words = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                words.add(key + ":")
                walk(value)
            for value in node.get("enum", []):
                if isinstance(value, str):
                    words.add(value)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schemas)
    words |= {"- ", "{fr: ", "en: ", "2026-02-30", "2026-11-29", "15d", "6w", "3m", "1y", "XPF"}
    return sorted(words)


def main(argv):
    root, out, schema_path = argv[1], argv[2], argv[3]
    hostile = list(hostile_contents(root))
    for kind, folder in FOLDERS.items():
        for path in record_files(root, folder):
            with open(path, "rb") as f:
                write_seed(os.path.join(out, kind), f.read())
        for content in hostile:
            write_seed(os.path.join(out, kind), content)
    for path in glob.glob(f"{root}/**/multilat.yaml", recursive=True):
        with open(path, "rb") as f:
            write_seed(os.path.join(out, "settings"), f.read())
    for value in ["2026-02-29", "2024-02-29", "0000-01-01", "15d", "every-2-years", "1200000.50",
                  "XPF", "name@example.org", "https://spc.int", "crga-55", "\u202e\x1b[31m"]:
        write_seed(os.path.join(out, "values"), value)
    with open(os.path.join(out, "records.dict"), "w", encoding="utf-8") as f:
        for word in dictionary(schema_path):
            f.write(json.dumps(word, ensure_ascii=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
