//! # missing-sign-off
//!
//! Fires when a written message (email or text) ends without a closing
//! line and your name. Phone and in-person scripts are spoken, so this
//! rule leaves them alone.
//!
//! **Why it matters.** The sign-off closes the message on a warm note and
//! tells the reader who is declining, which matters more than you think
//! when the recruiter handles dozens of candidates.
//!
//! **What counts.** "Kind regards,\nSam Lee", "Best, Sam", a text ending
//! "– Sam", or your name on its own last line.
//!
//! Before: the message stops after the last sentence.
//!
//! After: `Kind regards,` and your name on the next line; in a text,
//! `– Sam`. A message whose writer's name is not known (from the
//! message, `profile.name` or `profile.signature`) gets no sign-off from
//! `--fix` or fix-all: a closing with no name under it is half done. The
//! fix is offered with a `[Your Name]` spot to fill. Nor does a message
//! whose medium nothing shows (it may be a chat): the fix is offered.

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::Medium;
use crate::vocab::{Finding, Intent, PartKind, Severity};
use crate::wording::Situation;

pub const RULE: Rule = Rule {
    id: "missing-sign-off",
    default_severity: Severity::Info,
    summary: "No closing line and name (email and text)",
    intent: Intent::Insert(PartKind::SignOff),
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    if msg.medium.is_spoken() || msg.sign_off.is_some() || msg.body_sentences().next().is_none() {
        return Vec::new();
    }
    let at = msg.prose_end();
    let mut f = Finding::new(
        RULE.id,
        at..at,
        "The message ends without a sign-off; close with a line such as \"Kind regards,\" and your name.",
    );
    let situation = Situation::of(msg, cfg);
    // a closing with no name under it is half a sign-off: with the name
    // unknown, the fix leaves a marked spot for it and is only offered
    let named = situation.facts.writer.is_some() || cfg.profile.signature.is_some();
    // a text that opens "Hi Dana, this is Arun Raj" has said who it is
    // from: it ends with the first name, as a text signed by a friend would
    let named_already = msg.medium == Medium::Text
        && super::rule::names_its_writer(msg, situation.facts.writer.as_ref());
    let edit = match (&situation.facts.writer, msg.medium) {
        (Some(name), Medium::Text) => {
            let name = if named_already {
                crate::wording::first_name(name)
            } else {
                name
            };
            // (a name typed in capitals is signed in the usual case:
            // "THIS IS JERICHO SANTOS" ends "– Jericho")
            let name: String = if name.chars().any(char::is_lowercase) {
                name.to_string()
            } else {
                name.split(' ')
                    .map(|w| crate::prose::capitalise(&w.to_lowercase()))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            edits::insert_sentence(msg, at, &format!("– {name}"))
        }
        _ => {
            let mut lines = situation.sign_off_lines(cfg);
            // a signature block below ("-- / Luis Ortega") already signs
            // with the name: the closing alone goes above it
            let below = &msg.doc.text[msg.buf(at..at).end..];
            let signed_below = cfg.profile.signature.is_none()
                && situation
                    .facts
                    .writer
                    .as_ref()
                    .is_some_and(|n| below.lines().take(8).any(|l| l.trim() == n.as_str()));
            if signed_below {
                lines.truncate(1);
            }
            if !named {
                lines.push(crate::wording::WRITER_BLANK.to_string());
            }
            edits::insert_paragraph_after(msg, at, &lines.join(msg.doc.line_ending))
        }
    };
    let shown = edit.new_text.trim().replace(['\r', '\n'], " ");
    // a text signs off with the writer's name, an email with a closing
    // and the name; with no name known, the fix is only offered (an
    // email's "Thanks," block would be out of place in a text)
    let preferred = named && !(msg.medium != Medium::Text && super::rule::medium_guessed(msg, cfg));
    f.fixes.push(edits::fix(
        format!("Add a sign-off: \"{shown}\""),
        vec![edit],
        preferred,
    ));
    vec![f]
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_without_closing() {
        assert_fires(
            &RULE,
            "Subject: Interview\n\nDear Ms. Larsen,\n\nThank you. I must decline. I hope we stay in touch.\n",
            "",
        );
    }

    #[test]
    fn quiet_for_closings_and_spoken_scripts() {
        assert_quiet(&RULE, &email("Thank you. I must decline."));
        assert_quiet(
            &RULE,
            "Hi Dana, this is Sam. Thanks, but I must decline. – Sam",
        );
        assert_quiet(
            &RULE,
            "---\nmedium: phone\n---\nHello, this is Sam calling. Thank you, but I must decline.",
        );
        assert_quiet(
            &RULE,
            "Dear Dana,\n\nThank you. I must decline.\n\nBest wishes,\nSam Lee\nAnalyst, Acme\n+44 7700 900123",
        );
    }
}
