#!/usr/bin/env python3
"""Writes the benchmark documents (same text as benches/corpus.rs) to a folder.

  tools/gen_docs.py OUTDIR   -> OUTDIR/msg-2k.md, doc-100k.md, doc-1m.md,
                                phrases.txt, batch/ (10,000 copies of msg-2k.md)
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
src = (root / "benches" / "corpus.rs").read_text()
block = src.split("pub const PARAGRAPHS")[1].split("];")[0]
PARAS = [p.encode().decode("unicode_escape") for p in re.findall(r'"((?:[^"\\]|\\.)*)"', block)]


def message(target):
    s = ("---\nmedium: email\n---\nSubject: Re: Interview invitation for the "
         "Senior Data Engineer role\n\nHi Jordan,\n\n")
    sign = "Best regards,\n\nAlex Morgan\n"
    i = 0
    while len(s.encode()) + len(sign) < target:
        s += PARAS[i % len(PARAS)] + "\n\n"
        i += 1
    return s + sign


out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
(out / "msg-2k.md").write_text(message(2 * 1024))
(out / "doc-100k.md").write_text(message(100 * 1024))
(out / "doc-1m.md").write_text(message(1024 * 1024))
# A few hundred phrases of the kind a phrase linter looks for: every word
# bigram and trigram of the paragraphs, deduplicated, first 400.
phrases = []
for p in PARAS:
    w = re.findall(r"[A-Za-z']+", p)
    for n in (3, 2):
        for i in range(len(w) - n + 1):
            ph = " ".join(w[i:i + n]).lower()
            if ph not in phrases:
                phrases.append(ph)
(out / "phrases.txt").write_text("\n".join(phrases[:400]) + "\n")
batch = out / "batch"
batch.mkdir(exist_ok=True)
m = message(2 * 1024)
for i in range(10000):
    (batch / f"msg-{i:04}.md").write_text(m)
print(f"wrote {out}")
