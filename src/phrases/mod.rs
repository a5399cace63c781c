//! Phrase banks: data files compiled once into one Aho-Corasick automaton.
//!
//! Each bank file (`*.toml` beside this module) holds named sets of
//! patterns. A pattern is lower-case words with `(a|b)` choices (an empty
//! choice makes the group optional) and an optional trailing `*` that lets
//! the last word run on. Matches are ASCII case-insensitive and must sit on
//! word boundaries, checked Unicode-aware so "Hi Lola" does not contain
//! "lol". Users extend sets through config `[phrases]`; their phrases are
//! taken literally.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::sync::{Arc, LazyLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

const PARTS: &str = include_str!("parts.toml");
const TONE: &str = include_str!("tone.toml");
const SCENARIOS: &str = include_str!("scenarios.toml");
const VADER: &str = include_str!("vader_lexicon.tsv");

#[derive(Deserialize)]
struct BankFile {
    sets: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    strong: BTreeMap<String, Vec<String>>,
}

struct PatternInfo {
    set: usize,
    check_start: bool,
    check_end: bool,
    /// The last word may run on ("apprecia*").
    prefix: bool,
}

/// All phrase sets, compiled.
pub struct Bank {
    names: Vec<String>,
    /// Set name → index, shared with every [`Hits`].
    index: Arc<SetIndex>,
    automaton: AhoCorasick,
    patterns: Vec<PatternInfo>,
    /// Built-in pattern sources per set, for documentation and hover.
    sources: BTreeMap<String, Vec<String>>,
}

/// Matches of every set over one text, each set's ranges sorted.
#[derive(Debug, Default, Clone)]
pub struct Hits {
    index: Arc<SetIndex>,
    by_set: Vec<Vec<Range<usize>>>,
}

/// Set names to indices. Rules look sets up by name many times per
/// sentence, so the names are hashed with FNV-1a (short keys, no untrusted
/// input) rather than SipHash.
type SetIndex = HashMap<String, usize, std::hash::BuildHasherDefault<Fnv>>;

#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// No phrase match is longer than this (checked when the bank is built).
const MAX_MATCH_BYTES: usize = 512;

static DEFAULT: LazyLock<Arc<Bank>> = LazyLock::new(|| Arc::new(Bank::build(&BTreeMap::new())));

/// Sentiment valence of a lower-case word, from the VADER lexicon.
pub static VALENCE: LazyLock<std::collections::HashMap<&'static str, f32>> = LazyLock::new(|| {
    VADER
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (w, v) = l.split_once('\t')?;
            Some((w, v.trim().parse().ok()?))
        })
        .collect()
});

/// Names of the sets users may extend.
pub fn set_names() -> Vec<String> {
    default_bank().names.clone()
}

pub fn default_bank() -> Arc<Bank> {
    DEFAULT.clone()
}

fn bank_files() -> Vec<BankFile> {
    [PARTS, TONE, SCENARIOS]
        .iter()
        .map(|src| toml::from_str(src).expect("built-in phrase bank is valid TOML"))
        .collect()
}

impl std::fmt::Debug for Bank {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bank")
            .field("sets", &self.names.len())
            .finish()
    }
}

