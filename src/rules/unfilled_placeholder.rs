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

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::vocab::{Edit, Finding, Intent, Severity};
use crate::wording::Situation;

pub const RULE: Rule = Rule {
    id: "unfilled-placeholder",
    default_severity: Severity::Error,
    summary: "A template placeholder such as [Company Name] is left in",
    intent: Intent::Fill,
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

fn check(msg: &Message, cfg: &Config) -> Vec<Finding> {
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
        if !ok {
            continue;
        }
        let mut f = Finding::new(
            RULE.id,
            msg.buf(m.range()),
            format!(
                "“{}” is a template placeholder; fill it in before sending.",
                m.as_str()
            ),
        );
        if let Some(edit) = fill(msg, cfg, m.range()) {
            let title = if edit.new_text.is_empty() {
                format!("Remove “{}”", m.as_str())
            } else {
                format!("Replace “{}” with “{}”", m.as_str(), edit.new_text)
            };
            f.fixes.push(edits::fix(title, vec![edit], true));
        }
        out.push(f);
    }
    out
}

/// Kinds of place a placeholder may name an employer by ("[District
/// Name]", "[Hospital]").
const PLACE_KINDS: &[&str] = &[
    "district",
    "school",
    "hospital",
    "agency",
    "university",
    "council",
    "department",
    "institution",
    "college",
    "clinic",
    "practice",
    "store",
    "branch",
];

/// What a placeholder stands for, judged by its words and where it sits.
#[derive(Debug, PartialEq)]
enum Stands {
    Recipient,
    Writer,
    Company,
    Role,
    When,
    Unknown,
}

fn stands_for(msg: &Message, r: &std::ops::Range<usize>) -> Stands {
    let inner = msg.doc.prose.text[r.clone()].to_lowercase();
    let in_greeting = msg
        .greeting
        .as_ref()
        .is_some_and(|g| g.range.start <= r.start && r.end <= g.range.end);
    let in_sign_off = msg
        .sign_off
        .is_some_and(|s| msg.sentence_range(s).start <= r.start);
    let has = |ws: &[&str]| ws.iter().any(|w| inner.contains(w));
    if in_greeting {
        return Stands::Recipient;
    }
    // digits before it on its line ("+91 90000 XXXXX") or a word of a
    // number or an address: part of a contact detail, never a name
    let text = &msg.doc.prose.text;
    let line_start = text[..r.start].rfind('\n').map_or(0, |k| k + 1);
    let before = text[line_start..r.start].trim_end_matches([' ', '-', '.', '/', '(', ')']);
    if before.ends_with(|c: char| c.is_ascii_digit())
        || has(&[
            "phone", "number", "mobile", "email", "e-mail", "address", "postcode", "zip",
        ])
    {
        return Stands::Unknown;
    }
    // ("[District Name]", "[School Name]": the place's name, not a person's)
    if has(&[
        "company",
        "organisation",
        "organization",
        "employer",
        "firm",
        "business",
    ]) || has(PLACE_KINDS)
    {
        Stands::Company
    } else if has(&["title", "position", "role", "job"]) {
        Stands::Role
    } else if in_sign_off || has(&["your name", "my name", "signature", "your full name"]) {
        Stands::Writer
    } else if has(&["name", "recruiter", "manager", "interviewer", "contact"]) {
        Stands::Recipient
    } else if has(&["date", "time", "day", "tbd", "tbc", "tba", "xx"]) {
        Stands::When
    } else {
        Stands::Unknown
    }
}

