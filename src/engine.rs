//! The engine's front door: text in, analysis and findings out.

use serde::Serialize;

use crate::config::{Config, Level};
use crate::document::{ChunkCache, Document, Format};
use crate::message::{Message, Overrides};
use crate::phrases::Bank;
use crate::rules::{self, RULES};
use crate::vocab::{Finding, Intent, Medium, Part, Scenario};

/// Everything tactful says about one message.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub medium: Medium,
    pub scenario: Scenario,
    /// The medium is the default guess: nothing in the message, the
    /// flags or the front matter says which it is.
    #[serde(skip)]
    pub medium_guessed: bool,
    pub words: usize,
    pub parts: Vec<Part>,
    /// Sorted by position, then rule order.
    pub findings: Vec<Finding>,
}

/// The largest text tactful analyses. A message declining an interview
/// is a few kilobytes; past this, analysis would take seconds of CPU for a
/// text that is not a message (a log, a book, a pasted dump), so the
/// adapters report it and skip it instead.
pub const MAX_MESSAGE_BYTES: usize = 4 * 1024 * 1024;

/// Why a text of `len` bytes is not analysed, if it is too large.
pub fn too_large(len: usize) -> Option<String> {
    (len > MAX_MESSAGE_BYTES).then(|| {
        format!(
            "{} is too large to be a message (tactful checks up to {})",
            human_size(len),
            human_size(MAX_MESSAGE_BYTES)
        )
    })
}

/// `1536` → "1.5 KB".
pub fn human_size(bytes: usize) -> String {
    const UNITS: [&str; 4] = ["bytes", "KB", "MB", "GB"];
    let mut size = bytes as f64;
    let mut unit = 0;
    while size >= 1024.0 && unit + 1 < UNITS.len() {
        size /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{bytes} bytes")
    } else {
        format!("{:.1} {}", size, UNITS[unit]).replace(".0 ", " ")
    }
}

/// Analyses `text` and runs every enabled rule.
pub fn check(text: &str, format: Format, cfg: &Config) -> Report {
    check_cached(text, format, cfg, None)
}

/// [`check`], reusing what `cache` kept from an earlier version of the same
/// buffer (an editor's document). The report is the same as without it.
pub fn check_cached(
    text: &str,
    format: Format,
    cfg: &Config,
    cache: Option<&mut ChunkCache>,
) -> Report {
    #[cfg(debug_assertions)]
    debug_panic_marker(text);
    let mut cache = cache;
    if let Some(c) = cache.as_deref_mut() {
        c.use_bank(cfg.bank());
    }
    let doc = Document::parse_cached(text, format, cache);
    let bank = cfg.bank();
    let msg = Message::analyse(doc, &overrides(cfg, &bank));
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
    // notes in bullets are reminders of what to say: a part written into
    // them is no sure fix, so it is offered, not applied by fix-all
    if crate::message::bullet_notes(text) {
        for f in &mut findings {
            if rules::by_id(f.rule).is_some_and(|r| matches!(r.intent, Intent::Insert(_))) {
                for x in &mut f.fixes {
                    x.preferred = false;
                }
            }
        }
    }
    findings.sort_by_key(|f| (f.range.start, f.range.end));
    Report {
        medium: msg.medium,
        scenario: msg.scenario,
        medium_guessed: msg.medium_source == crate::message::Source::Default,
        words: msg.words,
        parts: msg.parts(),
        findings,
    }
}

/// The message of a caught panic, for the adapters that contain them.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}

/// What the configuration tells the reader of a message.
pub fn overrides<'c>(cfg: &'c Config, bank: &'c Bank) -> Overrides<'c> {
    Overrides {
        bank,
        force_medium: cfg.force_medium,
        force_scenario: cfg.force_scenario,
        medium_guessed: cfg.medium_guessed,
        named_medium: cfg.named_medium,
        default_medium: cfg.medium,
        writer: cfg.profile.name.as_deref(),
    }
}

/// Debug builds only: panic on a text containing the value of
/// `TACTFUL_DEBUG_PANIC_MARKER`, so black-box tests can check that a panic
/// in the engine is contained by the real binary (the CLI and the server).
#[cfg(debug_assertions)]
fn debug_panic_marker(text: &str) {
    let marker = std::env::var("TACTFUL_DEBUG_PANIC_MARKER").unwrap_or_default();
    if !marker.is_empty() && text.contains(&marker) {
        panic!("TACTFUL_DEBUG_PANIC_MARKER found in the text (a test of panic isolation)");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_like_a_person_wrote_them() {
        assert_eq!(human_size(512), "512 bytes");
        assert_eq!(human_size(1536), "1.5 KB");
        assert_eq!(human_size(MAX_MESSAGE_BYTES), "4 MB");
        assert_eq!(human_size(100 * 1024 * 1024), "100 MB");
        assert!(too_large(MAX_MESSAGE_BYTES).is_none());
        assert!(too_large(MAX_MESSAGE_BYTES + 1).is_some());
    }
}
