#!/usr/bin/env bash
# Runs test.el in Emacs: run.sh [TACTFUL_BIN]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-${TACTFUL_BIN:-$(command -v tactful)}}
work=$(mktemp -d "${TMPDIR:-/tmp}/tactful-emacs.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$here/decline.md" "$work/decline.md"
# -q (not -Q) so that Debian's site-start loads the elpa-* packages; HOME
# in the temp dir so that no ~/.emacs.d is read or written.
HOME=$work TACTFUL_BIN=$bin TACTFUL_WORK=$work \
  timeout 120 emacs --batch -q -l "$here/test.el" </dev/null
