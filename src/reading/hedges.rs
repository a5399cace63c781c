//! Hedges and their scope, in the manner of NegEx and ConText: a small
//! table of cues by class, pseudo-cues that look like hedges but are not
//! ("would like to", "if possible", "could you"), and a scope rule. A cue
//! governs the rest of its clause and clauses joined to it by "and" or
//! "or"; a contrast ("but", "however"), a cause or a result ("because",
//! "so") ends it, and so does a resolution ("decided", "decision").
//! Provisional cues ("for now", "as of now") govern their whole clause; a
//! condition ("unless", "if") governs the clause it is attached to.

use std::ops::Range;

use super::clauses::Clause;
use super::tokens::Token;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// might, may, could, should
    Modal,
    /// probably, maybe, perhaps, likely ...
    Adverb,
    /// I think, leaning, inclined, considering, not sure, torn ...
    Stance,
    /// a chance, the odds, 50/50
    Chance,
    /// for now, as of now, not final, not yet, rule out ...
    Provisional,
    /// unless, if, provided, depending on, subject to
    Condition,
    /// I'll let you know, I'll get back to you, I'll confirm later
    Deferral,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hedge {
    pub class: Class,
    /// Tokens of the cue.
    pub cue: Range<usize>,
    /// Tokens it governs.
    pub scope: Range<usize>,
}

/// The hedges of a sentence.
pub fn hedges(tokens: &[Token], clauses: &[Clause]) -> Vec<Hedge> {
    let mut out = Vec::new();
    for (ci, c) in clauses.iter().enumerate() {
        let mut i = c.tokens.start;
        while i < c.tokens.end {
            match cue_at(tokens, c, i) {
                Some((class, len)) => {
                    let len = len.min(c.tokens.end - i).max(1);
                    let cue = i..i + len;
                    let scope = scope_of(tokens, clauses, ci, class, &cue);
                    out.push(Hedge { class, cue, scope });
                    i += len;
                }
                None => i += 1,
            }
        }
        // a condition on what the employer offers ("unless you can raise
        // the salary", "if the role were remote") opens a negotiation, which
        // negotiation-opening reports; a condition on the writer's own
        // circumstances ("if my partner's job moves") leaves the decision open
        let bargains = tokens[c.tokens.clone()].iter().any(|t| {
            matches!(
                t.word.as_str(),
                "you"
                    | "your"
                    | "salary"
                    | "pay"
                    | "package"
                    | "offer"
                    | "remote"
                    | "compensation"
                    | "ctc"
                    | "hike"
                    | "bonus"
                    | "rate"
                    | "budget"
                    | "flexibility"
                    | "flexible"
                    | "hybrid"
                    | "relocation"
                    | "band"
                    | "base"
            )
        });
        // a condition on what is already so: "if that's what a normal
        // Saturday looks like, it's not for me", "if this is how ..."
        let given = c.opener == Some("if")
            && matches!(
                word(tokens, c, c.tokens.start + 1),
                Some("that" | "this" | "that's" | "this's")
            )
            && matches!(
                word(tokens, c, c.tokens.start + 2),
                Some("is" | "was" | "'s" | "what" | "how" | "the")
            );
        if c.conditional() && !bargains && !given {
            // the condition governs the clause it is attached to: the one
            // before ("I'll withdraw unless ..."), else the one after ("If
            // ..., I'll withdraw")
            let target = if ci > 0 && !c.contrasts() && c.opener != Some("if") {
                Some(ci - 1)
            } else if ci + 1 < clauses.len() && !clauses[ci + 1].contrasts() {
                Some(ci + 1)
            } else if ci > 0 {
                Some(ci - 1)
            } else {
                // the condition and what it governs in one clause
                Some(ci)
            };
            if let Some(t) = target {
                let opener = c.tokens.start;
                let r = &clauses[t].tokens;
                out.push(Hedge {
                    class: Class::Condition,
                    cue: opener..opener + 1,
                    scope: r.start.min(c.tokens.start)..r.end.max(c.tokens.end),
                });
            }
        }
    }
    out
}

