//! # vague-excuse
//!
//! Fires on excuses with no content: "too busy", "something came up", "a
//! lot going on", "things are hectic".
//!
//! **Why it matters.** A vague excuse sounds like a brush-off and invites
//! the question "could we find a time that suits you, then?". Either give
//! a short real reason, or none: "for personal reasons" and "a change in
//! my circumstances" are complete answers.
//!
//! **How it reads.** Besides tactful's phrases, each sentence is read for
//! something indefinite (something, stuff, things, some issues, certain
//! matters, circumstances) that came up, is going on or has been hectic,
//! or that is given as the cause ("due to some issues at my end"). Naming
//! the cause ("something came up with my mother's surgery") makes it
//! concrete; "for personal reasons" is a reason and always fine.
//!
//! Before: `Something came up, so I can't make it.`
//!
//! After: `Due to a change in my circumstances, I am unable to attend.`

use super::rule::{Rule, dedup_overlapping};
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::Scenario;
use crate::vocab::{Finding, Intent, Severity};
use crate::wording::Situation;

pub const RULE: Rule = Rule {
    id: "vague-excuse",
    default_severity: Severity::Info,
    summary: "An excuse with no content (\"too busy\", \"something came up\")",
    intent: Intent::Reword,
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    let decisions = msg
        .body_sentences()
        .filter(|&j| msg.roles[j].decision)
        .count();
    for i in msg.body_sentences() {
        // "keep me in mind if something comes up": a future opening, not
        // an excuse
        if msg.roles[i].door_open && !msg.roles[i].decision {
            continue;
        }
        let r = msg.sentence_range(i);
        let mut excuses: Vec<std::ops::Range<usize>> =
            msg.hits.inside("vague_excuse", r.clone()).collect();
        if excuses.is_empty() {
            // read: something indefinite that came up or is going on
            if let Some(t) = msg.readings[i].vague_excuse() {
                let span = msg.readings[i].span(t);
                excuses.push(r.start + span.start..r.start + span.end);
            }
        }
        for h in excuses {
            // "if something comes up": a condition, not an excuse
            let before = msg.doc.prose.flat[r.start..h.start]
                .trim_end()
                .to_lowercase();
            if ["if", "when", "should", "once", "whenever", "in case"]
                .iter()
                .any(|c| {
                    before.ends_with(c) && before[..before.len() - c.len()].ends_with([' ', ','])
                        || before == *c
                })
            {
                continue;
            }
            let words = &msg.doc.prose.flat[h.clone()];
            let mut f = Finding::new(
                RULE.id,
                msg.buf(h.clone()),
                format!(
                    "“{words}” is vague; give a brief real reason, or simply say \"for personal reasons\"."
                ),
            );
            // keep the decision, drop the excuse
            let fix = if msg.roles[i].decision || decisions == 0 {
                let mut situation = Situation::of(msg, cfg);
                if situation.scenario == Scenario::General {
                    situation.scenario = Scenario::Personal;
                }
                let reason_elsewhere = msg.body_sentences().any(|j| j != i && msg.roles[j].reason);
                let clear = situation.decision_phrase(reason_elsewhere);
                edits::fix(
                    format!("Replace with \"{clear}\""),
                    vec![edits::replace_sentence(msg, i, &clear)],
                    true,
                )
            } else {
                edits::fix(
                    "Remove this excuse",
                    vec![edits::delete_sentence(msg, i)],
                    true,
                )
            };
            f.fixes.push(fix);
            out.push(f);
        }
    }
    dedup_overlapping(out)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_on_empty_excuses() {
        for (body, span) in [
            (
                "Thank you. Something came up, so I must decline.",
                "Something came up",
            ),
            (
                "Thank you. I'm just too busy at the moment, so I must decline.",
                "too busy",
            ),
            (
                "Thank you. I've got a lot going on, so I must decline.",
                "a lot going on",
            ),
            ("Thank you. Things are hectic, so I must decline.", "hectic"),
        ] {
            assert_fires(&RULE, &email(body), span);
        }
    }

    #[test]
    fn quiet_for_sufficient_reasons() {
        for body in [
            "Thank you. For personal reasons, I must decline.",
            "Thank you. Due to a family matter, I must decline.",
            "Thank you. Following a change in my personal circumstances, I must decline.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
