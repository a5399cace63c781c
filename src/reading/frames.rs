//! Decision frames: who does what to which thing. A frame is found by the
//! lemma of its predicate, not by a listed phrase, so "decline",
//! "declining" and "declined" read alike, and "I won't be attending",
//! "I'm unable to continue" and "please take my name out" are decisions
//! because a verb of going on is negated or a verb of leaving is used.

use super::clauses::Clause;
use super::tokens::Token;

/// What a frame decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FrameKind {
    /// The writer declines, withdraws, will not attend or go on.
    Decline,
    /// The writer has taken another offer or is staying where they are.
    Elsewhere,
    /// The writer asks to move the interview: a decision of its own.
    Reschedule,
    /// "This role is not the right fit for me": a verdict that implies
    /// the decision.
    Fit,
}

/// A decision found in a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    pub kind: FrameKind,
    /// The clause it sits in.
    pub clause: usize,
    /// The predicate's first token.
    pub at: usize,
    /// Tokens of the predicate and its particles ("pull out", "not be
    /// attending").
    pub words: std::ops::Range<usize>,
}

/// Verbs of leaving: a decision unless negated ("I won't withdraw").
const LEAVE: &[&str] = &[
    "declin", "withdraw", "cancel", "skip", "retract", "rescind", "forego", "forgo",
    // "hit pause on the process", "my application suspended": a decision
    // that says itself provisional (the hedges read it so)
    "paus", "suspend",
];

/// Verb + particle pairs of leaving: "pull out", "bow out", "step back".
const LEAVE_PARTICLE: &[(&str, &[&str])] = &[
    ("pull", &["out", "back"]),
    ("bow", &["out"]),
    ("drop", &["out"]),
    ("back", &["out"]),
    ("opt", &["out"]),
    ("step", &["back", "away", "down", "aside", "out"]),
    ("turn", &["down"]),
    ("hold", &["off"]),
    ("sit", &["out"]),
];

/// Verbs of going on: a decision when negated or made impossible
/// ("I won't be attending", "unable to continue").
const GO_ON: &[&str] = &[
    "attend", "continu", "proceed", "pursu", "progress", "join", "come", "commit", "accept",
    "particip", "consid", "move", "go", "take", "make", "be", "do", "show", "keep", "stay",
    "remain", "need", "push", "put", "assist", "carri", "bother", "present", "sit",
];

/// A token with a letter or digit in it (not punctuation or an emoji).
fn is_wordlike(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
}

/// What follows a verb of going on for it to be about the process
/// ("go ahead", "move forward", "take it further", "make it").
fn goes_on(tokens: &[Token], at: usize, end: usize) -> bool {
    let t = &tokens[at];
    let next = |k: usize| {
        tokens
            .get(at + k)
            .filter(|_| at + k < end)
            .map(|t| t.word.as_str())
    };
    match t.lemma.as_str() {
        // "go ahead", "go to the interview", "go for the second round";
        // "won't go for this one", "not going for it"
        "go" => {
            matches!(next(1), Some("ahead" | "forward" | "through" | "on"))
                // "I don't think I will go unless ...", "I won't go
                // friday", "not going.": the going is to the interview
                || at > 0
                    && matches!(tokens[at - 1].lemma.as_str(), "will" | "not" | "be" | "i" | "still")
                    && (!next(1).is_some_and(is_wordlike)
                        || next(1).is_some_and(is_day) && !matches!(next(1), Some("that" | "then" | "next"))
                        || matches!(next(1), Some("unless" | "because" | "cause" | "cuz" | "anymore" | "either")))
                || matches!(next(1), Some("to" | "for"))
                    && (2..=4).any(|k| next(k).is_some_and(is_process_noun))
                || next(1) == Some("for")
                    && (next(2) == Some("it") && !next(3).is_some_and(is_wordlike)
                        || matches!(next(2), Some("this" | "that")) && next(3) == Some("one"))
        }
        // "not going to bother with thurs", "won't bother with the
        // interview", "not gonna bother then"; not "don't bother calling"
        "bother" => {
            // "don't bother calling": said to them
            let told = at >= 2
                && tokens[at - 1].word == "not"
                && tokens[at - 2].word == "do"
                && (at == 2 || !matches!(tokens[at - 3].lemma.as_str(), "i" | "we"));
            !told
                && (next(1) == Some("with")
                    && next(2).is_some_and(|w| {
                        is_process_noun(w)
                            || is_day(w)
                            || matches!(w, "it" | "this" | "that" | "the")
                    })
                    || !next(1).is_some_and(is_wordlike)
                    || matches!(
                        next(1),
                        Some("then" | "now" | "anymore" | "applying" | "going" | "coming")
                    ))
        }
        // "carry on with the application", "carry it forward"
        "carri" => (1..=2).any(|k| matches!(next(k), Some("on" | "forward"))),
        // "I will not assist to the interview" (Spanish "asistir")
        "assist" => {
            matches!(next(1), Some("to" | "at" | "the"))
                && (1..=3).any(|k| next(k).is_some_and(is_process_noun))
        }
        "move" => matches!(next(1), Some("forward" | "ahead")),
        // "I won't put my name forward", "put myself forward"
        "put" => {
            (1..=3).any(|k| matches!(next(k), Some("forward")))
                && matches!(next(1), Some("my" | "myself" | "me"))
        }
        // "push through with the interview" (Philippine English)
        "push" => matches!(next(1), Some("through" | "forward" | "ahead")),
        "take" => {
            matches!(next(1), Some("part" | "up"))
                // "maybe I cannot take it, I will see", "I won't take this
                // one": the job, said with a pronoun; not "take it
                // anymore", "take it badly"
                || matches!(next(1), Some("it" | "this"))
                    && matches!(
                        next(2),
                        None | Some(
                            "," | "." | "!" | "?" | ";" | "then" | "now" | "either" | "one"
                        )
                    )
                || (1..=4).any(|k| {
                    matches!(
                        next(k),
                        Some(
                            "further"
                                | "forward"
                                | "offer"
                                | "role"
                                | "position"
                                | "job"
                                | "interview"
                        )
                    )
                })
        }
        "make" => {
            matches!(next(1), Some("it" | "the" | "tomorrow" | "today"))
                || next(1).is_some_and(is_day)
        }
        // "not be able to" counts when what follows is going on
        "be" if next(1) == Some("able") => {
            next(2) == Some("to")
                && tokens
                    .get(at + 3)
                    .filter(|_| at + 3 < end)
                    .is_some_and(|v| {
                        GO_ON.contains(&v.lemma.as_str())
                            && v.lemma != "be"
                            && goes_on(tokens, at + 3, end)
                    })
        }
        // "I'm not going to be at the interview"
        "be" if next(1) == Some("at") => (2..=4).any(|k| next(k).is_some_and(is_process_noun)),
        // "I will not be able to present to the interview" (Spanish
        // "presentarse")
        "present" => {
            // ("I will not present myself to the interview")
            matches!(next(1), Some("to" | "at" | "for" | "myself"))
                && (1..=4).any(|k| next(k).is_some_and(is_process_noun))
        }
        "be" => matches!(
            next(1),
            Some(
                "there"
                    | "available"
                    | "interested"
                    | "moving"
                    | "going"
                    | "attending"
                    | "continuing"
                    | "proceeding"
                    | "joining"
                    | "pursuing"
                    | "progressing"
                    | "taking"
                    | "coming"
                    | "interviewing"
                    | "considered"
            )
        ),
        "do" => {
            matches!(next(1), Some("the" | "it" | "this" | "that"))
                && (1..=3).any(|k| matches!(next(k), Some("interview" | "it" | "call" | "meeting")))
                || next(1).is_some_and(is_day)
        }
        "commit" => {
            next(1).is_none()
                || (1..=4).any(|k| next(k).is_some_and(|w| is_process_noun(w) || w == "it"))
        }
        "show" => matches!(next(1), Some("up")),
        "consid" => {
            matches!(
                next(1),
                Some("the" | "this" | "it" | "your" | "my" | "being" | "for")
            ) || t.word == "considered" && at > 0 && tokens[at - 1].word == "be"
        }
        "keep" => {
            matches!(next(1), Some("going" | "my" | "the"))
                && (1..=3).any(|k| {
                    matches!(
                        next(k),
                        Some("going" | "application" | "slot" | "interview")
                    )
                })
        }
        "stay" | "remain" => {
            matches!(next(1), Some("in" | "on"))
                && (1..=3).any(|k| matches!(next(k), Some("process" | "running" | "consideration")))
        }
        "accept" => {
            next(1)
                .is_none_or(|w| !w.chars().any(char::is_alphanumeric) || w == "and" || w == "but")
                || matches!(next(1), Some("the" | "this" | "your" | "it" | "an" | "a"))
                    && (1..=4).any(|k| next(k).is_some_and(|w| is_process_noun(w) || w == "it"))
        }
        "need" => (1..=3).any(|k| next(k).is_some_and(is_process_noun)),
        // "not sitting the interview this time", "won't sit for the panel"
        "sit" => {
            matches!(next(1), Some("the" | "for" | "this" | "your" | "my"))
                && (1..=3).any(|k| next(k).is_some_and(is_process_noun))
        }
        "join" | "come" => true,
        _ => true,
    }
}

