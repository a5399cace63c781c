//! An in-process LSP client for protocol tests: the real server runs on a
//! `tokio::io::duplex` pipe and the tests speak JSON-RPC to it, framing
//! included (after typos-lsp's tests/common).

#![allow(dead_code)] // each test file uses a different part

use std::collections::VecDeque;
use std::process::ExitCode;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

/// How long a test waits for the server. A 100 KB document takes about 20
/// seconds to analyse in an unoptimised test build on a two-core machine
/// under a parallel test run (a second in a release build), so the bound
/// is generous; it only catches a server that hangs.
pub const TIMEOUT: Duration = Duration::from_secs(90);

pub struct TestClient {
    to_server: DuplexStream,
    from_server: mpsc::UnboundedReceiver<Value>,
    /// Notifications received but not yet taken by a test.
    pub notifications: VecDeque<Value>,
    /// Requests the server sent us (answered automatically).
    pub server_requests: Vec<Value>,
    /// The answer to `workspace/configuration`, one per item asked.
    pub settings: Value,
    next_id: i64,
    pub server: Option<JoinHandle<ExitCode>>,
}

/// Reads one `Content-Length` framed message; `None` at end of input.
pub async fn read_frame<R: tokio::io::AsyncBufRead + Unpin>(r: &mut R) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            length = v.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    r.read_exact(&mut body).await.ok()?;
    Some(serde_json::from_slice(&body).expect("the server sends JSON"))
}

/// A message from the server that wants an answer.
fn is_request(msg: &Value) -> bool {
    msg.get("method").is_some() && msg.get("id").is_some()
}

pub fn frame(msg: &Value) -> Vec<u8> {
    let body = msg.to_string();
    format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
}

impl TestClient {
    /// Starts a server on an in-memory pipe.
    pub fn start() -> TestClient {
        let (client_out, server_in) = tokio::io::duplex(1 << 20);
        let (server_out, client_in) = tokio::io::duplex(1 << 20);
        let server = tokio::spawn(tactful::lsp::serve(server_in, server_out));
        let (tx, rx) = mpsc::unbounded_channel();
        tokio::spawn(async move {
            let mut reader = BufReader::new(client_in);
            while let Some(msg) = read_frame(&mut reader).await {
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        TestClient {
            to_server: client_out,
            from_server: rx,
            notifications: VecDeque::new(),
            server_requests: Vec::new(),
            settings: Value::Null,
            next_id: 0,
            server: Some(server),
        }
    }

    pub async fn send(&mut self, msg: Value) {
        self.to_server
            .write_all(&frame(&msg))
            .await
            .expect("server reads");
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await;
    }

    /// Sends a request and returns the whole response object.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        loop {
            let msg = self.receive().await.expect("the server answers");
            if msg.get("method").is_none() && msg["id"] == json!(id) {
                return msg;
            }
            self.notifications.push_back(msg);
        }
    }

    /// A request's `result`, failing the test on an error response.
    pub async fn call(&mut self, method: &str, params: Value) -> Value {
        let response = self.request(method, params).await;
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    /// The next message that is not a server request (those are answered
    /// here); `None` when the server closed its output.
    async fn receive(&mut self) -> Option<Value> {
        loop {
            let msg = self.next_message().await?;
            if !is_request(&msg) {
                return Some(msg);
            }
        }
    }

    /// The next message of any kind; a server request is recorded in
    /// `server_requests` and answered before it is returned.
    async fn next_message(&mut self) -> Option<Value> {
        let msg = tokio::time::timeout(TIMEOUT, self.from_server.recv())
            .await
            .expect("timed out waiting for the server")?;
        if is_request(&msg) {
            let result = match msg["method"].as_str() {
                Some("workspace/configuration") => {
                    let n = msg["params"]["items"].as_array().map_or(1, Vec::len);
                    Value::Array(vec![self.settings.clone(); n])
                }
                _ => Value::Null,
            };
            let id = msg["id"].clone();
            self.server_requests.push(msg.clone());
            self.send(json!({"jsonrpc": "2.0", "id": id, "result": result}))
                .await;
        }
        Some(msg)
    }

    /// Waits until the server has sent a request of `method`. The request
    /// may be the last thing the server sends (a spawned task can run late
    /// on a loaded machine), so this stops at requests, not only at
    /// notifications.
    pub async fn server_request(&mut self, method: &str) -> Value {
        loop {
            if let Some(r) = self.server_requests.iter().find(|r| r["method"] == method) {
                return r.clone();
            }
            let msg = self.next_message().await.expect("server output open");
            if !is_request(&msg) {
                self.notifications.push_back(msg);
            }
        }
    }

    /// The next notification of `method` (earlier ones of other methods
    /// are kept).
    pub async fn notification(&mut self, method: &str) -> Value {
        self.notification_where(method, |_| true).await
    }

    pub async fn notification_where(
        &mut self,
        method: &str,
        pred: impl Fn(&Value) -> bool,
    ) -> Value {
        if let Some(i) = self
            .notifications
            .iter()
            .position(|n| n["method"] == method && pred(&n["params"]))
        {
            return self.notifications.remove(i).expect("found")["params"].clone();
        }
        loop {
            let msg = self.receive().await.expect("server output open");
            if msg["method"] == method && pred(&msg["params"]) {
                return msg["params"].clone();
            }
            self.notifications.push_back(msg);
        }
    }

    /// Published diagnostics of `uri` at `version`.
    pub async fn published(&mut self, uri: &str, version: i64) -> Value {
        self.notification_where("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri && p["version"] == json!(version)
        })
        .await["diagnostics"]
            .clone()
    }

    /// initialize + initialized with these client capabilities and options.
    pub async fn initialize(&mut self, capabilities: Value, options: Value) -> Value {
        let result = self
            .call(
                "initialize",
                json!({"processId": null, "rootUri": null, "capabilities": capabilities,
                       "initializationOptions": options}),
            )
            .await;
        self.notify("initialized", json!({})).await;
        result
    }

    pub async fn open(&mut self, uri: &str, language: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": language, "version": version, "text": text}}),
        )
        .await;
    }

