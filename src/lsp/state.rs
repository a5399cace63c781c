//! The server's state: open documents (version, rope, last analysis), the
//! layered configuration and what the client can do. It lives behind one
//! `std::sync::Mutex` that is never held across an `.await`; every method
//! here is synchronous.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use ropey::Rope;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, TraceValue, Uri};

use super::analysis::Analysis;
use super::convert;
use super::settings::Sources;
use super::snapshot::Snapshot;
use crate::config::{Config, ConfigProblem};
use crate::document::{ChunkCache, Format};
use crate::position::Encoding;

/// One open buffer that tactful analyses.
pub struct OpenDocument {
    pub version: i32,
    pub format: Format,
    pub rope: Rope,
    /// The latest analysis stored; it may be of an older version.
    pub analysis: Option<Arc<Analysis>>,
    /// Markdown chunks read for the last versions, reused by the next.
    pub chunks: Arc<Mutex<ChunkCache>>,
    /// The configuration with the medium the file's name says
    /// (`linkedin-dm.md`), when it says one.
    pub named: Option<Arc<Config>>,
}

/// What the client told us it supports, read once in `initialize`.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClientSupport {
    /// The client pulls diagnostics (`textDocument/diagnostic`); pushing as
    /// well would show every finding twice.
    pub pull_diagnostics: bool,
    pub diagnostic_refresh: bool,
    pub configuration: bool,
    pub watched_files_registration: bool,
    pub snippets: bool,
}

#[derive(Default)]
pub struct State {
    pub documents: HashMap<Uri, OpenDocument>,
    pub encoding: Encoding,
    pub client: ClientSupport,
    /// How much the client wants in its log (`initialize`, `$/setTrace`).
    pub trace: TraceValue,
    pub root: Option<PathBuf>,
    pub sources: Sources,
    pub config: Arc<Config>,
    /// Bumped whenever `config` changes, so analyses of an older config are
    /// known to be stale.
    pub config_generation: u64,
    /// The problems last shown to the user, so they are not repeated.
    pub shown_problems: Vec<String>,
}

/// The outcome of rebuilding the configuration.
pub struct Reconfigured {
    /// Documents to analyse again (empty when nothing changed).
    pub stale: Vec<Snapshot>,
    /// Problems not shown before.
    pub new_problems: Vec<ConfigProblem>,
}

impl State {
    pub fn open(&mut self, uri: Uri, version: i32, format: Format, text: &str) -> Snapshot {
        self.documents.insert(
            uri.clone(),
            OpenDocument {
                version,
                format,
                rope: Rope::from_str(text),
                analysis: None,
                chunks: Arc::default(),
                named: named_config(&self.config, &uri),
            },
        );
        self.snapshot(&uri).expect("just inserted")
    }

    /// Applies one didChange's edits in array order; `None` for documents
    /// tactful does not track.
    pub fn change(
        &mut self,
        uri: &Uri,
        version: i32,
        changes: &[TextDocumentContentChangeEvent],
    ) -> Option<Snapshot> {
        let encoding = self.encoding;
        let doc = self.documents.get_mut(uri)?;
        for change in changes {
            apply_change(&mut doc.rope, change, encoding);
        }
        doc.version = version;
        self.snapshot(uri)
    }

    pub fn close(&mut self, uri: &Uri) -> bool {
        self.documents.remove(uri).is_some()
    }

    pub fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        let doc = self.documents.get(uri)?;
        Some(Snapshot {
            uri: uri.clone(),
            version: doc.version,
            format: doc.format,
            rope: doc.rope.clone(),
            config: doc.named.clone().unwrap_or_else(|| self.config.clone()),
            config_generation: self.config_generation,
            encoding: self.encoding,
            chunks: doc.chunks.clone(),
        })
    }

    /// Whether a result for `version` under `config_generation` still
    /// describes the document.
    pub fn is_current(&self, uri: &Uri, version: i32, config_generation: u64) -> bool {
        config_generation == self.config_generation
            && self
                .documents
                .get(uri)
                .is_some_and(|d| d.version == version)
    }

    /// The stored analysis if it is current.
    pub fn current_analysis(&self, uri: &Uri) -> Option<Arc<Analysis>> {
        let a = self.documents.get(uri)?.analysis.as_ref()?;
        self.is_current(uri, a.version, a.config_generation)
            .then(|| a.clone())
    }

    /// Keeps `analysis` if it is still current; says whether it did.
    pub fn store(&mut self, uri: &Uri, analysis: Arc<Analysis>) -> bool {
        if !self.is_current(uri, analysis.version, analysis.config_generation) {
            return false;
        }
        if let Some(doc) = self.documents.get_mut(uri) {
            doc.analysis = Some(analysis);
        }
        true
    }

    /// Rebuilds the configuration from its sources.
    pub fn reconfigure(&mut self) -> Reconfigured {
        let (config, problems) = self.sources.build();
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        let new_problems = if shown == self.shown_problems {
            Vec::new()
        } else {
            problems
        };
        self.shown_problems = shown;
        if config == *self.config {
            return Reconfigured {
                stale: Vec::new(),
                new_problems,
            };
        }
        self.config = Arc::new(config);
        self.config_generation += 1;
        for (uri, doc) in &mut self.documents {
            doc.named = named_config(&self.config, uri);
        }
        let uris: Vec<Uri> = self.documents.keys().cloned().collect();
        Reconfigured {
            stale: uris.iter().filter_map(|u| self.snapshot(u)).collect(),
            new_problems,
        }
    }
}

