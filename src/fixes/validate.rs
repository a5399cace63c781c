//! The checks a planned fix must pass before anything is written: what a
//! careful reader would catch in the fixed message that the rules
//! themselves do not (a sentence said twice, an insert glued to a word, a
//! capital after a comma, a placeholder filled into broken wording), and
//! any new finding the fix brought in.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::edits::{first_word, is_always_capital};
use crate::engine::Report;
use crate::vocab::{Edit, Medium, PartKind, Severity};

/// What is wrong with a fixed message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Defect {
    /// A sentence now appears more often than it did, and more than once.
    Duplicate(String),
    /// Two greetings, two sign-offs or two subject lines.
    TwoParts(PartKind),
    /// Inserted text touches a word with no stop between them.
    Glued(String),
    /// A capitalised word right after a comma ("Hi, It is ...").
    CapitalAfterComma(String),
    /// A placeholder filled into wording that does not stand ("Dear the").
    BrokenFill(String),
    /// Punctuation left alone where words were cut ("and I .", "- , I").
    Fragment(String),
    /// A `Subject:` line in a message that is not an email.
    SubjectOutsideEmail,
    /// A rule that fires at warning level or above more often than before.
    NewFinding(&'static str),
    /// Text outside the edits' ranges changed.
    OutsideRanges,
    /// A stay-in-touch line added beside a complaint that stays.
    MixedMessage,
    /// A list whose numbers no longer run on, or whose sub-items now hang
    /// under another item ("1, 3, 4" after item 2 went).
    BrokenList(String),
    /// A sentence kept that points at words cut ("If they can do that"
    /// after the condition went): the sentence's range before the fix.
    Dangling(String, std::ops::Range<usize>),
}

impl std::fmt::Display for Defect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Defect::Duplicate(s) => write!(f, "the sentence \"{s}\" would appear twice"),
            Defect::TwoParts(k) => write!(f, "the message would have two {} parts", k.as_str()),
            Defect::Glued(s) => write!(f, "\"{s}\" would run into the words beside it"),
            Defect::CapitalAfterComma(s) => {
                write!(f, "\"{s}\" would start with a capital after a comma")
            }
            Defect::BrokenFill(s) => write!(f, "\"{s}\" does not read as English"),
            Defect::Fragment(s) => write!(f, "\"{s}\" would be left as a fragment"),
            Defect::SubjectOutsideEmail => write!(f, "a Subject line belongs to email only"),
            Defect::NewFinding(r) => write!(f, "the fix would bring a new {r} finding"),
            Defect::OutsideRanges => write!(f, "text outside the fix's ranges would change"),
            Defect::BrokenList(s) => write!(f, "the list would break at \"{s}\""),
            Defect::Dangling(s, _) => write!(f, "\"{s}\" would point at words the fix cuts"),
            Defect::MixedMessage => write!(
                f,
                "a stay-in-touch line would stand beside a complaint that stays"
            ),
        }
    }
}

/// Defects of `after` (the text `before` with `edits` applied) that
/// `before` did not have. `old` and `new` are the reports of the two.
pub fn defects(
    before: &str,
    after: &str,
    edits: &[&Edit],
    old: &Report,
    new: &Report,
    medium: Medium,
) -> Vec<Defect> {
    let mut out = Vec::new();
    if !stays_in_ranges(before, after, edits) {
        out.push(Defect::OutsideRanges);
    }
    let (was, now) = (sentence_counts(before), sentence_counts(after));
    for (s, n) in &now {
        if *n > 1 && *n > was.get(s).copied().unwrap_or(0) {
            out.push(Defect::Duplicate(s.clone()));
        }
    }
    for kind in [PartKind::Greeting, PartKind::SignOff, PartKind::Subject] {
        let count = |r: &Report| r.parts.iter().filter(|p| p.kind == kind).count();
        if count(new) > count(old).max(1) {
            out.push(Defect::TwoParts(kind));
        }
    }
    if medium != Medium::Email && subject_lines(after) > subject_lines(before) {
        out.push(Defect::SubjectOutsideEmail);
    }
    for (at, e) in placed(edits) {
        // overlapping edits have no place of their own: out of range
        let Some(inserted) = after.get(at..at + e.new_text.len()) else {
            out.push(Defect::OutsideRanges);
            continue;
        };
        out.extend(seams(after, at, inserted));
    }
    for p in FRAGMENTS.iter() {
        if p.find_iter(after).count() > p.find_iter(before).count() {
            let m = p.find(after).map_or("", |m| m.as_str());
            out.push(Defect::Fragment(m.trim().to_string()));
        }
    }
    if let Some(line) = opened_pair(before, after) {
        out.push(Defect::Fragment(snippet(&line)));
    }
    if let Some(p) = super::dangling::dangling(before, edits) {
        out.push(Defect::Dangling(p.words, p.sentence));
    }
    if let Some(line) = broken_list(before, after) {
        out.push(Defect::BrokenList(snippet(&line)));
    }
    for p in BROKEN_FILLS.iter() {
        if p.find_iter(after).count() > p.find_iter(before).count() {
            let m = p.find(after).map_or("", |m| m.as_str());
            out.push(Defect::BrokenFill(m.trim().to_string()));
        }
    }
    let mut counts: HashMap<&'static str, (usize, usize)> = HashMap::new();
    for f in &old.findings {
        counts.entry(f.rule).or_default().0 += 1;
    }
    for f in &new.findings {
        if f.severity <= Severity::Warning {
            counts.entry(f.rule).or_default().1 += 1;
        }
    }
    let mut added: Vec<&'static str> = counts
        .into_iter()
        .filter(|(_, (was, now))| now > was)
        .map(|(r, _)| r)
        .collect();
    added.sort_unstable();
    out.extend(added.into_iter().map(Defect::NewFinding));
    out
}

