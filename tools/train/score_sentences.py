#!/usr/bin/env python3
"""Sentence-level check of the reading layer against labelled sentences.

    cargo build --release --example read
    tools/train/score_sentences.py tools/train/data/*/sentences.jsonl

Compares the reading's stand (clear / hedged / deferred / none) with the
labels decision, hedged-decision and reschedule, and prints confusion
counts and examples of each kind of miss (--show N).
"""
import argparse
import collections
import json
import os
import random
import subprocess

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--show", type=int, default=8)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/examples/read"))
    a = ap.parse_args()
    rows = []
    for f in a.files:
        for line in open(f):
            if line.strip():
                rows.append(json.loads(line))
    inp = "".join(json.dumps({"text": r["text"]}) + "\n" for r in rows)
    out = subprocess.run([a.bin], input=inp, capture_output=True, text=True, check=True).stdout
    got = [json.loads(l) for l in out.splitlines()]
    assert len(got) == len(rows)

    def gold(r):
        ls = set(r["labels"])
        if "hedged-decision" in ls:
            return "hedged"
        if "decision" in ls or "reschedule" in ls:
            return "clear"
        return "none"

    conf = collections.Counter()
    ex = collections.defaultdict(list)
    for r, g in zip(rows, got):
        want, have = gold(r), g["stand"]
        if have == "deferred":
            have = "hedged"
        conf[(want, have)] += 1
        if want != have:
            ex[(want, have)].append((r["text"], g))
    print("gold \\ read   clear  hedged  none")
    for w in ("clear", "hedged", "none"):
        print(f"{w:12} " + " ".join(f"{conf[(w, h)]:7}" for h in ("clear", "hedged", "none")))
    for w in ("clear", "hedged"):
        tp = conf[(w, w)]
        pos = sum(conf[(w, h)] for h in ("clear", "hedged", "none"))
        pred = sum(conf[(g, w)] for g in ("clear", "hedged", "none"))
        print(f"{w}: recall {tp / max(pos, 1):.2f}, precision {tp / max(pred, 1):.2f}")
    neg = sum(conf[("none", h)] for h in ("clear", "hedged", "none"))
    print(f"hedged false-positive rate on non-hedged sentences: "
          f"{(conf[('none', 'hedged')] + conf[('clear', 'hedged')]) / max(neg + sum(conf[('clear', h)] for h in ('clear','hedged','none')), 1):.3f}")
    random.seed(0)
    for k, v in sorted(ex.items()):
        print(f"\n--- gold {k[0]}, read {k[1]}: {len(v)}")
        for t, g in random.sample(v, min(a.show, len(v))):
            print(f"  {t!r}  {g['frames']} {g['hedges']}")


if __name__ == "__main__":
    main()
