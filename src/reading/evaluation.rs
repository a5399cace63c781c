//! Evaluations: what a sentence says of the employer, its people, its
//! process and its offer, or of the writer themself, and with what
//! polarity. Criticism is found as a negative evaluation of a target, not
//! by the critic's exact words; implied criticism by its shape: advice to
//! the employer ("you should ..."), a rhetorical contrast ("if this is how
//! you treat candidates ..."), sarcasm (thanks for something bad, scare
//! quotes); and resentment or self-pity as a negative evaluation of the
//! writer ("people like me never ...").

use std::ops::Range;

mod digs;
mod irony;
mod kinds;
mod lexicon;

pub use kinds::{EvalKind, Evaluation};
use kinds::{untargeted, word_in};
use lexicon::valence;

use super::clauses::Clause;
use super::tokens::{Kind, Token};

/// A step of their process, or anything of theirs ("yet another round").
fn is_employer_target_or_step(w: &str) -> bool {
    is_employer_target(w)
        || matches!(
            w,
            "round" | "stage" | "reschedule" | "change" | "form" | "call" | "email" | "delay"
        )
}

/// Who or what, on the employer's side, a word names.
fn is_employer_target(w: &str) -> bool {
    matches!(
        w,
        "you"
            | "your"
            | "yours"
            | "company"
            | "firm"
            | "organisation"
            | "organization"
            | "business"
            | "team"
            | "office"
            | "offices"
            | "management"
            | "manager"
            | "managers"
            | "leadership"
            | "boss"
            | "interviewer"
            | "interviewers"
            | "panel"
            | "recruiter"
            | "recruiters"
            | "hr"
            | "hiring"
            | "process"
            | "interview"
            | "interviews"
            | "offer"
            | "salary"
            | "pay"
            | "package"
            | "compensation"
            | "role"
            | "position"
            | "job"
            | "culture"
            | "environment"
            | "workplace"
            | "place"
            | "people"
            | "staff"
            | "employees"
            | "department"
            | "communication"
            | "feedback"
            | "assessment"
            | "task"
            | "test"
            | "questions"
            | "ceo"
            | "founder"
            | "owner"
            | "director"
            | "director's"
            | "recruitment"
            | "treatment"
            | "approach"
            | "attitude"
            | "behaviour"
            | "behavior"
            | "organisers"
            | "setup"
            | "system"
            | "website"
            | "portal"
            | "rate"
            | "budget"
            | "benefits"
            | "hours"
            | "conditions"
            | "reviews"
            | "reputation"
            | "glassdoor"
            | "they"
            | "them"
            | "their"
            | "whoever"
            | "agency"
            | "client"
            | "canteen"
            | "building"
            | "facilities"
            | "wait"
            | "waiting"
            | "delay"
            | "delays"
    )
}

/// Words the lexicon scores as negative that are ordinary in a decline, or
/// that describe the writer's own circumstances rather than judge anyone.
fn conventional(w: &str) -> bool {
    matches!(
        w,
        "decline"
            | "declining"
            | "declined"
            | "withdraw"
            | "withdrawing"
            | "pass"
            | "unfortunately"
            | "regret"
            | "regretfully"
            | "sorry"
            | "apologies"
            | "apologise"
            | "apologize"
            | "unable"
            | "difficult"
            | "hard"
            | "tough"
            | "miss"
            | "missed"
            | "missing"
            | "no"
            | "not"
            | "lose"
            | "leave"
            | "leaving"
            | "reject"
            | "rejected"
            | "cancel"
            | "busy"
            | "below"
            | "low"
            | "lower"
            | "limited"
            | "problem"
            | "inconvenience"
            | "trouble"
            | "stress"
            | "pressure"
            | "sadly"
            | "sad"
            | "afraid"
            | "worry"
            | "worried"
            | "doubt"
            | "exam"
            | "deadline"
            | "conflict"
            | "clash"
            | "emergency"
            | "ill"
            | "sick"
            | "illness"
            | "loss"
            | "pain"
            | "cut"
            | "cuts"
            | "crisis"
            | "challenge"
            | "challenging"
            | "demanding"
            | "risk"
            | "avoid"
            | "stop"
            | "stopped"
            | "drop"
            | "down"
            | "disappointed"
            | "disappointing"
            | "hesitate"
            | "hesitant"
            | "uncertain"
            | "uncertainty"
            | "reluctantly"
            | "reluctant"
            | "heavy"
            | "unfortunate"
            | "shame"
            | "pity"
            | "lack"
            | "long"
            | "far"
            | "commute"
            | "expensive"
            | "tired"
            | "hate"
            | "bad"
            | "terrible"
            | "awful"
            | "guilty"
            | "embarrassed"
            | "mortified"
            | "fault"
            | "mistake"
            | "bother"
            | "hassle"
            | "burden"
            | "urgent"
            | "struggle"
            | "struggling"
            | "worse"
            | "harder"
            | "rather"
            | "complicated"
            | "serious"
            | "kill"
            | "killing"
            | "war"
            | "fear"
            | "scared"
            | "nervous"
            | "anxious"
            | "overwhelmed"
            | "frustrated"
            | "frustrating"
            | "unwell"
    )
}

fn is_negator(w: &str) -> bool {
    matches!(
        w,
        "not" | "never" | "no" | "nothing" | "hardly" | "barely" | "nor" | "without"
    )
}

