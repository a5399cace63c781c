#!/usr/bin/env python3
"""Trains tactful's sentence scorers (src/reading/scorer.rs).

    python3 tools/train/train.py

One command: it builds and runs `tools/train/read.rs --features` (so the
features are the crate's own, hashed as at run time), then, for each label,
trains a logistic regression, calibrates its threshold on held-out data,
estimates it writer by writer, and writes src/reading/models/<label>.bin,
src/reading/models/checks.tsv and src/reading/models/MODEL_CARD.md.

Needs Python 3 with scikit-learn (`pip install scikit-learn`) and cargo.
Everything is seeded: the same data and code give the same files.

Procedure per label (positive = the label is present):

1. Calibration split: a quarter of the sentences, stratified by the label
   and grouped by text (a sentence written twice falls on one side), is
   held out. The model is trained on the other three quarters only.
2. Threshold: the lowest margin at which at most 2% of the held-out
   negatives fire (for intense-apology, and at most 2% of the held-out
   plain apologies: see near_negatives), half-way between that negative
   and the next margin above it. Recall and false-positive rates on the
   held-out quarter are reported at it. The shipped model is this one,
   with this threshold.
3. Leave one writer out: for each writer, steps 1-2 are run on
   the other writers' sentences and the result is tested on this one's.
   Pooled recall and false-positive rate are the honest estimate for a
   writer the model has never read.
"""
import argparse
import datetime
import json
import os
import struct
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DATA = os.path.join(ROOT, "tools", "train", "data")
MODELS = os.path.join(ROOT, "src", "reading", "models")

try:
    import numpy as np
    import scipy.sparse as sp
    import sklearn
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold
except ImportError:
    sys.exit("train.py needs scikit-learn: pip install scikit-learn")

SEED = 20240611
BITS = 16
FPR_MAX = 0.02
CAL_FOLDS = 4  # one fold of four held out: 25%
C = 10.0
CLASS_WEIGHT = "balanced"
LABELS = [
    ("Hedged", "hedged-decision"),
    ("Negative", "negative"),
    ("Casual", "casual"),
    ("Apology", "apology"),
    ("IntenseApology", "intense-apology"),
    ("VagueExcuse", "vague-excuse"),
    ("Negotiation", "negotiation"),
    ("PrivateDetail", "private-detail"),
]
# Sentences written for the Rust test that checks the shipped files: the
# margins train.py computes for them must be the ones the crate computes.
CHECKS = [
    "I think I might pull out of the process, but I'm not sure yet.",
    "Your recruiters were rude and the whole thing was a waste of my time.",
    "hey thx for the msg lol, gonna pass tbh",
    "I am so so sorry, I feel awful about letting you down.",
    "If you could raise the base salary I would reconsider.",
    "I have decided to withdraw my application.",
]
COMMAND = "python3 tools/train/train.py"


def load():
    rows = []
    for w in sorted(os.listdir(DATA)):
        f = os.path.join(DATA, w, "sentences.jsonl")
        if not os.path.isfile(f):
            continue
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    r = json.loads(line)
                    note = r.get("note", "")
                    # w3 writes "HN" for a hard negative
                    hard = "hard negative" in note.lower() or note.startswith("HN")
                    rows.append({"text": r["text"], "labels": set(r["labels"]), "writer": w,
                                 "hard": hard})
    return rows


