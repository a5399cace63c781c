//! # missing-door-open
//!
//! Fires when the message shows no openness to future contact.
//!
//! **Why it matters.** Industries are small and recruiters move. A line
//! such as "I'd be glad to stay in touch" costs nothing and turns a closed
//! door into one left ajar. When you are rescheduling, "I look forward to
//! meeting you" or an offer of another time does the same job.
//!
//! **What counts.** A sentence that reads as future contact or
//! consideration: a verb of contact (hear, reach, connect, consider, apply,
//! work together) with a sign of the future (again, in the new year,
//! another role, if anything comes up), or a set way of saying it (stay in
//! touch, keep me in mind, keep my details on file, keep me posted, "I'll
//! give you a bell", "hope we can continue to meet"), or an offer to take
//! it up again on a condition ("if that policy changes, I'd be glad to
//! reopen the conversation", "if anything comes up, let me know"). A request
//! to move the interview keeps the contact going by itself, so the rule
//! stays quiet on one.
//!
//! **What it can't see.** An openness implied only by tone.
//!
//! **Where it points.** The end of the body, before the sign-off.
//!
//! **The fix.** A stay-in-touch line in the medium's words, before the
//! sign-off. `--fix` and fix-all add it to a message that declines, unless
//! the message shuts the door itself (a request to be taken off a list or
//! out of a database, "please don't contact me again", "I won't apply
//! again"), where it only calls off one date for a personal matter ("I
//! can't make the interview tomorrow"), where the message complains of
//! the employer or gives the writer's experience of the process as the
//! reason (the writer is turning away from how they were treated, and the
//! line would not be meant), or where
//! the reader is a go-between (the colleague thanked for passing your name
//! on to someone, the receptionist asked to "let her know"); elsewhere it
//! is a quick fix for you to take or leave.
//!
//! Before: `I must decline the interview.` and the sign-off.
//!
//! After: `I must decline the interview. I would be glad to stay in touch
//! about future roles.`

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::{Finding, Intent, PartKind, Severity};
use crate::wording::{Situation, Slot};

pub const RULE: Rule = Rule {
    id: "missing-door-open",
    default_severity: Severity::Hint,
    summary: "No openness to future contact",
    intent: Intent::Insert(PartKind::DoorOpen),
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    // a request to move the interview keeps the contact going by itself
    if msg.body_sentences().next().is_none()
        || msg.any_role(|r| r.door_open || r.alternative || r.reschedule)
    {
        return Vec::new();
    }
    let at = door_point(msg);
    let mut f = Finding::new(
        RULE.id,
        at..at,
        "Nothing keeps the door open; add a line about staying in touch or future roles.",
    );
    let door = Situation::of(msg, cfg).phrase(Slot::DoorOpen);
    // A decline that leaves nothing open reads as a door shut, and a
    // reader of the fixed message misses the line; fix-all adds it
    // unless the message shuts the door itself (a request to be taken off
    // the list, "please don't contact me again") or never declines.
    // Nor does it add one where the writer only calls off one date ("I
    // can't make the interview tomorrow"): a stay-in-touch line would turn
    // a missed day into a goodbye.
    // Nor where the reader is a go-between (the colleague who put the
    // writer's name forward, the receptionist asked to pass it on): the
    // line is for the employer, and said to them it is out of place.
    // Nor after a complaint about the employer, even one the fix takes
    // out: the writer turns away because of how they were treated, and a
    // stay-in-touch line would not be meant.
    let preferred = msg.any_role(|r| r.decision)
        && !shuts_door(msg)
        && super::negativity::bitter_sentences(msg).is_empty()
        && !after_a_bad_experience(msg)
        && !one_date_only(msg)
        && !to_a_go_between(msg);
    f.fixes.push(edits::fix(
        format!("Add \"{door}\""),
        vec![edits::insert_sentence(msg, at, &door)],
        preferred,
    ));
    vec![f]
}

