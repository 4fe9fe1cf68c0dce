#!/usr/bin/env bash
# Runs every test: the Swift test suites (unit, screen, command line and tmux end-to-end
# tests), the schema check of every shipped file with Python's jsonschema, and the seed check.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
export LANG=${LANG:-C.UTF-8}

status=0
echo "== Swift build and tests"
swift build
swift test || status=1

echo "== Shipped Curricula/ against the published JSON schemas (Python jsonschema)"
python3 Tests/schema/check_folder.py Curricula || status=1

echo "== Seed modules"
python3 scripts/check-seed-modules.py || status=1

if ((status)); then echo "FAILED" >&2; else echo "All tests passed."; fi
exit $status
