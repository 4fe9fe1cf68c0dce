#!/usr/bin/env python3
"""Measures the figures of the performance issue and prints one table (bench/run.sh runs it).

Usage: measure.py --workbench BIN --bench-tool BIN [--out bench-out] [--sizes 1k,10k,100k,history]
                  [--runs K] [--word WORD] [--keys N]

Every time is from exec to exit, median of K runs after a warm-up run (warm page cache), each
command interleaved with its reference in the same run. The table also goes to OUT/last-table.md.
"""

import argparse
import os
import shutil
import subprocess
import sys

import corpus as corpora
import figures
import timing
from table import failed, fmt_bytes, render

SIZES = {"1k": 1000, "10k": 10000, "100k": 100000}
GIB = 1 << 30


def log(text):
    print("bench: " + text, file=sys.stderr, flush=True)


def parse_sizes(text):
    sizes = set()
    for token in filter(None, (t.strip().lower() for t in text.split(","))):
        token = {"1000": "1k", "10000": "10k", "100000": "100k"}.get(token, token)
        if token not in SIZES and token != "history":
            raise SystemExit("unknown size %r: use 1k, 10k, 100k, history" % token)
        sizes.add(token)
    return sizes


def revisions_for_100k(out):
    """How deep the 100,000-module corpus is: 2 revisions when the disk has room, else 1."""
    forced = os.environ.get("BENCH_100K_REVISIONS")
    if forced:
        return int(forced), "100,000 × %s: set by BENCH_100K_REVISIONS" % forced
    free = shutil.disk_usage(out).free
    for revisions in (2, 1):
        need = corpora.estimated_bytes(100000, revisions)
        reused = os.path.exists(os.path.join(out, "corpus-100000x%d-s1.stamp.json"))
        if reused or free - need >= 10 * GIB:
            return revisions, (
                "100,000 × %d: ~%s on disk (%s free); %d revision%s per module (~11 KB each) keep generation to "
                "minutes, and depth is measured on its own by 1,000 × 50 vs × 5" % (
                    revisions, fmt_bytes(need), fmt_bytes(free), revisions, "s" if revisions > 1 else ""))
    return None, "100,000 modules skipped: %s free is not enough" % fmt_bytes(free)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workbench", required=True)
    parser.add_argument("--bench-tool", required=True)
    parser.add_argument("--out", default="bench-out")
    parser.add_argument("--sizes", default="1k,10k,100k,history")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--save-runs", type=int, default=10)
    parser.add_argument("--word", default="municipality", help="a word in ~25%% of the generated modules")
    parser.add_argument("--keys", type=int, default=10000)
    parser.add_argument("--budget", type=float, default=180.0,
                        help="seconds a figure may take before fewer runs (at least 3) are made")
    parser.add_argument("--keys-budget", type=float, default=120.0, help="seconds of key replay at most")
    args = parser.parse_args()
    sizes = parse_sizes(args.sizes)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    context = figures.Context(os.path.abspath(args.workbench), os.path.abspath(args.bench_tool), out, log,
                              budget=args.budget, keys_budget=args.keys_budget)
    rows, notes = [], []

    def attempt(figure, function):
        try:
            return function()
        except (timing.CommandFailed, OSError, ValueError, KeyError, subprocess.CalledProcessError) as error:
            log("%s failed: %s" % (figure, error))
            rows.append(failed(figure, str(error)[:160]))
            return None

    # The corpora first, so that generating them does not overlap any measurement.
    numeric = sorted(SIZES[s] for s in sizes if s in SIZES)
    main_modules = 10000 if 10000 in numeric else (numeric[-1] if numeric else 1000)
    main_revisions = 5
    plan = [(m, 5) for m in numeric if m != main_modules and m != 100000]
    if 100000 in numeric:
        revisions, why = revisions_for_100k(out)
        notes.append(why)
        if revisions and main_modules == 100000:
            main_revisions = revisions
        elif revisions:
            plan.append((100000, revisions))
    plan.insert(0, (main_modules, main_revisions))
    scaling = plan[1:]
    if "history" in sizes:
        plan += [(1000, 50), (1000, 5)]
    built = {}
    for key in plan:
        if key not in built:
            built[key] = figures.Corpus(context, *key)
    main = built[(main_modules, main_revisions)]
    notes.append("current revision files of %s: %d, %s (the jq/grep input)" % (main.label, main.count, fmt_bytes(main.bytes)))

    log("measuring %s: list, first frame, memory, search, keys, save" % main.label)
    row = attempt("list vs jq", lambda: figures.list_vs_jq(context, main, args.runs))
    rows += [row] if row else []
    frame = attempt("first frame", lambda: figures.first_frame(context, main, args.runs))
    main_frames = frame[1] if frame else None
    if frame:
        memory = figures.peak_memory(context, main, frame[1])
        rows += [frame[0], memory[0]]
        notes.append(memory[1])
    found = attempt("search vs grep", lambda: figures.search_vs_grep(context, main, args.word, args.runs))
    if found:
        rows.append(found[0])
        notes.append(found[1])
    keys = attempt("key replay", lambda: figures.key_replay(context, main, args.keys))
    if keys:
        rows += keys[0]
        notes.append(keys[1])
    saved = attempt("save", lambda: figures.save_vs_reference(context, main, args.save_runs))
    if saved:
        rows.append(saved[0])
        notes.append(saved[1])
    batches = attempt("xargs batches", lambda: (figures.xargs_batches(context, main),))
    if batches:
        notes.append("jq and grep read the file list with `xargs -a LIST`, which started %d process(es) of each" % batches[0])

    for modules, revisions in scaling:
        corpus = built[(modules, revisions)]
        runs = args.runs if modules <= 10000 else max(3, args.runs // 2)
        log("measuring %s: list, first frame" % corpus.label)
        row = attempt("list vs jq (%s)" % corpus.label, lambda: figures.list_vs_jq(context, corpus, runs))
        rows += [row] if row else []
        # Past the main corpus, the figure is how the cost grows per module.
        smaller = (main, main_frames) if modules > main.modules and main_frames else None
        frame = attempt("first frame (%s)" % corpus.label, lambda: figures.first_frame(context, corpus, runs, smaller))
        rows += [frame[0]] if frame else []

    if "history" in sizes:
        log("measuring history depth: 1,000 × 50 vs 1,000 × 5")
        history = attempt("history depth", lambda: figures.history_depth(context, built[(1000, 50)], built[(1000, 5)], args.runs))
        rows += history or []

    notes += [
        "times are exec to exit, median of n runs after a warm-up run (warm page cache), interleaved with the "
        "reference and alternating which goes first; a figure whose runs would pass %.0f s gets fewer (at least 3)"
        % args.budget,
        "first frame: `workbench open --exit-after-first-frame` on a 100×30 pseudo-terminal, TERM=xterm-256color; "
        "the time runs to its exit, so it includes endwin() and process exit after the frame",
        "`list --json` prints the 16 topics' summaries, which needs every module loaded; jq prints id and title of "
        "every current revision file",
    ]
    table = render(rows)
    text = table + "\n\n" + "\n".join("- " + note for note in notes) + "\n"
    with open(os.path.join(out, "last-table.md"), "w", encoding="utf-8") as handle:
        handle.write(text)
    print(text)
    # Unmet targets are results, not errors: only a figure that could not be measured fails the run.
    return 1 if any(row.cells[1].startswith("failed:") for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
