//! Test helpers shared by the rules' unit tests.

use crate::config::Config;
use crate::document::Format;
use crate::engine;

fn findings(rule: &str, text: &str) -> Vec<(String, String)> {
    let report = engine::check(text, Format::Markdown, &Config::default());
    report
        .findings
        .iter()
        .filter(|f| f.rule == rule)
        .map(|f| (text[f.range.clone()].to_string(), f.message.clone()))
        .collect()
}

/// Asserts that `rule` fires on `text` with a range covering `span`
/// (an empty `span` accepts any placement).
#[track_caller]
pub fn assert_fires(rule: &str, text: &str, span: &str) {
    let got = findings(rule, text);
    assert!(!got.is_empty(), "{rule} did not fire on:\n{text}");
    if !span.is_empty() {
        assert!(
            got.iter()
                .any(|(s, _)| s.contains(span) || span.contains(s.as_str()) && !s.is_empty()),
            "{rule} fired on {got:?}, not on {span:?}, in:\n{text}"
        );
    }
}

/// Asserts that `rule` stays quiet on `text`.
#[track_caller]
pub fn assert_quiet(rule: &str, text: &str) {
    let got = findings(rule, text);
    assert!(got.is_empty(), "{rule} fired on {got:?} in:\n{text}");
}

/// A clean email around `body`, so a test changes one thing at a time.
pub fn email(body: &str) -> String {
    format!(
        "Subject: Data Analyst interview\n\nDear Ms. Larsen,\n\n{body}\n\nKind regards,\nRafael Souza\n"
    )
}