/// What the process is made of: a decision about one of these is a
/// decision about the process.
pub(crate) fn is_process_noun(w: &str) -> bool {
    matches!(
        w,
        "interview"
            | "interviews"
            | "role"
            | "position"
            | "job"
            | "process"
            | "application"
            | "offer"
            | "opportunity"
            | "round"
            | "stage"
            | "slot"
            | "meeting"
            | "call"
            | "assessment"
            | "centre"
            | "center"
            | "post"
            | "vacancy"
            | "candidacy"
            | "running"
            | "shortlist"
            | "recruitment"
            | "invitation"
            | "invite"
    )
}

/// A day or a time of the interview: "tomorrow", "thursday", "thurs".
pub(crate) fn is_day(w: &str) -> bool {
    // "the 20th", "3rd"
    let ordinal = w.starts_with(|c: char| c.is_ascii_digit())
        && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s));
    ordinal
        // (one day of the week, not "Mondays" or the weekend)
        || is_weekday(w)
            && !w.starts_with("weekend")
            && (!w.ends_with('s') || matches!(w, "tues" | "thurs"))
        || matches!(
            w,
            "today"
                | "tomorrow"
                | "tonight"
                | "next"
                | "morning"
                | "afternoon"
                | "evening"
                | "then"
                | "that"
        )
}

/// A day of the week, spelled out or short, one or many ("mon",
/// "Thursdays"), or the weekend.
pub(crate) fn is_weekday(w: &str) -> bool {
    let one = w.strip_suffix('s').filter(|x| x.len() > 3).unwrap_or(w);
    is_day_name(one)
        || matches!(
            one,
            "mon"
                | "tue"
                | "tues"
                | "wed"
                | "thu"
                | "thur"
                | "thurs"
                | "fri"
                | "sat"
                | "sun"
                | "weekend"
        )
}