/// A line the edit left with a bracket or a quotation open ("my sister
/// has her own health problems (. I will be ...", `- "So I'll have to
/// withdraw.`), where the text had no more such lines before.
fn opened_pair(before: &str, after: &str) -> Option<String> {
    let open = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| {
                let n = |c: char| l.chars().filter(|&x| x == c).count();
                n('(') != n(')') || n('"') % 2 == 1 || n('“') != n('”')
            })
            .map(str::to_string)
            .collect()
    };
    let (was, now) = (open(before), open(after));
    if now.len() <= was.len() {
        return None;
    }
    now.into_iter().find(|l| !was.contains(l))
}

/// A line of `after` where a list the text had breaks: numbered items
/// ("1.", "2)") that ran on one by one and no longer do, or a sub-item
/// (indented "- ") that now hangs under another item of the list because
/// its own was cut ("2. Salary:" gone, its bullets left under "1. Start:").
fn broken_list(before: &str, after: &str) -> Option<String> {
    let numbered = |text: &str| -> Vec<(u32, String)> {
        text.lines()
            .filter_map(|l| {
                let t = l.trim_start();
                let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
                let rest = &t[digits.len()..];
                let marked =
                    (rest.starts_with(". ") || rest.starts_with(") ")) && digits.len() <= 2;
                (marked && !digits.is_empty())
                    .then(|| digits.parse().ok().map(|n| (n, l.to_string())))
                    .flatten()
            })
            .collect()
    };
    let runs_on = |items: &[(u32, String)]| items.windows(2).all(|p| p[1].0 == p[0].0 + 1);
    let (was, now) = (numbered(before), numbered(after));
    if was.len() >= 2 && runs_on(&was) && !runs_on(&now) {
        let at = now.windows(2).find(|p| p[1].0 != p[0].0 + 1);
        return Some(at.map_or_else(String::new, |p| p[1].1.clone()));
    }
    // each indented item with the item it hangs under
    let parents = |text: &str| -> Vec<(String, String)> {
        let mut parent = String::new();
        let mut out = Vec::new();
        for l in text.lines() {
            if l.trim().is_empty() {
                continue;
            }
            let indented = l.starts_with([' ', '\t']);
            let item = l.trim_start().starts_with(['-', '*', '•']);
            if indented && item {
                out.push((l.trim().to_string(), parent.clone()));
            } else if !indented {
                parent = l.trim().to_string();
            }
        }
        out
    };
    let (was, now) = (parents(before), parents(after));
    let lines_before: Vec<&str> = before.lines().map(str::trim).collect();
    let lines_after: Vec<&str> = after.lines().map(str::trim).collect();
    now.into_iter().find_map(|(item, parent)| {
        let (_, old) = was.iter().find(|(i, _)| *i == item)?;
        // (a parent reworded is still the item's own)
        let moved = *old != parent
            && !lines_after.contains(&old.as_str())
            && lines_before.contains(&parent.as_str());
        moved.then_some(item)
    })
}

/// Where each edit's new text starts in the edited text.
fn placed<'e>(edits: &[&'e Edit]) -> Vec<(usize, &'e Edit)> {
    let mut sorted = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let mut shift: isize = 0;
    let mut out = Vec::new();
    for e in sorted {
        let at = (e.range.start as isize + shift) as usize;
        out.push((at, e));
        shift += e.new_text.len() as isize - e.range.len() as isize;
    }
    out
}

