//! # ambiguous-decision
//!
//! Fires when the decision is hedged: "I'm not sure this is right for me",
//! "I might not be able to", "I think I'll probably pass", "I'll let you
//! know".
//!
//! **Why it matters.** A hedged decline invites a follow-up call, a
//! reminder email, or a slot kept open for you that someone else could
//! have had. Being clear is the courteous choice.
//!
//! **What it looks at.** Each sentence is read, not matched against a
//! list: a decision is found by the meaning of its verb ("decline",
//! "declining", "pull out", "won't be attending", "unable to continue",
//! "take my name out") and a hedge by its kind: a modal (might, may,
//! could), an adverb (probably, maybe), a stance (I think, leaning,
//! inclined, not sure, torn, second thoughts), odds (a fair chance, 80/20),
//! a provisional word (for now, as of now, not final, not yet), a condition
//! on your own circumstances (unless my visa comes through), or a promise
//! to decide later (I'll let you know) when nothing else decides. It fires
//! when a hedge's reach covers the decision. A hedge ends at "but",
//! "because", "so" and at a word of resolution ("decided"), so a hedge on a
//! reason ("the commute may be long, so I'm withdrawing") or on an
//! invitation to stay in touch ("perhaps our paths will cross") is fine,
//! and so are conventional phrases ("at this time", "unfortunately"). A
//! condition on what the employer offers ("unless you can raise the
//! salary") is negotiation-opening's to report.
//!
//! Where no cue covers the decision, a small trained scorer (a linear
//! model over the sentence's words, letters and reading; see
//! `src/reading/models/MODEL_CARD.md`) reads sentences that carry a
//! decision frame or the decision for hedging the cues miss ("not 100%
//! sure yet but leaning that way", a decision followed by "unless ...").
//! It is asked of those sentences only, so a hedge elsewhere never counts,
//! and it quotes the hedge cue nearest the decision (else the words that
//! weighed most with the scorer).
//!
//! A hedge in a sentence with no decision of its own is not reported where
//! another sentence decides plainly, unless it reopens the decision ("not
//! 100% sure yet"); polite advice ("maybe consider preparing your
//! interviewers?") is negativity's, and puzzlement ("I'm not sure why you
//! would shortlist me") is no doubt about the decision.
//!
//! **The fix.** The hedged sentence becomes a plain decision: your own
//! sentence with its hedges lifted out where that reads plainly ("I think
//! I'm probably going to step back for now" → "I'm going to step back"),
//! else a plain sentence for the situation. Where another sentence
//! already decides plainly, nothing is replaced. Other sentences that
//! hedge or reopen the decision lose the part that does, the clause or the
//! whole sentence ("an offer I'm leaning towards, so I'll let you know"
//! keeps "an offer"; "might still pop along if I've nothing on" goes),
//! but a request for another day always stays (one plan for the whole
//! message). Where the writer is unsure only about attending on a day ("not
//! sure I'll be able to come on Wednesday") and nothing declines the job,
//! the plain version asks for another day instead of withdrawing; days
//! named in a condition ("unless there's something Mon/Wed/Fri?") or a
//! time floated beside it ("maybe next week?") are what it asks for. The
//! replacement names no reason of its own where the message says more,
//! and a reason given after the hedge ("..., because the site is in
//! Dartford and my daughter starts school here") follows it as a sentence
//! of its own.
//! A hedge that left a way back ("for now", "unless ...", "maybe later")
//! is a door the writer wanted open: where nothing else in the message
//! opens it, the plain sentence is followed by a line about later roles
//! ("I would be glad to stay in touch about future opportunities."). "I'll
//! wait to hear back before I decide for sure" beside a plain decline
//! takes the decision back up and is reported; "I'll let you know if
//! anything changes" is a courtesy and is not.
//!
//! **What it can't see.** Hedges spread over several sentences ("I've
//! decided to withdraw. Then again, who knows."), irony, and hedges in
//! words it has no cue for.
//!
//! Before:
//!
//! ```text
//! I'm not sure this role is right for me, so I might step back.
//! ```
//!
//! After:
//!
//! ```text
//! After careful thought, I have decided to withdraw my application.
//! ```

use std::ops::Range;

use super::rule::{Rule, scored};
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::reading::frames::{FrameKind, is_day};
use crate::reading::scorer::Model;
use crate::reading::{Class, Stand};
use crate::vocab::{Finding, Intent, Scenario, Severity};
use crate::wording::Situation;

pub const RULE: Rule = Rule {
    id: "ambiguous-decision",
    default_severity: Severity::Warning,
    summary: "The decision is hedged or noncommittal",
    intent: Intent::Decide,
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, hedge, cue) in hedged_decisions(msg) {
        let mut f = Finding::new(
            RULE.id,
            msg.buf(hedge.clone()),
            format!("“{cue}” makes the decision sound unsure; say plainly that you decline."),
        );
        // the reason may live in another sentence; don't give it twice
        // the reason may live in another sentence (or be only hinted at
        // there, hedged: "an offer I'm leaning towards, not signed yet");
        // don't give it twice, and don't claim what the writer did not
        let reason_elsewhere = msg.body_sentences().any(|j| {
            let r = msg.roles[j];
            j != i
                && (r.reason
                    || !(r.gratitude || r.door_open || r.greeting || r.sign_off)
                        && crate::prose::count_words(msg.sentence_text(j)) >= 6)
        });
        let mut situation = Situation::of(msg, cfg);
        // "I'm not sure I'll be able to come on Wednesday" (ill, a clash):
        // unsure about a date, not about the job; the clear version asks
        // for another day rather than withdrawing for them
        // (and "I might still make it, or maybe we could push it": the
        // other day is what they float, so it is what the clear version
        // asks for)
        let floats_another_day = msg.readings[i]
            .frames
            .iter()
            .any(|f| f.kind == FrameKind::Reschedule)
            || unless_another_slot(msg, i);
        if (unsure_of_the_day(msg, i) || floats_another_day)
            && matches!(
                situation.scenario,
                Scenario::Personal | Scenario::General | Scenario::Reschedule
            )
        {
            situation.scenario = Scenario::Reschedule;
        }
        // the writer's own sentence without its hedges where that reads
        // as a plain decision ("I think I'm probably going to have to step
        // back from the process for now." → "I'm going to have to step
        // back from the process."); else a plain sentence for the scenario
        // a hedged sentence that decides nothing ("I don't think I can
        // move down to Cape Town") keeps its words, said plainly
        let own = dehedged(msg, i).or_else(|| {
            msg.readings[i]
                .frames
                .is_empty()
                .then(|| lift_hedges(msg, i))
                .flatten()
        });
        if let Some(own) = own {
            let edit = edits::replace_sentence(msg, i, &own);
            f.fixes.push(edits::own_words(
                format!("Say it plainly: \"{}\"", own.trim()),
                vec![edit],
            ));
            out.push(f);
            continue;
        }
        // the writer's reason said after the hedge stays, told as a
        // sentence of its own after the plain decision
        let reason = reason_after(msg, i);
        let edit = {
            let mut clear = situation.decision_phrase(reason_elsewhere || reason.is_some());
            // "I've had a think about it over the weekend." already
            // says the thinking: the plain sentence doesn't say it again
            let thought = msg.body_sentences().any(|j| {
                j != i
                    && msg.readings[j].tokens.iter().any(|t| {
                        matches!(
                            t.word.as_str(),
                            "think" | "thought" | "thinking" | "considered" | "consideration"
                        )
                    })
                    && !msg.readings[j]
                        .frames
                        .iter()
                        .any(|f| msg.readings[j].hedge_over(f).is_none())
            }) || msg.readings[i].tokens.iter().any(|t| {
                matches!(
                    t.word.as_str(),
                    "think" | "thought" | "thinking" | "consideration"
                )
            });
            if thought {
                if let Some((lead, rest)) = clear.split_once(", ") {
                    if lead.starts_with("After ") && lead.ends_with("thought") {
                        clear = crate::edits::capitalise(rest);
                    }
                }
            }
            // the other days the writer named are what the request asks
            // for ("unless there's something Mon/Wed/Fri or weekends?")
            if situation.scenario == Scenario::Reschedule {
                if let Some(days) = slot_named(msg, i) {
                    let at = clear.find(['.', '!', '?']).map_or(clear.len(), |k| k + 1);
                    clear.truncate(at);
                    clear.push_str(&format!(" Would a time on {days} work for you instead?"));
                }
            }
            if let Some(reason) = &reason {
                // (after the decision's first sentence: a request for
                // another day still ends it)
                let at = clear.find(['.', '!', '?']).map_or(clear.len(), |k| k + 1);
                clear.insert_str(at, &format!(" {reason}"));
            }
            // "I'll probably pass for now, unless ..." leaves the door
            // ajar; where nothing else in the message opens it, the plain
            // decision keeps it open, for later roles rather than this one
            // (not where only one date is called off: "won't make thurs,
            // will let you know if that changes" is no goodbye)
            if leaves_door_ajar(msg, i)
                && situation.scenario != Scenario::Reschedule
                && !super::missing_door_open::one_date_only(msg)
            {
                clear.push(' ');
                clear.push_str(&situation.phrase(crate::wording::Slot::DoorOpen));
            }
            // a reason told plainly before the hedge stays ("car's
            // carked it on the M1 so no way I'm making it by 2 😩
            // honestly not sure I'm even keen ..."): only the hedged
            // part gives way
            hedged_tail(msg, i, &clear).unwrap_or_else(|| edits::replace_sentence(msg, i, &clear))
        };
        let shown = edit
            .new_text
            .trim()
            .trim_start_matches(['.', ' '])
            .to_string();
        f.fixes.push(edits::fix(
            format!("Replace with \"{shown}\""),
            vec![edit],
            true,
        ));
        out.push(f);
    }
    out
}

