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
//! **The fix.** Only the excuse changes, in its place, so the rest of
//! the sentence (the day you can't make, the decision, a promise to call
//! back) stays yours: "stuff came up" becomes "a personal matter came
//! up", "for various reasons" becomes "for personal reasons", and a state
//! ("I'm just too busy", "I've got a lot going on") becomes "a personal
//! matter needs my attention". Where the excuse and the decision share a
//! clause ("can't make it right now"), the plain sentence is only offered.
//!
//! Before: `Something came up, so I can't make it.`
//!
//! After: `A personal matter came up, so I can't make it.`

use std::ops::Range;

use super::rule::{Rule, dedup_overlapping};
use crate::config::Config;
use crate::edits;
use crate::message::Message;
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
            // "I get that things come up": the writer grants the other
            // side its excuse ("the interview has been moved three times")
            if grants(&before) {
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
            // the excuse's own words give way to a neutral one in the same
            // place, so the sentence keeps what else it says (a day it
            // can't make, a promise to call back, the decision)
            let fix = match neutral_excuse(msg, i, h.clone()) {
                Some((range, with)) => edits::fix(
                    format!("Replace with \"{with}\""),
                    vec![crate::vocab::Edit {
                        range: msg.buf(range),
                        new_text: with,
                    }],
                    true,
                ),
                None => edits::fix(
                    "Say \"for personal reasons\" instead",
                    vec![edits::replace_sentence(
                        msg,
                        i,
                        &Situation::of(msg, cfg).decision_phrase(false),
                    )],
                    false,
                ),
            };
            f.fixes.push(fix);
            out.push(f);
        }
    }
    dedup_overlapping(out)
}

/// Whether the words before an excuse grant it to someone else: "I get
/// that", "I understand", "I know", "I appreciate that", "totally get".
fn grants(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let mut end = words.len();
    while end > 0
        && matches!(
            words[end - 1],
            "that" | "sometimes" | "how" | "of" | "course"
        )
    {
        end -= 1;
    }
    let verb = end.checked_sub(1).map(|k| words[k]);
    let who = end.checked_sub(2).map(|k| words[k]);
    matches!(
        verb,
        Some("get" | "understand" | "appreciate" | "realise" | "realize" | "know" | "accept")
    ) && matches!(
        who,
        Some("i" | "we" | "totally" | "completely" | "fully" | "do" | "i'm" | "really")
    )
}

