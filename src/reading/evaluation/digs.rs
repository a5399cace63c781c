//! Digs that carry no word of judgement: a comparison drawn to the
//! employer's discredit, a wish to the next candidate, "some of us" set
//! against "you", no one of theirs doing the least courtesy, an answer
//! that "finally" came, and work the writer was made to do for free.

use std::ops::Range;

use super::kinds::{EvalKind, Evaluation, untargeted, word_in};
use crate::reading::tokens::{Kind, Token};

/// The first dig of these shapes in the clause `r`, if any.
pub(super) fn digs(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    next_candidate(tokens, ci, &r)
        .or_else(|| effort_compared(tokens, ci, &r))
        .or_else(|| some_of_us(tokens, ci, &r))
        .or_else(|| nobody_did(tokens, ci, &r))
        .or_else(|| finally_told(tokens, ci, &r))
        .or_else(|| free_work(tokens, ci, &r))
        .or_else(|| before_anyone(tokens, ci, &r))
        .or_else(|| again_soon(tokens, ci, &r))
        .or_else(|| their_fault(tokens, ci, &r))
        .or_else(|| who_would(tokens, ci, &r))
        .or_else(|| only_find(tokens, ci, &r))
        .or_else(|| no_confidence(tokens, ci, &r))
        .or_else(|| plain_verdict(tokens, ci, &r))
        .or_else(|| below_expectation(tokens, ci, &r))
        .or_else(|| hard_to_fill(tokens, ci, &r))
        .or_else(|| labelled_advice(tokens, ci, &r))
}

/// A quality of theirs found below what the writer expected: "The
/// technical level in the team is lower than I expected", "the standard
/// of the panel was weaker than I had hoped". Pay, hours or distance
/// found so are a reason ("the salary is lower than I expected").
fn below_expectation(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let cmp = r
        .clone()
        .find(|&k| matches!(w(k), Some("lower" | "worse" | "weaker" | "poorer")))?;
    let than = (cmp + 1..(cmp + 3).min(r.end)).find(|&k| w(k) == Some("than"))?;
    let expected = (than + 1..(than + 5).min(r.end)).any(|k| {
        matches!(
            w(k),
            Some("expected" | "thought" | "hoped" | "imagined" | "assumed" | "anticipated")
        )
    });
    let theirs = (r.start..cmp).any(|k| {
        matches!(
            w(k),
            Some(
                "team"
                    | "level"
                    | "standard"
                    | "standards"
                    | "quality"
                    | "skills"
                    | "management"
                    | "leadership"
                    | "organisation"
                    | "organization"
                    | "interviewers"
                    | "interviewer"
                    | "panel"
                    | "culture"
                    | "professionalism"
                    | "engineers"
                    | "staff"
                    | "company"
                    | "communication"
            )
        )
    });
    let reason = (r.start..cmp).any(|k| {
        matches!(
            w(k),
            Some(
                "salary"
                    | "pay"
                    | "offer"
                    | "package"
                    | "rate"
                    | "budget"
                    | "compensation"
                    | "wage"
                    | "bonus"
                    | "commute"
                    | "hours"
                    | "distance"
                    | "seniority"
            )
        )
    });
    (expected && theirs && !reason).then(|| untargeted(EvalKind::Criticism, ci, cmp..than + 1))
}

