//! # over-apology
//!
//! Fires on more than one apology, or an intensified one ("I'm so, so
//! sorry", "I'm SO sorry", "really, really sorry").
//!
//! **Why it matters.** Declining an interview is normal and needs no
//! forgiveness. One apology for any inconvenience is courteous; more
//! makes the message about your guilt and invites the reader to talk you
//! round.
//!
//! **What counts.** Each "sorry", "apologies" or "I apologise" once.
//! Sympathy ("sorry to hear") is not an apology.
//!
//! Before: `I'm so sorry. I apologise again for the trouble.`
//!
//! After: `I'm sorry for any inconvenience this may cause.`

use super::{Finding, Rule, Severity};
use crate::config::Config;
use crate::message::Message;

pub const RULE: Rule = Rule {
    id: "over-apology",
    default_severity: Severity::Info,
    summary: "More than one apology, or an intensified one",
    check,
};

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let flat = &msg.doc.prose.flat;
    let body: Vec<_> = msg
        .body_sentences()
        .map(|i| msg.sentence_range(i))
        .collect();
    let in_body =
        |r: &std::ops::Range<usize>| body.iter().any(|b| b.start <= r.start && r.end <= b.end);
    let apologies: Vec<_> = merge(
        msg.hits
            .get("apology")
            .iter()
            .chain(msg.hits.get("apology_intense")),
    )
    .into_iter()
    .filter(|a| in_body(a))
    .filter(|a| {
        // sympathy, not apology: "sorry to hear", "sorry for your loss"
        let end = (a.end + 16).min(flat.len());
        let end = (end..=flat.len())
            .find(|&e| flat.is_char_boundary(e))
            .unwrap_or(flat.len());
        let around = flat[a.start..end].to_lowercase();
        !(around.contains("sorry to hear") || around.contains("for your loss"))
    })
    .collect();
    let intense: Vec<_> = apologies
        .iter()
        .filter(|a| {
            msg.hits
                .inside("apology_intense", (*a).clone())
                .next()
                .is_some()
                || shouted(flat, a)
        })
        .cloned()
        .collect();
    let mut flagged: Vec<_> = intense.clone();
    if apologies.len() >= 2 {
        flagged.extend(apologies.iter().skip(1).cloned());
    }
    flagged.sort_by_key(|r| r.start);
    flagged.dedup();
    let count = apologies.len();
    flagged
        .into_iter()
        .map(|a| {
            let message = if count >= 2 {
                format!("{count} apologies in one message; one \"I'm sorry for any inconvenience\" is enough.")
            } else {
                "An intensified apology overstates it; a plain \"I'm sorry for any inconvenience\" is enough.".to_string()
            };
            Finding::new(RULE.id, msg.buf(a), message)
        })
        .collect()
}

/// Overlapping ranges merged into one per occurrence.
fn merge<'a>(
    ranges: impl Iterator<Item = &'a std::ops::Range<usize>>,
) -> Vec<std::ops::Range<usize>> {
    let mut v: Vec<_> = ranges.cloned().collect();
    v.sort_by_key(|r| r.start);
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for r in v {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// "I'm SO sorry": capitals intensify too.
fn shouted(flat: &str, a: &std::ops::Range<usize>) -> bool {
    flat[a.clone()].split_whitespace().any(|w| {
        w.len() >= 2
            && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && w != "I'm"
            && w.chars().any(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_on_repeated_or_intense_apologies() {
        for (body, span) in [
            (
                "Thank you. I'm so, so sorry, but I must decline.",
                "so, so sorry",
            ),
            ("Thank you. I'm SO sorry, but I must decline.", "SO sorry"),
            (
                "Thank you. I'm sorry, but I must decline. Apologies again for the trouble.",
                "Apologies again",
            ),
            (
                "Thank you. I'm really, really sorry, but I must decline.",
                "sorry",
            ),
        ] {
            assert_fires("over-apology", &email(body), span);
        }
    }

    #[test]
    fn quiet_for_one_apology() {
        for body in [
            "Thank you. I must decline, and I'm sorry for any inconvenience.",
            "Thank you, and apologies for the slow reply. I must decline.",
            "Thank you. I was sorry to hear about the reorganisation. I'm sorry, but I must decline.",
            "Thank you. I regret that I am unable to attend.",
        ] {
            assert_quiet("over-apology", &email(body));
        }
    }
}
