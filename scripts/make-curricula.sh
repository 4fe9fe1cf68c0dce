#!/usr/bin/env bash
# Rebuilds the shipped Curricula/ folder: `workbench init` (catalog, the 16 topics, schemas)
# and one `workbench new --from` per module in scripts/seed-modules/. Run it only on purpose:
# it replaces Curricula/ and every revision id in it changes.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product workbench >/dev/null
workbench=.build/debug/workbench
author="${SEED_AUTHOR:-MIRCO curriculum working group}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$workbench" init "$work/Curricula" --user "$author"
for file in scripts/seed-modules/*.module.json; do
    name=$(basename "$file" .module.json)
    topic=${name%%__*}
    module=${name#*__}
    "$workbench" new "$topic" "$module" --from "$file" --folder "$work/Curricula" --user "$author" \
        -m "First draft from the working group"
done
"$workbench" validate --folder "$work/Curricula"
rm -rf Curricula
mv "$work/Curricula" Curricula
echo "Curricula/ rebuilt: $(find Curricula -name '*.json' | wc -l) files"