/// Whether everything outside the edits is byte-identical.
fn stays_in_ranges(before: &str, after: &str, edits: &[&Edit]) -> bool {
    let mut sorted = edits.to_vec();
    sorted.sort_by_key(|e| (e.range.start, e.range.end));
    let (mut old_at, mut new_at) = (0usize, 0usize);
    for e in sorted {
        if e.range.start < old_at || e.range.end > before.len() {
            return false;
        }
        let gap = e.range.start - old_at;
        if after.get(new_at..new_at + gap) != before.get(old_at..e.range.start) {
            return false;
        }
        new_at += gap + e.new_text.len();
        old_at = e.range.end;
    }
    after.get(new_at..) == before.get(old_at..)
}

/// Defects where inserted text meets its neighbours.
fn seams(after: &str, at: usize, inserted: &str) -> Vec<Defect> {
    let mut out = Vec::new();
    let body = inserted.trim_start();
    let Some(first) = body.chars().next() else {
        return out;
    };
    let start = at + (inserted.len() - body.len());
    // the character before, on the same line
    let before = after[..start].trim_end_matches([' ', '\t']);
    let prev = before.chars().next_back();
    let lead = first_word(body);
    // only where a sentence is put in: a word swapped for a word
    // ("hey" → "Hi") keeps the case it had
    let sentence = body.trim_end().ends_with(['.', '!', '?']);
    if sentence && first.is_uppercase() && !is_always_capital(lead) {
        match prev {
            Some(c) if c.is_alphanumeric() => out.push(Defect::Glued(snippet(body))),
            Some(',') => out.push(Defect::CapitalAfterComma(snippet(body))),
            _ => {}
        }
    }
    // and the words after it: "... what I need right now.I'm going to"
    let end = at + inserted.trim_end().len();
    let next = after.get(end..).and_then(|rest| rest.chars().next());
    if sentence && next.is_some_and(char::is_alphanumeric) {
        out.push(Defect::Glued(snippet(body)));
    }
    out
}

fn snippet(s: &str) -> String {
    let s = s.trim();
    match s.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

fn subject_lines(text: &str) -> usize {
    text.lines()
        .filter(|l| l.trim_start().to_ascii_lowercase().starts_with("subject:"))
        .count()
}

/// Sentences of four words or more, lower-cased, by how often they occur.
fn sentence_counts(text: &str) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for piece in text.split(['.', '!', '?', '\n']) {
        let words = words(piece);
        if words.split(' ').count() >= 4 {
            *out.entry(words).or_insert(0) += 1;
        }
    }
    out
}

/// Lower-case words of `s`, joined by single spaces.
pub(super) fn words(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Compiles a list of patterns written in this file.
fn compile(patterns: &[&str]) -> Vec<Regex> {
    patterns
        .iter()
        .map(|p| Regex::new(p).expect("valid pattern"))
        .collect()
}

/// Punctuation stranded by a cut: a stop or comma after a space, a line
/// or list item that opens with one, a comma doubled, a stop doubled
/// ("of M&A.. I'm"), a sentence run into the next with no space
/// ("at this level.Regards,"), and a bracket emptied ("(.)").
static FRAGMENTS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        r"\w [.,;:!?](?:\s|$)",
        r"(?m)^[ \t]*(?:[-*•][ \t]+)?[.,;:!?]",
        r",[ \t]*[,.]",
        // a lead-in left with nothing after it: "But I tell you directly:."
        r"[:;][ \t]*[.!?]",
        r"[^.]\.[ \t]*\.(?:\s|$)",
        r"[a-z]{2}[.!?][A-Z][a-z'’]",
        // a bracket left with nothing in it ("(as a joke)" cut to "(.)")
        r"[(\[]\s*[.,;:!?]?\s*[)\]]",
        // what is left opening on "and" after a cut: "Also say: and I have
        // to cancel it"
        r"(?m)(?:^|[:.!?])[ \t]*(?:[-*•][ \t]+)?(?:and|but|or) ",
    ])
});

/// Wording a placeholder fill must never leave behind.
static BROKEN_FILLS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    compile(&[
        // a salutation addressed to a noun phrase: "Dear the hiring team"
        r"(?m)\b(?:Dear|Hi|Hello) (?:the|your|a|an|our) ",
        // a caller with no name: "Hello, this is, calling"
        r"(?i)\bthis is\s*,",
        r"\bthis is (?:Otherwise|Best|Kind|Regards|Thanks|Thank)\b",
        // a sign-off inside a sentence
        r"[A-Za-z], (?:Best|Kind|Warm) regards,? [a-z]",
        // an address-block or date line filled with words that are no address
        r"(?mi)^\s*(?:your company|the company|a time that suits you|the hiring team|the role)\s*,?\s*$",
        // a date filled with words that change the meaning
        r"\b(?:on|at|by|for) a time that suits you\b",
        // a word written again after a slash: "Dear Sir/Ma/Ma,"
        r"(?i)\b(\w+)/(\w+)/(\w+)\b",
    ])
});

