//! The language server (`tactful lsp`).

use std::process::ExitCode;

/// Serves LSP over stdin/stdout until `exit` or end of input.
pub fn run_stdio() -> ExitCode {
    eprintln!("tactful: the language server is not built yet");
    ExitCode::from(2)
}