/// Their failure to hire foretold: "I think you will have difficulties to
/// find someone with this budget", "you'll have a hard time filling it at
/// that rate".
fn hard_to_fill(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let you = r.clone().find(|&k| w(k) == Some("you"))?;
    let have = (you + 1..(you + 4).min(r.end)).find(|&k| w(k) == Some("have"))?;
    if !(you + 1..have).any(|k| matches!(w(k), Some("will" | "going" | "may" | "might"))) {
        return None;
    }
    let hard = (have + 1..(have + 4).min(r.end)).find(|&k| {
        matches!(
            w(k),
            Some("difficulty" | "difficulties" | "trouble" | "problems" | "time")
        ) && (w(k) != Some("time") || k > 0 && matches!(w(k - 1), Some("hard" | "tough")))
    })?;
    let hire = (hard + 1..(hard + 4).min(r.end)).any(|k| {
        matches!(
            tokens[k].lemma.as_str(),
            "find" | "hire" | "fill" | "recruit" | "attract"
        )
    });
    // ("you will have no trouble finding someone great" wishes them well)
    let wished = (you..hard).any(|k| matches!(w(k), Some("no" | "not" | "never" | "any")));
    (hire && !wished).then(|| untargeted(EvalKind::Criticism, ci, you..hard + 1))
}

/// Advice offered under a label: "A small advice: write the travel part
/// in the job ad.", "Friendly tip: ...", "My advice would be to ...".
fn labelled_advice(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let first = r.clone().find(|&k| tokens[k].is_word())?;
    let mut k = first;
    if matches!(w(k), Some("a" | "one" | "my" | "some" | "just")) {
        k += 1;
    }
    if w(k) == Some("a") {
        k += 1;
    }
    let adjective = matches!(
        w(k),
        Some("small" | "little" | "friendly" | "free" | "quick" | "honest" | "final")
    );
    if adjective {
        k += 1;
    }
    let label = match w(k) {
        Some("advice") => true,
        Some("tip" | "suggestion") => adjective,
        _ => false,
    };
    // (said as a label, "Advice:", or "my advice would be / is to")
    let offered = matches!(w(k + 1), Some(":" | "-" | "–"))
        || w(k + 1) == Some("would") && w(k + 2) == Some("be")
        || w(k + 1) == Some("is") && w(k + 2) == Some("to");
    (label && offered && (k > first || w(first) == Some("advice")))
        .then(|| untargeted(EvalKind::Advice, ci, first..k + 1))
}

/// A verdict on their conduct stated as plain fact, the way a second
/// language often puts it: "Your process is too slow.", "This is not
/// professional.", "The communication was very chaotic." Not a reason
/// of the writer's ("the hours are too long for me"), nor a judgement the
/// writer makes of their own part ("it would not be professional of me").
fn plain_verdict(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    if r.clone()
        .any(|k| matches!(w(k), Some("i" | "me" | "my" | "we" | "us" | "our")))
    {
        return None;
    }
    let copula = r.clone().find(|&k| {
        matches!(
            w(k),
            Some("is" | "was" | "are" | "were" | "seems" | "seemed")
        )
    })?;
    let subject_ok = (r.start..copula).any(|k| {
        matches!(
            w(k),
            Some(
                "process"
                    | "recruitment"
                    | "hiring"
                    | "interview"
                    | "interviews"
                    | "communication"
                    | "feedback"
                    | "organisation"
                    | "organization"
                    | "your"
                    | "you"
                    | "hr"
                    | "management"
            )
        )
    });
    let this = copula > r.start
        && matches!(w(copula - 1), Some("this" | "that" | "it"))
        && (r.start..copula - 1).all(|k| !tokens[k].is_word());
    let after = copula + 1;
    // "too slow", "very chaotic", "so complicated"
    let intensified = matches!(
        w(after),
        Some("too" | "very" | "so" | "extremely" | "really")
    ) && matches!(
        w(after + 1),
        Some(
            "slow"
                | "complicated"
                | "bureaucratic"
                | "chaotic"
                | "disorganised"
                | "disorganized"
                | "messy"
                | "confusing"
                | "unclear"
        )
    );
    // "not professional", "not serious", "not acceptable"
    let negated = w(after) == Some("not")
        && matches!(
            w(after + 1),
            Some(
                "professional"
                    | "serious"
                    | "acceptable"
                    | "respectful"
                    | "organised"
                    | "organized"
            )
        );
    let for_someone = (after..r.end).any(|k| matches!(w(k), Some("for" | "of")));
    if (intensified && subject_ok || negated && (subject_ok || this)) && !for_someone {
        return Some(untargeted(EvalKind::Criticism, ci, after..after + 2));
    }
    None
}

