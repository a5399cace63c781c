//! # missing-subject
//!
//! Fires when an email has no `Subject:` line.
//!
//! **Why it matters.** The subject is what the recruiter sees in a busy
//! inbox. "Withdrawing from the Data Analyst interview" lets them act
//! without opening the message; an empty subject may not be opened at all.
//! Replying in the same thread keeps the original subject, so write it as
//! `Subject: Re: ...` in your draft.
//!
//! Only emails need a subject; texts and spoken scripts do not, nor does
//! a message sent in a chat channel though laid out as a letter (the
//! file's name says `linkedin` or `whatsapp`, or the writer says "writing
//! to you here on LinkedIn"). Where
//! nothing shows which medium a message is (no greeting with "Dear", no
//! closing block, no `medium` given), it is checked as an email, but
//! `--fix` and fix-all do not add the line: the fix is only offered.
//!
//! After: `Subject: Data Analyst interview – withdrawing my application`

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::reading::{FrameKind, Stand};
use crate::vocab::Medium;
use crate::vocab::{Edit, Finding, Intent, PartKind, Severity};
use crate::wording::{Situation, Slot};

pub const RULE: Rule = Rule {
    id: "missing-subject",
    default_severity: Severity::Hint,
    summary: "An email with no Subject: line",
    intent: Intent::Insert(PartKind::Subject),
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    if msg.medium != Medium::Email
        || msg.chat
        || msg.subject.is_some()
        || msg.doc.prose.sentences.is_empty()
    {
        return Vec::new();
    }
    // a letter (address blocks and a date before "Dear ...") carries its
    // subject as a heading or not at all; a Subject: line above its
    // address block would be out of place
    if is_letter(msg) {
        return Vec::new();
    }
    let at = msg
        .doc
        .prose
        .sentences
        .first()
        .map_or(msg.body_start(), |s| msg.buf(s.range.clone()).start);
    let mut f = Finding::new(
        RULE.id,
        at..at,
        "This email has no subject line; add \"Subject: ...\" naming the role and your decision.",
    );
    // the subject names the decision only where the body states one
    // plainly; a request to move the interview, or a message still
    // undecided, gets the reschedule wording or the role alone
    let situation = Situation::of(msg, cfg);
    let moves = msg.body_sentences().any(|i| msg.readings[i].asks_to_move());
    // beside a request to move it, "I will not be available on that date"
    // is about the day; only leaving the process itself declines
    let declines = msg.body_sentences().any(|i| {
        let r = &msg.readings[i];
        r.stand() == Stand::Clear
            && r.frames.iter().any(|f| {
                f.kind != FrameKind::Reschedule
                    && (!moves
                        || matches!(
                            r.tokens[f.at].lemma.as_str(),
                            "withdraw" | "declin" | "pull" | "remov" | "accept" | "stay"
                        ))
            })
    });
    let subject = if moves && !declines {
        Situation {
            scenario: crate::vocab::Scenario::Reschedule,
            ..situation
        }
        .phrase(Slot::Subject)
    } else if declines {
        situation.phrase(Slot::Subject)
    } else {
        let full = situation.phrase(Slot::Subject);
        full.split_once(" – ")
            .map_or(full.clone(), |(head, _)| head.to_string())
    };
    // under the "To:" and "Cc:" header lines, where a mail client puts it
    let text = msg.doc.text;
    let mut header_end = None;
    let mut from = 0;
    for line in text.split_inclusive('\n') {
        let l = line.trim();
        let header = ["to:", "from:", "cc:", "bcc:"]
            .iter()
            .any(|p| crate::message::starts_with_ci(l, p))
            && l.contains('@');
        if !header {
            break;
        }
        header_end = Some(from + line.trim_end().len());
        from += line.len();
    }
    let edit = match header_end {
        Some(e) => Edit {
            range: e..e,
            new_text: format!("\n{subject}"),
        },
        None => edits::insert_paragraph_before(msg, at, &subject),
    };
    f.fixes.push(edits::fix(
        format!("Add \"{subject}\""),
        vec![edit],
        !super::rule::medium_guessed(msg, cfg),
    ));
    vec![f]
}

/// Whether the message is laid out as a letter: three or more lines of
/// head (the sender's or the recipient's address, a date) before the
/// salutation.
fn is_letter(msg: &Message) -> bool {
    let Some(g) = msg.greeting.as_ref() else {
        return false;
    };
    let head_lines: usize = (0..g.sentence)
        .filter(|&i| msg.roles[i].head)
        .map(|i| {
            // a template's "[Your Address]" is no address yet
            msg.sentence_text(i)
                .lines()
                .map(str::trim)
                .filter(|l| !(l.is_empty() || l.starts_with('[') && l.ends_with(']')))
                .count()
        })
        .sum();
    head_lines >= 3
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_for_email_without_subject() {
        assert_fires(
            &RULE,
            "Dear Ms. Larsen,\n\nThank you. I must decline.\n\nKind regards,\nSam",
            "",
        );
    }

    #[test]
    fn quiet_with_subject_or_for_texts() {
        assert_quiet(&RULE, &email("Thank you. I must decline."));
        assert_quiet(
            &RULE,
            "Hi Dana, this is Sam. Thanks, but I must decline. – Sam",
        );
    }
}