/// Where a stay-in-touch line goes: after the last body sentence, or
/// before the closing courtesies that end the body ("Thanks again.", "Take
/// care.", "Anyway, that's it."), as a recruiter would order them. When
/// those open a paragraph of their own, the line ends the paragraph
/// before them instead.
pub(super) fn door_point(msg: &Message) -> usize {
    let body: Vec<usize> = msg.body_sentences().collect();
    let closers = body.iter().rev().take_while(|&&i| closes(msg, i)).count();
    if closers == 0 || closers == body.len() {
        return msg.body_end();
    }
    let first = body[body.len() - closers];
    let start = msg.sentence_buf(first).start;
    let text = msg.doc.text;
    let line_start = text[..start]
        .trim_end_matches([' ', '\t'])
        .ends_with(['\n', '\r']);
    if line_start || start == 0 {
        msg.sentence_buf(body[body.len() - closers - 1]).end
    } else {
        start
    }
}

/// A closing courtesy: thanks with nothing else in it, or a short
/// farewell or wish ("Take care.", "All the best with the search.",
/// "That's it.").
fn closes(msg: &Message, i: usize) -> bool {
    let r = &msg.roles[i];
    if r.decision || r.reschedule || r.alternative || r.greeting {
        return false;
    }
    let t = &msg.readings[i].tokens;
    let words: Vec<&str> = t
        .iter()
        .filter(|x| x.is_word())
        .map(|x| x.word.as_str())
        .collect();
    let has = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);
    let farewell = has("take", "care")
        || has("all", "the") && words.contains(&"best")
        || has("good", "luck")
        || has("best", "wishes")
        || has("have", "a") && words.len() <= 6
        || has("that", "is") && (words.contains(&"it") || words.contains(&"all"))
        || words.len() <= 3
            && words.iter().any(|w| {
                matches!(
                    *w,
                    "bye" | "cheers" | "anyway" | "ta-ra" | "tara" | "ciao" | "cya" | "blessings"
                )
            })
        // "I wish you every success with the search", "I hope you find
        // the right person"
        || t.iter().any(|x| x.lemma == "wish") && words.contains(&"you")
        || words.contains(&"hope") && words.contains(&"find");
    (r.gratitude && !r.reason || farewell) && words.len() <= 14
}

/// Whether every decision in the message calls off one dated meeting,
/// kept from it rather than choosing, and nothing more: "I can't make the
/// interview tomorrow", "I have to cancel Friday's interview". A clause that names the application, the process
/// or the role, or another offer, or "not the right fit", decides more
/// than the date.
pub(super) fn one_date_only(msg: &Message) -> bool {
    use crate::reading::FrameKind;
    use crate::vocab::Scenario;
    // a lasting reason (another offer, the pay, the role changed, the
    // move) makes the date the end of it: only a personal matter, or none
    // given, leaves the date alone called off
    if !matches!(
        msg.scenario,
        Scenario::Personal | Scenario::General | Scenario::Reschedule
    ) {
        return false;
    }
    let mut any = false;
    for i in msg.body_sentences() {
        let r = &msg.readings[i];
        for f in &r.frames {
            if f.kind != FrameKind::Decline {
                return false;
            }
            let Some(clause) = r.clauses.get(f.clause) else {
                return false;
            };
            let words = &r.tokens[clause.tokens.clone()];
            // ("thurs", "tmrw", "the 20th": the reading's days)
            let dated = words.iter().any(|x| {
                crate::reading::frames::is_day(&x.word)
                    || matches!(
                        x.word.as_str(),
                        "tmrw" | "tmr" | "morning" | "afternoon" | "evening"
                    )
            });
            // (what else the sentence calls off counts: "..., and I
            // request you to kindly cancel my candidature")
            let more = r.tokens.iter().any(|x| {
                matches!(
                    x.word.as_str(),
                    "application"
                        | "process"
                        | "role"
                        | "position"
                        | "job"
                        | "post"
                        | "candidacy"
                        | "candidature"
                        | "opportunity"
                        | "offer"
                        | "vacancy"
                ) || matches!(x.lemma.as_str(), "withdraw" | "declin")
                    || x.word == "interested"
            });
            // kept from the date, not choosing: "can't make", "won't be
            // able to come", "have to cancel"; "I'll pass on Monday's
            // interview" and "I'm not going ahead with it" choose
            let kept_from = words.iter().enumerate().any(|(k, x)| {
                matches!(x.word.as_str(), "cannot" | "unable" | "able" | "cant")
                    || x.word == "can" && words.get(k + 1).is_some_and(|n| n.word == "not")
                    // "won't make thurs", "not going to make it": a time
                    // not reached, not a choice
                    || x.word == "make" && words[..k].iter().any(|y| y.word == "not")
                    || x.lemma == "cancel"
                        && words[..k]
                            .iter()
                            .any(|y| matches!(y.word.as_str(), "have" | "must" | "need" | "got"))
            });
            if !dated || more || !kept_from {
                return false;
            }
            any = true;
        }
    }
    any
}