/// The evaluations of a sentence.
pub fn evaluations(tokens: &[Token], clauses: &[Clause]) -> Vec<Evaluation> {
    let mut out = Vec::new();
    for (ci, c) in clauses.iter().enumerate() {
        let r = c.tokens.clone();
        if let Some(e) = criticism(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = advice(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = rhetoric(tokens, ci, c) {
            out.push(e);
        }
        if let Some(e) = hindsight(tokens, clauses, ci) {
            out.push(e);
        }
        if let Some(e) = sarcasm(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = implied(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = self_pity(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = discourtesy(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = letdown(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = reproach(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = better_if_you(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = digs::digs(tokens, ci, r.clone()) {
            out.push(e);
        }
        if let Some(e) = irony::irony(tokens, ci, r.clone()) {
            out.push(e);
        }
    }
    out
}

/// A better outcome promised them on a condition they should meet: "you'd
/// get way better applicants if you paid people for trials", "you would
/// keep more staff if you listened to them". Advice with its payoff, put
/// the other way round.
fn better_if_you(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let any = |j: usize| tokens.get(j).map_or("", |t| t.word.as_str());
    for k in r.clone() {
        if any(k) != "you" || !matches!(any(k + 1), "would" | "will" | "might" | "could") {
            continue;
        }
        let Some(cond) =
            (k + 2..(k + 12).min(tokens.len())).find(|&j| any(j) == "if" && any(j + 1) == "you")
        else {
            continue;
        };
        // more or better people for them: applicants, staff, hires
        let better = (k + 2..cond).any(|j| {
            matches!(any(j), "better" | "more" | "fewer" | "stronger" | "happier")
                && (j + 1..(j + 3).min(cond)).any(|n| {
                    matches!(
                        any(n),
                        "applicants"
                            | "candidates"
                            | "staff"
                            | "people"
                            | "workers"
                            | "hires"
                            | "employees"
                            | "talent"
                            | "applications"
                            | "responses"
                    )
                })
        });
        // the remedy, said as they would have to do it: "if you paid
        // people", "if you treated staff better" ("if you look at my
        // portfolio" is the writer's offer)
        let remedy = tokens.get(cond + 2).is_some_and(|t| {
            t.kind == Kind::Word
                && !courtesy_word(&t.word)
                && (t.word.ends_with("ed")
                    || matches!(
                        t.word.as_str(),
                        "paid" | "gave" | "made" | "kept" | "let" | "put"
                    ))
                && !matches!(t.word.as_str(), "need" | "needed" | "wanted" | "liked")
        });
        if better && remedy {
            return Some(untargeted(EvalKind::Advice, ci, k..(k + 3).min(r.end)));
        }
    }
    None
}

/// The writer reminding them they were told, and how often: "I've been
/// clear from the start that I'm based in Dublin", "I told you 3 TIMES",
/// "as I have said repeatedly". Saying it once ("as I mentioned on the
/// call") is a reminder; the count or "from the start" is the reproach.
fn reproach(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, &r, k);
    let told = |k: usize| {
        matches!(
            w(k),
            Some(
                "told"
                    | "said"
                    | "mentioned"
                    | "explained"
                    | "stated"
                    | "clear"
                    | "asked"
                    | "informed"
                    | "repeated"
                    | "emphasised"
                    | "emphasized"
                    | "stressed"
            )
        )
    };
    let count = |k: usize| {
        matches!(w(k), Some("repeatedly" | "numerous"))
            || w(k) == Some("from")
                && (w(k + 1) == Some("day") && w(k + 2) == Some("one")
                    || w(k + 1) == Some("the")
                        && (k + 2..k + 4).any(|j| {
                            matches!(w(j), Some("start" | "beginning" | "outset" | "get-go"))
                        }))
            || w(k) == Some("times")
                && k > r.start
                && (tokens[k - 1].kind == Kind::Number
                    || matches!(
                        w(k - 1),
                        Some("two" | "three" | "four" | "several" | "multiple" | "many" | "few")
                    ))
            || w(k) == Some("more") && w(k + 1) == Some("than") && w(k + 2) == Some("once")
            || matches!(w(k), Some("over" | "again")) && w(k + 1) == Some("and")
    };
    for k in r.clone() {
        if !matches!(w(k), Some("i" | "we")) {
            continue;
        }
        let Some(v) = (k + 1..(k + 5).min(r.end)).find(|&v| told(v)) else {
            continue;
        };
        // "clear" said of the writer ("I was clear", "I made it clear"),
        // not of what they gave ("I appreciated the clear information
        // from the beginning")
        if w(v) == Some("clear")
            && !matches!(
                w(v - 1),
                Some(
                    "was" | "been" | "am" | "be" | "is" | "made" | "make" | "it" | "very" | "quite"
                )
            )
        {
            continue;
        }
        if let Some(c) = (v + 1..r.end).find(|&c| count(c)) {
            return Some(untargeted(EvalKind::Rhetoric, ci, v..c + 1));
        }
    }
    None
}

/// Where what the writer told them starts, when evaluation `e` is the
/// reminder of how often they were told ("I've been clear from the start
/// that I'm based in Dublin": the token after "that"), read by
/// [`reproach`]. `None` for any other rhetoric.
pub fn reminded_point(t: &[Token], e: &Evaluation) -> Option<usize> {
    if e.kind != EvalKind::Rhetoric {
        return None;
    }
    // (the writer's reminder, with its count: "I told you 3 times", "I've
    // been clear from the start")
    let counted = t.get(e.cue.end.checked_sub(1)?).is_some_and(|x| {
        matches!(
            x.word.as_str(),
            "from" | "times" | "repeatedly" | "once" | "numerous" | "and"
        )
    });
    let writer = t[e.cue.start.saturating_sub(4)..e.cue.start]
        .iter()
        .any(|x| matches!(x.word.as_str(), "i" | "we"));
    if !(counted && writer) {
        return None;
    }
    let told = t.get(e.cue.start)?;
    if !matches!(
        told.word.as_str(),
        "told" | "said" | "mentioned" | "explained" | "stated" | "clear" | "informed" | "stressed"
    ) {
        return None;
    }
    // (past the count's own words: "from the start that ...")
    let mut from = e.cue.end;
    if t.get(from.wrapping_sub(1))
        .is_some_and(|x| x.word == "from")
    {
        from += 2;
    }
    if let Some(k) = (from..(from + 3).min(t.len())).find(|&k| t[k].word == "that") {
        from = k + 1;
    }
    Some(from)
}

/// What they offer called a letdown: "the range is quite disappointing
/// for a senior role", "it is a bit disappointing for a role that asks for
/// a PhD", "the package was underwhelming". The writer's own feeling ("I
/// was disappointed to hear", "it's disappointing that I can't make it")
/// is regret, not this: the word must be said of the offer, or measure it
/// against what the role asks.
fn letdown(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, &r, k);
    let offer = |x: &str| {
        matches!(
            x,
            "range"
                | "offer"
                | "salary"
                | "package"
                | "pay"
                | "budget"
                | "rate"
                | "compensation"
                | "figure"
                | "band"
                | "remuneration"
                | "stipend"
        )
    };
    for k in r.clone() {
        if !matches!(
            w(k),
            Some(
                "disappointing"
                    | "underwhelming"
                    | "insulting"
                    | "laughable"
                    | "derisory"
                    | "stingy"
            )
        ) {
            continue;
        }
        // "the range is (quite) disappointing": the offer, a few words before
        let said_of = (r.start..k).rev().take(5).find(|&j| offer(&tokens[j].word));
        // "... disappointing for a role that asks for ...", "for a senior
        // role", "for this level": measured against the job
        let measured = w(k + 1) == Some("for")
            && (k + 2..(k + 6).min(r.end)).any(|j| {
                matches!(
                    w(j),
                    Some("role" | "position" | "job" | "post" | "level" | "senior" | "candidate")
                )
            });
        // (not the writer's: "I find it disappointing that I cannot ...")
        let own = (r.start..k).any(|j| tokens[j].lemma == "i")
            && (k + 1..r.end).any(|j| tokens[j].lemma == "i");
        if (said_of.is_some() || measured) && !own {
            return Some(Evaluation {
                kind: EvalKind::Criticism,
                clause: ci,
                cue: k..k + 1,
                target: said_of.map(|j| j..j + 1),
            });
        }
    }
    None
}

/// A word that opens a courtesy or a request for the writer, not a
/// remedy told to them ("thank your team", "give me a call", "keep me in
/// mind"), or no verb at all.
fn courtesy_word(word: &str) -> bool {
    matches!(
        word,
        "you"
            | "your"
            | "the"
            | "thank"
            | "thanks"
            | "tell"
            | "give"
            | "pass"
            | "send"
            | "enjoy"
            | "say"
            | "wish"
            | "have"
            | "keep"
            | "let"
            | "feel"
            | "reach"
            | "take"
            | "see"
            | "consider"
            | "remember"
            | "ask"
            | "contact"
            | "call"
            | "email"
            | "message"
            | "forward"
            | "share"
            | "hope"
            | "not"
    )
}

/// Whether the sentence thanks or appreciates: "thank you for your time
/// on the phone", "the time she spent with me on the phone" is no phone
/// used in an interview.
fn thanked(tokens: &[Token]) -> bool {
    tokens
        .iter()
        .any(|t| matches!(t.lemma.as_str(), "thank" | "appreci" | "grate"))
}

/// "She explained on the phone", "the chef told me on the phone": the
/// phone is how it was said, not a discourtesy in the interview.
fn told_by_phone(tokens: &[Token], between: Range<usize>) -> bool {
    between.clone().any(|j| {
        matches!(
            tokens[j].word.as_str(),
            "told"
                | "tell"
                | "said"
                | "say"
                | "explain"
                | "explained"
                | "mentioned"
                | "mention"
                | "asked"
                | "spoke"
                | "talked"
                | "confirmed"
                | "offered"
                | "informed"
                | "called"
                | "rang"
                | "discussed"
                | "agreed"
                | "promised"
                | "described"
                | "explains"
                | "says"
                | "tells"
        )
    })
}

/// Someone on the employer's side told doing a discourtesy, with no word
/// of judgement: "the panel joined 20 minutes late", "he took a phone call
/// halfway through", "one interviewer had his camera off", "she never got
/// back to me", "kept me waiting for forty minutes", "didn't apologise".
/// The doer must be theirs (the panel, the interviewer, the manager, HR,
/// or he, she or they where no family of the writer's is named), so "my
/// bus was late" blames no one.
fn discourtesy(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, &r, k);
    // "I waited in reception for forty minutes", "kept waiting for weeks":
    // a wait told by its length is a complaint about whoever caused it
    // (not a wait for treatment: "referred for an MRI but the wait is
    // about six weeks")
    let treatment = tokens
        .iter()
        .any(|x| super::private::private_field(&x.word) == Some(super::private::Private::Health));
    for k in r.clone() {
        if tokens[k].lemma == "wait" && w(k + 1) != Some("to") && !treatment {
            let long = (k + 1..(k + 8).min(r.end)).any(|j| {
                matches!(
                    w(j),
                    Some("minutes" | "mins" | "hours" | "hour" | "ages" | "weeks" | "months")
                )
            });
            let negated = k > r.start && matches!(w(k - 1), Some("not" | "never" | "cannot"));
            if long && !negated {
                return Some(untargeted(EvalKind::Criticism, ci, k..k + 1));
            }
        }
    }
    // "three weeks to reply to my application", "two months to get back
    // to me": their answer measured by how long it took
    for k in r.clone() {
        let counted = k > r.start
            && (tokens[k - 1].kind == Kind::Number
                || matches!(
                    w(k - 1),
                    Some("two" | "three" | "four" | "five" | "six" | "several" | "many")
                ));
        // ("it took me two weeks to decide" is the writer's own time)
        let mine =
            (r.start..k).any(|j| matches!(tokens[j].word.as_str(), "i" | "me" | "we" | "us"));
        let long = counted && !mine && matches!(w(k), Some("weeks" | "months" | "days" | "hours"));
        if long
            && w(k + 1) == Some("to")
            && matches!(
                tokens.get(k + 2).map(|t| t.lemma.as_str()),
                Some(
                    "repli"
                        | "respond"
                        | "answer"
                        | "get"
                        | "hear"
                        | "decid"
                        | "confirm"
                        | "schedul"
                        | "acknowledg"
                )
            )
        {
            return Some(untargeted(EvalKind::Criticism, ci, k - 1..k + 3));
        }
    }
    let family = tokens[r.clone()].iter().any(|t| {
        matches!(
            t.word.as_str(),
            "son"
                | "daughter"
                | "wife"
                | "husband"
                | "partner"
                | "mother"
                | "father"
                | "mum"
                | "mom"
                | "dad"
                | "child"
                | "kids"
                | "baby"
                | "brother"
                | "sister"
                | "bus"
                | "train"
                | "car"
                | "flight"
                | "i"
                | "we"
                | "my"
        ) && !matches!(t.word.as_str(), "i" | "we" | "my")
    });
    let doer = (r.start..r.end).find(|&k| {
        let x = tokens[k].word.as_str();
        matches!(
            x,
            "panel"
                | "interviewer"
                | "interviewers"
                | "manager"
                | "hr"
                | "recruiter"
                | "director"
                | "ceo"
                | "founder"
                | "md"
                | "boss"
                | "company"
                | "team"
                | "head"
                | "lead"
                | "supervisor"
                | "receptionist"
                | "owner"
                | "owners"
                | "chef"
                | "super"
                | "superintendent"
                | "foreman"
                | "gaffer"
                | "guy"
                | "bloke"
                | "they"
                | "he"
                | "she"
        ) && !(matches!(x, "he" | "she" | "they") && family)
    })?;
    // what they did: late, a phone or a meal in the interview, a camera
    // off, no reply, no apology, waiting made long
    let did = (doer + 1..r.end).find(|&k| {
        let x = tokens[k].word.as_str();
        let next = w(k + 1);
        x == "late" && !matches!(next, Some("notice" | "reply" | "response"))
            || matches!(
                x,
                "phone" | "lunch" | "typing" | "yawning" | "yawned" | "texting"
            ) && !(x == "phone" && (told_by_phone(tokens, doer + 1..k) || thanked(tokens)))
                && (doer + 1..k).any(|j| {
                    matches!(
                        tokens[j].lemma.as_str(),
                        "take" | "ate" | "eat" | "was" | "be" | "kept" | "keep" | "on" | "answer"
                    ) || matches!(
                        tokens[j].word.as_str(),
                        "took" | "ate" | "was" | "kept" | "answered" | "on"
                    )
                })
            // "took two calls while I was answering", "answered a call
            // halfway through"
            || matches!(x, "call" | "calls")
                && (k.saturating_sub(3).max(doer + 1)..k).any(|j| {
                    matches!(
                        tokens[j].word.as_str(),
                        "took" | "take" | "taking" | "answered" | "answering" | "fielded"
                    )
                })
            || x == "camera" && matches!(next, Some("off"))
            || matches!(
                x,
                "interrupted"
                    | "ignored"
                    | "ghosted"
                    | "forgot"
                    | "screaming"
                    | "shouting"
                    | "yelling"
                    | "swearing"
                    | "screamed"
                    | "shouted"
                    | "yelled"
                    | "swore"
            )
            || x == "never"
                && matches!(
                    next,
                    Some(
                        "replied"
                            | "responded"
                            | "called"
                            | "got"
                            | "bothered"
                            | "showed"
                            | "turned"
                    )
                )
            || x == "kept"
                && next == Some("me")
                && (k + 2..(k + 5).min(r.end)).any(|j| w(j) == Some("waiting"))
            || matches!(x, "not" | "never")
                && matches!(
                    next,
                    Some(
                        "apologise"
                            | "apologize"
                            | "apologised"
                            | "apologized"
                            | "bother"
                            | "bothered"
                    )
                )
    })?;
    Some(Evaluation {
        kind: EvalKind::Criticism,
        clause: ci,
        cue: did..did + 1,
        target: Some(doer..doer + 1),
    })
}

/// The negative weight of a clause's words, with negation: a negator in the
/// three words before flips a word's sense and halves it ("not helpful"
/// counts against, "not bad" mildly for). Returns the sum of negative
/// weights and the most negative word.
fn polarity(tokens: &[Token], r: Range<usize>) -> (f32, Option<usize>) {
    let mut neg = 0.0f32;
    let mut worst: Option<(usize, f32)> = None;
    let mut since_negator = usize::MAX;
    for k in r {
        let t = &tokens[k];
        if t.kind != Kind::Word {
            if matches!(t.word.as_str(), "," | ";" | ":") {
                since_negator = usize::MAX;
            }
            continue;
        }
        let w = t.word.as_str();
        if is_negator(w) {
            since_negator = 0;
            continue;
        }
        since_negator = since_negator.saturating_add(1);
        if conventional(w) {
            continue;
        }
        // a thing of the writer's that broke down ("the van broke down on
        // the ring road", "my car's broken down"): a mishap, not a
        // judgement; talks or trust that broke down are one
        let mishap = matches!(w, "broke" | "broken" | "breaks" | "break")
            && tokens.get(k + 1).is_some_and(|n| n.word == "down")
            && !tokens[k.saturating_sub(3)..k].iter().any(|p| {
                matches!(
                    p.word.as_str(),
                    "communication" | "communications" | "trust" | "talks" | "process" | "things"
                )
            });
        if mishap {
            continue;
        }
        // a word of a name: "the Major Crime Unit", "Bad Wolf Studios"
        let named = |j: Option<usize>| {
            j.and_then(|j| tokens.get(j))
                .is_some_and(|n| n.kind == Kind::Word && n.capital)
        };
        if t.capital && (named(k.checked_sub(1)) || named(Some(k + 1))) {
            continue;
        }
        let mut v = valence(w);
        if v == 0.0 {
            continue;
        }
        if since_negator <= 3 {
            v *= -0.5;
        }
        if v < 0.0 {
            neg += v;
            if worst.is_none_or(|(_, wv)| v < wv) {
                worst = Some((k, v));
            }
        }
    }
    (neg, worst.map(|(k, _)| k))
}

fn criticism(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    // an apology's clause blames the writer, not the employer ("sorry for
    // wasting your time")
    if r.clone().any(|k| {
        matches!(
            tokens[k].lemma.as_str(),
            "sorri" | "apolog" | "forgiv" | "regret"
        )
    }) {
        return None;
    }
    let (neg, worst) = polarity(tokens, r.clone());
    let worst = worst?;
    // a strongly negative word, or several milder ones
    if neg > -1.6 {
        return None;
    }
    // what the word is said of: the nearest employer or writer before it
    // ("the panel was rude", "I feel dreadful"), or the noun it describes
    // ("a rude receptionist"); the writer's own acts and feelings are no
    // criticism, and neither is a word whose target only follows it
    // ("unfair on both of them", "unfair to you")
    let nearest = (r.start..worst).rev().find(|&k| {
        tokens[k].lemma == "i" || tokens[k].lemma == "we" || is_employer_target(&tokens[k].word)
    });
    let described = (worst + 1..(worst + 3).min(r.end)).find(|&k| {
        is_employer_target(&tokens[k].word)
            && !matches!(
                tokens[k].word.as_str(),
                "you" | "your" | "they" | "them" | "their"
            )
    });
    // the writer's own act: "withdraw rather than waste the panel's time"
    let own_act = nearest.is_some_and(|n| tokens[n].lemma == "i" || tokens[n].lemma == "we")
        && matches!(
            tokens[worst].lemma.as_str(),
            "wast"
                | "bother"
                | "inconvenienc"
                | "troubl"
                | "disappoint"
                | "burden"
                | "mess"
                | "hold"
        );
    if own_act {
        return None;
    }
    let target = match (nearest, described) {
        (_, Some(d)) => d,
        (Some(n), None) if tokens[n].lemma != "i" && tokens[n].lemma != "we" => n,
        _ => return None,
    };
    Some(Evaluation {
        kind: EvalKind::Criticism,
        clause: ci,
        cue: worst..worst + 1,
        target: Some(target..target + 1),
    })
}

/// "You should ...", "you might want to ...", "maybe your team could ...",
/// "I'd suggest you ...": a directive to the employer.
fn advice(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, &r, k);
    for k in r.clone() {
        // the employer addressed, or spoken of to a go-between ("if they
        // want experienced people they should maybe train their managers")
        // or left to anyone there: "maybe someone should remind him that
        // candidates are interviewing the company too"
        // ("maybe HR should look at how he interviews": their office
        // named as the one to act)
        let someone = matches!(w(k), Some("someone" | "somebody"))
            || matches!(w(k), Some("hr" | "management" | "leadership"))
                && matches!(w(k + 1), Some("should" | "ought" | "needs" | "need"));
        let you = someone || matches!(w(k), Some("you" | "your" | "they" | "their" | "yall"));
        if !you {
            continue;
        }
        // a condition, not a directive: "if you need to reach me", "I would
        // be grateful if you could consider my profile"
        if k > r.start && w(k - 1) == Some("if") {
            continue;
        }
        // "your team should", "you should", "you might want to", "you
        // need to", "you ought to", "you may wish to"
        let mut j = k + 1;
        if matches!(w(k), Some("your" | "their"))
            || someone && matches!(w(k + 1), Some("there" | "else" | "senior"))
        {
            j = k + 2;
        }
        // "someone in HR might want to", "somebody over there should":
        // who is meant, said between
        if someone {
            if let Some(m) = (k + 1..(k + 6).min(r.end)).find(|&m| {
                matches!(
                    w(m),
                    Some("should" | "ought" | "might" | "may" | "could" | "need" | "needs")
                )
            }) {
                j = m;
            }
        }
        // "you people should", "you guys need to": the address between
        if w(k) == Some("you")
            && matches!(
                w(k + 1),
                Some("people" | "guys" | "lot" | "folks" | "all" | "lads")
            )
        {
            j = k + 2;
        }
        // "hear from you should a suitable role arise": a condition
        let inverted = w(j) == Some("should")
            && matches!(
                w(j + 1),
                Some(
                    "a" | "an"
                        | "the"
                        | "any"
                        | "anything"
                        | "something"
                        | "another"
                        | "there"
                        | "this"
                        | "that"
                        | "things"
                        | "circumstances"
                )
            );
        let directive = !inverted && matches!(w(j), Some("should" | "ought"))
            || matches!(w(j), Some("might" | "may" | "could"))
                && matches!(
                    w(j + 1),
                    Some("want" | "wish" | "consider" | "try" | "think" | "look")
                )
            || matches!(w(j), Some("need" | "really" | "seriously")) && w(j + 1) == Some("to")
            || w(j) == Some("really") && w(j + 1) == Some("should");
        // "they should maybe train ...": the adverb between
        let j = if matches!(w(j), Some("should" | "ought" | "need"))
            && matches!(
                w(j + 1),
                Some("maybe" | "perhaps" | "really" | "seriously" | "probably" | "just")
            )
            && w(k) != Some("you")
        {
            j + 1
        } else {
            j
        };
        // "you should receive", "you should have my CV": information
        // ("someone should have a word with him", "you should have a
        // look at ..." are directives)
        let a_word = w(j + 1) == Some("have")
            && w(j + 2) == Some("a")
            && matches!(
                w(j + 3),
                Some("word" | "look" | "think" | "chat" | "conversation" | "rethink")
            );
        let informational = !a_word
            && matches!(
                w(j + 1),
                Some("receive" | "have" | "find" | "see" | "feel" | "be" | "know" | "hear" | "get")
            )
            || w(j + 1) == Some("not") && w(j + 2) == Some("hesitate");
        if directive && !informational {
            return Some(Evaluation {
                kind: EvalKind::Advice,
                clause: ci,
                cue: k..(j + 2).min(r.end),
                target: Some(k..k + 1),
            });
        }
    }
    if let Some(e) = told_what_to_do(tokens, ci, r.clone()) {
        return Some(e);
    }
    // "I would advise the bank to ensure ...", "I'd urge your team to
    // ...": advice to someone told what to do
    for k in r.clone() {
        if matches!(
            tokens[k].lemma.as_str(),
            "advis" | "urg" | "encourag" | "implor"
        ) && (k + 1..(k + 5).min(r.end)).any(|j| w(j) == Some("to"))
            && matches!(
                w(k + 1),
                Some("the" | "your" | "them" | "their" | "management" | "hr")
            )
        {
            return Some(untargeted(EvalKind::Advice, ci, k..k + 1));
        }
        // "I'd gently suggest that a take-home of that size may be costing
        // you ..."
        if tokens[k].lemma == "suggest"
            && w(k + 1) == Some("that")
            && (k + 2..(k + 16).min(r.end)).any(|j| matches!(w(j), Some("you" | "your")))
            && (r.start..k).any(|j| tokens[j].word == "i")
        {
            return Some(untargeted(EvalKind::Advice, ci, k..k + 1));
        }
    }
    // "I would suggest / recommend / advise (that) you ...", and in call
    // notes about them: "Suggest they train their managers ..."
    for k in r.clone() {
        let advisee = (k + 1..(k + 3).min(r.end)).find(|&j| {
            tokens[j].word == "you"
                || tokens[j].word == "they"
                    && ((r.start..k).all(|i| tokens[i].kind != Kind::Word)
                        || (r.start..k).any(|i| tokens[i].word == "i"))
        });
        let to_do = advisee.and_then(|j| tokens.get(j + 1)).is_some_and(|n| {
            n.kind == Kind::Word && !matches!(n.word.as_str(), "to" | "for" | "as" | "and" | "guys")
        });
        if matches!(
            tokens[k].lemma.as_str(),
            "suggest" | "recommend" | "advis" | "urg"
        ) && to_do
        {
            return Some(Evaluation {
                kind: EvalKind::Advice,
                clause: ci,
                cue: k..k + 1,
                target: None,
            });
        }
    }
    None
}

/// Whether `t` may be a verb in the imperative: a word, not a texting
/// form, short of strong feeling, not "-ing" or "-ed".
fn plain_verb(t: &Token) -> bool {
    t.kind == Kind::Word
        && !t.informal
        && t.word.len() > 2
        && valence(&t.word).abs() < 0.5
        && !t.word.ends_with("ing")
        && !t.word.ends_with("ed")
}

/// Advice with no "you should": an imperative told for next time ("maybe
/// next time check the role properly before reaching out", "in future,
/// read the CV first"), or what would be worth their doing ("might be
/// worth sorting out how you run interviews"). A request for the writer's
/// own sake ("next time, keep me in mind") is none: it names the writer.
fn told_what_to_do(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, &r, k);
    let writer = r.clone().any(|k| {
        matches!(
            tokens[k].word.as_str(),
            "i" | "me" | "my" | "we" | "us" | "our"
        )
    });
    if writer {
        return None;
    }
    let theirs = r.clone().any(|k| is_employer_target(&tokens[k].word));
    // "next time", "in future", "in the future", "going forward"
    let when = r.clone().find(|&k| {
        w(k) == Some("next") && w(k + 1) == Some("time")
            || w(k) == Some("in") && w(k + 1) == Some("future")
            || w(k) == Some("in") && w(k + 1) == Some("the") && w(k + 2) == Some("future")
            || matches!(w(k), Some("going" | "moving")) && w(k + 1) == Some("forward")
    });
    if let Some(at) = when {
        // the clause opens with a verb in the imperative, once the
        // softeners and the time itself are passed over
        let mut k = r.start;
        while k < r.end
            && (matches!(
                w(k),
                Some(
                    "maybe" | "perhaps" | "just" | "please" | "kindly" | "and" | "but" | "so" | ","
                )
            ) || (at..at + 3).contains(&k)
                && matches!(
                    w(k),
                    Some(
                        "next" | "time" | "in" | "the" | "future" | "going" | "moving" | "forward"
                    )
                ))
        {
            k += 1;
        }
        // a verb with what it acts on after it: "check the role", "sort
        // out", "read my CV"; not a feeling ("happy to", "glad to")
        let acts_on = tokens.get(k + 1).is_some_and(|n| {
            r.contains(&(k + 1))
                && (matches!(
                    n.word.as_str(),
                    "the"
                        | "your"
                        | "their"
                        | "a"
                        | "an"
                        | "this"
                        | "that"
                        | "these"
                        | "out"
                        | "up"
                        | "how"
                        | "what"
                        | "who"
                        | "people"
                        | "candidates"
                        | "applicants"
                        | "it"
                        | "them"
                        | "things"
                        | "more"
                        | "properly"
                        | "first"
                ) || n.word.ends_with("ly") && n.word.len() > 4)
        });
        let imperative = acts_on
            && tokens.get(k).is_some_and(|t| {
                r.contains(&k)
                    && plain_verb(t)
                    && !matches!(
                        t.word.as_str(),
                        "you"
                            | "it"
                            | "they"
                            | "he"
                            | "she"
                            | "the"
                            | "a"
                            | "an"
                            | "this"
                            | "that"
                            | "there"
                            | "hope"
                            | "wish"
                            | "good"
                            | "best"
                            | "all"
                            | "take"
                            | "stay"
                            | "see"
                            | "talk"
                            | "speak"
                            | "catch"
                            | "look"
                            | "have"
                            | "enjoy"
                            | "thanks"
                            | "thank"
                            | "cheers"
                            | "sorry"
                            | "maybe"
                            | "perhaps"
                            | "who"
                            | "what"
                            | "not"
                            | "no"
                            | "if"
                            | "when"
                            | "then"
                            | "will"
                            | "would"
                            | "could"
                            | "might"
                            | "should"
                            | "can"
                            | "is"
                            | "are"
                            | "was"
                            | "be"
                            | "let"
                            | "feel"
                            | "keep"
                            | "reach"
                            | "get"
                    )
            })
            && (k + 1..r.end).any(|j| tokens[j].kind == Kind::Word);
        if imperative {
            return Some(untargeted(EvalKind::Advice, ci, k..(k + 2).min(r.end)));
        }
    }
    // a remedy told to them, with no "next time": "Maybe sort out your
    // process before you keep posting ...", "treat your candidates
    // better", "work on your scheduling"; the verb opens the clause
    let mut k = r.start;
    while k < r.end
        && matches!(
            w(k),
            Some(
                "maybe"
                    | "perhaps"
                    | "just"
                    | "please"
                    | "kindly"
                    | "honestly"
                    | "seriously"
                    | "and"
                    | "but"
                    | "so"
                    | ","
                    | "-"
            )
        )
    {
        k += 1;
    }
    let remedy = tokens.get(k).filter(|_| r.contains(&k)).is_some_and(|t| {
        matches!(
            t.lemma.as_str(),
            "sort"
                | "fix"
                | "improv"
                | "rethink"
                | "rework"
                | "overhaul"
                | "train"
                | "learn"
                | "respect"
                | "treat"
                | "invest"
                | "tidi"
                | "clean"
        ) || t.lemma == "work" && w(k + 1) == Some("on")
    }) && !tokens[k].word.ends_with("ing")
        && !tokens[k].word.ends_with("ed");
    if remedy && (k + 1..(k + 4).min(r.end)).any(|j| matches!(w(j), Some("your" | "their"))) {
        return Some(untargeted(EvalKind::Advice, ci, k..(k + 2).min(r.end)));
    }
    // any verb told to them about their people or process, softened or
    // with a "before you ...": "Maybe get your interviewers to show up on
    // time before you ask candidates back", "perhaps update your job
    // adverts"; a courtesy ("please thank your team", "enjoy your
    // weekend", "tell your manager thanks") is none
    let softened = k > r.start && (r.start..k).any(|j| matches!(w(j), Some("maybe" | "perhaps")));
    let before_you = (k..r.end).any(|j| w(j) == Some("before") && w(j + 1) == Some("you"));
    let told = tokens.get(k).filter(|_| r.contains(&k)).is_some_and(|t| {
        plain_verb(t)
            && !t.word.ends_with('s')
            && !courtesy_word(&t.word)
            && !matches!(
                t.word.as_str(),
                "will"
                    | "would"
                    | "could"
                    | "should"
                    | "can"
                    | "might"
                    | "may"
                    | "must"
                    | "are"
                    | "was"
                    | "were"
                    | "this"
                    | "that"
                    | "there"
                    | "then"
                    | "when"
                    | "what"
                    | "who"
                    | "how"
                    | "why"
                    | "where"
                    | "which"
                    | "also"
            )
    }) && matches!(w(k + 1), Some("your" | "their"))
        && (k + 2..r.end).any(|j| tokens[j].kind == Kind::Word);
    if told && (softened || before_you) {
        return Some(untargeted(EvalKind::Advice, ci, k..(k + 3).min(r.end)));
    }
    // a remedy with its payoff for them: "Maybe pay people properly and
    // you wouldn't be so short all the time", "treat candidates like
    // people and you'll fill it in a week"
    let any = |j: usize| tokens.get(j).map(|t| t.word.as_str());
    let payoff = (k + 2..tokens.len()).any(|j| {
        matches!(any(j), Some("and" | "then"))
            && any(j + 1) == Some("you")
            && matches!(
                any(j + 2),
                Some("will" | "would" | "might" | "could" | "may" | "wo")
            )
    });
    let acts = tokens.get(k).filter(|_| r.contains(&k)).is_some_and(|t| {
        // (of any valence: "treat" is a kind word)
        t.kind == Kind::Word
            && !t.informal
            && t.word.len() > 2
            && !t.word.ends_with("ing")
            && !t.word.ends_with("ed")
            && !t.word.ends_with('s')
            && matches!(
                w(k + 1),
                Some(
                    "people"
                        | "staff"
                        | "candidates"
                        | "applicants"
                        | "workers"
                        | "your"
                        | "their"
                        | "the"
                        | "a"
                        | "more"
                        | "properly"
                        | "decent"
                        | "fair"
                        | "better"
                        | "this"
                        | "that"
                        | "it"
                )
            )
    });
    let courtesy = tokens.get(k).is_some_and(|t| courtesy_word(&t.word));
    if payoff && acts && !courtesy {
        return Some(untargeted(EvalKind::Advice, ci, k..(k + 2).min(r.end)));
    }
    // told to look at themselves: "Maybe have a look at how you treat
    // folk", "take a hard look at your process", "think about how you
    // word your adverts"
    let look = match w(k) {
        Some("have" | "take") => (k + 1..(k + 4).min(r.end))
            .find(|&j| w(j) == Some("look"))
            .map(|j| j + 1),
        Some("look" | "think" | "reflect") => Some(k + 1),
        _ => None,
    };
    if let Some(j) = look.filter(|&j| matches!(w(j), Some("at" | "into" | "about" | "on"))) {
        if (j + 1..(j + 5).min(r.end)).any(|m| matches!(w(m), Some("you" | "your"))) {
            return Some(untargeted(EvalKind::Advice, ci, k..j.min(r.end)));
        }
    }
    // "(it) might be worth sorting out how you run interviews"
    for k in r.clone() {
        if w(k) == Some("worth")
            && w(k + 1).is_some_and(|n| n.ends_with("ing") && n.len() > 5)
            && theirs
            && !(r.start..k).any(|j| is_negator(&tokens[j].word))
        {
            return Some(untargeted(EvalKind::Advice, ci, k..k + 2));
        }
    }
    None
}

/// "If this is how you treat candidates, ...", "I can only imagine ...",
/// "I dread to think ...": a contrast drawn to the employer's discredit.
fn rhetoric(tokens: &[Token], ci: usize, c: &Clause) -> Option<Evaluation> {
    let r = c.tokens.clone();
    let w = |k: usize| word_in(tokens, &r, k);
    for k in r.clone() {
        // "how you treat", "the way you run", "the way your team handles";
        // "this is how the company values the time of engineers"
        let named = matches!(w(k + 1), Some("the" | "this" | "that"))
            && w(k + 2).is_some_and(is_employer_target)
            && !matches!(w(k + 2), Some("you" | "your" | "they" | "them" | "their"));
        let this_is_how = w(k) == Some("how")
            && (k.saturating_sub(3).max(r.start)..k).any(|j| matches!(w(j), Some("this" | "that")))
            && matches!(w(k.wrapping_sub(1)), Some("is" | "'s" | "was"));
        if matches!(w(k), Some("how") | Some("way"))
            && (matches!(w(k + 1), Some("you" | "your" | "they")) || named)
            && (k + 2..(k + 5).min(r.end)).any(|j| {
                matches!(
                    tokens[j].lemma.as_str(),
                    "treat" | "handl" | "run" | "respect" | "communic" | "manag" | "valu"
                )
            })
            // "I've really appreciated how you've handled everything"
            && !r.clone().any(|j| {
                matches!(tokens[j].lemma.as_str(), "thank" | "appreci" | "grate" | "admir" | "enjoy" | "love" | "like")
            })
            && (c.conditional()
                || this_is_how
                || r.clone().any(|j| {
                    matches!(
                        tokens[j].word.as_str(),
                        "if" | "imagine" | "tells" | "says" | "shows" | "really" | "?"
                    )
                })
                || tokens.get(r.end).is_some_and(|t| t.word == "?"))
        {
            return Some(Evaluation {
                kind: EvalKind::Rhetoric,
                clause: ci,
                cue: k..(k + 3).min(r.end),
                target: Some(k + 1..k + 2),
            });
        }
        // "if you actually want to keep good staff": a condition that
        // doubts what they want
        if w(k) == Some("if")
            && matches!(w(k + 1), Some("you" | "they"))
            && matches!(
                w(k + 2),
                Some("actually" | "genuinely" | "truly" | "seriously")
            )
            && matches!(
                tokens.get(k + 3).map(|t| t.lemma.as_str()),
                Some("want" | "care" | "valu" | "expect" | "hope" | "wish" | "plan" | "need")
            )
        {
            return Some(Evaluation {
                kind: EvalKind::Rhetoric,
                clause: ci,
                cue: k..k + 4,
                target: Some(k + 1..k + 2),
            });
        }
        // "Candidates notice these things": a lesson about candidates in
        // general, told to the employer
        if k == r.start
            && matches!(w(k), Some("candidates" | "applicants"))
            && tokens.get(k + 1).is_some_and(|t| {
                t.kind == Kind::Word && !matches!(t.word.as_str(), "like" | "who" | "and" | "for")
            })
            && !r
                .clone()
                .any(|j| matches!(tokens[j].word.as_str(), "i" | "me" | "my" | "we"))
            && r.len() >= 3
        {
            return Some(untargeted(EvalKind::Rhetoric, ci, k..k + 2));
        }
        // "..., just saying": a dig owned as one
        if w(k) == Some("just")
            && matches!(w(k + 1), Some("saying" | "sayin" | "sayin'"))
            && tokens.get(k + 2).is_none_or(|t| t.kind != Kind::Word)
        {
            return Some(untargeted(EvalKind::Rhetoric, ci, k..k + 2));
        }
        // "I can only imagine", "I dread to think", "I shudder to think";
        // "I imagine the budget for snacks is bigger than this": a
        // comparison imagined to their discredit
        let compared = (k + 1..r.end).any(|j| {
            tokens[j].word == "than"
                && (k + 1..j).any(|m| {
                    let w = tokens[m].word.as_str();
                    w.ends_with("er") && w.len() > 4 || matches!(w, "more" | "better")
                })
        });
        if matches!(tokens[k].lemma.as_str(), "imagin" | "shudder" | "dread")
            && (compared
                || r.clone().any(|j| {
                    matches!(tokens[j].word.as_str(), "only" | "dread" | "shudder" | "to")
                }))
            && r.clone().any(|j| tokens[j].lemma == "i")
        {
            return Some(Evaluation {
                kind: EvalKind::Rhetoric,
                clause: ci,
                cue: k..k + 1,
                target: None,
            });
        }
    }
    None
}

/// Blame in hindsight or by comparison: "it would have saved everyone's
/// time if this was mentioned upfront", "had the feedback arrived when you
/// promised, ...", "unlike yours, they returned my calls", "what a
/// surprise".
fn hindsight(tokens: &[Token], clauses: &[Clause], ci: usize) -> Option<Evaluation> {
    let c = &clauses[ci];
    let r = c.tokens.clone();
    let w = |k: usize| word_in(tokens, &r, k);
    let eval = |kind, cue: Range<usize>| untargeted(kind, ci, cue);
    for k in r.clone() {
        // "unlike you / yours / your team"
        if w(k) == Some("unlike") && matches!(w(k + 1), Some("you" | "yours" | "your")) {
            return Some(eval(EvalKind::Rhetoric, k..k + 2));
        }
        // "what a surprise"
        if w(k) == Some("what") && w(k + 1) == Some("a") && w(k + 2) == Some("surprise") {
            return Some(eval(EvalKind::Sarcasm, k..k + 3));
        }
        // "would / might have saved ... if ...": a counterfactual whose
        // condition is about them
        // "might well have been": an adverb between
        let k = if matches!(w(k), Some("would" | "might" | "could"))
            && matches!(w(k + 1), Some("well" | "surely" | "probably" | "easily"))
        {
            k + 1
        } else {
            k
        };
        // "it would've been helpful to know that before I arranged
        // childcare", "it would have been nice to be told sooner": what
        // they should have said, and when
        if matches!(w(k), Some("would" | "might"))
            && w(k + 1) == Some("have")
            && w(k + 2) == Some("been")
            && matches!(
                w(k + 3),
                Some("helpful" | "nice" | "good" | "useful" | "courteous" | "fair" | "great")
            )
        {
            let rest = || (k + 4..(k + 16).min(tokens.len())).map(|j| tokens[j].word.as_str());
            let told = rest().any(|x| {
                matches!(
                    x,
                    "know"
                        | "told"
                        | "mentioned"
                        | "informed"
                        | "hear"
                        | "heard"
                        | "said"
                        | "see"
                        | "seen"
                )
            });
            let when = rest().any(|x| {
                matches!(
                    x,
                    "before"
                        | "earlier"
                        | "sooner"
                        | "beforehand"
                        | "advance"
                        | "upfront"
                        | "first"
                        | "posting"
                        | "advert"
                        | "ad"
                        | "listing"
                        | "description"
                        | "outset"
                )
            });
            if told && when {
                return Some(eval(EvalKind::Rhetoric, k..k + 4));
            }
        }
        if matches!(
            w(k),
            Some("would" | "might" | "could" | "well" | "surely" | "probably" | "easily")
        ) && w(k + 1) == Some("have")
            && matches!(
                w(k + 2),
                Some("saved" | "helped" | "avoided" | "been" | "appreciated" | "spared")
            )
        {
            let condition = clauses.iter().enumerate().any(|(j, d)| {
                (j + 1 == ci || j == ci + 1 || j == ci)
                    && (d.conditional()
                        || tokens.get(d.tokens.start).is_some_and(|t| t.word == "had"))
                    && tokens[d.tokens.clone()].iter().any(|t| {
                        is_employer_target(&t.word)
                            || matches!(
                                t.word.as_str(),
                                "mentioned" | "told" | "promised" | "communicated" | "said"
                            )
                    })
            });
            if condition {
                return Some(eval(EvalKind::Rhetoric, k..k + 3));
            }
        }
    }
    None
}

/// Criticism by its shape, with no evaluative word of its own:
///
/// - what they should have done: "these changes should have been
///   communicated", "someone could at least have replied" (not the
///   writer's own "I should have told you sooner");
/// - what their conduct shows: "that tells me a lot about how decisions
///   get made", "it doesn't give me much confidence in how the store is
///   run", "makes me wonder";
/// - a burden put on candidates: "a lot to ask of candidates";
/// - the least not done: "without so much as an update", "not even a
///   reply";
/// - a parting shot: "good luck finding someone who'll put up with that";
/// - advice put impersonally: "it would be useful for future procedures to
///   publish the conditions".
fn implied(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, &r, k);
    let eval = |kind, cue: Range<usize>| untargeted(kind, ci, cue);
    let writer_acts =
        |k: usize| (k.saturating_sub(4).max(r.start)..k).any(|j| tokens[j].word == "i");
    // a tag that points back at a dig: "Just a suggestion.", "Just
    // saying.", "Food for thought."
    let words: Vec<&str> = r
        .clone()
        .filter(|&k| tokens[k].kind == Kind::Word)
        .map(|k| tokens[k].word.as_str())
        .collect();
    if matches!(
        words.as_slice(),
        ["just", "a", "suggestion" | "thought"]
            | ["just", "saying"]
            | ["food", "for", "thought"]
            | ["just" | "only", "my", "two", "cents"]
            | ["my", "two", "cents"]
    ) {
        return Some(eval(EvalKind::Sarcasm, r.clone()));
    }
    // a verdict on them said as an omen: "Not a great sign for how the
    // team is run.", "not a good look for a company that talks about
    // respect"
    if let Some(p) = words.windows(4).position(|q| {
        q[0] == "not"
            && q[1] == "a"
            && matches!(q[2], "good" | "great" | "promising" | "encouraging")
            && matches!(
                q[3],
                "sign" | "look" | "signal" | "indicator" | "advert" | "advertisement"
            )
    }) {
        let start = r
            .clone()
            .filter(|&k| tokens[k].kind == Kind::Word)
            .nth(p)
            .unwrap_or(r.start);
        return Some(eval(EvalKind::Sarcasm, start..(start + 4).min(r.end)));
    }
    // confidence withheld from what the writer saw: "the experience did
    // not fill me with confidence", "it didn't inspire much confidence in
    // the team", "that gave me little faith in the process". Said of the
    // writer's own ability ("I don't have the confidence") it is no verdict.
    let withholds = |w: &str| matches!(w, "not" | "little" | "no" | "never" | "lack");
    let imparts = |w: &str| {
        matches!(
            w,
            "fill"
                | "filled"
                | "fills"
                | "inspire"
                | "inspired"
                | "inspires"
                | "inspiring"
                | "give"
                | "gave"
                | "gives"
                | "given"
                | "instil"
                | "instill"
                | "instilled"
                | "leave"
                | "left"
                | "leaves"
        )
    };
    let window = |k: usize| k.saturating_sub(5).max(r.start)..k;
    if let Some(c) = r.clone().find(|&k| {
        matches!(tokens[k].word.as_str(), "confidence" | "faith" | "trust")
            && window(k).any(|j| withholds(&tokens[j].word))
            && window(k).any(|j| imparts(&tokens[j].word))
            // (the writer's own: "confidence to lead it", "faith in myself")
            && !matches!(w(k + 1), Some("to"))
            && !(w(k + 1) == Some("in") && matches!(w(k + 2), Some("my" | "myself")))
    }) {
        // the cue runs from the verb or the negation that comes first
        // ("did not fill me with confidence", "left me little faith")
        let first = window(c)
            .find(|&j| {
                let w = tokens[j].word.as_str();
                withholds(w) || imparts(w) || matches!(w, "did" | "does" | "do")
            })
            .unwrap_or(c);
        return Some(eval(EvalKind::Criticism, first..c + 1));
    }
    // one group of theirs weighed against another, with a knowing "I'm
    // sure": "I'm sure your clients get much better service than your
    // candidates", "clearly your shareholders matter more than your
    // staff"
    let knowing = r.clone().any(|k| {
        matches!(
            tokens[k].word.as_str(),
            "sure" | "clearly" | "obviously" | "presumably" | "bet" | "evidently" | "trust"
        )
    });
    if knowing {
        let than = r.clone().find(|&j| {
            w(j) == Some("than")
                && matches!(
                    w(j + 1),
                    Some("your" | "their" | "candidates" | "applicants" | "people" | "us")
                )
        });
        // (or the writer's own weighed against theirs: "clearly my time
        // matters less than your manager's golf day")
        let theirs = r
            .clone()
            .find(|&j| matches!(tokens[j].word.as_str(), "your" | "their" | "my" | "our"));
        if let (Some(t), Some(than)) = (theirs, than) {
            let compared = (t..than).any(|j| {
                matches!(
                    tokens[j].word.as_str(),
                    "more" | "less" | "better" | "worse" | "faster" | "nicer" | "kinder"
                ) || tokens[j].word.ends_with("er") && tokens[j].word.len() > 4 && j + 1 == than
            });
            if t < than && compared {
                return Some(eval(EvalKind::Rhetoric, t..than + 2));
            }
        }
    }
    // their time weighed against the writer's: "Clearly your
    // organisation's time is more valuable than mine.", "your calendar
    // matters more than ours"
    let writer_speaks = r
        .clone()
        .any(|j| matches!(tokens[j].word.as_str(), "i" | "we"));
    if !writer_speaks {
        let theirs = r
            .clone()
            .find(|&j| matches!(tokens[j].word.as_str(), "your" | "their"));
        let than = r.clone().find(|&j| {
            w(j) == Some("than") && matches!(w(j + 1), Some("mine" | "ours" | "me" | "us"))
        });
        if let (Some(t), Some(than)) = (theirs, than) {
            let compared = (t..than).any(|j| matches!(tokens[j].word.as_str(), "more" | "less"));
            if t < than && compared {
                return Some(eval(EvalKind::Rhetoric, t..than + 2));
            }
        }
    }
    for k in r.clone() {
        // luck wished mockingly: "Maybe it'll be fourth time lucky for the
        // next candidate", "Good luck finding someone anyway"
        if w(k) == Some("time")
            && w(k + 1) == Some("lucky")
            && k > r.start
            && (matches!(
                w(k - 1),
                Some("second" | "third" | "fourth" | "fifth" | "next" | "4th" | "3rd")
            ))
            && !r
                .clone()
                .any(|j| matches!(tokens[j].word.as_str(), "i" | "me" | "my"))
        {
            return Some(eval(EvalKind::Sarcasm, k - 1..k + 2));
        }
        if w(k) == Some("luck")
            && matches!(
                w(k + 1),
                Some("finding" | "filling" | "getting" | "hiring" | "replacing")
            )
            && r.clone()
                .any(|j| matches!(tokens[j].word.as_str(), "anyway" | "anyways"))
            && !r
                .clone()
                .any(|j| matches!(tokens[j].word.as_str(), "wish" | "hope"))
        {
            return Some(eval(EvalKind::Sarcasm, k..k + 1));
        }
        // a slight taken as one: "I have to take the hint", "this hire
        // clearly isn't a priority"
        if matches!(w(k), Some("take" | "took" | "taking" | "taken"))
            && w(k + 1) == Some("the")
            && matches!(w(k + 2), Some("hint" | "message"))
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 3));
        }
        if w(k) == Some("priority")
            && (k.saturating_sub(3).max(r.start)..k)
                .any(|j| matches!(tokens[j].word.as_str(), "not" | "no" | "low"))
            && (r.start..k).any(|j| {
                matches!(
                    tokens[j].word.as_str(),
                    "hire" | "hiring" | "candidates" | "candidate" | "recruitment" | "vacancy"
                )
            })
            && !(k + 1..r.end).any(|j| matches!(tokens[j].word.as_str(), "me" | "my" | "us"))
        {
            return Some(eval(
                EvalKind::Criticism,
                k.saturating_sub(2).max(r.start)..k + 1,
            ));
        }
        // "taking leave from work for nothing": effort wasted on them
        if w(k) == Some("for")
            && w(k + 1) == Some("nothing")
            && tokens.get(k + 2).is_none_or(|t| t.kind != Kind::Word)
        {
            return Some(eval(EvalKind::Criticism, k..k + 2));
        }
        // "I took a half day off work for that": the writer's sacrifice
        // set against what they got
        if w(k) == Some("for")
            && matches!(w(k + 1), Some("that" | "this"))
            && tokens.get(k + 2).is_none_or(|t| t.kind != Kind::Word)
            && (r.start..k).any(|j| tokens[j].word == "i")
            && (r.start..k).any(|j| {
                matches!(
                    tokens[j].word.as_str(),
                    "off" | "leave" | "drove" | "travelled" | "traveled" | "flew"
                )
            })
        {
            return Some(eval(EvalKind::Criticism, k..k + 2));
        }
        // "yet another interview", "yet another round"
        if w(k) == Some("yet")
            && w(k + 1) == Some("another")
            && w(k + 2).is_some_and(is_employer_target_or_step)
        {
            return Some(eval(EvalKind::Criticism, k..k + 3));
        }
        // "this is the third time my interview has got moved", "the
        // date has shifted twice": their changes counted, not the writer's
        let counted = matches!(
            w(k),
            Some("second" | "third" | "fourth" | "fifth" | "sixth" | "nth")
        ) && w(k + 1) == Some("time")
            || matches!(w(k), Some("twice" | "thrice" | "again"))
            || matches!(
                w(k),
                Some("two" | "three" | "four" | "five" | "several" | "multiple")
            ) && w(k + 1) == Some("times");
        if counted {
            let change = r.clone().find(|&j| {
                matches!(
                    tokens[j].lemma.as_str(),
                    "move" | "shift" | "reschedul" | "cancel" | "postpon" | "push" | "bump"
                ) && !writer_acts(j)
            });
            let about_interview = r.clone().any(|j| {
                matches!(
                    tokens[j].word.as_str(),
                    "interview" | "date" | "it" | "meeting" | "call" | "time" | "slot" | "panel"
                )
            });
            let writer = r
                .clone()
                .any(|j| matches!(tokens[j].word.as_str(), "i" | "we"));
            if let Some(j) = change.filter(|_| about_interview && !writer) {
                return Some(eval(EvalKind::Criticism, j..j + 1));
            }
        }
    }
    for k in r.clone() {
        // "should have been told", "could at least have"
        let modal = matches!(w(k), Some("should" | "ought" | "could"));
        let have = (k + 1..(k + 4).min(r.end)).find(|&j| w(j) == Some("have"));
        if modal && let Some(h) = have {
            let between_ok =
                (k + 1..h).all(|j| matches!(w(j), Some("to" | "at" | "least" | "really")));
            let participle = tokens.get(h + 1).is_some_and(|t| {
                r.contains(&(h + 1))
                    && (t.word.ends_with("ed")
                        || matches!(
                            t.word.as_str(),
                            "been" | "told" | "known" | "said" | "given" | "sent" | "shown"
                        ))
            });
            let subject = (r.start..k).rev().find(|&j| {
                tokens[j].lemma == "i"
                    || tokens[j].lemma == "we"
                    || is_employer_target(&tokens[j].word)
                    || matches!(
                        tokens[j].word.as_str(),
                        "this"
                            | "these"
                            | "that"
                            | "it"
                            | "someone"
                            | "somebody"
                            | "changes"
                            | "details"
                            | "information"
                            | "conditions"
                            | "salary"
                            | "range"
                    )
            });
            let theirs = subject.is_some_and(|j| tokens[j].lemma != "i" && tokens[j].lemma != "we");
            // "could have been worse", "could have been a good fit": no blame
            let could_be = w(k) == Some("could") && w(h + 1) == Some("been");
            if between_ok && participle && theirs && !could_be {
                return Some(eval(EvalKind::Criticism, k..h + 2));
            }
        }
        // "tells me a lot / everything about", "says a lot about"
        if matches!(
            w(k),
            Some("tells" | "told" | "says" | "said" | "shows" | "showed" | "speaks")
        ) && (k + 1..(k + 4).min(r.end)).any(|j| {
            matches!(
                w(j),
                Some("lot" | "everything" | "volumes" | "plenty" | "enough" | "something")
            )
        }) && (k + 2..(k + 7).min(r.end)).any(|j| w(j) == Some("about"))
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 3));
        }
        // "doesn't give me much confidence", "makes me question"
        if w(k) == Some("confidence")
            && (r.start..k).any(|j| {
                is_negator(&tokens[j].word)
                    || matches!(tokens[j].word.as_str(), "little" | "lost" | "shaken")
            })
            && (k + 1..(k + 3).min(r.end)).any(|j| w(j) == Some("in"))
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        if matches!(w(k), Some("makes" | "made" | "make"))
            && w(k + 1) == Some("me")
            && matches!(w(k + 2), Some("wonder" | "question" | "doubt" | "worry"))
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 3));
        }
        // "which tells you something", "that tells me what I need to know"
        if matches!(w(k), Some("tells" | "told" | "says"))
            && matches!(w(k + 1), Some("me" | "you" | "us"))
            && (matches!(w(k + 2), Some("something" | "everything" | "all"))
                || w(k + 2) == Some("what")
                    && (k + 3..(k + 6).min(r.end)).any(|j| w(j) == Some("know")))
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 3));
        }
        // "I'd have appreciated knowing before I took two days off"
        if matches!(w(k), Some("would" | "'d"))
            && w(k + 1) == Some("have")
            && matches!(
                w(k + 2),
                Some("appreciated" | "liked" | "expected" | "hoped")
            )
            && (r.start..k).any(|j| tokens[j].lemma == "i")
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 3));
        }
        // "one would expect a firm of that standing to ...", "one would
        // think"
        if w(k) == Some("one")
            && matches!(w(k + 1), Some("would" | "might"))
            && matches!(w(k + 2), Some("expect" | "think" | "hope" | "imagine"))
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 3));
        }
        // "I'd hate to see it once I'm on the books"
        if w(k) == Some("hate")
            && w(k + 1) == Some("to")
            && matches!(w(k + 2), Some("see" | "think" | "imagine"))
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 3));
        }
        // "people deserve better", "candidates deserve better than this"
        if tokens[k].lemma == "deserv" && matches!(w(k + 1), Some("better" | "more")) {
            return Some(eval(EvalKind::Criticism, k..k + 2));
        }
        // "jumping through hoops"
        if w(k) == Some("hoops") {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "not the kind of place I want to work"
        if matches!(w(k), Some("kind" | "sort" | "type"))
            && w(k + 1) == Some("of")
            && matches!(
                w(k + 2),
                Some(
                    "place"
                        | "company"
                        | "outfit"
                        | "operation"
                        | "workplace"
                        | "employer"
                        | "firm"
                        | "setup"
                )
            )
            && (r.start..k).any(|j| is_negator(&tokens[j].word))
        {
            return Some(eval(EvalKind::Criticism, k..k + 3));
        }
        // "the company values cheap labour over its staff", "cares more
        // about X than Y": a claim about what they value
        if matches!(
            tokens[k].lemma.as_str(),
            "valu" | "care" | "priorit" | "prioritis" | "prioritiz"
        ) && !["ful", "fully", "able", "less"]
            .iter()
            .any(|end| tokens[k].word.ends_with(end))
            && (r.start..k).any(|j| {
                is_employer_target(&tokens[j].word)
                    && !matches!(tokens[j].word.as_str(), "you" | "your")
            })
            && (k + 1..r.end).any(|j| matches!(w(j), Some("over" | "than" | "above")))
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "I'd gently suggest being clearer", "I would suggest that a
        // leadership team which ...": advice with no "you"
        if matches!(tokens[k].lemma.as_str(), "suggest" | "recommend" | "advis")
            && (r.start..k).any(|j| tokens[j].lemma == "i")
        {
            let next = (k + 1..r.end).find(|&j| w(j) != Some("that"));
            let to_them = next.is_some_and(|j| {
                let t = &tokens[j];
                t.word.ends_with("ing")
                    && !matches!(
                        t.word.as_str(),
                        "speaking"
                            | "talking"
                            | "meeting"
                            | "moving"
                            | "rescheduling"
                            | "something"
                    )
                    || matches!(
                        t.word.as_str(),
                        "a" | "the" | "your" | "someone" | "perhaps" | "maybe"
                    ) && (j + 1..(j + 4).min(r.end)).any(|m| {
                        is_employer_target(&tokens[m].word)
                            && !matches!(
                                tokens[m].word.as_str(),
                                "interview" | "call" | "time" | "role" | "position" | "job"
                            )
                            || tokens[m].word == "leadership"
                    })
            });
            if to_them {
                return Some(eval(EvalKind::Advice, k..k + 1));
            }
        }
        // "..., so that was fun": praise that closes a complaint
        if ci > 0
            && matches!(w(k), Some("that" | "which"))
            && (k == r.start || k == r.start + 1 && w(r.start) == Some("so"))
            && matches!(w(k + 1), Some("was" | "is" | "'s"))
            && matches!(
                w(k + 2),
                Some(
                    "fun"
                        | "great"
                        | "lovely"
                        | "nice"
                        | "brilliant"
                        | "delightful"
                        | "fantastic"
                        | "a"
                )
            )
            && (k + 3 >= r.end
                || !tokens[k + 3].is_word()
                || matches!(w(k + 3), Some("treat" | "joy")))
        {
            return Some(eval(EvalKind::Sarcasm, k..(k + 3).min(r.end)));
        }
        // "maybe consider having people prepare?", "perhaps try
        // replying to candidates": an imperative put to them, at the start
        // of the sentence
        if k == r.start
            && matches!(w(k), Some("maybe" | "perhaps"))
            && matches!(
                w(k + 1),
                Some("consider" | "try" | "think" | "look" | "rethink" | "reconsider")
            )
            && (k + 2..r.end).any(|j| {
                tokens[j].word.ends_with("ing")
                    || matches!(
                        tokens[j].word.as_str(),
                        "how" | "your" | "people" | "candidates" | "process"
                    )
            })
            && !(k..r.end).any(|j| tokens[j].lemma == "i")
        {
            return Some(eval(EvalKind::Advice, k..k + 2));
        }
        // "perhaps someone could look at how long candidates wait", "it
        // might be worth looking at how long the process takes"
        if matches!(w(k), Some("someone" | "somebody"))
            && matches!(
                w(k + 1),
                Some("could" | "should" | "might" | "needs" | "ought")
            )
            && matches!(
                w(k + 2),
                Some(
                    "look"
                        | "review"
                        | "consider"
                        | "think"
                        | "fix"
                        | "check"
                        | "tell"
                        | "update"
                        | "to"
                )
            )
            || w(k) == Some("worth")
                && matches!(
                    w(k + 1),
                    Some(
                        "looking"
                            | "reviewing"
                            | "revisiting"
                            | "considering"
                            | "rethinking"
                            | "checking"
                    )
                )
                && (k + 2..r.end).any(|j| {
                    matches!(
                        w(j),
                        Some("how" | "process" | "candidates" | "your" | "way" | "why")
                    )
                })
        {
            return Some(eval(EvalKind::Advice, k..k + 3));
        }
        // "I'm not sure why you would shortlist someone at my level"
        if matches!(w(k), Some("sure" | "certain"))
            && (r.start..k).rev().take(3).any(|j| tokens[j].word == "not")
            && matches!(w(k + 1), Some("why" | "how"))
            && (k + 2..(k + 5).min(r.end)).any(|j| {
                matches!(
                    w(j),
                    Some("you" | "they" | "anyone" | "your" | "the" | "this")
                )
            })
        {
            return Some(eval(EvalKind::Rhetoric, k.saturating_sub(1)..k + 2));
        }
        // "a lot to ask", "too much to ask"
        if matches!(w(k), Some("lot" | "much")) && w(k + 1) == Some("to") && w(k + 2) == Some("ask")
        {
            return Some(eval(EvalKind::Criticism, k..k + 3));
        }
        // "without so much as", "not even a reply"
        if w(k) == Some("so") && w(k + 1) == Some("much") && w(k + 2) == Some("as")
            || matches!(w(k), Some("not" | "without" | "never"))
                && w(k + 1) == Some("even")
                && matches!(
                    w(k + 2),
                    Some(
                        "a" | "an"
                            | "one"
                            | "the"
                            | "any"
                            | "acknowledge"
                            | "acknowledged"
                            | "reply"
                            | "replied"
                            | "respond"
                            | "responded"
                            | "bother"
                            | "bothered"
                    )
                )
        {
            return Some(eval(EvalKind::Criticism, k..k + 3));
        }
        // "good luck finding someone who ..."
        if w(k) == Some("luck")
            && (matches!(w(k + 1), Some("finding" | "getting" | "hiring" | "filling"))
                && (k + 2..r.end).any(|j| matches!(w(j), Some("who" | "who'll" | "willing" | "that")))
                // "good luck selling five days a week to senior PMs"
                || matches!(w(k + 1), Some("selling" | "convincing" | "persuading")))
        {
            return Some(eval(
                EvalKind::Sarcasm,
                k.saturating_sub(1).max(r.start)..k + 2,
            ));
        }
        // "good luck with that", "I wish the lucky candidate all the best
        // with that": a wish that ends on "with that" wishes it badly
        // ("good luck with the hire" is sincere)
        if matches!(w(k), Some("luck" | "best"))
            && w(k + 1) == Some("with")
            && w(k + 2) == Some("that")
            && tokens.get(k + 3).is_none_or(|t| t.kind != Kind::Word)
        {
            let from = (r.start..k)
                .rev()
                .find(|&j| matches!(w(j), Some("good" | "all" | "wish" | "best")))
                .unwrap_or(k);
            return Some(eval(EvalKind::Sarcasm, from..k + 3));
        }
        // "which would have been nice to know before I built your onboarding
        // flow for free": what they kept back, wished for in hindsight
        if matches!(w(k), Some("would" | "might"))
            && w(k + 1) == Some("have")
            && w(k + 2) == Some("been")
            && matches!(
                w(k + 3),
                Some("nice" | "good" | "helpful" | "useful" | "great")
            )
            && matches!(w(k + 4), Some("to"))
            && matches!(
                w(k + 5),
                Some("know" | "hear" | "mention" | "be" | "get" | "have")
            )
        {
            return Some(eval(EvalKind::Criticism, k..k + 6));
        }
        // "frankly I expected better", "I'd expected more of a firm like
        // yours": what they fell short of
        if tokens[k].lemma == "expect"
            && matches!(w(k + 1), Some("better" | "more"))
            && tokens
                .get(k + 2)
                .is_none_or(|t| t.kind != Kind::Word || matches!(t.word.as_str(), "of" | "from"))
            && (r.start..k).any(|j| tokens[j].word == "i")
            && !(r.start..k).any(|j| is_negator(&tokens[j].word))
        {
            return Some(eval(EvalKind::Criticism, k..k + 2));
        }
        // "Please stop calling my office line": told to stop contacting
        if w(k) == Some("stop")
            && w(k + 1).is_some_and(|n| {
                matches!(
                    n,
                    "calling"
                        | "emailing"
                        | "texting"
                        | "messaging"
                        | "contacting"
                        | "ringing"
                        | "chasing"
                        | "spamming"
                )
            })
            && !(r.start..k).any(|j| tokens[j].word == "i")
        {
            return Some(eval(EvalKind::Criticism, k..k + 2));
        }
        // "as I have now said three times", "as I already told you", "I
        // have clearly told you from day one": the writer repeating
        // themselves, with an edge
        if matches!(
            w(k),
            Some("said" | "told" | "wrote" | "mentioned" | "explained" | "stated")
        ) && (k.saturating_sub(4).max(r.start)..k).any(|j| tokens[j].word == "i")
            && (k.saturating_sub(3).max(r.start)..k).any(|j| {
                matches!(tokens[j].word.as_str(), "clearly" | "repeatedly")
                    || tokens[j].word == "already"
                        && w(k) == Some("told")
                        && w(k + 1) == Some("you")
            })
            && (r.start..k).any(|j| matches!(tokens[j].word.as_str(), "as" | "have" | "had"))
            || matches!(w(k), Some("said" | "told" | "asked" | "explained"))
                && matches!(w(k + 1), Some("twice" | "thrice" | "three" | "several" | "multiple" | "repeatedly"))
                && (k.saturating_sub(4).max(r.start)..k).any(|j| tokens[j].word == "i")
                // "I was asked twice": their asking, not the writer's
                && !matches!(w(k.wrapping_sub(1)), Some("was" | "were" | "been" | "being"))
            || matches!(w(k), Some("from"))
                && w(k + 1) == Some("day")
                && matches!(w(k + 2), Some("one" | "1"))
                && (r.start..k).any(|j| matches!(tokens[j].word.as_str(), "told" | "said"))
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 1));
        }
        // "I had assumed you would have reviewed my background": what the
        // writer took for granted of them, not done
        if matches!(w(k), Some("assumed" | "presumed" | "expected"))
            && (k.saturating_sub(3).max(r.start)..k).any(|j| tokens[j].word == "i")
            && (k.saturating_sub(3).max(r.start)..k)
                .any(|j| matches!(tokens[j].word.as_str(), "had" | "rather"))
            && (k + 1..(k + 8).min(r.end)).any(|j| {
                matches!(
                    w(j),
                    Some(
                        "you"
                            | "they"
                            | "your"
                            | "that"
                            | "panel"
                            | "interviewer"
                            | "interviewers"
                            | "manager"
                            | "recruiter"
                            | "someone"
                            | "somebody"
                    )
                ) && (j + 1..(j + 4).min(r.end))
                    .any(|m| matches!(w(m), Some("would" | "was" | "were" | "had")))
            })
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "despite two follow-up emails", "despite repeated calls": chased
        // and not answered
        if w(k) == Some("despite")
            && (k + 1..(k + 5).min(r.end)).any(|j| {
                matches!(
                    w(j),
                    Some(
                        "emails"
                            | "calls"
                            | "messages"
                            | "reminders"
                            | "follow"
                            | "followups"
                            | "chasers"
                    )
                )
            })
            && (k + 1..(k + 3).min(r.end)).any(|j| {
                matches!(
                    w(j),
                    Some(
                        "two"
                            | "three"
                            | "four"
                            | "several"
                            | "multiple"
                            | "repeated"
                            | "numerous"
                            | "many"
                            | "my"
                    )
                )
            })
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "Marta arrived 35 minutes late", "the panel turned up an hour
        // late", "cut the session short": their conduct at the interview
        // (not the writer's own lateness)
        if w(k) == Some("late")
            && (k.saturating_sub(4).max(r.start)..k)
                .any(|j| matches!(w(j), Some("minutes" | "mins" | "hour" | "hours")))
            && (k.saturating_sub(7).max(r.start)..k).any(|j| {
                matches!(
                    tokens[j].lemma.as_str(),
                    "arriv" | "came" | "turn" | "show" | "join" | "start" | "log"
                )
            })
            && !(r.start..k).any(|j| matches!(tokens[j].word.as_str(), "i" | "we" | "my"))
            && (r.start..k).any(|j| {
                is_employer_target(&tokens[j].word)
                    || matches!(
                        tokens[j].word.as_str(),
                        "he" | "she" | "they" | "interviewer" | "panel"
                    )
            })
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "then cut the session short": the interview cut by them
        if w(k) == Some("cut")
            && (k + 1..(k + 4).min(r.end)).any(|j| {
                matches!(
                    w(j),
                    Some("session" | "interview" | "call" | "meeting" | "conversation")
                )
            })
            && (k + 2..(k + 5).min(r.end)).any(|j| w(j) == Some("short"))
            && !(k.saturating_sub(3).max(r.start)..k)
                .any(|j| matches!(tokens[j].word.as_str(), "i" | "we"))
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "I think I'm owed a little candour": grievance as a debt
        if w(k) == Some("owed")
            && (k.saturating_sub(3).max(r.start)..k)
                .any(|j| matches!(tokens[j].word.as_str(), "i" | "am" | "was"))
            && (k.saturating_sub(3).max(r.start)..k).any(|j| tokens[j].word == "i")
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "I had a good laugh at the idea that ...": mocking what they said
        // "a salary band my cousin the student would laugh at": what
        // anyone would mock
        if (tokens[k].lemma == "laugh" || w(k) == Some("laughed"))
            && w(k + 1) == Some("at")
            && (r.start..k).any(|j| tokens[j].word == "i" || tokens[j].word == "would")
        {
            return Some(eval(EvalKind::Sarcasm, k..k + 2));
        }
        // "a pretty big change to spring on someone", "a big detail to change
        // after two interviews"
        if matches!(w(k), Some("spring" | "springing" | "sprung"))
            && w(k + 1) == Some("on")
            && matches!(
                w(k + 2),
                Some("someone" | "somebody" | "people" | "candidates" | "me" | "us")
            )
            || matches!(w(k), Some("big" | "huge" | "major" | "significant"))
                && matches!(w(k + 1), Some("change" | "detail" | "thing" | "difference"))
                && w(k + 2) == Some("to")
                && matches!(
                    w(k + 3),
                    Some("change" | "drop" | "omit" | "leave" | "mention" | "spring" | "make")
                )
                && (k + 4..r.end).any(|j| matches!(w(j), Some("after" | "before" | "on" | "now")))
        {
            return Some(eval(EvalKind::Criticism, k..k + 2));
        }
        // "one does wonder whether anyone there had settled the brief", "I
        // can't help but wonder how ..."
        if w(k) == Some("wonder")
            && (k.saturating_sub(3).max(r.start)..k).any(|j| {
                matches!(
                    tokens[j].word.as_str(),
                    "does" | "do" | "help" | "only" | "one"
                )
            })
            && (k + 1..(k + 5).min(r.end))
                .any(|j| matches!(w(j), Some("anyone" | "anybody" | "how" | "whether" | "who")))
            && (k + 1..r.end).any(|j| {
                is_employer_target(&tokens[j].word)
                    || matches!(w(j), Some("anyone" | "anybody" | "there"))
            })
        {
            return Some(eval(EvalKind::Rhetoric, k..k + 1));
        }
        // "I'm sure it works for someone", "I'm sure someone will be very
        // happy to ..., but it will not be me": a brush-off
        if w(k) == Some("sure")
            && (k.saturating_sub(3).max(r.start)..k).any(|j| tokens[j].word == "i")
            && (matches!(w(k + 1), Some("someone" | "somebody" | "whoever"))
                || w(k + 1) == Some("it")
                    && matches!(w(k + 2), Some("works" | "suits"))
                    && (k + 3..(k + 5).min(r.end))
                        .any(|j| matches!(w(j), Some("someone" | "somebody"))))
            && (k + 1..r.end).any(|j| {
                matches!(
                    w(j),
                    Some("works" | "happy" | "glad" | "thrilled" | "suit" | "suits")
                )
            })
        {
            return Some(eval(
                EvalKind::Sarcasm,
                k.saturating_sub(2).max(r.start)..k + 1,
            ));
        }
        // "somewhere that treats people's time like that", "treated like a
        // number": how they treat people, told by what it is like
        if tokens[k].lemma == "treat"
            && (k + 1..(k + 6).min(r.end)).any(|j| {
                w(j) == Some("like")
                    && matches!(
                        w(j + 1),
                        Some(
                            "that"
                                | "this"
                                | "dirt"
                                | "rubbish"
                                | "garbage"
                                | "trash"
                                | "crap"
                                | "nothing"
                                | "a"
                                | "an"
                        )
                    )
                    && (w(j + 1) != Some("a") && w(j + 1) != Some("an")
                        || matches!(
                            w(j + 2),
                            Some(
                                "number"
                                    | "afterthought"
                                    | "nuisance"
                                    | "joke"
                                    | "child"
                                    | "commodity"
                            )
                        ))
            })
        {
            return Some(eval(EvalKind::Criticism, k..k + 1));
        }
        // "I built your onboarding flow for free": work done for them unpaid
        if w(k) == Some("for")
            && w(k + 1) == Some("free")
            && (r.start..k).any(|j| tokens[j].word == "i")
            && (r.start..k)
                .any(|j| matches!(tokens[j].word.as_str(), "your" | "you" | "them" | "their"))
        {
            return Some(eval(EvalKind::Criticism, k..k + 2));
        }
        // "it would be useful for future procedures to publish ..."
        if matches!(w(k), Some("would" | "might" | "may"))
            && w(k + 1) == Some("be")
            && matches!(
                w(k + 2),
                Some(
                    "useful"
                        | "helpful"
                        | "wise"
                        | "worth"
                        | "better"
                        | "good"
                        | "fairer"
                        | "kinder"
                        | "courteous"
                )
            )
            && (k + 3..r.end).any(|j| {
                matches!(
                    w(j),
                    Some(
                        "future"
                            | "candidates"
                            | "applicants"
                            | "procedures"
                            | "upfront"
                            | "advance"
                            | "announcement"
                            | "advert"
                            | "advertisement"
                            | "ad"
                            | "listing"
                    )
                )
            })
            && !(r.start..k).any(|j| tokens[j].lemma == "i")
        {
            return Some(eval(EvalKind::Advice, k..k + 3));
        }
    }
    None
}

