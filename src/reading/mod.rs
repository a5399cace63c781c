//! The reading layer: what a sentence says, as facts rather than strings.
//!
//! A sentence is cut into normalised tokens with lemmas ([`tokens`]),
//! then into clauses ([`clauses`]). On those, [`frames`] finds decisions
//! (who declines, withdraws, will not attend, has gone elsewhere, asks to
//! move the interview) by the lemma of the predicate and its negation, and
//! [`hedges`] finds hedge cues by class with the span of words each one
//! governs. A decision is hedged when a hedge's scope covers its frame.

pub mod clauses;
pub mod frames;
pub mod hedges;
pub mod scorer;
pub mod tokens;

use std::ops::Range;

pub use clauses::Clause;
pub use frames::{Frame, FrameKind};
pub use hedges::{Class, Hedge};
pub use tokens::Token;

/// One sentence, read.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    pub tokens: Vec<Token>,
    pub clauses: Vec<Clause>,
    pub frames: Vec<Frame>,
    pub hedges: Vec<Hedge>,
}

/// How a sentence stands on the decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stand {
    /// It declines (or moves the interview) plainly.
    Clear,
    /// It tries to decide but a hedge covers the decision, or the decision
    /// hangs on a condition.
    Hedged,
    /// It defers the decision ("I'll let you know").
    Deferred,
    /// It says nothing about the decision.
    None,
}

impl Reading {
    pub fn of(text: &str) -> Reading {
        let tokens = tokens::tokenize(text);
        let clauses = clauses::clauses(&tokens);
        let frames = frames::frames(&tokens, &clauses);
        let hedges = hedges::hedges(&tokens, &clauses);
        Reading {
            tokens,
            clauses,
            frames,
            hedges,
        }
    }

    /// The hedge whose scope covers `frame`, if any.
    pub fn hedge_over(&self, frame: &Frame) -> Option<&Hedge> {
        self.hedges.iter().find(|h| {
            h.scope.contains(&frame.at)
                && match frame.kind {
                    // a request is modal by nature: "could we move it, if
                    // that suits?" is a plain request
                    FrameKind::Reschedule => matches!(h.class, Class::Stance | Class::Provisional),
                    _ => h.class != Class::Deferral,
                }
        })
    }

    /// The sentence's stand on the decision.
    pub fn stand(&self) -> Stand {
        let clear = self.frames.iter().any(|f| self.hedge_over(f).is_none());
        if clear {
            return Stand::Clear;
        }
        if !self.frames.is_empty() {
            return Stand::Hedged;
        }
        // doubt about the process itself, with no verb of deciding: "I'm on
        // the fence about the second round", "still deciding about the role"
        let about_process = self.hedges.iter().any(|h| {
            let weak = matches!(
                self.tokens[h.cue.start].word.as_str(),
                "think"
                    | "thinking"
                    | "guess"
                    | "suppose"
                    | "feel"
                    | "seems"
                    | "seem"
                    | "appears"
                    | "looks"
                    | "looking"
                    | "feeling"
                    | "try"
                    | "trying"
                    | "wonder"
            );
            !weak
                && matches!(h.class, Class::Stance | Class::Provisional | Class::Chance)
                && self.tokens[h.scope.clone()]
                    .iter()
                    .any(|t| frames::is_process_noun(&t.word))
        });
        if about_process {
            return Stand::Hedged;
        }
        if self.hedges.iter().any(|h| h.class == Class::Deferral) {
            return Stand::Deferred;
        }
        Stand::None
    }

