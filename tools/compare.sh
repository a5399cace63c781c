#!/usr/bin/env bash
# tactful vs harper-ls, side by side, in one run; prints Markdown tables for
# BENCHMARKS.md and writes every raw measurement to OUTDIR/compare.jsonl.
#
#   tools/compare.sh [OUTDIR [TACTFUL [HARPER]]]
#
#   OUTDIR   where the documents go          (default /tmp/perfdocs)
#   TACTFUL  tactful binary                  (default <repo>/target/release/tactful)
#   HARPER   harper-ls binary                (default harper-ls on PATH, else ~/.cargo/bin/harper-ls)
#
# Environment (all optional):
#   REPS=3        LSP repetitions per server for msg-2k and doc-100k
#   REPS_1M=1     LSP repetitions per server for doc-1m
#   EDITS=200     keystrokes per LSP run for msg-2k and doc-100k
#   EDITS_1M=10   keystrokes per LSP run for doc-1m (cut to 3 for later
#                 harper-ls repetitions if one takes longer than CAP_1M_S)
#   CAP_1M_S=180  see EDITS_1M
#   TIMEOUT=30    seconds to wait for each publishDiagnostics (2k/100k)
#   TIMEOUT_1M=120  same for doc-1m
#   CLI_RUNS=20   hyperfine runs per file for the CLI/grep table (5 for 1 MB tactful)
#   LATENCY=      LSP harness (default <repo>/tools/latency.py)
#   HYPERFINE=    hyperfine binary (default /usr/bin/hyperfine, else PATH); "none"
#                 uses the python timing loop
#
# LSP runs alternate tactful, harper-ls, tactful, harper-ls, ... per
# document; the tables show medians over repetitions. Needs bash, coreutils
# (timeout), grep, python3 (standard library); uses /usr/bin/hyperfine or
# hyperfine on PATH if present, else a python timing loop.
set -eu

