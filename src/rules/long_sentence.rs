//! # long-sentence
//!
//! Fires on a sentence of more than 35 words.
//!
//! **Why it matters.** Long sentences hide the decision in a subordinate
//! clause, and recruiters read on a phone between meetings. Two short
//! sentences say the same thing more kindly.
//!
//! **What counts.** Words in one sentence of prose; a Markdown list item
//! counts on its own.
//!
//! Before: one 45-word sentence about the offer, the timing and the team.
//!
//! After: `I have accepted another offer. I am therefore withdrawing from
//! the interview.`

use super::rule::Rule;
use crate::config::Config;
use crate::message::Message;
use crate::prose::count_words;
use crate::vocab::{Finding, Intent, Severity};

pub const RULE: Rule = Rule {
    id: "long-sentence",
    default_severity: Severity::Hint,
    summary: "A sentence over 35 words",
    intent: Intent::Reword,
    check,
};

pub(crate) const MAX_WORDS: usize = 35;

/// Runs of letters and digits in `s`, at least its number of words.
fn alphanumeric_runs(s: &str) -> usize {
    let mut runs = 0;
    let mut inside = false;
    for c in s.chars() {
        let alnum = c.is_alphanumeric();
        if alnum && !inside {
            runs += 1;
        }
        inside = alnum;
    }
    runs
}

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    for i in msg.body_sentences() {
        let text = msg.sentence_text(i);
        // every word holds a run of letters or digits: fewer runs than the
        // limit, no need to count words
        if alphanumeric_runs(text) <= MAX_WORDS {
            continue;
        }
        let n = count_words(text);
        if n > MAX_WORDS {
            out.push(Finding::new(
                RULE.id,
                msg.sentence_buf(i),
                format!(
                    "This sentence runs to {n} words; split it in two (aim for under {MAX_WORDS})."
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_past_35_words() {
        let long = "I wanted to let you know that after a great deal of thought over the past few weeks and many conversations with my family and friends about where I want to be in five years I have decided to withdraw.";
        assert_fires(&RULE, &email(&format!("Thank you. {long}")), "I wanted");
    }

    #[test]
    fn quiet_for_lists_and_short_sentences() {
        assert_quiet(
            &RULE,
            &email(
                "Thank you. I must decline. I could do any of these times instead, if one suits the team and the panel:\n\n- Monday the fourth of March at ten in the morning\n- Tuesday the fifth of March at two in the afternoon\n- Wednesday afternoon",
            ),
        );
    }
}