/// "I don't have much confidence the organisation would be any more
/// organised", "I've lost faith in your recruitment team": trust in them
/// withdrawn. Not trust in the writer's own plans ("no confidence I could
/// make the commute").
fn no_confidence(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r
        .clone()
        .find(|&k| matches!(w(k), Some("confidence" | "faith" | "trust")))?;
    let withdrawn = (k.saturating_sub(4).max(r.start)..k).any(|j| {
        matches!(
            w(j),
            Some("not" | "no" | "little" | "lost" | "zero" | "without")
        )
    });
    // (the writer's own: "the confidence to lead a team")
    if !withdrawn || w(k + 1) == Some("to") {
        return None;
    }
    let theirs = (k + 1..(k + 5).min(r.end)).find(|&j| {
        matches!(
            w(j),
            Some(
                "you"
                    | "your"
                    | "they"
                    | "them"
                    | "their"
                    | "organisation"
                    | "organization"
                    | "company"
                    | "firm"
                    | "team"
                    | "management"
                    | "leadership"
                    | "process"
                    | "hr"
                    | "things"
            )
        )
    })?;
    Some(untargeted(EvalKind::Criticism, ci, k..theirs + 1))
}

/// "I don't understand who will fly to Saudi for 35 dollars a day", "I
/// can't imagine anyone taking that on", "who in their right mind would
/// ...": disbelief that anyone would accept what they offer. Not "I don't
/// know who will be on the panel", a plain question of fact.
fn who_would(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let right_mind = r
        .clone()
        .find(|&k| w(k) == Some("right") && w(k + 1) == Some("mind") && k >= 2)
        .filter(|&k| matches!(w(k - 1), Some("their" | "his" | "her" | "your")));
    if let Some(k) = right_mind {
        return Some(untargeted(EvalKind::Rhetoric, ci, k - 2..k + 2));
    }
    let cannot = |k: usize| {
        (k.saturating_sub(3).max(r.start)..k)
            .any(|j| matches!(w(j), Some("not" | "cannot" | "never")))
    };
    let verb = r.clone().find(|&k| {
        matches!(
            tokens[k].lemma.as_str(),
            "understand" | "imagin" | "fathom" | "comprehend"
        ) && cannot(k)
    })?;
    // who would, or anyone doing it: "who will fly", "anyone would take",
    // "how anyone accepts"
    let who = (verb + 1..(verb + 4).min(r.end)).find(|&k| {
        matches!(
            w(k),
            Some("who" | "anyone" | "anybody" | "somebody" | "someone")
        )
    })?;
    let would = (who + 1..(who + 4).min(r.end)).any(|k| {
        matches!(w(k), Some("will" | "would" | "could" | "can"))
            || tokens[k].word.ends_with("ing") && k == who + 1
    });
    would.then(|| untargeted(EvalKind::Rhetoric, ci, verb..who + 1))
}

/// "maybe you find only welders with no certificate", "you'll only get
/// graduates at that rate": the poor hire foretold for what they offer.
fn only_find(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r.clone().find(|&k| {
        matches!(
            tokens[k].lemma.as_str(),
            "find" | "get" | "attract" | "hire"
        ) && (k.saturating_sub(3).max(r.start)..k).any(|j| matches!(w(j), Some("you" | "they")))
    })?;
    let only =
        (k.saturating_sub(2).max(r.start)..(k + 3).min(r.end)).find(|&j| w(j) == Some("only"))?;
    // who they will get, and what those people lack ("with no
    // certificate", "without experience") or who they are ("students",
    // "desperate people")
    let lacking = (k + 1..(k + 7).min(r.end)).any(|j| {
        matches!(
            w(j),
            Some("no" | "without" | "desperate" | "students" | "graduates" | "juniors")
        )
    });
    lacking.then(|| untargeted(EvalKind::Criticism, ci, k.min(only)..k.max(only) + 1))
}

