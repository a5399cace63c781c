//! Phrase banks: data files compiled into one Aho-Corasick automaton
//! (daachorse's double array). The built-in banks' automaton is made by
//! `build.rs` and baked into the binary; only user phrases make one at run
//! time.
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

use daachorse::{DoubleArrayAhoCorasick, DoubleArrayAhoCorasickBuilder, MatchKind};

mod compile;
use compile::PatternInfo;
pub use compile::{MAX_MATCH_BYTES, expand};

const PARTS: &str = include_str!("parts.toml");
const TONE: &str = include_str!("tone.toml");
const SCENARIOS: &str = include_str!("scenarios.toml");
const VADER: &str = include_str!("vader_lexicon.tsv");

/// All phrase sets, compiled.
pub struct Bank {
    names: Vec<String>,
    /// Set name → index, shared with every [`Hits`].
    index: Arc<SetIndex>,
    /// Over ASCII-lower-cased text; a match's value is a literal's number.
    automaton: DoubleArrayAhoCorasick<u32>,
    /// Literal `i` stands for `infos[info_starts[i]..info_starts[i + 1]]`.
    info_starts: Vec<u32>,
    infos: Vec<PatternInfo>,
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

/// FNV-1a, for maps of short keys fixed by tactful (set names, the
/// lexicon): words of a draft are only looked up in them, never inserted,
/// so no input can crowd one bucket.
#[derive(Default)]
pub struct Fnv(u64);

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

static COMMON: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("common_words.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Whether `lower` (a lower-case word) is a common English word rather
/// than a name or an acronym.
pub fn is_common_word(lower: &str) -> bool {
    COMMON.contains(lower)
}

static DEFAULT: LazyLock<Arc<Bank>> = LazyLock::new(|| Arc::new(Bank::build(&BTreeMap::new())));

/// Sentiment valence of a lower-case word, from the VADER lexicon. Looked
/// up for every word of a sentence that is scored, so hashed with FNV.
pub static VALENCE: LazyLock<HashMap<&'static str, f32, std::hash::BuildHasherDefault<Fnv>>> =
    LazyLock::new(|| {
        VADER
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, v) = l.split_once('\t')?;
                Some((w, v.trim().parse().ok()?))
            })
            .collect()
    });

/// VADER entries that, in a decline, are not sentiment: names ("Rob",
/// "Mia", "Kia"), the Filipino courtesy particle "po" (VADER's "pissed
/// off"), "gross" pay, a plain "pay". Rules that weigh words skip them;
/// the trained scorers' features keep VADER as it is.
pub const NOT_SENTIMENT: &[&str] = &["po", "pu", "rob", "mia", "kia", "gross", "pay", "dx", "doa"];

/// Names of the sets users may extend.
pub fn set_names() -> Vec<String> {
    default_bank().names.clone()
}

pub fn default_bank() -> Arc<Bank> {
    DEFAULT.clone()
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
    /// The built-in sets alone use the automaton baked in at build time.
    pub fn build(extra: &BTreeMap<String, Vec<String>>) -> Bank {
        Bank::build_with(extra, true)
    }

    fn build_with(extra: &BTreeMap<String, Vec<String>>, use_baked: bool) -> Bank {
        if extra.is_empty() && use_baked {
            if let Some(automaton) = baked() {
                let infos = table::INFOS
                    .iter()
                    .map(|&(set, flags)| PatternInfo {
                        set: usize::from(set),
                        check_start: flags & 1 != 0,
                        check_end: flags & 2 != 0,
                        prefix: flags & 4 != 0,
                    })
                    .collect();
                let names: Vec<String> = table::NAMES.iter().map(|n| n.to_string()).collect();
                return Bank::new(names, automaton, table::INFO_STARTS.to_vec(), infos);
            }
        }
        let c = compile::compile(&[PARTS, TONE, SCENARIOS], extra);
        let automaton = DoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build_with_values(c.literals.iter().zip(0u32..))
            .expect("phrase automaton builds");
        let mut starts = vec![0u32];
        let mut infos = Vec::new();
        for list in c.infos {
            infos.extend(list);
            starts.push(infos.len() as u32);
        }
        Bank::new(c.names, automaton, starts, infos)
    }

    fn new(
        names: Vec<String>,
        automaton: DoubleArrayAhoCorasick<u32>,
        info_starts: Vec<u32>,
        infos: Vec<PatternInfo>,
    ) -> Bank {
        Bank {
            index: Arc::new(names.iter().cloned().zip(0..).collect()),
            names,
            automaton,
            info_starts,
            infos,
        }
    }

    /// Literal patterns compiled, and the automaton's heap bytes.
    pub fn size(&self) -> (usize, usize) {
        (self.info_starts.len() - 1, self.automaton.heap_bytes())
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
        // ASCII lower case keeps every byte offset
        let lower = text.to_ascii_lowercase();
        for m in self.automaton.find_overlapping_iter(&lower) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            let v = m.value() as usize;
            let (Some(&from), Some(&to)) = (self.info_starts.get(v), self.info_starts.get(v + 1))
            else {
                continue;
            };
            let infos = self.infos.get(from as usize..to as usize).unwrap_or(&[]);
            let word_before = text[..s].chars().next_back().is_some_and(is_word_char);
            let word_after = text[e..].chars().next().is_some_and(is_word_char);
            for info in infos {
                if info.check_start && word_before {
                    continue;
                }
                let e = if info.prefix {
                    e + text[e..]
                        .char_indices()
                        .find(|&(_, c)| !is_word_char(c))
                        .map_or(text.len() - e, |(i, _)| i)
                } else {
                    if info.check_end && word_after {
                        continue;
                    }
                    e
                };
                by_set[info.set].push(s..e);
            }
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
    pub fn sources(&self, set: &str) -> &'static [String] {
        static SOURCES: LazyLock<BTreeMap<String, Vec<String>>> =
            LazyLock::new(|| compile::sources(&[PARTS, TONE, SCENARIOS]));
        SOURCES.get(set).map_or(&[], Vec::as_slice)
    }

    pub fn has_set(&self, set: &str) -> bool {
        self.names.iter().any(|n| n == set)
    }
}

