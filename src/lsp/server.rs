//! The LSP handlers: a thin adapter from protocol messages to [`State`],
//! the engine (through [`analysis`]) and the feature modules.
//!
//! The transport polls up to four handlers at once. So a notification that
//! changes state (didOpen, didChange, didClose) does all of it
//! synchronously, under the state mutex, before its first `.await`; the
//! mutex is never held across an `.await`; an analysis works on a snapshot
//! and is stored and published only if its version is still current; and
//! a notification never awaits a request to the client: it spawns it.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::Serialize;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::analysis::{self, Analysis, Failure, LARGE_DOCUMENT};
use super::snapshot::Snapshot;
use super::state::{ClientSupport, State};
use super::{actions, convert, features, settings};
use crate::document::Format;

const CONFIG_FILE: &str = "tactful.toml";

#[derive(Clone)]
pub struct Server {
    shared: Arc<Shared>,
}

struct Shared {
    client: Client,
    state: Mutex<State>,
    /// Held while checking that an analysis is current and sending it, so
    /// an older analysis is never published after a newer one.
    publish_gate: tokio::sync::Mutex<()>,
    shutdown_requested: Arc<AtomicBool>,
    /// Where diagnostics are written without tower-lsp-server's detour.
    direct: Option<super::transport::Direct>,
}

/// The reply of `tactful/documentText`: the server's copy of a buffer, for
/// checking that edits were applied as the client made them.
#[derive(Debug, Serialize)]
pub struct DocumentText {
    pub version: i32,
    pub text: String,
}