/// The edit that fills a placeholder from known facts, or words around it.
fn fill(msg: &Message, cfg: &Config, r: std::ops::Range<usize>) -> Option<Edit> {
    let situation = Situation::of(msg, cfg);
    let facts = &situation.facts;
    let range = msg.buf(r.clone());
    let text = msg.doc.text;
    let stands = stands_for(msg, &r);
    // ("[District Name]" is the company only where the company known is a
    // district: a school's name is no district's)
    let inner = msg.doc.prose.text[r.clone()].to_lowercase();
    let kind = PLACE_KINDS.iter().find(|k| inner.contains(*k));
    let company = facts
        .company
        .clone()
        .filter(|c| kind.is_none_or(|k| c.to_lowercase().contains(k)));
    let known = match stands {
        Stands::Company => company.is_some(),
        Stands::Role => facts.role.is_some(),
        Stands::Writer => facts.writer.is_some(),
        Stands::Recipient => facts.recipient.is_some(),
        Stands::When | Stands::Unknown => false,
    };
    // a line of its own (an address block, a date line) with nothing to
    // fill it goes with its line: words there would read as no address
    if !known && stands != Stands::Writer && alone_on_line(text, &range) && !in_greeting(msg, &r) {
        return Some(remove_line_or_word(text, range));
    }
    // "Mr. [Hiring Manager Name]" heading an address block, with no name
    // known: the line goes
    if !known && stands == Stands::Recipient && titled_line(text, &range) {
        let line_start = text[..range.start].rfind('\n').map_or(0, |k| k + 1);
        let line_end = text[range.end..]
            .find('\n')
            .map_or(text.len(), |k| range.end + k + 1);
        return Some(Edit {
            range: line_start..line_end,
            new_text: String::new(),
        });
    }
    // the last part of a subject line, set off by a dash or a colon
    // ("Re: Interview Invitation – <Role>"): with nothing to fill it, the
    // subject ends before it
    if !known && stands != Stands::Writer {
        if let Some(edit) = subject_tail(msg, text, &range) {
            return Some(edit);
        }
    }
    let new_text = match stands {
        Stands::Company => match &company {
            Some(company) => company.clone(),
            // "the Data Engineer position at [Company Name]" → "the Data
            // Engineer position": no stand-in reads as a company
            None => {
                let after = text[range.end..].trim_start_matches(' ');
                // at the end of a phrase: a stop, or a preposition going
                // on to the date ("at [Company Name] on [Date]")
                let next_word = after
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                let ends = after.is_empty()
                    || after.starts_with(['.', ',', ';', '!', '?', '\n', ')'])
                    || matches!(
                        next_word.as_str(),
                        "on" | "for" | "in" | "next" | "this" | "last" | "and" | "by" | "at"
                    );
                let before = text[..range.start].trim_end();
                let at = before.ends_with(" at")
                    || before.ends_with(" with")
                    || before.ends_with(" from");
                if ends && at {
                    if let Some(edit) = drop_with_preposition(text, range.clone()).or_else(|| {
                        let start = before.rfind(' ').map_or(range.start, |k| k);
                        Some(Edit {
                            range: start..range.end,
                            new_text: String::new(),
                        })
                    }) {
                        return Some(edit);
                    }
                }
                "your company".into()
            }
        },
        Stands::Role => match &facts.role {
            Some(role) => role.clone(),
            None => {
                // "the [Job Title] role" → "the role"
                let after = &text[range.end..];
                let next = after
                    .trim_start()
                    .split(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or("");
                let next = next.to_lowercase();
                if crate::message::JOB_NOUNS.contains(&next.as_str()) || next == "application" {
                    let spaces = after.len() - after.trim_start().len();
                    return Some(Edit {
                        range: range.start..range.end + spaces,
                        new_text: String::new(),
                    });
                }
                // "the post of <Role>" / "the position as [Job Title]": the
                // job noun names it already, so the preposition goes too
                let before = text[..range.start].trim_end().to_lowercase();
                let named = before
                    .strip_suffix(" of")
                    .or_else(|| before.strip_suffix(" as"))
                    .and_then(|b| b.rsplit(' ').next())
                    .is_some_and(|w| crate::message::JOB_NOUNS.contains(&w));
                if named {
                    let start = text[..range.start].trim_end().len() - 3;
                    return Some(Edit {
                        range: start..range.end,
                        new_text: String::new(),
                    });
                }
                // "for the [Job Title]." → "for the position."
                if [" the", " a", " this", " your"]
                    .iter()
                    .any(|d| before.ends_with(d))
                {
                    "position".into()
                } else {
                    "the position".into()
                }
            }
        },
        // the writer's own name: from the profile or the message, or it
        // stays flagged; no other words can stand for it. Right above the
        // name itself ("[Your Name]" over "S. V. Kulkarni"), it goes.
        Stands::Writer => {
            let name = facts.writer.clone()?;
            let line_end = text[range.end..]
                .find('\n')
                .map_or(text.len(), |k| range.end + k);
            let next_line = text[line_end..].trim_start().lines().next().unwrap_or("");
            if alone_on_line(text, &range) && next_line.trim() == name {
                return Some(remove_line_or_word(text, range));
            }
            name
        }
        Stands::Recipient => match &facts.recipient {
            // "Hi {{first_name}}," / "Hi [Name]," with "Tom Keller" known:
            // "Hi Tom,"; "Dear [Name]," keeps the full name
            Some(name) => {
                let line_start = text[..range.start].rfind('\n').map_or(0, |k| k + 1);
                let before = text[line_start..range.start].trim().to_lowercase();
                let first_only = (before == "hi" || before == "hello" || before == "hey")
                    || text[range.clone()].to_lowercase().contains("first");
                if first_only {
                    crate::wording::first_name(name).to_string()
                } else {
                    name.clone()
                }
            }
            None => {
                if let Some(g) = msg
                    .greeting
                    .as_ref()
                    .filter(|g| g.range.start <= r.start && r.end <= g.range.end)
                {
                    // "Dear [Name]," with no name known → "Dear Hiring
                    // Manager," (a letter's salutation stays one); "Hi
                    // [Name]," → "Hello,"
                    let gr = msg.buf(g.range.clone());
                    let old = &msg.doc.text[gr.clone()];
                    let tail = if old.ends_with(',') { "," } else { "" };
                    let dear = old.trim_start().to_lowercase().starts_with("dear ");
                    // a letter's address block may name them: "Mr Graham
                    // Ross" above → "Dear Mr Ross,"
                    let addressee = msg.doc.text[..gr.start].lines().find_map(titled_name);
                    let new_text = if let (true, Some(name)) = (dear, addressee) {
                        format!("Dear {name}{tail}")
                    } else if dear {
                        format!("Dear Hiring Manager{tail}")
                    } else {
                        format!("Hello{tail}")
                    };
                    return Some(Edit {
                        range: gr,
                        new_text,
                    });
                }
                "the hiring team".into()
            }
        },
        // "the interview on [Date]" → "the interview"; a date that is not
        // after a preposition stays flagged, as no words can stand for it
        Stands::When => return drop_with_preposition(text, range),
        Stands::Unknown => return None,
    };
    Some(Edit { range, new_text })
}

/// "Mr Graham Ross" or "Dr. A. Mensah", a line of its own in an address
/// block: the title and surname to greet ("Mr Ross", "Dr. Mensah").
fn titled_name(line: &str) -> Option<String> {
    let words: Vec<&str> = line.split_whitespace().collect();
    let (title, rest) = words.split_first()?;
    let bare = title.trim_end_matches('.');
    if !matches!(bare, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Prof" | "Mx")
        || rest.is_empty()
        || rest.len() > 3
    {
        return None;
    }
    let surname = rest.last()?;
    let is_name = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\''))
    };
    (rest.iter().all(is_name) && surname.chars().filter(|c| c.is_alphabetic()).count() > 1)
        .then(|| format!("{title} {surname}"))
}

