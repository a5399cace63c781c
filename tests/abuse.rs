//! Protocol abuse against the real `tactful lsp` binary over stdio:
//! malformed frames, bodies that are not JSON-RPC, wrong types, unknown
//! methods, requests out of order, hostile document traffic, very large
//! and very many documents. After each, the server must answer the next
//! request correctly, and stdout must carry nothing but framed messages.

use std::collections::VecDeque;
use std::io::Write;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

#[path = "support/frames.rs"]
mod frames;

const TIMEOUT: Duration = Duration::from_secs(20);

struct Session {
    child: Child,
    stdin: Option<ChildStdin>,
    messages: mpsc::Receiver<Value>,
    /// Anything on stdout that is not a well-formed frame.
    garbage: mpsc::Receiver<String>,
    /// Replies received while waiting for another one.
    kept: VecDeque<Value>,
    next_id: i64,
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

impl Session {
    fn start() -> Session {
        Session::start_with(&[])
    }

    fn start_with(env: &[(&str, &str)]) -> Session {
        let mut command = Command::new(env!("CARGO_BIN_EXE_tactful"));
        command
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .env("TACTFUL_LOG", "off");
        for (k, v) in env {
            command.env(k, v);
        }
        let mut child = command.spawn().expect("the binary starts");
        let stdout = child.stdout.take().expect("piped");
        let (messages, garbage) = frames::spawn_reader(stdout);
        Session {
            stdin: child.stdin.take(),
            child,
            messages,
            garbage,
            kept: VecDeque::new(),
            next_id: 100,
        }
    }

    fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin open");
        stdin.write_all(bytes).expect("the server reads");
        stdin.flush().expect("the server reads");
    }

    fn send(&mut self, msg: Value) {
        self.send_raw(&frame(msg.to_string().as_bytes()));
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its reply (skipping notifications and
    /// answering the server's own requests with null).
    #[track_caller]
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.wait_for(|m| m["id"] == id && m.get("method").is_none())
    }

    /// The next message matching `pred`, kept back ones first; server
    /// requests are answered.
    #[track_caller]
    fn wait_for(&mut self, pred: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.kept.iter().position(&pred) {
            return self.kept.remove(i).expect("present");
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let msg = match self.messages.recv_timeout(left) {
                Ok(msg) => msg,
                Err(_) => panic!(
                    "no matching message in time (stdout garbage: {:?})",
                    self.garbage.try_recv().ok()
                ),
            };
            if pred(&msg) {
                return msg;
            }
            if msg.get("method").is_some() && msg.get("id").is_some() {
                let id = msg["id"].clone();
                self.send(json!({"jsonrpc": "2.0", "id": id, "result": null}));
            } else if msg.get("method").is_none() {
                // a reply another wait may want
                self.kept.push_back(msg);
            }
        }
    }

    /// The next error reply with a null id (a rejected frame).
    #[track_caller]
    fn rejected(&mut self) -> Value {
        self.wait_for(|m| m["id"].is_null() && m.get("error").is_some())["error"].clone()
    }

    #[track_caller]
    fn initialize(&mut self) {
        let reply = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}}),
        );
        assert_eq!(reply["result"]["serverInfo"]["name"], "tactful", "{reply}");
        self.notify("initialized", json!({}));
    }

    fn open(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown",
                                    "version": version, "text": text}}),
        );
    }

    #[track_caller]
    fn document_text(&mut self, uri: &str) -> Value {
        self.request("tactful/documentText", json!({"uri": uri}))["result"].clone()
    }

    /// The server is alive and correct: a fresh document gets its
    /// findings, pulled, with the placeholder where it is.
    #[track_caller]
    fn assert_healthy(&mut self) {
        let uri = format!("file:///tmp/tactful-abuse/probe-{}.md", self.next_id);
        self.open(&uri, 1, "Hi [Name],\n\nI must decline.\n");
        let reply = self.request(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": uri}}),
        );
        let items = reply["result"]["items"]
            .as_array()
            .unwrap_or_else(|| panic!("a diagnostic report: {reply}"));
        let placeholder = items
            .iter()
            .find(|d| d["code"] == "unfilled-placeholder")
            .unwrap_or_else(|| panic!("the placeholder is found: {reply}"));
        assert_eq!(
            placeholder["range"]["start"],
            json!({"line": 0, "character": 3})
        );
        self.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri}}),
        );
        assert!(
            self.garbage.try_recv().is_err(),
            "stdout carries only framed messages"
        );
    }

    #[track_caller]
    fn shutdown_and_exit(mut self) {
        let reply = self.request("shutdown", Value::Null);
        assert_eq!(reply["result"], Value::Null, "{reply}");
        self.notify("exit", Value::Null);
        assert_eq!(self.wait_exit(), Some(0));
    }

    fn wait_exit(&mut self) -> Option<i32> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("waitable") {
                return status.code();
            }
            assert!(Instant::now() < deadline, "the server did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Resident memory of the server, in KiB (Linux only).
    fn rss_kib(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).ok()?;
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))?
            .trim()
            .trim_end_matches("kB")
            .trim()
            .parse()
            .ok()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const PARSE_ERROR: i64 = -32700;
