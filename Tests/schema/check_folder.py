#!/usr/bin/env python3
"""Validate every file of a Curriculum Workbench folder against its published schemas.

Usage: check_folder.py FOLDER

FOLDER is a `Curricula/` folder. The schemas are read from FOLDER/schema/*.json and put in a
`referencing.Registry`, so `$ref`s between them resolve offline. Checked:

  FOLDER/catalog.json                                          catalog schema
  FOLDER/topics/<topic>/revisions/*.json                       revision schema, document is a topic
  FOLDER/topics/<topic>/modules/<module>/revisions/*.json      revision schema, document is a module
  FOLDER/topics/<topic>/[modules/<module>/]reviews/*.json      review schema

Revision files must be named `<seq, 6 digits>-<12 hex>.json`, where seq equals revision.seq and
the hex digits are the first 12 of the SHA-256 of the file's bytes; document.id must equal the
name of the document's folder. Files whose name starts with `.` (temporary files) and the
schema/ folder itself are ignored; any other file is reported as not part of the layout.

Prints one line per problem (`path: message at /json/pointer`), then `N passed, M failed`.
Exits 1 if any file failed or if no file was checked. Needs Python 3 and `jsonschema` only.
"""

import hashlib
import json
import os
import re
import sys
import urllib.parse

try:
    from jsonschema import Draft202012Validator, FormatChecker
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
except ImportError as error:  # pragma: no cover
    sys.stderr.write(f"check_folder.py needs the jsonschema package ({error}); "
                     "install it with: python3 -m pip install jsonschema\n")
    sys.exit(2)

SCHEMA_FILES = {
    "catalog": "catalog.schema.json",
    "module": "module.schema.json",
    "topic": "topic.schema.json",
    "revision": "revision.schema.json",
    "review": "review.schema.json",
}
DOCUMENT_FORMATS = {
    "module": "curriculum-workbench/module@1",
    "topic": "curriculum-workbench/topic@1",
}
# Index of each document kind in revision.schema.json's document.oneOf.
ONE_OF_INDEX = {"module": 0, "topic": 1}
REVISION_NAME = re.compile(r"^([0-9]{6})-([0-9a-f]{12})\.json$")
URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*$")


def pointer(path):
    """JSON pointer (RFC 6901) for a sequence of keys and indices."""
    return "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in path)


def format_checker():
    """The draft 2020-12 format checker, with a stdlib `uri` check if none is installed."""
    checker = FormatChecker()
    if "uri" not in checker.checkers:
        @checker.checks("uri", raises=ValueError)
        def is_uri(instance):
            if not isinstance(instance, str):
                return True
            if not instance or any(c.isspace() or ord(c) < 0x21 for c in instance):
                return False
            parts = urllib.parse.urlsplit(instance)  # raises ValueError on bad IPv6 hosts
            return bool(parts.scheme) and URI_SCHEME.match(parts.scheme) is not None
    return checker