/// Whether the placeholder is a line of its own but for a title before
/// it ("Mr. [Name]", "Dr [Surname]").
fn titled_line(text: &str, range: &std::ops::Range<usize>) -> bool {
    let line_start = text[..range.start].rfind('\n').map_or(0, |k| k + 1);
    let line_end = text[range.end..]
        .find('\n')
        .map_or(text.len(), |k| range.end + k);
    let before = text[line_start..range.start].trim().trim_end_matches('.');
    matches!(before, "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mx" | "Prof")
        && text[range.end..line_end]
            .trim()
            .trim_end_matches(',')
            .is_empty()
}

/// A placeholder ending the subject line after a dash, a colon or a bar
/// ("Subject: Interview – [Position]"), removed with its separator; `None`
/// elsewhere, or when nothing of the subject would stay before it.
fn subject_tail(msg: &Message, text: &str, range: &std::ops::Range<usize>) -> Option<Edit> {
    let s = msg.subject?;
    let line = msg.sentence_buf(s);
    if !(line.start <= range.start && range.end <= line.end) {
        return None;
    }
    let line_end = text[range.end..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| range.end + i);
    if !text[range.end..line_end].trim().is_empty() {
        return None;
    }
    let before = text[..range.start].trim_end();
    let sep = [" –", " —", " -", ":", " |"]
        .iter()
        .find(|s| before.ends_with(*s))?;
    let start = before.len() - sep.len();
    // "Subject: [Role]" keeps a subject of its own to fill
    let head = text[line.start..start].trim();
    if head.is_empty() || head.ends_with(':') || is_reference_head(head) {
        return None;
    }
    Some(Edit {
        range: start..range.end,
        new_text: String::new(),
    })
}