/// Whether the writer gives their experience of the process as the reason
/// ("Having reflected on my experience of the process so far, I do not
/// feel the role is the right fit", the plain reason `--fix` leaves for a
/// complaint it cuts): a turn away from how they were treated, which a
/// stay-in-touch line would contradict. (The line is judged the same
/// whether the complaint is still there or was cut, so fix-all in an
/// editor and `--fix` agree.)
fn after_a_bad_experience(msg: &Message) -> bool {
    msg.body_sentences().any(|i| {
        let t = &msg.readings[i].tokens;
        let has = |w: &str| t.iter().any(|x| x.word == w);
        // ("Thinking over the process so far, I don't feel ...", the
        // same said in a text)
        !msg.roles[i].gratitude
            && (has("experience") && (has("my") || has("our")) || has("far"))
            && (has("process") || has("interview") || has("interviews"))
    })
}

/// Whether the reader stands between the writer and the employer: thanked
/// for passing the writer's name on to someone named ("Thank you for
/// passing my name along to Carla"), or, at a front desk, asked to pass
/// the news on ("Could you let her know for me?").
fn to_a_go_between(msg: &Message) -> bool {
    use crate::vocab::Medium;
    msg.body_sentences().any(|i| {
        let t = &msg.readings[i].tokens;
        let w = |k: usize| t.get(k).map_or("", |x| x.word.as_str());
        // "passing my name along to Carla": passed on to someone named
        // (a recruiter puts a name forward to "the client", and is the
        // reader the line is for)
        let referred = (0..t.len()).any(|k| {
            w(k) == "name"
                && w(k.wrapping_sub(1)) == "my"
                && matches!(w(k + 1), "along" | "on" | "forward")
                && w(k + 2) == "to"
                && t.get(k + 3).is_some_and(|n| n.capital)
                && t[k.saturating_sub(3)..k]
                    .iter()
                    .any(|x| matches!(x.lemma.as_str(), "pass" | "put" | "send"))
        });
        // "could you let her know", "please pass this on to Ms Reyes"
        let relayed = msg.medium == Medium::InPerson
            && (0..t.len()).any(|k| {
                w(k) == "let" && matches!(w(k + 1), "her" | "him" | "them") && w(k + 2) == "know"
                    || t[k].lemma == "pass"
                        && (matches!(w(k + 1), "on" | "along")
                            || matches!(w(k + 1), "it" | "this" | "that")
                                && matches!(w(k + 2), "on" | "along"))
            });
        referred || relayed
    })
}

