//! The editor integrations (VS Code, Neovim, Emacs, Helix; editors/),
//! tested in the real editors by `editors/run-tests.sh`. They need tools
//! that a machine with only Rust lacks (editors/install-deps.sh installs
//! them; Helix is the build in ../shared/tools/helix or `TACTFUL_HX`), so
//! this runs only in CI (`CI=true`, where .ci/run installs them first) or
//! with `TACTFUL_EDITOR_TESTS=1`; otherwise it says loudly that it skipped.
//! In CI a missing editor is a failure (run-tests.sh checks).

use std::io::Write;
use std::path::Path;
use std::process::Command;

/// Written straight to the process's stderr, past the test harness's
/// output capture, so the line shows in a plain `cargo test`.
fn loud(line: &str) {
    let mut err = std::io::stderr();
    let _ = writeln!(err, "{line}");
    let _ = err.flush();
}

#[test]
fn editor_integrations() {
    let wanted = std::env::var("TACTFUL_EDITOR_TESTS").as_deref() == Ok("1")
        || std::env::var("CI").as_deref() == Ok("true");
    if !wanted {
        loud(
            "\n=== SKIPPED: editor integration tests (VS Code, Neovim, Emacs, Helix); \
             set TACTFUL_EDITOR_TESTS=1 (or CI=true) to run editors/run-tests.sh ===\n",
        );
        return;
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("editors/run-tests.sh");
    // The binary cargo built for these tests; run-tests.sh builds none.
    let status = Command::new("bash")
        .arg(&script)
        .env("TACTFUL_BIN", env!("CARGO_BIN_EXE_tactful"))
        .status()
        .expect("cannot run editors/run-tests.sh");
    assert!(status.success(), "editors/run-tests.sh failed ({status})");
}
