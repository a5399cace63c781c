//! Black-box tests: the real `tactful lsp` binary over stdin/stdout.

use std::io::Write;
use std::process::{Child, ChildStdin, Command, Stdio};
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
}

impl Binary {
    fn start() -> Binary {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tactful"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the binary starts");
        let stdout = child.stdout.take().unwrap();
        let (messages, garbage) = frames::spawn_reader(stdout);
        Binary {
            stdin: child.stdin.take(),
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
