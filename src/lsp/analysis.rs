//! One analysis of one document version: the engine's report, shared by
//! push, pull, code actions, hover, symbols and the code lens. The LSP
//! diagnostics are made from it when they are sent (once per version in
//! either mode), not kept: a kept copy would be cloned for every send.

use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Mutex, TryLockError};

use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, PublishDiagnosticsParams, Uri,
};

use super::convert::Converter;
use super::snapshot::Snapshot;
use crate::config::Config;
use crate::document::{ChunkCache, Document, Format};
use crate::engine::{self, Report};
use crate::fixes::plan::Plan;
use crate::position::{Encoding, LineIndex};
use crate::rules::{self, Finding, Severity};

/// Documents larger than this are analysed on a blocking thread so the
/// server keeps answering meanwhile.
pub const LARGE_DOCUMENT: usize = 64 * 1024;

pub const SOURCE: &str = "tactful";

pub struct Analysis {
    pub uri: Uri,
    pub version: i32,
    pub config_generation: u64,
    pub format: Format,
    pub encoding: Encoding,
    pub text: String,
    pub index: LineIndex,
    /// `None` when the engine panicked on this text.
    pub report: Option<Report>,
    pub config: Arc<Config>,
    /// Plans already made for this version (`None`: all findings; else
    /// the findings of one quick fix). An editor asks for code actions
    /// again each time the cursor moves; the text has not changed.
    pub plans: Mutex<HashMap<Option<Vec<usize>>, Plan>>,
    /// The head of the document, read when a disable action is first
    /// asked for.
    pub head: std::sync::OnceLock<Head>,
}

/// What a disable comment needs of a document: where its front matter
/// ends, whether a plain-text directive line opens it, its line ending.
#[derive(Debug, Clone, Copy)]
pub struct Head {
    pub at: usize,
    pub directive: bool,
    pub line_ending: &'static str,
}

impl Head {
    pub fn of(text: &str, format: Format) -> Head {
        let doc = Document::parse(text, format);
        Head {
            at: doc.front_matter.as_ref().map_or(0, |f| f.range.end),
            directive: doc.directive_line.is_some(),
            line_ending: doc.line_ending,
        }
    }
}

/// What a diagnostic carries in `data`: the document version it was made
/// for and which finding of that version's analysis it is. Code actions
/// take the finding's fixes from the analysis the server keeps, so a
/// diagnostic stays small (a long message has thousands, each with fixes
/// whose text would otherwise travel to the editor and back).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosticData {
    pub version: i32,
    pub finding: usize,
}

impl Analysis {
    pub fn converter(&self) -> Converter<'_> {
        Converter::new(&self.text, &self.index, self.encoding)
    }

    /// The word budget of the message's medium.
    pub fn budget(&self) -> Option<usize> {
        let report = self.report.as_ref()?;
        Some(self.config.length.for_medium(report.medium))
    }

    /// The findings as LSP diagnostics.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        let conv = self.converter();
        self.findings()
            .iter()
            .enumerate()
            .map(|(i, f)| diagnostic(f, &conv, self.version, i))
            .collect()
    }

    /// `textDocument/publishDiagnostics` for this analysis: the body of the
    /// JSON-RPC notification, serialized straight from typed values (the
    /// client handle would first build a `serde_json::Value` tree of them).
    pub fn publish_notification(&self) -> Vec<u8> {
        #[derive(Serialize)]
        struct Notification {
            jsonrpc: &'static str,
            method: &'static str,
            params: PublishDiagnosticsParams,
        }
        let n = Notification {
            jsonrpc: "2.0",
            method: "textDocument/publishDiagnostics",
            params: PublishDiagnosticsParams::new(
                self.uri.clone(),
                self.diagnostics(),
                Some(self.version),
            ),
        };
        // Serializing plain data into memory cannot fail.
        serde_json::to_vec(&n).unwrap_or_default()
    }

    /// The finding a diagnostic the client sent back stands for, if it was
    /// made from this analysis (same version, rule and range).
    pub fn finding_of(&self, d: &Diagnostic) -> Option<&Finding> {
        let rule = rule_of(d)?;
        let data: DiagnosticData = serde_json::from_value(d.data.clone()?).ok()?;
        if data.version != self.version {
            return None;
        }
        let f = self.findings().get(data.finding)?;
        (f.rule == rule && self.converter().range(&f.range) == d.range).then_some(f)
    }

    pub fn findings(&self) -> &[Finding] {
        self.report.as_ref().map_or(&[], |r| &r.findings)
    }
}