/// Thanks for something bad ("thanks for the four-hour wait"), or a word
/// of the offer in scare quotes ("your 'competitive' salary").
fn sarcasm(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    // thanks given grudgingly: "thanks for having me in I suppose 🙃"
    // (the cue runs to the clause's end), "I guess thanks for your time"
    if let Some(thanks) = r.clone().find(|&k| tokens[k].lemma == "thank") {
        let grudging = r.clone().find(|&k| {
            tokens[k].word == "i"
                && matches!(
                    tokens.get(k + 1).map(|t| t.word.as_str()),
                    Some("suppose" | "guess")
                )
                && (k > thanks && tokens[k + 2..r.end].iter().all(|t| t.kind != Kind::Word)
                    || k < thanks && tokens.get(k + 2).is_some_and(|t| t.lemma == "thank"))
        });
        if let Some(k) = grudging {
            let end = if k > thanks { r.end } else { k + 2 };
            return Some(untargeted(EvalKind::Sarcasm, ci, k..end));
        }
    }
    // "Good luck with that (though).": wished on what was just judged
    if let Some(k) = r.clone().find(|&k| {
        tokens[k].word == "good"
            && word_in(tokens, &r, k + 1) == Some("luck")
            && word_in(tokens, &r, k + 2) == Some("with")
            && word_in(tokens, &r, k + 3) == Some("that")
            && tokens[(k + 4).min(r.end)..r.end].iter().all(|t| {
                t.kind != Kind::Word || matches!(t.word.as_str(), "though" | "then" | "lol")
            })
    }) {
        return Some(untargeted(EvalKind::Sarcasm, ci, k..k + 4));
    }
    // the faces that say "not really": 🙃 🙄 😒
    if let Some(k) = r.clone().find(|&k| {
        tokens[k].kind == Kind::Emoji
            && tokens[k]
                .word
                .chars()
                .any(|c| matches!(c, '🙃' | '🙄' | '😒' | '😑' | '🤡' | '💀'))
    }) {
        return Some(untargeted(EvalKind::Sarcasm, ci, k..k + 1));
    }
    if let Some(e) = praise_of_them(tokens, ci, r.clone()) {
        return Some(e);
    }
    // praise for a way of treating people, opening the clause: "Great way
    // to treat the people who look after your residents.", "Lovely way to
    // run a hiring process."
    {
        let words: Vec<usize> = r
            .clone()
            .filter(|&k| tokens[k].kind == Kind::Word)
            .collect();
        if let [adj, way, to, verb, ..] = words[..] {
            if valence(&tokens[adj].word) >= 1.5
                && tokens[way].word == "way"
                && tokens[to].word == "to"
                && matches!(
                    tokens[verb].lemma.as_str(),
                    "treat" | "run" | "welcom" | "handl" | "keep" | "hire" | "recruit" | "start"
                )
            {
                return Some(untargeted(EvalKind::Sarcasm, ci, adj..verb + 1));
            }
        }
    }
    let thanks = r
        .clone()
        .find(|&k| matches!(tokens[k].lemma.as_str(), "thank" | "appreci" | "grate"))?;
    // "thanks for ringing me back, finally", "thank you, I suppose, for
    // finally letting me know"
    // (not "thanks, I have finally decided")
    let finally = (thanks + 1..(thanks + 9).min(r.end)).find(|&k| {
        tokens[k].word == "finally"
            && !tokens.get(k + 1).is_some_and(|n| {
                matches!(
                    n.word.as_str(),
                    "decided" | "made" | "accepted" | "chosen" | "settled" | "i"
                )
            })
            && !(thanks..k).any(|j| tokens[j].lemma == "i" && tokens[j].word != "me")
    });
    if let Some(k) = finally {
        return Some(Evaluation {
            kind: EvalKind::Sarcasm,
            clause: ci,
            cue: k..k + 1,
            target: None,
        });
    }
    // praise heaped on an ordeal: "the thrilling four-hour wait", "three
    // wonderful weeks of silence"
    for k in thanks + 1..r.end {
        // (in one phrase: "thank you for your help, I will wait for your
        // confirmation" praises the help and waits, sincerely)
        let one_phrase = |j: usize| {
            (k + 1..j).all(|m| {
                !matches!(
                    tokens[m].word.as_str(),
                    "i" | "we" | "will" | "and" | "but" | "then" | "so" | "," | ";" | ":" | "."
                )
            })
        };
        if valence(&tokens[k].word) >= 1.5
            && (k + 1..(k + 5).min(r.end)).any(|j| {
                one_phrase(j)
                    && matches!(
                        tokens[j].word.as_str(),
                        "wait"
                            | "waiting"
                            | "delay"
                            | "delays"
                            | "silence"
                            | "ghosting"
                            | "runaround"
                            | "hoops"
                            | "cancellation"
                            | "cancellations"
                            | "reschedules"
                            | "excuses"
                            | "radio"
                    )
            })
        {
            return Some(Evaluation {
                kind: EvalKind::Sarcasm,
                clause: ci,
                cue: thanks..k + 1,
                target: None,
            });
        }
    }
    let (neg, worst) = polarity(tokens, thanks + 1..r.end);
    let worst = worst?;
    // "thank you for your patience with my delay" is sincere; a bad thing
    // of theirs thanked for is not
    let theirs = (thanks + 1..r.end).any(|k| is_employer_target(&tokens[k].word));
    (neg <= -1.5 && theirs).then(|| Evaluation {
        kind: EvalKind::Sarcasm,
        clause: ci,
        cue: thanks..worst + 1,
        target: None,
    })
}

