#!/usr/bin/env bash
# Runs each fuzz target for 60 seconds (FUZZ_SECONDS to change it) from
# its corpus in fuzz/corpus/<target>. Fails on the first crash; the input
# is left in fuzz/artifacts/<target>/.
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and a nightly toolchain;
# on stable, RUSTC_BOOTSTRAP=1 lets cargo-fuzz build.
set -euo pipefail
cd "$(dirname "$0")"

seconds="${FUZZ_SECONDS:-60}"
toolchain=()
if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    toolchain=(+nightly)
else
    export RUSTC_BOOTSTRAP=1
fi

for target in engine document_edits frame_reader; do
    echo "== fuzzing $target for ${seconds}s"
    mkdir -p "corpus/$target"
    # the corpus is read, not grown: new inputs go to a scratch folder
    scratch="$(mktemp -d)"
    cargo "${toolchain[@]}" fuzz run "$target" "$scratch" "corpus/$target" -- \
        -max_total_time="$seconds" -max_len=4096 -timeout=30 -print_final_stats=1
    rm -rf "$scratch"
done
echo "== no crashes"