#[cfg(test)]
mod tests {
    use super::*;

    fn seam(text: &str, at: usize, len: usize) -> Vec<Defect> {
        seams(text, at, &text[at..at + len])
    }

    #[test]
    fn a_list_must_keep_its_numbers_and_its_sub_items_their_item() {
        let before = "1. Start: thank her\n\n2. Salary: 3,200 a month\n   - less than now\n\n3. Decision: no\n";
        // item 2 gone: numbers jump and its bullet hangs under item 1
        let after = "1. Start: thank her\n\n   - less than now\n\n3. Decision: no\n";
        assert!(broken_list(before, after).is_some());
        // item 2 reworded, or its bullet cut: still a list
        let reworded =
            "1. Start: thank her\n\n2. Salary: the pay\n   - less than now\n\n3. Decision: no\n";
        assert!(broken_list(before, reworded).is_none());
        let bullet_cut = "1. Start: thank her\n\n2. Salary: 3,200 a month\n\n3. Decision: no\n";
        assert!(broken_list(before, bullet_cut).is_none());
    }

    #[test]
    fn inserts_must_not_touch_words() {
        let t = "hi carla After some thought, I decline.";
        assert!(matches!(seam(t, 8, t.len() - 8)[..], [Defect::Glued(_)]));
        // a sentence put in with a word right after its stop
        let t = "Hi jake. The pay is low.I'm going to skip it.";
        assert!(matches!(seam(t, 9, 15)[..], [Defect::Glued(_)]));
        // a word swapped for a word keeps its case
        assert!(seam("hey Marta", 0, 3).is_empty());
        let t = "Hi Dana, Thank you.";
        assert!(matches!(seam(t, 8, 11)[..], [Defect::CapitalAfterComma(_)]));
        let t = "Hi Dana, I decline. Thank you.";
        assert!(seam(t, 8, 11).is_empty());
        assert!(seam(t, 19, 11).is_empty());
    }

    #[test]
    fn ranges_are_checked_byte_for_byte() {
        let e = Edit {
            range: 3..5,
            new_text: "XY".into(),
        };
        assert!(stays_in_ranges("abcdefg", "abcXYfg", &[&e]));
        assert!(!stays_in_ranges("abcdefg", "abcXYfh", &[&e]));
    }

    #[test]
    fn broken_fills_are_caught() {
        for bad in [
            "Dear the hiring team,",
            "Hello, this is, calling about the role.",
            "the interview on a time that suits you",
            "Otherwise, Best regards, and keep me in mind",
        ] {
            assert!(
                BROKEN_FILLS.iter().any(|p| p.is_match(bad)),
                "not caught: {bad}"
            );
        }
        for good in [
            "Dear Hiring Manager,",
            "Hello, this is Sam, calling about the role.",
        ] {
            assert!(!BROKEN_FILLS.iter().any(|p| p.is_match(good)), "{good}");
        }
    }

    #[test]
    fn a_bracket_or_quote_left_open_is_caught() {
        let before = "My sister is unwell (she is waiting for surgery), so it falls to me. I will cut my hours.";
        let after = "My sister is unwell (. I will cut my hours.";
        assert!(opened_pair(before, after).is_some());
        let before = "- \"So I'll have to withdraw, unless you could go to 40k.\"";
        assert!(opened_pair(before, "- \"So I'll have to withdraw.").is_some());
        assert!(opened_pair(before, "- \"So I'll have to withdraw.\"").is_none());
    }

    #[test]
    fn stranded_punctuation_is_a_fragment() {
        for bad in [
            "I really did want to work with you and I .",
            "- , I know",
            "! ok bye",
            "so, , fine",
        ] {
            assert!(
                FRAGMENTS.iter().any(|p| p.is_match(bad)),
                "not caught: {bad}"
            );
        }
        assert!(
            !FRAGMENTS
                .iter()
                .any(|p| p.is_match("- Thanks, I know. Fine!"))
        );
    }

    #[test]
    fn only_new_duplicates_count() {
        let a = sentence_counts("I have decided to withdraw. I have decided to withdraw.");
        assert_eq!(a.get("i have decided to withdraw"), Some(&2));
    }
}