/// Praise of them in a verbless exclamation, with nothing praised for:
/// "Very generous of Kolaride.", "How thoughtful of you." Sincere thanks
/// say what for ("very kind of you to think of me").
fn praise_of_them(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let words: Vec<usize> = r
        .clone()
        .filter(|&k| tokens[k].kind == Kind::Word)
        .collect();
    let of = words.iter().position(|&k| tokens[k].word == "of")?;
    if !(1..=3).contains(&of) || words.len() > of + 3 {
        return None;
    }
    let adj = words[of - 1];
    // an exclamation: "very", "how", "so" before the praise
    let before_ok = of >= 2
        && words[..of - 1].iter().all(|&k| {
            matches!(
                tokens[k].word.as_str(),
                "very" | "how" | "so" | "real" | "really" | "most" | "too"
            )
        });
    let positive = valence(&tokens[adj].word) >= 1.0;
    // "of them", "of Kolaride", "of the company", spoken of rather than
    // to ("very kind of you" is said to the reader, and mostly meant),
    // and nothing after it: no "to think of me"
    let whom = &words[of + 1..];
    let them = !whom.is_empty()
        && !whom.iter().any(|&k| {
            matches!(
                tokens[k].word.as_str(),
                "you" | "your" | "me" | "us" | "my" | "to" | "for" | "all" | "everyone"
            )
        });
    (before_ok && positive && them).then(|| untargeted(EvalKind::Sarcasm, ci, adj..adj + 1))
}