/// Whether sentence `i` makes its decision hang on another slot being
/// free ("I might have to pass on this one for now, unless there's
/// something Mon/Wed/Fri or weekends?"): a wish for another day, not a
/// goodbye.
fn unless_another_slot(msg: &Message, i: usize) -> bool {
    let t = &msg.readings[i].tokens;
    let Some(k) = t.iter().position(|x| x.word == "unless") else {
        return false;
    };
    // ("unless there's something ...", "unless you have anything ...",
    // "unless a slot ...": a time offered, not a change hoped for)
    let offered = t[k + 1..].iter().take(4).any(|x| {
        matches!(
            x.word.as_str(),
            "something" | "anything" | "slot" | "slots" | "time" | "times" | "availability"
        )
    });
    offered
        && t[k + 1..]
            .iter()
            .take(10)
            .any(|x| crate::reading::frames::is_weekday(&x.word))
}

/// The days named in the condition of sentence `i` ("unless there's
/// something Mon/Wed/Fri or weekends?" → "Mon/Wed/Fri or weekends"), from
/// the first day to the end of its clause; `None` unless the condition
/// names a day first.
fn slot_named(msg: &Message, i: usize) -> Option<String> {
    if !unless_another_slot(msg, i) {
        return None;
    }
    let reading = &msg.readings[i];
    let t = &reading.tokens;
    let k = t.iter().position(|x| x.word == "unless")?;
    let first =
        (k + 1..t.len().min(k + 11)).find(|&j| crate::reading::frames::is_weekday(&t[j].word))?;
    if t[first].word.starts_with("weekend") {
        return None;
    }
    let end = (first..t.len())
        .find(|&j| matches!(t[j].word.as_str(), "?" | "." | "," | "!" | ";"))
        .unwrap_or(t.len());
    let text = msg.sentence_text(i);
    let span = reading.span(first..end);
    text.get(span).map(str::to_string)
}

/// The writer's reason told after the hedged decision of sentence `i`
/// ("I think maybe is better that I don't go, because the position is in
/// Monterrey and I don't want to move"), as a sentence of its own ("The
/// position is in Monterrey and I don't want to move."), for the plain
/// decision that replaces the sentence to keep. `None` when no reason
/// follows every hedge, or when it could not stand alone ("because of the
/// commute"), hedges, bargains, decides or blames.
fn reason_after(msg: &Message, i: usize) -> Option<String> {
    let reading = &msg.readings[i];
    let t = &reading.tokens;
    // (the reason for the decision, not for the doubt: the decision
    // comes after every hedge and before the reason, "..., but I am also
    // not sure, because this role is exactly what I was looking for"
    // gives none)
    let last_hedge = reading.hedges.iter().map(|h| h.cue.end).max()?;
    let decided = reading
        .frames
        .iter()
        .map(|f| f.at)
        .filter(|&at| at >= last_hedge)
        .min()?;
    let k = (decided..t.len()).find(|&k| {
        matches!(
            t[k].word.as_str(),
            "because" | "cause" | "cuz" | "coz" | "bc" | "since" | "as"
        )
    })?;
    // a clause with a subject of its own follows ("as I am moving", not
    // "as soon as", "since January")
    let subject = t.get(k + 1)?;
    let has_subject = matches!(
        subject.word.as_str(),
        "i" | "we"
            | "my"
            | "our"
            | "the"
            | "it"
            | "there"
            | "this"
            | "they"
            | "he"
            | "she"
            | "his"
            | "her"
            | "their"
            | "its"
    );
    if !has_subject
        || t[k + 1..]
            .iter()
            .any(|x| matches!(x.word.as_str(), "unless" | "if" | "until" | "?"))
    {
        return None;
    }
    let text = msg.sentence_text(i);
    let from = reading.span(k + 1..k + 2).start;
    let said = text.get(from..)?.trim_end();
    let said = said.trim_end_matches(|c: char| {
        matches!(c, '.' | '!' | '?' | ',' | ';') || crate::prose::is_emoji(c) || c.is_whitespace()
    });
    let sentence = format!("{}.", crate::prose::capitalise(said));
    let read = crate::reading::Reading::of(&sentence);
    let plain = !read.is_fragment()
        && read.hedges.is_empty()
        && read.evaluations.is_empty()
        && read.frames.is_empty()
        && read.negotiates().is_none()
        && crate::prose::count_words(&sentence) >= 4;
    plain.then_some(sentence)
}

