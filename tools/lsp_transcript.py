#!/usr/bin/env python3
"""Drive `tactful lsp` over stdio through every file given and print one JSON
line per reply: pull diagnostics, every code action (each diagnostic and
fix-all), hover on each diagnostic, completion at the end of the text and on
an empty buffer, the outline. Used to show that a refactoring leaves the
server's answers byte-identical:

    tools/lsp_transcript.py target/release/tactful FILE... > transcript.jsonl
"""
import json
import subprocess
import sys


class Client:
    def __init__(self, cmd):
        self.p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL)
        self.next_id = 0

    def send(self, msg):
        body = json.dumps(msg).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.p.stdout.readline()
            if not line:
                raise EOFError("server closed stdout")
            line = line.strip()
            if not line:
                break
            k, _, v = line.partition(b":")
            if k.lower() == b"content-length":
                length = int(v)
        return json.loads(self.p.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        rid = self.next_id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        while True:
            m = self.read()
            if m.get("id") == rid and "method" not in m:
                return m.get("result", m.get("error"))
            if "method" in m and "id" in m:  # a request from the server
                self.send({"jsonrpc": "2.0", "id": m["id"], "result": None})

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    c = Client([binary, "lsp"])
    c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {
        "general": {"positionEncodings": ["utf-16"]},
        "textDocument": {"completion": {"completionItem": {"snippetSupport": True}},
                         "diagnostic": {}, "codeAction": {}}}})
    c.notify("initialized", {})
    out = sys.stdout

    def emit(kind, name, value):
        out.write(json.dumps({"kind": kind, "file": name, "value": value}, sort_keys=True) + "\n")

    for i, path in enumerate(files):
        text = open(path, encoding="utf-8", errors="replace").read()
        uri = f"file:///snapshot/{i}/{path.rsplit('/', 1)[-1]}"
        lang = "markdown" if path.endswith((".md", ".markdown")) else "plaintext"
        doc = {"uri": uri}
        c.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": lang, "version": 1, "text": text}})
        report = c.request("textDocument/diagnostic", {"textDocument": doc})
        emit("diagnostic", path, report)
        diags = (report or {}).get("items", [])
        for d in diags:
            emit("codeAction", path, c.request("textDocument/codeAction", {
                "textDocument": doc, "range": d["range"],
                "context": {"diagnostics": [d], "only": ["quickfix"]}}))
            emit("hover", path, c.request("textDocument/hover", {
                "textDocument": doc, "position": d["range"]["start"]}))
        lines = text.split("\n")
        whole = {"start": {"line": 0, "character": 0},
                 "end": {"line": len(lines) - 1, "character": len(lines[-1].encode("utf-16-le")) // 2}}
        emit("fixAll", path, c.request("textDocument/codeAction", {
            "textDocument": doc, "range": whole,
            "context": {"diagnostics": diags, "only": ["source.fixAll.tactful"]}}))
        emit("symbols", path, c.request("textDocument/documentSymbol", {"textDocument": doc}))
        emit("completion", path, c.request("textDocument/completion", {
            "textDocument": doc, "position": whole["end"],
            "context": {"triggerKind": 1}}))
        c.notify("textDocument/didClose", {"textDocument": doc})
    empty = {"uri": "file:///snapshot/empty.md"}
    c.notify("textDocument/didOpen", {"textDocument": {
        **empty, "languageId": "markdown", "version": 1, "text": ""}})
    emit("completion", "<empty>", c.request("textDocument/completion", {
        "textDocument": empty, "position": {"line": 0, "character": 0},
        "context": {"triggerKind": 1}}))
    c.request("shutdown", None)
    c.notify("exit", None)
    c.p.wait(timeout=10)


if __name__ == "__main__":
    main()
