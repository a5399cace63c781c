//! # missing-decision
//!
//! Fires when the message never says plainly that you decline, withdraw or
//! will not attend.
//!
//! **Why it matters.** A recruiter reading "thanks, I've been thinking
//! about my options" has to write back to ask what you mean. Say it once,
//! clearly: it is kinder than leaving them to guess.
//!
//! **What counts as a decision.** "I must decline", "I'm withdrawing my
//! application", "please take my name out of consideration", "I won't be
//! attending", "I'll step back from the process", "I've decided to stay in
//! my current role", and, when rescheduling, "I'm unable to attend on
//! Monday".
//!
//! **Where it points.** After the thank-you, where the decision belongs.
//!
//! **The fix** adds a plain decision. It decides for you, so where the
//! message asks a question, bargains or hedges (you may mean to move the
//! interview, or not have decided), it is offered but not applied by
//! `--fix` or fix-all.
//!
//! Before:
//!
//! ```text
//! Thank you for the invitation. I have been thinking about my options.
//! ```
//!
//! After:
//!
//! ```text
//! Thank you for the invitation. After careful thought, I have decided
//! to withdraw my application.
//! ```

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::{Finding, Intent, PartKind, Severity};
use crate::wording::Situation;

pub const RULE: Rule = Rule {
    id: "missing-decision",
    default_severity: Severity::Warning,
    summary: "No clear statement that you decline or withdraw",
    intent: Intent::Insert(PartKind::Decision),
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    // a hedged decision is ambiguous-decision's to report
    if msg.body_sentences().next().is_none()
        || msg.any_role(|r| r.decision)
        || !super::ambiguous_decision::hedged_decisions(msg).is_empty()
    {
        return Vec::new();
    }
    let at = decision_point(msg);
    let mut f = Finding::new(
        RULE.id,
        at..at,
        "The message never says that you decline; state the decision in one clear sentence.",
    );
    let decision = Situation::of(msg, cfg).decision_phrase(msg.any_role(|r| r.reason));
    let edit = edits::insert_sentence(msg, at, &decision);
    // The inserted sentence decides for the writer. Where they ask
    // something, bargain or hedge, they may mean to move the interview or
    // not have decided: the sentence is offered, not applied by fix-all.
    let unsure = msg.body_sentences().any(|i| {
        let r = &msg.readings[i];
        msg.sentence_text(i).trim_end().ends_with('?')
            || r.negotiates().is_some()
            || !r.hedges.is_empty() && !msg.roles[i].door_open
    });
    f.fixes.push(edits::fix(
        format!("Add \"{decision}\""),
        vec![edit],
        !unsure,
    ));
    vec![f]
}

/// After the first gratitude sentence of the body, else before the first
/// body sentence.
fn decision_point(msg: &Message) -> usize {
    if let Some(i) = msg.body_sentences().find(|&i| msg.roles[i].gratitude) {
        return msg.sentence_buf(i).end;
    }
    msg.body_sentences()
        .next()
        .map_or_else(|| msg.after_greeting(), |i| msg.sentence_buf(i).start)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_without_a_decision() {
        assert_fires(
            &RULE,
            &email("Thank you for the invitation. I have been thinking about my options lately."),
            "",
        );
    }

    #[test]
    fn quiet_for_firm_decisions_in_many_words() {
        for body in [
            "Thank you. Unfortunately, I must decline the interview.",
            "Thank you. I am withdrawing my application.",
            "Thank you. Please take my name out of consideration.",
            "Thank you. I regret that I won't be attending the interview.",
            "Thank you. I'll step back from the process.",
            "Thank you. I'm not in a position to move, so I have to decline.",
            "Thank you. I've decided to stay in my current role.",
            "Thank you. I'm unable to attend on Monday; could we find another time?",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
