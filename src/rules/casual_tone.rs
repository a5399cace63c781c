//! # casual-tone
//!
//! Fires on slang and texting shorthand ("gonna", "tbh", "lol", "nah",
//! "no thanks", "the invite", "Cheers,"), a "Hey" greeting, and emoji in
//! an email.
//!
//! **Why it matters.** Declining is a small professional moment. Casual
//! wording can read as careless about the reader's time, even when you
//! mean it warmly. In a text message one emoji is fine; in an email it is
//! not.
//!
//! Before: `Hey Dana, thanks for the invite but I'm gonna pass lol`
//!
//! After: `Hi Dana, thank you for the invitation, but I will not be
//! continuing with the interview.`

use std::sync::LazyLock;

use regex::Regex;

use super::{Finding, Rule, Severity, dedup_overlapping};
use crate::config::Config;
use crate::message::{Medium, Message};
use crate::prose::is_emoji;

pub const RULE: Rule = Rule {
    id: "casual-tone",
    default_severity: Severity::Info,
    summary: "Slang, texting shorthand, \"Hey\", or emoji in an email",
    check,
};

/// Short words that are slang in lower case but acronyms in capitals.
const CASE_SENSITIVE: &[&str] = &[
    "u", "ur", "ya", "ye", "fr", "np", "bc", "rn", "atm", "cos", "coz", "tho", "sup", "ta", "sth",
    "mate",
];

static EMOTICON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?P<e>[:;=][-']?[)(DPp3/\\|]|<3|xD|XD)(?:$|\s|[.,!?])")
        .expect("valid regex")
});

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let flat = &msg.doc.prose.flat;
    let mut out = Vec::new();
    let subject = msg.subject.map(|s| msg.sentence_range(s));
    for h in msg.hits.get("casual") {
        if subject
            .as_ref()
            .is_some_and(|s| s.start <= h.start && h.end <= s.end)
        {
            continue;
        }
        let words = &flat[h.clone()];
        let lower = words.to_lowercase();
        if CASE_SENSITIVE.contains(&lower.as_str())
            && words.chars().any(char::is_uppercase)
            && words != "Ta"
            && words != "Mate"
        {
            continue; // "ATM", "U" as initials
        }
        out.push(Finding::new(
            RULE.id,
            msg.buf(h.clone()),
            format!("“{words}” is casual for a decline; choose plainer, more formal wording."),
        ));
    }
    if msg.medium == Medium::Email {
        for (i, c) in flat.char_indices() {
            if is_emoji(c) {
                out.push(Finding::new(
                    RULE.id,
                    msg.buf(i..i + c.len_utf8()),
                    "An emoji reads as casual in an email; leave it for text messages.",
                ));
            }
        }
        for c in EMOTICON.captures_iter(flat) {
            if let Some(e) = c.name("e") {
                out.push(Finding::new(
                    RULE.id,
                    msg.buf(e.range()),
                    "An emoticon reads as casual in an email.",
                ));
            }
        }
    }
    dedup_overlapping(out)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_on_slang_and_email_emoji() {
        for (body, span) in [
            ("Thanks for the invite. I'm gonna pass.", "gonna"),
            ("Thank you. Tbh I must decline.", "Tbh"),
            ("Thank you. Nah, I must decline.", "Nah"),
            ("Thank you 😊 I must decline.", "😊"),
        ] {
            assert_fires("casual-tone", &email(body), span);
        }
        assert_fires(
            "casual-tone",
            "Hey Dana,\n\nThank you. I must decline.\n\nBest,\nSam",
            "Hey",
        );
        assert_fires(
            "casual-tone",
            "Dear Dana,\n\nThank you. I must decline.\n\nCheers,\nSam",
            "Cheers",
        );
    }

    #[test]
    fn quiet_for_names_and_text_emoji() {
        assert_quiet(
            "casual-tone",
            "Dear Lola,\n\nThank you. I must decline.\n\nBest,\nSam",
        );
        assert_quiet(
            "casual-tone",
            &email("Thank you. I must decline; no, thank you."),
        );
        assert_quiet(
            "casual-tone",
            "---\nmedium: text\n---\nHi Dana, this is Sam. Thank you, but I must decline 🙏 – Sam",
        );
        assert_quiet(
            "casual-tone",
            &email("Thank you. The ATM team at Acme was great. I must decline."),
        );
    }
}
