//! The language server (`tactful lsp`): an adapter from LSP over stdio to
//! the engine.
//!
//! Invariants:
//! - Edits are applied in the order the client sent them, synchronously in
//!   the didChange handler, under a `std::sync::Mutex` never held across an
//!   `.await`.
//! - An analysis runs on a snapshot of one version and is stored and
//!   published only while that version (and config) is current.
//! - Positions are converted only in [`convert`]; incoming ones are clamped.
//! - Code actions read fixes from the diagnostics' `data`; no re-lint.
//! - A panic in the engine is caught per analysis; the server goes on.
//! - stdout carries only the protocol; logs go to stderr (warnings and
//!   errors unless `TACTFUL_LOG` asks for more) and `window/logMessage`
//!   (warnings and errors, more as the client's `trace` asks).
//! - A malformed frame (bad header, body that is not JSON-RPC, too large)
//!   is answered with a JSON-RPC error and skipped; the session goes on.
//! - The server never writes files: edits go to the client as
//!   `WorkspaceEdit`s.
//!
//! - [`server`]: the protocol handlers.
//! - [`state`]: open documents and configuration behind one mutex.
//! - [`analysis`]: one engine run on one document version, as diagnostics.
//! - [`convert`]: byte offsets ↔ LSP positions, the only place.
//! - [`actions`], [`features`] (with [`crate::templates`]): code actions, hover,
//!   outline, code lens, completion.
//! - [`settings`]: where configuration comes from.
//! - [`frame`], [`transport`]: the framing layer in front of
//!   tower-lsp-server, so a malformed message is answered with an error
//!   instead of ending the session.

pub mod actions;
pub mod analysis;
pub mod convert;
pub mod features;
pub mod frame;
pub mod server;
pub mod settings;
pub mod snapshot;
pub mod state;
pub mod transport;

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::LspService;

use self::server::Server;

/// Serves LSP over stdin/stdout until `exit` or end of input.
pub fn run_stdio() -> ExitCode {
    init_logging();
    // Nothing is loaded ahead: the phrase automaton, the lexicon and the
    // parser are made on the first document, in about 10 ms, and an idle
    // server stays under 8 MB. (Before the name scanners replaced four big
    // regexes, a cold first check took 23 ms and a warm-up thread ran here;
    // it cost 8 MB of idle memory.)
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("tactful: cannot start the async runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let code = runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // The thread reading stdin may be blocked in a read that never returns;
    // do not wait for it.
    runtime.shutdown_background();
    code
}

/// Serves LSP over any byte streams (tests use an in-memory pipe). Returns
/// success if `shutdown` came before the end, as LSP asks of `exit`.
pub async fn serve<I, O>(input: I, output: O) -> ExitCode
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    let shutdown = Arc::new(AtomicBool::new(false));
    let frames = transport::Frames::default();
    let direct = frames.direct();
    let (service, socket) =
        LspService::build(|client| Server::new(client, shutdown.clone(), Some(direct)))
            .custom_method("tactful/documentText", Server::document_text)
            .custom_method("$/setTrace", Server::set_trace)
            .finish();
    transport::guarded(input, output, frames, |input, output| {
        tower_lsp_server::Server::new(input, output, socket).serve(service)
    })
    .await;
    if shutdown.load(Ordering::SeqCst) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Logs go to stderr (stdout carries the protocol): warnings and errors
/// only, since editors show everything a server writes there (Helix logs
/// each line as an error). `TACTFUL_LOG` takes an env filter for more, e.g.
/// `TACTFUL_LOG=info`, `TACTFUL_LOG=debug` (timings) or
/// `TACTFUL_LOG=tactful::lsp=debug`. What the client wants in its own log
/// is sent there (`window/logMessage`), following its `trace` setting.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("TACTFUL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .try_init();
}
