#!/usr/bin/env python3
"""Keystroke-to-diagnostics latency harness for any LSP server over stdio.

Usage:
  tools/latency.py [--doc FILE] [--edits N] [--timeout S] [--label L] -- CMD ARGS...
  e.g. tools/latency.py --doc msg.md -- target/release/tactful lsp
       tools/latency.py --doc msg.md -- harper-ls --stdio

Initializes the server (answering workspace/configuration and other
server->client requests), opens the document, then types N characters one
at a time as incremental didChange edits, waiting for the publishDiagnostics
of each version before the next keystroke. Reports time to first
diagnostics after didOpen, keystroke->diagnostics p50/p99, idle RSS
(VmRSS after initialize, before didOpen) and peak RSS (VmHWM), as one JSON
line followed by a human summary. Python 3 standard library only.
"""

import argparse
import json
import os
import pathlib
import queue
import subprocess
import sys
import threading
import time

# Settings offered to servers that ask via workspace/configuration.
# harper-ls 3.0 asks with section None and reads its settings under a
# "harper-ls" key (config.rs: maxFileLength, default 120,000 bytes, and
# diagnosticDelayMs, default 0); both are set so 1 MB documents are linted
# and diagnostics are published without a debounce delay.
HARPER = {"maxFileLength": 4_000_000, "diagnosticDelayMs": 0}
HARPER_SETTINGS = {"harper-ls": HARPER, **HARPER}


def status_kb(pid, key):
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def percentile(xs, p):
    if not xs:
        return None
    s = sorted(xs)
    k = (len(s) - 1) * p / 100.0
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


