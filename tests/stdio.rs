//! Black-box tests: the real `tactful lsp` binary over stdin/stdout.

use std::io::{Read, Write};
use std::process::{Child, ChildStderr, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/frames.rs"]
mod frames;

const TIMEOUT: Duration = Duration::from_secs(20);

struct Binary {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: mpsc::Receiver<Value>,
    /// Set when stdout carried anything that is not a framed message.
    garbage: mpsc::Receiver<String>,
    stderr: Option<ChildStderr>,
}

impl Binary {
    fn start() -> Binary {
        Binary::launch(Stdio::null(), None)
    }

    /// With stderr kept, and `TACTFUL_LOG` set to `log` (`None`: unset).
    fn with_stderr(log: Option<&str>) -> Binary {
        Binary::launch(Stdio::piped(), log)
    }

    fn launch(stderr: Stdio, log: Option<&str>) -> Binary {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tactful"));
        command.env_remove("TACTFUL_LOG");
        if let Some(log) = log {
            command.env("TACTFUL_LOG", log);
        }
        let mut child = command
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(stderr)
            .spawn()
            .expect("the binary starts");
        let stdout = child.stdout.take().unwrap();
        let (messages, garbage) = frames::spawn_reader(stdout);
        Binary {
            stdin: child.stdin.take(),
            stderr: child.stderr.take(),
            child,
            messages,
            garbage,
        }
    }

    fn send(&mut self, msg: Value) {
        let body = msg.to_string();
        let stdin = self.stdin.as_mut().expect("stdin open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        stdin.flush().unwrap();
    }

    /// The next message matching `pred`.
    fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        loop {
            let msg = self
                .messages
                .recv_timeout(TIMEOUT)
                .expect("the server answers in time");
            if pred(&msg) {
                return msg;
            }
        }
    }

    fn initialize(&mut self) {
        self.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                         "params": {"processId": null, "rootUri": null, "capabilities": {}}}));
        let reply = self.wait_for(|m| m["id"] == 1);
        assert_eq!(reply["result"]["serverInfo"]["name"], "tactful");
        self.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    }

    /// Waits for the process to end; its exit code.
    fn wait_exit(&mut self) -> Option<i32> {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code();
            }
            assert!(start.elapsed() < TIMEOUT, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_binary_serves_lsp_on_stdio_and_exits_on_exit() {
    let mut server = Binary::start();
    server.initialize();
    let uri = "file:///tmp/tactful-stdio/draft.md";
    server.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1,
                   "text": "Hi 👋 [Name],\r\nI must decline.\r\n"}}}));
    let published = server.wait_for(|m| m["method"] == "textDocument/publishDiagnostics");
    let diagnostics = published["params"]["diagnostics"].as_array().unwrap();
    let placeholder = diagnostics
        .iter()
        .find(|d| d["code"] == "unfilled-placeholder")
        .expect("the placeholder is reported");
    assert_eq!(
        placeholder["range"]["start"],
        json!({"line": 0, "character": 6})
    );

    server.send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
    let reply = server.wait_for(|m| m["id"] == 2);
    assert_eq!(reply["result"], Value::Null);
    server.send(json!({"jsonrpc": "2.0", "method": "exit"}));
    // the client keeps stdin open: exit alone must end the process
    assert_eq!(server.wait_exit(), Some(0));
    assert!(
        server.garbage.try_recv().is_err(),
        "stdout is only protocol"
    );
}

#[test]
fn end_of_input_ends_the_server() {
    let mut server = Binary::start();
    server.initialize();
    drop(server.stdin.take());
    assert_eq!(server.wait_exit(), Some(1), "no shutdown came first");
}

#[test]
fn exit_without_shutdown_exits_with_failure() {
    let mut server = Binary::start();
    server.initialize();
    server.send(json!({"jsonrpc": "2.0", "method": "exit"}));
    assert_eq!(server.wait_exit(), Some(1));
}

/// What the server wrote to stderr over a session: initialize, a draft
/// opened and checked, shutdown and exit.
fn stderr_of_a_session(log: Option<&str>) -> String {
    let mut server = Binary::with_stderr(log);
    server.initialize();
    server.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen",
        "params": {"textDocument": {"uri": "file:///tmp/tactful-stdio/log.md",
                   "languageId": "markdown", "version": 1,
                   "text": "hey, I cant make it lol\n"}}}));
    server.wait_for(|m| m["method"] == "textDocument/publishDiagnostics");
    server.send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
    server.wait_for(|m| m["id"] == 2);
    server.send(json!({"jsonrpc": "2.0", "method": "exit"}));
    assert_eq!(server.wait_exit(), Some(0));
    let mut text = String::new();
    server
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    text
}

/// Editors show what a server writes to stderr, Helix as errors: by
/// default only warnings and errors go there.
#[test]
fn stderr_is_quiet_unless_tactful_log_asks_for_more() {
    assert_eq!(stderr_of_a_session(None), "");
    let info = stderr_of_a_session(Some("info"));
    assert!(info.contains(" INFO ") && info.contains("ready"), "{info}");
    assert!(
        !info.contains("analysed in") && !info.contains("engine_ms"),
        "timings are debug: {info}"
    );
    // the engine's timing is logged before diagnostics are published; the
    // "analysed in" line after it may not be written before the session ends
    let debug = stderr_of_a_session(Some("tactful=debug"));
    assert!(
        debug.contains(" DEBUG ") && debug.contains("engine_ms"),
        "{debug}"
    );
}