fn word<'t>(tokens: &'t [Token], c: &Clause, k: usize) -> Option<&'t str> {
    (k >= c.tokens.start && k < c.tokens.end).then(|| tokens[k].word.as_str())
}

/// A cue at token `i`, with its length in tokens.
fn cue_at(tokens: &[Token], c: &Clause, i: usize) -> Option<(Class, usize)> {
    let w = tokens[i].word.as_str();
    let l = tokens[i].lemma.as_str();
    let at = |k: usize| word(tokens, c, k);
    let prev = i.checked_sub(1).and_then(at);
    let next = at(i + 1);
    // a promise of what is to come ("I will", "I'm going to")
    let promised = tokens[c.tokens.start..i]
        .iter()
        .rev()
        .take(3)
        .any(|t| matches!(t.word.as_str(), "will" | "shall" | "going"));
    // "I will think more this week", "I'll think about it some more": the
    // decision still to be made
    if matches!(w, "think" | "reflect")
        && promised
        && matches!(next, Some("more" | "further" | "again" | "about" | "it"))
    {
        return Some((Class::Deferral, 2));
    }
    match w {
        "might" | "may" | "could" | "should" => {
            // "in May", "may I", "could you", "should you need", "would like"
            if matches!(
                prev,
                Some("in" | "of" | "since" | "until" | "early" | "late" | "mid" | "by" | "on")
            ) || prev.is_some_and(|p| p.starts_with(|c: char| c.is_ascii_digit()))
                || matches!(next, Some("i" | "you" | "we" | "like" | "love" | "prefer"))
                || i == c.tokens.start && w == "should"
            {
                return None;
            }
            // the formal letter's request: "(I) request that my
            // application may kindly be considered withdrawn", "it may
            // kindly be noted": what is asked for, not a doubt
            let requested = tokens[i.saturating_sub(8)..i]
                .iter()
                .any(|t| matches!(t.lemma.as_str(), "request" | "pray" | "beg"))
                && tokens[..i].iter().any(|t| t.word == "that");
            if w == "may" && (requested || next == Some("kindly")) {
                return None;
            }
            return Some((Class::Modal, 1));
        }
        "probably" | "maybe" | "perhaps" | "possibly" | "likely" | "presumably" | "tentatively"
        | "provisionally" | "potentially" | "conceivably" | "kinda" | "sorta" | "somewhat" => {
            return Some((Class::Adverb, 1));
        }
        "kind" | "sort" if next == Some("of") && at(i + 2).is_some_and(|n| n != "a") => {
            return Some((Class::Adverb, 2));
        }
        "unsure" | "undecided" | "torn" | "hesitant" | "ambivalent" | "conflicted"
        | "uncertain" => return Some((Class::Stance, 1)),
        "unlikely" | "improbable" | "doubtful" | "iffy" => return Some((Class::Chance, 1)),
        "seems" | "seem" | "seemingly" | "appears" | "apparently" => {
            return Some((Class::Stance, 1));
        }
        "looks" | "looking" if next == Some("like") => return Some((Class::Stance, 2)),
        "feeling" if matches!(next, Some("is" | "that")) => return Some((Class::Stance, 1)),
        "principle" if prev == Some("in") => return Some((Class::Provisional, 1)),
        "verge" if prev == Some("the") => return Some((Class::Stance, 1)),
        // "I don't know if I'll be able to", "idk whether"
        // (not "we don't know yet how long she'll be in hospital": a fact
        // still unknown, not the decision)
        "know" if prev == Some("not") && matches!(next, Some("if" | "whether" | "yet")) => {
            if next == Some("yet")
                && matches!(
                    at(i + 2),
                    Some("how" | "when" | "what" | "where" | "who" | "which")
                )
            {
                return None;
            }
            return Some((Class::Stance, 1));
        }
        "knows" if prev == Some("who") => return Some((Class::Provisional, 1)),
        "certain" | "sure" | "decided"
            if matches!(
                prev,
                Some(
                    "almost"
                        | "half"
                        | "fairly"
                        | "pretty"
                        | "nearly"
                        | "mostly"
                        | "less"
                        | "reasonably"
                )
            ) =>
        {
            return Some((Class::Stance, 1));
        }
        "say" | "tell"
            if prev == Some("to")
                && i >= 2
                && matches!(tokens[i - 2].word.as_str(), "hard" | "difficult" | "tough") =>
        {
            return Some((Class::Stance, 1));
        }
        "try" | "trying" if matches!(next, Some("to" | "and")) => return Some((Class::Modal, 1)),
        "stand" | "stands"
            if matches!(prev, Some("things" | "it")) && i >= 2 && tokens[i - 2].word == "as" =>
        {
            return Some((Class::Provisional, 1));
        }
        "now"
            if prev == Some("not")
                || prev == Some("right") && i >= 2 && tokens[i - 2].word == "not" =>
        {
            return Some((Class::Provisional, 1));
        }
        "sure" if prev == Some("%") || prev.is_some_and(|p| p.ends_with('%')) => {
            return Some((Class::Stance, 1));
        }
        "sure" | "certain" | "convinced" | "decided" | "final" | "settled" | "definite"
            if tokens[c.tokens.start..i]
                .iter()
                .rev()
                .take(4)
                .any(|t| t.word == "not")
                // "I will not continue to the final round": the step's name
                && !(w == "final"
                    && matches!(
                        next,
                        Some("round" | "interview" | "stage" | "step" | "panel" | "call" | "meeting")
                    ))
                // said of a thing of the reason, not of the writer or the
                // decision: "the dates are not yet settled", "the move is
                // not certain" hedge the reason
                && (w == "sure"
                    || tokens[c.tokens.start..i].iter().any(|t| {
                        matches!(
                            t.word.as_str(),
                            "i" | "we" | "me" | "decision" | "mind" | "it" | "this" | "that"
                                | "anything" | "nothing" | "choice" | "answer"
                        )
                    })) =>
        {
            return Some((
                if w == "final" {
                    Class::Provisional
                } else {
                    Class::Stance
                },
                1,
            ));
        }
        "second" if matches!(next, Some("thoughts" | "thought" | "guessing")) => {
            return Some((Class::Stance, 2));
        }
        "on" if next == Some("the") && at(i + 2) == Some("fence") => {
            return Some((Class::Stance, 3));
        }
        "two" if prev == Some("in") && next == Some("minds") => return Some((Class::Stance, 2)),
        "think" | "thinking" | "guess" | "suppose" | "wonder" | "wondering" | "feel" => {
            // "I think", "I'm thinking of", "I guess"; not "I thought it
            // over", "thank you for thinking of me", "feel free"
            let first_person = i > c.tokens.start
                && tokens[c.tokens.start..i]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|t| t.lemma == "i");
            if w == "feel" && next != Some("like") {
                return None;
            }
            // "I've had a think": the noun, and done ("I'll have a think"
            // is read at "have")
            if prev == Some("a") {
                return None;
            }
            // texting drops the subject: "lowkey thinking of pulling out"
            // ("after thinking about it, I have decided": deliberation
            // done, no hedge)
            let bare = w == "thinking"
                && !matches!(
                    prev,
                    Some(
                        "after"
                            | "having"
                            | "from"
                            | "by"
                            | "without"
                            | "while"
                            | "when"
                            | "much"
                            | "some"
                    )
                )
                && matches!(next, Some("of" | "about"))
                && at(i + 2) != Some("me")
                && tokens[c.tokens.start..i]
                    .iter()
                    .all(|t| !matches!(t.word.as_str(), "you" | "for" | "thank" | "thanks"));
            if (first_person || bare)
                && !matches!(next, Some("of" | "about") if w == "thinking" && at(i + 2) == Some("me"))
            {
                return Some((Class::Stance, 1));
            }
            return None;
        }
        _ => {}
    }
    // "it will be difficult for me to continue", "a little hard for me
    // to attend": an indirect no, softened to a difficulty
    let verb_at = if next == Some("to") {
        Some(i + 2)
    } else if next == Some("for")
        && at(i + 2).is_some_and(|x| matches!(x, "me" | "us"))
        && at(i + 3) == Some("to")
    {
        Some(i + 4)
    } else {
        None
    };
    let going_on = verb_at
        .and_then(|k| tokens.get(k).filter(|_| k < c.tokens.end))
        .is_some_and(|t| {
            super::frames::going_on_lemma(&t.lemma) || matches!(t.lemma.as_str(), "adjust" | "mov")
        });
    if matches!(w, "difficult" | "hard" | "tough")
        && going_on
        && (c.tokens.start..i).any(|k| matches!(tokens[k].lemma.as_str(), "be" | "seem" | "find"))
    {
        return Some((Class::Stance, 1));
    }
    // "I am minded not to proceed", "minded to decline": the formal
    // "inclined"
    if w == "minded" && matches!(next, Some("to" | "not")) {
        return Some((Class::Stance, 1));
    }
    match l {
        "lean" | "inclin" | "reconsid" | "doubt" | "mull" | "weigh" | "hesit" => {
            return Some((Class::Stance, 1));
        }
        "consid"
            if matches!(w, "considering" | "consider")
                && i > c.tokens.start
                && prev != Some("please") =>
        {
            // "I am considering withdrawing"; not "thank you for
            // considering me", "I appreciate you considering my
            // application" (theirs to consider)
            let thanks = tokens[c.tokens.start..i].iter().any(|t| {
                matches!(t.word.as_str(), "thank" | "thanks" | "for") || t.lemma == "appreci"
            });
            let theirs = matches!(
                prev,
                Some("you" | "your" | "they" | "them" | "him" | "her" | "everyone")
            );
            return (!thanks && !theirs && next != Some("me")).then_some((Class::Stance, 1));
        }
        // odds: "50/50", "60-40 / 70%", not "24/7" or "9/5"
        _ if w.contains('/') && odds_around(tokens, i) || w.contains('%') && w.len() > 1 => {
            return Some((Class::Chance, 1));
        }
        // "it's eighty percent I'm taking it", "90 per cent I'll stay":
        // odds told as a share; not "a 20% pay cut", "80% of my time",
        // "up by 40 percent"
        "percent" | "%" | "cent" => {
            let n = if w == "cent" && prev == Some("per") {
                i.checked_sub(2)?
            } else {
                i.checked_sub(1)?
            };
            let number = at(n).is_some_and(|x| {
                x.chars().all(|c| c.is_ascii_digit())
                    || matches!(
                        x,
                        "fifty" | "sixty" | "seventy" | "eighty" | "ninety" | "hundred" | "forty"
                    )
            });
            let share = matches!(
                next,
                Some(
                    "of" | "pay"
                        | "raise"
                        | "increase"
                        | "cut"
                        | "more"
                        | "less"
                        | "higher"
                        | "lower"
                        | "above"
                        | "below"
                        | "rise"
                        | "drop"
                        | "off"
                        | "bonus"
                        | "salary"
                        | "remote"
                        | "travel"
                        | "commission"
                )
            ) || n.checked_sub(1).and_then(at).is_some_and(|x| {
                matches!(
                    x,
                    "a" | "an" | "by" | "the" | "about" | "around" | "up" | "down"
                )
            });
            return (number && !share).then_some((Class::Chance, 1));
        }
        "chanc" | "odd" | "likelihood" | "possibl" if w != "possibly" => {
            // "if possible", "as soon as possible", "the best possible"
            // "not possible for us": impossible, which is plain; "the
            // chance to meet your team": an opportunity
            if matches!(prev, Some("if" | "as" | "best" | "whenever" | "not"))
                || next == Some("to") && w == "possible"
                || next == Some("to") && matches!(prev, Some("the" | "a" | "this" | "that"))
            {
                return None;
            }
            return Some((Class::Chance, 1));
        }
        _ => {}
    }
    // provisional: "for now", "for the time being", "as of now", "not yet",
    // "rule out", "either way", "still deciding"
    if w == "for" && next == Some("now") {
        return Some((Class::Provisional, 2));
    }
    // "pause", "suspend", "put it on hold": stopped, not ended
    let negated = tokens[c.tokens.start..i]
        .iter()
        .any(|t| matches!(t.word.as_str(), "not" | "never" | "no"));
    if (matches!(l, "paus" | "suspend") || w == "on" && next == Some("hold")) && !negated {
        return Some((Class::Provisional, if w == "on" { 2 } else { 1 }));
    }
    if w == "for"
        && next == Some("the")
        && (at(i + 2) == Some("moment") || at(i + 2) == Some("time") && at(i + 3) == Some("being"))
    {
        return Some((Class::Provisional, 3));
    }
    if w == "as" && next == Some("of") && matches!(at(i + 2), Some("now" | "today" | "right")) {
        return Some((Class::Provisional, 3));
    }
    let unknown_fact = matches!(prev, Some("know" | "sure" | "clear"))
        && matches!(
            next,
            Some("how" | "when" | "what" | "where" | "who" | "which")
        );
    if w == "yet"
        && !unknown_fact
        && (prev == Some("not") || tokens[c.tokens.start..i].iter().any(|t| t.word == "not"))
    {
        return Some((Class::Provisional, 1));
    }
    // "I'd love to keep in touch either way", "best of luck either way":
    // whatever comes, not undecided
    let regardless = w == "either"
        && tokens[c.tokens.start..i].iter().any(|t| {
            matches!(
                t.word.as_str(),
                "touch" | "luck" | "wish" | "hope" | "love" | "grateful" | "thanks" | "thank"
            )
        });
    if l == "rule" && next == Some("out") || w == "either" && next == Some("way") && !regardless {
        return Some((Class::Provisional, 2));
    }
    if w == "still"
        && matches!(
            next,
            Some(
                "deciding"
                    | "thinking"
                    | "weighing"
                    | "figuring"
                    | "considering"
                    | "unsure"
                    | "undecided"
                    | "torn"
            )
        )
    {
        return Some((Class::Provisional, 2));
    }
    // "I need time to think"; not "I need a full-time position"
    if l == "need"
        && (i + 1..i + 5).any(|k| {
            matches!(at(k), Some("time" | "days" | "weeks" | "decide" | "think"))
                && !matches!(
                    at(k - 1),
                    Some("full" | "part" | "-" | "full-time" | "part-time")
                )
                && !matches!(at(k.saturating_sub(2)), Some("full" | "part"))
                // "I need to take some weeks of rest", "a few days off to
                // recover": time to get well, not to decide
                && !(k + 1..k + 4).any(|j| {
                    matches!(
                        at(j),
                        Some(
                            "rest" | "off" | "recover" | "recovery" | "heal" | "leave"
                                | "treatment" | "bed"
                        )
                    )
                })
        })
    {
        return Some((Class::Provisional, 2));
    }
    // "have a think", "sleep on it", "think it over", "mull it over"
    if (w == "have" && next == Some("a") && at(i + 2) == Some("think"))
        || (l == "sleep" && next == Some("on"))
        // present or to come; "I've thought it over" is done
        || (matches!(w, "think" | "thinking" | "mull" | "mulling" | "talk" | "talking")
            && at(i + 2) == Some("over"))
    {
        return Some((Class::Deferral, 3));
    }
    // "let me discuss once more at home", "I need to consult my family":
    // the decision still to be talked over (not "as we discussed")
    let to_come = prev == Some("me") && i >= 2 && at(i - 2) == Some("let")
        || promised
        || matches!(prev, Some("to"))
            && i >= 2
            && matches!(at(i - 2), Some("need" | "have" | "want"));
    if matches!(w, "discuss" | "consult") && to_come {
        return Some((Class::Deferral, 1));
    }
    // conditions inside a clause: "subject to", "as long as", "depending on"
    if (w == "subject" && next == Some("to"))
        || (w == "as" && next == Some("long") && at(i + 2) == Some("as"))
        || (l == "depend" && next == Some("on"))
        || (w == "in" && next == Some("case"))
        || w == "assuming"
    {
        return Some((Class::Condition, 2));
    }
    // deferral: "I'll let you know", "I will get back to you", "I'll revert"
    // (`promised`, read above, says it is to come)
    let later = |k: usize| {
        (k..k + 4).any(|j| {
            matches!(
                at(j),
                Some(
                    "once"
                        | "when"
                        | "soon"
                        | "shortly"
                        | "later"
                        | "by"
                        | "after"
                        | "whether"
                        | "if"
                )
            )
        })
    };
    if w == "let" && next == Some("you") && at(i + 2) == Some("know") && (promised || later(i + 3))
    {
        return Some((Class::Deferral, 3));
    }
    if (matches!(w, "get" | "getting")
        && next == Some("back")
        && at(i + 2) == Some("to")
        && at(i + 3) == Some("you"))
        || (matches!(l, "call" | "ring" | "text" | "email")
            && next == Some("you")
            && at(i + 2) == Some("back"))
        || (matches!(w, "call" | "ring") && next == Some("back") && promised_or_plain(tokens, c, i))
        // "I will come back to you by Wednesday"
        || (w == "come"
            && next == Some("back")
            && at(i + 2) == Some("to")
            && at(i + 3) == Some("you")
            && promised)
        || (w == "keep"
            && next == Some("you")
            && matches!(at(i + 2), Some("posted" | "updated" | "informed")))
    {
        return Some((Class::Deferral, 3));
    }
    if (l == "get" && next == Some("back")
        || l == "revert"
        || w == "circle" && next == Some("back"))
        && promised
    {
        return Some((Class::Deferral, 2));
    }
    // "wait until I have the contract in writing before I decide",
    // "until we decide": the decision still to come
    if l == "decid"
        && i >= 2
        && matches!(tokens[i - 1].word.as_str(), "i" | "we")
        && matches!(tokens[i - 2].word.as_str(), "before" | "until" | "till")
    {
        return Some((Class::Deferral, 1));
    }
    // (and "tomorrow", "next week", "before Thursday": the answer given
    // later; "can I confirm to you next week?" asks to give it later)
    let soon = |k: usize| {
        later(k)
            || (k..k + 4).any(|j| matches!(at(j), Some("tomorrow" | "tonight" | "next" | "before")))
    };
    let asked = prev == Some("i") && i >= 2 && matches!(at(i - 2), Some("can" | "could" | "may"));
    if matches!(l, "confirm" | "updat" | "decid")
        && (promised || asked)
        && (soon(i + 1) || at(i + 1).is_none_or(|n| !n.chars().any(char::is_alphanumeric)))
    {
        return Some((Class::Deferral, 1));
    }
    // "I will give final answer after I speak with the family", "I'll
    // give you my decision by Friday"
    if w == "give"
        && promised
        && (i + 1..i + 5).any(|j| {
            matches!(
                at(j),
                Some("answer" | "decision" | "confirmation" | "reply" | "response")
            )
        })
        && (soon(i + 1) || (i + 1..i + 4).any(|j| at(j) == Some("final")))
    {
        return Some((Class::Deferral, 1));
    }
    None
}

