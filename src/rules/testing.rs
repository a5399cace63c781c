//! Test helpers shared by the rules' unit tests.

use super::rule::Rule;
use crate::config::Config;
use crate::document::{Document, Format};
use crate::message::{Message, Overrides};
use crate::phrases;
use crate::vocab::Finding;

/// What `rule` finds in `text`, read as Markdown with the default
/// configuration.
pub fn check(rule: &Rule, text: &str) -> Vec<Finding> {
    let bank = phrases::default_bank();
    let msg = Message::analyse(
        Document::parse(text, Format::Markdown),
        &Overrides::none(&bank),
    );
    (rule.check)(&msg, &Config::default())
}

/// `text` with the preferred fixes of `rule`'s findings applied (the
/// rule's own edits only, not the whole-message plan).
pub fn apply_preferred(rule: &Rule, text: &str) -> String {
    let mut edits: Vec<_> = check(rule, text)
        .into_iter()
        .flat_map(|f| f.fixes.into_iter().filter(|x| x.preferred))
        .flat_map(|x| x.edits)
        .collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    // (several findings may share one edit, as the apologies of one
    // sentence's tail do; an edit that overlaps one applied waits, as it
    // does in the planner)
    let mut out = text.to_string();
    let mut applied: Vec<std::ops::Range<usize>> = Vec::new();
    for e in edits {
        if applied.iter().any(|r| {
            r.start < e.range.end.max(e.range.start + 1) && e.range.start < r.end.max(r.start + 1)
        }) {
            continue;
        }
        applied.push(e.range.clone());
        out.replace_range(e.range, &e.new_text);
    }
    out
}

/// The text at fault and the message of each finding.
fn findings(rule: &Rule, text: &str) -> Vec<(String, String)> {
    check(rule, text)
        .iter()
        .map(|f| (text[f.range.clone()].to_string(), f.message.clone()))
        .collect()
}

/// Asserts that `rule` fires on `text` with a range covering `span`
/// (an empty `span` accepts any placement).
#[track_caller]
pub fn assert_fires(rule: &Rule, text: &str, span: &str) {
    let got = findings(rule, text);
    assert!(!got.is_empty(), "{} did not fire on:\n{text}", rule.id);
    if !span.is_empty() {
        assert!(
            got.iter()
                .any(|(s, _)| s.contains(span) || span.contains(s.as_str()) && !s.is_empty()),
            "{} fired on {got:?}, not on {span:?}, in:\n{text}",
            rule.id
        );
    }
}

/// Asserts that `rule` stays quiet on `text`.
#[track_caller]
pub fn assert_quiet(rule: &Rule, text: &str) {
    let got = findings(rule, text);
    assert!(got.is_empty(), "{} fired on {got:?} in:\n{text}", rule.id);
}

/// A clean email around `body`, so a test changes one thing at a time.
pub fn email(body: &str) -> String {
    format!(
        "Subject: Data Analyst interview\n\nDear Ms. Larsen,\n\n{body}\n\nKind regards,\nRafael Souza\n"
    )
}
