#!/usr/bin/env python3
"""Score tactful against labelled whole messages, per rule and per medium.

    tools/train/score_messages.py [--tactful BIN] DIR...

Each DIR holds `messages.json` (the writers' format, tools/train/data/BRIEF.md)
and the files it lists. Prints recall and false-positive rate per rule,
medium accuracy, and the share of good messages with no warning. A
message counts as a hit for a rule when tactful reports that rule anywhere
in it (positions are not compared here).
"""
import argparse
import collections
import json
import os
import subprocess
import sys

RULES = [
    "missing-gratitude", "ambiguous-decision", "missing-decision", "negativity",
    "casual-tone", "over-apology", "over-explanation", "vague-excuse",
    "negotiation-opening", "missing-greeting", "missing-sign-off", "missing-subject",
    "impersonal-greeting", "unfilled-placeholder", "shouting", "missing-door-open",
]
WARNING = {"error", "warning"}


def run(binary, files):
    out = subprocess.run([binary, "check", "--format", "json", *files],
                         capture_output=True, text=True)
    if out.returncode > 1:
        sys.exit(f"tactful failed: {out.stderr}")
    return {os.path.realpath(f["path"]): f for f in json.loads(out.stdout)["files"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tactful", default=os.path.join(os.path.dirname(__file__), "../../target/release/tactful"))
    ap.add_argument("--json", help="write per-message results here")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    tp, fn, fp, tn = (collections.Counter() for _ in range(4))
    medium_ok = medium_n = 0
    media = collections.Counter()
    good = good_clean = 0
    misses = []
    for d in a.dirs:
        labels = json.load(open(os.path.join(d, "messages.json")))
        files = [os.path.join(d, m["file"]) for m in labels]
        got = run(a.tactful, files)
        for m, f in zip(labels, files):
            r = got[os.path.realpath(f)]
            fired = {x["code"] for x in r["diagnostics"]}
            want = set(m["fire"])
            for rule in RULES:
                if rule in want:
                    (tp if rule in fired else fn)[rule] += 1
                    if rule not in fired:
                        misses.append((rule, "missed", f))
                else:
                    (fp if rule in fired else tn)[rule] += 1
                    if rule in fired:
                        misses.append((rule, "false alarm", f))
            medium_n += 1
            ok = r["analysis"]["medium"] == m["medium"]
            medium_ok += ok
            media[(m["medium"], r["analysis"]["medium"])] += 1
            if not want:
                good += 1
                if not any(x["severity"] in WARNING for x in r["diagnostics"]):
                    good_clean += 1
    print(f"{'rule':22} {'recall':>8} {'fpr':>8}   (tp/pos, fp/neg)")
    for rule in RULES:
        pos, neg = tp[rule] + fn[rule], fp[rule] + tn[rule]
        rec = f"{tp[rule] / pos:.2f}" if pos else "-"
        fpr = f"{fp[rule] / neg:.3f}" if neg else "-"
        print(f"{rule:22} {rec:>8} {fpr:>8}   ({tp[rule]}/{pos}, {fp[rule]}/{neg})")
    print(f"medium right: {medium_ok}/{medium_n} = {medium_ok / medium_n:.3f}")
    wrong = {k: v for k, v in media.items() if k[0] != k[1]}
    print(f"  wrong (labelled -> read): {dict(sorted(wrong.items()))}")
    print(f"good messages with no warning: {good_clean}/{good} = {good_clean / max(good, 1):.3f}")
    if a.json:
        json.dump(misses, open(a.json, "w"), indent=1)


if __name__ == "__main__":
    main()
