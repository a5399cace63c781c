//! The rules: one file per rule id, registered in [`RULES`].
//!
//! A rule is a function from a [`Message`] to [`Finding`]s in buffer byte
//! ranges. Its file's `//!` doc comment is its user-facing explanation; the
//! build script gathers those into [`doc`] for `tactful explain`, hover and
//! the generated rule docs.

use std::ops::Range;

use serde::Serialize;

use crate::config::Config;
use crate::message::Message;

mod ambiguous_decision;
mod casual_tone;
mod excessive_length;
mod impersonal_greeting;
mod long_sentence;
mod missing_decision;
mod missing_door_open;
mod missing_gratitude;
mod missing_greeting;
mod missing_sign_off;
mod missing_subject;
mod negativity;
mod negotiation_opening;
mod over_apology;
mod over_explanation;
mod shouting;
mod unfilled_placeholder;
mod vague_excuse;

#[cfg(test)]
pub(crate) mod testing;

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
    Hint,
}

impl Severity {
    pub fn parse(s: &str) -> Option<Severity> {
        match s.to_ascii_lowercase().as_str() {
            "error" => Some(Severity::Error),
            "warning" | "warn" => Some(Severity::Warning),
            "info" | "information" => Some(Severity::Info),
            "hint" => Some(Severity::Hint),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
            Severity::Hint => "hint",
        }
    }
}

/// One replacement of buffer bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub range: Range<usize>,
    pub new_text: String,
}

/// A quick fix: a titled set of non-overlapping edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<Edit>,
    pub preferred: bool,
}

/// A fault found in a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    /// Buffer byte range of the words at fault, or an empty range where a
    /// missing part would go.
    pub range: Range<usize>,
    pub message: String,
    pub severity: Severity,
    pub fixes: Vec<Fix>,
}

impl Finding {
    pub fn new(rule: &'static str, range: Range<usize>, message: impl Into<String>) -> Finding {
        Finding {
            rule,
            range,
            message: message.into(),
            severity: by_id(rule).map_or(Severity::Warning, |r| r.default_severity),
            fixes: Vec::new(),
        }
    }
}

/// A registered rule.
pub struct Rule {
    pub id: &'static str,
    pub default_severity: Severity,
    /// One line for `tactful rules` and the rules table.
    pub summary: &'static str,
    pub check: fn(&Message, &Config) -> Vec<Finding>,
}

impl Rule {
    /// The rule's full explanation (its file's doc comment).
    pub fn doc(&self) -> &'static str {
        doc(self.id)
    }
}

pub static RULES: &[Rule] = &[
    missing_gratitude::RULE,
    ambiguous_decision::RULE,
    missing_decision::RULE,
    negativity::RULE,
    excessive_length::RULE,
    unfilled_placeholder::RULE,
    missing_greeting::RULE,
    impersonal_greeting::RULE,
    missing_sign_off::RULE,
    missing_door_open::RULE,
    over_apology::RULE,
    vague_excuse::RULE,
    casual_tone::RULE,
    over_explanation::RULE,
    negotiation_opening::RULE,
    long_sentence::RULE,
    shouting::RULE,
    missing_subject::RULE,
];

pub fn by_id(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The explanation of a rule, from its doc comment.
pub fn doc(id: &str) -> &'static str {
    RULE_DOCS
        .iter()
        .find(|(i, _)| *i == id)
        .map_or("", |(_, d)| d)
}

/// Where a rule's documentation lives online (diagnostics link to it).
pub fn doc_url(id: &str) -> String {
    format!("https://github.com/tactful-dev/tactful/blob/main/docs/rules/{id}.md")
}

/// Keeps the first of findings whose ranges overlap.
pub(crate) fn dedup_overlapping(mut v: Vec<Finding>) -> Vec<Finding> {
    v.sort_by_key(|f| (f.range.start, std::cmp::Reverse(f.range.end)));
    let mut out: Vec<Finding> = Vec::new();
    for f in v {
        if out.last().is_some_and(|l| f.range.start < l.range.end) {
            continue;
        }
        out.push(f);
    }
    out
}
