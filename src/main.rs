use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    tactful::cli::run(tactful::cli::Cli::parse(), tactful::lsp::run_stdio)
}
