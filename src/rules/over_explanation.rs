//! # over-explanation
//!
//! Fires when the reason runs on (more than two sentences of reasons) or
//! shares private detail: health, family conflict, divorce, money trouble.
//!
//! **Why it matters.** The employer needs a decision, not a case for it.
//! Long reasons invite counter-arguments, and private detail cannot be
//! taken back once it sits in a company's inbox. "For personal reasons" is
//! a complete answer.
//!
//! **How it reads.** Besides tactful's phrases, a sentence shares private
//! detail when a concrete word of health (hospital, surgery, diagnosed),
//! family conflict (divorce, not speaking), money trouble (debts, loan
//! repayments, rent went up) or housing (landlord, eviction) is told of you
//! or your family in the same clause. "For family reasons" stays general
//! and is fine; the staff's burnout is not your private detail. A
//! sentence counts as a reason only when it tells one: the decision itself
//! (hedged or not), "I'll let you know", a question or request, a bargain
//! and a complaint are left to the rules that judge them.
//!
//! Before: three sentences on your diagnosis and your consultant's advice.
//!
//! After: `For personal reasons, I am unable to continue with the
//! process.`

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::reading::Stand;
use crate::vocab::Scenario;
use crate::vocab::{Finding, Intent, Severity};
use crate::wording::{Situation, Slot};

pub const RULE: Rule = Rule {
    id: "over-explanation",
    default_severity: Severity::Info,
    summary: "More than two sentences of reasons, or private detail",
    intent: Intent::Trim,
    check,
};

/// More reason sentences than this is running on.
const MAX_REASON_SENTENCES: usize = 2;

/// Whether sentence `i`, given the reason role, only tells a reason: not
/// the (hedged or deferred) decision itself ("so I'm prob gonna pass",
/// "I'll let you know by Friday"), a question or request ("might we keep
/// the 19th pencilled in?"), a bargain, or a complaint, which the
/// decision, negotiation and negativity rules report on their own.
fn tells_a_reason(msg: &Message, i: usize) -> bool {
    let r = &msg.roles[i];
    let reading = &msg.readings[i];
    !(r.decision || r.greeting || r.door_open || r.reschedule || r.alternative)
        && reading.stand() == Stand::None
        && !msg.sentence_text(i).trim_end().ends_with('?')
        && reading.evaluations.is_empty()
        && reading.negotiates().is_none()
}

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    let reasons: Vec<usize> = msg
        .body_sentences()
        .filter(|&i| msg.roles[i].reason && tells_a_reason(msg, i))
        .collect();
    if reasons.len() > MAX_REASON_SENTENCES {
        let start = msg.sentence_buf(reasons[MAX_REASON_SENTENCES]).start;
        let end = msg.sentence_buf(*reasons.last().unwrap_or(&reasons[0])).end;
        let mut f = Finding::new(
            RULE.id,
            start..end,
            format!(
                "{} sentences of reasons; one short reason, or none, is enough.",
                reasons.len()
            ),
        );
        let extra: Vec<usize> = reasons[MAX_REASON_SENTENCES..]
            .iter()
            .copied()
            .filter(|&i| {
                !(msg.roles[i].decision || msg.roles[i].gratitude || msg.roles[i].door_open)
            })
            .collect();
        if !extra.is_empty() {
            f.fixes.push(edits::fix(
                format!(
                    "Remove the {} extra reason sentence{}",
                    extra.len(),
                    if extra.len() == 1 { "" } else { "s" }
                ),
                edits::delete_sentences(msg, &extra),
                false,
            ));
        }
        out.push(f);
    }
    for i in msg.body_sentences() {
        let r = msg.sentence_range(i);
        if msg.hits.any_inside("private_detail", r) || msg.readings[i].private_detail().is_some() {
            let range = msg.sentence_buf(i);
            if out
                .iter()
                .any(|f| f.range.start <= range.start && range.end <= f.range.end)
            {
                continue;
            }
            let mut f = Finding::new(
                RULE.id,
                range,
                "This shares private detail an employer does not need; \"for personal reasons\" is enough.",
            );
            let mut situation = Situation::of(msg, cfg);
            situation.scenario = Scenario::Personal;
            let slot = if msg.roles[i].decision {
                Slot::Decision
            } else {
                Slot::Reason
            };
            let plain = situation.phrase(slot);
            f.fixes.push(edits::fix(
                format!("Replace with \"{plain}\""),
                vec![edits::replace_sentence(msg, i, &plain)],
                false,
            ));
            out.push(f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_on_long_or_private_reasons() {
        assert_fires(
            &RULE,
            &email("Thank you. I've been diagnosed with a chronic condition, so I must withdraw."),
            "diagnosed",
        );
        assert_fires(
            &RULE,
            &email(
                "Thank you. I must withdraw because my commute would be long. Since I moved, my salary needs changed. As my current team has grown, I have a promotion coming. Due to all of this, I'm staying.",
            ),
            "",
        );
    }

    #[test]
    fn quiet_for_brief_reasons() {
        for body in [
            "Thank you. For personal reasons, I must withdraw.",
            "Thank you. Due to a family matter, I must withdraw.",
            "Thank you. I've accepted another offer, so I must withdraw.",
            "Thank you for the role at Oakmont Diagnostics. I must withdraw.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