    pub async fn pull(&mut self, uri: &str) -> Value {
        self.call(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": uri}}),
        )
        .await["items"]
            .clone()
    }

    pub async fn server_text(&mut self, uri: &str) -> Value {
        self.call("tactful/documentText", json!({"uri": uri})).await
    }

    /// shutdown + exit; returns how the server ended.
    pub async fn shut_down(&mut self) -> ExitCode {
        self.call("shutdown", Value::Null).await;
        self.notify("exit", Value::Null).await;
        let server = self.server.take().expect("server running");
        tokio::time::timeout(TIMEOUT, server)
            .await
            .expect("the server stops after exit")
            .expect("the server task does not panic")
    }
}

/// An oracle for LSP positions, independent of the server's converter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Enc {
    Utf8,
    Utf16,
}

impl Enc {
    fn units(self, c: char) -> usize {
        match self {
            Enc::Utf8 => c.len_utf8(),
            Enc::Utf16 => c.len_utf16(),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Utf16 => "utf-16",
        }
    }
}

/// Byte offsets where lines start (after `\n`, `\r\n` or `\r`).
fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\n' => starts.push(i + 1),
            '\r' => {
                if chars.peek().map(|&(_, c)| c) == Some('\n') {
                    chars.next();
                    starts.push(i + 2);
                } else {
                    starts.push(i + 1);
                }
            }
            _ => {}
        }
    }
    starts
}

pub fn position(text: &str, offset: usize, enc: Enc) -> Value {
    let starts = line_starts(text);
    let line = starts.iter().rposition(|&s| s <= offset).unwrap_or(0);
    let character: usize = text[starts[line]..offset]
        .chars()
        .map(|c| enc.units(c))
        .sum();
    json!({"line": line, "character": character})
}

pub fn range(text: &str, r: std::ops::Range<usize>, enc: Enc) -> Value {
    json!({"start": position(text, r.start, enc), "end": position(text, r.end, enc)})
}

/// The byte offset of a position that is valid in `text`.
pub fn offset(text: &str, pos: &Value, enc: Enc) -> usize {
    let starts = line_starts(text);
    let line = pos["line"].as_u64().expect("line") as usize;
    let mut want = pos["character"].as_u64().expect("character") as usize;
    let start = starts[line];
    for (i, c) in text[start..].char_indices() {
        if want == 0 {
            return start + i;
        }
        want -= enc.units(c);
    }
    text.len()
}

/// Applies LSP text edits the way an editor does: all ranges refer to the
/// text before any of them.
pub fn apply_edits(text: &str, edits: &[Value], enc: Enc) -> String {
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset(text, &e["range"]["start"], enc),
                offset(text, &e["range"]["end"], enc),
                e["newText"].as_str().expect("newText"),
            )
        })
        .collect();
    spans.sort_by_key(|s| (s.0, s.1));
    let mut out = String::new();
    let mut at = 0;
    for (start, end, new) in spans {
        assert!(start >= at, "overlapping edits");
        out.push_str(&text[at..start]);
        out.push_str(new);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

/// What the server should report for `text`: the engine's findings with
/// ranges converted by the oracle.
pub fn expected_diagnostics(
    text: &str,
    format: tactful::document::Format,
    enc: Enc,
) -> Vec<(String, Value)> {
    let report = tactful::engine::check(text, format, &tactful::config::Config::default());
    report
        .findings
        .iter()
        .map(|f| (f.rule.to_string(), range(text, f.range.clone(), enc)))
        .collect()
}

pub fn codes_and_ranges(diagnostics: &Value) -> Vec<(String, Value)> {
    diagnostics
        .as_array()
        .expect("a list of diagnostics")
        .iter()
        .map(|d| {
            (
                d["code"].as_str().expect("code").to_string(),
                d["range"].clone(),
            )
        })
        .collect()
}

pub fn capabilities(enc: Enc) -> Value {
    json!({"general": {"positionEncodings": [enc.name()]}})
}
