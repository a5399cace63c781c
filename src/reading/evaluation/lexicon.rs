//! The valence of a word: VADER's lexicon with this domain's evaluative
//! words added and its ordinary decline words neutralised.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::phrases::{NOT_SENTIMENT, VALENCE};

/// Evaluative words of this domain that the general lexicon lacks or
/// scores too mildly, with a valence on VADER's scale.
const DOMAIN: &[(&str, f32)] = &[
    // verdicts in casual speech: "3 rounds for a nurse job is wild"
    ("wild", -1.6),
    ("inflated", -1.6),
    ("glorified", -1.8),
    ("crazy", -1.8),
    ("insane", -2.0),
    ("nuts", -1.6),
    ("disorganised", -2.0),
    ("disorganized", -2.0),
    ("chaotic", -2.2),
    ("shambolic", -2.4),
    ("toxic", -2.6),
    ("dismissive", -2.0),
    ("disrespectful", -2.4),
    ("condescending", -2.2),
    ("patronising", -2.2),
    ("patronizing", -2.2),
    ("ghosted", -2.0),
    ("ghosting", -2.0),
    ("sloppy", -1.8),
    ("exploitative", -2.4),
    ("predatory", -2.4),
    ("shady", -2.0),
    ("sketchy", -1.8),
    ("cliquey", -1.6),
    ("amateurish", -2.0),
    ("unorganised", -1.8),
    ("unorganized", -1.8),
    ("lowball", -2.0),
    ("lowballed", -2.0),
    ("laughable", -2.2),
    ("insult", -2.2),
    ("joke", -1.6),
    ("mess", -1.8),
    ("circus", -1.8),
    ("underpaid", -1.8),
    ("overworked", -1.6),
    ("micromanaged", -1.8),
    ("micromanagement", -1.8),
    ("outdated", -1.2),
    ("archaic", -1.4),
    ("clueless", -2.0),
    ("unprepared", -1.6),
    ("rude", -2.2),
    ("cold", -1.0),
    ("stuffy", -1.2),
    ("soulless", -2.0),
    ("bleak", -1.6),
    ("dingy", -1.6),
    ("miserable", -2.2),
    ("cheap", -1.2),
    ("stingy", -1.8),
    ("tone-deaf", -2.0),
    ("unreasonable", -1.8),
    ("unrealistic", -1.4),
    ("excessive", -1.2),
    ("unpaid", -1.2),
    ("ridiculous", -1.8),
    ("absurd", -1.8),
    ("bizarre", -1.4),
    ("unacceptable", -2.2),
    ("unimpressed", -1.8),
    ("ignored", -1.6),
    ("wasted", -1.8),
    ("waste", -1.8),
    ("misleading", -2.0),
    ("misled", -2.0),
    ("bait", -1.4),
    ("switch", 0.0),
    // slang praise as often as not: "I hope you find a killer player"
    ("killer", 0.0),
    ("unprofessional", -2.4),
    ("incompetent", -2.4),
    ("arrogant", -2.2),
    ("hostile", -2.0),
    ("insulting", -2.4),
    ("pathetic", -2.7),
    ("awful", -2.0),
    ("terrible", -2.2),
    ("horrible", -2.4),
    ("dreadful", -2.2),
    ("appalling", -2.6),
    ("shocking", -1.8),
    ("disgraceful", -2.6),
];

/// A word's valence on VADER's scale: this domain's own words first,
/// then the general lexicon; words that are ordinary in a decline are 0.
pub(super) fn valence(w: &str) -> f32 {
    static MAP: LazyLock<HashMap<&'static str, f32>> =
        LazyLock::new(|| DOMAIN.iter().copied().collect());
    if let Some(v) = MAP.get(w) {
        return *v;
    }
    if NOT_SENTIMENT.contains(&w) {
        return 0.0;
    }
    VALENCE.get(w).copied().unwrap_or(0.0)
}