/// A quoted single evaluative word, as in `your "competitive" salary`.
pub fn scare_quotes(text: &str) -> Option<Range<usize>> {
    for (open, close) in [('"', '"'), ('“', '”'), ('\'', '\''), ('‘', '’')] {
        let mut from = 0;
        while let Some(a) = text[from..].find(open).map(|k| from + k) {
            let inner_start = a + open.len_utf8();
            let Some(b) = text[inner_start..].find(close).map(|k| inner_start + k) else {
                break;
            };
            let inner = &text[inner_start..b];
            let words = inner.split_whitespace().count();
            let positive = inner
                .split_whitespace()
                .any(|w| valence(&w.to_lowercase()) > 0.8);
            // a lower-case word in quotes before what it describes: your
            // "competitive" salary (a quoted job title is capitalised)
            let lower = inner.chars().all(|c| !c.is_uppercase());
            let described = text[b + close.len_utf8()..]
                .split_whitespace()
                .next()
                .is_some_and(|w| {
                    is_employer_target(
                        w.to_lowercase()
                            .trim_matches(|c: char| !c.is_alphanumeric()),
                    )
                });
            // "senior" means something different over there; the so-called
            // "final" round
            let after = text[b + close.len_utf8()..].trim_start().to_lowercase();
            let questioned = [
                "means ",
                "meant ",
                "mean ",
                "apparently",
                "that was essentially",
                "that was basically",
                "which was essentially",
                "which was basically",
                "that was really",
                "which was really",
                "that turned out",
                "which turned out",
            ]
            .iter()
            .any(|m| after.starts_with(m))
                || text[..a].to_lowercase().trim_end().ends_with("so-called");
            // quoting their words back with "now", "congratulations on", or
            // a contrast: 'and now you want me in for a "quick chat"'
            let before = text[..a].to_lowercase();
            let thrown_back = words <= 4
                && lower
                && [
                    " now ",
                    "congratulations on",
                    " as ",
                    "describe",
                    "calling",
                    "called it",
                ]
                .iter()
                .any(|m| before.contains(m))
                && !before.trim_end().ends_with("subject")
                && !before.trim_end().ends_with("subject:");
            // one word of a title quoted: the "Senior" Frontend Developer
            // role (a whole title is quoted whole)
            let title_word = words == 1
                && !lower
                && text[b + close.len_utf8()..]
                    .strip_prefix(' ')
                    .and_then(|t| t.chars().next())
                    .is_some_and(char::is_uppercase);
            let positive =
                lower && (positive || described || questioned) || thrown_back || title_word;
            // an apostrophe pair inside words ("I'm", "you're") is no quote
            let bounded = a == 0 || !text[..a].ends_with(char::is_alphanumeric);
            if ((1..=2).contains(&words) || thrown_back) && positive && bounded {
                return Some(a..b + close.len_utf8());
            }
            from = b + close.len_utf8();
        }
    }
    None
}

