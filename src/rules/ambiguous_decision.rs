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
//! **What it looks at.** Hedge words (maybe, probably, might, not sure, I
//! think I'll, I'll let you know, leaning towards) in a sentence about the
//! decision itself. Hedges that soften an invitation to stay in touch
//! ("Perhaps our paths will cross") and conventional phrases ("at this
//! time", "unfortunately") are fine.
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

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::{Finding, Severity};
use crate::wording::Situation;

pub const RULE: Rule = Rule {
    id: "ambiguous-decision",
    default_severity: Severity::Warning,
    summary: "The decision is hedged or noncommittal",
    check,
};

const FIRST_PERSON: &[&str] = &[
    "i", "i'm", "i’m", "i'll", "i’ll", "i'd", "i’d", "i've", "i’ve", "me", "my", "im",
];

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    for (i, hedge) in hedged_decisions(msg) {
        let words = &msg.doc.prose.flat[hedge.clone()];
        let mut f = Finding::new(
            RULE.id,
            msg.buf(hedge.clone()),
            format!("“{words}” makes the decision sound unsure; say plainly that you decline."),
        );
        // the reason may live in another sentence; don't give it twice
        let reason_elsewhere = msg.body_sentences().any(|j| j != i && msg.roles[j].reason);
        let clear = Situation::of(msg, cfg).decision_phrase(reason_elsewhere);
        f.fixes.push(edits::fix(
            format!("Replace with \"{clear}\""),
            vec![edits::replace_sentence(msg, i, &clear)],
            true,
        ));
        out.push(f);
    }
    out
}

/// Sentences that try to carry the decision but hedge it, with the prose
/// range from the first hedge to the last.
pub(crate) fn hedged_decisions(msg: &Message) -> Vec<(usize, Range<usize>)> {
    let mut out = Vec::new();
    for i in msg.body_sentences() {
        let role = msg.roles[i];
        let r = msg.sentence_range(i);
        let hedges: Vec<_> = msg
            .hits
            .inside("hedge", r.clone())
            .filter(|h| !msg.hits.covered_by("courtesy", h))
            .collect();
        let (Some(first), Some(last)) = (hedges.first(), hedges.iter().max_by_key(|h| h.end))
        else {
            continue;
        };
        if role.door_open && !role.decision {
            continue;
        }
        if !role.decision && !msg.hits.any_inside("decision_topic", r.clone()) {
            continue;
        }
        let text = msg.sentence_text(i).to_lowercase();
        let first_person = text
            .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
            .any(|w| FIRST_PERSON.contains(&w));
        if first_person {
            out.push((i, first.start..last.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

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
        ] {
            assert_fires(&RULE, &email(body), span);
        }
    }

    #[test]
    fn quiet_for_firm_decisions_and_soft_door_opens() {
        for body in [
            "Thank you. Unfortunately, I must decline the interview at this time.",
            "Thank you. I am withdrawing my application. Perhaps our paths will cross again.",
            "Thank you. I'm staying in my current role. When I'm next looking for a move, I'll let you know.",
            "Thank you. I think very highly of the team, but I must decline the interview.",
            "Thank you. I'm sure you'll find someone excellent for the role.",
            "Thank you. Maybe we'll run into each other at a conference.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