/// A day of the week spelled out: "monday" to "sunday".
fn is_day_name(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Whether `lemma` is a verb of going on with the process ("continue",
/// "attend", "join", "proceed", ...), as said to be too hard: "it will be
/// difficult for me to continue".
pub(crate) fn going_on_lemma(lemma: &str) -> bool {
    matches!(
        lemma,
        "continu"
            | "attend"
            | "proceed"
            | "join"
            | "particip"
            | "come"
            | "accept"
            | "commit"
            | "pursu"
            | "progress"
    )
}

/// Words that negate the verb after them within a few words.
fn negated_before(tokens: &[Token], start: usize, at: usize) -> bool {
    // "I don't think it makes sense for me to come in": the verb the
    // negated "make sense" points at
    let sense = at >= 2
        && tokens[at - 1].word == "to"
        && (start..at).any(|k| {
            tokens[k].word == "sense"
                && tokens[k.saturating_sub(4).max(start)..k]
                    .iter()
                    .any(|t| matches!(t.word.as_str(), "not" | "no" | "never"))
        });
    if sense {
        return true;
    }
    let from = at.saturating_sub(6).max(start);
    let window = &tokens[from..at];
    // "it will be difficult for me to continue", "impossible to attend":
    // going on said to be too hard, right before the verb
    let too_hard = |k: usize| {
        let rest: Vec<&str> = window[k + 1..].iter().map(|t| t.word.as_str()).collect();
        going_on_lemma(&tokens[at].lemma)
            && matches!(
                window[k].word.as_str(),
                "difficult" | "hard" | "impossible" | "tough"
            )
            && matches!(rest.as_slice(), ["to"] | ["for", "me" | "us", "to"])
    };
    window.iter().enumerate().any(|(k, t)| {
        too_hard(k)
            || matches!(t.word.as_str(), "not" | "never" | "unable" | "cannot")
            || t.word == "no" && window.get(k + 1).is_some_and(|n| n.word == "longer")
            // "in no position to"
            || t.word == "no" && window.get(k + 1).is_some_and(|n| n.word == "position")
    }) || {
        // "decided against continuing", "rather than continuing" are not
        // negations of the decision itself; "against" is
        window.iter().any(|t| t.word == "against")
    }
}

/// Whether the clause asks for something (a request to move the
/// interview is one; "I had to rearrange my leave" is not).
fn requested(tokens: &[Token], start: usize, end: usize) -> bool {
    tokens[start..end].iter().any(|t| {
        matches!(
            t.word.as_str(),
            "could"
                | "can"
                | "would"
                | "may"
                | "might"
                | "please"
                | "possible"
                | "need"
                | "like"
                | "want"
                | "ask"
                | "asking"
                | "wonder"
                | "wondering"
                | "hoping"
                | "instead"
                | "prefer"
                | "chance"
                | "?"
                | "able"
                | "request"
                | "requesting"
                | "kindly"
                | "grateful"
                | "appreciate"
                | "let"
        )
    }) || tokens[end..].iter().any(|t| t.word == "?")
}

/// Doubt about what follows: "unsure", "not sure", "I doubt", "unlikely".
fn doubted(tokens: &[Token], start: usize, at: usize) -> bool {
    let window = &tokens[start..at];
    window.iter().enumerate().any(|(k, t)| {
        matches!(
            t.word.as_str(),
            "unsure"
                | "doubt"
                | "doubtful"
                | "wonder"
                | "wondering"
                | "uncertain"
                | "unlikely"
                | "improbable"
                | "whether"
                | "undecided"
                | "torn"
        ) || matches!(t.word.as_str(), "sure" | "certain" | "convinced")
            && window[..k].iter().rev().take(3).any(|p| p.word == "not")
    })
}

/// A subject other than the writer ("they declined", "the team will
/// continue") before the verb.
fn other_subject(tokens: &[Token], start: usize, at: usize) -> bool {
    // the nearest subject before the verb decides: "I guess I'm not what
    // they're looking for" is about them
    let nearest = tokens[start..at].iter().rev().find(|t| {
        t.lemma == "i"
            || t.lemma == "we"
            || matches!(
                t.word.as_str(),
                "you"
                    | "they"
                    | "he"
                    | "she"
                    | "someone"
                    | "nobody"
                    | "anyone"
                    | "anybody"
                    | "everyone"
                    | "everybody"
                    | "people"
                    | "candidates"
                    | "others"
                    | "company"
                    | "team"
                    | "recruiter"
                    | "manager"
                    | "employer"
            )
    });
    // "our buyer pulled out", "my landlord backed out": someone named
    // right before the verb
    let named = at >= start + 2
        && matches!(
            tokens[at - 2].word.as_str(),
            "my" | "our" | "his" | "her" | "their" | "the"
        )
        && tokens[at - 1].is_word()
        && !matches!(
            tokens[at - 1].word.as_str(),
            "to" | "will"
                | "would"
                | "can"
                | "could"
                | "must"
                | "should"
                | "have"
                | "has"
                | "had"
                | "just"
                | "also"
                | "then"
                | "really"
                | "now"
                | "not"
                | "do"
                | "did"
                | "am"
                | "is"
                | "are"
                | "be"
                | "been"
                | "being"
                | "i"
                | "we"
        );
    // "the firm has declined to shorten it", "my employer has already
    // cancelled it": the same, with helping words between
    let j = back_over(
        tokens,
        start,
        at,
        &[
            "has",
            "have",
            "had",
            "will",
            "would",
            "also",
            "just",
            "already",
            "now",
            "then",
            "since",
            "apparently",
            // "the carers don't come till eight": an auxiliary and its
            // negation between someone named and the verb
            "do",
            "does",
            "did",
            "not",
            "never",
            "can",
            "cannot",
            "could",
            "should",
            "must",
            "may",
            "might",
        ],
    );
    let named_further = j < at
        && j >= start + 2
        && matches!(
            tokens[j - 2].word.as_str(),
            "my" | "our" | "his" | "her" | "their" | "the" | "your"
        )
        && tokens[j - 1].is_word()
        && !matches!(tokens[j - 1].word.as_str(), "i" | "we" | "to");
    // "my brother lives in Valencia and can't come": the verb shares the
    // subject of the words before "and", which open on someone named
    let k = back_over(
        tokens,
        start,
        at,
        &[
            "can", "cannot", "cant", "not", "could", "will", "would", "also", "then", "won't",
        ],
    );
    let shared = k > start && tokens[k - 1].word == "and" && {
        let and = k - 1;
        let from = tokens[start..and]
            .iter()
            .rposition(|t| matches!(t.word.as_str(), "," | ";" | ":" | "(" | ")"))
            .map_or(start, |p| start + p + 1);
        let span = &tokens[from..and];
        span.len() >= 3
            && matches!(
                span[0].word.as_str(),
                "my" | "our" | "his" | "her" | "their"
            )
            && !span[1..]
                .iter()
                .any(|t| matches!(t.word.as_str(), "i" | "we" | "me" | "my"))
    };
    named || named_further || shared || nearest.is_some_and(|t| t.lemma != "i" && t.lemma != "we")
}

/// Where the words of `skip` run back to from `at` (not past `start`):
/// the helping words between a verb and its subject.
fn back_over(tokens: &[Token], start: usize, at: usize, skip: &[&str]) -> usize {
    let mut j = at;
    while j > start && skip.contains(&tokens[j - 1].word.as_str()) {
        j -= 1;
    }
    j
}

/// "Ask Hamish to pass on that ...", "tell her to skip the small talk":
/// the verb is another's to do, asked of them, and not about the writer's
/// own application ("ask them to cancel my interview" is still the
/// writer's decision).
fn asked_of_another(tokens: &[Token], start: usize, end: usize, at: usize) -> bool {
    if at < start + 3 || tokens[at - 1].word != "to" {
        return false;
    }
    // "ask Hamish to", "tell the recruiter to", "get them to": the one
    // asked sits between the asking verb and "to"
    let asks = |k: usize| {
        matches!(
            tokens[k].lemma.as_str(),
            "ask" | "tell" | "get" | "remind" | "request" | "let"
        )
    };
    let who = &tokens[at - 2];
    let person = who.is_word() && !matches!(who.word.as_str(), "i" | "we" | "me" | "us" | "myself");
    let asks = person && (asks(at - 3) || at >= start + 4 && asks(at - 4));
    let mine = tokens[at + 1..(at + 5).min(end)]
        .iter()
        .any(|t| matches!(t.word.as_str(), "my" | "me" | "myself"));
    asks && !mine
}

/// A verb that sets the interview at a time, in a request: its object
/// is the interview (or a date, a time, a slot), and a time follows it
/// ("have the interview on 20 or 21 January", "offer me a date in the
/// week after", "move my panel interview from Friday to Tuesday"). Not
/// "send the details of the interview on Monday" (the verb does not set
/// the time) or "have the salary before the interview" (the interview is
/// not the object). Returns how many words the frame covers.
fn moves_to_a_time(tokens: &[Token], i: usize, end: usize) -> Option<usize> {
    let verb = tokens[i].lemma.as_str();
    // "the scheduled interview", "the date you offered": done, not asked
    if tokens[i].word.ends_with("ed") {
        return None;
    }
    if !matches!(
        verb,
        "have"
            | "hold"
            | "do"
            | "arrang"
            | "schedul"
            | "set"
            | "book"
            | "find"
            | "offer"
            | "give"
            | "propos"
            | "suggest"
            | "move"
            | "shift"
            | "switch"
            | "swap"
            | "chang"
            | "prepon"
    ) {
        return None;
    }
    let word = |k: usize| tokens.get(k).filter(|_| k < end).map(|t| t.word.as_str());
    // the object: the first slot noun before any preposition, within a
    // few words ("me a", "my panel")
    // "move it to next week", "could you shift it to Friday?": the
    // interview said as "it" right after a verb of moving
    let moving = matches!(verb, "move" | "shift" | "switch" | "chang" | "prepon");
    let it = (moving && word(i + 1) == Some("it")).then_some(i + 1);
    let object = it.or_else(|| {
        (i + 1..(i + 5).min(end))
            .take_while(|&k| {
                !matches!(
                    word(k),
                    Some(
                        "on" | "at"
                            | "for"
                            | "before"
                            | "after"
                            | "about"
                            | "of"
                            | "with"
                            | "to"
                            | "in"
                            | "by"
                            | "from"
                            | "and"
                            | "but"
                            | "so"
                    )
                )
            })
            .find(|&k| {
                matches!(
                    word(k),
                    Some(
                        "interview"
                            | "meeting"
                            | "appointment"
                            | "date"
                            | "time"
                            | "day"
                            | "slot"
                            | "session"
                            | "round"
                            | "call"
                    )
                ) || word(k).is_some_and(|w| {
                    // "moving Wednesday's 2pm" (a named day, not "that", "next")
                    let named = |d: &str| {
                        is_day(d)
                            && !matches!(
                                d,
                                "next"
                                    | "then"
                                    | "that"
                                    | "this"
                                    | "morning"
                                    | "afternoon"
                                    | "evening"
                            )
                    };
                    named(w) || w.strip_suffix("'s").is_some_and(named)
                })
            })
    })?;
    let when = |w: &str| {
        is_day(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || w == "#"
            || matches!(
                w,
                "week"
                    | "weekend"
                    | "later"
                    | "earlier"
                    | "instead"
                    | "another"
                    | "other"
                    | "different"
                    | "alternative"
                    | "new"
                    | "morning"
                    | "afternoon"
                    | "evening"
                    | "january"
                    | "february"
                    | "march"
                    | "april"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "jan"
                    | "feb"
                    | "mar"
                    | "apr"
                    | "jun"
                    | "jul"
                    | "aug"
                    | "sep"
                    | "sept"
                    | "oct"
                    | "nov"
                    | "dec"
            )
    };
    // "a different date", "another time" before the noun count too
    let time = (i + 1..end).any(|k| word(k).is_some_and(when));
    // "have the interview" alone restates the plan; a time must follow
    time.then_some(object + 1 - i)
}

/// The decision frames of a sentence's clauses.
pub fn frames(tokens: &[Token], clauses: &[Clause]) -> Vec<Frame> {
    let mut out = Vec::new();
    for (ci, c) in clauses.iter().enumerate() {
        let (start, end) = (c.tokens.start, c.tokens.end);
        let request = requested(tokens, start, end);
        let mut i = start;
        while i < end {
            if let Some(f) = frame_at(tokens, ci, start, end, i, request) {
                i = f.words.end.max(i + 1);
                out.push(f);
            } else {
                i += 1;
            }
        }
    }
    out
}

/// A request to be taken out: "remove me from", "take me off", "take my
/// name out of", "please close my application". Asking the reader to do it
/// is the writer's decision, so "would you remove me" counts.
fn removal(
    tokens: &[Token],
    ci: usize,
    start: usize,
    end: usize,
    i: usize,
    negated: bool,
) -> Option<Frame> {
    let l = tokens[i].lemma.as_str();
    let word = |k: usize| tokens.get(k).filter(|_| k < end).map(|t| t.word.as_str());
    if matches!(l, "remov" | "take" | "delet" | "strike" | "cross" | "close") && !negated {
        // "remove me from", "take me off", "take my name out of", "remove
        // my details", "withdraw my candidacy"
        let object =
            (i + 1..(i + 3).min(end)).find(|&k| matches!(word(k), Some("me" | "my" | "myself")));
        if let Some(k) = object {
            let taken = if word(k) == Some("my") {
                matches!(
                    word(k + 1),
                    Some(
                        "name"
                            | "application"
                            | "candidacy"
                            | "profile"
                            | "cv"
                            | "resume"
                            | "details"
                            | "data"
                            | "information"
                    )
                ) && (!matches!(l, "take" | "strike" | "cross")
                    || (k + 2..(k + 5).min(end))
                        .any(|j| matches!(word(j), Some("from" | "off" | "out"))))
            } else {
                matches!(word(k + 1), Some("from" | "off" | "out"))
            };
            if taken {
                return Some(Frame {
                    kind: FrameKind::Decline,
                    clause: ci,
                    at: i,
                    words: i..(k + 2).min(end),
                });
            }
        }
    }
    let _ = start;
    None
}

fn frame_at(
    tokens: &[Token],
    ci: usize,
    start: usize,
    end: usize,
    i: usize,
    request: bool,
) -> Option<Frame> {
    let t = &tokens[i];
    if !t.is_word() {
        return None;
    }
    let w = t.word.as_str();
    let l = t.lemma.as_str();
    let word = |k: usize| tokens.get(k).filter(|_| k < end).map(|t| t.word.as_str());
    let make = |kind, len: usize| {
        Some(Frame {
            kind,
            clause: ci,
            at: i,
            words: i..(i + len).min(end),
        })
    };
    // "I don't know whether I'm coming or going": an idiom of being
    // overwhelmed, not the interview
    let either = |k: usize| {
        word(k) == Some("or")
            && matches!(
                word(k + 1),
                Some("going" | "coming" | "staying" | "leaving")
            )
    };
    if either(i + 1) || l == "be" && either(i + 2) {
        return None;
    }
    let negated = negated_before(tokens, start, i);
    if let Some(f) = removal(tokens, ci, start, end, i, negated) {
        return Some(f);
    }
    // "could you offer me a date in the week after?", "would it be
    // possible to have the interview on the 20th?", "to move my panel
    // interview from Friday to Tuesday": whoever the subject is
    // ("to make the move", "a big shift": a noun, not a request to move
    // anything)
    let noun = i > start
        && matches!(
            tokens[i - 1].word.as_str(),
            "the" | "a" | "this" | "that" | "big"
        );
    if request && !negated && !noun {
        if let Some(len) = moves_to_a_time(tokens, i, end) {
            return make(FrameKind::Reschedule, len);
        }
    }
    // reschedule: "reschedule", "postpone", "push it back", "move the
    // interview", "another time", "a different day"; asked of whoever
    // does it ("request you to kindly reschedule the interview")
    if matches!(l, "reschedul" | "rearrang" | "postpon" | "rejig" | "prepon") && request {
        return make(FrameKind::Reschedule, 1);
    }
    // "I shall have to ask you to move the meeting": the reader asked to
    // move it is a request to move it
    let asked = asked_of_another(tokens, start, end, i);
    let asked_of_you = asked && tokens[i - 2].word == "you";
    if asked_of_you
        && matches!(l, "move" | "shift" | "push" | "chang")
        && (i + 1..(i + 4).min(end)).any(|k| {
            matches!(
                word(k),
                Some("interview" | "meeting" | "call" | "appointment" | "date" | "slot")
            )
        })
    {
        return make(FrameKind::Reschedule, 2);
    }
    if other_subject(tokens, start, i) || asked {
        return None;
    }
    // "I am not a candidate", "I'm no longer a candidate": out of it
    if w == "candidate"
        && i >= start + 3
        && matches!(tokens[i - 1].word.as_str(), "a")
        && matches!(tokens[i - 2].word.as_str(), "not" | "longer")
        && tokens[start..i - 2]
            .iter()
            .rev()
            .take(3)
            .any(|t| t.word == "am")
    {
        return make(FrameKind::Decline, 1);
    }
    // what is moved comes first: "move the interview", "push it back";
    // not "bump the salary"
    let moved = (i + 1..(i + 4).min(end))
        .find(|&k| !matches!(word(k), Some("the" | "my" | "our" | "this" | "that" | "a")))
        .and_then(word)
        .is_some_and(|w| {
            matches!(
                w,
                "interview"
                    | "meeting"
                    | "call"
                    | "appointment"
                    | "it"
                    | "time"
                    | "date"
                    | "slot"
                    | "back"
                    | "to"
                    | "session"
                    | "round"
                    | "chat"
                    | "things"
            )
        });
    if matches!(l, "move" | "push" | "shift" | "chang" | "bump")
        && moved
        && !noun
        && (i + 1..(i + 4).min(end)).any(|k| {
            matches!(
                word(k),
                Some(
                    "interview"
                        | "meeting"
                        | "call"
                        | "appointment"
                        | "time"
                        | "date"
                        | "slot"
                        | "back"
                        | "it"
                        | "to"
                )
            )
        })
        && !matches!(word(i + 1), Some("forward" | "ahead" | "on"))
        // "any chance we could shift it?": the question is the request
        && (matches!(word(i + 1), Some("it"))
            && (tokens[..end].last().is_some_and(|t| t.word == "?")
                // "I need to ask if we can move it.": the question asked
                // in other words
                || (i.saturating_sub(8)..i).any(|k| {
                    matches!(
                        tokens[k].word.as_str(),
                        "ask" | "asking" | "wondering" | "wonder" | "see" | "check"
                    ) && matches!(
                        tokens.get(k + 1).map(|t| t.word.as_str()),
                        Some("if" | "whether")
                    )
                }))
            || (i + 1..end).any(|k| {
            matches!(
                word(k),
                Some(
                    "interview"
                        | "meeting"
                        | "call"
                        | "appointment"
                        | "time"
                        | "date"
                        | "slot"
                        | "day"
                        | "week"
                        | "later"
                        | "back"
                        | "tomorrow"
                        | "afternoon"
                        | "morning"
                )
            ) || word(k).is_some_and(is_day_name)
        }))
        && request
    {
        return make(FrameKind::Reschedule, 2);
    }
    // ("some other day")
    let other = w == "other" && i > start && matches!(word(i - 1), Some("some" | "any"));
    // ("another 30 minutes this week", "another call"): a new slot
    let minutes = w == "another"
        && (matches!(word(i + 1), Some("call" | "chat"))
            || tokens
                .get(i + 1)
                .is_some_and(|t| t.kind == crate::reading::tokens::Kind::Number)
                && matches!(
                    word(i + 2),
                    Some("minutes" | "mins" | "min" | "hour" | "hours")
                ));
    if (other || matches!(w, "another" | "different" | "alternative" | "later" | "new"))
        && (matches!(word(i + 1), Some("time" | "date" | "day" | "slot" | "week")) || minutes)
        && !negated
        && request
    {
        return make(FrameKind::Reschedule, 2);
    }
    // verbs of leaving
    if LEAVE.contains(&l) && !negated {
        // "the cancelled interview", "my withdrawal": a noun or an adjective
        let before = |k: usize| {
            i.checked_sub(k)
                .filter(|&j| j >= start)
                .map(|j| tokens[j].word.as_str())
        };
        let determiner = matches!(
            before(1),
            Some(
                "the"
                    | "a"
                    | "an"
                    | "your"
                    | "this"
                    | "that"
                    | "their"
                    | "his"
                    | "her"
                    | "late"
                    | "last-minute"
            )
        );
        // "the interview was cancelled": something else was
        let passive = matches!(
            before(1),
            Some("was" | "were" | "been" | "being" | "is" | "got" | "get" | "are")
        ) || matches!(before(2), Some("was" | "were" | "been"))
            && matches!(before(1), Some("then" | "just" | "also"));
        // "my withdrawal", "please accept my cancellation": the noun
        // counts only as the writer's own
        let noun = w.ends_with("al")
            || w.ends_with("als")
            || w.ends_with("ation")
            || w.ends_with("ations");
        let own = (1..=3).any(|k| before(k) == Some("my"));
        if !passive && (noun && own || !noun && !determiner) {
            return make(FrameKind::Decline, 1);
        }
    }
    if l == "pass"
        && !negated
        && (matches!(word(i + 1), Some("on") | None)
            || matches!(
                word(i + 1),
                Some(
                    "this"
                        | "for"
                        | "though"
                        | "thanks"
                        | "thank"
                        | "but"
                        | "and"
                        | ","
                        | "."
                        | "!"
                        | "at"
                        | "unfortunately"
                        | "sadly"
                        | "too"
                )
            ))
    {
        return make(FrameKind::Decline, 1);
    }
    // "so I'll leave it", "I'll leave it there": letting the chance go
    // (not "I'll leave it to you", "leave it with me")
    if l == "leav"
        && word(i + 1) == Some("it")
        && (tokens
            .get(i + 2)
            .is_none_or(|n| !n.is_word() || i + 2 >= end)
            || matches!(word(i + 2), Some("there" | "then" | "thanks" | "though"))
            // "maybe I'll just leave it for now": a decision said to be
            // provisional (the hedges read "for now")
            || word(i + 2) == Some("for") && word(i + 3) == Some("now"))
        && !negated
    {
        let span = if word(i + 2) == Some("there") { 3 } else { 2 };
        return make(FrameKind::Decline, span);
    }
    // "I'm going to leave the interview", "I'll leave the application
    // there": letting it go, said of the future (not "I left the
    // interview early")
    if l == "leav"
        && !negated
        && matches!(word(i + 1), Some("the" | "this" | "my"))
        && matches!(
            word(i + 2),
            Some("interview" | "application" | "role" | "job" | "position" | "process")
        )
        && !matches!(word(i + 3), Some("early" | "room" | "building" | "office"))
        && tokens[start..i]
            .iter()
            .any(|t| matches!(t.word.as_str(), "going" | "will" | "decided" | "shall"))
    {
        return make(FrameKind::Decline, 3);
    }
    for (verb, particles) in LEAVE_PARTICLE {
        if l == *verb {
            // "step back from", "bow out", "sit this one out"
            // the particle next to the verb, or after an object for "sit
            // this one out", "turn it down"
            let reach = if matches!(*verb, "sit" | "turn") {
                3
            } else {
                1
            };
            for k in 1..=reach {
                if let Some(p) = word(i + k) {
                    if particles.contains(&p) && !negated {
                        return make(FrameKind::Decline, k + 1);
                    }
                }
            }
        }
    }
    // "I'll give the interview a miss", "give it a pass": letting it go
    if l == "give" && !negated {
        if let Some(k) = (i + 2..(i + 6).min(end)).find(|&k| {
            word(k - 1) == Some("a") && matches!(word(k), Some("miss" | "pass" | "skip"))
        }) {
            return make(FrameKind::Decline, k + 1 - i);
        }
    }
    // "I'm gonna knock it back", "knocking the interview back": turning
    // it down
    if matches!(w, "knock" | "knocking" | "knocked")
        && !negated
        && (i + 2..(i + 5).min(end)).any(|k| word(k) == Some("back"))
    {
        return make(FrameKind::Decline, 3);
    }
    // "I decided to retire my candidature" (said as "retirar" is)
    if matches!(w, "retire" | "retiring")
        && !negated
        && word(i + 1) == Some("my")
        && matches!(
            word(i + 2),
            Some("candidature" | "candidacy" | "application" | "name")
        )
    {
        return make(FrameKind::Decline, 3);
    }
    // "have decided not to explore a move", "not to pursue it"
    if matches!(w, "explore" | "pursue" | "entertain")
        && negated
        && matches!(
            word(i + 1),
            Some("a" | "it" | "this" | "the" | "that" | "any" | "further" | "things")
        )
    {
        return make(FrameKind::Decline, 2);
    }
    // "I just signed somewhere else", "signed with another company"
    if matches!(w, "signed" | "sign")
        && !negated
        && (i + 1..(i + 4).min(end)).any(|k| {
            matches!(
                word(k),
                Some("elsewhere" | "else" | "another" | "other" | "different")
            )
        })
        && matches!(word(i + 1), Some("somewhere" | "elsewhere" | "with" | "on"))
    {
        return make(FrameKind::Elsewhere, 2);
    }
    // "give my spot to someone else", "give it to somebody else"
    if l == "give"
        && !negated
        && (i + 2..(i + 6).min(end)).any(|k| {
            matches!(word(k), Some("someone" | "somebody" | "another"))
                && matches!(word(k + 1), Some("else" | "candidate" | "person"))
                // (not "give it to someone else to check")
                && word(k + 2) != Some("to")
                && matches!(
                    word(i + 1),
                    Some("it" | "my" | "the" | "that" | "this")
                )
                && !matches!(
                    word(i + 2),
                    Some("regards" | "thanks" | "best" | "love" | "apologies")
                )
        })
    {
        return make(FrameKind::Decline, 1);
    }
    // "not bothered about the interview": not wanting it
    if w == "bothered"
        && negated
        && (i + 1..(i + 5).min(end)).any(|k| {
            matches!(
                word(k),
                Some("interview" | "job" | "role" | "position" | "it")
            )
        })
    {
        return make(FrameKind::Decline, 1);
    }
    // "I won't go for it", "not going to go for the job": not taking the
    // chance up
    if matches!(w, "go" | "going") && word(i + 1) == Some("for") && negated {
        let object = match word(i + 2) {
            Some("it") => Some(3),
            Some("the" | "this" | "that") => matches!(
                word(i + 3),
                Some("job" | "role" | "position" | "post" | "interview" | "one" | "opportunity")
            )
            .then_some(4),
            _ => None,
        };
        if let Some(span) = object {
            return make(FrameKind::Decline, span);
        }
    }
    // "remove me", "take my name out of", "withdraw my candidacy"
    // "say no", "have to say no to the interview"
    if l == "say" && word(i + 1) == Some("no") && !negated {
        return make(FrameKind::Decline, 2);
    }
    // "out of the process / the running"
    if w == "out"
        && word(i + 1) == Some("of")
        && (i + 2..(i + 4).min(end)).any(|k| {
            matches!(
                word(k),
                Some("process" | "running" | "consideration" | "race")
            )
        })
        && !negated
    {
        return make(FrameKind::Decline, 3);
    }
    // "no can do"
    if w == "no" && word(i + 1) == Some("can") && word(i + 2) == Some("do") {
        return make(FrameKind::Decline, 3);
    }
    // "I'm out", "count me out"
    if w == "out" && i > start && (matches!(word(i - 1), Some("am" | "me")) && i + 1 >= end) {
        return make(FrameKind::Decline, 1);
    }
    // "not interested", "no longer interested / looking / available"
    if matches!(
        w,
        "interested" | "looking" | "available" | "keen" | "seeking" | "searching"
    ) && negated
        && !matches!(word(i + 1), Some("forward"))
        && !(i + 1..(i + 4).min(end)).any(|k| matches!(word(k), Some("again" | "until")))
        && !tokens[i.saturating_sub(3).max(start)..i]
            .iter()
            .any(|t| t.word == "what")
    {
        return make(FrameKind::Decline, 1);
    }
    // another offer taken, or staying put
    if matches!(l, "accept" | "take" | "sign" | "join" | "choos" | "go")
        && !negated
        && (i + 1..(i + 6).min(end)).any(|k| {
            matches!(
                word(k),
                Some("another" | "other" | "different" | "elsewhere")
                    | Some("counteroffer" | "counter")
            )
        })
        && (i + 1..end).any(|k| {
            matches!(
                word(k),
                Some(
                    "offer"
                        | "position"
                        | "role"
                        | "job"
                        | "post"
                        | "opportunity"
                        | "company"
                        | "firm"
                        | "elsewhere"
                        | "counteroffer"
                        | "one"
                        | "contract"
                        | "club"
                        | "team"
                )
            )
        })
    {
        return make(FrameKind::Elsewhere, 2);
    }
    // "I've been offered a position at another hospital and I think I'm
    // going to take it": the offer named earlier in the sentence
    if matches!(l, "accept" | "take")
        && !negated
        && word(i + 1) == Some("it")
        && tokens[..i]
            .iter()
            .any(|t| matches!(t.word.as_str(), "offer" | "offered"))
        && tokens[..i].iter().any(|t| {
            matches!(
                t.word.as_str(),
                "another" | "other" | "different" | "elsewhere"
            )
        })
    {
        return make(FrameKind::Elsewhere, 2);
    }
    if matches!(l, "accept" | "sign")
        && !negated
        && i > start
        && tokens[start..i]
            .iter()
            .any(|t| matches!(t.word.as_str(), "have" | "just" | "already" | "recently"))
        && (i + 1..(i + 5).min(end)).any(|k| {
            matches!(
                word(k),
                Some("offer" | "position" | "role" | "job" | "post" | "contract")
            )
        })
    {
        return make(FrameKind::Elsewhere, 2);
    }
    if matches!(l, "stay" | "remain")
        && !negated
        && (matches!(word(i + 1), Some("put" | "where"))
            // "So I think I will stay here, at least until ...": said of
            // where the writer is, nothing after it but a pause
            || word(i + 1) == Some("here")
                && tokens
                    .get(i + 2)
                    .is_none_or(|t| matches!(t.word.as_str(), "," | "." | "!" | "at" | "with"))
                && (i.saturating_sub(3).max(start)..i).any(|k| {
                    matches!(word(k), Some("will" | "going" | "decided" | "to"))
                })
            // "I'm going to stay on at the creche"
            || word(i + 1) == Some("on") && matches!(word(i + 2), Some("at" | "with" | "in" | "where"))
            || matches!(word(i + 1), Some("in" | "with" | "at" | "on"))
                && (i + 2..(i + 5).min(end)).any(|k| {
                    matches!(
                        word(k),
                        Some("my" | "current" | "present" | "same" | "existing")
                    )
                })
                && !(i + 1..end).any(|k| {
                    matches!(
                        word(k),
                        Some(
                            "touch"
                                | "contact"
                                | "connected"
                                | "process"
                                | "running"
                                | "consideration"
                                | "loop"
                        )
                    )
                }))
    {
        return make(FrameKind::Elsewhere, 2);
    }
    // "I'm leaning toward staying at Guardian", "I've decided to remain
    // with Northwind": an employer named by its capital; not a person's
    // home ("staying with Mum's family", "at Dad's")
    if matches!(l, "stay" | "remain")
        && !negated
        && matches!(word(i + 1), Some("at" | "with"))
        && tokens.get(i + 2).is_some_and(|t| t.capital && i + 2 < end)
        && !matches!(word(i + 3), Some("'s" | "s"))
        && !tokens.get(i + 2).is_some_and(|t| {
            matches!(
                t.word.as_str(),
                "mum" | "mom" | "dad" | "mam" | "nan" | "gran"
            )
        })
    {
        return make(FrameKind::Elsewhere, 3);
    }
    // "I will refrain from the interview", "refrain from attending"; not
    // "I'll refrain from commenting"
    if l == "refrain"
        && !negated
        && word(i + 1) == Some("from")
        && (i + 2..(i + 5).min(end)).any(|k| {
            matches!(
                tokens[k].lemma.as_str(),
                "interview" | "attend" | "continu" | "proceed" | "particip" | "process" | "applic"
            )
        })
    {
        return make(FrameKind::Decline, 2);
    }
    // a verdict on fit: "not the right fit for me", "not for me"
    let doubted = doubted(tokens, start, i);
    if matches!(
        w,
        "fit" | "match" | "move" | "step" | "time" | "choice" | "direction" | "right"
    ) && (negated || doubted)
        && (i + 1..(i + 3).min(end)).any(|k| matches!(word(k), Some("for")))
    {
        if let Some(me) = (i + 1..(i + 4).min(end)).find(|&k| matches!(word(k), Some("me" | "us")))
        {
            return make(FrameKind::Fit, me + 1 - i);
        }
    }
    // "not for me", "just not for me", "not really for me"
    if w == "for"
        && matches!(word(i + 1), Some("me"))
        && i > start
        && (tokens[i - 1].word == "not"
            || i >= start + 2
                && tokens[i - 2].word == "not"
                && matches!(tokens[i - 1].word.as_str(), "really" | "quite" | "just" | "exactly")
            // "I don't think it's really for me"
            || matches!(tokens[i - 1].word.as_str(), "really" | "quite" | "exactly")
                && tokens[i.saturating_sub(6).max(start)..i].iter().any(|t| t.word == "not"))
    {
        return make(FrameKind::Fit, 2);
    }
    // "my answer is no", "it's a no from me", "a final no"
    if w == "no"
        && i > start
        && matches!(
            tokens[i - 1].word.as_str(),
            "be" | "is" | "a" | "final" | "firm" | "polite"
        )
        && !matches!(
            word(i + 1),
            Some("longer" | "problem" | "worries" | "need" | "one" | "doubt")
        )
    {
        return make(FrameKind::Decline, 1);
    }
    // "let this opportunity go"
    if l == "let"
        && (i + 1..(i + 4).min(end)).any(|k| {
            matches!(
                word(k),
                Some("opportunity" | "role" | "one" | "chance" | "position")
            )
        })
        && (i + 2..(i + 5).min(end)).any(|k| matches!(word(k), Some("go" | "pass")))
    {
        return make(FrameKind::Decline, 1);
    }
    // "can we do the interview at 4 instead of 2?"
    if w == "instead"
        && request
        && tokens[start..i]
            .iter()
            .any(|t| is_process_noun(&t.word) || is_day(&t.word))
    {
        return make(FrameKind::Reschedule, 1);
    }
    // "If possible I prefer to wait until after Tet", "I'd rather wait till
    // the 20th": the interview asked to wait for a time, moved (not "wait
    // until I have the contract", the decision put off)
    if w == "wait"
        && (start..i).any(|k| {
            matches!(
                word(k),
                Some("prefer" | "rather" | "possible" | "could" | "can")
            )
        })
        // (the time may open a clause of its own: read on past the end)
        && tokens
            .get(i + 1)
            .is_some_and(|t| matches!(t.word.as_str(), "until" | "till" | "after"))
        && (i + 2..(i + 5).min(tokens.len())).any(|k| {
            let t = &tokens[k];
            is_day(&t.word)
                || t.kind == crate::reading::tokens::Kind::Number
                || t.capital
                || matches!(t.word.as_str(), "week" | "month" | "holiday" | "holidays")
        })
    {
        return make(FrameKind::Reschedule, 1);
    }
    // a day offered instead: "can we do thu?", "would Thursday work instead?"
    if is_day(w)
        && !matches!(
            w,
            "next" | "then" | "that" | "morning" | "afternoon" | "evening"
        )
        && (i + 1..(i + 4).min(end)).any(|k| {
            matches!(
                word(k),
                Some("instead" | "work" | "suit" | "possible" | "ok" | "okay" | "better")
            )
        })
    {
        return make(FrameKind::Reschedule, 1);
    }
    // verbs of going on, negated or made impossible, or doubted ("I'm
    // unsure whether I'll continue": a decision the writer hedges)
    if GO_ON.contains(&l) && (negated || doubted && l != "be") && goes_on(tokens, i, end) {
        // "I can't thank you enough" and the like are not about the process
        return make(FrameKind::Decline, 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::{clauses::clauses, tokens::tokenize};
    use super::*;

    fn kinds(text: &str) -> Vec<FrameKind> {
        let t = tokenize(text);
        let c = clauses(&t);
        frames(&t, &c).into_iter().map(|f| f.kind).collect()
    }

    #[test]
    fn decisions_by_lemma_not_by_listed_phrase() {
        for s in [
            "I must decline the interview.",
            "I'm declining your kind invitation.",
            "I have withdrawn my application.",
            "i wont be able to make it tmrw",
            "I won't be attending on Friday.",
            "I am unable to continue with the process.",
            "Please take my name out of consideration.",
            "Please remove me from the process.",
            "I'll have to pass on this one.",
            "I've decided to bow out.",
            "I am no longer interested in the role.",
            "I will not be moving forward with my application.",
            "I've decided not to proceed.",
            "gonna pass thanks",
            "the pay is under what I earn so I'll leave it.",
            "Not going to bother with thurs then.",
            "so won't go for this one.",
            "maybe i'll just leave it for now and see.",
            "I don't think it makes sense for me to come in on Tuesday.",
            "im not gonna be at the interview monday",
            "I will not be able to present to the interview on the 4th.",
            "I am not a candidate for this post.",
            "Actually no I'm going to leave the interview, sorry.",
        ] {
            assert!(
                kinds(s).contains(&FrameKind::Decline),
                "no decision read in {s:?}"
            );
        }
    }

    #[test]
    fn elsewhere_reschedule_and_fit() {
        assert_eq!(
            kinds("I have accepted another offer."),
            [FrameKind::Elsewhere]
        );
        assert_eq!(
            kinds("I've decided to stay in my current role."),
            [FrameKind::Elsewhere]
        );
        assert_eq!(
            kinds("I'm leaning toward staying at Guardian."),
            [FrameKind::Elsewhere]
        );
        assert!(kinds("I'm staying with Mum's family in Leeds.").is_empty());
        assert_eq!(
            kinds("I think I will refrain from the interview."),
            [FrameKind::Decline]
        );
        assert!(kinds("I'll refrain from commenting on the process.").is_empty());
        assert!(
            kinds("I've been offered a post at another hospital and I'm going to take it.")
                .contains(&FrameKind::Elsewhere)
        );

        assert_eq!(
            kinds("I'm sorry, but I need to ask if we can move it."),
            [FrameKind::Reschedule]
        );
        assert_eq!(
            kinds("Could we move the interview to Thursday?"),
            [FrameKind::Reschedule]
        );
        assert_eq!(
            kinds("Would it be possible to find another time?"),
            [FrameKind::Reschedule]
        );
        assert_eq!(
            kinds("any way we can bump the interview to tmrw??"),
            [FrameKind::Reschedule]
        );
        assert_eq!(
            kinds("if u could move it to next week that would be amazing"),
            [FrameKind::Reschedule]
        );
        assert_eq!(
            kinds("I must ask you to move the meeting to the following week."),
            [FrameKind::Reschedule]
        );
        assert_eq!(
            kinds("If possible I prefer to wait until after Tet."),
            [FrameKind::Reschedule]
        );
        assert!(kinds("I prefer to wait until I have the contract in writing.").is_empty());
        assert_eq!(
            kinds("I will not present myself to the interview of Thursday."),
            [FrameKind::Decline]
        );
        assert_eq!(
            kinds("I'm leaning towards not sitting the interview this time."),
            [FrameKind::Decline]
        );
        assert_eq!(
            kinds("So I think I will stay here, at least until my next appraisal."),
            [FrameKind::Elsewhere]
        );
        assert!(kinds("I will stay here for the weekend.").is_empty());
        assert!(kinds("Please have a seat and sit for a minute.").is_empty());
        assert!(kinds("I had to move it to Friday because of work.").is_empty());
        assert!(kinds("I was not a candidate for the earlier post.").is_empty());
        assert!(kinds("I will present my portfolio at the interview.").is_empty());
        assert!(kinds("Will you be at the interview?").is_empty());
        assert!(kinds("I will leave the interview early if I have to.").is_empty());
        assert!(kinds("I left the interview feeling good.").is_empty());
        assert!(kinds("If you could bump the salary, I'd be back.").is_empty());
        assert!(kinds("or bump the salary to make the commute worthwhile, I'd be back").is_empty());
        assert_eq!(kinds("It is not the right fit for me."), [FrameKind::Fit]);
    }

    #[test]
    fn the_job_said_with_a_pronoun() {
        for s in [
            "So I think maybe I cannot take it, I will see.",
            "I won't take this one.",
        ] {
            assert!(kinds(s).contains(&FrameKind::Decline), "{s}");
        }
        for s in [
            "I can't take it anymore.",
            "Please don't take it badly.",
            "nobody sensible would take it.",
            "I will take it.",
        ] {
            assert!(!kinds(s).contains(&FrameKind::Decline), "{s}");
        }
    }

    #[test]
    fn giving_it_a_miss_declines() {
        for s in [
            "ill give the interview a miss, thanks tho",
            "Going to give the Leeds one a miss after all.",
            "I'll give it a pass this time.",
        ] {
            assert_eq!(kinds(s), [FrameKind::Decline], "{s}");
        }
        for s in [
            "I won't give it a miss.",
            "Please give my regards to the team.",
        ] {
            assert!(kinds(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn idioms_of_turning_it_down_decline() {
        for s in [
            "I'm gonna knock it back, the rate's not there.",
            "I decided to retire my candidature.",
            "I have decided not to explore a move.",
            "not bothered about the interview tomoz",
            "give it to someone else.",
        ] {
            assert_eq!(kinds(s), [FrameKind::Decline], "{s}");
        }
        assert_eq!(
            kinds("I just signed somewhere else."),
            [FrameKind::Elsewhere]
        );
        for s in [
            "I knocked on the door and came back.",
            "I will give it to someone else to check.",
            "Please give my regards to someone else.",
            "I am excited to explore this role.",
        ] {
            assert!(kinds(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn some_other_day_asks_to_move() {
        assert_eq!(
            kinds("maybe the interview could be on some other day"),
            [FrameKind::Reschedule]
        );
        assert!(kinds("I have some other plans that day.").is_empty());
    }

    #[test]
    fn not_going_for_it_declines() {
        for s in [
            "so I probably won't go for it now",
            "I'm not going to go for the job.",
            "I don't think I'll go for this one.",
        ] {
            assert_eq!(kinds(s), [FrameKind::Decline], "{s}");
        }
        for s in ["I will go for it.", "I won't go for the cheapest option."] {
            assert!(kinds(s).is_empty(), "{s}");
        }
    }

    #[test]
    fn someone_else_pulling_out_is_no_decision() {
        for s in [
            "our buyer pulled out last week",
            "my landlord backed out of the deal",
        ] {
            assert!(kinds(s).is_empty(), "{s}");
        }
        assert_eq!(kinds("I have to pull out."), [FrameKind::Decline]);
        assert!(kinds("and the firm has declined to shorten it").is_empty());
        // an auxiliary and a negation between them and the verb
        assert!(kinds("and the carers don't come till eight in the morning").is_empty());
        assert!(kinds("my manager cannot attend on Friday").is_empty());
        assert_eq!(
            kinds("The interview I will not attend."),
            [FrameKind::Decline]
        );
        assert_eq!(
            kinds("so the decision has been hard, and I have declined the offer"),
            [FrameKind::Decline]
        );
    }

    #[test]
    fn not_decisions() {
        for s in [
            "I would be glad to stay in touch.",
            "I passed the first round last week.",
            "They declined to comment.",
            "I look forward to hearing from you.",
            "Thank you for the invitation.",
            "I am very interested in the role.",
            "I will attend on Friday.",
            "I'll leave it to you to pick a time.",
            "Please don't bother calling me back.",
            "I'm going for a walk before the interview.",
            "I will move to the new office in May.",
            // a reason, which the decision beside it rests on
            "I don't think I can move down to Cape Town.",
            "I took it as a compliment that you called.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?} read as {:?}", kinds(s));
        }
    }
}