    /// The hedge over the decision and the tokens at fault (from the cue
    /// to the end of the decision, within the sentence), when the stand is
    /// hedged or deferred.
    pub fn hedged(&self) -> Option<(Range<usize>, &Hedge)> {
        match self.stand() {
            Stand::Hedged => {
                if let Some((f, h)) = self
                    .frames
                    .iter()
                    .find_map(|f| self.hedge_over(f).map(|h| (f, h)))
                {
                    let clause = &self.clauses[f.clause].tokens;
                    let start = h.cue.start.min(clause.start);
                    let end = h.cue.end.max(f.words.end).max(clause.end);
                    return Some((start..end, h));
                }
                let h = self.hedges.iter().find(|h| {
                    matches!(h.class, Class::Stance | Class::Provisional | Class::Chance)
                })?;
                Some((
                    h.scope.start.min(h.cue.start)..h.scope.end.max(h.cue.end),
                    h,
                ))
            }
            Stand::Deferred => {
                let h = self.hedges.iter().find(|h| h.class == Class::Deferral)?;
                Some((h.scope.clone(), h))
            }
            _ => None,
        }
    }

    /// A clear decision of the given kinds.
    pub fn clear(&self, kinds: &[FrameKind]) -> Option<&Frame> {
        self.frames
            .iter()
            .find(|f| kinds.contains(&f.kind) && self.hedge_over(f).is_none())
    }

    /// The byte range in the sentence of the tokens `r`.
    pub fn span(&self, r: Range<usize>) -> Range<usize> {
        match (
            self.tokens.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) => a.span.start..b.span.end,
            _ => 0..0,
        }
    }

    /// The words of tokens `r` as written, for messages.
    pub fn words<'t>(&self, text: &'t str, r: Range<usize>) -> &'t str {
        let s = self.span(r);
        &text[s]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3_000))]
        /// Any text reads without a panic, and every span lies on character
        /// boundaries inside it.
        #[test]
        fn any_text_reads(text in "(I|i|not|n't|cant|for|the|time|now|let|you|know|if|unless|but|,|\\.|;|-| |might|may|sure|on|fence|withdraw|decline|me|my|name|out|take|remove|do|thu|instead|work|pass|no|a|final|could|change|rule|as|of|stands|things|get|back|to|keep|posted|é|🙂|’|\\?|!|100|%|\\n){0,30}") {
            let r = Reading::of(&text);
            for t in &r.tokens {
                prop_assert!(t.span.end <= text.len());
                prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            }
            for h in &r.hedges {
                prop_assert!(h.cue.end <= r.tokens.len() && h.scope.end <= r.tokens.len());
                prop_assert!(h.cue.start < h.cue.end && h.scope.start <= h.scope.end);
            }
            for f in &r.frames {
                prop_assert!(f.words.end <= r.tokens.len() && f.at < r.tokens.len());
            }
            let _ = r.stand();
        }

        #[test]
        fn any_unicode_reads(text in "\\PC{0,80}") {
            let _ = Reading::of(&text).stand();
        }
    }

    #[test]
    fn stands() {
        for (s, want) in [
            ("I have decided to withdraw my application.", Stand::Clear),
            (
                "I'm withdrawing, as the commute may be too long.",
                Stand::Clear,
            ),
            ("The commute may be long, so I'm withdrawing.", Stand::Clear),
            ("I might withdraw.", Stand::Hedged),
            ("I think I'll probably pass.", Stand::Hedged),
            ("I'm leaning towards not continuing.", Stand::Hedged),
            ("I'll withdraw for now.", Stand::Hedged),
            ("I'll withdraw unless my visa comes through.", Stand::Hedged),
            ("I'll withdraw unless the offer improves.", Stand::Clear),
            ("There's a good chance I won't attend.", Stand::Hedged),
            ("I'll let you know by Friday.", Stand::Deferred),
            ("Perhaps our paths will cross again.", Stand::None),
            ("I would like to withdraw my application.", Stand::Clear),
            (
                "I'm not sure this role is the right fit for me.",
                Stand::Hedged,
            ),
            (
                "After careful consideration, I have decided to decline.",
                Stand::Clear,
            ),
            (
                "I considered it carefully and decided to withdraw.",
                Stand::Clear,
            ),
        ] {
            assert_eq!(Reading::of(s).stand(), want, "{s}");
        }
    }
}