def features(texts):
    """The crate's features of each text, from `read --features --names`."""
    inp = "".join(json.dumps({"text": t}) + "\n" for t in texts)
    out = subprocess.run(
        ["cargo", "run", "--quiet", "--release", "--example", "read", "--", "--features", "--names"],
        cwd=ROOT, input=inp, capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    assert len(out) == len(texts), (len(out), len(texts))
    ind, val, ptr = [], [], [0]
    # word n-grams: key -> (bucket, sign), and the keys of each sentence
    keys, row_keys = {}, []
    for line in out:
        mine = set()
        for b, v, k in json.loads(line)["f"]:
            ind.append(b)
            val.append(v)
            if k.startswith("word:"):
                keys[k[5:]] = (b, 1.0 if v > 0 else -1.0)
                mine.add(k[5:])
        row_keys.append(mine)
        ptr.append(len(ind))
    X = sp.csr_matrix((np.array(val, dtype=np.float64), np.array(ind), np.array(ptr)),
                      shape=(len(texts), 1 << BITS))
    X.sum_duplicates()
    return X, (keys, row_keys)


class Linear:
    """A fitted model as shipped: f32 weights over all buckets and a bias."""

    def __init__(self, X, y):
        # fit on the buckets that occur: the others get no weight anyway
        cols = np.unique(X.indices)
        m = LogisticRegression(C=C, class_weight=CLASS_WEIGHT, max_iter=5000)
        m.fit(X[:, cols], y)
        w = np.zeros(1 << BITS, dtype=np.float32)
        w[cols] = m.coef_[0].astype(np.float32)
        self.w = w
        self.b = np.float32(m.intercept_[0])

    def margin(self, X):
        return X @ self.w.astype(np.float64) + float(self.b)


def threshold(m, y, near, strict):
    """The lowest margin at which at most FPR_MAX of the negatives fire,
    and, when `strict`, at most FPR_MAX of the near negatives too."""

    def at_most(neg):
        neg = np.sort(neg)[::-1]
        k = int(np.floor(FPR_MAX * len(neg)))
        if k >= len(neg):
            return float(neg[-1]) - 1.0
        t = neg[k]
        above = m[m > t]
        return float((t + above.min()) / 2) if len(above) else float(t) + 1e-3

    t = at_most(m[y == 0])
    if strict and (near & (y == 0)).sum() >= 50:
        t = max(t, at_most(m[near & (y == 0)]))
    return t


def split(y, idx, groups):
    sgkf = StratifiedGroupKFold(n_splits=CAL_FOLDS, shuffle=True, random_state=SEED)
    tr, cal = next(sgkf.split(idx, y[idx], groups[idx]))
    return idx[tr], idx[cal]


def rates(m, y, t, near):
    """Counts at threshold t; `near` marks the negatives that look most
    like positives (see NEAR)."""
    pos, neg = y == 1, y == 0
    near = near & neg
    return {
        "pos": int(pos.sum()), "neg": int(neg.sum()),
        "tp": int((m[pos] >= t).sum()), "fp": int((m[neg] >= t).sum()),
        "near": int(near.sum()), "near_fp": int((m[near] >= t).sum()),
    }


def calibrated(X, y, idx, groups, near, strict):
    tr, cal = split(y, idx, groups)
    model = Linear(X[tr], y[tr])
    mc = model.margin(X[cal])
    t = threshold(mc, y[cal], near[cal], strict)
    return model, t, rates(mc, y[cal], t, near[cal]), len(tr), len(cal)


def near_negatives(rows, label):
    """The negatives a model is likeliest to confuse with its label, and
    whether its threshold must keep them quiet too. For intense-apology
    they are the plain apologies, which the rule must let pass ("one plain
    apology is fine"): yes. For the others they are the sentences the
    writers marked as hard negatives, traps for any label, not only this
    one: reported, not calibrated on (on them, hedged-decision would lose
    5 points of recall and negative 10)."""
    if label == "intense-apology":
        return np.array(["apology" in r["labels"] for r in rows]), True
    return np.array([r["hard"] for r in rows]), False


def write_model(path, model, t):
    with open(path, "wb") as f:
        f.write(b"TSC1")
        f.write(struct.pack("<Iff", BITS, float(model.b), np.float32(t)))
        f.write(model.w.astype("<f4").tobytes())


def pct(a, b):
    return f"{a / b:.2f}" if b else "n/a"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.parse_args()
    rows = load()
    writers = np.array([r["writer"] for r in rows])
    groups = np.array([" ".join(r["text"].lower().split()) for r in rows])
    print(f"{len(rows)} sentences from {len(set(writers))} writers; extracting features", file=sys.stderr)
    X, (keys, row_keys) = features([r["text"] for r in rows] + CHECKS)
    Xc = X[len(rows):]
    X = X[: len(rows)]
    idx = np.arange(len(rows))
    results = []
    checks = []
    for variant, label in LABELS:
        y = np.array([label in r["labels"] for r in rows], dtype=int)
        near, strict = near_negatives(rows, label)
        model, t, cal, ntr, ncal = calibrated(X, y, idx, groups, near, strict)
        write_model(os.path.join(MODELS, f"{label}.bin"), model, t)
        per = {}
        for w in sorted(set(writers)):
            others, test = idx[writers != w], idx[writers == w]
            m2, t2, _, _, _ = calibrated(X, y, others, groups, near, strict)
            per[w] = rates(m2.margin(X[test]), y[test], t2, near[test])
        pooled = {k: sum(p[k] for p in per.values()) for k in ("pos", "neg", "tp", "fp", "near", "near_fp")}
        # the word n-grams in at least 3 positives with the largest weight
        # (bucket weight times the key's sign)
        support = {}
        for i in np.flatnonzero(y):
            for k in row_keys[i]:
                support[k] = support.get(k, 0) + 1
        top = sorted(
            ((float(model.w[keys[k][0]]) * keys[k][1], k) for k, n in support.items() if n >= 3),
            reverse=True,
        )[:12]
        results.append({
            "variant": variant, "label": label, "positives": int(y.sum()), "train": ntr,
            "cal_n": ncal, "cal": cal, "threshold": t, "bias": float(model.b), "lowo": per,
            "pooled": pooled, "top": top,
        })
        for text, m in zip(CHECKS, model.margin(Xc)):
            checks.append((label, text, float(m)))
        print(f"{label:16} cal recall {pct(cal['tp'], cal['pos'])} fpr {pct(cal['fp'], cal['neg'])}"
              f" | writer-out recall {pct(pooled['tp'], pooled['pos'])} fpr {pct(pooled['fp'], pooled['neg'])}"
              f" near {pct(pooled['near_fp'], pooled['near'])}",
              file=sys.stderr)
    with open(os.path.join(MODELS, "checks.tsv"), "w", encoding="utf-8") as f:
        f.write("# label\tmargin computed by train.py\tsentence (tests in src/reading/scorer.rs)\n")
        for label, text, m in checks:
            f.write(f"{label}\t{m:.6f}\t{text}\n")
    card(rows, writers, results)


def card(rows, writers, results):
    size = sum(os.path.getsize(os.path.join(MODELS, f"{r['label']}.bin")) for r in results)
    ws = sorted(set(writers))
    L = []
    a = L.append
    a("# Model card: tactful's sentence scorers")
    a("")
    a("Generated by `tools/train/train.py`; do not edit by hand. Code: "
      "`src/reading/scorer.rs`.")
    a("")
    a("## What they are")
    a("")
    a("Eight logistic-regression models, one per sentence label, each "
      "saying whether one sentence of a message that declines a job "
      "interview carries the label. They score where the reading layer's "
      "frames and hedges cannot decide alone; the rules place and word the "
      "finding. A model's `fires` compares the margin (log-odds) with a "
      "threshold calibrated for a false-positive rate of at most "
      f"{FPR_MAX:.0%} on sentences it was not trained on (for "
      "`intense-apology`, also on the plain apologies among them).")
    a("")
    a("| model | label | positives (of " + f"{len(rows)}" + ") | threshold (margin) | bias |")
    a("|---|---|---|---|---|")
    for r in results:
        a(f"| `Model::{r['variant']}` | `{r['label']}` | {r['positives']} | {r['threshold']:.3f} | {r['bias']:.3f} |")
    a("")
    a("## Data")
    a("")
    per_writer = sorted({sum(1 for r in rows if r["writer"] == w) for w in ws})
    each = (f"{per_writer[0]} from each" if len(per_writer) == 1
            else f"{per_writer[0]} to {per_writer[-1]} from each")
    a(f"`tools/train/data/*/sentences.jsonl`: {len(rows)} sentences, "
      f"{each} of {len(ws)} writers "
      "(`tools/train/data/README.md`: helper agents writing for this "
      "project, each with a persona; about a third are hard negatives). "
      "Only the project's own data is used; the VADER lexicon (MIT, "
      "`src/phrases/VADER-LICENSE.txt`) gives two features. Nothing in "
      "`tests/` is read.")
    a("")
    a("| writer | " + " | ".join(f"`{r['label']}`" for r in results) + " |")
    a("|---|" + "---|" * len(results))
    for w in ws:
        a(f"| {w} | " + " | ".join(str(r['lowo'][w]['pos']) for r in results) + " |")
    a("")
    a("## Features")
    a("")
    a("Computed in Rust only (`scorer::Features::of`); training reads them "
      "from `cargo run --release --example read -- --features --names`, so "
      "training and run time agree by construction (`tests/scorer.rs` "
      "checks the example against the crate).")
    a("")
    a("- word 1-3-grams over the reading's normalised words (lower case, "
      "contractions and texting spellings written out, numbers as `#`, "
      "emoji kept, punctuation dropped, `<s>`/`</s>` at the ends; a marker "
      "alone is no feature), each worth 1/sqrt(number of word n-grams);")
    a("- lemma unigrams (the reading's Snowball lemmas), each worth "
      "1/sqrt(number of lemmas);")
    a("- character 3-5-grams of the text lower-cased, curly apostrophes "
      "straightened, whitespace runs made one space, one space added at "
      "each end, each worth 1/sqrt(number of character n-grams);")
    a("- facts: `stand=clear|hedged|deferred|none`; `hedge=<class>` for "
      "each hedge class present; `hedge_over_frame` and `hedge_over=<class>` "
      "when a hedge's scope covers a decision frame; `frame=<kind>` and "
      "`clear_frame=<kind>`; `first_person` (an `i` or `we`); `vader_pos`, "
      "`vader_neg` (sums of VADER valences of the words / 4, at most 3); "
      "`informal` (ln(1 + texting words)), `caps` (ln(1 + words of two or "
      "more letters in capitals)), `caps_word` (those that are VADER words "
      "or five letters or more), `emoji`, `exclaim` (ln(1 + count)), "
      "`exclaim_double` (`!!`), `question`, `length=<words bucket>`.")
    a("")
    a("Hashing: the key is the family's prefix and the text (`word:i am "
      "sorry`, `lemma:apolog`, `char:sorr`, `fact:stand=hedged`), hashed "
      "with FNV-1a 64 (offset basis 0xcbf29ce484222325, prime "
      f"0x100000001b3) over its UTF-8 bytes. The top {BITS} bits are the "
      f"bucket (2^{BITS} = {1 << BITS} buckets); the bit below them is the "
      "sign (set: the value is negated). A bucket's values add.")
    a("")
    a("## Training")
    a("")
    a(f"scikit-learn {sklearn.__version__} `LogisticRegression` (L2, C = {C}, "
      f"class_weight = {CLASS_WEIGHT!r}, lbfgs), fitted on the buckets "
      "that occur in its training data. Seed "
      f"{SEED} for the splits (`StratifiedGroupKFold`, {CAL_FOLDS} folds, "
      "shuffled, grouped by the sentence's text so a sentence written "
      "twice stays on one side). C and the class weighting were chosen by "
      "looking at the leave-one-writer-out figures below, so those are a "
      "little optimistic.")
    a("")
    a("Exact command, from the repository root:")
    a("")
    a(f"    {COMMAND}")
    a("")
    a("## Calibration (held-out quarter)")
    a("")
    a("Each shipped model is trained on three quarters of the sentences; "
      "its threshold is set on the other quarter, where at most "
      f"{FPR_MAX:.0%} of the negatives may fire (for `intense-apology`, and "
      f"at most {FPR_MAX:.0%} of the plain apologies), and recall there is "
      "read at that threshold. The threshold is chosen on the "
      "same quarter the figures come from, so they are the best case.")
    a("")
    a("| label | trained on | held out: positives / negatives | FPR | recall | FPR on near negatives |")
    a("|---|---|---|---|---|---|")
    for r in results:
        c = r["cal"]
        a(f"| `{r['label']}` | {r['train']} | {c['pos']} / {c['neg']} | "
          f"{pct(c['fp'], c['neg'])} ({c['fp']}) | {pct(c['tp'], c['pos'])} ({c['tp']}) | "
          f"{pct(c['near_fp'], c['near'])} ({c['near_fp']}/{c['near']}) |")
    a("")
    a("Near negatives: for `intense-apology`, the plain apologies (labelled "
      "`apology` only); for the others, the sentences the writers marked as "
      "hard negatives in their notes (`hard negative`, or `HN` for w3) and that lack the "
      "label. They are the sentences a rule is most likely to meet where "
      "it must stay quiet. Only `intense-apology`'s threshold is set on them "
      "(a rule must let one plain apology pass; without it, 23% of plain "
      "apologies fired); the writers' hard negatives are traps for any "
      "label, and calibrating on them too would cost `hedged-decision` "
      "about 5 points of recall and `negative` about 10.")
    a("")
    a("## Leave one writer out")
    a("")
    a("For each writer: the whole procedure above (split, train, calibrate) "
      f"on the other {len(ws) - 1} writers, then tested on this writer's "
      "sentences at the calibrated threshold. This is the estimate for a "
      f"new writer. Recall / FPR per writer, and pooled over the {len(ws)}.")
    a("")
    a("| label | " + " | ".join(w.split("-")[0] for w in ws) + " | pooled recall | pooled FPR | FPR on near negatives |")
    a("|---|" + "---|" * (len(ws) + 3))
    for r in results:
        cells = [f"{pct(r['lowo'][w]['tp'], r['lowo'][w]['pos'])} / {pct(r['lowo'][w]['fp'], r['lowo'][w]['neg'])}" for w in ws]
        p = r["pooled"]
        a(f"| `{r['label']}` | " + " | ".join(cells) +
          f" | {pct(p['tp'], p['pos'])} ({p['tp']}/{p['pos']}) | {pct(p['fp'], p['neg'])} ({p['fp']}/{p['neg']})"
          f" | {pct(p['near_fp'], p['near'])} ({p['near_fp']}/{p['near']}) |")
    a("")
    a("## What the models weigh most")
    a("")
    a("The word n-grams found in at least three of a label's sentences with "
      "the largest weights (their bucket's weight times their sign; "
      "character n-grams, lemmas and facts are left out here).")
    a("")
    for r in results:
        words = ", ".join(f"`{k}` {wt:.1f}" for wt, k in r["top"])
        a(f"- `{r['label']}`: {words}")
    a("")
    a("## Files and sizes")
    a("")
    a("`src/reading/models/<label>.bin`, read in place through "
      "`include_bytes!` (nothing is downloaded): `TSC1`, then little-endian "
      f"u32 bits ({BITS}), f32 bias, f32 threshold, then 2^{BITS} f32 weights: "
      f"{16 + 4 * (1 << BITS):,} bytes each, {size:,} bytes for the eight. "
      "`checks.tsv` holds margins train.py computed for a few sentences "
      "written for the test; the crate must compute the same.")
    a("")
    a("## Limits")
    a("")
    a("- Small data: the rarer labels have about a hundred positives in all; "
      "their figures move by several points with the split.")
    a("- The labels were given by the writers themselves, one each; no "
      "second labeller checked them.")
    a("- The writers are helper agents with personas, not real candidates; "
      "real drafts will differ. Only a blind set written after training "
      "(`tests/blind-N/`) tells how the models do on unseen text.")
    a("")
    with open(os.path.join(MODELS, "MODEL_CARD.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
