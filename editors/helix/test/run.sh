#!/usr/bin/env bash
# Drives Helix headless through tmux with editors/helix/languages.toml, as a
# new user would, and checks what the screen and the files show:
#   1. diagnostics: the gutter and the `space d` picker;
#   2. hover (`space k`) shows the rule's explanation;
#   3. a quick fix from `space a` (Replace “hey” with “Hi”), written by :w;
#   4. "Apply all preferred tactful fixes" until tactful offers it no more:
#      the file written then equals what `tactful check --fix` makes;
#   5. a sentence typed into the flawed draft with auto-completion on (after
#      every letter, at once) and a Tab after a name: the file holds exactly
#      what was typed;
#   6. a template from completion (C-x) on an empty buffer, its placeholders
#      filled with Tab between them: the text typed, nothing else.
#
# Usage: run.sh HX TACTFUL_BIN
# HELIX_RUNTIME defaults to the runtime/ folder beside HX when there is one.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
hx=${1:?usage: run.sh HX TACTFUL_BIN}
bin=${2:?usage: run.sh HX TACTFUL_BIN}
hx=$(cd "$(dirname "$hx")" && pwd)/$(basename "$hx")
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
runtime=${HELIX_RUNTIME:-}
[[ -z $runtime && -d $(dirname "$hx")/runtime ]] && runtime=$(dirname "$hx")/runtime

