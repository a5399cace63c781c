//! # missing-greeting
//!
//! Fires when the message opens without a salutation ("Dear Ms. Larsen,",
//! "Hi Dana,", "Hello, this is ...").
//!
//! **Why it matters.** A greeting with the reader's name is the cheapest
//! warmth there is. Without it, a decline lands like a form letter.
//!
//! **Where it points.** The start of the message body (after any subject
//! line).
//!
//! Before: `I am writing to withdraw my application.`
//!
//! After: `Dear Ms. Larsen,` on its own line, then the message.

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::Medium;
use crate::vocab::{Edit, Finding, Intent, PartKind, Severity};
use crate::wording::{Situation, Slot};

pub const RULE: Rule = Rule {
    id: "missing-greeting",
    default_severity: Severity::Info,
    summary: "No salutation",
    intent: Intent::Insert(PartKind::Greeting),
    check,
};

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
    if msg.greeting.is_some() || msg.body_sentences().next().is_none() || mid_conversation(msg) {
        return Vec::new();
    }
    let at = msg.body_start();
    let mut f = Finding::new(
        RULE.id,
        at..at,
        "The message has no greeting; open with the reader's name (\"Dear Ms. Larsen,\").",
    );
    let mut situation = Situation::of(msg, cfg);
    // a text signed "– Shemar" says who it is from: "Hi, this is Shemar."
    // above it would say the name twice
    if msg.medium == Medium::Text
        && super::rule::names_its_writer(msg, situation.facts.writer.as_ref())
    {
        situation.facts.writer = None;
    }
    let mut greeting = situation.phrase(Slot::Greeting);
    // "Dear Chris Yoon," reads as a mail merge in a note written with
    // contractions to someone the writer has dealt with: "Hi Chris,"
    if msg.medium == Medium::Email {
        if let Some(name) = situation.facts.recipient.as_deref() {
            let first = crate::wording::first_name(name);
            let contracted = msg.body_sentences().any(|i| {
                let t = msg.sentence_text(i);
                [
                    "I'm ", "I’m ", "I've ", "I’ve ", "I'd ", "I’d ", "I'll ", "I’ll ",
                ]
                .iter()
                .any(|c| t.contains(c))
            });
            // (a team is no person: "Workforce Recruitment Team" keeps
            // its whole name)
            let team = name.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().trim_end_matches(['.', ',']),
                    "team"
                        | "recruitment"
                        | "recruiting"
                        | "talent"
                        | "hr"
                        | "department"
                        | "office"
                        | "services"
                        | "group"
                        | "careers"
                        | "hiring"
                        | "acquisition"
                        | "resources"
                        | "people"
                        | "workforce"
                        | "staffing"
                        | "panel"
                        | "committee"
                )
            });
            if first != name && contracted && !team && greeting == format!("Dear {name},") {
                greeting = format!("Hi {first},");
            }
        }
    }
    let edits = if let Some((name, to)) = called_by_name(msg, at) {
        // "Alan its Kev Marsh." opens on the reader's name: the greeting
        // is made of it ("Hi Alan, its Kev Marsh.")
        greeting = format!("Hi {name},");
        vec![Edit {
            range: at..to,
            new_text: format!("{greeting} "),
        }]
    } else if msg.medium == Medium::Email {
        vec![edits::insert_paragraph_before(msg, at, &greeting)]
    } else if at_line_start(msg.doc.text, at) {
        // a script's first line: the greeting takes a line of its own, as
        // a list item when the script is a list
        let text = msg.doc.text;
        let marker = ["- ", "* ", "• "]
            .into_iter()
            .find(|m| text[at..].starts_with(m))
            .unwrap_or("");
        vec![Edit {
            range: at..at,
            new_text: format!("{marker}{greeting}{}", msg.doc.line_ending),
        }]
    } else {
        edits::insert_before_sentence(msg, at, &greeting)
    };
    f.fixes
        .push(edits::fix(format!("Add \"{greeting}\""), edits, true));
    vec![f]
}