/// "I call back tomorrow": a plain present or a promise, not "thanks for
/// calling back".
fn promised_or_plain(tokens: &[Token], c: &Clause, i: usize) -> bool {
    i > c.tokens.start && matches!(tokens[i - 1].word.as_str(), "i" | "will" | "shall" | "to")
}

/// Whether the stance cue at `cue` reports thinking already done: "I've
/// been thinking about the range", "I have thought about it".
pub fn thinking_done(tokens: &[Token], cue: &Range<usize>) -> bool {
    cue.start > 0
        && matches!(tokens[cue.start - 1].word.as_str(), "been" | "have" | "had")
        && matches!(
            tokens[cue.start].word.as_str(),
            "thinking" | "thought" | "considered" | "weighed" | "reflected" | "mulled"
        )
}

/// The tokens a cue governs.
fn scope_of(
    tokens: &[Token],
    clauses: &[Clause],
    ci: usize,
    class: Class,
    cue: &Range<usize>,
) -> Range<usize> {
    let c = &clauses[ci];
    let sentence = 0..clauses.last().map_or(0, |l| l.tokens.end);
    // a verdict on the decision as a whole: "it's not final", "that could
    // change", "I can't rule it out"
    let whole = matches!(
        tokens[cue.start].word.as_str(),
        "final" | "decided" | "settled" | "rule" | "either" | "principle" | "knows"
    ) || (cue.start..c.tokens.end).any(|k| tokens[k].lemma == "chang")
        && matches!(class, Class::Modal);
    if whole {
        return sentence;
    }
    // a stance after a contrast ("I'll withdraw, though I'm still on the
    // fence") or at the end of its clause ("I won't come, I don't think")
    // looks back
    let trailing = tokens[cue.end..c.tokens.end].iter().all(|t| !t.is_word());
    // "I'm going to decline as it stands": a trailing "as things stand"
    // qualifies the clause before it, like "for now"
    let as_stands = c.opener == Some("as") && tokens[cue.start].word.starts_with("stand");
    let continues = c.opener.is_none() || c.contrasts() || as_stands;
    // "not ... yet" belongs to its own clause's verb when it has one
    // ("– doesn't feel right to jump ship yet"); only a bare "at least not
    // yet" looks back
    let own_verb = tokens[cue.start].word == "yet"
        && tokens[c.tokens.clone()]
            .iter()
            .filter(|t| t.is_word())
            .count()
            > 4;
    if matches!(class, Class::Stance | Class::Provisional)
        && !own_verb
        && continues
        && (c.contrasts() || trailing)
        && ci > 0
    {
        return clauses[ci - 1].tokens.start..c.tokens.end;
    }
    match class {
        Class::Provisional | Class::Condition | Class::Deferral => c.tokens.clone(),
        Class::Modal | Class::Adverb | Class::Stance | Class::Chance => {
            let mut end = c.tokens.end;
            let mut k = ci + 1;
            // thinking reported as done ("I've been thinking about the
            // range, and I can't ...", "I have thought about it and I
            // will not ..."): the clause after "and" with a subject of its
            // own says what came of it, outside the doubt
            let done = class == Class::Stance && thinking_done(tokens, cue);
            while k < clauses.len()
                && matches!(
                    clauses[k].opener,
                    Some("and" | "or" | "that" | "if" | "whether")
                )
            {
                let subject = tokens[clauses[k].tokens.clone()]
                    .iter()
                    .filter(|t| t.is_word() && t.word != "and")
                    .map(|t| t.word.as_str())
                    .next();
                if done && clauses[k].opener == Some("and") && matches!(subject, Some("i" | "we")) {
                    break;
                }
                end = clauses[k].tokens.end;
                k += 1;
            }
            // a resolution ends the doubt: "I considered it and decided"
            let resolved = (cue.end..end).find(|&j| {
                matches!(
                    tokens[j].word.as_str(),
                    "decided" | "decision" | "concluded" | "chosen" | "determined"
                )
            });
            // adverbs and stance also reach back over their clause's start
            // ("I'll withdraw, probably")
            let start = if matches!(class, Class::Adverb) || trailing {
                c.tokens.start
            } else {
                cue.start
            };
            start..resolved.unwrap_or(end)
        }
    }
}