const INVALID_REQUEST: i64 = -32600;
const METHOD_NOT_FOUND: i64 = -32601;
const INVALID_PARAMS: i64 = -32602;
const SERVER_NOT_INITIALIZED: i64 = -32002;

#[test]
fn malformed_headers_are_answered_and_skipped() {
    let mut s = Session::start();
    for bad in [
        &b"garbage\r\n\r\n"[..],
        b"Content-Length: ten\r\n\r\n{}",
        b"Content-Length: -5\r\n\r\n",
        b"Content-Length: 99999999999999999999999999\r\n\r\n",
        b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n",
        b"X-Only-Other-Headers: 1\r\n\r\n",
        b"Content-Length 12\r\n\r\n",
        b"\xff\xfe: \x00\r\n\r\n",
    ] {
        s.send_raw(bad);
        // reading resumes at the next Content-Length: this request
        let reply = s.request("tactful/documentText", json!({"uri": "file:///a.md"}));
        assert_eq!(reply["error"]["code"], SERVER_NOT_INITIALIZED, "{reply}");
        let error = s.rejected();
        assert_eq!(error["code"], PARSE_ERROR, "{bad:?}: {error}");
        assert!(
            error["message"].as_str().unwrap().contains("header"),
            "{error}"
        );
    }
    // a header block that never ends: rejected once it passes the limit
    s.send_raw(&vec![b'x'; 9000]);
    assert_eq!(s.rejected()["code"], PARSE_ERROR);
    s.initialize();
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn bodies_that_are_not_json_rpc_are_answered_and_skipped() {
    let mut s = Session::start();
    s.initialize();
    for (body, code) in [
        (&b"{not json"[..], PARSE_ERROR),
        (b"\xff\xfe\xfd", PARSE_ERROR),
        (b"", PARSE_ERROR),
        (b"   ", PARSE_ERROR),
        (b"[1, 2, 3]", INVALID_REQUEST),
        (b"42", INVALID_REQUEST),
        (
            br#"{"jsonrpc": "1.0", "method": "shutdown"}"#,
            INVALID_REQUEST,
        ),
        (
            br#"{"method": "initialized", "params": {}}"#,
            INVALID_REQUEST,
        ),
        (
            br#"{"jsonrpc": "2.0", "id": {"x": 1}, "method": "shutdown"}"#,
            INVALID_REQUEST,
        ),
    ] {
        eprintln!("sending {:?}", String::from_utf8_lossy(body));
        s.send_raw(&frame(body));
        let error = s.rejected();
        assert_eq!(
            error["code"],
            code,
            "{:?}: {error}",
            String::from_utf8_lossy(body)
        );
    }
    // an invalid request with a usable id is answered with that id
    for body in [
        &br#"{"jsonrpc": "2.0", "id": 7, "method": 12}"#[..],
        br#"{"jsonrpc": "1.0", "id": 7, "method": "shutdown"}"#,
    ] {
        s.send_raw(&frame(body));
        let reply = s.wait_for(|m| m["id"] == 7);
        assert_eq!(reply["error"]["code"], INVALID_REQUEST);
    }
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn frames_split_across_writes_and_joined_in_one_write_are_read() {
    let mut s = Session::start();
    s.initialize();
    let a = frame(br#"{"jsonrpc": "2.0", "id": 1, "method": "tactful/documentText", "params": {"uri": "file:///x.md"}}"#);
    let b = frame(br#"{"jsonrpc": "2.0", "id": 2, "method": "tactful/documentText", "params": {"uri": "file:///y.md"}}"#);
    for byte in &a {
        s.send_raw(std::slice::from_ref(byte));
    }
    assert_eq!(s.wait_for(|m| m["id"] == 1)["result"], Value::Null);
    s.send_raw(&[b"\r\n".as_slice(), &b, b"oops\r\n\r\n", &a].concat());
    assert_eq!(s.wait_for(|m| m["id"] == 2)["result"], Value::Null);
    assert_eq!(s.rejected()["code"], PARSE_ERROR);
    assert_eq!(s.wait_for(|m| m["id"] == 1)["result"], Value::Null);
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn valid_json_with_wrong_types_is_invalid_params() {
    let mut s = Session::start();
    let reply = s.request("initialize", json!({"capabilities": "none"}));
    assert_eq!(reply["error"]["code"], INVALID_PARAMS, "{reply}");
    s.initialize();
    // notifications with wrong types are dropped quietly
    s.notify("textDocument/didOpen", json!({"textDocument": 5}));
    s.notify("textDocument/didChange", json!({"contentChanges": "x"}));
    s.notify("textDocument/didClose", json!(null));
    s.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"tactful": {"length": "long", "rules": [1, 2]}}}),
    );
    for (method, params) in [
        (
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///a.md"}, "position": {"line": "one", "character": 0}}),
        ),
        (
            "textDocument/codeAction",
            json!({"textDocument": {"uri": 3}}),
        ),
        ("textDocument/completion", json!([1, 2])),
        (
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": "not a uri at all"}}),
        ),
    ] {
        let reply = s.request(method, params);
        assert_eq!(reply["error"]["code"], INVALID_PARAMS, "{method}: {reply}");
    }
    // positions beyond u32 are wrong types too
    let reply = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///a.md"}, "position": {"line": -1, "character": 1e20}}),
    );
    assert_eq!(reply["error"]["code"], INVALID_PARAMS, "{reply}");
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn unknown_methods_are_method_not_found_not_silence() {
    let mut s = Session::start();
    s.initialize();
    for method in ["tactful/nothing", "textDocument/teleport", "", "$/weird"] {
        let reply = s.request(method, json!({}));
        assert_eq!(
            reply["error"]["code"], METHOD_NOT_FOUND,
            "{method:?}: {reply}"
        );
    }
    // unknown notifications get no reply, and break nothing
    s.notify("tactful/unknownNotification", json!({"x": 1}));
    s.notify("$/setTrace", json!({"value": "verbose"}));
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn requests_before_initialize_and_after_shutdown_are_refused() {
    let mut s = Session::start();
    let early = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///a.md"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(early["error"]["code"], SERVER_NOT_INITIALIZED, "{early}");
    s.open("file:///tmp/tactful-abuse/early.md", 1, "Hi [Name]");
    s.initialize();
    let again = s.request("initialize", json!({"capabilities": {}}));
    assert_eq!(again["error"]["code"], INVALID_REQUEST, "{again}");
    s.assert_healthy();
    let reply = s.request("shutdown", Value::Null);
    assert_eq!(reply["result"], Value::Null);
    let late = s.request("tactful/documentText", json!({"uri": "file:///a.md"}));
    assert_eq!(late["error"]["code"], INVALID_REQUEST, "{late}");
    let late = s.request("shutdown", Value::Null);
    assert_eq!(late["error"]["code"], INVALID_REQUEST, "{late}");
    s.notify("exit", Value::Null);
    assert_eq!(s.wait_exit(), Some(0));
}

#[test]
fn changes_to_unknown_documents_and_backward_versions_are_harmless() {
    let mut s = Session::start();
    s.initialize();
    let uri = "file:///tmp/tactful-abuse/draft.md";
    // never opened
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 0, "character": 0},
                                             "end": {"line": 0, "character": 0}}, "text": "x"}]}),
    );
    s.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    s.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(s.document_text(uri), Value::Null);
    // versions going backwards: edits still apply in the order sent
    s.open(uri, 10, "Hi Dana,\n");
    for (version, text) in [(5, "A"), (-3, "B"), (10, "C")] {
        s.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version},
                   "contentChanges": [{"range": {"start": {"line": 9, "character": 0},
                                                 "end": {"line": 9, "character": 0}}, "text": text}]}),
        );
    }
    // ranges past the end, reversed, inside a surrogate pair
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 11},
               "contentChanges": [
                   {"range": {"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 2}}, "text": " 👋"},
                   {"range": {"start": {"line": 0, "character": 4}, "end": {"line": 0, "character": 4}}, "text": "|"},
                   {"range": {"start": {"line": 4000000000u32, "character": 4000000000u32},
                              "end": {"line": 0, "character": 99}}, "text": ""}]}),
    );
    let doc = s.document_text(uri);
    assert_eq!(doc["text"], "Hi |👋 Dana,", "{doc}");
    assert_eq!(doc["version"], 11);
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn a_50_mb_document_is_held_not_analysed_and_the_server_keeps_answering() {
    let mut s = Session::start();
    s.initialize();
    let uri = "file:///tmp/tactful-abuse/huge.md";
    let line = "Thank you for the invitation, [Name]. I must decline.\n";
    let text = line.repeat(50 * 1024 * 1024 / line.len() + 1);
    assert!(text.len() > 50 * 1024 * 1024);
    s.open(uri, 1, &text);
    drop(text);
    // the big one is told about (not analysed), without findings
    let log = s.wait_for(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("huge.md")
    });
    assert!(
        log["params"]["message"]
            .as_str()
            .unwrap()
            .contains("too large"),
        "{log}"
    );
    let report = s.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(report["result"]["items"], json!([]), "{report}");
    // an edit at its end is applied
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": {"start": {"line": 999999999, "character": 0},
                                             "end": {"line": 999999999, "character": 0}}, "text": "THE END"}]}),
    );
    let hover = s.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 3, "character": 3}}),
    );
    assert!(hover.get("error").is_none(), "{hover}");
    s.assert_healthy();
    s.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn a_frame_over_the_limit_is_refused_without_reading_it_into_memory() {
    let mut s = Session::start();
    s.initialize();
    // 300 MB announced: refused at once, its bytes skipped as they come
    let announced = 300 * 1024 * 1024;
    s.send_raw(format!("Content-Length: {announced}\r\n\r\n").as_bytes());
    let error = s.rejected();
    assert_eq!(error["code"], INVALID_REQUEST);
    assert!(
        error["message"].as_str().unwrap().contains("limit"),
        "{error}"
    );
    let chunk = vec![b' '; 1024 * 1024];
    for _ in 0..300 {
        s.send_raw(&chunk);
    }
    s.assert_healthy();
    if let Some(rss) = s.rss_kib() {
        assert!(
            rss < 200 * 1024,
            "{rss} KiB resident after a refused 300 MB frame"
        );
    }
    s.shutdown_and_exit();
}