/// Whether a script is said in a conversation already going, where no
/// greeting opens it: its title says so ("After the seminar - what to
/// say to Prof. Lindholm", "What I'll say before I leave (after the lab
/// tour)", "Remarks for Thursday - if Fenella raises it over dinner"), or
/// it opens on the reader's name and a word of meeting ("Fenella - lovely
/// to see you", "Chef, got a sec?").
fn mid_conversation(msg: &Message) -> bool {
    if !matches!(msg.medium, Medium::InPerson | Medium::Phone) {
        return false;
    }
    let title = (0..msg.roles.len())
        .filter(|&i| msg.roles[i].head)
        .map(|i| msg.sentence_text(i).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ");
    let said_within = [
        "after the ",
        "after our ",
        "after my ",
        "before i leave",
        "before leaving",
        "over dinner",
        "over lunch",
        "over coffee",
        "at the end",
        "end of the",
        "during the",
        " raises",
        " asks",
    ]
    .iter()
    .any(|c| title.contains(c));
    let opening = msg
        .body_sentences()
        .next()
        .map(|i| msg.sentence_text(i).to_lowercase())
        .unwrap_or_default();
    let first_words: String = opening
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join(" ");
    let met = [
        "to see you",
        "got a sec",
        "got a minute",
        "a quick word",
        "have a minute",
        "have a moment",
    ]
    .iter()
    .any(|c| first_words.contains(c));
    said_within || met
}

/// The reader's name opening a text or a call with no comma after it,
/// before the writer says who they are ("Alan its Kev Marsh.", "Gemma
/// it's Leanne here"): the name, and where the words after it start.
fn called_by_name(msg: &Message, at: usize) -> Option<(String, usize)> {
    if !matches!(msg.medium, Medium::Text | Medium::Phone) {
        return None;
    }
    let rest = msg.doc.text.get(at..)?;
    let name: &str = rest.split_whitespace().next()?;
    let after = rest[name.len()..].trim_start();
    let to = at + rest.len() - after.len();
    let mut chars = name.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_uppercase())
        && name.len() >= 2
        && chars.all(|c| c.is_lowercase());
    let lower = after.to_lowercase();
    let introduces = ["its ", "it's ", "it’s ", "this is ", "here's ", "here’s "]
        .iter()
        .any(|w| lower.starts_with(w));
    let word = name.to_lowercase();
    let ordinary = matches!(
        word.as_str(),
        "sorry"
            | "thanks"
            | "thank"
            | "just"
            | "hope"
            | "yes"
            | "no"
            | "ok"
            | "okay"
            | "so"
            | "well"
            | "also"
            | "basically"
            | "honestly"
            | "unfortunately"
            | "now"
            | "but"
            | "and"
            | "update"
            | "apologies"
    ) || crate::reading::frames::is_day(&word);
    (capitalised && introduces && !ordinary).then(|| (name.to_string(), to))
}

/// Whether `at` opens a line of the text, past any list marker.
fn at_line_start(text: &str, at: usize) -> bool {
    text[..at.min(text.len())]
        .chars()
        .next_back()
        .is_none_or(|c| c == '\n' || c == '\r')
        && at > 0
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet};

    #[test]
    fn quiet_for_words_said_in_a_conversation_already_going() {
        assert_quiet(
            &RULE,
            "After the workshop - what to say to Dr. Osei\n\n\"Thank you for having me today. I have decided not to go ahead with the interview on Friday, as I am staying in my current post. I hope we meet again at the next conference.\"\n",
        );
        assert_quiet(
            &RULE,
            "What I'll say at the stall\n\nMarta, lovely to see you. Thanks for thinking of me for the buyer job, but I'm going to stay where I am. Let's keep in touch.\n",
        );
        // a call with no such title still opens with a greeting
        assert_fires(
            &RULE,
            "Call script - Meridian\n\nThanks for calling back. I'm withdrawing from the process, as I've accepted another offer. I hope our paths cross again.\n",
            "",
        );
    }

    #[test]
    fn fires_without_salutation() {
        assert_fires(
            &RULE,
            "Subject: Interview\n\nThank you for the invitation. I must decline.\n\nBest,\nSam\n",
            "",
        );
    }

    #[test]
    fn a_full_name_is_greeted_as_the_note_is_written() {
        use crate::rules::testing::check;
        let greeting = |text: &str| {
            check(&RULE, text)[0].fixes[0].edits[0]
                .new_text
                .trim()
                .to_string()
        };
        let quoted = "\n\n> On Monday, Chris Yoon wrote:\n> Hi Denise, are you free next week?\n";
        // written with contractions: the first name, as people write
        let casual = format!(
            "Subject: Interview\n\nThanks, but I've decided to stay where I am.\n\nDenise{quoted}"
        );
        assert_eq!(greeting(&casual), "Hi Chris,");
        // a team is greeted by its whole name
        let team = "\n\n> From: Workforce Recruitment Team\n> Hi Tomasz, are you free?\n";
        let casual_team =
            format!("Subject: Interview\n\nThanks, but I've decided to withdraw.\n\nTomasz{team}");
        assert!(
            !greeting(&casual_team).starts_with("Hi Workforce"),
            "{}",
            greeting(&casual_team)
        );
        // written formally: the full name stays
        let formal = format!(
            "Subject: Interview\n\nThank you, but I have decided to stay where I am.\n\nDenise Albright{quoted}"
        );
        assert!(
            greeting(&formal).starts_with("Dear Chris Yoon,"),
            "{}",
            greeting(&formal)
        );
    }

    #[test]
    fn quiet_for_salutations() {
        for text in [
            "Dear Ms. Larsen,\n\nThank you. I must decline.\n\nBest,\nSam",
            "Hi Dana, this is Sam. Thanks, but I must decline. – Sam",
            "Hello, this is Sam Lee calling about the interview. Thank you, but I must decline.",
            "Good morning Mr. Clarke,\n\nThank you. I must decline.\n\nBest,\nSam",
            // a committee addressed as such
            "To the Hiring Committee,\n\nThank you. I must decline.\n\nSincerely,\nSam",
            // a greeting in another language before a form of address
            "Niaje boss, am Kevin. Thank you, but I must decline. – Kevin",
            "Guten Morgen Herr Hoffmann, this is Leonie. Thank you, but I must decline.",
        ] {
            assert_quiet(&RULE, text);
        }
    }
}