impl Server {
    /// A server answering through `client`; with `direct`, diagnostics
    /// are published through it instead of the client handle.
    pub fn new(
        client: Client,
        shutdown_requested: Arc<AtomicBool>,
        direct: Option<super::transport::Direct>,
    ) -> Server {
        Server {
            shared: Arc::new(Shared {
                client,
                state: Mutex::new(State::default()),
                publish_gate: tokio::sync::Mutex::new(()),
                shutdown_requested,
                direct,
            }),
        }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        // A panic never happens under this lock (analysis runs outside it),
        // but if one did, the state is still usable.
        self.shared
            .state
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    fn client(&self) -> &Client {
        &self.shared.client
    }

    /// Logs `message` to stderr through `tracing` (shown as `TACTFUL_LOG`
    /// says) and to the client's log: warnings and errors always,
    /// information when the client's trace is `messages` or `verbose`,
    /// `LOG` lines (timings) only when it is `verbose`.
    async fn log(&self, typ: MessageType, message: String) {
        match typ {
            MessageType::ERROR => tracing::error!("{message}"),
            MessageType::WARNING => tracing::warn!("{message}"),
            MessageType::INFO => tracing::info!("{message}"),
            _ => tracing::debug!("{message}"),
        }
        if self.client_wants(typ) {
            self.client().log_message(typ, message).await;
        }
    }

    fn client_wants(&self, typ: MessageType) -> bool {
        let trace = self.state().trace;
        match typ {
            MessageType::ERROR | MessageType::WARNING => true,
            MessageType::INFO => trace != TraceValue::Off,
            _ => trace == TraceValue::Verbose,
        }
    }

    /// Analyses `snapshot` in the background and publishes the result.
    fn schedule(&self, snapshot: Snapshot) {
        let server = self.clone();
        tokio::spawn(async move { server.refresh(snapshot).await });
    }

    async fn refresh(&self, snapshot: Snapshot) {
        let (uri, version, generation) = (
            snapshot.uri.clone(),
            snapshot.version,
            snapshot.config_generation,
        );
        if !self.state().is_current(&uri, version, generation) {
            return; // a newer edit has its own analysis coming
        }
        let started = std::time::Instant::now();
        let analysis = self.analyse(snapshot).await;
        let analysed = started.elapsed();
        let stored = self.state().store(&uri, analysis.clone());
        if stored && !self.state().client.pull_diagnostics {
            self.publish(&analysis).await;
        }
        if self.client_wants(MessageType::LOG) || tracing::enabled!(tracing::Level::DEBUG) {
            let message = format!(
                "{} version {version}: analysed in {:.1} ms, published after {:.1} ms",
                uri.as_str(),
                analysed.as_secs_f64() * 1e3,
                started.elapsed().as_secs_f64() * 1e3
            );
            self.log(MessageType::LOG, message).await;
        }
    }

    /// Runs the engine: large documents on a blocking thread. A panic in
    /// the engine is logged and yields an analysis without findings.
    async fn analyse(&self, snapshot: Snapshot) -> Arc<Analysis> {
        let uri = snapshot.uri.clone();
        let (analysis, failure) = if snapshot.rope.len_bytes() > LARGE_DOCUMENT {
            let fallback = snapshot.clone();
            match tokio::task::spawn_blocking(move || analysis::analyse(snapshot)).await {
                Ok(done) => done,
                Err(e) => (
                    analysis::failed(fallback),
                    Some(Failure::Panicked(e.to_string())),
                ),
            }
        } else {
            analysis::analyse(snapshot)
        };
        if let Some(failure) = failure {
            let level = match failure {
                Failure::Panicked(_) => MessageType::ERROR,
                Failure::TooLarge(_) => MessageType::WARNING,
            };
            self.log(level, format!("tactful: {}: {failure}", uri.as_str()))
                .await;
        }
        Arc::new(analysis)
    }

    async fn publish(&self, a: &Analysis) {
        let _gate = self.shared.publish_gate.lock().await;
        if !self
            .state()
            .is_current(&a.uri, a.version, a.config_generation)
        {
            return;
        }
        if let Some(direct) = &self.shared.direct {
            if direct.send(&a.publish_notification()) {
                return;
            }
        }
        self.client()
            .publish_diagnostics(a.uri.clone(), a.diagnostics(), Some(a.version))
            .await;
    }

    /// The current analysis of `uri`, made now if the stored one is stale;
    /// `None` for documents tactful does not track.
    async fn analysis_for(&self, uri: &Uri) -> Option<Arc<Analysis>> {
        let snapshot = {
            let state = self.state();
            if let Some(a) = state.current_analysis(uri) {
                return Some(a);
            }
            state.snapshot(uri)?
        };
        let analysis = self.analyse(snapshot).await;
        self.state().store(uri, analysis.clone());
        Some(analysis)
    }

    /// Rebuilds the configuration, warns about bad values, and re-analyses
    /// open documents if it changed.
    async fn reconfigure(&self) {
        let (outcome, support) = {
            let mut state = self.state();
            (state.reconfigure(), state.client)
        };
        if !outcome.new_problems.is_empty() {
            let list: Vec<String> = outcome
                .new_problems
                .iter()
                .map(ToString::to_string)
                .collect();
            let message = format!(
                "tactful: some settings were ignored (defaults kept):\n{}",
                list.join("\n")
            );
            self.log(MessageType::WARNING, message.clone()).await;
            self.client()
                .show_message(MessageType::WARNING, message)
                .await;
        }
        if outcome.stale.is_empty() {
            return;
        }
        for snapshot in outcome.stale {
            self.schedule(snapshot);
        }
        if support.pull_diagnostics && support.diagnostic_refresh {
            let client = self.client().clone();
            tokio::spawn(async move { client.workspace_diagnostic_refresh().await });
        }
    }

    /// Asks the client for the `tactful` section of its settings.
    async fn fetch_settings(&self) {
        let item = ConfigurationItem {
            scope_uri: None,
            section: Some("tactful".into()),
        };
        match self.client().configuration(vec![item]).await {
            Ok(mut values) if !values.is_empty() => {
                let value = values.swap_remove(0);
                self.state().sources.workspace = (!value.is_null()).then_some(value);
            }
            Ok(_) => {}
            Err(e) => tracing::warn!("workspace/configuration failed: {e}"),
        }
    }

    fn reload_config_file(&self) {
        let mut state = self.state();
        let root = state.root.clone();
        state.sources.load_file(root.as_deref());
    }

    async fn register_watcher(&self) {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String(format!("**/{CONFIG_FILE}")),
                kind: None,
            }],
        };
        let registration = Registration {
            id: "tactful-config-watcher".into(),
            method: "workspace/didChangeWatchedFiles".into(),
            register_options: serde_json::to_value(options).ok(),
        };
        if let Err(e) = self.client().register_capability(vec![registration]).await {
            tracing::warn!("could not watch {CONFIG_FILE}: {e}");
        }
    }

    /// `$/setTrace`: how much the client now wants in its log.
    pub async fn set_trace(&self, params: SetTraceParams) {
        self.state().trace = params.value;
    }

    /// `tactful/documentText`: the server's copy of an open buffer.
    pub async fn document_text(
        &self,
        params: TextDocumentIdentifier,
    ) -> Result<Option<DocumentText>> {
        let state = self.state();
        Ok(state.documents.get(&params.uri).map(|d| DocumentText {
            version: d.version,
            text: d.rope.to_string(),
        }))
    }
}

