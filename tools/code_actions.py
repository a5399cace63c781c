#!/usr/bin/env python3
"""Times whole-draft code-action requests on one unchanged document.

    python3 tools/code_actions.py --doc DRAFT.md [--requests 300] -- SERVER ARGS...

Opens DRAFT, waits for its diagnostics, then sends REQUESTS codeAction
requests for the whole draft with all its diagnostics, one after another,
and prints the first (cold: the plans are made) and the p50 / p99 of the
rest (the plans are cached per document version).
"""
import argparse
import pathlib
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from latency import Client, percentile  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--doc", required=True)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    doc = pathlib.Path(a.doc).resolve()
    c = Client(cmd, {})
    rid = c.request("initialize", {
        "processId": None, "rootUri": doc.parent.as_uri(),
        "capabilities": {"general": {"positionEncodings": ["utf-16"]}}})
    if c.wait(lambda m: m.get("id") == rid, 30) is None:
        sys.exit("no initialize response")
    c.notify("initialized", {})
    uri = doc.as_uri()
    text = doc.read_text()
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}})
    r = c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics", 30)
    if r is None:
        sys.exit("no diagnostics")
    diags = r[1]["params"]["diagnostics"]
    lines = text.split("\n")
    end = {"line": len(lines) - 1, "character": len(lines[-1])}
    lat = []
    for _ in range(a.requests):
        t = time.perf_counter()
        sid = c.request("textDocument/codeAction", {
            "textDocument": {"uri": uri},
            "range": {"start": {"line": 0, "character": 0}, "end": end},
            "context": {"diagnostics": diags}})
        if c.wait(lambda m: m.get("id") == sid, 30) is None:
            sys.exit("a codeAction request timed out")
        lat.append((time.perf_counter() - t) * 1000)
    print(f"{len(diags)} diagnostics; first request {lat[0]:.2f} ms; "
          f"then p50 {percentile(lat[1:], 50):.2f} ms, p99 {percentile(lat[1:], 99):.2f} ms "
          f"over {len(lat) - 1} requests")


if __name__ == "__main__":
    main()
