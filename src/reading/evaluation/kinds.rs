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

/// A reader of one shape of evaluation: the tokens of a sentence, the
/// clause's index and its token range.
#[cfg(test)]
pub(super) type Reader = fn(&[Token], usize, Range<usize>) -> Option<Evaluation>;

/// Whether `reader` finds its shape in any clause of `text` (for tests).
#[cfg(test)]
pub(super) fn found_by(reader: Reader, text: &str) -> bool {
    let t = crate::reading::tokens::tokenize(text);
    let c = crate::reading::clauses::clauses(&t);
    c.iter()
        .enumerate()
        .any(|(ci, c)| reader(&t, ci, c.tokens.clone()).is_some())
}