fn is_config_file(uri: &Uri) -> bool {
    uri.path()
        .as_str()
        .rsplit('/')
        .next()
        .is_some_and(|name| name == CONFIG_FILE)
}

fn client_support(caps: &ClientCapabilities) -> ClientSupport {
    let text = caps.text_document.as_ref();
    let workspace = caps.workspace.as_ref();
    ClientSupport {
        pull_diagnostics: text.is_some_and(|t| t.diagnostic.is_some()),
        diagnostic_refresh: workspace
            .and_then(|w| w.diagnostics.as_ref())
            .and_then(|d| d.refresh_support)
            .unwrap_or(false),
        configuration: workspace.and_then(|w| w.configuration).unwrap_or(false),
        watched_files_registration: workspace
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false),
        snippets: text
            .and_then(|t| t.completion.as_ref())
            .and_then(|c| c.completion_item.as_ref())
            .and_then(|i| i.snippet_support)
            .unwrap_or(false),
    }
}

fn workspace_root(params: &InitializeParams) -> Option<std::path::PathBuf> {
    let folder = params
        .workspace_folders
        .as_ref()
        .and_then(|f| f.first())
        .map(|f| &f.uri);
    #[allow(deprecated)] // the fallback for clients without workspace folders
    let uri = folder.or(params.root_uri.as_ref())?;
    uri.to_file_path().map(|p| p.into_owned())
}

fn capabilities(encoding: crate::position::Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(convert::encoding_kind(encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                ..TextDocumentSyncOptions::default()
            },
        )),
        diagnostic_provider: Some(DiagnosticServerCapabilities::Options(DiagnosticOptions {
            identifier: Some("tactful".into()),
            inter_file_dependencies: false,
            workspace_diagnostics: false,
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                actions::fix_all_kind(),
                CodeActionKind::REFACTOR_REWRITE,
            ]),
            ..CodeActionOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions::default()),
        document_symbol_provider: Some(OneOf::Left(true)),
        code_lens_provider: Some(CodeLensOptions {
            resolve_provider: Some(false),
        }),
        ..ServerCapabilities::default()
    }
}