/// "Subject", "Re", "Sub": a subject line's label with nothing after it.
fn is_reference_head(head: &str) -> bool {
    let h = head.trim_end_matches(':').trim().to_lowercase();
    matches!(h.as_str(), "subject" | "re" | "sub" | "ref" | "fw" | "fwd")
}

fn in_greeting(msg: &Message, r: &std::ops::Range<usize>) -> bool {
    msg.greeting
        .as_ref()
        .is_some_and(|g| g.range.start <= r.start && r.end <= g.range.end)
}

/// Whether `range` is all there is on its line, but for spaces and a
/// comma.
fn alone_on_line(text: &str, range: &std::ops::Range<usize>) -> bool {
    let line_start = text[..range.start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| range.end + i);
    text[line_start..range.start].trim().is_empty()
        && text[range.end..line_end]
            .trim()
            .trim_matches(|c| c == ',' || c == '.')
            .is_empty()
}

/// Removes a date or time placeholder with the preposition before it
/// ("on [Date]", "at XX:XX"), when there is one.
fn drop_with_preposition(text: &str, range: std::ops::Range<usize>) -> Option<Edit> {
    let before = text[..range.start].trim_end_matches(' ');
    let word_start = last_word_start(before);
    let word = before[word_start..].to_lowercase();
    if !["on", "at", "by", "for", "from", "until", "till"].contains(&word.as_str()) {
        return None;
    }
    let mut start = text[..word_start].trim_end_matches(' ').len();
    // "the interview scheduled for [Date]" → "the interview": a participle
    // that only led to the date goes with it
    let lead_start = last_word_start(&text[..start]);
    if matches!(
        text[lead_start..start].to_lowercase().as_str(),
        "scheduled" | "planned" | "booked" | "arranged" | "set" | "fixed" | "slated"
    ) {
        start = text[..lead_start].trim_end_matches(' ').len();
    }
    Some(Edit {
        range: start..range.end,
        new_text: String::new(),
    })
}

