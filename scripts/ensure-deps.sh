#!/usr/bin/env bash
# Installs what a fresh Debian machine with the Swift toolchain lacks to build, run and test
# the workbench: ncursesw headers, pkg-config, tmux (end-to-end tests), Python's jsonschema
# (schema tests). Does nothing when everything is there.
set -euo pipefail

missing=()
pkg-config --exists ncursesw 2>/dev/null || missing+=(libncursesw5-dev pkg-config)
command -v pkg-config >/dev/null || missing+=(pkg-config)
command -v tmux >/dev/null || missing+=(tmux)
command -v python3 >/dev/null || missing+=(python3 python3-pip)
command -v git >/dev/null || missing+=(git)

if ((${#missing[@]})); then
    sudo=""
    [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "Installing: ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! python3 -c 'import jsonschema, referencing' 2>/dev/null; then
    echo "Installing Python's jsonschema" >&2
    python3 -m pip install --quiet 'jsonschema>=4.18' 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages 'jsonschema>=4.18'
fi