impl LanguageServer for Server {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = convert::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|g| g.position_encodings.as_deref()),
        );
        let root = workspace_root(&params);
        {
            let mut state = self.state();
            state.encoding = encoding;
            state.client = client_support(&params.capabilities);
            state.trace = params.trace.unwrap_or_default();
            // Push always, so every client sees diagnostics; a client that
            // pulls and would show both (VS Code) opts out of pushes.
            let pull_only = params
                .initialization_options
                .as_ref()
                .and_then(|o| {
                    o.get("diagnosticMode")
                        .or_else(|| o.get("tactful")?.get("diagnosticMode"))
                })
                .and_then(|m| m.as_str())
                == Some("pull");
            state.client.pull_diagnostics &= pull_only;
            state.sources.initialization_options = params
                .initialization_options
                .clone()
                .and_then(settings::tactful_section);
            state.sources.load_file(root.as_deref());
            state.root = root;
            // Problems are shown once the client can hear them (initialized).
            let (config, _) = state.sources.build();
            state.config = Arc::new(config);
        }
        Ok(InitializeResult {
            capabilities: capabilities(encoding),
            server_info: Some(ServerInfo {
                name: "tactful".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let server = self.clone();
        tokio::spawn(async move {
            let support = server.state().client;
            if support.watched_files_registration {
                server.register_watcher().await;
            }
            if support.configuration {
                server.fetch_settings().await;
            }
            server.reconfigure().await;
            let encoding = server.state().encoding;
            let message = format!(
                "tactful {} ready (positions in {})",
                env!("CARGO_PKG_VERSION"),
                convert::encoding_kind(encoding).as_str()
            );
            server.log(MessageType::INFO, message).await;
        });
    }

    async fn shutdown(&self) -> Result<()> {
        self.shared.shutdown_requested.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let doc = params.text_document;
        let Some(format) = Format::from_language_id(&doc.language_id) else {
            tracing::debug!("ignoring {} ({})", doc.uri.as_str(), doc.language_id);
            return;
        };
        let snapshot = self.state().open(doc.uri, doc.version, format, &doc.text);
        self.schedule(snapshot);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let doc = params.text_document;
        let snapshot = self
            .state()
            .change(&doc.uri, doc.version, &params.content_changes);
        if let Some(snapshot) = snapshot {
            self.schedule(snapshot);
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        if is_config_file(&params.text_document.uri) {
            self.reload_config_file();
            let server = self.clone();
            tokio::spawn(async move { server.reconfigure().await });
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let (closed, pull) = {
            let mut state = self.state();
            (state.close(&uri), state.client.pull_diagnostics)
        };
        if closed && !pull {
            let _gate = self.shared.publish_gate.lock().await;
            self.client()
                .publish_diagnostics(uri, Vec::new(), None)
                .await;
        }
        if closed {
            // the document, its analysis and chunks are gone: give the
            // memory back (off the protocol thread; it walks the heap)
            tokio::task::spawn_blocking(release_memory);
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let pushed = settings::tactful_section(params.settings);
        let server = self.clone();
        tokio::spawn(async move {
            if server.state().client.configuration {
                server.fetch_settings().await;
            } else {
                server.state().sources.workspace = pushed;
            }
            server.reconfigure().await;
        });
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        if params.changes.iter().any(|c| is_config_file(&c.uri)) {
            self.reload_config_file();
            let server = self.clone();
            tokio::spawn(async move { server.reconfigure().await });
        }
    }

    async fn diagnostic(
        &self,
        params: DocumentDiagnosticParams,
    ) -> Result<DocumentDiagnosticReportResult> {
        let report = match self.analysis_for(&params.text_document.uri).await {
            None => full_report(None, Vec::new()),
            Some(a) => {
                let id = format!("{}.{}", a.version, a.config_generation);
                if params.previous_result_id.as_deref() == Some(id.as_str()) {
                    DocumentDiagnosticReport::Unchanged(RelatedUnchangedDocumentDiagnosticReport {
                        related_documents: None,
                        unchanged_document_diagnostic_report: UnchangedDocumentDiagnosticReport {
                            result_id: id,
                        },
                    })
                } else {
                    full_report(Some(id), a.diagnostics())
                }
            }
        };
        Ok(DocumentDiagnosticReportResult::Report(report))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let Some(a) = self.analysis_for(&params.text_document.uri).await else {
            return Ok(None);
        };
        let only = params.context.only.as_deref();
        Ok(Some(actions::actions(
            &a,
            &params.context.diagnostics,
            only,
        )))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let p = params.text_document_position_params;
        let a = self.analysis_for(&p.text_document.uri).await;
        Ok(a.and_then(|a| features::hover(&a, p.position)))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let p = params.text_document_position;
        let Some(a) = self.analysis_for(&p.text_document.uri).await else {
            return Ok(None);
        };
        let snippets = self.state().client.snippets;
        let trigger = params.context.map(|c| c.trigger_kind);
        let items = features::completion(&a, p.position, trigger, snippets);
        // Offered at a blank spot, the list is empty once a word starts
        // there: the client must ask again as the user types.
        Ok(Some(CompletionResponse::List(CompletionList {
            is_incomplete: !items.is_empty(),
            items,
        })))
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let a = self.analysis_for(&params.text_document.uri).await;
        Ok(a.map(|a| DocumentSymbolResponse::Nested(features::symbols(&a))))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let a = self.analysis_for(&params.text_document.uri).await;
        Ok(a.map(|a| features::summary_lens(&a).into_iter().collect()))
    }
}

fn full_report(result_id: Option<String>, items: Vec<Diagnostic>) -> DocumentDiagnosticReport {
    DocumentDiagnosticReport::Full(RelatedFullDocumentDiagnosticReport {
        related_documents: None,
        full_document_diagnostic_report: FullDocumentDiagnosticReport { result_id, items },
    })
}

/// Hands heap pages freed by the allocator back to the system. glibc keeps
/// them for reuse otherwise, so the server's memory would not go down after
/// a large document is closed.
fn release_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only walks glibc's own heap under its locks; it
    // takes no pointer from us and is safe to call from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