/// Where the last word of `s` starts: just past the last character that
/// is not a letter (whatever its width in bytes).
fn last_word_start(s: &str) -> usize {
    s.char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Removes a placeholder; its whole line when it stands alone there.
fn remove_line_or_word(text: &str, range: std::ops::Range<usize>) -> Edit {
    let line_start = text[..range.start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let line_end = text[range.end..]
        .find(['\n', '\r'])
        .map_or(text.len(), |i| range.end + i);
    if text[line_start..range.start].trim().is_empty()
        && text[range.end..line_end].trim().is_empty()
        && text[..line_start].trim().is_empty()
    {
        // the first line of the text: take it and the blank lines after it
        let rest = &text[line_end..];
        let blank = rest.len() - rest.trim_start().len();
        return Edit {
            range: 0..line_end + blank,
            new_text: String::new(),
        };
    }
    let break_at = |at: usize| {
        if text[at..].starts_with("\r\n") {
            2
        } else {
            usize::from(text[at..].starts_with('\n'))
        }
    };
    let blank_before =
        text[..line_start].ends_with("\n\n") || text[..line_start].ends_with("\n\r\n");
    if text[line_start..range.start].trim().is_empty()
        && text[range.end..line_end].trim().is_empty()
        && blank_before
    {
        // a paragraph of its own ("[Date]" between blank lines): it goes
        // with one of the blank lines around it, so one stays
        let first = break_at(line_end);
        let second = if first > 0 {
            break_at(line_end + first)
        } else {
            0
        };
        if second > 0 {
            return Edit {
                range: line_start..line_end + first + second,
                new_text: String::new(),
            };
        }
    }
    if text[line_start..range.start].trim().is_empty()
        && text[range.end..line_end].trim().is_empty()
    {
        // take the line break before it too, so no blank line is left
        let start = text[..line_start]
            .strip_suffix('\n')
            .map_or(line_start, |t| {
                t.strip_suffix('\r')
                    .map_or(line_start - 1, |_| line_start - 2)
            });
        return Edit {
            range: start..line_end,
            new_text: String::new(),
        };
    }
    let spaces = text[range.end..].len() - text[range.end..].trim_start_matches(' ').len();
    Edit {
        range: range.start..range.end + spaces,
        new_text: String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};

    #[test]
    fn the_name_heading_a_signature_signs_in_place_of_the_placeholder() {
        let text = "Subject: Withdrawing\n\nDear Ms. Rao,\n\nThank you. I must withdraw.\n\nKind regards,\n[Your Name]\n\n-- \nAndrea Salcedo Rivas\nGrowth Marketing\n";
        let out = crate::rules::testing::apply_preferred(&super::RULE, text);
        assert!(
            out.contains("Kind regards,\nAndrea Salcedo Rivas\n"),
            "{out}"
        );
    }

    #[test]
    fn a_role_named_by_its_job_noun_goes_with_its_preposition() {
        let text = "Re: Application for the position of <Role>\n\nDear Ms. Rao,\n\nThank you for the invitation to interview for the post of <Role> on Monday. I must withdraw.\n\nRegards,\nLakshmi\n";
        let out = crate::rules::testing::apply_preferred(&super::RULE, text);
        assert!(out.contains("Re: Application for the position\n"), "{out}");
        assert!(out.contains("interview for the post on Monday."), "{out}");
    }

    #[test]
    fn a_participle_that_only_led_to_the_date_goes_with_it() {
        let text = "I will not attend the interview scheduled for [Date]. Thanks.";
        let at = text.find('[').unwrap();
        let e = super::drop_with_preposition(text, at..at + 6).expect("a preposition");
        let mut out = text.to_string();
        out.replace_range(e.range, &e.new_text);
        assert_eq!(out, "I will not attend the interview. Thanks.");
    }

    #[test]
    fn a_date_after_any_character_is_cut_on_a_boundary() {
        use super::drop_with_preposition;
        let text = "see you “on [Date]";
        let at = text.find('[').unwrap();
        let e = drop_with_preposition(text, at..text.len()).unwrap();
        assert!(text.is_char_boundary(e.range.start));
        let text = "meet ü[Date]";
        let at = text.find('[').unwrap();
        assert!(drop_with_preposition(text, at..text.len()).is_none());
    }

    #[test]
    fn a_place_named_by_its_kind_is_never_filled_with_a_person() {
        let text = "Ms. Renata Olguin\nDirector of Human Resources\n[District Name]\n1400 Cottonwood Avenue\n\nDear Ms. Olguin,\n\nThank you for the interview. I must withdraw.\n\nSincerely,\nAna Ruiz\n";
        let fixed = crate::rules::testing::apply_preferred(&RULE, text);
        assert!(!fixed.contains("\nMs. Olguin\n"), "{fixed}");
    }

    #[test]
    fn a_number_placeholder_is_never_filled_with_a_name() {
        use crate::rules::testing::check;
        let text = "Dear Ms. Rao,\n\nThank you. I must withdraw.\n\nRegards,\nLakshmi Reddy\n+91 90000 XXXXX\n";
        for f in check(&super::RULE, text) {
            for x in f.fixes.iter().filter(|x| x.preferred) {
                for e in &x.edits {
                    assert!(!e.new_text.contains("Lakshmi"), "{e:?}");
                }
            }
        }
    }

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
            assert_fires(&RULE, &email(body), span);
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
            assert_quiet(&RULE, &email(body));
        }
    }
}