/// "when it was his drawing that was wrong", "it was their mistake, not
/// mine": the fault laid at their door.
fn their_fault(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let whose = |k: usize| matches!(w(k), Some("his" | "her" | "their" | "your"));
    // ("it is not your fault", "not their mistake" clear them)
    let cleared = |k: usize| {
        (k.saturating_sub(3).max(r.start)..k).any(|j| matches!(w(j), Some("not" | "never" | "no")))
    };
    for k in r.clone().filter(|&k| whose(k) && !cleared(k)) {
        // "his fault", "their own mistake"
        if (k + 1..(k + 3).min(r.end))
            .any(|j| matches!(w(j), Some("fault" | "mistake" | "error" | "screw" | "cock")))
        {
            return Some(untargeted(EvalKind::Criticism, ci, k..k + 2));
        }
        // "his drawing that was wrong"
        if let Some(j) = (k + 2..(k + 5).min(r.end)).find(|&j| {
            matches!(w(j), Some("that" | "which")) && matches!(w(j + 1), Some("was" | "were"))
        }) {
            if matches!(w(j + 2), Some("wrong" | "incorrect" | "late" | "missing")) {
                return Some(untargeted(EvalKind::Criticism, ci, k..j + 3));
            }
        }
    }
    None
}

/// "You'll be advertising again in a month, watch.", "they'll be
/// recruiting again by Christmas": their failure to keep anyone foretold.
fn again_soon(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let who = r.clone().find(|&k| {
        matches!(w(k), Some("you" | "they"))
            && w(k + 1) == Some("will")
            && (w(k + 2) == Some("be") || w(k + 2).is_some_and(|x| x.ends_with("ing")))
    })?;
    let doing = (who + 2..(who + 5).min(r.end)).find(|&k| {
        matches!(
            w(k),
            Some("advertising" | "hiring" | "recruiting" | "posting" | "interviewing")
        )
    })?;
    let again = (doing + 1..(doing + 3).min(r.end)).any(|k| w(k) == Some("again"));
    again.then(|| untargeted(EvalKind::Rhetoric, ci, who..doing + 1))
}

/// "sat in the trailer until 9:15 before anyone came to get me", "two
/// weeks before anybody replied": a wait measured by when one of them
/// finally acted.
fn before_anyone(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r.clone().find(|&k| {
        w(k) == Some("before")
            && matches!(
                w(k + 1),
                Some("anyone" | "anybody" | "someone" | "somebody")
            )
            && matches!(
                w(k + 2),
                Some(
                    "came"
                        | "showed"
                        | "turned"
                        | "called"
                        | "rang"
                        | "replied"
                        | "responded"
                        | "spoke"
                        | "noticed"
                        | "bothered"
                        | "got"
                        | "answered"
                        | "acknowledged"
                        | "told"
                        | "let"
                )
            )
    })?;
    Some(untargeted(EvalKind::Criticism, ci, k..k + 3))
}

/// "Hope the next candidate enjoys the scavenger hunt!", "good luck to
/// whoever gets it, they'll need it": what the next one is wished is what
/// the writer went through. A wish that they find someone good ("I hope
/// the next candidate is a great fit") wishes nothing of the kind.
fn next_candidate(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let wished = r.clone().any(|k| {
        matches!(tokens[k].lemma.as_str(), "hope" | "wish")
            || w(k) == Some("luck") && k > r.start && w(k - 1) == Some("good")
    });
    if !wished {
        return None;
    }
    let who = r.clone().find(|&k| {
        w(k) == Some("next")
            && matches!(
                w(k + 1),
                Some("candidate" | "applicant" | "person" | "victim" | "hire" | "one" | "guy")
            )
            || w(k) == Some("whoever")
    })?;
    // what they are wished: to enjoy it, survive it, last longer, have
    // more patience or better luck, or to need the luck
    let ordeal = (who + 1..r.end).find(|&k| {
        matches!(
            tokens[k].lemma.as_str(),
            "enjoy" | "surviv" | "last" | "patienc" | "stamina" | "endur"
        ) || matches!(w(k), Some("more" | "better"))
            && matches!(w(k + 1), Some("luck" | "patience" | "time" | "stamina"))
            || w(k) == Some("need") && matches!(w(k + 1), Some("it" | "that"))
    })?;
    Some(untargeted(EvalKind::Sarcasm, ci, who..ordeal + 1))
}

