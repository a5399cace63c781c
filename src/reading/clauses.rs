//! A sentence cut into clauses: at semicolons, colons, dashes, brackets
//! and inner full stops, and before the words that open a new clause
//! ("but", "although", "unless", "because", "so I", "and I", ...). A
//! hedge's scope runs inside its clause and, for some cues, on into the
//! next ones until a clause opened by a contrast.

use std::ops::Range;

use super::tokens::{Kind, Token};

/// A run of tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    /// Token indices.
    pub tokens: Range<usize>,
    /// The word that opened it, if one did ("but", "if", "so", ...).
    pub opener: Option<&'static str>,
}

impl Clause {
    /// Whether the clause turns against what came before.
    pub fn contrasts(&self) -> bool {
        matches!(
            self.opener,
            Some("but" | "however" | "although" | "though" | "whereas" | "yet" | "still")
        )
    }

    /// Whether the clause states a condition.
    pub fn conditional(&self) -> bool {
        matches!(
            self.opener,
            Some("if" | "unless" | "provided" | "depending")
        )
    }

    /// Whether the clause gives a cause.
    pub fn causal(&self) -> bool {
        matches!(self.opener, Some("because" | "since" | "as"))
    }
}

/// Words that open a clause wherever they stand.
const OPENERS: &[&str] = &[
    "but",
    "however",
    "although",
    "though",
    "whereas",
    "unless",
    "because",
    "if",
    "which",
    "while",
    "whilst",
    "until",
    "once",
    "provided",
    "depending",
    "otherwise",
];

/// Words that open a clause when a subject follows ("so I", "and we").
const JOINERS: &[&str] = &["so", "and", "or", "as", "since", "when", "yet", "still"];

/// Subjects after a joiner.
const SUBJECTS: &[&str] = &[
    "i", "we", "you", "it", "they", "that", "this", "there", "he", "she", "my", "the",
];

/// The clauses of a sentence's tokens, in order, covering every token.
pub fn clauses(tokens: &[Token]) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let mut start = 0;
    let mut opener: Option<&'static str> = None;
    let mut i = 0;
    let close = |out: &mut Vec<Clause>, start: usize, end: usize, opener: Option<&'static str>| {
        if end > start {
            out.push(Clause {
                tokens: start..end,
                opener,
            });
        }
    };
    while i < tokens.len() {
        let t = &tokens[i];
        // an emoji with words after it ends what came before, as a full
        // stop would: "crazy work 💀 i'll pass"
        if t.kind == Kind::Emoji && tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Word) {
            close(&mut out, start, i + 1, opener);
            start = i + 1;
            opener = None;
            i += 1;
            continue;
        }
        if t.kind == Kind::Punct {
            let hard = matches!(
                t.word.as_str(),
                ";" | ":" | "—" | "–" | "(" | ")" | "." | "!" | "?" | "…"
            ) && !clock(tokens, i)
                || t.word == "-" && spaced(tokens, i);
            // a fronted condition or cause ends at its comma: "If the pay
            // were higher, I would stay"
            let fronted = t.word == ","
                && matches!(
                    opener,
                    Some(
                        "if" | "unless"
                            | "provided"
                            | "depending"
                            | "because"
                            | "since"
                            | "although"
                            | "though"
                            | "while"
                            | "whilst"
                            | "once"
                            | "until"
                    )
                );
            if hard || fronted {
                close(&mut out, start, i + 1, opener);
                start = i + 1;
                opener = None;
            }
            i += 1;
            continue;
        }
        let at_start = i == start || tokens[start..i].iter().all(|t| t.kind == Kind::Punct);
        if !at_start {
            if let Some(word) = opener_at(tokens, i) {
                close(&mut out, start, i, opener);
                start = i;
                opener = Some(word);
            }
        } else if opener.is_none() {
            opener = opener_at(tokens, i);
        }
        i += 1;
    }
    close(&mut out, start, tokens.len(), opener);
    out
}

/// The opener word at token `i`, if it opens a clause there.
fn opener_at(tokens: &[Token], i: usize) -> Option<&'static str> {
    let w = tokens[i].word.as_str();
    if let Some(o) = OPENERS.iter().find(|o| **o == w) {
        // "even though", "as though" stay with their clause; "if possible",
        // "if so", "if needed" are not conditions of the decision
        let next = |k: usize| tokens.get(i + k).map(|n| n.word.as_str());
        if *o == "if"
            && (matches!(
                next(1),
                Some("possible" | "so" | "needed" | "any" | "necessary" | "convenient")
            ) || matches!(next(1), Some("that" | "this" | "it"))
                    && matches!(next(2), Some("works" | "suits" | "helps" | "would" | "suit" | "work"))
                                // "grateful if you could": a request, not a condition
                || i > 0
                    && matches!(
                        tokens[i - 1].word.as_str(),
                        "grateful" | "appreciate" | "appreciated" | "thankful" | "obliged" | "it" | "great" | "helpful"
                    )
                    && next(1) == Some("you")
                    && matches!(
                        next(2),
                        Some("could" | "would" | "can" | "will" | "might" | "are" | "have" | "need" | "wish" | "want" | "prefer")
                    ))
        {
            return None;
        }
        return Some(o);
    }
    let j = JOINERS.iter().find(|j| **j == w)?;
    let next = tokens.get(i + 1)?;
    let after_comma = i > 0 && tokens[i - 1].word == ",";
    (SUBJECTS.contains(&next.word.as_str()) || after_comma && *j != "and" && *j != "or")
        .then_some(*j)
}

/// A hyphen with space on both sides, used as a dash.
fn spaced(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let before = i > 0 && tokens[i - 1].span.end < t.span.start;
    let after = tokens.get(i + 1).is_some_and(|n| n.span.start > t.span.end);
    before && after
}

/// Whether the colon at token `i` is a clock's ("9:15"), between two
/// numbers with no space.
fn clock(tokens: &[Token], i: usize) -> bool {
    let number = |j: usize| tokens.get(j).is_some_and(|t| t.kind == Kind::Number);
    tokens[i].word == ":"
        && i > 0
        && number(i - 1)
        && number(i + 1)
        && tokens[i - 1].span.end == tokens[i].span.start
        && tokens[i].span.end == tokens[i + 1].span.start
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn cut(text: &str) -> Vec<(String, Option<&'static str>)> {
        let tokens = tokenize(text);
        clauses(&tokens)
            .into_iter()
            .map(|c| {
                let words: Vec<&str> = tokens[c.tokens.clone()]
                    .iter()
                    .filter(|t| t.is_word())
                    .map(|t| t.word.as_str())
                    .collect();
                (words.join(" "), c.opener)
            })
            .collect()
    }

    #[test]
    fn contrast_condition_and_cause_open_clauses() {
        assert_eq!(
            cut("I was leaning towards withdrawing, but I have decided to go ahead."),
            [
                ("i was leaning towards withdrawing".into(), None),
                ("but i have decided to go ahead".into(), Some("but")),
            ]
        );
        let c = cut("I will withdraw unless the role can be remote");
        assert_eq!(c[1].1, Some("unless"));
        let c = cut("The salary is low, so I am withdrawing.");
        assert_eq!(c[1], ("so i am withdrawing".into(), Some("so")));
        let c = cut("Thanks - I cant make it; sorry");
        assert_eq!(c.len(), 3, "{c:?}");
    }

    #[test]
    fn a_plain_and_does_not_cut() {
        assert_eq!(cut("thanks for your time and help").len(), 1);
        assert_eq!(cut("If possible, could we move it?").len(), 1);
    }
}
