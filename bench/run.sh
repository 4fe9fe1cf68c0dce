#!/usr/bin/env bash
# The performance benchmark (`make bench`): builds the workbench in release mode, generates the
# corpora into bench-out/ (reused while their stamp matches) and prints one table of figures,
# each measured against its reference in the same run.
#
#   bench/run.sh                 everything: 10,000 × 5 (main), 1,000 × 5, 100,000 × 2 (or 1,
#                                by free disk), history depth 1,000 × 50 vs × 5
#   bench/run.sh --quick         1,000 modules only (every figure, at that size)
#   bench/run.sh --sizes 10k,history --runs 5
#
# Environment: BENCH_SIZES (as --sizes: 1k,10k,100k,history), BENCH_RUNS (runs per figure,
# default 10), BENCH_BUDGET (seconds one figure may take before it gets fewer runs, at least 3;
# default 180), BENCH_100K_REVISIONS (force the depth of the 100,000 corpus), BENCH_SKIP_BUILD=1
# (use the existing release build). Needs swift, python3, jq, xargs and grep.
set -euo pipefail

cd "$(dirname "$0")/.."
sizes="${BENCH_SIZES:-1k,10k,100k,history}"
runs="${BENCH_RUNS:-10}"
budget="${BENCH_BUDGET:-180}"
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) sizes="1k" ;;
        --sizes) sizes="$2"; shift ;;
        --runs) runs="$2"; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

for tool in python3 jq xargs grep; do
    command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is needed" >&2; exit 2; }
done

scratch=.build-release
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
    mkdir -p bench-out
    for attempt in 1 2 3; do
        echo "bench: building (release, $scratch) ..." >&2
        if swift build -c release --scratch-path "$scratch" 2>&1 | tee bench-out/build.log >&2; then break; fi
        # Someone editing the tree during the build is worth another try; a compile error is not.
        grep -q "was modified during the build" bench-out/build.log && [ "$attempt" -lt 3 ] || exit 1
    done
fi
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"

mkdir -p bench-out
exec python3 bench/measure.py --workbench "$bin/workbench" --bench-tool "$bin/WorkbenchBench" \
    --out bench-out --sizes "$sizes" --runs "$runs" --budget "$budget"
