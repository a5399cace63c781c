#!/usr/bin/env python3
"""Audit what `tactful check --fix` writes, with checks that do not share
code with the fix planner's own validator.

    python3 tools/fix_audit.py [--bin target/release/tactful] [--show] DIR_OR_FILE...

Each message is copied to a temporary folder, fixed there with the CLI and
compared with the original. Counted per message:

  dup         a sentence of four words or more appears more often than before
  subject     a Subject: line added to a message that is not an email
  glued       an inserted sentence follows a word with no full stop between
  comma-cap   ", It ..." style capital after a comma, more than before
  fill        a placeholder filled into broken wording ("Dear the", "this is,")
  two-parts   two greetings or two sign-offs where there was at most one
  warnings    warning-level findings left in the fixed text
  new-rule    a rule that did not fire before fires after
  unconverged fixable findings still there after the fix (by rule count)

Only the standard library; the binary is built with `cargo build --release`.
"""

import argparse
import difflib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter

CAPS_AFTER_COMMA = re.compile(
    r", (It|It's|This|The|Thank|Thanks|Unfortunately|After|Please|We|My|Our|"
    r"Sadly|However|Having|Given|So|And|But|Best|Kind|Regards|Warm)\b"
)
BROKEN_FILLS = [
    re.compile(p, re.M)
    for p in (
        r"\b(Dear|Hi|Hello) (the|your|a|an) ",
        r"\bthis is,",
        r"\bthis is (Otherwise|Best|Kind|Regards|Thanks|Thank)\b",
        r"[A-Za-z], (Best|Kind|Warm) regards,? [a-z]",
        r"^\s*(your company|the company|a time that suits you|the hiring team)\s*,?\s*$",
        r"\b(on|at|by) a time that suits you\b",
    )
]
SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def words(s):
    return re.findall(r"[a-z0-9']+", s.lower())


def sentences(text):
    out = []
    for m in SENTENCE.finditer(text):
        w = words(m.group(0))
        if len(w) >= 4:
            out.append(" ".join(w))
    return Counter(out)


def check_json(binary, path, extra=()):
    p = subprocess.run(
        [binary, "check", "--format", "json", *extra, path],
        capture_output=True,
        text=True,
    )
    try:
        return json.loads(p.stdout)["files"][0]
    except Exception:
        return None


def inserted_segments(old, new):
    sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag in ("insert", "replace"):
            yield j1, new[j1:j2]


def audit(binary, src, tmp):
    name = os.path.basename(src)
    dst = os.path.join(tmp, name)
    shutil.copyfile(src, dst)
    with open(src, encoding="utf-8", errors="replace") as fh:
        old = fh.read()
    before = check_json(binary, dst)
    if before is None:
        return None
    medium = before["analysis"]["medium"]
    subprocess.run([binary, "check", "--fix", dst], capture_output=True)
    with open(dst, encoding="utf-8", errors="replace") as fh:
        new = fh.read()
    after = check_json(binary, dst, ["--medium", medium]) or {"diagnostics": [], "analysis": {"parts": []}}
    d = Counter()
    s_old, s_new = sentences(old), sentences(new)
    d["dup"] = sum(1 for s, n in s_new.items() if n > 1 and n > s_old.get(s, 0))
    if medium != "email":
        d["subject"] = sum(
            1 for l in new.splitlines() if l.lower().startswith("subject:")
        ) - sum(1 for l in old.splitlines() if l.lower().startswith("subject:"))
        d["subject"] = max(0, d["subject"])
    for at, seg in inserted_segments(old, new):
        stripped = seg.lstrip()
        if not stripped or not stripped[0].isupper() or stripped.startswith("I "):
            continue
        # a word respelled in place ("im" -> "I'm", "hey" -> "Hi") is no
        # inserted sentence; one has three words or more
        if len(stripped.split()) < 3:
            continue
        k = at + (len(seg) - len(stripped))
        prev = new[:k].rstrip(" \t")
        if prev and (prev[-1].isalnum()) and not new[:k].endswith("\n"):
            d["glued"] += 1
    d["comma-cap"] = max(0, len(CAPS_AFTER_COMMA.findall(new)) - len(CAPS_AFTER_COMMA.findall(old)))
    for p in BROKEN_FILLS:
        n_new = sum(1 for _ in p.finditer(new))
        n_old = sum(1 for _ in p.finditer(old))
        d["fill"] += max(0, n_new - n_old)
    kinds_old = Counter(p["kind"] for p in before["analysis"]["parts"])
    kinds_new = Counter(p["kind"] for p in after["analysis"]["parts"])
    for k in ("greeting", "sign-off"):
        if kinds_new[k] > 1 and kinds_new[k] > kinds_old[k]:
            d["two-parts"] += 1
    rules_old = Counter(x["code"] for x in before["diagnostics"])
    fixable = Counter(
        x["code"] for x in before["diagnostics"] if any(f.get("preferred") for f in x.get("fixes", []))
    )
    rules_new = Counter(x["code"] for x in after["diagnostics"])
    d["warnings"] = sum(
        1 for x in after["diagnostics"] if x["severity"] in ("warning", "error")
    )
    d["new-rule"] = sum(1 for r in rules_new if r not in rules_old)
    if d["new-rule"] and os.environ.get("AUDIT_NEW"): print("   new rules in", name, sorted(r for r in rules_new if r not in rules_old))
    gone = sum(min(n, max(0, n - rules_new.get(r, 0))) for r, n in fixable.items())
    return name, old, new, d, sum(fixable.values()), gone, medium, after


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/tactful")
    ap.add_argument("--show", action="store_true", help="print each defective result")
    ap.add_argument("paths", nargs="+")
    a = ap.parse_args()
    files = []
    for p in a.paths:
        if os.path.isdir(p):
            for root, _, fs in os.walk(p):
                files += [os.path.join(root, f) for f in sorted(fs) if f.endswith((".md", ".txt")) and f != "README.md"]
        else:
            files.append(p)
    totals, bad = Counter(), 0
    fixable = gone = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            r = audit(a.bin, f, tmp)
            if r is None:
                continue
            name, old, new, d, fx, gn, medium, after = r
            fixable += fx
            gone += gn
            defects = {k: v for k, v in d.items() if v and k not in ("warnings",)}
            totals.update(d)
            if defects or d["warnings"]:
                bad += 1
                if a.show:
                    print(f"==== {f} ({medium}) {dict(d)}")
                    for x in after["diagnostics"]:
                        print(f"   left: {x['code']} {x['severity']}: {x['message']}")
                    print(new)
    print(f"messages: {len(files)}; with a defect or a warning left: {bad}")
    for k in ("dup", "subject", "glued", "comma-cap", "fill", "two-parts", "new-rule", "warnings"):
        print(f"  {k:10} {totals[k]}")
    if fixable:
        print(f"  converged  {gone}/{fixable} = {gone / fixable:.3f}")


if __name__ == "__main__":
    main()
