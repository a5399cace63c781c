//! Irony: praise that means its opposite and complaints told as a story's
//! climax. Congratulations on a quality drawn as a conclusion ("so
//! congratulations on the efficiency"), a "creative" use of a word of
//! theirs, the last straw or the icing on the cake, and having had to
//! chase them for an answer.

use std::ops::Range;

use super::kinds::{EvalKind, Evaluation, untargeted, word_in};
use super::lexicon::valence;
use crate::reading::tokens::{Kind, Token};

/// The first irony of these shapes in the clause `r` of the sentence
/// `tokens`, if any.
pub(super) fn irony(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    congratulations(tokens, ci, &r)
        .or_else(|| creative_use(tokens, ci, &r))
        .or_else(|| last_straw(tokens, ci, &r))
        .or_else(|| had_to_chase(tokens, ci, &r))
}

/// A quality of conduct, the thing ironic congratulations praise
/// ("efficiency", "professionalism", "organisation"); not an event of
/// theirs ("the launch", "your promotion").
fn quality(w: &str) -> bool {
    let abstract_noun = ["ency", "ancy", "ism", "ness", "ity"]
        .iter()
        .any(|s| w.len() > s.len() + 3 && w.ends_with(s));
    abstract_noun
        || matches!(
            w,
            "organisation"
                | "organization"
                | "communication"
                | "planning"
                | "timing"
                | "speed"
                | "attention"
                | "courtesy"
                | "respect"
        )
}

/// "..., so congratulations on the efficiency", "Well, kudos for the
/// transparency": congratulations on a quality, drawn as a conclusion
/// (after "so" or "well"; what led to it may sit in an earlier
/// clause of the sentence) or after a grudging "I guess". Not sincere
/// praise ("Kudos to your team for their professionalism").
fn congratulations(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r.clone().find(|&k| {
        matches!(
            w(k),
            Some("congratulations" | "congrats" | "kudos" | "bravo")
        ) || w(k) == Some("hats") && w(k + 1) == Some("off")
    })?;
    let object = (k + 1..(k + 7).min(r.end)).find(|&j| quality(&tokens[j].word))?;
    if !(k + 1..object).any(|j| matches!(w(j), Some("on" | "for" | "to"))) {
        return None;
    }
    let words_before: Vec<&Token> = tokens[..k]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .collect();
    let concluded = words_before
        .last()
        .is_some_and(|t| matches!(t.word.as_str(), "so" | "well" | "then"));
    let grudging = words_before
        .windows(2)
        .any(|p| p[0].word == "i" && matches!(p[1].word.as_str(), "guess" | "suppose"))
        || words_before.iter().any(|t| valence(&t.word) <= -1.5);
    (concluded || grudging).then(|| untargeted(EvalKind::Sarcasm, ci, k..object + 1))
}

/// `a fairly creative use of the word "Head"`, `your definition of
/// "flexible"`, "an optimistic reading of the term senior": a word of
/// theirs said to be stretched. Not "an interesting use of AI".
fn creative_use(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r.clone().find(|&k| {
        matches!(
            w(k),
            Some("use" | "interpretation" | "definition" | "reading" | "understanding" | "idea")
        ) && w(k + 1) == Some("of")
    })?;
    let of_a_word = matches!(w(k + 2), Some("\"" | "“" | "'" | "‘"))
        || w(k + 2) == Some("the")
            && matches!(
                w(k + 3),
                Some("word" | "term" | "title" | "phrase" | "words" | "label")
            );
    let stretched = matches!(
        w(k.wrapping_sub(1)),
        Some(
            "creative"
                | "interesting"
                | "novel"
                | "generous"
                | "optimistic"
                | "bold"
                | "unique"
                | "liberal"
                | "loose"
                | "imaginative"
                | "unusual"
                | "curious"
                | "flexible"
                | "your"
                | "their"
        )
    );
    (of_a_word && stretched).then(|| untargeted(EvalKind::Sarcasm, ci, k - 1..k + 2))
}

/// "the last straw", "the icing on the cake", "to top it all off", "to
/// add insult to injury": one more bad thing crowning a list of them.
/// The icing and the cherry can crown good things too ("the flexible
/// hours were the icing on the cake"), so praise in the sentence keeps
/// them quiet.
fn last_straw(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let praise = tokens.iter().any(|t| valence(&t.word) >= 1.5);
    r.clone().find_map(|k| {
        let len = match w(k)? {
            "last" | "final" if w(k + 1) == Some("straw") => 2,
            "insult" if w(k + 1) == Some("to") && w(k + 2) == Some("injury") => 3,
            "top" | "topped" | "tops"
                if w(k + 1) == Some("it")
                    && (w(k + 2) == Some("off")
                        || w(k + 2) == Some("all") && w(k + 3) == Some("off")) =>
            {
                if w(k + 2) == Some("all") { 4 } else { 3 }
            }
            "icing" if !praise && w(k + 1) == Some("on") && w(k + 3) == Some("cake") => 4,
            "cherry" if !praise && w(k + 1) == Some("on") && w(k + 2) == Some("top") => 3,
            _ => return None,
        };
        Some(untargeted(EvalKind::Sarcasm, ci, k..k + len))
    })
}

/// "I've had to chase you three times just to get an answer", "after
/// following up twice": the writer made to run after them. Not a
/// follow-up still to come ("I will follow up next week").
fn had_to_chase(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r.clone().find(|&k| {
        matches!(tokens[k].lemma.as_str(), "chase" | "remind" | "nudg")
            || tokens[k].lemma == "follow" && w(k + 1) == Some("up")
    })?;
    let past = matches!(
        w(k),
        Some("chased" | "reminded" | "nudged" | "followed" | "chasing" | "following")
    ) || (r.start..k).any(|j| matches!(w(j), Some("had" | "have" | "kept" | "been")));
    let again = (k + 1..(k + 8).min(r.end)).any(|j| {
        matches!(
            w(j),
            Some(
                "times"
                    | "twice"
                    | "thrice"
                    | "repeatedly"
                    | "constantly"
                    | "endlessly"
                    | "multiple"
                    | "several"
            )
        ) || w(j) == Some("just") && w(j + 1) == Some("to")
    });
    (past && again).then(|| untargeted(EvalKind::Criticism, ci, k..k + 1))
}

#[cfg(test)]
mod tests {
    use super::irony;
    use crate::reading::evaluation::kinds::found_by;

    fn found(text: &str) -> bool {
        found_by(irony, text)
    }

    #[test]
    fn praise_that_means_its_opposite_is_found() {
        for s in [
            "You kept me waiting an hour, so congratulations on the efficiency.",
            "I guess kudos for the transparency.",
            "That's a fairly creative use of the word \"Head\".",
            "An optimistic reading of the term senior, I'd say.",
            "Then finding out the hours were 50 a week was the icing on the cake.",
            "The unpaid trial shift was the last straw.",
            "And to top it all off, nobody called.",
            "I've had to chase you three times just to get an answer.",
            "After following up twice I gave up.",
        ] {
            assert!(found(s), "{s}");
        }
    }

    #[test]
    fn sincere_praise_and_plans_are_not_irony() {
        for s in [
            "Kudos to your team for their professionalism throughout.",
            "Congratulations on the launch of the new office!",
            "I was impressed by your interesting use of data in the product.",
            "The team was lovely and the flexible hours were the icing on the cake.",
            "I will follow up again next week.",
            "Please remind me of the date.",
        ] {
            assert!(!found(s), "{s}");
        }
    }
}
