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
//! A word of a name ("Harrogate District Hospital") or a workplace ("a
//! position at the hospital") is not private detail.
//!
//! **The fix.** The first sentence of private detail stays as your reason
//! (tactful cannot tell which words you most need to keep); each later
//! sentence that only adds detail is deleted, unless a sentence kept
//! after it calls someone it names "she" or "him". Replacing the first
//! with "for personal reasons" is offered, never applied for you.
//!
//! **What it can't see.** Private detail in words it has no field for
//! ("a fracture" is read; "my sugar dropped", "platelets" are not),
//! and which detail you would rather keep.
//!
//! Before: your diagnosis, then two sentences on your medication and your
//! consultant's advice.
//!
//! After: the diagnosis stays; the two sentences after it go.

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
    let private: Vec<usize> = msg
        .body_sentences()
        .filter(|&i| shares_private_detail(msg, i))
        .collect();
    let trimmed = to_trim(msg, &private);
    for &i in &private {
        {
            let range = msg.sentence_buf(i);
            let trim = trimmed.contains(&i);
            if !trim
                && out
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
            if trim {
                f.fixes.push(edits::fix(
                    "Delete this sentence",
                    vec![edits::delete_sentence(msg, i)],
                    true,
                ));
            }
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

fn shares_private_detail(msg: &Message, i: usize) -> bool {
    msg.hits.any_inside("private_detail", msg.sentence_range(i))
        || msg.readings[i].private_detail().is_some()
}

/// The sentences of private detail that can go whole (of the body
/// sentences `private`): those that only tell the reason (see
/// [`tells_a_reason`]) in the reading's own words of private detail, after
/// the first, which stays as the writer's reason (tactful's word lists
/// miss too much private detail to trust that another reason is none);
/// and none that names someone a kept sentence later calls "she" or
/// "him".
fn to_trim(msg: &Message, private: &[usize]) -> Vec<usize> {
    let only_reason = |i: usize| {
        let r = msg.roles[i];
        !(r.sign_off || r.head || r.subject)
            && tells_a_reason(msg, i)
            && !msg.sentence_text(i).contains('?')
            && msg.readings[i].private_detail().is_some()
    };
    let mut out: Vec<usize> = private
        .iter()
        .copied()
        .skip(1)
        .filter(|&i| only_reason(i))
        .collect();
    // one that names someone a kept sentence later calls "her" stays,
    // unless a kept sentence before it names someone too
    loop {
        let kept = |j: usize| !out.contains(&j);
        let Some(k) = out.iter().position(|&i| {
            names_someone(msg, i)
                && !msg
                    .body_sentences()
                    .any(|j| j < i && kept(j) && names_someone(msg, j))
                && msg
                    .body_sentences()
                    .any(|j| j > i && kept(j) && calls_someone(msg, j))
        }) else {
            break;
        };
        out.remove(k);
    }
    out
}

/// Whether sentence `i` names a person of the writer's ("my mum", "my
/// wife", "our son", "Grandad").
fn names_someone(msg: &Message, i: usize) -> bool {
    msg.readings[i].tokens.iter().any(|t| {
        matches!(
            t.word.as_str(),
            "mum"
                | "mom"
                | "mother"
                | "mam"
                | "mama"
                | "dad"
                | "father"
                | "papa"
                | "wife"
                | "husband"
                | "partner"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "baby"
                | "child"
                | "kid"
                | "grandmother"
                | "grandfather"
                | "grandma"
                | "grandpa"
                | "gran"
                | "nan"
                | "nana"
                | "granny"
                | "grandad"
                | "aunt"
                | "auntie"
                | "aunty"
                | "uncle"
                | "cousin"
                | "niece"
                | "nephew"
                | "fiancé"
                | "fiance"
                | "fiancée"
                | "boyfriend"
                | "girlfriend"
                | "in-law"
                | "father-in-law"
                | "mother-in-law"
                | "one"
                | "friend"
        )
    })
}

/// Whether sentence `i` calls someone "she", "her", "he", "him" or "his".
fn calls_someone(msg: &Message, i: usize) -> bool {
    msg.readings[i].tokens.iter().any(|t| {
        matches!(
            t.word.as_str(),
            "she" | "her" | "hers" | "herself" | "he" | "him" | "his" | "himself"
        )
    })
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
    fn private_detail_after_the_first_goes() {
        use crate::rules::testing::check;
        let body = "Thank you. I must withdraw from the interview. I was diagnosed with dengue last week. I am still on strong medication for the pain and the fever.";
        let found = check(&RULE, &email(body));
        let preferred: Vec<&str> = found
            .iter()
            .filter(|f| f.fixes.iter().any(|x| x.preferred))
            .map(|f| f.fixes[0].title.as_str())
            .collect();
        // the first stays as the reason; the one after it goes
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(preferred, ["Delete this sentence"], "{found:?}");
        assert!(found[1].range.start > found[0].range.start);
        assert!(found[1].fixes[0].preferred && !found[0].fixes[0].preferred);
    }

    #[test]
    fn someone_named_and_called_her_later_stays_named() {
        use crate::rules::testing::check;
        // "her" would point at nobody without the sentence that names mum
        let body = "Thank you. I must withdraw. I have been diagnosed with diabetes. My mum was admitted to hospital on Sunday. I have to be with her this week.";
        let found = check(&RULE, &email(body));
        assert!(
            found.iter().all(|f| f.fixes.iter().all(|x| !x.preferred)),
            "{found:?}"
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
