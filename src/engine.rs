//! The engine's front door: text in, analysis and findings out.

use serde::Serialize;

use crate::config::{Config, Level};
use crate::document::{Document, Format};
use crate::message::{Medium, Message, Part, Scenario};
use crate::rules::{Finding, RULES};

/// Everything tactful says about one message.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub medium: Medium,
    pub scenario: Scenario,
    pub words: usize,
    pub parts: Vec<Part>,
    /// Sorted by position, then rule order.
    pub findings: Vec<Finding>,
}

/// Analyses `text` and runs every enabled rule.
pub fn check(text: &str, format: Format, cfg: &Config) -> Report {
    let doc = Document::parse(text, format);
    let msg = Message::analyse(doc, cfg);
    let mut findings = Vec::new();
    for rule in RULES {
        let Level::On(severity) = cfg.level(rule.id) else {
            continue;
        };
        if msg.doc.disabled.iter().any(|d| d == rule.id || d == "all") {
            continue;
        }
        for mut f in (rule.check)(&msg, cfg) {
            f.severity = severity;
            findings.push(f);
        }
    }
    findings.sort_by_key(|f| (f.range.start, f.range.end));
    Report {
        medium: msg.medium,
        scenario: msg.scenario,
        words: msg.words,
        parts: msg.parts(),
        findings,
    }
}
