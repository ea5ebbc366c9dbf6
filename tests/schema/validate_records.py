#!/usr/bin/python3
"""Validates every shipped record against the JSON Schema that `multilat schema` exports.

Usage: validate_records.py BINARY RECORDS_DIR

The schemas are exported with the binary into a temporary folder. Each record is read the way
an editor's yaml-language-server reads it (YAML 1.2 core schema: `2025-01-01` stays a string,
only true/false are booleans) and validated with jsonschema's Draft 2020-12 validator and its
format checker; multilat.yaml is validated against the settings schema. Broken records built in
memory must fail, so that a schema accepting everything cannot pass. Prints `N passed, M failed`
and exits 1 on any failure. Needs python3-jsonschema and python3-yaml (Debian).
"""

import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import yaml

# Kind folders of a records tree, and the schema each file inside is validated against.
FOLDERS = {"organisations": "organisation", "entities": "entity", "meetings": "meeting",
           "prospects": "prospect"}
SCHEMAS = ("organisation", "entity", "meeting", "prospect", "settings")
SETTINGS_FILES = ("multilat.yaml", "multilat.yml")


class CoreLoader(yaml.SafeLoader):
    """YAML 1.2 core schema. PyYAML speaks YAML 1.1, where `2025-01-01` is a date and `no` is
    false; yaml-language-server and multilat read both as text."""


CoreLoader.yaml_implicit_resolvers = {}
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
    list("-+0123456789"))
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+.0123456789"))
CoreLoader.add_implicit_resolver(
    "tag:yaml.org,2002:null", re.compile(r"^(?:~|null|Null|NULL|)$"), ["~", "n", "N", ""])


def construct_int(loader, node):
    """Decimal unless 0o or 0x: YAML 1.2 has no implicit octal `012`."""
    text = loader.construct_scalar(node)
    return int(text, 0) if text.startswith(("0o", "0x")) else int(text, 10)


CoreLoader.add_constructor("tag:yaml.org,2002:int", construct_int)


def load_yaml(text):
    return yaml.load(text, Loader=CoreLoader)


def export_schemas(binary, folder):
    result = subprocess.run([binary, "schema", "-o", folder], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"FAIL: `multilat schema -o` exited {result.returncode}: {result.stderr.strip()}")
    validators = {}
    for name in SCHEMAS:
        with open(os.path.join(folder, f"{name}.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)  # the schema itself is well formed
        validators[name] = jsonschema.Draft202012Validator(
            schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    return validators


def record_files(records_dir):
    """(path, schema name) for the settings and every record, skipping hidden names as
    multilat does."""
    for name in SETTINGS_FILES:
        path = os.path.join(records_dir, name)
        if os.path.isfile(path):
            yield path, "settings"
    for folder, kind in FOLDERS.items():
        for root, dirs, files in os.walk(os.path.join(records_dir, folder)):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and name.endswith((".yaml", ".yml")):
                    yield os.path.join(root, name), kind


def where(error):
    return "/".join(str(part) for part in error.absolute_path) or "(top level)"


def errors_of(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))


def validate_files(records_dir, validators):
    passed = failed = 0
    for path, kind in record_files(records_dir):
        with open(path, encoding="utf-8") as f:
            document = load_yaml(f.read())
        errors = errors_of(validators[kind], document)
        shown = os.path.relpath(path, records_dir)
        if errors:
            failed += 1
            for error in errors:
                print(f"FAIL {shown} ({kind}): {where(error)}: {error.message}")
        else:
            passed += 1
            print(f"ok   {shown} ({kind})")
    return passed, failed


# Records that `multilat check` rejects; each must fail its schema too.
BROKEN = [
    ("meeting with an unknown key", "meeting",
     "title: Test\norganisation: spc\nstart: 2027-01-01\nstatus: planned\nvenue: Suva\n"),
    ("meeting with a bad status", "meeting",
     "title: Test\norganisation: spc\nstart: 2027-01-01\nstatus: scheduled\n"),
    ("meeting without a start", "meeting", "title: Test\norganisation: spc\nstatus: planned\n"),
    ("meeting with an impossible date", "meeting",
     "title: Test\norganisation: spc\nstart: 2027-02-30\nstatus: planned\n"),
    ("organisation with an unknown key in a body", "organisation",
     "name: X\nnc-status: member\nbodies:\n  - id: crga\n    name: CRGA\n    when: yearly\n"),
    ("prospect with a lowercase currency", "prospect",
     "title: T\nlead: scrre\nstage: idea\nvalue: {amount: 100, currency: xpf}\n"),
    ("entity with bilingual text in German", "entity", "name: {de: Regierung}\ntype: government\n"),
    ("settings with a bad duration", "settings", "horizon: 30 days\n"),
    # Plain scalars YAML reads as numbers or booleans: check reports them as field-type too.
    ("meeting with a plain number as its location", "meeting",
     "title: Test\norganisation: spc\nstart: 2027-01-01\nstatus: planned\nlocation: 55\n"),
    ("meeting with true as its title", "meeting",
     "title: true\norganisation: spc\nstart: 2027-01-01\nstatus: planned\n"),
    ("meeting with a number as a tag", "meeting",
     "title: T\norganisation: spc\nstart: 2027-01-01\nstatus: planned\ntags: [2027]\n"),
]


def negative_controls(validators):
    passed = failed = 0
    for label, kind, text in BROKEN:
        if errors_of(validators[kind], load_yaml(text)):
            passed += 1
            print(f"ok   rejects {label}")
        else:
            failed += 1
            print(f"FAIL accepted {label}: the schema is too lax")
    return passed, failed


def main(argv):
    if len(argv) != 3:
        print("usage: validate_records.py BINARY RECORDS_DIR", file=sys.stderr)
        return 2
    binary, records_dir = os.path.abspath(argv[1]), argv[2]
    with tempfile.TemporaryDirectory(prefix="multilat-schemas-") as folder:
        validators = export_schemas(binary, folder)
    passed, failed = validate_files(records_dir, validators)
    if passed + failed == 0:
        print(f"FAIL no records found under {records_dir}")
        failed += 1
    more_passed, more_failed = negative_controls(validators)
    passed, failed = passed + more_passed, failed + more_failed
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
