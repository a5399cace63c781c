#!/usr/bin/env bash
# Runs test.lua in one Neovim: run.sh NVIM [TACTFUL_BIN]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
nvim=${1:?usage: run.sh NVIM [TACTFUL_BIN]}
bin=${2:-${TACTFUL_BIN:-tactful}}
work=$(mktemp -d "${TMPDIR:-/tmp}/tactful-nvim.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$here/decline.md" "$work/decline.md"
# Neovim's own files (shada, logs, state) stay in the temp dir.
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_STATE_HOME=$work/state XDG_CACHE_HOME=$work/cache
TACTFUL_BIN=$bin TACTFUL_NVIM_DIR=$(dirname "$here") TACTFUL_WORK=$work \
  timeout 120 "$nvim" --headless -u NONE -i NONE -c "luafile $here/test.lua" </dev/null