#[test]
fn ten_thousand_open_documents_and_closing_them_bounds_memory() {
    let mut s = Session::start();
    s.initialize();
    // short, so 10,000 analyses stay quick in a debug build
    let text = "Hi Dana,\n\nThank you. I must decline.\n\nBest,\nSam\n";
    let cycle = |s: &mut Session, round: usize| {
        let uris: Vec<String> = (0..10_000)
            .map(|i| format!("file:///tmp/tactful-abuse/many/{round}-{i}.txt"))
            .collect();
        // one write per thousand messages keeps this quick
        for batch in uris.chunks(1000) {
            let bytes: Vec<u8> = batch
                .iter()
                .flat_map(|uri| {
                    frame(
                        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                               "params": {"textDocument": {"uri": uri, "languageId": "plaintext",
                                                            "version": 1, "text": text}}})
                        .to_string()
                        .as_bytes(),
                    )
                })
                .collect();
            s.send_raw(&bytes);
        }
        let last = s.document_text(uris.last().unwrap());
        assert_eq!(last["text"], text);
        let opened = s.rss_kib();
        let bytes: Vec<u8> = uris
            .iter()
            .flat_map(|uri| {
                frame(
                    json!({"jsonrpc": "2.0", "method": "textDocument/didClose",
                           "params": {"textDocument": {"uri": uri}}})
                    .to_string()
                    .as_bytes(),
                )
            })
            .collect();
        s.send_raw(&bytes);
        // closing clears each document's diagnostics; once the last is
        // cleared, no work for this round is left in flight
        let last = uris.last().unwrap().clone();
        s.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == last.as_str()
                && m["params"]["diagnostics"] == json!([])
                && m["params"].get("version").is_none_or(Value::is_null)
        });
        assert_eq!(s.document_text(&uris[0]), Value::Null);
        assert_eq!(s.document_text(&last), Value::Null);
        std::thread::sleep(Duration::from_millis(300));
        (opened, s.rss_kib())
    };
    let rounds: Vec<_> = (1..=3).map(|round| cycle(&mut s, round)).collect();
    eprintln!("VmRSS KiB (with 10,000 open, after closing them) per round: {rounds:?}");
    if let [(Some(open1), _), (_, Some(closed2)), (_, Some(closed3))] = rounds[..] {
        // 10,000 small documents with their analyses: well under 512 MB
        assert!(open1 < 512 * 1024, "{open1} KiB with 10,000 documents open");
        // closing frees them: once the allocator has warmed up, another
        // round does not grow the process
        assert!(
            closed3 < closed2 + 16 * 1024,
            "memory grows with open/close rounds: {closed2} then {closed3} KiB"
        );
    }
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn a_panic_in_one_documents_analysis_is_logged_and_the_server_goes_on() {
    if !cfg!(debug_assertions) {
        eprintln!("skipped: the panic hook exists in debug builds only");
        return;
    }
    let mut s = Session::start_with(&[("TACTFUL_DEBUG_PANIC_MARKER", "TRIP-THE-ENGINE")]);
    s.initialize();
    let uri = "file:///tmp/tactful-abuse/trips.md";
    s.open(uri, 1, "Hi [Name], TRIP-THE-ENGINE");
    let log = s.wait_for(|m| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .unwrap_or("")
                .contains("trips.md")
    });
    assert_eq!(log["params"]["type"], 1, "an error: {log}");
    assert!(
        log["params"]["message"]
            .as_str()
            .unwrap()
            .contains("panic isolation"),
        "{log}"
    );
    let report = s.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(report["result"]["items"], json!([]), "{report}");
    for method in ["textDocument/codeAction", "textDocument/hover"] {
        let reply = s.request(
            method,
            json!({"textDocument": {"uri": uri},
                   "position": {"line": 0, "character": 1},
                   "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}},
                   "context": {"diagnostics": []}}),
        );
        assert!(reply.get("error").is_none(), "{method}: {reply}");
    }
    // once the text no longer trips it, the document is analysed again
    s.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"text": "Hi [Name], I must decline."}]}),
    );
    let report = s.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    let items = report["result"]["items"].as_array().unwrap();
    assert!(
        items.iter().any(|d| d["code"] == "unfilled-placeholder"),
        "{report}"
    );
    s.assert_healthy();
    s.shutdown_and_exit();
}

