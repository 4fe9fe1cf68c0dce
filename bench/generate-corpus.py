#!/usr/bin/env python3
"""Writes a valid curricula folder of N modules x R revisions for benchmarks.

Usage: generate-corpus.py OUT --modules N --revisions R [--seed S]

The modules are spread over the 16 topics of the shipped Curricula/ catalog, with realistic
text lengths in mixed scripts (Latin with diacritics, Serbian and Macedonian Cyrillic), and
review events on some of them. Files are written in the workbench's canonical form (sorted
keys, two-space indent, trailing newline), named by the SHA-256 of their bytes.
"""

import argparse
import hashlib
import json
import os
import random
import shutil

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

LATIN = ("migracija upravljanje granica azil povratak reintegracija opština savjet plan mjera "
         "procjena rizika službenik obuka pravo zaštita žrtva trgovina ljudima čvorište đak "
         "lokalni akcioni plan zajednica integracija dijaspora radna mobilnost").split()
CYRILLIC = ("миграција управљање граница азил повратак реинтеграција општина савет план мера "
            "процена ризика службеник обука право заштита жртва трговина људима локални "
            "акциони план заједница интеграција дијаспора").split()
MACEDONIAN = ("миграција управување граница азил враќање реинтеграција општина совет план мерка "
              "проценка ризик службеник обука право заштита жртва трговија луѓе локален "
              "акционен план заедница интеграција дијаспора ѓакон ѕвезда").split()
ENGLISH = ("migration governance border asylum return reintegration municipality council plan "
           "measure risk assessment officer training rights protection victim trafficking local "
           "action plan community integration diaspora labour mobility").split()
SCRIPTS = [("sr-Latn", LATIN), ("sr-Cyrl", CYRILLIC), ("mk", MACEDONIAN), ("en", ENGLISH)]
METHODS = ["lecture", "discussion", "workshop", "case-study", "role-play", "simulation", "group-work", "exercise"]
DOMAINS = ["knowledge", "skills", "responsibility-autonomy"]


def canonical(value):
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def write_revision(folder, document, seq, parents, author, time, message):
    data = canonical({"document": document, "revision": {
        "author": author, "message": message, "parents": parents, "seq": seq, "time": time}})
    rid = "%06d-%s" % (seq, hashlib.sha256(data).hexdigest()[:12])
    os.makedirs(os.path.join(folder, "revisions"), exist_ok=True)
    with open(os.path.join(folder, "revisions", rid + ".json"), "wb") as out:
        out.write(data)
    return rid


def sentence(rng, words, length):
    text = " ".join(rng.choice(words) for _ in range(length))
    return text[0].upper() + text[1:] + "."


def module_document(rng, topic, module_id, revision):
    language, words = rng.choice(SCRIPTS)
    outcomes = [{"id": "LO%d" % (i + 1), "domain": rng.choice(DOMAINS), "text": sentence(rng, words, 14)}
                for i in range(rng.randint(3, 6))]
    sessions = []
    for i in range(rng.randint(3, 6)):
        sessions.append({
            "id": "S%d" % (i + 1), "title": sentence(rng, words, 6)[:-1],
            "minutes": rng.choice([45, 60, 90, 120]), "method": rng.choice(METHODS),
            "outcomes": sorted(rng.sample([o["id"] for o in outcomes], 2)),
            "materials": [sentence(rng, words, 5) for _ in range(rng.randint(0, 2))],
            "trainerNotes": sentence(rng, words, 30)})
    taught = {o for s in sessions for o in s["outcomes"]}
    return {
        "format": "curriculum-workbench/module@1", "id": module_id, "topic": topic,
        "language": language, "title": sentence(rng, words, 7)[:-1] + (" (rev %d)" % revision if revision > 1 else ""),
        "aim": sentence(rng, words, 25), "description": " ".join(sentence(rng, words, 20) for _ in range(4)),
        "targetGroups": ["Members of local Migration Councils", "Ministry of Interior officers"],
        "eqfLevel": rng.randint(4, 7), "delivery": "face-to-face", "prerequisites": [],
        "entryRequirements": sentence(rng, words, 12), "learningOutcomes": outcomes, "sessions": sessions,
        "assessments": [{"id": "A1", "method": "case-study", "description": sentence(rng, words, 15),
                         "outcomes": sorted(o["id"] for o in outcomes)}],
        "references": [{"id": "R1", "kind": "national-law", "citation": sentence(rng, words, 8)}],
        "crossCutting": ["fundamental-rights"], "keywords": rng.sample(words, 4)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--modules", type=int, required=True)
    parser.add_argument("--revisions", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    shipped = os.path.join(ROOT, "Curricula")
    shutil.copy(os.path.join(shipped, "catalog.json"), os.path.join(args.out, "catalog.json"))
    shutil.copytree(os.path.join(shipped, "schema"), os.path.join(args.out, "schema"))
    with open(os.path.join(shipped, "catalog.json"), encoding="utf-8") as handle:
        topics = json.load(handle)["topics"]
    per_topic = {topic: [] for topic in topics}
    for index in range(args.modules):
        topic = topics[index % len(topics)]
        module_id = "module-%06d" % index
        folder = os.path.join(args.out, "topics", topic, "modules", module_id)
        parents = []
        for revision in range(1, args.revisions + 1):
            document = module_document(rng, topic, module_id, revision)
            time = "2026-%02d-%02dT%02d:%02d:00Z" % (1 + revision % 12, 1 + index % 28, 8 + revision % 10, index % 60)
            rid = write_revision(folder, document, revision, parents, "Author %d" % (index % 37), time, "Revision %d" % revision)
            parents = [rid]
        if index % 3 == 0:
            review = {"comments": [], "revision": parents[0], "reviewer": "Reviewer %d" % (index % 5),
                      "time": "2026-12-01T10:00:00Z", "verdict": "submit"}
            os.makedirs(os.path.join(folder, "reviews"), exist_ok=True)
            with open(os.path.join(folder, "reviews", "20261201T100000Z-reviewer-%04x.json" % index), "wb") as out:
                out.write(canonical(review))
        per_topic[topic].append(module_id)
    for topic in topics:
        source = os.path.join(shipped, "topics", topic, "revisions")
        first = sorted(os.listdir(source))[0]
        with open(os.path.join(source, first), encoding="utf-8") as handle:
            document = json.load(handle)["document"]
        document["modules"] = per_topic[topic]
        write_revision(os.path.join(args.out, "topics", topic), document, 1, [], "Generator",
                       "2026-01-01T00:00:00Z", "Topic with generated modules")
    print("wrote %s: %d modules x %d revisions" % (args.out, args.modules, args.revisions))


if __name__ == "__main__":
    main()
