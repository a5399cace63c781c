//! # unfilled-placeholder
//!
//! Fires on template placeholders left in the message: `[Company Name]`,
//! `<Name>`, `{{first_name}}`, `XXX`, `TBD`.
//!
//! **Why it matters.** Nothing tells a recruiter "mass-produced" faster
//! than a bracket you forgot to fill. It is the one fault that is always
//! an error.
//!
//! **What it looks at.** Bracketed Title Case or placeholder words
//! (`[Job Title]`, `[your name]`, `<Company>`), mail-merge fields
//! (`{{name}}`, `{name}`, `%NAME%`), `XXX`, `TBD`, `TBC` and blanks
//! (`____`). Markdown links, email addresses, quoted text, code and HTML
//! comments are not placeholders.
//!
//! Before: `Thank you for the [Job Title] role at [Company Name].`
//!
//! After: `Thank you for the Data Analyst role at Acme.`

use std::sync::LazyLock;

use regex::Regex;

use super::{Finding, Rule, Severity};
use crate::config::Config;
use crate::message::Message;

pub const RULE: Rule = Rule {
    id: "unfilled-placeholder",
    default_severity: Severity::Error,
    summary: "A template placeholder such as [Company Name] is left in",
    check,
};

static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"\[(?P<sq>[^\[\]\n]{1,60})\]",
        r"|<(?P<ang>[^<>\n@/:=]{1,40})>",
        r"|\{\{\s*(?P<curly2>[^{}\n]{1,40}?)\s*\}\}",
        r"|\{(?P<curly>[A-Za-z_][A-Za-z_ .]{0,30})\}",
        r"|%(?P<pct>[A-Z][A-Z_]{1,30})%",
        r"|\$\{(?P<dollar>[^{}\n]{1,30})\}",
        r"|\b(?P<marker>X{2,}|TBD|TBC|TBA)\b",
        r"|(?P<blank>_{3,})",
    ))
    .expect("valid regex")
});

const KEYWORDS: &[&str] = &[
    "name",
    "company",
    "title",
    "position",
    "role",
    "date",
    "time",
    "day",
    "number",
    "phone",
    "email",
    "address",
    "job",
    "manager",
    "recruiter",
    "insert",
    "employer",
    "organization",
    "organisation",
    "your",
    "their",
    "city",
    "location",
    "salary",
    "team",
    "department",
    "interviewer",
    "contact",
    "signature",
    "link",
    "first",
    "last",
    "surname",
    "firm",
    "business",
    "reason",
    "here",
    "candidate",
    "hiring",
];

/// Whether bracketed text reads as a slot to fill rather than prose.
fn is_slot(inner: &str) -> bool {
    let inner = inner.trim();
    if inner.is_empty() || inner == "x" || inner == "X" || inner.chars().all(|c| c.is_ascii_digit())
    {
        return false; // checkboxes, footnotes
    }
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() > 6 || inner.ends_with(':') {
        return false; // a stage direction or an aside
    }
    let lower = inner.to_lowercase();
    if ["sic", "sic!", "…", "...", "sigh", "pause"].contains(&lower.as_str()) {
        return false;
    }
    let keyword = lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| KEYWORDS.contains(&w));
    let title_case = words.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
    });
    let all_caps = inner.chars().any(char::is_alphabetic) && !inner.chars().any(char::is_lowercase);
    keyword || title_case || all_caps || inner.chars().all(|c| c == '.' || c == '_' || c == '…')
}

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let text = &msg.doc.prose.text;
    let mut out = Vec::new();
    for c in PLACEHOLDER.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let ok = if let Some(sq) = c.name("sq") {
            // a Markdown link keeps only its text, so brackets here are literal
            is_slot(sq.as_str())
        } else if let Some(ang) = c.name("ang") {
            let inner = ang.as_str().trim();
            !inner.contains('.') && is_slot(inner) && !inner.starts_with(['!', '-'])
        } else {
            true
        };
        if ok {
            out.push(Finding::new(
                RULE.id,
                msg.buf(m.range()),
                format!(
                    "“{}” is a template placeholder; fill it in before sending.",
                    m.as_str()
                ),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn fires_on_placeholders() {
        for (body, span) in [
            (
                "Thank you for the [Job Title] role. I must decline.",
                "[Job Title]",
            ),
            (
                "Thank you, {{first_name}}. I must decline.",
                "{{first_name}}",
            ),
            (
                "Thank you for the role at <Company>. I must decline.",
                "<Company>",
            ),
            ("Thank you. I must decline the interview on XXX.", "XXX"),
            ("Thank you. I can do TBD instead.", "TBD"),
            (
                "Thank you for the role at [company name]. I must decline.",
                "[company name]",
            ),
        ] {
            assert_fires("unfilled-placeholder", &email(body), span);
        }
    }

    #[test]
    fn quiet_for_links_code_comments_and_addresses() {
        for body in [
            "Thank you. See [my portfolio](https://example.com). I must decline.",
            "Thank you. I must decline. <!-- TODO [Company Name] TBD -->",
            "Thank you. I must decline. `TBD`",
            "Thank you, and congratulations on the Series B. I must decline.",
            "Thank you. I must decline.\n\n> On Monday, [Time] works TBD",
        ] {
            assert_quiet("unfilled-placeholder", &email(body));
        }
    }
}
