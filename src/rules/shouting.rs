//! # shouting
//!
//! Fires on words in capitals that are not acronyms ("I am SO sorry",
//! "THANK YOU", "NOT interested") and on runs of exclamation marks
//! (`!!`).
//!
//! **Why it matters.** Capitals and stacked exclamation marks read as
//! raised voices or as breathless excitement; neither suits a decline.
//! Acronyms such as SRE, AWS or EMEA are fine, and so is a single "!".
//!
//! Before: `THANK YOU for the invitation!!`
//!
//! After: `Thank you for the invitation.`

use super::rule::Rule;
use crate::config::Config;
use crate::edits;
use crate::message::Message;
use crate::phrases::{VALENCE, is_common_word};
use crate::prose::word_ranges;
use crate::vocab::{Edit, Finding, Intent, Severity};

pub const RULE: Rule = Rule {
    id: "shouting",
    default_severity: Severity::Info,
    summary: "Words in capitals that are not acronyms, or \"!!\"",
    intent: Intent::Reword,
    check,
};

/// Capitalised words that are ordinary in writing about jobs.
const ACRONYMS: &[&str] = &[
    "IT", "US", "AM", "PM", "OK", "HR", "ID", "CV", "PA", "UK", "EU", "TV", "PR", "IOU", "PO",
    "ME", "GP",
];

fn is_caps_word(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && !w.chars().any(char::is_lowercase) && w.chars().any(char::is_uppercase)
}

/// Whether `sentence` may hold a word in capitals. Word segmentation is
/// the costly part of this rule, and most sentences have no such word: in
/// ASCII one needs two capitals with no lower-case letter or white space
/// between them (a word has no white space, and a word in capitals no
/// lower-case letter). Other text is always looked at.
fn may_shout(sentence: &str) -> bool {
    if !sentence.is_ascii() {
        return true;
    }
    let mut capital = false;
    for b in sentence.bytes() {
        if b.is_ascii_uppercase() {
            if capital {
                return true;
            }
            capital = true;
        } else if b.is_ascii_lowercase() || b.is_ascii_whitespace() {
            capital = false;
        }
    }
    false
}

/// A word in capitals that is also an ordinary word. VADER's entries of
/// three letters or fewer are mostly texting shorthand ("aml", "omg",
/// "bff") that in capitals is an acronym ("AML Compliance Analyst"), so
/// only its longer words count.
fn is_common(w: &str) -> bool {
    let lower = w.to_lowercase().replace(['\'', '’'], "");
    !ACRONYMS.contains(&w)
        && (is_common_word(&lower)
            || (lower.chars().count() > 3 && VALENCE.contains_key(lower.as_str())))
}

/// "THANK YOU" → "Thank you" at a sentence start, "SO" → "so"; "I" stays.
fn lower_case(words: &str, sentence_start: bool) -> String {
    let lower = words.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for (k, w) in lower.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let keep_i = w == "i" || w.starts_with("i'") || w.starts_with("i’");
        if keep_i || (k == 0 && sentence_start) {
            out.push_str(&edits::capitalise(w));
        } else {
            out.push_str(w);
        }
    }
    out
}

