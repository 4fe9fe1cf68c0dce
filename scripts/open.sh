#!/usr/bin/env bash
# Builds the workbench and opens it on the shipped Curricula/ folder (extra arguments are
# passed on, e.g. `scripts/open.sh list 15`).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/ensure-deps.sh
swift build --product workbench >&2
exec .build/debug/workbench --folder Curricula "$@"
