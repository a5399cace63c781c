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
//! **The fix.** A stay-in-touch line in the medium's words, offered as a
//! quick fix for you to take or leave; `--fix` and fix-all never add it.
//! Whether to keep the door open is your call, and a stock line added
//! unasked can clash with the message (a request to be taken off the
//! list, a complaint, another offer taken, a goodbye already said).
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
    let at = msg.body_end();
    let mut f = Finding::new(
        RULE.id,
        at..at,
        "Nothing keeps the door open; add a line about staying in touch or future roles.",
    );
    let door = Situation::of(msg, cfg).phrase(Slot::DoorOpen);
    // Whether to keep the door open, and in what words, is the writer's
    // call: a stock line added by fix-all clashes too often with what the
    // message says (a removal request, a complaint, another offer taken,
    // a goodbye already said). The line is offered as a quick fix only.
    f.fixes.push(edits::fix(
        format!("Add \"{door}\""),
        vec![edits::insert_sentence(msg, at, &door)],
        false,
    ));
    vec![f]
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

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
