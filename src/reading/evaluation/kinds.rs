//! What an evaluation is (its kind, the clause, the cue and the target)
//! and the small helpers the readers of each shape share.

use std::ops::Range;

use crate::reading::tokens::Token;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvalKind {
    /// A negative evaluation of the employer, its people, process or offer.
    Criticism,
    /// Unasked-for advice to the employer.
    Advice,
    /// A rhetorical contrast or a dig ("I can only imagine ...").
    Rhetoric,
    /// Thanks for something bad; scare quotes.
    Sarcasm,
    /// Resentment or self-pity.
    SelfPity,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evaluation {
    pub kind: EvalKind,
    pub clause: usize,
    /// The words that carry it (the evaluative word, the advice, ...).
    pub cue: Range<usize>,
    /// What it is about, when named.
    pub target: Option<Range<usize>>,
}

/// The word at token `k` if it lies in `r`.
pub(super) fn word_in<'t>(tokens: &'t [Token], r: &Range<usize>, k: usize) -> Option<&'t str> {
    tokens
        .get(k)
        .filter(|_| r.contains(&k))
        .map(|t| t.word.as_str())
}

/// An evaluation with no named target.
pub(super) fn untargeted(kind: EvalKind, clause: usize, cue: Range<usize>) -> Evaluation {
    Evaluation {
        kind,
        clause,
        cue,
        target: None,
    }
}