work=$(mktemp -d "${TMPDIR:-/tmp}/tactful-hx.XXXXXX")
sock=$work/tmux.sock
tm() { tmux -u -S "$sock" "$@"; }
cleanup() {
    tm kill-server 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

failures=0
say() { printf '%s\n' "$*"; }
check() { # check WHAT COMMAND...
    local what=$1
    shift
    if "$@"; then say "  ok: $what"; else
        say "  FAIL: $what (after ${SECONDS}s)"
        # The screen as the check saw it: the one at the end may differ.
        ((failures == 0)) && [[ -S $sock ]] && { say "--- the screen at the first failure:"; screen; }
        failures=$((failures + 1))
        return 1
    fi
}

# --- Helix's files, all in the temp dir ----------------------------------------
mkdir -p "$work/config/helix" "$work/bin" "$work/cache" "$work/data" "$work/state" "$work/drafts"
cp "$here/../languages.toml" "$work/config/helix/languages.toml"
cat >"$work/config/helix/config.toml" <<'TOML'
[editor]
# Completion opens as you type (the default), here after one letter and
# at once, so every word typed meets it.
auto-completion = true
completion-trigger-len = 1
completion-timeout = 5
TOML
# languages.toml runs `tactful`: the binary under test, first on PATH.
ln -s "$bin" "$work/bin/tactful"
draft=$work/drafts/decline.md
cp "$here/decline.md" "$draft"
log=$work/cache/helix/helix.log

say "$("$hx" --version), tactful from $bin"
hx_env=(env PATH="$work/bin:$PATH" ${runtime:+HELIX_RUNTIME="$runtime"}
    XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
    XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state")
# What `hx --health markdown` says of the servers (marksman is not
# installed here: Helix lists it as not found and runs tactful anyway).
health=$("${hx_env[@]}" NO_COLOR=1 "$hx" --health markdown 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
grep -E "marksman|tactful" <<<"$health" | sed 's/^/  health: /'
check "hx --health markdown finds tactful" grep -qE "✓ tactful" <<<"$health"
tm new-session -d -s hx -x 160 -y 50 -c "$work/drafts" "${hx_env[@]}" "$hx" -v "$draft" ||
    { say "  FAIL: tmux could not start Helix"; exit 1; }

# --- driving it ------------------------------------------------------------------
keys() { tm send-keys -t hx "$@"; }
command_line() { keys Escape; keys ":$1" Enter; } # e.g. command_line w
screen() { tm capture-pane -p -t hx; }
shows() { screen | grep -qF -- "$1"; }
wait_for() { # wait_for TEXT [SECONDS]: until the screen shows TEXT
    local deadline=$((SECONDS + ${2:-20}))
    while ! shows "$1"; do
        ((SECONDS < deadline)) || return 1
        tm has-session -t hx 2>/dev/null || return 1 # Helix is gone
        sleep 0.1
    done
}
type_slowly() { # one key at a time, each given the time to open completion
    local text=$1 i c
    for ((i = 0; i < ${#text}; i++)); do
        c=${text:i:1}
        if [[ $c == ' ' ]]; then keys Space; else keys -l "$c"; fi
        sleep 0.3
    done
}
# Menus mark the selected item reversed (the default theme's
# ui.menu.selected): move down until TITLE is the one, then take it.
choose() { # choose TITLE
    local title=$1 n
    wait_for "$title" 10 || return 1
    for ((n = 0; n < 12; n++)); do
        if tm capture-pane -p -e -t hx | grep -qP "\e\[7m(\e\[[0-9;]*m)* ?\Q$title\E"; then
            keys Enter
            return 0
        fi
        keys C-n
        sleep 0.2
    done
    return 1
}
completions_asked() { # how many completion requests Helix has sent so far
    local n
    n=$(grep -c '"method":"textDocument/completion"' "$log" 2>/dev/null)
    echo "${n:-0}"
}
written() { # written FILE: :w, then until Helix says so and FILE changed
    local file=$1 before deadline=$((SECONDS + 10))
    before=$(stat -c %y "$file" 2>/dev/null)
    command_line w
    wait_for "'$(basename "$file")' written" 10 || return 1
    while [[ $(stat -c %y "$file" 2>/dev/null) == "$before" ]]; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

main() {
    local t0=$SECONDS
    # 1. diagnostics
    check "diagnostics in the gutter (● on line 3, \"hey\")" \
        wait_for "●   3  hey," 60 || return
    keys Space d
    check "the diagnostics picker lists tactful's casual-tone and negativity findings" \
        eval 'wait_for "tactful casual-tone" && shows "tactful negativity"'
    keys Escape

    # 2. hover on "hey"
    local explanation
    explanation=$("$bin" explain casual-tone | awk 'NF && !/^#/ {print $1, $2, $3, $4, $5; exit}')
    command_line 3
    keys Space k
    check "hover shows the rule's explanation (\"$explanation\")" wait_for "$explanation" 10
    keys Escape

    # 3. a quick fix, written to disk
    command_line 3
    keys Space a
    check "space a offers and applies Replace “hey” with “Hi”" choose "Replace “hey” with “Hi”"
    check ":w writes it" written "$draft"
    check "the file reads \"Hi,\" on line 3 and is otherwise unchanged" \
        diff <(sed '3s/^hey,$/Hi,/' "$here/decline.md") "$draft"
    say "  ($((SECONDS - t0))s)"

    # 4. fix-all, until tactful offers it no more
    local want=$work/check-fix.md rounds=0
    cp "$draft" "$want"
    "$bin" check --fix "$want" >/dev/null
    while ((rounds < 4)); do
        command_line 1
        keys Space a
        # The first menu may be slow on a loaded machine; after a round,
        # a few seconds without the action mean it is no longer offered.
        wait_for "Apply all preferred tactful fixes" $((rounds == 0 ? 15 : 4)) || break
        choose "Apply all preferred tactful fixes" || break
        rounds=$((rounds + 1))
        sleep 0.5
    done
    keys Escape
    check "fix-all applied ($rounds round(s))" test "$rounds" -gt 0
    check ":w writes it" written "$draft"
    check "the file equals what \`tactful check --fix\` makes of it" diff "$want" "$draft"
    say "  ($((SECONDS - t0))s)"

    # 5. typing with completion on, in the flawed draft (its missing parts
    #    are what the phrase menu offered): nothing but what was typed
    local typing=$work/drafts/typing.md line="Dear Ms Smith, thank you for the call."
    cp "$here/decline.md" "$typing"
    command_line "open $typing"
    local asked
    asked=$(completions_asked)
    keys g e o # below the last line
    type_slowly "Dear Ms Smith"
    keys Tab # where the phrase menu put "Please keep me in mind ..." for "Smith"
    type_slowly ", thank you for the call."
    keys Escape
    check ":w writes it" written "$typing"
    check "the file is the draft and, last, exactly \"$line\"" \
        diff <(cat "$here/decline.md"; echo "$line") "$typing"
    check "Helix asked for completion while typing ($(($(completions_asked) - asked)) requests)" \
        test "$(completions_asked)" -gt "$asked"
    say "  ($((SECONDS - t0))s)"

    # 6. a template on an empty buffer, its placeholders filled with Tab
    command_line "open $work/drafts/template.md"
    keys i C-x
    check "C-x on an empty buffer offers the templates" \
        wait_for "Decline template: another-offer (email)" 10
    keys Tab Enter
    wait_for "Dear Name," 10
    keys Escape
    check ":w writes the template as inserted" written "$work/drafts/template.md"
    command_line "open $work/drafts/filled.md"
    keys i C-x
    wait_for "Decline template: another-offer (email)" 10
    keys Tab Enter
    wait_for "Dear Name," 10
    asked=$(completions_asked)
    type_slowly "Ms Smith"
    keys Tab
    type_slowly "Data Analyst"
    keys Tab
    type_slowly "Jordan Lee"
    keys Escape
    check ":w writes the filled template" written "$work/drafts/filled.md"
    check "its placeholders hold exactly what was typed" \
        diff <(sed 's/^Dear Name,$/Dear Ms Smith,/; s/Role/Data Analyst/g; s/^Your Name$/Jordan Lee/' \
            "$work/drafts/template.md") "$work/drafts/filled.md"
    check "Helix asked for completion while typing ($(($(completions_asked) - asked)) requests)" \
        test "$(completions_asked)" -gt "$asked"
    say "  ($((SECONDS - t0))s)"
    finished=true
}

finished=false
main
if ! $finished; then
    say "  FAIL: the test stopped before its end"
    failures=$((failures + 1))
fi
if ((failures)); then
    say "--- the screen:"
    screen
    say "--- the end of Helix's log ($log):"
    tail -n 30 "$log" 2>/dev/null | cut -c1-400
fi
command_line "qa!"
if ((failures == 0)); then
    say "helix: passed"
else
    say "helix: $failures check(s) failed"
    exit 1
fi