/// Whether the hedged decision in sentence `i` keeps a way back open (a
/// provisional "for now", a condition, "maybe later") while nothing else
/// in the message opens the door: replaced by a plain decision, that
/// openness would be lost.
fn leaves_door_ajar(msg: &Message, i: usize) -> bool {
    let reading = &msg.readings[i];
    let ajar = reading
        .hedges
        .iter()
        .any(|h| matches!(h.class, Class::Provisional | Class::Condition))
        || reading.tokens.iter().any(|t| {
            matches!(
                t.word.as_str(),
                "unless" | "later" | "future" | "someday" | "eventually"
            )
        });
    ajar && !msg.body_sentences().any(|j| msg.roles[j].door_open)
}

/// Sentence `i` with its hedges taken out, when every hedge in it is one
/// that can go without rewording the rest (a stance like "I think" or "I
/// guess what I'm saying is", an adverb like "probably", a provisional
/// "for now") and what is left reads as a plain decline. Modals ("might"),
/// conditions and doubt ("not sure") can't be lifted out: `None`.
pub(crate) fn dehedged(msg: &Message, i: usize) -> Option<String> {
    if msg.readings[i].frames.is_empty() {
        return None;
    }
    let out = lift_hedges(msg, i)?;
    let read = crate::reading::Reading::of(&out);
    (read.stand() == Stand::Clear).then_some(out)
}

