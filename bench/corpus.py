"""Benchmark corpora: generated once into bench-out/ and reused while their stamp matches.

A stamp file next to each corpus records the generator's parameters and the SHA-256 of
bench/generate-corpus.py; a corpus is regenerated when either changes or the stamp is missing
(an interrupted generation leaves none).
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(BENCH, "generate-corpus.py")
REVISION_FILE = re.compile(r"^(\d{6})-[0-9a-f]{12}\.json$")
# What one generated revision costs on disk (about 11 KB of JSON in a 4 KB-block file system),
# and a module's directories (module, revisions/, reviews/ on a third of them).
BYTES_PER_REVISION = 12 * 1024
BYTES_PER_MODULE = 10 * 1024


def generator_hash():
    with open(GENERATOR, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


def ensure(out, modules, revisions, seed=1, log=print):
    """The path of the corpus of `modules` x `revisions`, generated unless a matching one exists."""
    name = "corpus-%dx%d-s%d" % (modules, revisions, seed)
    path = os.path.join(out, name)
    stamp_path = path + ".stamp.json"
    wanted = {"modules": modules, "revisions": revisions, "seed": seed, "generator_sha256": generator_hash()}
    try:
        with open(stamp_path, encoding="utf-8") as handle:
            if json.load(handle) == wanted and os.path.isfile(os.path.join(path, "catalog.json")):
                log("corpus %s: reused (stamp matches)" % name)
                return path
    except (OSError, ValueError):
        pass
    if os.path.exists(stamp_path):
        os.remove(stamp_path)
    log("corpus %s: generating %d modules x %d revisions ..." % (name, modules, revisions))
    started = time.monotonic()
    subprocess.run([sys.executable, GENERATOR, path, "--modules", str(modules), "--revisions", str(revisions),
                    "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    with open(stamp_path, "w", encoding="utf-8") as handle:
        json.dump(wanted, handle, indent=2)
    log("corpus %s: generated in %.0f s" % (name, time.monotonic() - started))
    return path


def estimated_bytes(modules, revisions):
    return modules * (revisions * BYTES_PER_REVISION + BYTES_PER_MODULE)


def current_files(corpus, list_path):
    """Writes the current revision file of every module (its highest-numbered revision), one
    path per line relative to `corpus`, to `list_path`; returns (count, total bytes)."""
    count = 0
    total = 0
    topics = os.path.join(corpus, "topics")
    with open(list_path, "w", encoding="utf-8") as out:
        for topic in sorted(os.listdir(topics)):
            modules = os.path.join(topics, topic, "modules")
            if not os.path.isdir(modules):
                continue
            for module in sorted(os.listdir(modules)):
                revisions = os.path.join(modules, module, "revisions")
                names = sorted(n for n in os.listdir(revisions) if REVISION_FILE.match(n))
                if not names:
                    continue
                relative = os.path.join("topics", topic, "modules", module, "revisions", names[-1])
                out.write(relative + "\n")
                count += 1
                total += os.path.getsize(os.path.join(corpus, relative))
    return count, total


def link_copy(corpus, destination):
    """A hard-linked copy of `corpus` (revision files are immutable, so saves only add files)."""
    if os.path.exists(destination):
        shutil.rmtree(destination)
    subprocess.run(["cp", "-al", corpus, destination], check=True)
    return destination
