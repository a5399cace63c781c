//! What a rule is, where its explanation lives, and helpers every rule
//! may use.

use crate::config::Config;
use crate::message::Message;
use crate::vocab::{Finding, Intent, Severity};

include!(concat!(env!("OUT_DIR"), "/rule_docs.rs"));

/// A registered rule.
pub struct Rule {
    pub id: &'static str,
    pub default_severity: Severity,
    /// One line for `tactful rules` and the rules table.
    pub summary: &'static str,
    /// What the rule's preferred fix means to do, for the fix planner.
    pub intent: Intent,
    pub check: fn(&Message, &Config) -> Vec<Finding>,
}

impl Rule {
    /// The rule's full explanation (its file's doc comment).
    pub fn doc(&self) -> &'static str {
        doc(self.id)
    }
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
