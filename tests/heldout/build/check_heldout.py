#!/usr/bin/env python3
"""Validate the tactful decline-message corpus and print its counts.

    python3 check_corpus.py            validate manifest.json + fixes.json, print counts
    python3 check_corpus.py --markdown print the counts as Markdown tables (for README.md)
    python3 check_corpus.py --show 012 print one message's spans: bytes, LSP line/character, text
    python3 check_corpus.py --lint     also run heuristic self-consistency checks (warnings only)

Exit status 0 when the corpus is valid, 1 when any check fails.
Python 3 standard library only.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# SPEC section 3, in table order.
RULES = [
    "missing-gratitude", "ambiguous-decision", "missing-decision", "negativity",
    "excessive-length", "unfilled-placeholder", "missing-greeting", "impersonal-greeting",
    "missing-sign-off", "missing-door-open", "over-apology", "vague-excuse", "casual-tone",
    "over-explanation", "negotiation-opening", "long-sentence", "shouting", "missing-subject",
]
CORE = ["missing-gratitude", "ambiguous-decision", "missing-decision", "negativity", "excessive-length"]
# Rules whose fault sits on specific words: every firing case must carry spans.
LOCATED = {
    "ambiguous-decision", "negativity", "unfilled-placeholder", "impersonal-greeting",
    "over-apology", "vague-excuse", "casual-tone", "over-explanation", "negotiation-opening",
    "long-sentence", "shouting",
}
# Rules about something absent (or the whole body): no spans; SPEC puts the
# diagnostic where the missing part would go, which the corpus does not pin down.
UNLOCATED = set(RULES) - LOCATED
MEDIA = ["email", "text", "phone", "in-person"]
SCENARIOS = [
    "another-offer", "career-goals", "personal", "relocation", "compensation", "culture",
    "role-changed", "content-current-role", "after-interviews", "reschedule", "general",
]
BUDGET = {"email": 200, "text": 60, "phone": 150, "in-person": 150}
MIN_FIRE = 2
MIN_SCENARIO = 4
MIN_MESSAGES = 90
MIN_TRICKY_CLEAN = 0
MIN_FIXES = 0
FILE_RE = re.compile(r"^messages/(\d{3})-[a-z0-9-]+\.(md|txt)$")


# ---------------------------------------------------------------- helpers

def front_matter(data):
    """Return ({key: value}, end_offset) for YAML (---) or TOML (+++) front matter."""
    for fence in (b"---", b"+++"):
        if data.startswith(fence + b"\n") or data.startswith(fence + b"\r\n"):
            pos = data.index(b"\n") + 1
            fields = {}
            while pos < len(data):
                nl = data.find(b"\n", pos)
                end = len(data) if nl < 0 else nl + 1
                line = data[pos:end].rstrip(b"\r\n").decode("utf-8")
                if line == fence.decode():
                    return fields, end
                m = re.match(r'^\s*([A-Za-z_-]+)\s*[:=]\s*"?([^"]*?)"?\s*$', line)
                if m:
                    fields[m.group(1)] = m.group(2)
                pos = end
            return {}, 0
    return {}, 0


def lines_with_offsets(data, start=0):
    pos = start
    while pos < len(data):
        nl = data.find(b"\n", pos)
        end = len(data) if nl < 0 else nl + 1
        yield pos, end, data[pos:end].rstrip(b"\r\n")
        pos = end


def excluded_ranges(data, ext):
    """Byte ranges SPEC section 1 excludes from analysis (approximation, line based):
    front matter, fenced code, HTML comment blocks (Markdown), quoted lines and the
    signature after a '-- ' line."""
    out = []
    _, fm_end = front_matter(data)
    if fm_end:
        out.append((0, fm_end))
    fence = None
    in_comment = False
    for s, e, line in lines_with_offsets(data, fm_end):
        stripped = line.lstrip()
        if line == b"-- ":
            out.append((s, len(data)))
            break
        if ext == "md":
            if fence:
                out.append((s, e))
                if stripped.startswith(fence):
                    fence = None
                continue
            if stripped[:3] in (b"```", b"~~~"):
                fence = stripped[:3]
                out.append((s, e))
                continue
            if in_comment or stripped.startswith(b"<!--"):
                out.append((s, e))
                in_comment = b"-->" not in line
                continue
        if stripped.startswith(b">"):
            out.append((s, e))
    return out


def prose(data, ext):
    """The analysed text (approximation), as str, with excluded parts removed."""
    keep = bytearray()
    pos = 0
    for s, e in excluded_ranges(data, ext):
        keep += data[pos:s]
        pos = max(pos, e)
    keep += data[pos:]
    text = keep.decode("utf-8").replace("\r\n", "\n")
    if ext == "md":
        text = re.sub(r"\]\([^)]*\)", "]", text)      # link URLs
        text = re.sub(r"`[^`\n]*`", " ", text)         # inline code
    return text


def words(text):
    return [t for t in re.findall(r"\S+", text) if re.search(r"\w", t)]


def body_words(text):
    """Words with the Subject: line removed (what a 'body' budget is measured on)."""
    return words("\n".join(l for l in text.split("\n") if not l.startswith("Subject:")))


ABBREV = {"mr", "ms", "mrs", "dr", "st", "prof", "e.g", "i.e", "etc", "vs"}


def sentences(text):
    """Rough sentence split: paragraphs and list items are separate units; within
    a unit, split after . ! ? (not after common abbreviations) or an emoji."""
    out = []
    for para in re.split(r"\n\s*\n", text):
        items = re.split(r"\n(?=\s*(?:[-*+]|\d+\.)\s)", para)
        for item in items:
            item = " ".join(item.split())
            cur = []
            for tok in item.split(" "):
                if not tok:
                    continue
                cur.append(tok)
                bare = tok.lower().rstrip(".!?\"')")
                if re.search(r"[.!?][\"')]*$", tok) and bare not in ABBREV:
                    out.append(" ".join(cur))
                    cur = []
            if cur:
                out.append(" ".join(cur))
    return out


def lsp_position(data, offset):
    """(line, UTF-16 character) of a byte offset, lines split at \\n (a \\r before it
    belongs to the line ending)."""
    line = data.count(b"\n", 0, offset)
    line_start = data.rfind(b"\n", 0, offset) + 1
    chars = data[line_start:offset].decode("utf-8")
    return line, len(chars.encode("utf-16-le")) // 2


def utf8_boundary(data, i):
    return i == len(data) or (data[i] & 0xC0) != 0x80


# ---------------------------------------------------------------- validation

class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def load(path, chk):
    try:
        return json.loads((ROOT / path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        chk.err(path, f"cannot load: {exc}")
        return None


def validate(manifest, fixes, chk):
    if not isinstance(manifest, list):
        chk.err("manifest.json", "top level must be a list")
        return
    seen, numbers = set(), set()
    for i, ent in enumerate(manifest):
        where = f"manifest[{i}]"
        if not isinstance(ent, dict):
            chk.err(where, "entry must be an object")
            continue
        for key in ("file", "kind", "medium", "scenario", "expect", "spans"):
            if key not in ent:
                chk.err(where, f"missing key {key!r}")
        f = ent.get("file", "")
        where = f
        m = FILE_RE.match(f)
        if not m:
            chk.err(where, "file must look like messages/NNN-slug.md or .txt")
            continue
        if f in seen:
            chk.err(where, "listed twice")
        seen.add(f)
        if m.group(1) in numbers:
            chk.err(where, f"number {m.group(1)} used twice")
        numbers.add(m.group(1))
        path = ROOT / f
        if not path.is_file():
            chk.err(where, "file does not exist")
            continue
        data = path.read_bytes()
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            chk.err(where, f"not UTF-8: {exc}")
            continue
        ext = m.group(2)
        if ent.get("kind") not in ("real-style", "authored", "mutant"):
            chk.err(where, f"bad kind {ent.get('kind')!r}")
        medium, scenario = ent.get("medium"), ent.get("scenario")
        if medium not in MEDIA:
            chk.err(where, f"unknown medium {medium!r}")
        if scenario not in SCENARIOS:
            chk.err(where, f"unknown scenario {scenario!r}")
        fm, _ = front_matter(data)
        for key, val in (("medium", medium), ("scenario", scenario)):
            if key in fm and fm[key] != val:
                chk.err(where, f"front matter {key}={fm[key]!r} disagrees with manifest {val!r}")
        if ent.get("front_matter", fm) != fm:
            chk.err(where, f"front_matter field {ent.get('front_matter')!r} != file's {fm!r}")
        if ext == "txt" and fm:
            chk.err(where, "plain-text file with front matter")

        exp = ent.get("expect", {})
        fire, quiet = exp.get("fire", []), exp.get("quiet", [])
        for name, lst in (("fire", fire), ("quiet", quiet)):
            if not isinstance(lst, list):
                chk.err(where, f"expect.{name} must be a list")
                continue
            for r in lst:
                if r not in RULES:
                    chk.err(where, f"expect.{name}: unknown rule id {r!r}")
            if len(set(lst)) != len(lst):
                chk.err(where, f"expect.{name} has duplicates")
        both = set(fire) & set(quiet)
        if both:
            chk.err(where, f"rules both fire and quiet: {sorted(both)}")
        if not fire:
            missing_core = [r for r in CORE if r not in quiet]
            if missing_core:
                chk.err(where, f"clean message must list core rules in quiet: {missing_core}")
        if len(fire) > 2:
            chk.err(where, f"flawed messages carry one or two faults, found {len(fire)}")
        if "missing-subject" in fire and medium != "email":
            chk.err(where, "missing-subject only applies to email")
        if "missing-sign-off" in fire and medium in ("phone", "in-person"):
            chk.err(where, "missing-sign-off does not apply to phone/in-person")
        if ent.get("tricky") and fire:
            chk.err(where, "tricky is reserved for clean messages")

        spans = ent.get("spans", {})
        if not isinstance(spans, dict):
            chk.err(where, "spans must be an object")
            spans = {}
        excl = excluded_ranges(data, ext)
        for r, lst in spans.items():
            if r not in RULES:
                chk.err(where, f"spans: unknown rule id {r!r}")
            if r not in fire:
                chk.err(where, f"spans given for {r} which is not in expect.fire")
            if r in UNLOCATED:
                chk.err(where, f"spans given for unlocated rule {r}")
            if not isinstance(lst, list) or not lst:
                chk.err(where, f"spans[{r}] must be a non-empty list")
                continue
            for sp in lst:
                if (not isinstance(sp, list) or len(sp) != 2
                        or not all(isinstance(x, int) for x in sp)):
                    chk.err(where, f"spans[{r}]: {sp!r} is not [start, end]")
                    continue
                s, e = sp
                if not (0 <= s < e <= len(data)):
                    chk.err(where, f"spans[{r}]: {sp} out of range (file is {len(data)} bytes)")
                    continue
                if not (utf8_boundary(data, s) and utf8_boundary(data, e)):
                    chk.err(where, f"spans[{r}]: {sp} splits a UTF-8 sequence")
                    continue
                txt = data[s:e].decode("utf-8")
                if txt != txt.strip():
                    chk.err(where, f"spans[{r}]: {sp} starts or ends with whitespace")
                for xs, xe in excl:
                    if s < xe and xs < e:
                        chk.err(where, f"spans[{r}]: {sp} lies in an excluded region ({xs}-{xe})")
        for r in fire:
            if r in LOCATED and r not in spans:
                chk.err(where, f"{r} fires but has no spans")

        # Word-budget consistency: expectations must hold with any sane word count.
        text = prose(data, ext)
        total, body = len(words(text)), len(body_words(text))
        budget = BUDGET.get(medium)
        if budget:
            if "excessive-length" in fire and body < budget * 1.15:
                chk.err(where, f"excessive-length fires but body is only ~{body} words (budget {budget})")
            if "excessive-length" in quiet and total > budget * 0.95:
                chk.err(where, f"excessive-length quiet but prose is ~{total} words (budget {budget})")
        has_subject = any(l.startswith("Subject:") for l in text.split("\n"))
        if "missing-subject" in fire and has_subject:
            chk.err(where, "missing-subject fires but a Subject: line exists")
        if medium == "email" and "missing-subject" in quiet and not has_subject:
            chk.err(where, "missing-subject quiet but there is no Subject: line")

    listed = {e.get("file") for e in manifest if isinstance(e, dict)}
    for p in sorted((ROOT / "messages").glob("*")):
        rel = f"messages/{p.name}"
        if rel not in listed:
            chk.err(rel, "file in messages/ is not in the manifest")

    # fixes.json
    if fixes is not None:
        by_file = {e["file"]: e for e in manifest if isinstance(e, dict) and "file" in e}
        if not isinstance(fixes, list):
            chk.err("fixes.json", "top level must be a list")
        else:
            files = set()
            for i, fx in enumerate(fixes):
                where = f"fixes.json[{i}]"
                f = fx.get("file")
                if f not in by_file:
                    chk.err(where, f"unknown file {f!r}")
                    continue
                if f in files:
                    chk.err(where, f"{f} listed twice")
                files.add(f)
                fire = by_file[f]["expect"]["fire"]
                if not fire:
                    chk.err(where, f"{f} is a clean message")
                for item in fx.get("fixes", []):
                    if item.get("rule") not in fire:
                        chk.err(where, f"fix for {item.get('rule')!r}, which does not fire in {f}")
                    if not str(item.get("target", "")).strip():
                        chk.err(where, "empty fix target")
            if len(files) < MIN_FIXES:
                chk.err("fixes.json", f"needs notes for {MIN_FIXES} flawed messages, has {len(files)}")


# ---------------------------------------------------------------- counts

def counts(manifest):
    fire = Counter()
    quiet = Counter()
    medium = Counter()
    scenario = Counter()
    cross = Counter()
    ext = Counter()
    clean = tricky = crlf = fm = 0
    for ent in manifest:
        for r in ent["expect"]["fire"]:
            fire[r] += 1
        for r in ent["expect"]["quiet"]:
            quiet[r] += 1
        medium[ent["medium"]] += 1
        scenario[ent["scenario"]] += 1
        kind = "flawed" if ent["expect"]["fire"] else "clean"
        cross[(ent["medium"], kind)] += 1
        cross[(ent["scenario"], kind)] += 1
        ext[ent["file"].rsplit(".", 1)[1]] += 1
        data = (ROOT / ent["file"]).read_bytes()
        if b"\r\n" in data:
            crlf += 1
        if ent.get("front_matter"):
            fm += 1
        if not ent["expect"]["fire"]:
            clean += 1
            if ent.get("tricky"):
                tricky += 1
    return dict(fire=fire, quiet=quiet, medium=medium, scenario=scenario, cross=cross,
                ext=ext, clean=clean, tricky=tricky, crlf=crlf, fm=fm, total=len(manifest))


def coverage_errors(c, chk):
    for r in RULES:
        if c["fire"][r] < MIN_FIRE:
            chk.err("coverage", f"rule {r} fires in {c['fire'][r]} messages (< {MIN_FIRE})")
    for s in SCENARIOS:
        if c["scenario"][s] < MIN_SCENARIO:
            chk.err("coverage", f"scenario {s} has {c['scenario'][s]} messages (< {MIN_SCENARIO})")
    for m in MEDIA:
        if c["medium"][m] == 0:
            chk.err("coverage", f"no {m} messages")
    if c["medium"]["email"] * 2 <= c["total"]:
        chk.err("coverage", "email must be the majority medium")
    if c["total"] < MIN_MESSAGES:
        chk.err("coverage", f"{c['total']} messages (< {MIN_MESSAGES})")
    if c["tricky"] < MIN_TRICKY_CLEAN:
        chk.err("coverage", f"{c['tricky']} tricky clean messages (< {MIN_TRICKY_CLEAN})")
    if c["total"] - c["clean"] == 0 or c["clean"] == 0:
        chk.err("coverage", "need both clean and flawed messages")


def table(c, markdown):
    out = []

    def emit(headers, rows):
        if markdown:
            out.append("| " + " | ".join(headers) + " |")
            out.append("|" + "|".join(["---"] + ["---:"] * (len(headers) - 1)) + "|")
            for row in rows:
                first = f"`{row[0]}`" if headers[0] == "rule" else str(row[0])
                out.append("| " + " | ".join([first] + [str(x) for x in row[1:]]) + " |")
        else:
            widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
            fmt = "  ".join(("{:<%d}" if i == 0 else "{:>%d}") % w for i, w in enumerate(widths))
            out.append(fmt.format(*headers))
            for row in rows:
                out.append(fmt.format(*[str(x) for x in row]))
        out.append("")

    out.append(f"{c['total']} messages: {c['total'] - c['clean']} flawed, {c['clean']} clean "
               f"({c['tricky']} of them tricky clean); {c['ext']['md']} .md, {c['ext']['txt']} .txt; "
               f"{c['fm']} with front matter; {c['crlf']} with CRLF line endings.")
    out.append("")
    emit(["rule", "fire", "quiet"], [(r, c["fire"][r], c["quiet"][r]) for r in RULES])
    emit(["medium", "total", "clean", "flawed"],
         [(m, c["medium"][m], c["cross"][(m, "clean")], c["cross"][(m, "flawed")]) for m in MEDIA])
    emit(["scenario", "total", "clean", "flawed"],
         [(s, c["scenario"][s], c["cross"][(s, "clean")], c["cross"][(s, "flawed")]) for s in SCENARIOS])
    return "\n".join(out)


# ---------------------------------------------------------------- heuristics (--lint)

ACRONYMS = {"SRE", "AWS", "TAM", "EMEA", "HR", "IT", "QA", "UX", "ML", "AI", "COO", "PHP",
            "CTO", "TBD", "XXX", "B", "I", "A"}
CASUAL = r"\b(hey|gonna|wanna|tbh|lol|tmrw|nah|sth|prob|dunno|stoked|yeah|cheers|heaps|btw|thx|ty|np|invite)\b"
VAGUE = r"too busy|something came up|sth came up|a lot going on|hectic|stuff going on|too much on my plate"
NEGOTIATE = r"\bunless\b|reconsider|if you could|able to match|room to|flexibility on|open to talking"
HEDGE = r"not sure|\bmight\b|\bprobably\b|\bmaybe\b|i think i'll|leaning|i'll let you know|\bperhaps\b"
NEGATIVE = r"\bmess\b|rude|toxic|insulting|laughable|bait and switch|not good enough|dismissive|badly managed"
PRIVATE = r"diagnos|divorce|custody|arguing|\brent\b|\bloan\b|parkinson|medication"
PLACEHOLDER = r"\[[A-Z][A-Za-z ]*\](?!\()|<[A-Z][a-z]+>|\{\{[^}]*\}\}|\bXXX\b|\bTBD\b"
IMPERSONAL = r"to whom it may concern|dear sir|madam|\bhi there\b"
GRATITUDE = r"thank|appreciat|grateful|gratitude"
DOOR = (r"in touch|stay connected|future|reconnect|paths cross|cross paths|hear from you|hear about|"
        r"look forward|looking forward|run into|meet the team|high on my list|work with|come in for dinner|"
        r"hear how")
DECISION = (r"declin|withdraw|not be attending|not attending|will not be moving forward|not to proceed|"
            r"not to continue|pass on|step back|won't be attending|unable to attend|unable to make|"
            r"can't make|unable to continue|take my name out|not to go ahead|no longer able|won't need|"
            r"release my interview slot|won't be able to attend|not be moving forward|count me out")
GREETING = r"^(hi|hello|dear|hey|good (morning|afternoon)|to whom)\b"


def lint(manifest, chk):
    for ent in manifest:
        f = ent["file"]
        data = (ROOT / f).read_bytes()
        ext = f.rsplit(".", 1)[1]
        text = prose(data, ext)
        low = text.lower()
        fire, quiet = set(ent["expect"]["fire"]), set(ent["expect"]["quiet"])
        medium = ent["medium"]

        def check(rule, found, what):
            if rule in quiet and found:
                chk.warn(f, f"{rule} quiet but {what}: {found}")
            if rule in fire and not found and rule not in LOCATED:
                chk.warn(f, f"{rule} fires but no {what} found")

        def absent(rule, found, what):
            if rule in quiet and not found:
                chk.warn(f, f"{rule} quiet but no {what}")
            if rule in fire and found:
                chk.warn(f, f"{rule} fires but {what} present: {found}")

        # conservative count: contractions and hyphenated words may count as two
        longest = max((len(words(s)) + len(re.findall(r"\w['’-]\w", s)) for s in sentences(text)), default=0)
        if "long-sentence" in quiet and longest > 32:
            chk.warn(f, f"long-sentence quiet but a sentence has {longest} words")
        for s, e in ent["spans"].get("long-sentence", []):
            n = len(words(data[s:e].decode()))
            if n < 40:
                chk.warn(f, f"long-sentence span has only {n} words")
        caps = [w for w in re.findall(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b", text) if w not in ACRONYMS]
        check("shouting", caps + (["!!"] if "!!" in text else []), "capitals")
        apologies = re.findall(r"\b(sorry|apolog\w*)\b", low)
        if "over-apology" in quiet and (len(apologies) > 1 or re.search(r"(so|really|terribly),? sorry", low)):
            chk.warn(f, f"over-apology quiet but apologies: {apologies}")
        emoji = re.findall(r"[\U0001F300-\U0001FAFF]", text)
        check("casual-tone", re.findall(CASUAL, low) + (emoji if medium == "email" else []), "casual words")
        check("vague-excuse", re.findall(VAGUE, low), "vague excuse")
        check("negotiation-opening", re.findall(NEGOTIATE, low), "bargaining words")
        check("negativity", re.findall(NEGATIVE, low), "negative words")
        check("over-explanation", re.findall(PRIVATE, low), "private detail")
        check("unfilled-placeholder", re.findall(PLACEHOLDER, text), "placeholder")
        check("impersonal-greeting", re.findall(IMPERSONAL, low), "impersonal greeting")
        if "ambiguous-decision" in quiet and re.findall(HEDGE, low):
            chk.warn(f, f"(info) hedge-like words in a quiet message: {re.findall(HEDGE, low)}")
        absent("missing-gratitude", re.findall(GRATITUDE, low), "gratitude")
        absent("missing-door-open", re.findall(DOOR, low), "door-open")
        absent("missing-decision", re.findall(DECISION, low), "decision")
        first = next((l.strip() for l in text.split("\n")
                      if l.strip() and not l.startswith("Subject:")), "")
        absent("missing-greeting", re.findall(GREETING, first.lower()), "greeting")
        lines = [l.strip() for l in text.split("\n") if l.strip()]
        last = lines[-1] if lines else ""
        signed = bool(re.search(r"[–—-] ?\w+$", last)) or (len(words(last)) <= 4 and not last.endswith((".", "?", "!")))
        if medium in ("email", "text"):
            absent("missing-sign-off", [last] if signed else [], "sign-off")
        total = len(words(text))
        if "excessive-length" in quiet and total > BUDGET[medium] * 0.9:
            chk.warn(f, f"close to the budget: {total} words of {BUDGET[medium]}")


# ---------------------------------------------------------------- main

def show(manifest, which):
    for ent in manifest:
        if which in ent["file"]:
            data = (ROOT / ent["file"]).read_bytes()
            print(ent["file"], ent["medium"], ent["scenario"], "fire:", ent["expect"]["fire"])
            for r, lst in ent["spans"].items():
                for s, e in lst:
                    (l1, c1), (l2, c2) = lsp_position(data, s), lsp_position(data, e)
                    print(f"  {r:22} bytes {s}-{e}  lsp {l1}:{c1}-{l2}:{c2}  {data[s:e].decode()!r}")
            text = prose(data, ent["file"].rsplit('.', 1)[1])
            print(f"  ~{len(words(text))} prose words, ~{len(body_words(text))} without subject")
            return 0
    print(f"no manifest entry matches {which!r}")
    return 1


def main(argv):
    chk = Checker()
    manifest = load("manifest.json", chk)
    fixes = None
    if manifest is None:
        print("\n".join(chk.errors))
        return 1
    if "--show" in argv:
        return show(manifest, argv[argv.index("--show") + 1])
    validate(manifest, fixes, chk)
    if chk.errors:
        print("\n".join("ERROR " + e for e in chk.errors))
        print(f"\n{len(chk.errors)} error(s)")
        return 1
    c = counts(manifest)
    coverage_errors(c, chk)
    if "--lint" in argv:
        lint(manifest, chk)
        for w in chk.warnings:
            print("warning " + w)
        print()
    print(table(c, "--markdown" in argv))
    if chk.errors:
        print("\n".join("ERROR " + e for e in chk.errors))
        print(f"\n{len(chk.errors)} error(s)")
        return 1
    print(f"OK: manifest.json ({c['total']} entries) and fixes.json are valid.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
