#!/usr/bin/env python3
"""Build the held-out tactful corpus from build/*.src (same marker scheme as
../../shared/corpus/build/build_corpus.py, written independently).

Header: @@@ <slug>.<md|txt> | <medium> | <scenario> | <kind>
Optional: @@@ fire: / unsure: / note: / class: / args: / opts: crlf nonl / medium_sure: false
Faults: U+27E6 rule[,rule]: text U+27E7  -> byte spans.
"""
import json, random, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
import check_heldout as cc  # noqa

OPEN, CLOSE = "\u27e6", "\u27e7"
HEADER = re.compile(r"^@@@ (?P<file>[a-z0-9-]+\.(?:md|txt)) \| (?P<medium>\S+) \| (?P<scenario>\S+) \| (?P<kind>\S+)\s*$")


def die(m):
    sys.exit("build error: " + m)


def parse():
    msgs, cur = [], None
    for src in sorted(HERE.glob("*.src")):
        for n, line in enumerate(src.read_text(encoding="utf-8").split("\n"), 1):
            m = HEADER.match(line)
            if m:
                cur = dict(src=f"{src.name}:{n}", name=m["file"], medium=m["medium"], scenario=m["scenario"],
                           kind=m["kind"], fire=[], unsure=[], note=None, cls=None, args=None, opts=set(),
                           medium_sure=True, lines=[], hdr=True)
                msgs.append(cur)
                continue
            if cur is None:
                if line.strip():
                    die(f"{src.name}:{n}: text before header")
                continue
            if cur["hdr"] and line.startswith("@@@ "):
                k, _, v = line[4:].partition(":")
                k, v = k.strip(), v.strip()
                if k in ("fire", "unsure"):
                    cur[k] = [r.strip() for r in v.split(",") if r.strip()]
                elif k == "note":
                    cur["note"] = v
                elif k == "class":
                    cur["cls"] = v
                elif k == "args":
                    cur["args"] = v.split()
                elif k == "opts":
                    cur["opts"] = set(v.split())
                elif k == "medium_sure":
                    cur["medium_sure"] = v.lower() != "false"
                else:
                    die(f"{src.name}:{n}: unknown header {k}")
                continue
            if line.startswith("@@@"):
                die(f"{src.name}:{n}: malformed header {line!r}")
            cur["hdr"] = False
            cur["lines"].append(line)
    return msgs


def render(msg):
    lines = [l.rstrip() for l in msg["lines"]]
    lines = ["-- " if l == "--" else l for l in lines]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    text = "\n".join(lines)
    if "nonl" not in msg["opts"]:
        text += "\n"
    if "crlf" in msg["opts"]:
        text = text.replace("\n", "\r\n")
    out, stack, spans, i = bytearray(), [], {}, 0
    while i < len(text):
        ch = text[i]
        if ch == OPEN:
            j = text.index(":", i)
            rules = [r.strip() for r in text[i + 1:j].split(",")]
            for r in rules:
                if r not in cc.RULES:
                    die(f"{msg['src']}: unknown rule {r}")
            stack.append((rules, len(out)))
            i = j + 1
            while text[i] == " ":
                i += 1
            continue
        if ch == CLOSE:
            rules, start = stack.pop()
            for r in rules:
                spans.setdefault(r, []).append([start, len(out)])
            i += 1
            continue
        out += ch.encode("utf-8")
        i += 1
    if stack:
        die(f"{msg['src']}: unclosed marker")
    for r in spans:
        spans[r].sort()
    return bytes(out), spans


def main():
    msgs = parse()
    names = [m["name"] for m in msgs]
    d = {n for n in names if names.count(n) > 1}
    if d:
        die(f"duplicate slugs {d}")
    order = list(range(len(msgs)))
    random.Random(4242).shuffle(order)
    md = ROOT / "messages"
    md.mkdir(exist_ok=True)
    for old in md.iterdir():
        old.unlink()
    manifest = []
    for num, idx in enumerate(order, 1):
        m = msgs[idx]
        if m["kind"] not in ("real-style", "authored", "mutant"):
            die(f"{m['src']}: bad kind")
        data, spans = render(m)
        fire = [r for r in cc.RULES if r in m["fire"]]
        bad = set(m["fire"] + m["unsure"]) - set(cc.RULES)
        if bad:
            die(f"{m['src']}: unknown rules {bad}")
        unsure = set(m["unsure"])
        if "ambiguous-decision" in fire or "negotiation-opening" in fire:
            unsure.add("missing-decision")
        if "missing-decision" in fire:
            unsure.add("ambiguous-decision")
        quiet = [r for r in cc.RULES if r not in fire and r not in unsure]
        for r in spans:
            if r not in fire:
                die(f"{m['src']}: span for non-firing {r}")
        for r in fire:
            if r in cc.LOCATED and r not in spans:
                die(f"{m['src']}: {r} fires without span")
        rel = f"messages/{num:03d}-{m['name']}"
        (ROOT / rel).write_bytes(data)
        e = {"file": rel, "kind": m["kind"], "medium": m["medium"], "scenario": m["scenario"],
             "expect": {"fire": fire, "quiet": quiet}, "spans": spans,
             "front_matter": cc.front_matter(data)[0]}
        if m["args"]:
            e["args"] = m["args"]
        if not m["medium_sure"]:
            e["medium_sure"] = False
        if m["cls"]:
            e["class"] = m["cls"]
        if m["note"]:
            e["note"] = m["note"]
        manifest.append(e)
    (ROOT / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"built {len(manifest)} messages")


if __name__ == "__main__":
    main()