class Checker:
    def __init__(self, folder):
        self.folder = folder
        self.passed = 0
        self.failed = 0
        self.content_files = 0
        self.schemas = {}
        self.validators = {}

    # -- reporting ---------------------------------------------------------------------
    def rel(self, path):
        return os.path.relpath(path, self.folder)

    def finish(self, path, problems):
        """Print the problems of one file and count it as passed or failed."""
        for message, where in problems:
            suffix = f" at {pointer(where)}" if where else ""
            print(f"{self.rel(path)}: {message}{suffix}")
        if problems:
            self.failed += 1
        else:
            self.passed += 1

    # -- loading -----------------------------------------------------------------------
    @staticmethod
    def load_json(path):
        """(bytes, value, problem): problem is None if the file is UTF-8 JSON."""
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as error:
            return None, None, f"cannot read: {error.strerror}"
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            return data, None, f"not UTF-8: {error}"
        try:
            return data, json.loads(text), None
        except json.JSONDecodeError as error:
            return data, None, f"invalid JSON: {error}"

    def load_schemas(self):
        schema_dir = os.path.join(self.folder, "schema")
        names = sorted(n for n in os.listdir(schema_dir) if not n.startswith(".")) \
            if os.path.isdir(schema_dir) else []
        resources = []
        loaded = {}
        for name in names:
            path = os.path.join(schema_dir, name)
            if not name.endswith(".json") or not os.path.isfile(path):
                self.finish(path, [("not a schema file (expected *.json)", [])])
                continue
            _, schema, problem = self.load_json(path)
            problems = [(problem, [])] if problem else []
            if not problems:
                try:
                    Draft202012Validator.check_schema(schema)
                except Exception as error:  # SchemaError, or a bad $schema
                    where = list(getattr(error, "absolute_path", []))
                    problems.append((f"invalid schema: {getattr(error, 'message', error)}", where))
                if isinstance(schema, dict) and "$id" not in schema:
                    problems.append(("schema has no $id, so other schemas cannot $ref it", []))
            if not problems:
                resource = Resource.from_contents(schema, default_specification=DRAFT202012)
                resources.append((schema["$id"], resource))
                loaded[name] = schema
            self.finish(path, problems)
        registry = Registry().with_resources(resources)
        checker = format_checker()
        for kind, name in SCHEMA_FILES.items():
            if name in loaded:
                self.schemas[kind] = loaded[name]
                self.validators[kind] = Draft202012Validator(
                    loaded[name], registry=registry, format_checker=checker)
            elif name not in names:
                print(f"{self.rel(os.path.join(schema_dir, name))}: missing schema; "
                      f"files of kind {kind!r} cannot be checked")
                self.failed += 1

    # -- schema errors -----------------------------------------------------------------
    def schema_problems(self, kind, value, expected_document=None):
        """Schema errors of `value`, as (message, path) pairs in document order.

        A failing `oneOf` on a revision's document is replaced by the errors of the branch
        for the kind the folder expects, which name the offending field.
        """
        problems = []
        for error in self.validators[kind].iter_errors(value):
            problems.extend(self.explain(error, expected_document))
        problems.sort(key=lambda item: [str(p) for p in item[1]])
        return problems

    def explain(self, error, expected_document):
        path = list(error.absolute_path)
        if error.validator == "oneOf" and path == ["document"] and expected_document:
            index = ONE_OF_INDEX[expected_document]
            branch = [e for e in error.context if e.relative_schema_path
                      and e.relative_schema_path[0] == index]
            if branch:
                out = []
                for sub in branch:
                    out.extend(self.explain(sub, None))
                return out
        return [(error.message, path)]

    # -- file kinds --------------------------------------------------------------------
    def check_catalog(self, path):
        self.content_files += 1
        _, value, problem = self.load_json(path)
        if problem:
            return self.finish(path, [(problem, [])])
        if "catalog" not in self.validators:
            return self.finish(path, [("catalog schema unavailable", [])])
        self.finish(path, self.schema_problems("catalog", value))

    def check_review(self, path):
        self.content_files += 1
        _, value, problem = self.load_json(path)
        if problem:
            return self.finish(path, [(problem, [])])
        if "review" not in self.validators:
            return self.finish(path, [("review schema unavailable", [])])
        self.finish(path, self.schema_problems("review", value))

    def check_revision(self, path, kind, folder_id):
        self.content_files += 1
        problems = []
        name = os.path.basename(path)
        data, value, problem = self.load_json(path)
        match = REVISION_NAME.match(name)
        if not match:
            problems.append(("revision file name is not <seq, 6 digits>-<12 hex>.json", []))
        elif data is not None:
            digest = hashlib.sha256(data).hexdigest()[:12]
            if digest != match.group(2):
                problems.append((f"hash mismatch: file name says {match.group(2)}, "
                                 f"SHA-256 of the file starts with {digest}", []))
        if problem:
            problems.append((problem, []))
            return self.finish(path, problems)
        if "revision" not in self.validators:
            problems.append(("revision schema unavailable", []))
            return self.finish(path, problems)
        problems.extend(self.schema_problems("revision", value, expected_document=kind))
        revision = value.get("revision") if isinstance(value, dict) else None
        document = value.get("document") if isinstance(value, dict) else None
        if match and isinstance(revision, dict):
            seq = revision.get("seq")
            if isinstance(seq, int) and not isinstance(seq, bool) and seq != int(match.group(1)):
                problems.append((f"seq {seq} does not match the file name "
                                 f"({match.group(1)})", ["revision", "seq"]))
        if isinstance(document, dict):
            fmt = document.get("format")
            if fmt in DOCUMENT_FORMATS.values() and fmt != DOCUMENT_FORMATS[kind]:
                problems.append((f"a {kind} folder holds a document of format {fmt!r}, "
                                 f"expected {DOCUMENT_FORMATS[kind]!r}", ["document", "format"]))
            if "id" in document and document["id"] != folder_id:
                problems.append((f"document id {document['id']!r} does not match its folder "
                                 f"name {folder_id!r}", ["document", "id"]))
        self.finish(path, problems)

    def unexpected(self, path):
        self.finish(path, [("not part of the Curricula folder layout", [])])

    # -- walking -----------------------------------------------------------------------
    @staticmethod
    def entries(directory):
        return sorted(n for n in os.listdir(directory) if not n.startswith("."))

    def check_files(self, directory, check, *args):
        """Check every visible file of `directory` with `check`; sub-folders are unexpected."""
        for name in self.entries(directory):
            path = os.path.join(directory, name)
            if os.path.isfile(path):
                check(path, *args)
            else:
                self.unexpected(path)

    def check_document_folder(self, directory, kind, folder_id, allowed_subfolders=()):
        for name in self.entries(directory):
            path = os.path.join(directory, name)
            if name == "revisions" and os.path.isdir(path):
                self.check_files(path, self.check_revision, kind, folder_id)
            elif name == "reviews" and os.path.isdir(path):
                self.check_files(path, self.check_review)
            elif name in allowed_subfolders and os.path.isdir(path):
                continue
            else:
                self.unexpected(path)

    def run(self):
        if not os.path.isdir(self.folder):
            print(f"{self.folder}: not a folder")
            print("0 passed, 1 failed")
            return 1
        self.load_schemas()
        for name in self.entries(self.folder):
            path = os.path.join(self.folder, name)
            if name == "schema" and os.path.isdir(path):
                continue
            if name == "catalog.json" and os.path.isfile(path):
                self.check_catalog(path)
            elif name == "topics" and os.path.isdir(path):
                self.walk_topics(path)
            else:
                self.unexpected(path)
        if self.content_files == 0:
            print(f"{self.folder}: no catalog, revision or review file was checked")
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed or self.content_files == 0 else 0

    def walk_topics(self, topics_dir):
        for topic in self.entries(topics_dir):
            topic_dir = os.path.join(topics_dir, topic)
            if not os.path.isdir(topic_dir):
                self.unexpected(topic_dir)
                continue
            self.check_document_folder(topic_dir, "topic", topic, allowed_subfolders=("modules",))
            modules_dir = os.path.join(topic_dir, "modules")
            if not os.path.isdir(modules_dir):
                continue
            for module in self.entries(modules_dir):
                module_dir = os.path.join(modules_dir, module)
                if os.path.isdir(module_dir):
                    self.check_document_folder(module_dir, "module", module)
                else:
                    self.unexpected(module_dir)


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: check_folder.py FOLDER\n")
        return 2
    return Checker(argv[1]).run()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