/// "I've put more hours into your hiring process than some of your
/// campaigns get", "I spent longer on the take-home than anyone spent
/// reading it": the writer's effort weighed against theirs.
fn effort_compared(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let than = r.clone().find(|&k| w(k) == Some("than"))?;
    let writer = (r.start..than).find(|&k| w(k) == Some("i"))?;
    let more = (writer + 1..than).find(|&k| {
        matches!(w(k), Some("more" | "longer"))
            && (k + 1..than).any(|j| {
                matches!(
                    w(j),
                    Some(
                        "hours"
                            | "time"
                            | "effort"
                            | "work"
                            | "thought"
                            | "days"
                            | "prep"
                            | "preparation"
                    )
                ) || w(k) == Some("longer")
            })
    })?;
    let theirs_before = (writer + 1..than).any(|k| matches!(w(k), Some("your" | "their")));
    // "than some of your campaigns", "than anyone spent reading it",
    // "than you did", "than the interview lasted"
    let theirs_after = (than + 1..(than + 5).min(r.end)).any(|k| {
        matches!(
            w(k),
            Some(
                "you"
                    | "your"
                    | "they"
                    | "their"
                    | "anyone"
                    | "anybody"
                    | "interview"
                    | "interviewer"
                    | "panel"
            )
        )
    });
    (theirs_before && theirs_after).then(|| untargeted(EvalKind::Rhetoric, ci, more..than + 1))
}

/// "..., but some of us are busy too": the writer's side set against
/// theirs.
fn some_of_us(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r
        .clone()
        .find(|&k| w(k) == Some("some") && w(k + 1) == Some("of") && w(k + 2) == Some("us"))?;
    let pointed = (k + 3..r.end).any(|j| {
        matches!(w(j), Some("too" | "also" | "actually"))
            || w(j) == Some("as") && w(j + 1) == Some("well")
    });
    pointed.then(|| untargeted(EvalKind::Rhetoric, ci, k..k + 3))
}

/// "Nobody said sorry.", "No one could tell me the salary band", "nobody
/// bothered to call": none of them did the least they owed.
fn nobody_did(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let words: Vec<usize> = r
        .clone()
        .filter(|&k| tokens[k].kind == Kind::Word)
        .collect();
    let (first, len) = match words.as_slice() {
        [a, b, ..] if w(*a) == Some("no") && matches!(w(*b), Some("one")) => (*a, 2),
        [a, ..] if matches!(w(*a), Some("nobody" | "noone")) => (*a, 1),
        _ => return None,
    };
    // (a modal between: "no one could tell me")
    let mut k = first + len;
    if matches!(
        w(k),
        Some("could" | "would" | "can" | "did" | "had" | "has" | "even" | "ever")
    ) {
        k += 1;
    }
    if w(k) == Some("even") {
        k += 1;
    }
    let owed = matches!(
        w(k),
        Some(
            "apologised"
                | "apologized"
                | "apologise"
                | "apologize"
                | "explained"
                | "explain"
                | "told"
                | "tell"
                | "called"
                | "call"
                | "rang"
                | "ring"
                | "replied"
                | "reply"
                | "responded"
                | "respond"
                | "answered"
                | "answer"
                | "bothered"
                | "bother"
                | "introduced"
                | "offered"
                | "came"
                | "come"
                | "showed"
                | "show"
                | "greeted"
                | "acknowledged"
                | "checked"
                | "listened"
                | "knew"
                | "know"
        )
    ) || w(k) == Some("said")
        && matches!(w(k + 1), Some("sorry" | "anything" | "a" | "hello"))
        || w(k) == Some("got") && w(k + 1) == Some("back");
    // "I tried to call the office but nobody answered": why the writer
    // comes in person, told of their own call
    let own_call = matches!(w(k), Some("answered" | "answer"))
        && tokens[..r.start].iter().any(|t| {
            matches!(
                t.word.as_str(),
                "tried" | "called" | "rang" | "phoned" | "rung" | "phone" | "call"
            )
        });
    (owed && !own_call).then(|| untargeted(EvalKind::Criticism, ci, first..k + 1))
}

