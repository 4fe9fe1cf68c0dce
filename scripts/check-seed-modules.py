#!/usr/bin/env python3
"""Check the module documents shipped in scripts/seed-modules/.

Every file must be a complete, canonical curriculum-workbench/module@1 document
that the workbench validates without errors or warnings. Prints one line per
problem and exits 1 if there is any. Standard library only.

Usage: python3 scripts/check-seed-modules.py [DIRECTORY]
"""

import json
import os
import re
import sys

TOPICS = [
    "01-global-and-regional-migration-governance",
    "02-human-rights-and-migration",
    "03-prevention-of-torture-and-migrants-rights",
    "04-smuggling-in-mixed-migration-flows",
    "05-preventing-and-combatting-irregular-migration",
    "06-rights-of-victims-of-trafficking",
    "07-migration-and-security",
    "08-migration-and-development",
    "09-migration-and-gender",
    "10-legal-migration-and-labour-mobility",
    "11-asylum-procedures",
    "12-border-security-and-management",
    "13-return-and-reintegration",
    "14-crisis-management-in-migration",
    "15-local-migration-governance",
    "16-children-and-youth-in-migration",
]
LANGUAGES = {"en", "sr-Latn", "sr-Cyrl", "bs", "mk", "cnr", "sq"}
CYRILLIC_LANGUAGES = {"sr-Cyrl", "mk"}
DELIVERY = {"face-to-face", "e-learning", "blended", "webinar", "study-visit"}
DOMAINS = {"knowledge", "skills", "responsibility-autonomy"}
SESSION_METHODS = {"lecture", "discussion", "workshop", "case-study", "role-play", "simulation",
                   "group-work", "e-learning", "field-visit", "exercise"}
ASSESSMENT_METHODS = {"written", "oral", "multiple-choice", "case-study", "simulation", "practical",
                      "presentation", "observation"}
REFERENCE_KINDS = {"eu-acquis", "international-law", "national-law", "case-law", "handbook", "web"}
CROSS_CUTTING = {"fundamental-rights", "gender", "child-protection", "vulnerability"}
FORMAT = "curriculum-workbench/module@1"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
FILE_SUFFIX = ".module.json"

MODULE_KEYS = {"format", "id", "topic", "language", "title", "aim", "description", "targetGroups",
               "eqfLevel", "delivery", "prerequisites", "entryRequirements", "learningOutcomes",
               "sessions", "assessments", "references", "crossCutting", "keywords"}
LO_KEYS = {"id", "domain", "text"}
SESSION_KEYS = {"id", "title", "minutes", "method", "outcomes", "materials", "trainerNotes"}
ASSESSMENT_KEYS = {"id", "method", "description", "outcomes"}
REFERENCE_REQUIRED = {"id", "kind", "citation"}
REFERENCE_KEYS = REFERENCE_REQUIRED | {"url"}

# Fields whose values are identifiers, enums or URLs rather than prose.
NON_PROSE_KEYS = {"format", "id", "topic", "language", "delivery", "domain", "method", "kind",
                  "url", "outcomes", "prerequisites", "crossCutting"}
LATIN_LETTER = re.compile(r"[A-Za-z]")
# Letters of one Cyrillic orthography that do not belong to the other.
FOREIGN_LETTERS = {"sr-Cyrl": set("ѓќѕЃЌЅ"), "mk": set("ђћЂЋ")}
UNSAFE_CHARS = re.compile("[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")