/// What `build.rs` made of the built-in banks: the table of what each
/// literal stands for, and (in `phrases.daac`) the automaton.
mod table {
    include!(concat!(env!("OUT_DIR"), "/phrases_table.rs"));
}

/// The automaton `build.rs` made for the built-in banks, if its file goes
/// with the table (same fingerprint).
fn baked() -> Option<DoubleArrayAhoCorasick<u32>> {
    static BAKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/phrases.daac"));
    let (fingerprint, bytes) = BAKED.split_first_chunk::<8>()?;
    if u64::from_le_bytes(*fingerprint) != table::FINGERPRINT {
        return None;
    }
    // SAFETY: `bytes` is `serialize()` output of the same daachorse version
    // (pinned in Cargo.toml for both build.rs and the crate), written by
    // build.rs in the same run as the table, which the fingerprint
    // confirms; `deserialize_unchecked` needs exactly that.
    let (automaton, rest) = unsafe { DoubleArrayAhoCorasick::deserialize_unchecked(bytes) };
    rest.is_empty().then_some(automaton)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// How many of the sorted matches `all` lie inside `within`.
pub fn count_inside(all: &[Range<usize>], within: &Range<usize>) -> usize {
    matches_inside(all, within.clone()).count()
}

/// The sorted matches `all` that lie inside `within` (binary search).
fn matches_inside(
    all: &[Range<usize>],
    within: Range<usize>,
) -> impl Iterator<Item = &Range<usize>> {
    let from = all.partition_point(|r| r.start < within.start);
    all[from..]
        .iter()
        .take_while(move |r| r.start < within.end)
        .filter(move |r| r.end <= within.end)
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
        matches_inside(self.get(set), within).cloned()
    }

    pub fn any_inside(&self, set: &str, within: Range<usize>) -> bool {
        self.inside(set, within).next().is_some()
    }

    /// Whether `r` lies within some match of `set`.
    pub fn covered_by(&self, set: &str, r: &Range<usize>) -> bool {
        covers(self.get(set), r)
    }
}

/// Whether `r` lies within one of `matches` (one set's, from
/// [`Hits::get`]): for loops that ask of the same set many times.
pub fn covers(matches: &[Range<usize>], r: &Range<usize>) -> bool {
    // matches are short: look back from the last one starting at or
    // before `r` only as far as the longest pattern could reach
    let upto = matches.partition_point(|m| m.start <= r.start);
    matches[..upto]
        .iter()
        .rev()
        .take_while(|m| m.start + MAX_MATCH_BYTES >= r.start)
        .any(|m| r.end <= m.end)
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
    fn the_baked_automaton_is_the_one_the_sources_make() {
        let c = compile::compile(&[PARTS, TONE, SCENARIOS], &BTreeMap::new());
        assert!(baked().is_some(), "build.rs baked the built-in banks");
        assert_eq!(c.fingerprint(), table::FINGERPRINT);
        let fresh = Bank::build_with(&BTreeMap::new(), false);
        let kept = default_bank();
        for text in [
            include_str!("../../examples/flawed-email.md"),
            include_str!("../../examples/flawed-text.txt"),
            include_str!("../../examples/phone-script.txt"),
            "I\u{2019}M SO SORRY, but I\u{2019}ve accepted another offer; honestly your process was a MESS.",
        ] {
            assert!(fresh.find(text) == kept.find(text), "{text}");
        }
        assert_eq!(fresh.names, kept.names);
        assert_eq!(fresh.size().0, kept.size().0);
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