/// Why an analysis has no report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The engine panicked on this text (a bug; logged as an error).
    Panicked(String),
    /// The text is larger than [`engine::MAX_MESSAGE_BYTES`].
    TooLarge(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Panicked(m) => write!(f, "the analysis failed: {m}"),
            Failure::TooLarge(m) => write!(f, "not analysed: {m}"),
        }
    }
}

/// Runs the engine on a snapshot. A panic in the engine is caught, and a
/// text too large to be a message is not analysed: the analysis then has
/// no report, and says why for logging.
pub fn analyse(snapshot: Snapshot) -> (Analysis, Option<Failure>) {
    let chunks = snapshot.chunks.clone();
    // An analysis of the same document still running keeps the cache; this
    // one then reads every chunk afresh (same result, slower).
    let mut cache = match chunks.try_lock() {
        Ok(guard) => Some(guard),
        Err(TryLockError::Poisoned(p)) => {
            // a panic while reading chunks: start the cache over
            let mut guard = p.into_inner();
            *guard = ChunkCache::default();
            chunks.clear_poison();
            Some(guard)
        }
        Err(TryLockError::WouldBlock) => None,
    };
    analyse_with(snapshot, |text, format, cfg| {
        engine::check_cached(text, format, cfg, cache.as_deref_mut())
    })
}

fn analyse_with(
    snapshot: Snapshot,
    check: impl FnOnce(&str, Format, &Config) -> Report,
) -> (Analysis, Option<Failure>) {
    let text = snapshot.rope.to_string();
    if let Some(why) = engine::too_large(text.len()) {
        return (
            Analysis::new(snapshot, text, None),
            Some(Failure::TooLarge(why)),
        );
    }
    let started = std::time::Instant::now();
    let outcome = panic::catch_unwind(AssertUnwindSafe(|| {
        check(&text, snapshot.format, &snapshot.config)
    }));
    tracing::debug!(
        bytes = text.len(),
        engine_ms = started.elapsed().as_secs_f64() * 1e3,
        "checked"
    );
    match outcome {
        Ok(report) => (Analysis::new(snapshot, text, Some(report)), None),
        Err(payload) => (
            Analysis::new(snapshot, text, None),
            Some(Failure::Panicked(engine::panic_message(payload.as_ref()))),
        ),
    }
}

/// An analysis that found nothing because the engine could not run.
pub fn failed(snapshot: Snapshot) -> Analysis {
    let text = snapshot.rope.to_string();
    Analysis::new(snapshot, text, None)
}

impl Analysis {
    fn new(snapshot: Snapshot, text: String, report: Option<Report>) -> Analysis {
        Analysis {
            uri: snapshot.uri,
            version: snapshot.version,
            config_generation: snapshot.config_generation,
            format: snapshot.format,
            encoding: snapshot.encoding,
            index: LineIndex::new(&text),
            text,
            report,
            config: snapshot.config,
            plans: Mutex::default(),
            head: std::sync::OnceLock::new(),
        }
    }
}

fn diagnostic(f: &Finding, conv: &Converter, version: i32, finding: usize) -> Diagnostic {
    let data = DiagnosticData { version, finding };
    Diagnostic {
        range: conv.range(&f.range),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.to_string())),
        code_description: doc_uri(f.rule).map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: f.message.clone(),
        data: serde_json::to_value(data).ok(),
        ..Diagnostic::default()
    }
}