/// A neutral wording for the excuse at prose range `h` in sentence `i`
/// and the prose range it replaces, fitted to the excuse's shape:
/// "for various reasons" → "for personal reasons", "due to some issues" →
/// "due to a personal matter", "stuff came up" → "a personal matter came
/// up", and a state ("I'm just too busy", "things are hectic", "I've got
/// a lot going on") → "a personal matter needs my attention" in place of
/// its clause. `None` where the clause also carries the decision ("can't
/// make it right now") or the excuse can't be cut out cleanly.
fn neutral_excuse(msg: &Message, i: usize, h: Range<usize>) -> Option<(Range<usize>, String)> {
    let flat = &msg.doc.prose.flat;
    let words = flat[h.clone()].to_lowercase();
    let sentence = msg.sentence_range(i);
    // capitalised where the words start the sentence
    let cap_at = |start: usize, s: &str| {
        if flat[sentence.start..start].trim().is_empty() {
            edits::capitalise(s)
        } else {
            s.to_string()
        }
    };
    let h_start = h.start;
    let cap = |s: &str| cap_at(h_start, s);
    if words.starts_with("for ") && words.ends_with("reasons") {
        return Some((h, cap("for personal reasons")));
    }
    if words.starts_with("due to") || words.starts_with("owing to") {
        return Some((h, cap("due to a personal matter")));
    }
    let first = words.split_whitespace().next().unwrap_or("");
    let event = ["came", "come", "popped", "cropped", "arisen", "arose"]
        .iter()
        .any(|w| words.split_whitespace().any(|x| x == *w));
    let first = first.split(['\'', '\u{2019}']).next().unwrap_or(first);
    if matches!(
        first,
        "something" | "stuff" | "sth" | "smth" | "sthg" | "things" | "a" | "some"
    ) && event
    {
        let past = words
            .split_whitespace()
            .any(|x| x == "came" || x == "popped" || x == "cropped" || x == "arose");
        // the word before goes with the excuse: "some stuff came up"
        // (not "some a personal matter"), "family stuff came up" → "a
        // family matter came up"
        let before = flat[sentence.start..h.start].trim_end();
        let prev_start = before
            .rfind(|c: char| c.is_whitespace())
            .map_or(0, |k| k + 1);
        let prev = before[prev_start..].to_lowercase();
        let (h, kind) = match prev.as_str() {
            "some" | "random" | "other" | "more" => {
                (sentence.start + prev_start..h.end, "personal")
            }
            "family" | "work" | "home" | "health" | "personal" => {
                (sentence.start + prev_start..h.end, prev.as_str())
            }
            _ => (h, "personal"),
        };
        let h_start = h.start;
        let cap = |s: &str| cap_at(h_start, s);
        let with = if past {
            format!("a {kind} matter came up")
        } else {
            format!("a {kind} matter has come up")
        };
        // the reading's span may run on past "up" ("something's come up,
        // so I"): the excuse ends there
        let text = &flat[h.clone()];
        let end = text
            .to_lowercase()
            .find(" up")
            .map_or(h.end, |k| h.start + k + 3);
        // "... came up this week anyway": with the excuse given plainly,
        // the shrug goes ("a personal matter came up this week")
        let body_end = sentence.start
            + flat[sentence.clone()]
                .trim_end_matches(['.', '!', '?', ' ', '…'])
                .len();
        if end <= body_end {
            let tail = &flat[end..body_end];
            let lower = tail.to_lowercase();
            if let Some(kept) = ["anyway", "anyways", "though", "tho"].iter().find_map(|w| {
                lower
                    .strip_suffix(w)
                    .filter(|k| k.is_empty() || k.ends_with(' '))
            }) {
                let kept = &tail[..kept.trim_end().len()];
                return Some((h.start..body_end, cap(&format!("{with}{kept}"))));
            }
        }
        return Some((h.start..end, cap(&with)));
    }
    // a state: the clause from its start to the excuse's end
    let reading = &msg.readings[i];
    let local = h.start - sentence.start..h.end - sentence.start;
    let clause = reading.clauses.iter().find(|c| {
        let span = reading.span(c.tokens.clone());
        span.start <= local.start && local.start < span.end.max(span.start + 1)
    })?;
    if reading.frames.iter().any(|f| clause.tokens.contains(&f.at)) || clause.opener.is_some() {
        return None;
    }
    let span = reading.span(clause.tokens.clone());
    // the clause goes on past the excuse ("things have been hectic w
    // finals and ..."): cutting to the excuse's end would strand the rest
    let rest = &flat[h.end..(sentence.start + span.end).max(h.end)];
    if rest.chars().any(char::is_alphanumeric) {
        return None;
    }
    if span.end < local.end
        || flat[sentence.start + span.start..h.end]
            .split_whitespace()
            .count()
            > 9
    {
        return None;
    }
    let start = sentence.start + span.start;
    let at_start = flat[sentence.start..start].trim().is_empty();
    let with = "a personal matter needs my attention";
    let with = if at_start {
        edits::capitalise(with)
    } else {
        with.to_string()
    };
    Some((start..h.end, with))
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
    fn the_shrug_goes_with_the_excuse() {
        let text = email("Thank you. I must decline. Something came up this week anyway.");
        let found = super::super::testing::check(&RULE, &text);
        let edit = &found[0].fixes[0].edits[0];
        let fixed = crate::vocab::apply_edits(&text, &[edit]);
        assert!(
            fixed.contains("A personal matter came up this week."),
            "{fixed}"
        );
    }

    #[test]
    fn the_word_before_goes_with_the_excuse() {
        for (body, want) in [
            (
                "Thank you. Unfortunately some stuff came up, so I must decline.",
                "Unfortunately a personal matter came up, so",
            ),
            (
                "Thank you. Family stuff came up, so I must decline.",
                "A family matter came up, so",
            ),
        ] {
            let text = email(body);
            let found = super::super::testing::check(&RULE, &text);
            let edit = &found[0].fixes[0].edits[0];
            let fixed = crate::vocab::apply_edits(&text, &[edit]);
            assert!(fixed.contains(want), "{fixed}");
        }
    }

    #[test]
    fn quiet_when_the_writer_grants_an_excuse() {
        assert_quiet(
            &RULE,
            &email(
                "Thanks, but I'm going to pass. The interview has been moved three times. I get that things come up, but I have to take the hint.",
            ),
        );
        assert_quiet(
            &RULE,
            &email("I'm withdrawing. I totally understand that stuff comes up on your end."),
        );
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
