//! # excessive-length
//!
//! Fires when the message runs past the word budget of its medium: email
//! 200 words, text 60, phone and in-person 150. Budgets are set in
//! `[length]` of `tactful.toml`.
//!
//! **Why it matters.** A decline needs four things: thanks, the decision,
//! perhaps a one-line reason, and a kind close. Past that, the reader
//! skims, and the one sentence that mattered gets lost.
//!
//! **What it counts.** Words of the body only: the subject line, the
//! salutation, the sign-off and the name under it, quoted replies, code,
//! comments and anything after a `-- ` signature do not count.
//!
//! **Where it points.** From the first word past the budget to the end of
//! that sentence: the place to start cutting.

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::prose::word_ranges;
use crate::vocab::{Finding, Intent, Severity};

pub const RULE: Rule = Rule {
    id: "excessive-length",
    default_severity: Severity::Warning,
    summary: "The message is longer than its medium's word budget",
    intent: Intent::Trim,
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    let budget = cfg.length.for_medium(msg.medium);
    if msg.words <= budget {
        return Vec::new();
    }
    // the body: not the subject line, the salutation ("Dear Ms. Larsen,")
    // or the closing block ("Kind regards, / Rafael Souza")
    let prose = &msg.doc.prose;
    let mut outside: Vec<std::ops::Range<usize>> = Vec::new();
    if let Some(s) = msg.subject {
        outside.push(msg.sentence_range(s));
    }
    if let Some(g) = &msg.greeting {
        outside.push(g.range.clone());
    }
    if let Some(s) = msg.sign_off {
        outside.push(msg.sentence_range(s).start..prose.text.len());
    }
    let body: Vec<std::ops::Range<usize>> = word_ranges(&prose.text)
        .filter(|wr| !outside.iter().any(|o| o.contains(&wr.start)))
        .collect();
    if body.len() <= budget {
        return Vec::new();
    }
    // the first word past the budget
    let at = body.get(budget).map(|wr| wr.start);
    let Some(at) = at else {
        return Vec::new();
    };
    let end = prose
        .sentence_at(at)
        .map_or(at, |i| prose.sentences[i].range.end);
    let mut f = Finding::new(
        RULE.id,
        msg.buf(at..end),
        format!(
            "{} words; a decline by {} reads best under {budget}. Cut from here.",
            body.len(),
            msg.medium.as_str()
        ),
    );
    // Filler: body sentences that carry none of the parts. Offered, never
    // preferred: only the writer knows what matters.
    let filler: Vec<usize> = msg
        .body_sentences()
        .filter(|&i| {
            let r = msg.roles[i];
            !(r.gratitude || r.decision || r.door_open || r.alternative || r.greeting)
        })
        .collect();
    if !filler.is_empty() {
        let edits = edits::delete_sentences(msg, &filler);
        f.fixes.push(edits::fix(
            format!(
                "Remove {} sentence{} that carry no part of the decline",
                filler.len(),
                if filler.len() == 1 { "" } else { "s" }
            ),
            edits,
            false,
        ));
    }
    vec![f]
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, check, email};

    #[test]
    fn fires_past_the_budget() {
        let long = "I have thought about this carefully. ".repeat(40);
        assert_fires(
            &RULE,
            &email(&format!("Thank you. I must decline. {long}")),
            "",
        );
    }

    #[test]
    fn removing_neighbouring_filler_sentences_takes_one_edit_per_run() {
        let long = "I have thought about this carefully. ".repeat(40);
        let text = email(&format!("Thank you. I must decline. {long}"));
        let findings = check(&RULE, &text);
        let f = findings.first().expect("fires");
        let fix = f
            .fixes
            .iter()
            .find(|x| x.title.contains("40"))
            .expect("a fix");
        let mut ranges: Vec<_> = fix.edits.iter().map(|e| e.range.clone()).collect();
        ranges.sort_by_key(|r| r.start);
        assert!(
            ranges.windows(2).all(|w| w[0].end < w[1].start),
            "{ranges:?}"
        );
        let edits: Vec<_> = fix.edits.iter().collect();
        let fixed = crate::vocab::apply_edits(&text, &edits);
        assert!(!fixed.contains("carefully"), "{fixed}");
        assert!(fixed.contains("Thank you. I must decline."), "{fixed}");
    }

    #[test]
    fn quiet_within_budget_and_ignores_quotes() {
        let quoted = "> the recruiter wrote a great deal here ".repeat(40);
        assert_quiet(
            &RULE,
            &email(&format!("Thank you. I must decline.\n\n{quoted}")),
        );
    }
}
