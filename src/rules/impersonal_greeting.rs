//! # impersonal-greeting
//!
//! Fires on salutations that address nobody: "To whom it may concern",
//! "Dear Sir or Madam", "Hi there", "Dear Hiring Manager".
//!
//! **Why it matters.** You have been invited to interview, so someone
//! wrote to you by name. Use it: the reply then reads as a person
//! answering a person.
//!
//! **What it looks at.** Only the salutation itself, so "Hi Theresa" is
//! fine even though it starts with the letters of "Hi there".
//!
//! Before: `To whom it may concern,`
//!
//! After: `Dear Ms. Larsen,`
//!
//! The name comes from the message (a quoted reply, an address block).
//! Where none is known, a formal salutation ("Dear Sir,", "To whom it may
//! concern,") is left for you: the fix to "Hello," is offered, but
//! `--fix` and fix-all do not apply it, since it would clash with a
//! letter's register.

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::Medium;
use crate::vocab::{Edit, Finding, Intent, Severity};
use crate::wording::Situation;

pub const RULE: Rule = Rule {
    id: "impersonal-greeting",
    default_severity: Severity::Hint,
    summary: "A salutation that names nobody, where a name would serve",
    intent: Intent::Reword,
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    let Some(g) = &msg.greeting else {
        return Vec::new();
    };
    let Some(hit) = msg
        .hits
        .get("impersonal_greeting")
        .iter()
        .filter(|h| h.start == g.range.start)
        .max_by_key(|h| h.end)
    else {
        return Vec::new();
    };
    let words = &msg.doc.prose.flat[hit.clone()];
    let range = msg.buf(hit.clone());
    let mut f = Finding::new(
        RULE.id,
        range.clone(),
        format!(
            "“{words}” addresses nobody in particular; greet the person who invited you by name."
        ),
    );
    // a greeting without a name is neutral; a known name is better
    let situation = Situation::of(msg, cfg);
    let new = match &situation.facts.recipient {
        Some(name) if msg.medium == Medium::Text => format!("Hi {name}"),
        Some(name) => format!("Dear {name}"),
        None if msg.medium == Medium::Text => "Hi".to_string(),
        None => "Hello".to_string(),
    };
    // with no name to put in, "Dear Sir," in a letter signed "Yours
    // faithfully" becomes no better as "Hello,": offered, not applied
    let formal = {
        let lower = words.to_lowercase();
        lower.starts_with("dear") || lower.starts_with("to whom")
    };
    let preferred = situation.facts.recipient.is_some() || !formal;
    f.fixes.push(edits::fix(
        format!("Replace with \"{new}\""),
        vec![Edit {
            range,
            new_text: new,
        }],
        preferred,
    ));
    vec![f]
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_on_impersonal_salutations() {
        for (text, span) in [
            (
                "To whom it may concern,\n\nThank you. I must decline.\n\nBest,\nSam",
                "To whom it may concern",
            ),
            (
                "Dear Sir or Madam,\n\nThank you. I must decline.\n\nBest,\nSam",
                "Dear Sir or Madam",
            ),
            (
                "Dear Sir/Madam,\n\nThank you. I must decline.\n\nBest,\nSam",
                "Dear Sir/Madam",
            ),
            (
                "Hi there,\n\nThank you. I must decline.\n\nBest,\nSam",
                "Hi there",
            ),
            (
                "Dear Sir/Ma,\n\nThank you. I must decline.\n\nBest,\nSam",
                "Dear Sir/Ma",
            ),
        ] {
            assert_fires(&RULE, text, span);
        }
        // "Sir/Ma" is no name to greet by: the fix says "Hello", once
        let f = crate::rules::testing::check(
            &RULE,
            "Dear Sir/Ma,\n\nThank you. I must decline.\n\nBest,\nSam",
        );
        assert_eq!(f[0].fixes[0].edits[0].new_text, "Hello");
    }

    #[test]
    fn quiet_for_named_greetings() {
        assert_quiet(&RULE, &email("Thank you. I must decline."));
        assert_quiet(
            &RULE,
            "Hi Theresa,\n\nThank you. I must decline.\n\nBest,\nSam",
        );
        assert_quiet(
            &RULE,
            "Thank you. I must decline. Hi there to the team too.\n\nBest,\nSam",
        );
    }
}