fn pity(clause: usize, cue: Range<usize>) -> Evaluation {
    Evaluation {
        kind: EvalKind::SelfPity,
        clause,
        cue,
        target: None,
    }
}

/// "People like me never get a fair chance", "I'm clearly not good
/// enough", "I always mess these up": the writer run down by the writer.
fn self_pity(tokens: &[Token], ci: usize, r: Range<usize>) -> Option<Evaluation> {
    let w = |k: usize| word_in(tokens, &r, k);
    for k in r.clone() {
        // "people like me", "someone like me"
        if w(k) == Some("like")
            && w(k + 1) == Some("me")
            && matches!(
                w(k.wrapping_sub(1)),
                Some("people" | "someone" | "somebody" | "candidates" | "anyone")
            )
        {
            return Some(pity(ci, k - 1..k + 2));
        }
        // "not good enough", "never good enough"
        if w(k) == Some("good")
            && w(k + 1) == Some("enough")
            && matches!(w(k.wrapping_sub(1)), Some("not" | "never"))
            && r.clone().any(|j| tokens[j].lemma == "i")
        {
            return Some(pity(ci, k - 1..k + 2));
        }
        // "I always mess up", "I never get a break": a habit of failing
        if tokens[k].lemma == "i"
            && matches!(w(k + 1), Some("always" | "never"))
            && (k + 2..(k + 5).min(r.end)).any(|j| {
                matches!(
                    tokens[j].lemma.as_str(),
                    "mess" | "screw" | "fail" | "blow" | "ruin" | "get" | "win" | "make"
                )
            })
        {
            return Some(pity(ci, k..k + 3));
        }
    }
    // fate told as a pattern: "every time something good comes for me,
    // something like this happens", "the same story at the last four
    // places", "story of my life"
    let mine = r
        .clone()
        .any(|k| matches!(tokens[k].word.as_str(), "me" | "my" | "i"));
    for k in r.clone() {
        let every_time = w(k) == Some("every")
            && w(k + 1) == Some("time")
            && r.clone()
                .any(|j| matches!(tokens[j].lemma.as_str(), "happen" | "come" | "goe" | "go"));
        let same_story = w(k) == Some("same") && w(k + 1) == Some("story")
            || w(k) == Some("story") && w(k + 1) == Some("of") && w(k + 2) == Some("my");
        if (every_time && mine) || same_story {
            return Some(pity(ci, k..k + 2));
        }
        // luck that never comes: "I can't catch a break", "I never get a
        // break"; "everything keeps going wrong for me", "nothing goes
        // right for me"
        let no_break = matches!(w(k), Some("catch" | "get"))
            && w(k + 1) == Some("a")
            && w(k + 2) == Some("break")
            && (k.saturating_sub(3).max(r.start)..k).any(|j| is_negator(&tokens[j].word))
            && mine;
        let fate = matches!(w(k), Some("everything" | "nothing"))
            && (k + 1..(k + 5).min(r.end)).any(|j| {
                matches!(w(j), Some("wrong" | "right"))
                    && w(j + 1) == Some("for")
                    && matches!(w(j + 2), Some("me" | "us"))
            });
        if no_break || fate {
            return Some(pity(ci, k..k + 3));
        }
        // "maybe I'm too sensitive", "I'm probably too old for this"
        if tokens[k].word == "too"
            && matches!(
                w(k + 1),
                Some("sensitive" | "old" | "slow" | "stupid" | "useless")
            )
            && (k.saturating_sub(3).max(r.start)..k).any(|j| tokens[j].word == "i")
        {
            return Some(pity(ci, k..k + 2));
        }
        // "I'm clearly not what anyone is looking for": the writer
        // written off by everyone
        if w(k) == Some("what")
            && matches!(
                w(k + 1),
                Some("anyone" | "anybody" | "employers" | "companies" | "people" | "nobody")
            )
            && (k + 2..(k + 5).min(r.end)).any(|j| w(j) == Some("looking"))
            && (r.start..k).any(|j| tokens[j].lemma == "i")
            && (r.start..k).any(|j| matches!(tokens[j].word.as_str(), "not" | "never"))
        {
            return Some(pity(ci, k..k + 2));
        }
        // "I suppose at 58 that is simply how it goes": resignation
        if matches!(w(k), Some("suppose" | "guess"))
            && k > r.start
            && tokens[k - 1].lemma == "i"
            && (k + 1..r.end.saturating_sub(2)).any(|j| {
                matches!(w(j), Some("how" | "way"))
                    && w(j + 1) == Some("it")
                    && matches!(w(j + 2), Some("goes" | "is"))
            })
        {
            return Some(pity(ci, k - 1..k + 1));
        }
        // "it is disheartening", "honestly demoralising": the search's
        // weight on the writer
        if matches!(
            tokens[k].lemma.as_str(),
            "dishearten" | "demoralis" | "demoraliz" | "soul-destroy" | "deflat"
        ) {
            return Some(pity(ci, k..k + 1));
        }
        // "at my age I doubt I'd be much use to you"
        if w(k) == Some("at")
            && w(k + 1) == Some("my")
            && w(k + 2) == Some("age")
            && (k + 3..r.end)
                .any(|j| matches!(w(j), Some("doubt" | "use" | "never" | "not" | "who")))
        {
            return Some(pity(ci, k..k + 3));
        }
        // "nobody wants to hire a 46-year-old tester anyway": the writer
        // written off by every employer
        if matches!(w(k), Some("nobody" | "noone")) || w(k) == Some("no") && w(k + 1) == Some("one")
        {
            let wants = (k + 1..(k + 4).min(r.end)).find(|&j| tokens[j].lemma == "want");
            if let Some(j) = wants {
                if (j + 1..(j + 4).min(r.end)).any(|x| {
                    matches!(
                        tokens[x].lemma.as_str(),
                        "hire" | "employ" | "pick" | "take" | "interview"
                    )
                }) {
                    return Some(pity(ci, k..j + 1));
                }
            }
        }
        // "other people you could've picked instead of me": passed over
        if w(k) == Some("instead")
            && w(k + 1) == Some("of")
            && w(k + 2) == Some("me")
            && (r.start..k).any(|j| {
                matches!(
                    tokens[j].word.as_str(),
                    "picked" | "chosen" | "hired" | "taken" | "pick" | "choose" | "hire"
                )
            })
        {
            return Some(pity(ci, k..k + 3));
        }
        // "it's always something with me", "always the way for me": bad
        // luck told as the writer's lot
        if w(k) == Some("always")
            && matches!(w(k + 1), Some("something" | "the"))
            && (k + 2..(k + 5).min(r.end))
                .any(|j| matches!(w(j), Some("me")) && matches!(w(j - 1), Some("with" | "for")))
        {
            return Some(pity(ci, k..k + 2));
        }
        // "I don't know why I thought today would be different": hope
        // written off
        if w(k) == Some("thought")
            && (k + 1..(k + 6).min(r.end)).any(|j| w(j) == Some("different"))
            && (r.start..k).any(|j| w(j) == Some("why"))
        {
            return Some(pity(ci, k..k + 1));
        }
        // "maybe then I am not the right candidate anyway": the writer
        // written off, with a shrug
        if w(k) == Some("anyway")
            && r.clone().any(|j| tokens[j].lemma == "i")
            && r.clone()
                .any(|j| matches!(tokens[j].word.as_str(), "not" | "never"))
            && r.clone().any(|j| {
                matches!(
                    tokens[j].word.as_str(),
                    "right"
                        | "good"
                        | "qualified"
                        | "suited"
                        | "enough"
                        | "candidate"
                        | "fit"
                        | "use"
                        | "chance"
                )
            })
        {
            return Some(pity(ci, k..k + 1));
        }
    }
    // "I'm useless", "what a failure I am": a strongly negative word about
    // the writer, with no employer in the clause
    let about_me = r.clone().any(|k| tokens[k].lemma == "i");
    let about_them = r.clone().any(|k| is_employer_target(&tokens[k].word));
    if about_me && !about_them {
        for k in r.clone() {
            if matches!(
                tokens[k].word.as_str(),
                "useless"
                    | "failure"
                    | "worthless"
                    | "hopeless"
                    | "loser"
                    | "pathetic"
                    | "stupid"
                    | "idiot"
                    | "unlucky"
                    | "unwanted"
                    | "unemployable"
                    | "cursed"
                    | "pointless"
            ) && !matches!(
                tokens.get(k.wrapping_sub(1)).map(|t| t.word.as_str()),
                Some("not")
            ) {
                return Some(pity(ci, k..k + 1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::{clauses::clauses, tokens::tokenize};
    use super::*;

    fn kinds(text: &str) -> Vec<EvalKind> {
        let t = tokenize(text);
        let c = clauses(&t);
        evaluations(&t, &c).into_iter().map(|e| e.kind).collect()
    }

    #[test]
    fn a_condition_on_them_is_no_advice() {
        for s in [
            "If you need to reach me it's 0411 578 230.",
            "I would be grateful if you could consider my profile.",
        ] {
            assert!(!kinds(s).contains(&EvalKind::Advice), "{s}: {:?}", kinds(s));
        }
        assert!(kinds("You need to train your interviewers.").contains(&EvalKind::Advice));
        for s in [
            "Maybe pay people properly and you wouldn't be so short all the time.",
            "treat candidates like people and you'll fill it in a week",
            "Maybe fix this first, then you will not need to interview new guards every month.",
        ] {
            assert!(kinds(s).contains(&EvalKind::Advice), "{s}: {:?}", kinds(s));
        }
        for s in [
            "Give me a call and you will have my answer.",
            "Have a lovely weekend and you will hear from me soon.",
        ] {
            assert!(!kinds(s).contains(&EvalKind::Advice), "{s}: {:?}", kinds(s));
        }
    }

    #[test]
    fn confidence_withheld_and_one_side_weighed_against_another() {
        for (s, kind) in [
            (
                "I must say the experience did not fill me with confidence.",
                EvalKind::Criticism,
            ),
            (
                "The board's silence on it didn't inspire much confidence.",
                EvalKind::Criticism,
            ),
            (
                "But I'm sure your clients get much better service than your candidates.",
                EvalKind::Rhetoric,
            ),
            (
                "Clearly my time matters less than your manager's golf day.",
                EvalKind::Rhetoric,
            ),
        ] {
            assert!(kinds(s).contains(&kind), "{s}: {:?}", kinds(s));
        }
        for s in [
            "I don't have the confidence to lead a team of twenty yet.",
            "I'm sure the new site will be better than the old one for you.",
            "I lost a little faith in myself after the exams.",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
    }

    #[test]
    fn told_how_often_and_advice_to_someone_there() {
        for (s, kind) in [
            (
                "I've been clear from the start that I'm based in Dublin.",
                EvalKind::Rhetoric,
            ),
            (
                "I told you 3 TIMES I need family status.",
                EvalKind::Rhetoric,
            ),
            (
                "Someone in HR might want to look at how first-round interviews are run.",
                EvalKind::Advice,
            ),
            (
                "Honestly, somebody over there should probably figure out their on-call policy.",
                EvalKind::Advice,
            ),
            (
                "You'd get way better applicants if you paid people for trials.",
                EvalKind::Advice,
            ),
        ] {
            assert!(kinds(s).contains(&kind), "{s}: {:?}", kinds(s));
        }
        for s in [
            "As I mentioned on the call, I'm relocating in March.",
            "We have told three candidates already.",
            "Someone from the team should be in touch with you next week.",
            "Maybe someone else would be a better fit for the role.",
            "You could get a better sense of my work if you look at my portfolio.",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
    }

    #[test]
    fn written_off_and_mock_praise() {
        for (s, kind) in [
            (
                "Nobody wants to hire a 46-year-old manual tester anyway.",
                EvalKind::SelfPity,
            ),
            (
                "I know you probably had other people you could've picked instead of me.",
                EvalKind::SelfPity,
            ),
            (
                "Great way to treat the people who look after your residents.",
                EvalKind::Sarcasm,
            ),
            (
                "I guess this is how the company values the time of engineers.",
                EvalKind::Rhetoric,
            ),
            (
                "I reply within 48 hours, so I think that says something about fit.",
                EvalKind::Rhetoric,
            ),
            (
                "I imagine the budget for snacks in the SF office is bigger than this, no?",
                EvalKind::Rhetoric,
            ),
        ] {
            let t = crate::reading::tokens::tokenize(s);
            let c = crate::reading::clauses::clauses(&t);
            assert!(evaluations(&t, &c).iter().any(|e| e.kind == kind), "{s}");
        }
        for s in [
            "Nobody wants to be the person who cancels late, so I'm writing now.",
            "There is a great way to reach me by phone.",
            "When she explain on the phone, the schedule is split shift, 6 to 10 in the morning.",
            "The chef told me on the phone the interview is a trial shift on Saturday.",
            "This is how the team plans its week, I was told.",
        ] {
            let t = crate::reading::tokens::tokenize(s);
            let c = crate::reading::clauses::clauses(&t);
            assert!(evaluations(&t, &c).is_empty(), "{s}");
        }
    }

    #[test]
    fn criticism_without_listed_words() {
        for s in [
            "Your team seemed disorganised and the panel was rude.",
            "The office felt cold and the leadership arrogant.",
            "Frankly the whole process was a shambles and a waste of my time.",
            "The salary you offered is insulting.",
        ] {
            assert!(kinds(s).contains(&EvalKind::Criticism), "{s}");
        }
    }

    #[test]
    fn implied_criticism_and_self_pity() {
        assert!(kinds("You might want to train your interviewers.").contains(&EvalKind::Advice));
        assert!(
            kinds("If this is how you treat candidates, I can only imagine the staff.")
                .contains(&EvalKind::Rhetoric)
        );
        assert!(
            kinds("Thanks so much for the thrilling four-hour wait in your lobby.")
                .contains(&EvalKind::Sarcasm)
        );
        assert!(
            kinds("I guess people like me never get a fair shot.").contains(&EvalKind::SelfPity)
        );
        // advice with no "you should", digs, grudging thanks, fate
        for (text, kind) in [
            (
                "Maybe the next candidate will be third time lucky.",
                EvalKind::Sarcasm,
            ),
            ("Good luck filling the post anyway.", EvalKind::Sarcasm),
            (
                "So I took the hint that this hire isn't a priority.",
                EvalKind::Rhetoric,
            ),
            (
                "Next time, read the CV properly before calling people.",
                EvalKind::Advice,
            ),
            (
                "It could be worth rethinking how your panel runs things.",
                EvalKind::Advice,
            ),
            (
                "Maybe sort out your process before you post another advert.",
                EvalKind::Advice,
            ),
            (
                "Perhaps get your panel to read the CVs before you invite people in.",
                EvalKind::Advice,
            ),
            ("Just my two cents.", EvalKind::Sarcasm),
            (
                "Not a great sign for how the team is run.",
                EvalKind::Sarcasm,
            ),
            (
                "Honestly I can't catch a break this year.",
                EvalKind::SelfPity,
            ),
            (
                "Everything has been going wrong for me lately.",
                EvalKind::SelfPity,
            ),
            (
                "Clearly your organisation's time is more valuable than mine.",
                EvalKind::Rhetoric,
            ),
            (
                "You guys need to pay people for test projects.",
                EvalKind::Advice,
            ),
            (
                "I'd urge the company to publish the salary band.",
                EvalKind::Advice,
            ),
            (
                "Fine if you genuinely want good engineers to stay.",
                EvalKind::Rhetoric,
            ),
            (
                "Candidates talk to each other about this.",
                EvalKind::Rhetoric,
            ),
            ("Thanks for the call I guess 🙄", EvalKind::Sarcasm),
            ("How thoughtful of the agency.", EvalKind::Sarcasm),
            (
                "This is the fourth time the date has been moved.",
                EvalKind::Criticism,
            ),
            (
                "Now I've used two days of annual leave for nothing.",
                EvalKind::Criticism,
            ),
            (
                "Here comes yet another round of tests.",
                EvalKind::Criticism,
            ),
            ("Story of my life really.", EvalKind::SelfPity),
            ("Just a suggestion.", EvalKind::Sarcasm),
            (
                "I'm clearly not what anyone is looking for at the moment.",
                EvalKind::SelfPity,
            ),
            (
                "I suppose at 58 that is simply how it goes.",
                EvalKind::SelfPity,
            ),
            ("I must say it is disheartening.", EvalKind::SelfPity),
            (
                "The salary band is one my cousin the student would laugh at.",
                EvalKind::Sarcasm,
            ),
            (
                "Maybe someone should remind him that candidates interview the company too.",
                EvalKind::Advice,
            ),
            ("Five weeks to answer an application.", EvalKind::Criticism),
            (
                "Six roles for one wage, so best of luck with that.",
                EvalKind::Sarcasm,
            ),
            (
                "The post went to an insider, which might have been nice to hear earlier.",
                EvalKind::Criticism,
            ),
            (
                "I sketched your whole data model for free.",
                EvalKind::Criticism,
            ),
            (
                "Not a place that treats applicants like that.",
                EvalKind::Criticism,
            ),
            (
                "Suggest they teach the panel to turn up on time.",
                EvalKind::Advice,
            ),
            ("It's always something for me lately.", EvalKind::SelfPity),
            (
                "I had rather assumed the recruiter would have checked my notice period.",
                EvalKind::Criticism,
            ),
            (
                "- suggest they rethink the four-round process",
                EvalKind::Advice,
            ),
        ] {
            assert!(kinds(text).contains(&kind), "{text}: {:?}", kinds(text));
        }
        // and the sincere forms stay clear
        for text in [
            "Next time, please keep me in mind for a similar role.",
            "Thank you, that is very kind of you.",
            "I'm sorry this is the second time I have had to move it.",
            "I'd love to keep in touch either way.",
            "Every time I speak with your team I learn something.",
            "It took me two weeks to decide.",
            "Good luck with the hire.",
            "They treated me like a colleague from day one.",
            "My recruiter suggested they push the date back.",
            "It would have been nice to meet the team.",
            "I had assumed the interview was in person.",
            "Perhaps pass my thanks to your team.",
            "Maybe tell your manager I said hello.",
            "Your offer is more generous than mine, I admit.",
            "Their package pays more than my current one.",
            "I finally get a break from night shifts next month.",
            "I hope everything goes right for you and the team.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
        assert!(scare_quotes("Your \"competitive\" salary was not.").is_some());
        assert!(scare_quotes("So \"senior\" means something else over there.").is_some());
        assert!(scare_quotes("I'm sure you're busy.").is_none());
    }

    #[test]
    fn sincere_wishes_and_own_priorities_are_not_digs() {
        for text in [
            "I wish you the best of luck anyway.",
            "Good luck with the search, and I hope you find someone great.",
            "Relocating is not a priority for me this year.",
            "Third time lucky for me, I finally passed the exam.",
        ] {
            assert!(kinds(text).is_empty(), "{text}: {:?}", kinds(text));
        }
    }

    #[test]
    fn neutral_reasons_and_courtesy_are_not_criticism() {
        for s in [
            "Unfortunately, I must decline.",
            "The salary is below what I need at this stage.",
            "It's a shame the timing didn't work out.",
            "The role has changed from what I applied for, so I'll step back.",
            "The commute would be too long for me.",
            "Thank you for your patience with my delay.",
            "You should receive my signed form tomorrow.",
            "I'm sorry for any inconvenience.",
            "I feel terrible about the short notice.",
            "Please treat my application as withdrawn.",
            "Please update your records accordingly.",
            "I guess that is how it works with agencies.",
            "Someone should have the forms ready for you.",
        ] {
            assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
        }
    }
}