impl Bank {
    /// Builds the built-in sets plus `extra` literal phrases per set name.
    pub fn build(extra: &BTreeMap<String, Vec<String>>) -> Bank {
        let mut sources: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for file in bank_files() {
            for (name, pats) in file.sets {
                sources.entry(name).or_default().extend(pats);
            }
            for (name, pats) in file.strong {
                sources
                    .entry(format!("strong:{name}"))
                    .or_default()
                    .extend(pats);
            }
        }
        let mut names: Vec<String> = sources.keys().cloned().collect();
        for name in extra.keys() {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
        let mut literals: Vec<String> = Vec::new();
        let mut patterns: Vec<PatternInfo> = Vec::new();
        let mut add = |text: &str, set: usize, prefix: bool| {
            let text = text.trim();
            if text.is_empty() || text.len() > MAX_MATCH_BYTES / 2 {
                return;
            }
            let first = text.chars().next().unwrap_or(' ');
            let last = text.chars().last().unwrap_or(' ');
            let info = |t: String| {
                (
                    t,
                    PatternInfo {
                        set,
                        check_start: first.is_alphanumeric(),
                        check_end: last.is_alphanumeric() && !prefix,
                        prefix,
                    },
                )
            };
            let mut variants = vec![text.to_string()];
            if text.contains('\'') {
                variants.push(text.replace('\'', "\u{2019}"));
            }
            for v in variants {
                let (t, i) = info(v);
                literals.push(t);
                patterns.push(i);
            }
        };
        for (set, name) in names.iter().enumerate() {
            if let Some(pats) = sources.get(name) {
                for p in pats {
                    for e in expand(p) {
                        // a trailing `*` lets the last word run on; one
                        // inside a phrase cannot, so it is dropped
                        let (body, prefix) = match e.strip_suffix('*') {
                            Some(b) => (b.replace('*', ""), true),
                            None => (e.replace('*', ""), false),
                        };
                        add(&body, set, prefix);
                    }
                }
            }
            if let Some(pats) = extra.get(name) {
                for p in pats {
                    // one space between words, as in prose: no match
                    // then spans the blank line between two blocks
                    let words: Vec<&str> = p.split_whitespace().collect();
                    add(&words.join(" ").to_lowercase(), set, false);
                }
            }
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&literals)
            .expect("phrase automaton builds");
        Bank {
            index: Arc::new(names.iter().cloned().zip(0..).collect()),
            names,
            automaton,
            patterns,
            sources,
        }
    }

    /// Literal patterns compiled, and the automaton's heap bytes.
    pub fn size(&self) -> (usize, usize) {
        (self.patterns.len(), self.automaton.memory_usage())
    }

    /// Matches of nothing: every set empty.
    pub fn no_hits(&self) -> Hits {
        Hits {
            index: self.index.clone(),
            by_set: vec![Vec::new(); self.names.len()],
        }
    }

    /// Every whole-word match of every set in `text`.
    pub fn find(&self, text: &str) -> Hits {
        let mut by_set: Vec<Vec<Range<usize>>> = vec![Vec::new(); self.names.len()];
        for m in self.automaton.find_overlapping_iter(text) {
            let info = &self.patterns[m.pattern().as_usize()];
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if info.check_start && text[..s].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            let e = if info.prefix {
                e + text[e..]
                    .char_indices()
                    .find(|&(_, c)| !is_word_char(c))
                    .map_or(text.len() - e, |(i, _)| i)
            } else {
                if info.check_end && text[e..].chars().next().is_some_and(is_word_char) {
                    continue;
                }
                e
            };
            by_set[info.set].push(s..e);
        }
        for v in &mut by_set {
            v.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
            v.dedup();
        }
        Hits {
            index: self.index.clone(),
            by_set,
        }
    }

    /// The built-in pattern sources of a set (for docs).
    pub fn sources(&self, set: &str) -> &[String] {
        self.sources.get(set).map_or(&[], Vec::as_slice)
    }

    pub fn has_set(&self, set: &str) -> bool {
        self.names.iter().any(|n| n == set)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// How many of the sorted matches `all` lie inside `within`.
pub fn count_inside(all: &[Range<usize>], within: &Range<usize>) -> usize {
    let from = all.partition_point(|r| r.start < within.start);
    all[from..]
        .iter()
        .take_while(|r| r.start < within.end)
        .filter(|r| r.end <= within.end)
        .count()
}

impl Eq for Hits {}

impl PartialEq for Hits {
    fn eq(&self, other: &Hits) -> bool {
        self.by_set == other.by_set && *self.index == *other.index
    }
}

impl Hits {
    /// Appends `other`, found in text starting `by` bytes further on and
    /// after every match already here (matches stay sorted).
    pub fn extend_shifted(&mut self, other: &Hits, by: usize) {
        for (mine, theirs) in self.by_set.iter_mut().zip(&other.by_set) {
            mine.extend(theirs.iter().map(|r| r.start + by..r.end + by));
        }
    }

    fn index(&self, set: &str) -> Option<usize> {
        self.index.get(set).copied()
    }

    /// Matches of `set`, sorted by start (longest first at equal starts).
    pub fn get(&self, set: &str) -> &[Range<usize>] {
        self.index(set).map_or(&[], |i| self.by_set[i].as_slice())
    }

    /// Matches of `set` with overlapping ones merged: one per occurrence.
    pub fn merged(&self, set: &str) -> Vec<Range<usize>> {
        let mut out: Vec<Range<usize>> = Vec::new();
        for r in self.get(set) {
            match out.last_mut() {
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => out.push(r.clone()),
            }
        }
        out
    }

    /// Matches of `set` inside `within` (binary search: hits are sorted).
    pub fn inside<'a>(
        &'a self,
        set: &str,
        within: Range<usize>,
    ) -> impl Iterator<Item = Range<usize>> + 'a {
        let all = self.get(set);
        let from = all.partition_point(|r| r.start < within.start);
        all[from..]
            .iter()
            .take_while(move |r| r.start < within.end)
            .filter(move |r| r.end <= within.end)
            .cloned()
    }

    pub fn any_inside(&self, set: &str, within: Range<usize>) -> bool {
        self.inside(set, within).next().is_some()
    }

    /// Whether `r` lies within some match of `set`.
    pub fn covered_by(&self, set: &str, r: &Range<usize>) -> bool {
        let all = self.get(set);
        // matches are short: look back from the last one starting at or
        // before `r` only as far as the longest pattern could reach
        let upto = all.partition_point(|m| m.start <= r.start);
        all[..upto]
            .iter()
            .rev()
            .take_while(|m| m.start + MAX_MATCH_BYTES >= r.start)
            .any(|m| r.end <= m.end)
    }
}

/// Expands `(a|b)` choices (which may nest) into every literal phrase.
pub fn expand(pattern: &str) -> Vec<String> {
    expand_seq(pattern)
        .into_iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .map(|s| s.replace(" ,", ","))
        .filter(|s| !s.is_empty())
        .collect()
}

fn expand_seq(p: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut i = 0;
    let bytes = p.as_bytes();
    while i < bytes.len() {
        if bytes[i] == b'(' {
            // find the matching close paren
            let mut depth = 0;
            let mut j = i;
            while j < bytes.len() {
                match bytes[j] {
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            let inner = &p[i + 1..j.min(p.len())];
            let choices: Vec<String> = split_top(inner).into_iter().flat_map(expand_seq).collect();
            out = out
                .iter()
                .flat_map(|o| choices.iter().map(move |c| format!("{o}{c}")))
                .collect();
            i = j + 1;
        } else {
            let next = p[i..].find('(').map_or(p.len(), |k| i + k);
            for o in &mut out {
                o.push_str(&p[i..next]);
            }
            i = next;
        }
    }
    out
}

/// Splits at `|` outside nested parentheses.
fn split_top(s: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            '|' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expansion_with_optional_words() {
        assert_eq!(expand("(a|an|) offer"), ["a offer", "an offer", "offer"]);
        assert_eq!(expand("thanks"), ["thanks"]);
        assert_eq!(expand("a (b (c|d)|e) f"), ["a b c f", "a b d f", "a e f"]);
    }

    #[test]
    fn whole_words_only() {
        let bank = default_bank();
        let hits = bank.find("Hi Lola, thanks! They said hey.");
        assert_eq!(hits.get("casual").len(), 1, "{:?}", hits.get("casual"));
        assert_eq!(hits.get("gratitude").len(), 1);
    }

    #[test]
    fn curly_apostrophes_and_prefixes() {
        let bank = default_bank();
        let text = "I\u{2019}m withdrawing my application. I appreciated it.";
        let hits = bank.find(text);
        assert!(!hits.get("decision").is_empty());
        let g = hits.merged("gratitude");
        assert_eq!(&text[g[0].clone()], "appreciated");
    }

    #[test]
    fn user_phrases_are_literal() {
        let mut extra = BTreeMap::new();
        extra.insert(
            "gratitude".to_string(),
            vec!["much (obliged|x)*".to_string()],
        );
        let bank = Bank::build(&extra);
        assert!(bank.find("much (obliged|x)* indeed").get("gratitude").len() == 1);
    }
}