die() { printf '\ncompare.sh: ERROR: %s\n' "$*" >&2; exit 1; }
warn() { printf 'compare.sh: %s\n' "$*" >&2; }
trap 'case $- in *e*) printf "compare.sh: ERROR: command failed at line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2;; esac' ERR
trap 'rc=$?; [ $rc -eq 0 ] || [ $rc -eq 3 ] || printf "compare.sh: aborted (exit %s); partial results, if any, in %s\n" "$rc" "${JSONL:-(none yet)}" >&2' EXIT

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUTDIR=${1:-/tmp/perfdocs}
TACTFUL=${2:-$ROOT/target/release/tactful}
if [ $# -ge 3 ]; then
  HARPER=$3
elif command -v harper-ls >/dev/null 2>&1; then
  HARPER=$(command -v harper-ls)
else
  HARPER=$HOME/.cargo/bin/harper-ls
fi
REPS=${REPS:-3}
REPS_1M=${REPS_1M:-1}
EDITS=${EDITS:-200}
EDITS_1M=${EDITS_1M:-10}
CAP_1M_S=${CAP_1M_S:-180}
TIMEOUT=${TIMEOUT:-30}
TIMEOUT_1M=${TIMEOUT_1M:-120}
CLI_RUNS=${CLI_RUNS:-20}

command -v python3 >/dev/null || die "python3 not found"
command -v timeout >/dev/null || die "timeout (coreutils) not found"
LATENCY=${LATENCY:-$ROOT/tools/latency.py}
[ -f "$ROOT/tools/gen_docs.py" ] || die "tools/gen_docs.py missing under $ROOT"
[ -f "$LATENCY" ] || die "LSP harness not found: $LATENCY"
[ -x "$TACTFUL" ] || die "tactful binary not found or not executable: $TACTFUL (build it with cargo build --release, or pass its path as the 2nd argument)"
TACTFUL=$(cd "$(dirname "$TACTFUL")" && pwd)/$(basename "$TACTFUL")

HAVE_HARPER=1
if [ -x "$HARPER" ]; then
  HARPER=$(cd "$(dirname "$HARPER")" && pwd)/$(basename "$HARPER")
else
  HAVE_HARPER=0
  {
    echo
    echo "################################################################"
    echo "##  harper-ls NOT FOUND (looked for: $HARPER)"
    echo "##  Measuring tactful only; harper-ls columns will say 'not run'."
    echo "##  Install: cargo install harper-ls --version 3.0.0 --locked"
    echo "################################################################"
    echo
  } >&2
fi

# HYPERFINE=none forces the python timing loop.
HYPERFINE=${HYPERFINE:-}
if [ "$HYPERFINE" = none ]; then HYPERFINE=
elif [ -n "$HYPERFINE" ]; then [ -x "$HYPERFINE" ] || die "HYPERFINE=$HYPERFINE is not executable"
elif [ -x /usr/bin/hyperfine ]; then HYPERFINE=/usr/bin/hyperfine
elif command -v hyperfine >/dev/null 2>&1; then HYPERFINE=$(command -v hyperfine); fi

START=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
mkdir -p "$OUTDIR" || die "cannot create $OUTDIR"
OUTDIR=$(cd "$OUTDIR" && pwd)
JSONL=$OUTDIR/compare.jsonl
RAW=$OUTDIR/compare-raw
rm -rf "$RAW"; mkdir -p "$RAW"
: > "$JSONL"

# Pin the binary: copy it so a rebuild during the run can't mix versions.
PINNED=$RAW/tactful
cp "$TACTFUL" "$PINNED" || die "cannot copy $TACTFUL"
TACTFUL_SHA=$(sha256sum "$PINNED" | cut -c1-12)
# Same for the harness (a git stash in the repo must not swap it mid-run).
cp "$LATENCY" "$RAW/latency.py" || die "cannot copy $LATENCY"
LATENCY=$RAW/latency.py
if ! grep -q textDocumentSync "$LATENCY"; then
  warn "WARNING: $LATENCY ignores the server's textDocumentSync kind: it sends"
  warn "  incremental edits, which harper-ls 3.0 (full sync) takes as the whole new"
  warn "  document, so harper-ls keystroke numbers will be marked invalid."
fi
TACTFUL_MTIME=$(date -r "$TACTFUL" '+%Y-%m-%d %H:%M:%S')
GIT_DESC=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$GIT_DESC" != unknown ] && [ -n "$(cd "$ROOT" && git status --porcelain --untracked-files=no -- src Cargo.toml Cargo.lock 2>/dev/null)" ]; then
  GIT_DESC="$GIT_DESC (+ uncommitted changes in src/Cargo.*)"
fi
HARPER_VERSION="harper-ls not run"
if [ $HAVE_HARPER = 1 ]; then
  HARPER_VERSION=$(timeout 10 "$HARPER" --version 2>/dev/null | head -n1 || true)
  [ -n "$HARPER_VERSION" ] || HARPER_VERSION="harper-ls (version unknown)"
fi

warn "docs -> $OUTDIR"
python3 "$ROOT/tools/gen_docs.py" "$OUTDIR" >/dev/null || die "tools/gen_docs.py $OUTDIR failed"
for f in msg-2k.md doc-100k.md doc-1m.md phrases.txt; do
  [ -s "$OUTDIR/$f" ] || die "gen_docs.py did not write $OUTDIR/$f"
done
[ -d "$OUTDIR/batch" ] || die "gen_docs.py did not write $OUTDIR/batch/"

# Sanity: the CLI must run and print JSON on every file (exit 0 or 1).
for f in msg-2k.md doc-100k.md; do
  set +e
  (cd "$OUTDIR" && timeout 120 "$PINNED" check --format json "$f") > "$RAW/sanity.json" 2> "$RAW/sanity.err"
  rc=$?
  set -e
  [ $rc -le 1 ] || die "tactful check --format json $f exited $rc: $(head -c 500 "$RAW/sanity.err")"
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$RAW/sanity.json" \
    || die "tactful check --format json $f did not print JSON"
done

# ---------------------------------------------------------------- LSP runs
# lsp_run SERVER DOC EDITS TIMEOUT REP
lsp_run() {
  local server=$1 doc=$2 edits=$3 tmo=$4 rep=$5 cap out err rc t0 t1 label
  local -a cmd
  if [ "$server" = tactful ]; then cmd=("$PINNED" lsp); else cmd=("$HARPER" --stdio); fi
  label="$server"
  out=$RAW/lsp-$server-${doc%.md}-$rep.json
  err=$RAW/lsp-$server-${doc%.md}-$rep.err
  # hard cap: open (3 x timeout) + every edit timing out + slack
  cap=$(( (edits + 3) * tmo + 120 ))
  warn "LSP  $server  $doc  rep $rep  ($edits edits, timeout ${tmo}s)"
  t0=$(date +%s)
  set +e
  # a second, small document: a request on it is timed during each keystroke
  cp "$OUTDIR/msg-2k.md" "$OUTDIR/side-doc.md"
  timeout -k 10 "$cap" python3 "$LATENCY" --doc "$OUTDIR/$doc" --side-doc "$OUTDIR/side-doc.md" \
    --edits "$edits" --timeout "$tmo" --label "$label" -- "${cmd[@]}" > "$out" 2> "$err"
  rc=$?
  set -e
  t1=$(date +%s)
  LAST_RUN_S=$((t1 - t0))
  python3 - "$out" "$err" "$JSONL" "$server" "$doc" "$rep" "$rc" "$LAST_RUN_S" <<'PY'
import json, sys
out, err, jsonl, server, doc, rep, rc, secs = sys.argv[1:]
line = None
for l in open(out, errors="replace").read().splitlines():
    l = l.strip()
    if l.startswith("{"):
        try:
            line = json.loads(l)
        except ValueError:
            pass
if line is None:
    tail = open(err, errors="replace").read().strip().splitlines()[-3:]
    why = "timed out (killed by timeout)" if rc in ("124", "137") else f"exit {rc}"
    line = {"label": server, "error": f"latency.py {why}: " + " | ".join(tail)}
    print(f"compare.sh:   FAILED: {line['error']}", file=sys.stderr)
elif "error" in line:
    print(f"compare.sh:   FAILED: {line['error']}", file=sys.stderr)
else:
    print(f"compare.sh:   open {line.get('open_to_diagnostics_ms')} ms, "
          f"p50 {line.get('keystroke_p50_ms')} ms, p99 {line.get('keystroke_p99_ms')} ms, "
          f"{line.get('edits_measured')} edits, {line.get('timeouts')} timeouts, "
          f"peak RSS {line.get('peak_rss_kb')} KB ({secs} s)", file=sys.stderr)
line.update({"kind": "lsp", "server": server, "document": doc, "rep": int(rep),
             "exit": int(rc), "wall_s": int(secs)})
with open(jsonl, "a") as f:
    f.write(json.dumps(line) + "\n")
PY
}

for doc in msg-2k.md doc-100k.md doc-1m.md; do
  if [ "$doc" = doc-1m.md ]; then reps=$REPS_1M; edits=$EDITS_1M; tmo=$TIMEOUT_1M
  else reps=$REPS; edits=$EDITS; tmo=$TIMEOUT; fi
  hedits=$edits
  for rep in $(seq 1 "$reps"); do
    lsp_run tactful "$doc" "$edits" "$tmo" "$rep"
    if [ $HAVE_HARPER = 1 ]; then
      lsp_run harper-ls "$doc" "$hedits" "$tmo" "$rep"
      if [ "$doc" = doc-1m.md ] && [ "$LAST_RUN_S" -gt "$CAP_1M_S" ] && [ "$hedits" -gt 3 ]; then
        hedits=3
        warn "harper-ls on doc-1m took ${LAST_RUN_S}s > ${CAP_1M_S}s: later repetitions use 3 edits"
      fi
    fi
  done
done

# ------------------------------------------------- speed of light and CLI
# cli_time NAME RUNS WARMUP CMD...   (run in OUTDIR, exit codes ignored)
cli_time() {
  local name=$1 runs=$2 warm=$3; shift 3
  local json=$RAW/cli-$name.json cmdline="" a
  for a in "$@"; do cmdline="$cmdline $(printf '%q' "$a")"; done
  cmdline=${cmdline# }
  warn "CLI  $name  ($runs runs)"
  set +e
  if [ -n "$HYPERFINE" ]; then
    (cd "$OUTDIR" && timeout -k 10 1800 "$HYPERFINE" -N -i --style none --warmup "$warm" \
       --runs "$runs" --export-json "$json" "$cmdline") > "$RAW/cli-$name.out" 2>&1
  else
    (cd "$OUTDIR" && timeout -k 10 1800 python3 - "$json" "$runs" "$warm" "$@" <<'PY'
import json, os, subprocess, sys, time
json_out, runs, warm, cmd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
times, users = [], []
for i in range(warm + runs):
    r0 = os.times()
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    dt = time.perf_counter() - t
    r1 = os.times()
    if i >= warm:
        times.append(dt)
        users.append(r1.children_user - r0.children_user)
s = sorted(times)
med = s[len(s) // 2] if len(s) % 2 else (s[len(s) // 2 - 1] + s[len(s) // 2]) / 2
json.dump({"results": [{"command": " ".join(cmd), "median": med, "mean": sum(times) / len(times),
                        "min": min(times), "max": max(times), "user": sum(users) / len(users),
                        "times": times}]}, open(json_out, "w"))
PY
    ) > "$RAW/cli-$name.out" 2>&1
  fi
  rc=$?
  set -e
  python3 - "$json" "$JSONL" "$name" "$rc" "$RAW/cli-$name.out" "$cmdline" <<'PY'
import json, sys
path, jsonl, name, rc, outf, cmdline = sys.argv[1:]
try:
    r = json.load(open(path))["results"][0]
    line = {"kind": "cli", "name": name, "command": cmdline, "median_s": r["median"],
            "mean_s": r["mean"], "min_s": r["min"], "max_s": r["max"],
            "user_s": r.get("user"), "runs": len(r.get("times", []))}
    print(f"compare.sh:   median {r['median'] * 1000:.2f} ms", file=sys.stderr)
except Exception as e:
    tail = " | ".join(open(outf, errors="replace").read().strip().splitlines()[-3:])
    line = {"kind": "cli", "name": name, "command": cmdline,
            "error": f"exit {rc}: {e}: {tail}"}
    print(f"compare.sh:   FAILED: {line['error']}", file=sys.stderr)
with open(jsonl, "a") as f:
    f.write(json.dumps(line) + "\n")
PY
}

for doc in msg-2k doc-100k doc-1m; do
  cli_time "grep-$doc" "$CLI_RUNS" 3 grep -c -i -F -f phrases.txt "$doc.md"
  if [ $doc = doc-1m ]; then r=5; else r=$CLI_RUNS; fi
  cli_time "tactful-$doc" "$r" 2 "$PINNED" check --format json "$doc.md"
done
cli_time grep-batch 5 1 grep -r -c -i -F -f phrases.txt batch
cli_time tactful-batch 3 1 "$PINNED" check --format json batch

if [ -n "$HYPERFINE" ]; then HF_VERSION=$("$HYPERFINE" --version); else HF_VERSION="no hyperfine (python timing loop)"; fi
BATCH_BYTES=$(cat "$OUTDIR"/batch/* | wc -c)
BATCH_FILES=$(ls "$OUTDIR/batch" | wc -l)
END=$(date +%s)
if [ "$(sha256sum "$TACTFUL" | cut -c1-12)" != "$TACTFUL_SHA" ]; then
  warn "note: $TACTFUL changed during the run; all numbers are from the copy taken at the start ($TACTFUL_SHA)"
fi

# ------------------------------------------------------------------ tables
python3 - "$JSONL" "$BATCH_BYTES" "$BATCH_FILES" "$HAVE_HARPER" "${HYPERFINE:+hyperfine -N -i}" <<'PY'
import json, statistics, sys
jsonl, batch_bytes, batch_files, have_harper = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "1"
rows = [json.loads(l) for l in open(jsonl) if l.strip()]
lsp = [r for r in rows if r.get("kind") == "lsp"]
cli = {r["name"]: r for r in rows if r.get("kind") == "cli"}
docs = [("msg-2k.md", "msg-2k (2.2 KB)"), ("doc-100k.md", "doc-100k (100 KB)"), ("doc-1m.md", "doc-1m (1 MB)")]
measures = [("open_to_diagnostics_ms", "open → first diagnostics", "ms"),
            ("keystroke_p50_ms", "keystroke → diagnostics p50", "ms"),
            ("keystroke_p99_ms", "keystroke → diagnostics p99", "ms"),
            ("side_request_p50_ms", "codeAction on another document during a keystroke, p50", "ms"),
            ("idle_rss_kb", "idle RSS", "kb"),
            ("peak_rss_kb", "peak RSS", "kb"),
            ("rss_after_close_kb", "RSS 1 s after didClose", "kb")]

def runs(server, doc):
    return [r for r in lsp if r["server"] == server and r["document"] == doc]

def valid(r, key):
    # A harness that ignores textDocumentSync sends one-character incremental
    # edits; a full-sync server (harper-ls 3.0) then lints a 1-char document.
    return not (key.startswith("keystroke") and "text_document_sync" not in r
                and r.get("server") != "tactful")

def med(server, doc, key):
    xs = [r[key] for r in runs(server, doc)
          if "error" not in r and r.get(key) is not None and valid(r, key)]
    return statistics.median(xs) if xs else None

def fmt(v, unit):
    if v is None:
        return None
    if unit == "kb":
        return f"{v / 1024:,.1f} MB"
    if v >= 100:
        return f"{v:,.0f} ms"
    return f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms"

def ratio(a, b):
    if a is None or b is None or b == 0:
        return "—"
    q = a / b
    return f"{q:.2f}×" if q < 10 else f"{q:,.0f}×" if q >= 100 else f"{q:.1f}×"

print("| measure | document | tactful | harper-ls | ratio (harper/tactful) |")
print("|---|---|---|---|---|")
for key, name, unit in measures:
    for doc, dname in docs:
        t, h = med("tactful", doc, key), med("harper-ls", doc, key)
        hr = runs("harper-ls", doc)
        ht = fmt(h, unit) or ("not run" if not hr else
                              "invalid ²" if any(not valid(r, key) for r in hr) else "failed")
        tt = fmt(t, unit) or ("not run" if not runs("tactful", doc) else "failed")
        print(f"| {name} | {dname} | {tt} | {ht} | {ratio(h, t)} |")
print()
notes = []
for doc, dname in docs:
    parts = []
    for server in ("tactful", "harper-ls"):
        rs = runs(server, doc)
        if not rs:
            continue
        ok = [r for r in rs if "error" not in r]
        edits = sorted({r.get("edits_measured") for r in ok})
        to = sum(r.get("timeouts", 0) for r in ok)
        s = (f"{server} {len(ok)}/{len(rs)} runs ok × {'/'.join(str(e) for e in edits) or '0'} edits"
             f"{f', {to} timeouts' if to else ''}")
        sync = {r.get("text_document_sync") for r in ok} - {None}
        if sync:
            s += f", {'/'.join(sorted(sync))} sync"
        if any(r.get("versioned_diagnostics") is False for r in ok):
            s += ", unversioned diagnostics"
        diags = sorted({r.get("open_diagnostics") for r in ok} - {None})
        if diags:
            s += f", {'/'.join(map(str, diags))} diagnostics on open"
        parts.append(s)
    if parts:
        notes.append(f"- {dname}: " + "; ".join(parts))
if any(not valid(r, "keystroke_p50_ms") for r in lsp):
    notes.append("- ² not shown: the harness sent incremental edits to a full-sync server "
                 "(tools/latency.py without textDocumentSync support)")
print("Medians over repetitions (LSP runs alternate tactful, harper-ls, ...):")
print("\n".join(notes))
print()

def ms(name):
    r = cli.get(name)
    return None if r is None or "error" in r else r["median_s"] * 1000

def fms(v):
    if v is None:
        return "failed"
    return f"{v:,.0f} ms" if v >= 100 else (f"{v:.2f} ms" if v < 10 else f"{v:.1f} ms")

print("| file | grep -c -i -F -f phrases.txt (400 phrases) | tactful check --format json | ratio (tactful/grep) |")
print("|---|---|---|---|")
for doc, dname in docs:
    d = doc[:-3]
    g, t = ms(f"grep-{d}"), ms(f"tactful-{d}")
    print(f"| {dname} | {fms(g)} | {fms(t)} | {ratio(t, g)} |")
g, t = ms("grep-batch"), ms("tactful-batch")
mb = batch_bytes / 1e6
def mbs(v):
    return "" if v is None else f" ({mb / (v / 1000):.2f} MB/s)"
print(f"| batch/ ({batch_files:,} × msg-2k = {mb:.2f} MB; grep -r) | {fms(g)}{mbs(g)} | "
      f"{fms(t)}{mbs(t)} | {ratio(t, g)} |")
print()
failed = [r for r in rows if "error" in r]
if failed:
    print(f"**{len(failed)} measurement(s) failed**, see compare.jsonl: "
          + "; ".join(f"{r.get('server') or r.get('name')} {r.get('document', '')}: {r['error'][:120]}"
                      for r in failed))
    print()
print(f"Whole-process medians ({sys.argv[5] or 'python timing loop, no hyperfine'}); "
      "MB/s = total bytes of batch/ / median seconds.")
PY

cat <<EOF

Run: $(date '+%Y-%m-%d %H:%M'), $(( (END - START) / 60 )) min $(( (END - START) % 60 )) s wall; $(nproc) CPUs, load average at start $LOAD_START, at end $(cut -d' ' -f1-3 /proc/loadavg).
tactful: $TACTFUL (sha256 $TACTFUL_SHA, built $TACTFUL_MTIME; repo HEAD $GIT_DESC); $HARPER_VERSION; $HF_VERSION.
REPS=$REPS REPS_1M=$REPS_1M EDITS=$EDITS EDITS_1M=$EDITS_1M TIMEOUT=$TIMEOUT TIMEOUT_1M=$TIMEOUT_1M CLI_RUNS=$CLI_RUNS
Raw JSON lines: $JSONL (per-run stderr and hyperfine JSON in $RAW/)
EOF
NFAILED=$(grep -c '"error"' "$JSONL" || true)
if [ "$NFAILED" -gt 0 ]; then
  warn "WARNING: $NFAILED measurement(s) failed (see the tables and $JSONL)"
  exit 3
fi