class Checker:
    def __init__(self):
        self.problems = []

    def report(self, file, pointer, message):
        self.problems.append(f"{file}:{pointer or '/'}: {message}")


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def reject_duplicates(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def walk_strings(value, pointer="", key=None):
    """Yield (pointer, parent key, string) for every string in the document."""
    if isinstance(value, str):
        yield pointer, key, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from walk_strings(v, f"{pointer}/{k}", k)
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk_strings(v, f"{pointer}/{i}", key)


def check_text(c, f, pointer, value, allow_empty=False):
    if not isinstance(value, str):
        c.report(f, pointer, f"must be a string, found {type(value).__name__}")
        return False
    if not allow_empty and not value.strip():
        c.report(f, pointer, "must not be empty")
        return False
    if value != value.strip():
        c.report(f, pointer, "has leading or trailing whitespace")
    return True


def check_text_list(c, f, pointer, value, minimum=0, maximum=None):
    if not isinstance(value, list):
        c.report(f, pointer, f"must be an array, found {type(value).__name__}")
        return []
    if len(value) < minimum or (maximum is not None and len(value) > maximum):
        bound = f"{minimum}-{maximum}" if maximum is not None else f"at least {minimum}"
        c.report(f, pointer, f"must have {bound} items, found {len(value)}")
    for i, item in enumerate(value):
        check_text(c, f, f"{pointer}/{i}", item)
    if len(set(v for v in value if isinstance(v, str))) != len(value):
        c.report(f, pointer, "has duplicate entries")
    return [v for v in value if isinstance(v, str)]


def check_keys(c, f, pointer, obj, required, allowed):
    if not isinstance(obj, dict):
        c.report(f, pointer, f"must be an object, found {type(obj).__name__}")
        return False
    for key in sorted(required - obj.keys()):
        c.report(f, f"{pointer}/{key}", "is missing")
    for key in sorted(obj.keys() - allowed):
        c.report(f, f"{pointer}/{key}", "is not a known key")
    return True


def check_enum(c, f, pointer, value, allowed):
    if not isinstance(value, str) or value not in allowed:
        c.report(f, pointer, f"{value!r} is not one of {', '.join(sorted(allowed))}")


def check_items(c, f, name, doc, keys, required, prefix, minimum, maximum):
    """Check a list of objects with ids PREFIX1, PREFIX2, ... and return the valid objects."""
    pointer = f"/{name}"
    items = doc.get(name)
    if not isinstance(items, list):
        if name in doc:
            c.report(f, pointer, f"must be an array, found {type(items).__name__}")
        return []
    if not minimum <= len(items) <= maximum:
        c.report(f, pointer, f"must have {minimum}-{maximum} items, found {len(items)}")
    ids = set()
    result = []
    for i, item in enumerate(items):
        p = f"{pointer}/{i}"
        if not check_keys(c, f, p, item, required, keys):
            continue
        item_id = item.get("id")
        expected = f"{prefix}{i + 1}"
        if item_id != expected:
            c.report(f, f"{p}/id", f"is {item_id!r}, expected {expected!r}")
        if item_id in ids:
            c.report(f, f"{p}/id", f"duplicate id {item_id!r}")
        if isinstance(item_id, str):
            ids.add(item_id)
        result.append((p, item))
    return result


def check_outcome_refs(c, f, pointer, value, known):
    refs = check_text_list(c, f, pointer, value, minimum=1)
    for i, ref in enumerate(refs):
        if ref not in known:
            c.report(f, f"{pointer}/{i}", f"names unknown learning outcome {ref!r}")
    return set(refs)


def check_module(c, f, doc, all_ids):
    if not check_keys(c, f, "", doc, MODULE_KEYS, MODULE_KEYS):
        return

    if doc.get("format") != FORMAT:
        c.report(f, "/format", f"must be {FORMAT!r}")
    module_id = doc.get("id")
    if not isinstance(module_id, str) or not SLUG.match(module_id) or len(module_id) > 64:
        c.report(f, "/id", f"{module_id!r} is not a slug of at most 64 characters")
    topic = doc.get("topic")
    if topic not in TOPICS:
        c.report(f, "/topic", f"{topic!r} is not one of the 16 topic ids")
    expected_name = f"{topic}__{module_id}{FILE_SUFFIX}"
    if f != expected_name:
        c.report(f, "", f"file name should be {expected_name!r}")
    language = doc.get("language")
    check_enum(c, f, "/language", language, LANGUAGES)

    for key in ("title", "aim", "description", "entryRequirements"):
        check_text(c, f, f"/{key}", doc.get(key))
    check_text_list(c, f, "/targetGroups", doc.get("targetGroups"), minimum=1)
    check_text_list(c, f, "/keywords", doc.get("keywords"), minimum=1)

    eqf = doc.get("eqfLevel")
    if not is_int(eqf) or not 1 <= eqf <= 8:
        c.report(f, "/eqfLevel", f"{eqf!r} is not an integer from 1 to 8")
    check_enum(c, f, "/delivery", doc.get("delivery"), DELIVERY)

    prereqs = check_text_list(c, f, "/prerequisites", doc.get("prerequisites"))
    for i, p in enumerate(prereqs):
        if p not in all_ids:
            c.report(f, f"/prerequisites/{i}", f"names module {p!r}, which is not shipped")
        if p == module_id:
            c.report(f, f"/prerequisites/{i}", "a module cannot be its own prerequisite")

    cross = check_text_list(c, f, "/crossCutting", doc.get("crossCutting"))
    for i, value in enumerate(cross):
        check_enum(c, f, f"/crossCutting/{i}", value, CROSS_CUTTING)

    outcomes = check_items(c, f, "learningOutcomes", doc, LO_KEYS, LO_KEYS, "LO", 3, 5)
    known = set()
    for p, lo in outcomes:
        check_enum(c, f, f"{p}/domain", lo.get("domain"), DOMAINS)
        check_text(c, f, f"{p}/text", lo.get("text"))
        if isinstance(lo.get("id"), str):
            known.add(lo["id"])

    taught = set()
    sessions = check_items(c, f, "sessions", doc, SESSION_KEYS, SESSION_KEYS, "S", 3, 6)
    for p, s in sessions:
        check_text(c, f, f"{p}/title", s.get("title"))
        minutes = s.get("minutes")
        if not is_int(minutes) or not 30 <= minutes <= 180:
            c.report(f, f"{p}/minutes", f"{minutes!r} is not an integer from 30 to 180")
        check_enum(c, f, f"{p}/method", s.get("method"), SESSION_METHODS)
        taught |= check_outcome_refs(c, f, f"{p}/outcomes", s.get("outcomes"), known)
        check_text_list(c, f, f"{p}/materials", s.get("materials"))
        check_text(c, f, f"{p}/trainerNotes", s.get("trainerNotes"), allow_empty=True)

    assessed = set()
    assessments = check_items(c, f, "assessments", doc, ASSESSMENT_KEYS, ASSESSMENT_KEYS, "A", 1, 3)
    for p, a in assessments:
        check_enum(c, f, f"{p}/method", a.get("method"), ASSESSMENT_METHODS)
        check_text(c, f, f"{p}/description", a.get("description"))
        assessed |= check_outcome_refs(c, f, f"{p}/outcomes", a.get("outcomes"), known)

    for p, lo in outcomes:
        lo_id = lo.get("id")
        if lo_id not in taught:
            c.report(f, p, f"learning outcome {lo_id!r} is taught by no session")
        if lo_id not in assessed:
            c.report(f, p, f"learning outcome {lo_id!r} is assessed by no assessment")

    references = check_items(c, f, "references", doc, REFERENCE_KEYS, REFERENCE_REQUIRED, "R", 1, 4)
    for p, r in references:
        check_enum(c, f, f"{p}/kind", r.get("kind"), REFERENCE_KINDS)
        check_text(c, f, f"{p}/citation", r.get("citation"))
        if "url" in r:
            url = r["url"]
            if not isinstance(url, str) or not re.match(r"^https://[^\s/]+(/\S*)?$", url):
                c.report(f, f"{p}/url", f"{url!r} is not an https URL")

    for pointer, key, text in walk_strings(doc):
        if UNSAFE_CHARS.search(text):
            c.report(f, pointer, "contains a control or bidirectional-override character")
        if language in CYRILLIC_LANGUAGES and key not in NON_PROSE_KEYS:
            if LATIN_LETTER.search(text):
                c.report(f, pointer, f"contains Latin letters in a {language} module")
            foreign = sorted(set(text) & FOREIGN_LETTERS[language])
            if foreign:
                c.report(f, pointer, f"contains {''.join(foreign)}, which {language} does not use")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "seed-modules")
    c = Checker()
    try:
        names = sorted(os.listdir(directory))
    except OSError as error:
        print(f"{directory}: cannot list directory: {error.strerror}")
        return 1

    documents = {}
    for name in names:
        path = os.path.join(directory, name)
        if not name.endswith(FILE_SUFFIX):
            c.report(name, "", f"unexpected file; module files end in {FILE_SUFFIX!r}")
            continue
        with open(path, "rb") as handle:
            raw = handle.read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            c.report(name, "", f"is not UTF-8 ({error})")
            continue
        try:
            doc = json.loads(text, object_pairs_hook=reject_duplicates)
        except ValueError as error:
            c.report(name, "", f"is not valid JSON: {error}")
            continue
        canonical = json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        if text != canonical:
            c.report(name, "", "is not canonically serialised (UTF-8, 2-space indent, sorted keys, trailing newline)")
        documents[name] = doc

    if not documents:
        c.report(directory, "", "holds no module files")

    ids = {}
    for name, doc in documents.items():
        module_id = doc.get("id") if isinstance(doc, dict) else None
        if isinstance(module_id, str):
            if module_id in ids:
                c.report(name, "/id", f"module id {module_id!r} is also used by {ids[module_id]}")
            ids.setdefault(module_id, name)

    for name, doc in documents.items():
        check_module(c, name, doc, set(ids))

    for problem in c.problems:
        print(problem)
    if c.problems:
        return 1
    print(f"{len(documents)} module files checked, no problems.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