/// Whether the writer closes the door in words: asks to be taken off a
/// list or out of a database, or says no future contact is wanted ("please
/// don't contact me again", "I won't be applying again", "I am not
/// interested in future roles").
fn shuts_door(msg: &Message) -> bool {
    msg.body_sentences().any(|i| {
        let r = &msg.readings[i];
        let t = &r.tokens;
        let list = t.iter().any(|x| {
            matches!(
                x.word.as_str(),
                "list" | "database" | "system" | "data" | "mailing" | "records" | "pool" | "books"
            )
        });
        // a word of future contact with a negation just before it: "don't
        // contact me", "won't be applying again", "not interested in
        // future roles", "stop messaging me"
        let contact = |k: usize| {
            let w = t[k].word.as_str();
            matches!(
                t[k].lemma.as_str(),
                "contact" | "messag" | "call" | "reapply" | "ring"
            ) || w == "touch" && k > 0 && t[k - 1].word == "in"
                || w == "future"
                || w == "again"
                    && k > 0
                    && matches!(t[k - 1].lemma.as_str(), "apply" | "contact" | "hear")
        };
        let shut = (0..t.len()).any(|k| {
            contact(k)
                && (t[k.saturating_sub(5)..k]
                    .iter()
                    .any(|x| matches!(x.word.as_str(), "not" | "never" | "stop"))
                    // "no need to ring me back"
                    || k >= 3 && t[k - 3].word == "no" && t[k - 2].word == "need")
        });
        // "I would ask that my details be removed from your records": the
        // writer's details taken out, said the other way round
        let erased = t
            .iter()
            .any(|x| matches!(x.lemma.as_str(), "remov" | "delet" | "eras"))
            && t.iter().any(|x| {
                matches!(
                    x.word.as_str(),
                    "details" | "data" | "records" | "cv" | "information" | "name"
                )
            })
            && t.iter().any(|x| x.word == "my");
        r.asks_removal() && list || erased || shut
    })
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, check, email};

    /// The line fix-all would add, and the text it goes before.
    fn added(body: &str) -> Option<(String, String)> {
        let text = email(body);
        let f = check(&RULE, &text).pop()?;
        let fix = f.fixes.iter().find(|x| x.preferred)?;
        let e = &fix.edits[0];
        Some((
            e.new_text.trim().to_string(),
            text[e.range.end..].to_string(),
        ))
    }

    #[test]
    fn fix_all_adds_the_line_to_a_decline_before_closing_courtesies() {
        let (line, rest) = added("Thank you. I must decline the interview. Thanks again.").unwrap();
        assert!(line.contains("stay in touch"), "{line}");
        assert!(rest.starts_with("Thanks again."), "{rest}");
        let (_, rest) =
            added("Thank you. I must decline the interview. I hope you find the right person.")
                .unwrap();
        assert!(rest.starts_with("I hope you find"), "{rest}");
        // a thanks that gives the reason is not a courtesy
        let (_, rest) = added("I must decline the interview.").unwrap();
        assert!(rest.starts_with("\n\nKind regards"), "{rest:?}");
    }

    #[test]
    fn a_door_shut_in_words_gets_no_line_from_fix_all() {
        for body in [
            "Thank you. I must decline the interview. Please remove me from your mailing list.",
            "Thank you. I must decline the interview. Please stop calling me about roles.",
            "Thank you. I must decline. I would ask that my details be removed from your records.",
        ] {
            assert_fires(&RULE, &email(body), "");
            assert!(added(body).is_none(), "{body}");
        }
        // and a message that never declines is left to its writer
        assert!(added("Thank you for the invitation.").is_none());
    }

    #[test]
    fn a_writer_moving_away_is_not_offered_roles_closer_to_home() {
        let (line, _) = added(
            "Thank you. I am withdrawing my application as we are relocating to Doha next month.",
        )
        .unwrap();
        assert_eq!(line.trim(), "I would be glad to stay in touch.");
        // one who won't move for the job is
        let (line, _) = added(
            "Thank you. I am withdrawing my application as I am not able to relocate to Galway.",
        )
        .unwrap();
        assert!(line.contains("location"), "{line}");
    }

    #[test]
    fn a_complaint_of_the_employer_gets_no_line_from_fix_all() {
        // the writer is turning away from how they were treated
        let body = "Thank you. I must decline the interview. Three people rang me with three different start times and nobody apologised.";
        assert_fires(&RULE, &email(body), "");
        assert!(added(body).is_none(), "{body}");
        // nor where the writer's experience of the process is the reason
        // (what --fix leaves for a complaint it cuts, in every pass)
        let body = "Thank you. I have decided to withdraw. Having reflected on my experience of the process so far, I do not feel the role is right for me.";
        assert!(added(body).is_none(), "{body}");
    }

    #[test]
    fn a_vacancy_that_may_arise_keeps_the_door_open() {
        assert_quiet(
            &RULE,
            &email(
                "Thank you. I must decline. I would be glad to be considered should a senior vacancy arise.",
            ),
        );
        // this opening back, not another: a hedge on the decision
        assert_fires(
            &RULE,
            &email(
                "Thank you. I will stay where I am. I may contact you about the vacancy if it is still available.",
            ),
            "",
        );
    }

    #[test]
    fn meetings_offered_as_friends_do_keep_the_door_open() {
        for body in [
            "Thank you. I must decline. Catch up for a beer soon?",
            "Thank you. I must decline. Let's grab lunch when you're next in Austin.",
            "Thank you. I must decline. In a few months things will change and I will write to you again.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }

    #[test]
    fn one_date_called_off_gets_no_line_from_fix_all() {
        // a missed day for a personal matter is not a goodbye
        for body in [
            "Thank you. Sorry for the short notice, but I can't make the interview tomorrow. I've had a bad flu since the weekend.",
            "Thanks for arranging it. I have to cancel Friday's interview for personal reasons.",
        ] {
            assert!(added(body).is_none(), "{body}");
        }
        // a lasting reason makes the date the end of it
        for body in [
            "Thank you. I have accepted another offer, so I will not attend the interview on Thursday.",
            "Thank you. I will not attend the interview tomorrow, as I am withdrawing my application.",
        ] {
            assert!(added(body).is_some(), "{body}");
        }
    }

    #[test]
    fn no_line_from_fix_all_for_a_go_between() {
        // the colleague who passed the name on, the receptionist asked to
        // tell the interviewer: the line is the employer's
        let passed = "Hi Denise! Thank you for passing my name along to Carla for the lead job. I'm not going to do the interview. Thanks again.";
        let f = check(&RULE, passed).pop().expect("fires");
        assert!(f.fixes.iter().all(|x| !x.preferred), "{f:?}");
        let desk = "What I'll say at reception\n\n\"Hi, I'm Grace, I'm booked in at two with Sister Collins. I'm going to have to pull out. Could you let her know for me? Thanks.\"\n";
        let f = check(&RULE, desk).pop().expect("fires");
        assert!(f.fixes.iter().all(|x| !x.preferred), "{f:?}");
        // a recruiter who put the name forward to the client is the reader
        // the line is for
        assert!(
            added(
                "Thank you for putting my name forward. I have decided to withdraw my application."
            )
            .is_some()
        );
    }

    #[test]
    fn fires_without_door_open() {
        assert_fires(&RULE, &email("Thank you. I must decline."), "");
        assert_fires(
            &RULE,
            &email("Thank you for getting in touch. I must decline."),
            "",
        );
    }

    #[test]
    fn quiet_with_door_open() {
        for body in [
            "Thank you. I must decline. I'd be glad to stay in touch.",
            "Thank you. I must decline. Perhaps our paths will cross again.",
            "Thank you. I must decline. I would welcome hearing about future roles.",
            "Thank you. I can't attend Monday. I look forward to meeting you.",
            "Thank you. I must decline. If Acme ever opens a team in Leeds, I'd love to hear about it.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