/// `config` with the medium `uri`'s file name says, if it says one.
fn named_config(config: &Arc<Config>, uri: &Uri) -> Option<Arc<Config>> {
    let name = uri.as_str().rsplit('/').next().unwrap_or("");
    let named = config.for_file(std::path::Path::new(name));
    (!Arc::ptr_eq(&named, config)).then_some(named)
}

/// Applies one content change; positions are clamped, never trusted.
pub fn apply_change(rope: &mut Rope, change: &TextDocumentContentChangeEvent, encoding: Encoding) {
    let Some(range) = change.range else {
        *rope = Rope::from_str(&change.text);
        return;
    };
    let a = convert::rope_offset(rope, range.start, encoding);
    let b = convert::rope_offset(rope, range.end, encoding);
    let (start, end) = (rope.byte_to_char(a.min(b)), rope.byte_to_char(a.max(b)));
    rope.remove(start..end);
    rope.insert(start, &change.text);
}

#[cfg(test)]
mod tests {
    use tower_lsp_server::ls_types::{Position, Range};

    use super::*;

    fn edit(rope: &mut Rope, range: (u32, u32, u32, u32), text: &str, enc: Encoding) {
        let change = TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(range.0, range.1),
                Position::new(range.2, range.3),
            )),
            range_length: None,
            text: text.into(),
        };
        apply_change(rope, &change, enc);
    }

    #[test]
    fn edits_after_emoji_cjk_and_crlf() {
        let mut rope = Rope::from_str("Hi 👋 王芳,\r\nthanks");
        // UTF-16: the emoji is two units, so 王 is at 6
        edit(&mut rope, (0, 6, 0, 7), "Li", Encoding::Utf16);
        assert_eq!(rope.to_string(), "Hi 👋 Li芳,\r\nthanks");
        // UTF-8: 芳 starts at byte 10
        edit(&mut rope, (0, 10, 0, 13), "", Encoding::Utf8);
        assert_eq!(rope.to_string(), "Hi 👋 Li,\r\nthanks");
        edit(&mut rope, (1, 0, 1, 0), "many ", Encoding::Utf16);
        assert_eq!(rope.to_string(), "Hi 👋 Li,\r\nmany thanks");
    }

    #[test]
    fn hostile_positions_are_clamped() {
        let mut rope = Rope::from_str("a👋b\r\nxy");
        // inside the surrogate pair: the start of the emoji
        edit(&mut rope, (0, 2, 0, 2), "|", Encoding::Utf16);
        assert_eq!(rope.to_string(), "a|👋b\r\nxy");
        // past the end of a line: before its terminator
        edit(&mut rope, (0, 99, 0, 120), "!", Encoding::Utf16);
        assert_eq!(rope.to_string(), "a|👋b!\r\nxy");
        // past the end of the text, and a reversed range
        edit(&mut rope, (9, 0, 1, 1), "Z", Encoding::Utf8);
        assert_eq!(rope.to_string(), "a|👋b!\r\nxZ");
    }

    #[test]
    fn a_file_name_that_says_the_medium_reaches_the_checker() {
        use std::str::FromStr;
        let mut state = State::default();
        let dm = Uri::from_str("file:///drafts/linkedin-dm.md").unwrap();
        let plain = Uri::from_str("file:///drafts/reply.md").unwrap();
        let a = state.open(dm, 1, Format::Markdown, "Hi Sam, thanks.");
        let b = state.open(plain, 1, Format::Markdown, "Hi Sam, thanks.");
        assert_eq!(a.config.named_medium, Some(crate::vocab::Medium::Text));
        assert_eq!(b.config.named_medium, None);
        assert!(Arc::ptr_eq(&b.config, &state.config));
    }
}