/// "WITHDRAWAL OF MY APPLICATION" → "Withdrawal of My Application": each
/// word capitalised but the small joining words after the first.
fn title_case(words: &str) -> String {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "but", "of", "for", "to", "in", "on", "at", "by", "with",
        "from",
    ];
    words
        .split(' ')
        .enumerate()
        .map(|(k, w)| {
            let lower = w.to_lowercase();
            if k > 0 && SMALL.contains(&lower.as_str()) {
                lower
            } else {
                edits::capitalise(&lower)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs of words in capitals in `sentence`, as (start, end, any common
/// word, word count).
fn capital_runs(sentence: &str) -> Vec<(usize, usize, bool, usize)> {
    let mut runs: Vec<(usize, usize, bool, usize)> = Vec::new();
    if !may_shout(sentence) {
        return runs;
    }
    let mut last_end = None;
    let words: Vec<_> = word_ranges(sentence).collect();
    for (k, wr) in words.iter().cloned().enumerate() {
        let w = &sentence[wr.clone()];
        // a code or a postcode ("M6J", "ON M6J 0C7", "CA 94105") is no shout
        let has_digit =
            |r: &std::ops::Range<usize>| sentence[r.clone()].contains(|c: char| c.is_ascii_digit());
        let before_code = w.len() == 2 && words.get(k + 1).is_some_and(has_digit);
        // a part of a reference joined by slashes ("NWRDA/HR/REC/2024/56")
        let token_start = sentence[..wr.start]
            .rfind(char::is_whitespace)
            .map_or(0, |p| p + 1);
        let token_end = sentence[wr.end..]
            .find(char::is_whitespace)
            .map_or(sentence.len(), |p| wr.end + p);
        let token = &sentence[token_start..token_end];
        let reference = token.contains('/') && token.contains(|c: char| c.is_ascii_digit());
        if !is_caps_word(w) || has_digit(&wr) || before_code || reference {
            last_end = None;
            continue;
        }
        let common = is_common(w);
        match (runs.last_mut(), last_end) {
            (Some(run), Some(e))
                if e == run.1
                    && !sentence[e..wr.start].contains(['.', ',', ';', ':', '(', ')']) =>
            {
                run.1 = wr.end;
                run.2 |= common;
                run.3 += 1;
            }
            _ => runs.push((wr.start, wr.end, common, 1)),
        }
        last_end = Some(wr.end);
    }
    runs
}

/// A line of the head, or the line right after the salutation, in
/// capitals with no sentence punctuation: a letter's heading.
fn is_letter_heading(msg: &Message, idx: usize, sentence: &str) -> bool {
    let t = sentence.trim();
    // a labelled heading ("Sub: WITHDRAWAL OF APPLICATION", "Ref:
    // INVITATION FOR INTERVIEW") is judged by what follows its label
    let t = heading_label(t).map_or(t, |rest| rest.trim_start());
    let after_greeting = msg.greeting.as_ref().is_some_and(|g| g.sentence + 1 == idx);
    (msg.roles.get(idx).is_some_and(|r| r.head) || after_greeting)
        && !t.contains('\n')
        && !t.ends_with(['.', '!', '?'])
        && !t.chars().any(char::is_lowercase)
        && crate::prose::count_words(t) <= 14
}

/// A letter's heading line with its label, wherever it stands: "Sub:
/// WITHDRAWAL OF APPLICATION", "Ref: INVITATION FOR INTERVIEW –
/// MAINTENANCE ELECTRICIAN". An email's "Subject:" line is not one: in
/// capitals it shouts from the inbox.
fn is_labelled_heading(sentence: &str) -> bool {
    let t = sentence.trim();
    let Some(rest) = heading_label(t) else {
        return false;
    };
    let label = t[..t.len() - rest.len()].to_ascii_lowercase();
    !label.starts_with("subject")
        && !t.contains('\n')
        && !rest.trim_end().ends_with(['.', '!', '?'])
        && !rest.chars().any(char::is_lowercase)
        && crate::prose::count_words(rest) <= 14
}

/// The text after a heading's label ("Ref:", "Re:", "Sub:", "Subject:",
/// "Reference:"), or `None` when the line has no such label.
fn heading_label(line: &str) -> Option<&str> {
    let (label, rest) = line.split_once(':')?;
    let label = label.trim().trim_end_matches('.').to_ascii_lowercase();
    [
        "ref",
        "re",
        "sub",
        "subj",
        "subject",
        "reference",
        "your ref",
        "our ref",
    ]
    .contains(&label.as_str())
    .then_some(rest)
}

fn check(msg: &Message, _cfg: &Config) -> Vec<Finding> {
    let prose = &msg.doc.prose;
    let text = &prose.text;
    let mut out = Vec::new();
    for (idx, s) in prose.sentences.iter().enumerate() {
        let sentence = &text[s.range.clone()];
        // a letter's heading in capitals ("MARKETING MANAGER – INTERVIEW
        // ON 11 JUNE" under "Dear Mr van Wyk") is its subject, set as
        // letters set it
        if is_letter_heading(msg, idx, sentence) || is_labelled_heading(sentence) {
            continue;
        }
        // words in capitals on an address line ("PO Box 13448", "CAN DO
        // LTD") are how addresses are written
        let address = msg.roles.get(idx).is_some_and(|r| r.head)
            && !sentence.trim_end().ends_with(['.', '!', '?'])
            && crate::prose::count_words(sentence) <= 6;
        if address {
            continue;
        }
        for (a, b, common, count) in capital_runs(sentence) {
            if common || count >= 3 {
                let r = s.range.start + a..s.range.start + b;
                let words = &text[r.clone()];
                let range = msg.buf(r);
                let mut f = Finding::new(
                    RULE.id,
                    range.clone(),
                    format!("“{words}” in capitals reads as shouting; write it in lower case."),
                );
                // a run right after a label ("Subject: WITHDRAWAL") starts
                // the heading, so it keeps its first capital
                let after_label = heading_label(sentence)
                    .is_some_and(|rest| sentence.len() - rest.trim_start().len() == a);
                // (a heading is calmed to title case: "Subject: Interview –
                // Finance Manager", not "finance manager")
                // (a run that opens a list item opens its sentence: "- BUT
                // if they ..." → "- But if they ...")
                let opens = sentence[..a]
                    .trim()
                    .chars()
                    .all(|c| matches!(c, '-' | '*' | '•' | '–'));
                let calm = if after_label {
                    title_case(words)
                } else {
                    lower_case(words, opens)
                };
                f.fixes.push(edits::fix(
                    format!("Write “{calm}”"),
                    vec![Edit {
                        range,
                        new_text: calm.clone(),
                    }],
                    true,
                ));
                out.push(f);
            }
        }
        let mut i = 0;
        let bytes = sentence.as_bytes();
        while i < bytes.len() {
            if bytes[i] == b'!' || bytes[i] == b'?' && bytes.get(i + 1) == Some(&b'!') {
                let start = i;
                while i < bytes.len() && (bytes[i] == b'!' || bytes[i] == b'?') {
                    i += 1;
                }
                let run = &sentence[start..i];
                if run.matches('!').count() >= 2 || run.len() >= 3 {
                    let r = s.range.start + start..s.range.start + i;
                    let range = msg.buf(r);
                    let mut f = Finding::new(
                        RULE.id,
                        range.clone(),
                        "Stacked exclamation marks read as shouting; one full stop will do.",
                    );
                    // (a title line ends with no stop: "Voicemail for Mr.
                    // Doucet – read slow!!" loses its marks, so it stays a
                    // title)
                    let title = msg.roles.get(idx).is_some_and(|r| r.head)
                        && sentence[i..].trim().is_empty();
                    let (title_text, new_text) = if title {
                        ("Remove the exclamation marks", "")
                    } else {
                        ("Replace with a full stop", ".")
                    };
                    f.fixes.push(edits::fix(
                        title_text,
                        vec![Edit {
                            range,
                            new_text: new_text.into(),
                        }],
                        true,
                    ));
                    out.push(f);
                }
            } else {
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_word_in_capitals_opening_a_list_item_keeps_its_capital() {
        let text = "Call notes\n\n- Withdraw from Friday\n- BUT if they can get to 60k I'd still go, ask her\n";
        let fixed = crate::rules::testing::apply_preferred(&RULE, text);
        assert!(fixed.contains("- But if they can"), "{fixed}");
    }

    #[test]
    fn a_title_loses_its_marks_and_stays_a_title() {
        let text = "Voicemail for Mr. Doucet – read slow!!\n\nHello Mr. Doucet, this is Taras. I can't make Thursday. Could we move it to Friday? Thank you.\n";
        let fixed = crate::rules::testing::apply_preferred(&RULE, text);
        assert!(
            fixed.starts_with("Voicemail for Mr. Doucet – read slow\n"),
            "{fixed}"
        );
    }
    use super::RULE;
    use crate::rules::testing::{assert_fires, assert_quiet, email};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5_000))]
        /// The prefilter skips only sentences without a word in capitals.
        #[test]
        fn may_shout_misses_no_word_in_capitals(s in "[A-Ca-c0-9 '.,!?:_\t-]{0,24}") {
            if !super::may_shout(&s) {
                let caps: Vec<&str> = crate::prose::word_ranges(&s)
                    .map(|r| &s[r])
                    .filter(|w| super::is_caps_word(w))
                    .collect();
                prop_assert!(caps.is_empty(), "{:?} in {:?}", caps, s);
            }
        }
    }

    #[test]
    fn acronyms_and_letter_headings_are_no_shout() {
        use crate::rules::testing::check;
        // "AML" is VADER's "all my love" too, but in capitals an acronym
        let text = "Subject: Withdrawal – AML Compliance Analyst\n\nDear Ms Lee,\n\nThank you. I withdraw.\n\nKind regards,\nJo\n";
        assert_quiet(&RULE, text);
        // a labelled heading of a letter, set in capitals as letters set it
        let letter = "Dear Sir/Madam,\n\nRef: INVITATION FOR INTERVIEW – MAINTENANCE ELECTRICIAN\n\nThank you for the invitation. I withdraw my application.\n\nSub: WITHDRAWAL OF APPLICATION\n\nYours faithfully,\nJo\n";
        assert_quiet(&RULE, letter);
        // an email's subject in capitals does shout; the fix keeps its capital
        let shouted = "Subject: WITHDRAWAL OF MY APPLICATION\n\nDear Ms Lee,\n\nThank you. I withdraw.\n\nKind regards,\nJo\n";
        let found = check(&RULE, shouted);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].fixes[0].edits[0].new_text,
            "Withdrawal of My Application"
        );
    }

    #[test]
    fn fires_on_capitals_and_exclamations() {
        for (body, span) in [
            ("Thank you. I'm SO sorry, but I must decline.", "SO"),
            ("THANK YOU for the invitation. I must decline.", "THANK YOU"),
            ("Thank you!! I must decline.", "!!"),
            (
                "Thank you. The role is NOT ENTIRELY what I want, so I must decline.",
                "NOT ENTIRELY",
            ),
        ] {
            assert_fires(&RULE, &email(body), span);
        }
    }

    #[test]
    fn quiet_for_postcodes_and_codes() {
        for body in [
            "I am moving to 12 King St, Toronto, ON M6J 0C7 in March.",
            "Our office is in San Francisco, CA 94105, so I must decline.",
            "My reference is REF2024X; I must decline.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }

    #[test]
    fn quiet_for_an_address_block() {
        let letter = "Sione Taufa\n27 Aldwins Road\nChristchurch 8062\n\n3 September 2024\n\n\
                      Ms Rebecca Hollis\nSouthern Alps Freight Ltd\nPO Box 13448\nCAN DO LTD\n\n\
                      Dear Ms Hollis,\n\nThank you for the invitation. I must decline the interview.\n\n\
                      Kind regards,\nSione Taufa\n";
        assert_quiet(&RULE, letter);
    }

    #[test]
    fn quiet_for_acronyms_and_one_exclamation() {
        for body in [
            "Thank you for the SRE role on the AWS team in EMEA. I must decline.",
            "Thank you, and congratulations on the Series B! I must decline.",
            "Thank you. I must decline the IT role.",
        ] {
            assert_quiet(&RULE, &email(body));
        }
    }
}