/// "I was finally told the range", "when I finally heard back": an answer
/// that came at last. The writer's own decision ("I have finally
/// decided") is no complaint.
fn finally_told(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let k = r.clone().find(|&k| {
        w(k) == Some("finally")
            && (matches!(
                w(k + 1),
                Some(
                    "told"
                        | "heard"
                        | "informed"
                        | "given"
                        | "replied"
                        | "responded"
                        | "called"
                        | "rang"
                )
            ) || w(k + 1) == Some("got")
                && (matches!(w(k + 2), Some("back" | "through" | "told"))
                    || matches!(w(k + 2), Some("a" | "an" | "the"))
                        && matches!(
                            w(k + 3),
                            Some("reply" | "response" | "answer" | "call" | "email" | "update")
                        )))
    })?;
    // their answer, not the writer's: "I finally heard back" and "I was
    // finally told" are; "I finally called them" is the writer acting
    let passive_or_heard = matches!(
        w(k + 1),
        Some("told" | "heard" | "informed" | "given" | "got")
    ) || !(r.start..k).any(|j| w(j) == Some("i"));
    passive_or_heard.then(|| untargeted(EvalKind::Criticism, ci, k..k + 2))
}

/// "a take-home that was essentially a free campaign plan", "doing their
/// consulting for free": the assignment called unpaid work.
fn free_work(tokens: &[Token], ci: usize, r: &Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, r, k);
    let work = |x: &str| {
        matches!(
            x,
            "work"
                | "labour"
                | "labor"
                | "consulting"
                | "consultancy"
                | "plan"
                | "strategy"
                | "campaign"
                | "design"
                | "designs"
                | "audit"
                | "report"
                | "code"
                | "feature"
                | "project"
                | "shift"
                | "shifts"
                | "trial"
        )
    };
    for k in r.clone() {
        // "was essentially a free Q3 campaign plan", "more like free
        // consulting": the task called free work (the writer's own "I
        // don't do free work" is a reason, and plainly put)
        let called = (k.saturating_sub(4).max(r.start)..k).any(|j| {
            matches!(
                w(j),
                Some("was" | "is" | "were" | "are" | "like" | "essentially" | "basically")
            )
        });
        if w(k) == Some("free")
            && called
            && !matches!(
                k.checked_sub(1).and_then(&w),
                Some("feel" | "am" | "be" | "is" | "are" | "was")
            )
            && (k + 1..(k + 4).min(r.end)).any(|j| w(j).is_some_and(work))
        {
            return Some(untargeted(EvalKind::Criticism, ci, k..k + 2));
        }
        // "their consulting for free", "worked a shift for nothing"
        if w(k) == Some("for")
            && matches!(w(k + 1), Some("free" | "nothing"))
            && (r.start..k).any(|j| w(j).is_some_and(work))
            && (r.start..k).any(|j| matches!(w(j), Some("your" | "their")))
        {
            return Some(untargeted(EvalKind::Criticism, ci, k..k + 2));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::digs;
    use crate::reading::evaluation::kinds::found_by;

    fn found(text: &str) -> bool {
        found_by(digs, text)
    }

    #[test]
    fn digs_with_no_word_of_judgement_are_found() {
        for s in [
            "I wish the next applicant more luck with your scheduling than I had.",
            "Hope whoever gets it enjoys the six-stage gauntlet.",
            "I spent more time on your presentation brief than your panel spent listening to it.",
            "I know you're all flat out, but some of us have jobs as well.",
            "No one even called to say the slot had moved.",
            "Nobody explained why the interview was cancelled.",
            "In the end I was finally told the role had gone internal.",
            "The written exercise was basically free consultancy.",
            "They'll be recruiting again before Easter, mark my words.",
            "The clash was her diary that was wrong, not mine.",
            "Your process is too slow.",
            "This is not professional.",
            "Honestly it was their fault the slot got double-booked.",
            "I waited in the car park for an hour before anybody answered the door.",
            "I cannot imagine who would relocate to the coast for that day rate.",
            "Who in their right mind takes on night shifts for that?",
            "At that rate you will only find trainees with no ticket.",
            "I've lost faith in your recruitment team after the last month.",
            "I have little confidence the company would treat me any differently.",
        ] {
            assert!(found(s), "{s}");
        }
    }

    #[test]
    fn plain_words_of_the_same_shape_are_no_dig() {
        for s in [
            "I hope the next candidate is a great fit for the team.",
            "I have finally decided to accept another offer.",
            "Feel free to contact me in future.",
            "I don't do free work for companies.",
            "Nobody could be more grateful for your patience than me.",
            "I spent more time than I expected on the application.",
            "I wanted to let you know before anyone else rang me about it.",
            "I'm sure you'll be looking again for the right person soon.",
            "It was my mistake for not reading the advert properly.",
            "I know these changes are not your fault.",
            "Please pass on my thanks to your team for their time.",
            "I don't know who will be on the panel on Monday.",
            "I can't imagine a better team to learn from.",
            "I hope you find someone with the experience you need.",
            "I have no confidence I could make that commute every day.",
            "The hours are too long for a parent of two.",
            "It would not be professional of me to attend half prepared.",
            "This is not possible on that date.",
            "I don't have the confidence to lead a team of that size yet.",
            "Thank you for your trust in me.",
            "I tried to call the office this morning but nobody answered.",
        ] {
            assert!(!found(s), "{s}");
        }
    }
}

#[cfg(test)]
mod more_tests {
    use super::super::kinds::found_by;
    use super::*;

    #[test]
    fn plain_findings_of_their_failings_are_digs() {
        for s in [
            "The technical level in the team is lower than I expected.",
            "The standard of the panel was weaker than I had hoped.",
        ] {
            assert!(found_by(|t, ci, r| below_expectation(t, ci, &r), s), "{s}");
        }
        for s in [
            "The salary is lower than I expected.",
            "The team was smaller than I expected.",
        ] {
            assert!(!found_by(|t, ci, r| below_expectation(t, ci, &r), s), "{s}");
        }
        for s in [
            "I think you will have difficulties to find someone with this budget.",
            "You'll have a hard time filling it at that rate.",
        ] {
            assert!(found_by(|t, ci, r| hard_to_fill(t, ci, &r), s), "{s}");
        }
        for s in [
            "You will have no trouble finding someone great.",
            "I'm sure you won't have any difficulty finding the right person.",
        ] {
            assert!(!found_by(|t, ci, r| hard_to_fill(t, ci, &r), s), "{s}");
        }
        for s in [
            "A small advice: write the travel part in the job ad.",
            "My advice would be to post the salary.",
            "Friendly tip - put the hours in the advert.",
        ] {
            assert!(found_by(|t, ci, r| labelled_advice(t, ci, &r), s), "{s}");
        }
        for s in [
            "I would appreciate any advice you have.",
            "Thank you for the advice: it helped.",
            "Tip: ask about parking.",
        ] {
            assert!(!found_by(|t, ci, r| labelled_advice(t, ci, &r), s), "{s}");
        }
    }
}