/// Whether the slash at token `i` splits odds ("50/50", "70 / 30"): the
/// numbers on either side make a hundred. "24/7" and "9/5" are not odds.
fn odds_around(tokens: &[Token], i: usize) -> bool {
    let w = &tokens[i].word;
    let (a, b) = if w == "/" {
        (
            i.checked_sub(1)
                .and_then(|k| tokens.get(k))
                .map(|t| t.word.as_str()),
            tokens.get(i + 1).map(|t| t.word.as_str()),
        )
    } else {
        let mut parts = w.splitn(2, '/');
        (parts.next(), parts.next())
    };
    let num = |s: Option<&str>| s.and_then(|s| s.trim_end_matches('%').parse::<u32>().ok());
    matches!((num(a), num(b)), (Some(x), Some(y)) if x + y == 100)
}

#[cfg(test)]
mod tests {
    use super::super::{clauses::clauses, tokens::tokenize};
    use super::*;

    fn classes(text: &str) -> Vec<Class> {
        let t = tokenize(text);
        let c = clauses(&t);
        hedges(&t, &c).into_iter().map(|h| h.class).collect()
    }

    #[test]
    fn cues_by_class() {
        assert_eq!(classes("I might withdraw."), [Class::Modal]);
        assert_eq!(classes("I'm leaning towards declining."), [Class::Stance]);
        assert_eq!(classes("I'll withdraw for now."), [Class::Provisional]);
        // a trailing "as it stands" qualifies the decision before it
        let t = tokenize("So I'm going to decline as it stands.");
        let c = clauses(&t);
        let h = hedges(&t, &c);
        assert_eq!(h.len(), 1);
        assert_eq!(h[0].scope.start, 0);
        assert_eq!(
            classes("I am minded not to proceed with the interview."),
            [Class::Stance]
        );
        assert!(
            !classes("We will be relocating, although the dates are not yet settled.")
                .contains(&Class::Stance)
        );
        assert!(classes("It is not settled yet.").contains(&Class::Stance));
        assert_eq!(
            classes("I need a few weeks to decide whether to withdraw."),
            [Class::Provisional]
        );
        assert!(
            classes("I need to take some weeks of rest and will not be able to take up the post.")
                .is_empty()
        );

        assert_eq!(
            classes("I'm not 100% sure yet."),
            [Class::Stance, Class::Provisional]
        );
        assert_eq!(classes("I will let you know by Friday."), [Class::Deferral]);
        for s in [
            "I will give final answer after I speak with the family.",
            "I'll give you my decision by Friday.",
            "I will confirm tomorrow morning.",
            "Can I confirm to you next week?",
            "I will come back to you by Wednesday.",
        ] {
            assert_eq!(classes(s), [Class::Deferral], "{s}");
        }
        for s in [
            "I will give you a call tomorrow.",
            "Can I confirm the address?",
        ] {
            assert!(classes(s).is_empty(), "{s}");
        }
        assert_eq!(
            classes("There's a fair chance I won't continue."),
            [Class::Chance]
        );
        assert_eq!(
            classes("It's about 60/40 that I'll withdraw."),
            [Class::Chance]
        );
        assert!(
            classes("I'll withdraw unless my partner's contract is extended.")
                .contains(&Class::Condition)
        );
        // bargaining is negotiation-opening's, not a hedge
        assert!(
            !classes("I'll withdraw unless you can raise the salary.").contains(&Class::Condition)
        );
    }

    #[test]
    fn a_decision_still_to_come_is_deferred() {
        assert_eq!(
            classes("I would like to wait until I have the contract before I decide."),
            [Class::Deferral]
        );
        assert!(classes("I decided before I applied anywhere else.").is_empty());
        // thinking still to be done, and a call to give the answer
        assert_eq!(
            classes("I will think about it over the weekend and ring you on Monday."),
            [Class::Deferral]
        );
        assert!(classes("I have thought about it over the weekend.").is_empty());
    }

    #[test]
    fn pseudo_cues_are_not_hedges() {
        for s in [
            "I would like to withdraw my application.",
            "Could you let me know if that works?",
            "If possible, please confirm.",
            "Thank you for considering me.",
            "I appreciate you considering my application.",
            "I am writing to let you know that I am withdrawing.",
            "My start date is in May.",
            "The post is now a 24/7 rota.",
            "After thinking about it, I am withdrawing.",
            "I request that my application may kindly be considered withdrawn.",
            "It may kindly be noted that I will not attend.",
        ] {
            assert!(classes(s).is_empty(), "{s:?}: {:?}", classes(s));
        }
    }
}
