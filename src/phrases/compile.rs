//! The phrase banks' source compiled to literal patterns. Shared by the
//! crate and by `build.rs`, which bakes the built-in banks' automaton into
//! the binary so that no process spends time building it.

use std::collections::BTreeMap;

use serde::Deserialize;

/// No phrase match is longer than this (patterns up to half of it).
pub const MAX_MATCH_BYTES: usize = 512;

#[derive(Deserialize)]
struct BankFile {
    sets: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    strong: BTreeMap<String, Vec<String>>,
}

/// What a literal pattern stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PatternInfo {
    pub set: usize,
    pub check_start: bool,
    pub check_end: bool,
    /// The last word may run on ("apprecia*").
    pub prefix: bool,
}

/// Phrase sets as distinct literals, ready for an automaton.
pub struct Compiled {
    /// Set names; a set's index is its position here.
    pub names: Vec<String>,
    /// Distinct literals in ASCII lower case, sorted; matching is ASCII
    /// case-insensitive. Literal `i` carries value `i` in the automaton.
    pub literals: Vec<String>,
    /// What each literal stands for (one literal may serve several sets).
    pub infos: Vec<Vec<PatternInfo>>,
}

impl Compiled {
    /// A fingerprint of the literals (FNV-1a), to tell whether a baked
    /// automaton was made from the same ones.
    #[allow(dead_code)] // by build.rs and the tests
    pub fn fingerprint(&self) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for l in &self.literals {
            for &b in l.as_bytes().iter().chain(&[0]) {
                h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            }
        }
        h
    }
}

/// The pattern sources of each set in the bank files (TOML sources);
/// `[strong]` sets are named `strong:<set>`.
pub fn sources(files: &[&str]) -> BTreeMap<String, Vec<String>> {
    let mut sources: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for src in files {
        let file: BankFile = toml::from_str(src).expect("built-in phrase bank is valid TOML");
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
    sources
}

/// Compiles the bank files (TOML sources) plus `extra` literal phrases per
/// set name.
pub fn compile(files: &[&str], extra: &BTreeMap<String, Vec<String>>) -> Compiled {
    let sources = sources(files);
    let mut names: Vec<String> = sources.keys().cloned().collect();
    for name in extra.keys() {
        if !names.contains(name) {
            names.push(name.clone());
        }
    }
    let mut by_literal: BTreeMap<String, Vec<PatternInfo>> = BTreeMap::new();
    let mut add = |text: &str, set: usize, prefix: bool| {
        let text = text.trim();
        if text.is_empty() || text.len() > MAX_MATCH_BYTES / 2 {
            return;
        }
        let first = text.chars().next().unwrap_or(' ');
        let last = text.chars().last().unwrap_or(' ');
        let info = PatternInfo {
            set,
            check_start: first.is_alphanumeric(),
            check_end: last.is_alphanumeric() && !prefix,
            prefix,
        };
        let mut variants = vec![text.to_ascii_lowercase()];
        if text.contains('\'') {
            variants.push(variants[0].replace('\'', "\u{2019}"));
        }
        for v in variants {
            by_literal.entry(v).or_default().push(info);
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
    let (literals, infos) = by_literal
        .into_iter()
        .map(|(l, mut i)| {
            i.sort();
            i.dedup();
            (l, i)
        })
        .unzip();
    Compiled {
        names,
        literals,
        infos,
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
