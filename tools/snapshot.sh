#!/usr/bin/env bash
# Everything tactful says about every corpus in one folder, so two builds
# can be compared byte for byte (a refactoring must leave it identical):
#
#   tools/snapshot.sh BINARY OUTDIR      then   diff -r OUT_BEFORE OUT_AFTER
#
# It records `check --format json` and `--diff` on each corpus, the files
# `--fix` writes, `rules`, `explain` for every rule, every `new` template,
# and an LSP transcript (tools/lsp_transcript.py) over the same files.
# SNAPSHOT_EXTRA="DIR ..." adds more folders of messages.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=$(realpath "$1")
OUT=$(realpath -m "$2")
rm -rf "$OUT"
mkdir -p "$OUT"
corpora=("$ROOT/examples" "$ROOT/tests/heldout/messages")
[[ -d $ROOT/../shared/corpus/messages ]] && corpora+=("$ROOT/../shared/corpus/messages")
for d in "$ROOT"/tests/blind-*/messages ${SNAPSHOT_EXTRA:-}; do
    [[ -d $d ]] && corpora+=("$d")
done
i=0
for c in "${corpora[@]}"; do
    i=$((i + 1))
    name=$i-$(basename "$(dirname "$c")")-$(basename "$c")
    (cd "$c" && "$BIN" check --format json . >"$OUT/$name.json" 2>&1 || true)
    (cd "$c" && "$BIN" check --diff . >"$OUT/$name.diff" 2>&1 || true)
    work=$(mktemp -d)
    cp -r "$c" "$work/m"
    (cd "$work/m" && "$BIN" check --fix . >"$OUT/$name.fix.out" 2>&1 || true)
    mkdir -p "$OUT/$name.fixed" && cp -r "$work/m/." "$OUT/$name.fixed/"
    rm -rf "$work"
    files=()
    while IFS= read -r f; do files+=("$f"); done < <(find "$c" -type f \( -name '*.md' -o -name '*.txt' \) | sort)
    python3 "$ROOT/tools/lsp_transcript.py" "$BIN" "${files[@]}" >"$OUT/$name.lsp.jsonl"
done
"$BIN" rules >"$OUT/rules.txt"
for r in $("$BIN" rules | awk 'NR>0{print $1}' | grep -E '^[a-z]+(-[a-z]+)+$'); do
    "$BIN" explain "$r" >"$OUT/explain-$r.txt" 2>&1 || true
done
for s in general another-offer career-goals personal relocation compensation culture role-changed content-current-role after-interviews reschedule; do
    for m in email text phone in-person; do
        "$BIN" new --scenario "$s" --medium "$m" >"$OUT/new-$s-$m.txt" 2>&1 || true
        "$BIN" new --scenario "$s" --medium "$m" --to "Ms. Larsen" --company Acme --role "Data Analyst" --from "Sam Lee" \
            >"$OUT/new-full-$s-$m.txt" 2>&1 || true
    done
done
echo "snapshot of $BIN in $OUT: $(find "$OUT" -type f | wc -l) files"
