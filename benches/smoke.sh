#!/bin/sh
# CI smoke run of the criterion benchmarks: each benchmark runs briefly
# (< 1 minute in all once built). No timing is asserted.
set -eu
cd "$(dirname "$0")/.."
TACTFUL_BENCH_SMOKE=1 exec cargo bench --bench engine -- "$@"