class Client:
    def __init__(self, cmd, settings):
        self.proc = subprocess.Popen(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=None if os.environ.get("LATENCY_SERVER_STDERR") else subprocess.DEVNULL,
            bufsize=1 << 20)
        self.settings = settings
        self.q = queue.Queue()
        self.next_id = 1
        self.lock = threading.Lock()
        # called with (arrival time, message) for every response pumped
        self.on_response = None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        self.q.put(None)
                        return
                    line = line.strip()
                    if not line:
                        break
                    k, _, v = line.decode("ascii", "replace").partition(":")
                    if k.lower() == "content-length":
                        length = int(v.strip())
                # buffered: read(n) returns n bytes unless the stream ends
                body = out.read(length)
                if len(body) < length:
                    self.q.put(None)
                    return
                # the time the message arrived, not the time this script
                # took to decode it (megabytes of JSON for a 1 MB document)
                arrived = time.perf_counter()
                msg = json.loads(body)
                self.q.put((arrived, msg))
        except Exception as e:  # report, don't hang
            print(f"reader: {e}", file=sys.stderr)
            self.q.put(None)

    def send(self, msg):
        msg["jsonrpc"] = "2.0"
        data = json.dumps(msg).encode()
        with self.lock:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(data) + data)
            self.proc.stdin.flush()

    def notify(self, method, params):
        self.send({"method": method, "params": params})

    def request(self, method, params):
        i = self.next_id
        self.next_id += 1
        self.send({"id": i, "method": method, "params": params})
        return i

    def answer_server_request(self, msg):
        method = msg["method"]
        if method == "workspace/configuration":
            items = msg.get("params", {}).get("items", [])
            result = [self.settings for _ in items]
        else:
            result = None
        self.send({"id": msg["id"], "result": result})

    def wait(self, pred, timeout):
        """Pump messages until pred(msg) is true; returns (time, msg) or None."""
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                return None
            try:
                item = self.q.get(timeout=left)
            except queue.Empty:
                return None
            if item is None:
                raise RuntimeError("server closed its output")
            t, msg = item
            if "method" in msg and "id" in msg:
                self.answer_server_request(msg)
                continue
            if self.on_response and "id" in msg and "method" not in msg:
                self.on_response(t, msg)
            if pred(msg):
                return t, msg


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--doc", required=True, help="document to open")
    ap.add_argument("--edits", type=int, default=200)
    ap.add_argument("--timeout", type=float, default=10.0,
                    help="seconds to wait for each publishDiagnostics")
    ap.add_argument("--language", default="markdown")
    ap.add_argument("--label", default=None)
    ap.add_argument("--side-all", action="store_true",
                    help="ask for the side document's code actions over its whole text, "
                         "with every diagnostic the server published for it in the context "
                         "(what an editor sends for a lightbulb over a selection of the whole "
                         "message), instead of at its start with none")
    ap.add_argument("--side-doc", default=None,
                    help="a second document; during each keystroke on the "
                         "first, a codeAction request on it is timed")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        ap.error("give the server command after --")
    is_harper = "harper" in os.path.basename(cmd[0])
    settings = HARPER_SETTINGS if is_harper else {}

    doc_path = pathlib.Path(a.doc).resolve()
    text = doc_path.read_text()
    uri = doc_path.as_uri()
    c = Client(cmd, settings)
    pid = c.proc.pid
    result = {"label": a.label or os.path.basename(cmd[0]), "cmd": cmd,
              "doc": str(a.doc), "doc_bytes": len(text.encode()),
              "edits_requested": a.edits}

    t0 = time.perf_counter()
    rid = c.request("initialize", {
        "processId": os.getpid(),
        "rootUri": doc_path.parent.as_uri(),
        "workspaceFolders": [{"uri": doc_path.parent.as_uri(), "name": "bench"}],
        "capabilities": {
            "general": {"positionEncodings": ["utf-16"]},
            "workspace": {"configuration": True,
                          "didChangeConfiguration": {"dynamicRegistration": True}},
            "textDocument": {
                "synchronization": {"didSave": True},
                "publishDiagnostics": {"versionSupport": True},
            },
        },
        "initializationOptions": settings,
    })
    r = c.wait(lambda m: m.get("id") == rid, 30)
    if r is None:
        sys.exit("no initialize response")
    result["initialize_ms"] = round((r[0] - t0) * 1000, 3)
    caps = r[1].get("result", {}).get("capabilities", {})
    encoding = caps.get("positionEncoding", "utf-16")
    result["position_encoding"] = encoding
    # Honour the server's textDocumentSync kind: 1 = Full (send the whole
    # text on every change; harper-ls 3.0 does this and would otherwise take
    # a one-character edit as the entire new document), 2 = Incremental.
    sync = caps.get("textDocumentSync", 1)
    if isinstance(sync, dict):
        sync = sync.get("change", 1)
    full_sync = sync != 2
    result["text_document_sync"] = "full" if full_sync else "incremental"
    c.notify("initialized", {})
    if settings:
        c.notify("workspace/didChangeConfiguration", {"settings": settings})
    # let the server settle (answering configuration requests), then idle RSS
    c.wait(lambda m: False, 0.5)
    result["idle_rss_kb"] = status_kb(pid, "VmRSS")

    def published(version):
        def pred(m):
            if m.get("method") != "textDocument/publishDiagnostics":
                return False
            p = m["params"]
            if p.get("uri") != uri:
                return False
            v = p.get("version")
            return v is None or v == version
        return pred

    versioned = [True]

    def note_version(msg):
        if msg[1]["params"].get("version") is None:
            versioned[0] = False

    t = time.perf_counter()
    c.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": a.language, "version": 1, "text": text}})
    r = c.wait(published(1), a.timeout * 3)
    if r is None:
        result["error"] = "no diagnostics after didOpen"
        print(json.dumps(result))
        c.proc.kill()
        sys.exit(1)
    note_version(r)
    result["open_to_diagnostics_ms"] = round((r[0] - t) * 1000, 3)
    result["open_diagnostics"] = len(r[1]["params"]["diagnostics"])
    result["rss_after_open_kb"] = status_kb(pid, "VmRSS")

    side_uri, side_sent, side_lat = None, {}, []
    if a.side_doc:
        side_path = pathlib.Path(a.side_doc).resolve()
        side_uri = side_path.as_uri()
        c.notify("textDocument/didOpen", {"textDocument": {
            "uri": side_uri, "languageId": a.language, "version": 1,
            "text": side_path.read_text()}})
        side_pub = c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"].get("uri") == side_uri, a.timeout)
        side_msg = side_pub[1] if side_pub else {}
        side_diags = side_msg.get("params", {}).get("diagnostics", []) if a.side_all else []
        side_end = {"line": len(side_path.read_text().split("\n")), "character": 0}

        def on_response(t, msg):
            sent = side_sent.pop(msg.get("id"), None)
            if sent is not None:
                side_lat.append((t - sent) * 1000)
        c.on_response = on_response

    # Typing spot: the end of the line nearest the middle of the document
    # that has prose on it, as someone adding to a paragraph would.
    lines = text.split("\n")
    mid = len(lines) // 2
    order = sorted(range(len(lines)), key=lambda i: abs(i - mid))
    line = next((i for i in order if len(lines[i].strip()) > 20), mid)
    col_text = lines[line]
    typed = " I hope we can stay in touch, and thank you again for your time."
    lat, timeouts = [], 0
    last_diags = None
    version = 1
    for k in range(a.edits):
        ch = typed[k % len(typed)]
        char = utf16_len(col_text) if encoding == "utf-16" else (
            len(col_text.encode()) if encoding == "utf-8" else len(col_text))
        version += 1
        pos = {"line": line, "character": char}
        col_text += ch
        if full_sync:
            lines[line] = col_text
            change = {"text": "\n".join(lines)}
        else:
            change = {"range": {"start": pos, "end": pos}, "text": ch}
        t = time.perf_counter()
        c.notify("textDocument/didChange", {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [change]})
        if side_uri:
            # while the server analyses the keystroke, ask about the other
            # document (code actions at its start: every server has them)
            zero = {"line": 0, "character": 0}
            sid = c.request("textDocument/codeAction", {
                "textDocument": {"uri": side_uri},
                "range": {"start": zero, "end": side_end if a.side_all else zero},
                "context": {"diagnostics": side_diags}})
            side_sent[sid] = time.perf_counter()
        r = c.wait(published(version), a.timeout)
        if side_sent:
            c.wait(lambda m: not side_sent, a.timeout)
        if r is None:
            timeouts += 1
            if timeouts >= 3:
                break
            continue
        note_version(r)
        lat.append((r[0] - t) * 1000)
        last_diags = len(r[1]["params"]["diagnostics"])

    result["edits_measured"] = len(lat)
    result["timeouts"] = timeouts
    result["last_edit_diagnostics"] = last_diags
    result["versioned_diagnostics"] = versioned[0]
    result["keystroke_p50_ms"] = round(percentile(lat, 50), 3) if lat else None
    result["keystroke_p99_ms"] = round(percentile(lat, 99), 3) if lat else None
    result["keystroke_max_ms"] = round(max(lat), 3) if lat else None
    if side_uri:
        result["side_requests"] = len(side_lat)
        result["side_diagnostics"] = len(side_diags)
        result["side_request_p50_ms"] = round(percentile(side_lat, 50), 3) if side_lat else None
        result["side_request_p99_ms"] = round(percentile(side_lat, 99), 3) if side_lat else None
    result["peak_rss_kb"] = status_kb(pid, "VmHWM")
    result["rss_before_close_kb"] = status_kb(pid, "VmRSS")
    # close the document: a server that frees it goes back toward idle
    c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    time.sleep(1.0)
    result["rss_after_close_kb"] = status_kb(pid, "VmRSS")

    try:
        sid = c.request("shutdown", None)
        c.wait(lambda m: m.get("id") == sid, 5)
        c.notify("exit", None)
        c.proc.wait(timeout=5)
    except Exception:
        c.proc.kill()

    print(json.dumps(result))
    print(f"# {result['label']} on {a.doc} ({result['doc_bytes']} bytes, "
          f"encoding {encoding}): open->diagnostics "
          f"{result['open_to_diagnostics_ms']} ms; keystroke->diagnostics "
          f"p50 {result['keystroke_p50_ms']} ms, p99 {result['keystroke_p99_ms']} ms "
          f"over {len(lat)} edits ({timeouts} timeouts); idle RSS "
          f"{result['idle_rss_kb']} KB, peak RSS {result['peak_rss_kb']} KB, "
          f"RSS {result['rss_before_close_kb']} KB before didClose, "
          f"{result['rss_after_close_kb']} KB 1 s after"
          + (f"; codeAction on the side document p50 {result['side_request_p50_ms']} ms, "
             f"p99 {result['side_request_p99_ms']} ms" if side_uri else "")
          + ("" if versioned[0] else "; NOTE: server publishes without version"),
          file=sys.stderr)


if __name__ == "__main__":
    main()