/// The address of a rule's documentation, parsed once per rule.
fn doc_uri(rule: &str) -> Option<Uri> {
    static URIS: std::sync::LazyLock<Vec<(&'static str, Option<Uri>)>> =
        std::sync::LazyLock::new(|| {
            rules::RULES
                .iter()
                .map(|r| (r.id, rules::doc_url(r.id).parse().ok()))
                .collect()
        });
    match URIS.iter().find(|(id, _)| *id == rule) {
        Some((_, uri)) => uri.clone(),
        None => rules::doc_url(rule).parse().ok(),
    }
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// The rule id a tactful diagnostic is about.
pub fn rule_of(d: &Diagnostic) -> Option<&str> {
    if d.source.as_deref() != Some(SOURCE) {
        return None;
    }
    match &d.code {
        Some(NumberOrString::String(id)) => rules::by_id(id).map(|r| r.id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(text: &str) -> Snapshot {
        Snapshot {
            uri: "file:///tmp/d.md".parse().unwrap(),
            version: 1,
            format: Format::Markdown,
            rope: ropey::Rope::from_str(text),
            config: Arc::default(),
            config_generation: 0,
            encoding: Encoding::Utf16,
            chunks: Arc::default(),
        }
    }

    #[test]
    fn a_panicking_engine_is_caught() {
        let (a, failure) = analyse_with(snapshot("Hi"), |_, _, _| panic!("engine bug"));
        assert_eq!(failure, Some(Failure::Panicked("engine bug".into())));
        assert!(a.report.is_none());
        assert!(a.diagnostics().is_empty());
    }

    #[test]
    fn a_text_too_large_to_be_a_message_is_not_analysed() {
        let text = "Thank you. ".repeat(engine::MAX_MESSAGE_BYTES / 10);
        let (a, failure) = analyse_with(snapshot(&text), |_, _, _| unreachable!());
        assert!(
            matches!(failure, Some(Failure::TooLarge(ref m)) if m.contains(&engine::human_size(engine::MAX_MESSAGE_BYTES)))
        );
        assert!(a.report.is_none());
        assert_eq!(a.text.len(), text.len());
    }

    #[test]
    fn the_direct_notification_carries_the_same_diagnostics() {
        let (a, _) = analyse(snapshot(
            "Hey,\n\nMaybe I could not come to the [Role] interview, sorry, sorry. Cheers\n",
        ));
        assert!(a.findings().len() > 3);
        let sent: serde_json::Value = serde_json::from_slice(&a.publish_notification()).unwrap();
        assert_eq!(sent["jsonrpc"], "2.0");
        assert_eq!(sent["method"], "textDocument/publishDiagnostics");
        let params: tower_lsp_server::ls_types::PublishDiagnosticsParams =
            serde_json::from_value(sent["params"].clone()).unwrap();
        assert_eq!(
            params,
            tower_lsp_server::ls_types::PublishDiagnosticsParams::new(
                a.uri.clone(),
                a.diagnostics(),
                Some(a.version)
            )
        );
    }

    #[test]
    fn diagnostics_carry_rule_source_link_and_fixes() {
        let (a, failure) = analyse(snapshot("Hi Dana, about [Company Name]."));
        assert!(failure.is_none());
        let diagnostics = a.diagnostics();
        let d = diagnostics
            .iter()
            .find(|d| rule_of(d) == Some("unfilled-placeholder"))
            .expect("placeholder found");
        assert_eq!(d.severity, Some(DiagnosticSeverity::ERROR));
        assert_eq!(
            d.code_description.as_ref().unwrap().href.as_str(),
            rules::doc_url("unfilled-placeholder")
        );
        let data: DiagnosticData = serde_json::from_value(d.data.clone().unwrap()).unwrap();
        assert_eq!(data.version, 1);
        // the finding it names is the one it was made from, fixes and all
        let f = a.finding_of(d).expect("its finding");
        assert_eq!(f.rule, "unfilled-placeholder");
        assert!(!f.fixes.is_empty());
        let mut stale = d.clone();
        stale.range.start.character += 1;
        assert!(a.finding_of(&stale).is_none());
    }
}