/// Sentence `i` with every hedge lifted out or said plainly, when each can
/// be: a stance ("I think", "I'm pretty sure", "I'm leaning towards
/// going", "I don't think I can" → "I can't"), an adverb ("probably"), a
/// provisional "for now". `None` when any hedge can't be (a modal, a
/// condition, doubt), or what is left still hedges or is too short to
/// stand. The reading of the result decides, not the edit.
pub(crate) fn lift_hedges(msg: &Message, i: usize) -> Option<String> {
    let reading = &msg.readings[i];
    let text = msg.sentence_text(i);
    let t = &reading.tokens;
    if reading.hedges.is_empty() {
        return None;
    }
    let w = |k: usize| t.get(k).map(|x| x.word.as_str());
    // token ranges to cut, each with the words that take its place
    let mut cut: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    // the decision put off in a last clause turned against it ("..., but
    // I'll have a think over the weekend and let you know") goes from its
    // "but" to the end, with any hedge inside it
    let tail = reading
        .hedges
        .iter()
        .filter(|h| {
            // "let you know", or thinking it over ("but I'll think it
            // over tonight and let you know"), or a try offered on a
            // condition ("..., but if it is possible I can try to pass
            // by in the morning")
            h.class == Class::Deferral
                || h.class == Class::Condition && (h.cue.end..t.len()).any(|k| t[k].lemma == "tri")
                || h.class == Class::Stance
                    && matches!(
                        t[h.cue.start].word.as_str(),
                        "think" | "thinking" | "consider" | "mull" | "sleep" | "reflect"
                    )
                    && (h.cue.end..t.len())
                        .any(|k| matches!(t[k].word.as_str(), "over" | "know" | "back" | "on"))
        })
        .find_map(|h| {
            let c = reading
                .clauses
                .iter()
                .position(|c| c.tokens.contains(&h.cue.start))?;
            // back over the "and" clauses to the one that turned
            let turn = (1..=c)
                .rev()
                .take_while(|&k| {
                    k == c || matches!(reading.clauses[k + 1].opener, Some("and" | "then" | "if"))
                })
                .find(|&k| reading.clauses[k].contrasts())?;
            let from = reading.clauses[turn].tokens.start;
            let end = (from..t.len()).rfind(|&k| t[k].is_word())? + 1;
            (!reading.frames.iter().any(|f| (from..end).contains(&f.at))).then_some(from..end)
        });
    // the other way offered in a last ", or maybe ..." ("I may not be
    // able to come on Sunday, or maybe I can come if he is discharged by
    // Friday") goes from its comma to the end, when no decision is in it
    let tail = tail.or_else(|| {
        let k = (1..t.len()).find(|&k| {
            t[k].word == "or"
                && t[k - 1].word == ","
                && reading.hedges.iter().any(|h| {
                    (k + 1..=k + 2).contains(&h.cue.start)
                        && matches!(h.class, Class::Adverb | Class::Condition | Class::Modal)
                })
        })?;
        let end = (k..t.len()).rfind(|&j| t[j].is_word())? + 1;
        let before = reading.frames.iter().any(|f| f.at < k);
        (before && !reading.frames.iter().any(|f| f.at > k)).then_some(k - 1..end)
    });
    if let Some(r) = &tail {
        cut.push((r.clone(), String::new()));
    }
    // a hedge over no decision of the sentence stays where it is ("I've
    // been thinking about the range" before "I don't think I can ...")
    let off_the_decision = |h: &crate::reading::Hedge, read: &crate::reading::Reading| {
        h.class == Class::Stance
            && crate::reading::thinking_done(&read.tokens, &h.cue)
            && !read.frames.is_empty()
            && !read.frames.iter().any(|f| h.scope.contains(&f.at))
    };
    for h in &reading.hedges {
        let cue = h.cue.clone();
        if tail.as_ref().is_some_and(|r| r.contains(&cue.start)) || off_the_decision(h, reading) {
            continue;
        }
        let first = w(cue.start)?;
        let subject = (cue.start.saturating_sub(5)..cue.start).rfind(|&k| w(k) == Some("i"));
        let between = |from: usize, allowed: &[&str]| {
            (from + 1..cue.start).all(|k| w(k).is_some_and(|x| allowed.contains(&x)))
        };
        let (range, instead) = match h.class {
            Class::Adverb
                if matches!(
                    first,
                    "probably" | "maybe" | "perhaps" | "possibly" | "likely"
                ) && cue.len() == 1 =>
            {
                // "most probably", "very likely", "quite possibly": the
                // degree goes with the adverb
                let degree = cue.start > 0
                    && matches!(
                        w(cue.start - 1),
                        Some("most" | "very" | "quite" | "more" | "highly" | "pretty")
                    );
                let start = if degree { cue.start - 1 } else { cue.start };
                (start..cue.end, String::new())
            }
            Class::Provisional
                if matches!(
                    reading.words(text, cue.clone()).to_lowercase().as_str(),
                    "for now"
                        | "as of now"
                        | "at this point"
                        | "for the time being"
                        | "at the moment"
                ) =>
            {
                // ", at least for now" goes whole
                let mut start = cue.start;
                if start >= 2 && w(start - 2) == Some("at") && w(start - 1) == Some("least") {
                    start -= 2;
                }
                // and so does "for now anyway": "anyway" said of the
                // provisional, not of the decision
                let end = match (w(cue.end), w(cue.end + 1)) {
                    (Some("anyway" | "anyways"), _) => cue.end + 1,
                    (Some(","), Some("anyway" | "anyways")) => cue.end + 2,
                    _ => cue.end,
                };
                // set off by commas on both sides, the commas go with it:
                // "So where I've landed, for now anyway, is that ..."
                // and so does a comma before it at the sentence's end:
                // "not going ahead, at least for now"
                let last = t[end..].iter().all(|x| !x.is_word());
                if start > 0 && w(start - 1) == Some(",") && (w(end) == Some(",") || last) {
                    (start - 1..end, String::new())
                } else {
                    (start..end, String::new())
                }
            }
            // "I'm declining it as it stands" → "I'm declining it", "so
            // as it stands I'm going to step back" → "so I'm going to step
            // back"; not "at the package as it stands, I'm not ...", where
            // it is said of the package and the words around it lean on it
            Class::Provisional
                if first.starts_with("stand")
                    && cue.start >= 2
                    && w(cue.start - 2) == Some("as")
                    && (t[cue.end..].iter().all(|x| !x.is_word())
                        || !matches!(
                            w(cue.start.wrapping_sub(3)),
                            Some(
                                "package"
                                    | "offer"
                                    | "salary"
                                    | "pay"
                                    | "figure"
                                    | "rate"
                                    | "terms"
                            )
                        )) =>
            {
                let start = cue.start - 2;
                let start = if start > 0 && w(start - 1) == Some(",") {
                    start - 1
                } else {
                    start
                };
                (start..cue.end, String::new())
            }
            // "I am minded to withdraw" → "I have decided to withdraw";
            // "I'm minded not to proceed" → "I've decided not to proceed"
            Class::Stance
                if first == "minded"
                    && cue.start >= 2
                    && w(cue.start - 2) == Some("i")
                    && w(cue.start - 1) == Some("am") =>
            {
                // ("I'm" is one word as written: the words from "I" on
                // are said again, shortened as the writer shortened them)
                let said = reading.words(text, cue.start - 2..cue.start);
                let instead = if said.contains(['\'', '’']) {
                    "I've decided"
                } else {
                    "I have decided"
                };
                let instead = if said.starts_with('i') {
                    instead.to_lowercase()
                } else {
                    instead.to_string()
                };
                (cue.start - 2..cue.end, instead)
            }
            // "I'm leaning towards not going ahead" → "I'm not going
            // ahead"; in notes with no subject, "Wed: leaning towards not
            // going ahead" → "Wed: not going ahead"
            Class::Stance
                if first == "leaning"
                    && matches!(w(cue.start + 1), Some("towards" | "toward"))
                    && (cue.start == 0
                        || matches!(w(cue.start - 1), Some("am" | ":" | "-" | "–" | "—")))
                    && w(cue.start + 2).is_some_and(|x| x == "not" || x.ends_with("ing")) =>
            {
                (cue.start..cue.start + 2, String::new())
            }
            // "I'm pretty sure I'm gonna take it" → "I'm gonna take it"
            Class::Stance
                if first == "sure"
                    && subject.is_some_and(|s| {
                        between(s, &["am", "pretty", "quite", "fairly", "almost", "very"])
                    })
                    && w(cue.end).is_some_and(|x| matches!(x, "i" | "that")) =>
            {
                let mut end = cue.end;
                if w(end) == Some("that") {
                    end += 1;
                }
                (subject?..end, String::new())
            }
            // a stance tagged on at the end: "So I probably won't come in
            // Friday, I don't think." → "So I won't come in Friday."
            Class::Stance
                if matches!(first, "think" | "guess" | "suppose" | "reckon" | "believe")
                    && subject.is_some_and(|s| {
                        s > 0 && w(s - 1) == Some(",") && between(s, &["do", "not", "really"])
                    })
                    && (cue.end..t.len()).all(|k| !t[k].is_word()) =>
            {
                (subject? - 1..cue.end, String::new())
            }
            // "I don't think I can move" → "I can't move"
            Class::Stance
                if first == "think"
                    && subject.is_some_and(|s| between(s, &["do", "not", "really"]))
                    && subject.is_some_and(|s| (s + 1..cue.start).any(|k| w(k) == Some("not"))) =>
            {
                let mut k = cue.end;
                if w(k) == Some("that") {
                    k += 1;
                }
                if w(k) != Some("i") {
                    return None;
                }
                let plain = match w(k + 1)? {
                    "can" => "I can't",
                    "will" => "I won't",
                    "could" => "I couldn't",
                    "would" => "I wouldn't",
                    "should" => "I shouldn't",
                    "am" => "I'm not",
                    _ => return None,
                };
                (subject?..k + 2, plain.to_string())
            }
            Class::Stance
                if matches!(
                    first,
                    "think" | "guess" | "suppose" | "reckon" | "believe" | "feel"
                ) =>
            {
                // "I (do / really) think (that)", "I guess what I'm saying is"
                let subject =
                    (cue.start.saturating_sub(3)..cue.start).rfind(|&k| w(k) == Some("i"))?;
                if (subject + 1..cue.start).any(|k| !matches!(w(k), Some("do" | "really" | "just")))
                {
                    return None;
                }
                let mut end = cue.end;
                if w(end) == Some("that") {
                    end += 1;
                }
                if w(end) == Some("what")
                    && w(end + 1) == Some("i")
                    && matches!(w(end + 2), Some("am" | "'m"))
                    && w(end + 3) == Some("saying")
                    && w(end + 4) == Some("is")
                {
                    end += 5;
                }
                (subject..end, String::new())
            }
            // "I should probably not come", "I might not attend": the
            // negated decision said as what the writer will do
            Class::Modal
                if matches!(first, "should" | "might" | "may")
                    && cue.len() == 1
                    && (w(cue.end) == Some("not")
                        || matches!(w(cue.end), Some("probably" | "maybe" | "perhaps"))
                            && w(cue.end + 1) == Some("not")) =>
            {
                (cue, "will".to_string())
            }
            _ => return None,
        };
        // no frame is lifted out with the hedge
        if instead.is_empty() && reading.frames.iter().any(|f| range.contains(&f.at)) {
            return None;
        }
        cut.push((range, instead));
    }
    // build the sentence from the spans that stay
    let mut sorted: Vec<(std::ops::Range<usize>, String)> = cut
        .into_iter()
        .map(|(r, instead)| (reading.span(r), instead))
        .collect();
    sorted.sort_by_key(|(r, _)| r.start);
    let mut out = String::new();
    let mut at = 0;
    for (r, instead) in &sorted {
        if r.start < at {
            continue;
        }
        out.push_str(&text[at..r.start]);
        out.push_str(instead);
        at = r.end;
        // the commas that set the hedge off go with it ("For now, I'll
        // pass", "I will, for now, withdraw"); a comma after a hedge that
        // ends its clause starts the next one and stays ("staying with my
        // shop for now, business has picked up")
        let rest = &text[at..];
        let trimmed = rest.trim_start_matches(' ');
        if instead.is_empty() && trimmed.starts_with(',') {
            let before = out.trim_end();
            // (a cut that took the comma before it takes the one after)
            if before.is_empty() || text[r.start..].starts_with(',') {
                at += rest.len() - trimmed.len() + 1;
            } else if let Some(open) = before.strip_suffix(',') {
                // ("I will, for now, withdraw" → "I will withdraw"; but
                // "Having met the team twice, I think, on balance, ..."
                // keeps the comma that closed its phrase)
                let aux = open.rsplit(' ').next().is_some_and(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "will"
                            | "would"
                            | "shall"
                            | "should"
                            | "am"
                            | "is"
                            | "have"
                            | "can"
                            | "must"
                            | "i"
                            | "i'll"
                            | "i'd"
                            | "i’ll"
                            | "i’d"
                    )
                });
                if aux {
                    out.truncate(open.len());
                    out.push(' ');
                }
                at += rest.len() - trimmed.len() + 1;
            }
        }
    }
    out.push_str(&text[at..]);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let out = out
        .replace(" ,", ",")
        .replace(" .", ".")
        .replace(",,", ",")
        .replace(", .", ".")
        .replace(",.", ".")
        .replace(", ?", "?")
        .replace(", !", "!")
        .replace(",?", "?")
        .replace(",!", "!")
        .replace(" ?", "?")
        .replace(" !", "!")
        // (a dash that led into the cut clause: "the 28th – but I still
        // want to discuss it" loses "– but ...")
        .replace(" –.", ".")
        .replace(" —.", ".")
        .replace(" -.", ".");
    let out = out.trim_start_matches([',', ' ']).to_string();
    // "I'm going to have to withdraw?" said plainly is a statement; "Could
    // we maybe do later in the week?" stays a question
    let lower = out.to_lowercase();
    let mut words = lower
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| !w.is_empty());
    let (first_word, second_word) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let auxiliary = matches!(
        first_word,
        "is" | "was" | "are" | "were" | "be" | "would" | "will" | "can" | "could" | "should"
    );
    let inverted = auxiliary
        && matches!(
            second_word,
            "i" | "we" | "you" | "they" | "it" | "there" | "he" | "she" | "this" | "that"
        );
    let out = match out.strip_suffix('?') {
        Some(body) if !inverted => format!("{}.", body.trim_end_matches(['?', ' '])),
        _ => out,
    };
    // the sentence is written anew: a texting "i" inside it is "I"
    // ("So i will not come in")
    let out = out
        .split(' ')
        .map(|w| match w {
            "i" => "I",
            "i'm" => "I'm",
            "i'll" => "I'll",
            "i've" => "I've",
            "i'd" => "I'd",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ");
    // a text's "im" opening the sentence now: "I'm", not "Im"
    let out = match out.split_once(' ') {
        Some((first, rest)) if matches!(first, "im" | "ive" | "ill" | "id" | "i") => {
            let first = match first {
                "im" => "I'm",
                "ive" => "I've",
                "ill" => "I'll",
                "id" => "I'd",
                _ => "I",
            };
            format!("{first} {rest}")
        }
        _ => edits::capitalise(&out),
    };
    // "So I'm going to ..." keeps its opening word; a leading "and"/"but"
    // left behind does not read
    let lower = out.to_lowercase();
    if lower.starts_with("and ") || lower.starts_with("but ") || crate::prose::count_words(&out) < 4
    {
        return None;
    }
    // (a bargain left in, "Unless something changes with that offer",
    // is no plain decision either)
    let read = crate::reading::Reading::of(&out);
    let plain = read.hedges.iter().all(|h| off_the_decision(h, &read));
    // (a subject lost with the hedge leaves a verb first: "I think maybe
    // is better that I don't go" is no "Is better that I don't go.")
    let verb_first = auxiliary && !inverted;
    (plain && !verb_first && read.negotiates().is_none()).then_some(out)
}

/// The edit that replaces only the hedged part of sentence `i` with
/// `clear`, when plain words come before it: four words or more with no
/// hedge of their own, cut where the hedge's clause starts. `None` when
/// the hedge opens the sentence.
fn hedged_tail(msg: &Message, i: usize, clear: &str) -> Option<crate::vocab::Edit> {
    let reading = &msg.readings[i];
    let t = &reading.tokens;
    let k = reading.hedges.iter().map(|h| h.cue.start).min()?;
    let mut from = k;
    // back over what leads into the hedge: "honestly tho not sure", ",
    // but I think", "to be honest I'm leaning"
    for j in (k.saturating_sub(7)..k).rev() {
        if matches!(
            t[j].word.as_str(),
            "honestly"
                | "tbh"
                | "but"
                | "so"
                | "and"
                | ","
                | "though"
                | "tho"
                | "although"
                | "i"
                | "im"
                | "am"
                | "not"
                | "really"
                | "just"
                | "even"
                | "to"
                | "be"
                | "honest"
                | "frankly"
                | "do"
                | "still"
                // "– at least for now"
                | "at"
                | "least"
        ) {
            from = j;
        } else {
            break;
        }
    }
    // the words before must stand as a sentence: no hedge, some length,
    // and the cut where a clause starts (after a comma, a full stop or an
    // emoji, or at "but", "so", "honestly"), never inside a phrase ("I'm
    // pretty sure", "it is not possible")
    let boundary = from > 0
        && (matches!(
            t[from - 1].word.as_str(),
            "," | "." | ";" | "!" | "?" | "-" | "–" | "—"
        ) || t[from - 1].kind == crate::reading::tokens::Kind::Emoji
            || matches!(
                t[from].word.as_str(),
                "but"
                    | "so"
                    | "and"
                    | "honestly"
                    | "tbh"
                    | "though"
                    | "tho"
                    | "although"
                    | "frankly"
            ));
    if !boundary {
        return None;
    }
    let from = (from..k)
        .find(|&j| t[j].kind != crate::reading::tokens::Kind::Emoji)
        .unwrap_or(k);
    if from == 0
        || crate::prose::count_words(&msg.sentence_text(i)[..reading.span(from..from + 1).start])
            < 4
    {
        return None;
    }
    let start = msg.sentence_range(i).start + reading.span(from..from + 1).start;
    let flat = &msg.doc.prose.flat;
    let kept = flat[msg.sentence_range(i).start..start].trim_end();
    let kept = kept.trim_end_matches([',', ';', '-', '–', '—']).trim_end();
    let kept_end = msg.sentence_range(i).start + kept.len();
    let closed =
        kept.ends_with(['.', '!', '?']) || kept.chars().last().is_some_and(crate::prose::is_emoji);
    // the words kept decide already ("so I'll pass on the interview –
    // unless there's room to ..."): the hedge goes and nothing is said
    // twice
    let decided = reading
        .frames
        .iter()
        .any(|f| f.at < from && f.kind != FrameKind::Reschedule);
    let new_text = match (decided, closed) {
        (true, true) => String::new(),
        (true, false) => ".".to_string(),
        (false, _) => format!("{} {clear}", if closed { "" } else { "." }),
    };
    Some(crate::vocab::Edit {
        range: edits::tail_buf(msg, kept_end..msg.sentence_range(i).end),
        new_text,
    })
}

/// Whether hedged sentence `i` doubts attending on a day ("not sure I'll
/// be able to come on Wednesday", "might not make it tomorrow") and no
/// sentence of the message declines the job itself.
fn unsure_of_the_day(msg: &Message, i: usize) -> bool {
    let reading = &msg.readings[i];
    // kept from the day, not choosing against it: "not sure I'll be able
    // to come", "I might not make it"; "I think it's best if I don't come
    // in on Thursday" and "i dont think ill come thurs" choose, and their
    // plain version declines
    let attend = reading.frames.iter().any(|f| {
        let lemma = reading.tokens[f.at].lemma.as_str();
        let kept = reading.clauses.get(f.clause).is_some_and(|c| {
            reading.tokens[c.tokens.clone()].iter().any(|t| {
                matches!(
                    t.word.as_str(),
                    "able" | "unable" | "can" | "cannot" | "cant" | "could" | "manage"
                )
            })
        });
        lemma == "make" || matches!(lemma, "come" | "attend" | "join" | "be" | "show") && kept
    });
    // "... and you'd best take me off the list": more than a day
    let leaves = reading.frames.iter().any(|f| {
        f.kind != FrameKind::Reschedule
            && !matches!(
                reading.tokens[f.at].lemma.as_str(),
                "come" | "attend" | "make" | "join" | "be" | "show"
            )
    });
    let day = !leaves && reading.tokens.iter().any(|t| is_day(&t.word));
    let declines_elsewhere = msg.body_sentences().any(|j| {
        j != i
            && msg.readings[j]
                .frames
                .iter()
                .any(|f| f.kind != FrameKind::Reschedule)
    });
    // "Hopefully there'll be other posts coming up": the writer looks to
    // other roles, not to another day for this one
    let other_roles = msg.body_sentences().any(|j| {
        j != i
            && msg.readings[j].tokens.iter().any(|t| {
                matches!(
                    t.word.as_str(),
                    "posts" | "roles" | "positions" | "opportunities" | "vacancies" | "openings"
                )
            })
    });
    attend && day && !declines_elsewhere && !other_roles
}

/// Sentences that try to carry the decision but hedge it: the sentence,
/// the prose range at fault (the hedge and the clause it governs) and the
/// cue's words.
///
/// A sentence is read ([`crate::reading`]): a hedge whose scope covers a
/// decision frame, a decision that hangs on a condition, doubt about the
/// process itself, or a promise to decide later when no sentence decides.
/// Hedges that soften an invitation to stay in touch have no decision to
/// cover.
pub(crate) fn hedged_decisions(msg: &Message) -> Vec<(usize, Range<usize>, String)> {
    let mut out = Vec::new();
    let decided = msg
        .body_sentences()
        .any(|i| msg.readings[i].stand() == Stand::Clear);
    let moves = msg
        .body_sentences()
        .any(|i| msg.roles[i].reschedule || msg.readings[i].asks_to_move());
    for i in msg.body_sentences() {
        let role = msg.roles[i];
        let reading = &msg.readings[i];
        // a hedge in a door-open line softens the invitation, unless the
        // line also carries the decision ("I'll probably stay put for now,
        // though I'll let you know if that changes")
        if role.door_open && !role.decision && reading.frames.is_empty() {
            continue;
        }
        // where the message decides plainly, a hedge in a sentence with no
        // decision of its own is about something else ("maybe consider
        // preparing your interviewers?"), unless it reopens the decision
        // "might still pop along if I've nothing on": attendance kept open
        // beside a plain decline (not beside a request for another day,
        // where offering a time is the point)
        // (a visit to say hello, "if the truck's ever near your place I'll
        // come by", keeps the door open; a condition on their offer, "if
        // you could get it up to $19 I'd come in", is negotiation's)
        let bargains = reading.tokens.iter().any(|t| {
            matches!(
                t.word.as_str(),
                "you"
                    | "your"
                    | "y'all"
                    | "yall"
                    | "salary"
                    | "pay"
                    | "rate"
                    | "package"
                    | "$"
                    | "offer"
                    | "budget"
            )
        });
        if decided
            && !moves
            && reading.frames.is_empty()
            && !role.decision
            && !role.door_open
            && !bargains
            && !reading.opens_door()
        {
            if let Some(from) = reading.reopens_attendance() {
                let text = msg.sentence_text(i);
                let span = reading.span(from..reading.tokens.len());
                let at = msg.sentence_range(i).start;
                let cue_at = reading
                    .tokens
                    .iter()
                    .position(|t| {
                        matches!(
                            t.word.as_str(),
                            "still" | "maybe" | "might" | "could" | "if" | "see" | "options"
                        )
                    })
                    .unwrap_or(from);
                let cue = reading.words(text, cue_at..cue_at + 1).to_string();
                out.push((i, at + span.start..at + span.end, cue));
                continue;
            }
        }
        if decided && reading.frames.is_empty() && !role.decision && !reading.reopens_decision() {
            continue;
        }
        // a decline only supposed ("if I turn it down, the next scan slot
        // isn't until August"): the condition of something else, no
        // decision of the writer's
        // (a condition of its own, "if I ...", not the decision asked
        // about: "still deciding if I will continue", "best if I don't")
        let supposed = |f: &crate::reading::Frame| {
            let Some(c) = reading.clauses.get(f.clause) else {
                return false;
            };
            let t = &reading.tokens;
            let first = c.tokens.start;
            let before = first.checked_sub(1).map(|k| t[k].word.as_str());
            // what follows the supposing: "... the next one isn't until
            // August" (a clause of something else after the decline)
            let consequent = (f.words.end..c.tokens.end).any(|k| {
                matches!(
                    t[k].word.as_str(),
                    "the" | "it" | "they" | "you" | "we" | "he" | "she" | "there" | "that"
                ) && (k + 1..(k + 4).min(t.len())).any(|j| {
                    matches!(
                        t[j].word.as_str(),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "can"
                            | "could"
                            | "has"
                            | "have"
                            | "had"
                            | "be"
                    )
                })
            });
            c.opener == Some("if")
                && consequent
                && t.get(first + 1).is_some_and(|x| x.word == "i")
                && (first + 2..first + 5).contains(&f.at)
                && !matches!(
                    before,
                    Some(
                        "deciding"
                            | "decide"
                            | "decided"
                            | "best"
                            | "better"
                            | "sure"
                            | "know"
                            | "wondering"
                            | "unsure"
                            | "see"
                            | "whether"
                            | "okay"
                            | "ok"
                    )
                )
        };
        if !reading.frames.is_empty() && reading.frames.iter().all(supposed) && !role.decision {
            continue;
        }
        // where the message asks plainly to move the interview, a day
        // offered unsure of itself ("I might be able to do Thursday, or
        // possibly Friday, but I'll let you know") is the request's detail
        if moves
            && decided
            && !reading.frames.is_empty()
            && reading
                .frames
                .iter()
                .all(|f| f.kind == FrameKind::Reschedule)
        {
            continue;
        }
        // advice to the employer hedged politely is negativity's
        if reading.frames.is_empty()
            && reading
                .evaluations
                .iter()
                .any(|e| e.kind == crate::reading::evaluation::EvalKind::Advice)
        {
            continue;
        }
        let Some((tokens, hedge)) = reading.hedged() else {
            if let Some(found) = scored_hedge(msg, i) {
                out.push(found);
            } else if let Some(found) = reopened(msg, i, decided) {
                out.push(found);
            }
            continue;
        };
        // "I'll let you know if anything changes" beside a plain decline
        // is a courtesy; "I'll wait to hear back before I decide for sure"
        // says the decline was not the last word
        let still_deciding = reading.tokens.iter().any(|t| {
            matches!(
                t.word.as_str(),
                "decide" | "decision" | "sure" | "definite" | "definitely" | "final" | "certain"
            )
        });
        if hedge.class == Class::Deferral && decided && !still_deciding {
            continue;
        }
        // a request for another day is polite by nature ("I was wondering
        // if we could move the interview"): the request is the decision
        let frames_hedged: Vec<FrameKind> = reading
            .frames
            .iter()
            .filter(|f| tokens.contains(&f.at))
            .map(|f| f.kind)
            .collect();
        // (unless it floats coming after all beside the other day: "I might
        // still be able to make it, or maybe we could push it")
        if !frames_hedged.is_empty()
            && frames_hedged.iter().all(|k| *k == FrameKind::Reschedule)
            && reading.reopens_attendance().is_none()
        {
            continue;
        }
        // "I don't think it's the right fit for me": the usual courtesy
        // of a verdict on fit, not doubt
        let cue_word = reading.tokens[hedge.cue.start].word.as_str();
        let courtesy = reading.hedges.iter().all(|h| {
            h.class == Class::Stance
                && matches!(reading.tokens[h.cue.start].word.as_str(), "think" | "feel")
        });
        if courtesy
            && !frames_hedged.is_empty()
            && frames_hedged.iter().all(|k| *k == FrameKind::Fit)
        {
            continue;
        }
        // "if you ever have another opening, I hope I can reach out": a
        // door left open once the message has decided
        if decided
            && hedge.class == Class::Condition
            && (role.door_open || reading.opens_door())
            && reading.negotiates().is_none()
        {
            continue;
        }
        // "told me in no uncertain terms": certainty, not doubt
        if hedge.cue.start > 0 && reading.tokens[hedge.cue.start - 1].word == "no" {
            continue;
        }
        // "I'm not sure why you would shortlist me": puzzlement at them,
        // not doubt about the decision
        let puzzled = matches!(cue_word, "sure" | "certain")
            && reading
                .tokens
                .get(hedge.cue.end)
                .is_some_and(|t| matches!(t.word.as_str(), "why" | "how" | "what" | "who"));
        if puzzled {
            continue;
        }
        let text = msg.sentence_text(i);
        let span = reading.span(tokens);
        let cue = reading.words(text, hedge.cue.clone()).to_string();
        let at = msg.sentence_range(i).start;
        out.push((i, at + span.start..at + span.end, cue));
    }
    out
}

/// A decision already made, taken back up on a hedge in a sentence of its
/// own ("So I'm going to withdraw. That said, if the store would let me
/// commute at first, maybe I could still do it?"): the range is the
/// sentence, the cue its first hedge. Not a door left open, nor a request
/// for another day.
fn reopened(msg: &Message, i: usize, decided: bool) -> Option<(usize, Range<usize>, String)> {
    let reading = &msg.readings[i];
    let role = msg.roles[i];
    if !decided || role.door_open || role.reschedule {
        return None;
    }
    // the writer's own doubt: "maybe I could", "I might still"
    let w = |k: usize| reading.tokens.get(k).map(|t| t.word.as_str());
    // (not a "could not" of the past: "I'm sorry that I couldn't let you
    // know sooner")
    // ("Or maybe??" says whose doubt it is by following the decision)
    let hedge = reading.hedges.iter().find(|h| {
        matches!(h.class, Class::Modal | Class::Adverb)
            && w(h.cue.end) != Some("not")
            && ((h.cue.start.saturating_sub(2)..h.cue.end + 2)
                .any(|k| matches!(w(k), Some("i" | "we")))
                || reading.second_thought())
    })?;
    if reading.opens_door() || reading.asks_to_move() || !reading.reopens_decision() {
        return None;
    }
    let text = msg.sentence_text(i);
    let cue = reading.words(text, hedge.cue.clone()).to_string();
    let at = msg.sentence_range(i).start;
    Some((i, at..at + text.len(), cue))
}

/// A decision the cues do not find hedged but the trained scorer does
/// ("not 100% sure yet but leaning that way"): only on a sentence
/// that carries a decision frame or the decision, so a hedge on anything
/// else is never read as one on the decision. The range is the sentence;
/// the cue is a hedge cue the reading found in it, though its scope missed
/// the decision ("For now I will not be able to ..."), else the words
/// that weighed most.
fn scored_hedge(msg: &Message, i: usize) -> Option<(usize, Range<usize>, String)> {
    let reading = &msg.readings[i];
    if !msg.roles[i].decision && reading.frames.is_empty() {
        return None;
    }
    // a request for another day is modal by nature ("if there's any
    // chance of moving it to next week"): the request is the decision
    if reading.stand() == Stand::Clear
        && reading
            .frames
            .iter()
            .all(|f| f.kind == FrameKind::Reschedule)
    {
        return None;
    }
    // a decision the reading finds plain, with no hedge cue anywhere in
    // the sentence, is not overruled on word weights alone ("I'm going to
    // pass on the interview, just don't think it's the right thing")
    if reading.stand() == Stand::Clear && reading.hedges.is_empty() {
        return None;
    }
    let words = scored(msg, i, Model::Hedged, 0.0)?;
    let text = msg.sentence_text(i);
    // the hedge nearest the decision
    let at = reading.frames.first().map_or(0, |f| f.at);
    let cue = match reading
        .hedges
        .iter()
        .min_by_key(|h| h.cue.start.abs_diff(at))
    {
        Some(h) => reading.words(text, h.cue.clone()).to_string(),
        None => words.first()?.1.clone(),
    };
    Some((i, msg.sentence_range(i), cue))
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn unsure_of_a_day_asks_for_another_and_unsure_of_going_declines() {
        use crate::rules::testing::check;
        let plain = |body: &str| {
            let text = email(body);
            let found = check(&RULE, &text);
            assert!(!found.is_empty(), "{body}");
            found[0].fixes[0].edits[0].new_text.trim().to_string()
        };
        // kept from the day: the plain version asks for another
        let moved = plain("Thank you. I'm not sure I'll be able to come on Wednesday.");
        assert!(moved.contains("another day"), "{moved}");
        // choosing not to go: the plain version declines
        for body in [
            "Thank you. Anyway, I think it's probably best if I don't come in on Thursday.",
            "Thank you. I got offered something else so I don't think I'll come Thursday.",
        ] {
            let said = plain(body);
            assert!(!said.contains("another day"), "{body} -> {said}");
        }
    }

    #[test]
    fn a_hedge_lifted_keeps_the_commas_its_sentence_needs() {
        use crate::rules::testing::check;
        let lifted = |body: &str| {
            let text = email(body);
            let found = check(&RULE, &text);
            assert!(!found.is_empty(), "{body}");
            found[0].fixes[0].edits[0].new_text.trim().to_string()
        };
        // a comma after a hedge that ends its clause starts the next one
        assert_eq!(
            lifted(
                "Thank you. I'm leaning towards staying with my own shop for now, business has picked up."
            ),
            "I'm staying with my own shop, business has picked up."
        );
        // the formal "minded" said as decided
        assert_eq!(
            lifted(
                "Thank you. I am minded to withdraw my application, as a move south would be hard."
            ),
            "I have decided to withdraw my application, as a move south would be hard."
        );
        // "for now anyway" goes whole, and with its commas when it is set
        // off by them
        assert_eq!(
            lifted(
                "Thank you. So where I've landed, for now anyway, is that I probably won't carry on."
            ),
            "So where I've landed is that I won't carry on."
        );
        assert_eq!(
            lifted("Thank you. Anyway, I'm probably going to give it a miss, for now anyway."),
            "Anyway, I'm going to give it a miss."
        );
    }

    #[test]
    fn the_writers_reason_after_the_hedge_stays_in_the_plain_decision() {
        use crate::rules::testing::check;
        let stock = |body: &str| {
            let found = check(&RULE, &email(body));
            found[0].fixes[0].edits[0].new_text.trim().to_string()
        };
        let fixed = stock(
            "Thank you for the invitation. I think maybe is better that I don't go, because the office is in Leeds and my children are at school here.",
        );
        assert!(
            fixed.contains("withdraw")
                && fixed.ends_with("The office is in Leeds and my children are at school here."),
            "{fixed}"
        );
        // a reason for the doubt, not for the decision, is not kept
        let fixed = stock(
            "Thank you for the invitation. I am leaning towards not continuing, but I am not sure, because this role is what I wanted.",
        );
        assert!(!fixed.contains("what I wanted"), "{fixed}");
        // nor what cannot stand alone
        let fixed = stock(
            "Thank you for the invitation. I might have to pass on it for now because of the commute.",
        );
        assert!(!fixed.contains("commute"), "{fixed}");
    }

    #[test]
    fn other_days_named_in_a_condition_are_asked_for() {
        use crate::rules::testing::check;
        let found = check(
            &RULE,
            &email(
                "Thanks for the invite. I have lab on Tuesdays. I think I might have to pass for now, unless there's something Mon/Wed/Fri or weekends?",
            ),
        );
        let fixed = found[0].fixes[0].edits[0].new_text.trim().to_string();
        assert!(
            fixed.contains("Would a time on Mon/Wed/Fri or weekends work for you instead?")
                && !fixed.contains("withdraw"),
            "{fixed}"
        );
        // a change hoped for is no other day offered
        let found = check(
            &RULE,
            &email(
                "Thanks for the invite. I might pass for now, unless the pay changes by Monday.",
            ),
        );
        let fixed = found[0].fixes[0].edits[0].new_text.trim().to_string();
        assert!(!fixed.contains("Would a time"), "{fixed}");
    }

    #[test]
    fn a_door_left_ajar_stays_open_in_the_plain_decision() {
        use crate::rules::testing::check;
        let stock = |body: &str| {
            let found = check(&RULE, &email(body));
            found[0].fixes[0].edits[0].new_text.trim().to_string()
        };
        // "for now, unless ..." with no other open door: the plain
        // decision says the writer would hear about later roles
        let fixed = stock(
            "Thank you. The pay is lower than I hoped, so I might have to pass for now, unless something changes.",
        );
        assert!(
            fixed.contains("decided") && fixed.contains("stay in touch"),
            "{fixed}"
        );
        // a door already open elsewhere is not opened twice
        let fixed = stock(
            "Thank you. The pay is lower than I hoped, so I might have to pass for now, unless something changes. I would love to hear about future roles.",
        );
        assert!(
            fixed.contains("decided") && !fixed.contains("stay in touch"),
            "{fixed}"
        );
    }

    #[test]
    fn a_decision_put_off_is_said_in_the_writers_words() {
        use crate::rules::testing::check;
        for (body, want) in [
            (
                "Thank you. I'm leaning towards not doing the interview on Thursday, but I'll have a think over the weekend and let you know.",
                "I'm not doing the interview on Thursday.",
            ),
            (
                "Thank you. I think I'll probably stay where I am, but can I let you know after the weekend?",
                "I'll stay where I am.",
            ),
            (
                "Thank you. We are moving to Dubai so I may not come, but if it is possible I can try to pass by in the morning.",
                "We are moving to Dubai so I will not come.",
            ),
            (
                "Thank you. So I think I may not be able to come on Sunday, or maybe I can come if my father is discharged by Friday.",
                "So I will not be able to come on Sunday.",
            ),
        ] {
            let found = check(&RULE, &email(body));
            let fix = &found[0].fixes[0];
            assert_eq!(fix.edits[0].new_text.trim(), want, "{body}");
        }
        // odds and a bargain left in are no plain decision: the writer's
        // words are not offered
        for body in [
            "Thank you. It's eighty percent I'm taking the other job, so I'll most likely skip Thursday, but I'll confirm tomorrow.",
            "Thank you. Unless something changes with that offer, I will most likely withdraw, but I'll let you know for certain.",
        ] {
            let found = check(&RULE, &email(body));
            assert!(
                found.iter().all(|f| f
                    .fixes
                    .iter()
                    .all(|x| !x.title.starts_with("Say it plainly"))),
                "{body}: {found:?}"
            );
        }
    }

    #[test]
    fn fires_on_hedged_decisions() {
        for (body, span) in [
            (
                "Thank you. I'm not sure this role is right for me, so I might step back.",
                "not sure",
            ),
            (
                "Thank you. I think I'll probably pass on the interview.",
                "probably",
            ),
            (
                "Thank you. I'm leaning towards staying where I am, but I'll let you know.",
                "leaning towards",
            ),
            (
                "Thank you. I might not be able to attend the interview on Monday.",
                "might not",
            ),
            // a verdict on fit under more than courtesy
            (
                "Thank you. I think maybe it's not for me, but let me think it over.",
                "",
            ),
        ] {
            assert_fires(&RULE, &email(body), span);
        }
    }

    /// A sentence from the development data (tools/train/data) that only
    /// the scorer reads as hedged; it is training data, so this guards the
    /// wiring, not the model.
    #[test]
    fn fires_where_only_the_scorer_reads_a_hedge() {
        let s = "think I'm gonna pass tbh, not 100% sure yet but leaning that way.";
        assert_fires(&RULE, &email(&format!("Thank you. {s}")), "");
    }

    #[test]
    fn a_withdrawal_taken_back_up_fires() {
        assert_fires(
            &RULE,
            &email(
                "Thank you. So I am going to withdraw from the interview. That said, if the branch let me commute at first, maybe I could still do it?",
            ),
            "That said, if the branch let me commute at first, maybe I could still do it?",
        );
    }

    #[test]
    fn quiet_for_firm_decisions_and_soft_door_opens() {
        for body in [
            // a decline only supposed, of something else, beside a request
            // to move the interview
            "Thank you. I need to ask if we can move it. The clinic has offered me a scan that day, and if I turn it down the next one is not until August. Could we do Thursday?",
            "Thank you. Unfortunately, I must decline the interview at this time.",
            "Thank you. I am withdrawing my application. Perhaps our paths will cross again.",
            "Thank you. I'm staying in my current role. When I'm next looking for a move, I'll let you know.",
            "Thank you. I think very highly of the team, but I must decline the interview.",
            "Thank you. I'm sure you'll find someone excellent for the role.",
            "Thank you. I have decided to withdraw my application. I'm really sorry that I couldn't let you know sooner.",
            "Thank you. Maybe we'll run into each other at a conference.",
            // courtesy, a request for another day, a plain impossibility,
            // an opportunity and a step's name are no hedges
            "Thank you. I've decided to withdraw. I don't think it's the right fit for me.",
            "Thank you. I was wondering if we could move the interview to Friday.",
            "Thank you. I must withdraw, as moving to Oslo is not possible for us.",
            "Thank you for the chance to meet the team. I am withdrawing my application.",
            "Thank you. I will not continue to the final round.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