#[test]
fn the_server_never_writes_files() {
    let dir = std::env::temp_dir().join(format!("tactful-abuse-ro-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let draft = dir.join("draft.md");
    let original = "hey [Name], no thanks lol\n";
    std::fs::write(&draft, original).unwrap();
    std::fs::write(dir.join("tactful.toml"), "medium = \"email\"\n").unwrap();
    let listing = |dir: &std::path::Path| {
        let mut v: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| {
                let e = e.unwrap();
                let m = e.metadata().unwrap();
                (e.file_name(), m.len(), m.modified().unwrap())
            })
            .collect();
        v.sort();
        v
    };
    let before = listing(&dir);

    let mut s = Session::start();
    let root = format!("file://{}", dir.display());
    let reply = s.request(
        "initialize",
        json!({"processId": null, "rootUri": root, "capabilities": {"workspace": {"applyEdit": true}}}),
    );
    assert!(reply.get("result").is_some(), "{reply}");
    s.notify("initialized", json!({}));
    let uri = format!("{root}/draft.md");
    s.open(&uri, 1, original);
    let actions = s.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri},
               "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 5}},
               "context": {"diagnostics": [], "only": ["source.fixAll.tactful"]}}),
    );
    assert!(actions.get("error").is_none(), "{actions}");
    s.notify(
        "textDocument/didSave",
        json!({"textDocument": {"uri": uri}}),
    );
    s.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    s.assert_healthy();
    s.shutdown_and_exit();

    assert_eq!(std::fs::read_to_string(&draft).unwrap(), original);
    assert_eq!(listing(&dir), before, "the folder is untouched");
    std::fs::remove_dir_all(&dir).unwrap();
}
