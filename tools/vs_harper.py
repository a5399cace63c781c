#!/usr/bin/env python3
"""How well tactful and harper-ls point at the faults of labelled messages.

    python3 tools/vs_harper.py [--harper PATH] [--tactful PATH] DIR...

Each DIR holds `messages.json` (the labelled sets: `tests/blind-N/*/`).
Both servers are driven the way an editor drives them (LSP over stdio,
one document opened at a time, its published diagnostics collected), so
neither is asked to do more than it does for a user. For each tool:

- faults pointed at: of the faults the writers quoted (a hedged decision,
  a bitter sentence, slang, an apology, ...), the share that at least one
  diagnostic overlaps;
- faulty messages flagged: messages labelled with any fault that get at
  least one diagnostic;
- good messages flagged: messages labelled good that get at least one
  diagnostic (a false alarm for a message that needs no change).

Every diagnostic counts, whatever its severity (harper-ls publishes its
lints as hints and information, tactful at four levels). harper-ls is a general grammar and style checker: it has no rule for a
hedged decision or a bitter sentence, so this measures what a writer
would see from it on this job, not its quality as a grammar checker.
"""
import argparse
import json
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from latency import Client  # noqa: E402

WORD_FAULTS = {
    "ambiguous-decision", "negativity", "casual-tone", "over-apology",
    "vague-excuse", "over-explanation", "negotiation-opening",
    "impersonal-greeting", "unfilled-placeholder", "shouting",
}


def utf16_to_byte(line_text, ch):
    """Byte offset in `line_text` of UTF-16 column `ch`."""
    units = 0
    for i, c in enumerate(line_text):
        if units >= ch:
            return len(line_text[:i].encode())
        units += 2 if ord(c) > 0xFFFF else 1
    return len(line_text.encode())


def to_bytes(text, pos):
    lines = text.split("\n")
    line = min(pos["line"], len(lines) - 1)
    start = sum(len(l.encode()) + 1 for l in lines[:line])
    return start + utf16_to_byte(lines[line], pos["character"])


class Server:
    def __init__(self, cmd, root):
        self.c = Client(cmd, {})
        rid = self.c.request("initialize", {
            "processId": None, "rootUri": root.as_uri(),
            "capabilities": {"general": {"positionEncodings": ["utf-16"]},
                             "textDocument": {"publishDiagnostics": {}}}})
        if self.c.wait(lambda m: m.get("id") == rid, 60) is None:
            sys.exit(f"{cmd[0]}: no initialize response")
        self.c.notify("initialized", {})

    def diagnostics(self, path, language):
        uri = path.resolve().as_uri()
        text = path.read_text()
        self.c.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": language, "version": 1, "text": text}})
        r = self.c.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == uri, 30)
        self.c.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        if r is None:
            return None
        out = []
        for d in r[1]["params"]["diagnostics"]:
            a = to_bytes(text, d["range"]["start"])
            b = to_bytes(text, d["range"]["end"])
            out.append((a, max(b, a + 1), d.get("severity", 1)))
        return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--harper", default="harper-ls")
    ap.add_argument("--tactful", default="target/release/tactful")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    root = pathlib.Path(a.dirs[0]).resolve()
    tools = {
        "tactful": (Server([a.tactful, "lsp"], root), None),
        "harper-ls": (Server([a.harper, "--stdio"], root), "markdown"),
    }
    stats = {t: {"quotes": 0, "pointed": 0, "faulty": 0, "faulty_flagged": 0,
                 "good": 0, "good_flagged": 0, "timeouts": 0} for t in tools}
    for d in a.dirs:
        d = pathlib.Path(d)
        for m in json.loads((d / "messages.json").read_text()):
            path = d / m["file"]
            text = path.read_text()
            quotes = []
            for f in m.get("faults", []):
                q = f.get("quote") or ""
                at = text.encode().find(q.encode()) if q else -1
                if f.get("rule") in WORD_FAULTS and at >= 0:
                    quotes.append((at, at + len(q.encode())))
            faulty = bool(m.get("fire"))
            for name, (server, language) in tools.items():
                lang = language or ("markdown" if path.suffix == ".md" else "plaintext")
                diags = server.diagnostics(path, lang)
                s = stats[name]
                if diags is None:
                    s["timeouts"] += 1
                    diags = []
                ds = [(x, y) for x, y, _ in diags]
                for qa, qb in quotes:
                    s["pointed"] += any(x < qb and qa < y for x, y in ds)
                if faulty:
                    s["faulty_flagged"] += bool(ds)
                else:
                    s["good_flagged"] += bool(ds)
                s["quotes"] += len(quotes)
                s["faulty"] += faulty
                s["good"] += not faulty
    print("| | " + " | ".join(tools) + " |")
    print("|---|" + "---|" * len(tools))
    for label, key, total in [("faults pointed at", "pointed", "quotes"),
                              ("faulty messages flagged", "faulty_flagged", "faulty"),
                              ("good messages flagged", "good_flagged", "good")]:
        cells = []
        for t in tools:
            s = stats[t]
            n = s[key]
            cells.append(f"{n}/{s[total]} = {n / max(s[total], 1):.2f}")
        print(f"| {label} | " + " | ".join(cells) + " |")
    for t in tools:
        if stats[t]["timeouts"]:
            print(f"{t}: {stats[t]['timeouts']} documents timed out", file=sys.stderr)


if __name__ == "__main__":
    main()
