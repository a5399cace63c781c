//! Protocol tests: the real server over an in-memory pipe.

mod common;

use std::process::ExitCode;

use common::{Enc, TestClient, capabilities, codes_and_ranges, expected_diagnostics};
use serde_json::{Value, json};
use tactful::document::Format;

const URI: &str = "file:///tmp/tactful-test/draft.md";

/// Emoji, CJK, a placeholder after both, and CRLF line ends.
const TEXT: &str = "Hi 王芳 👋 [Name],\r\n\r\nI am SO excited but I must decline the interview at [Company Name] 😀.\r\n\r\nBest,\r\nSam\r\n";

async fn started(enc: Enc) -> TestClient {
    let mut client = TestClient::start();
    client.initialize(capabilities(enc), Value::Null).await;
    client
}

fn find<'a>(diagnostics: &'a Value, code: &str) -> Option<&'a Value> {
    diagnostics.as_array()?.iter().find(|d| d["code"] == code)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn initialize_negotiates_the_position_encoding() {
    let cases = [
        (
            json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}),
            "utf-8",
        ),
        (
            json!({"general": {"positionEncodings": ["utf-16", "utf-8"]}}),
            "utf-16",
        ),
        (
            json!({"general": {"positionEncodings": ["utf-32", "utf-8"]}}),
            "utf-8",
        ),
        (
            json!({"general": {"positionEncodings": ["utf-32"]}}),
            "utf-16",
        ),
        (json!({}), "utf-16"),
    ];
    for (caps, want) in cases {
        let mut client = TestClient::start();
        let result = client.initialize(caps.clone(), Value::Null).await;
        assert_eq!(result["capabilities"]["positionEncoding"], want, "{caps}");
        let c = &result["capabilities"];
        assert_eq!(c["textDocumentSync"]["change"], 2, "incremental sync");
        assert_eq!(c["diagnosticProvider"]["identifier"], "tactful");
        assert_eq!(c["hoverProvider"], true);
        assert_eq!(c["documentSymbolProvider"], true);
        assert!(
            c["codeActionProvider"]["codeActionKinds"]
                .as_array()
                .unwrap()
                .contains(&json!("source.fixAll.tactful"))
        );
        assert_eq!(result["serverInfo"]["name"], "tactful");
        assert_eq!(client.shut_down().await, ExitCode::SUCCESS);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diagnostic_ranges_round_trip_emoji_cjk_and_crlf() {
    // "[Name]" after "Hi 王芳 👋 ": 9 UTF-16 units, 15 bytes
    for (enc, name_at) in [(Enc::Utf16, 9), (Enc::Utf8, 15)] {
        let mut client = started(enc).await;
        client.open(URI, "markdown", 1, TEXT).await;
        let items = client.pull(URI).await;
        assert_eq!(
            codes_and_ranges(&items),
            expected_diagnostics(TEXT, Format::Markdown, enc),
            "{enc:?}"
        );
        let placeholder = items
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == "unfilled-placeholder" && d["range"]["start"]["line"] == 0)
            .expect("the [Name] placeholder is found");
        assert_eq!(
            placeholder["range"],
            json!({"start": {"line": 0, "character": name_at},
                   "end": {"line": 0, "character": name_at + 6}}),
            "{enc:?}"
        );
        assert_eq!(placeholder["source"], "tactful");
        assert_eq!(placeholder["severity"], 1);
        assert_eq!(
            placeholder["codeDescription"]["href"],
            tactful::rules::doc_url("unfilled-placeholder")
        );
        client.shut_down().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_positions_are_clamped_not_fatal() {
    for enc in [Enc::Utf16, Enc::Utf8] {
        let mut client = started(enc).await;
        client.open(URI, "markdown", 1, TEXT).await;
        // inside the emoji's surrogate pair (UTF-16) or inside 王 (UTF-8)
        let inside = match enc {
            Enc::Utf16 => 7,
            Enc::Utf8 => 4,
        };
        let edits = [
            ((0, inside), (0, inside), "X"),
            ((0, 999), (0, 1000), "!"),
            ((99, 0), (120, 5), "END"),
        ];
        for (i, (start, end, text)) in edits.iter().enumerate() {
            client
                .notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": URI, "version": i + 2},
                           "contentChanges": [{"range": {
                               "start": {"line": start.0, "character": start.1},
                               "end": {"line": end.0, "character": end.1}},
                               "text": text}]}),
                )
                .await;
        }
        let got = client.server_text(URI).await;
        let want_first = match enc {
            Enc::Utf16 => "Hi 王芳 X👋 [Name],!\r\n",
            Enc::Utf8 => "Hi X王芳 👋 [Name],!\r\n",
        };
        let text = got["text"].as_str().unwrap();
        assert!(text.starts_with(want_first), "{enc:?}: {text:?}");
        assert!(text.ends_with("Sam\r\nEND"), "{enc:?}: {text:?}");
        assert_eq!(got["version"], 4);
        // the server still answers
        client.pull(URI).await;
        client.shut_down().await;
    }
}

/// A small deterministic generator, so failures reproduce.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// Char boundaries where an editor can put the cursor (not inside CRLF).
fn cursor_offsets(text: &str) -> Vec<usize> {
    (0..=text.len())
        .filter(|&i| text.is_char_boundary(i))
        .filter(|&i| !(text[..i].ends_with('\r') && text[i..].starts_with('\n')))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rapid_incremental_edits_leave_the_server_text_equal_to_the_clients() {
    for enc in [Enc::Utf16, Enc::Utf8] {
        let mut client = started(enc).await;
        let mut text = TEXT.to_string();
        client.open(URI, "markdown", 0, &text).await;
        let mut rng = Lcg(7);
        let inserts = ["a", "é", "王", "👋", "\n", "\r\n", " ", "!"];
        for version in 1..=200 {
            let offsets = cursor_offsets(&text);
            let at = offsets[rng.next(offsets.len())];
            let (range, new_text) = if rng.next(3) == 0 && at < text.len() {
                // delete one character (a CRLF as a whole)
                let len = if text[at..].starts_with("\r\n") {
                    2
                } else {
                    text[at..].chars().next().unwrap().len_utf8()
                };
                (at..at + len, "")
            } else {
                (at..at, inserts[rng.next(inserts.len())])
            };
            let lsp_range = common::range(&text, range.clone(), enc);
            text.replace_range(range, new_text);
            client
                .notify(
                    "textDocument/didChange",
                    json!({"textDocument": {"uri": URI, "version": version},
                           "contentChanges": [{"range": lsp_range, "text": new_text}]}),
                )
                .await;
        }
        let server = client.server_text(URI).await;
        assert_eq!(server["version"], 200);
        assert_eq!(server["text"].as_str().unwrap(), text, "{enc:?}");
        let pulled = client.pull(URI).await;
        assert_eq!(
            codes_and_ranges(&pulled),
            expected_diagnostics(&text, Format::Markdown, enc),
            "{enc:?}"
        );
        client.shut_down().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_changes_in_one_notification_apply_in_order() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, "abc").await;
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": 2},
                   "contentChanges": [
                       {"range": {"start": {"line": 0, "character": 3}, "end": {"line": 0, "character": 3}}, "text": "d"},
                       {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 1}}, "text": "X"},
                       {"text": "whole\nnew"},
                       {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 3}}, "text": "text"}]}),
        )
        .await;
    assert_eq!(
        client.server_text(URI).await,
        json!({"version": 2, "text": "whole\ntext"})
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pull_diagnostics_equal_pushed_ones() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, TEXT).await;
    let pushed = client.published(URI, 1).await;
    let pulled = client.pull(URI).await;
    assert!(!pushed.as_array().unwrap().is_empty());
    assert_eq!(pushed, pulled);
    for d in pushed.as_array().unwrap() {
        assert_eq!(d["data"]["version"], 1, "the version rides along: {d}");
        assert!(d["data"]["finding"].is_u64(), "{d}");
    }
    // and again after an edit
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": 2},
                   "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 2}}, "text": "Hello"}]}),
        )
        .await;
    let pushed = client.published(URI, 2).await;
    assert_eq!(pushed, client.pull(URI).await);
    // closing clears them
    client
        .notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": URI}}),
        )
        .await;
    let cleared = client
        .notification_where("textDocument/publishDiagnostics", |p| {
            p["uri"] == URI && p["diagnostics"] == json!([])
        })
        .await;
    assert_eq!(cleared["diagnostics"], json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_that_pull_are_not_pushed_to() {
    let mut client = TestClient::start();
    client
        .initialize(
            json!({"textDocument": {"diagnostic": {}}}),
            json!({"diagnosticMode": "pull"}),
        )
        .await;
    client.open(URI, "markdown", 1, TEXT).await;
    assert!(!client.pull(URI).await.as_array().unwrap().is_empty());
    client.shut_down().await;
    assert!(
        !client
            .notifications
            .iter()
            .any(|n| n["method"] == "textDocument/publishDiagnostics")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_that_can_pull_are_still_pushed_to_by_default() {
    let mut client = TestClient::start();
    client
        .initialize(json!({"textDocument": {"diagnostic": {}}}), Value::Null)
        .await;
    client.open(URI, "markdown", 1, TEXT).await;
    let pushed = client.published(URI, 1).await;
    assert_eq!(pushed, client.pull(URI).await);
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unchanged_pull_reports() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, TEXT).await;
    let first = client
        .call(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": URI}}),
        )
        .await;
    assert_eq!(first["kind"], "full");
    let id = first["resultId"].clone();
    let second = client
        .call(
            "textDocument/diagnostic",
            json!({"textDocument": {"uri": URI}, "previousResultId": id}),
        )
        .await;
    assert_eq!(second, json!({"kind": "unchanged", "resultId": id}));
}

async fn code_actions(
    client: &mut TestClient,
    diagnostics: Value,
    only: Option<Value>,
) -> Vec<Value> {
    let range = diagnostics[0]["range"].clone();
    let mut context = json!({"diagnostics": diagnostics});
    if let Some(only) = only {
        context["only"] = only;
    }
    client
        .call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI}, "range": range, "context": context}),
        )
        .await
        .as_array()
        .unwrap()
        .clone()
}

fn edits_of(action: &Value) -> Vec<Value> {
    action["edit"]["changes"][URI].as_array().unwrap().clone()
}

/// Applies an action's edits and checks that the text outside them is
/// byte-for-byte what it was.
fn apply_checked(text: &str, edits: &[Value], enc: Enc) -> String {
    let after = common::apply_edits(text, edits, enc);
    let mut ranges: Vec<(usize, usize)> = edits
        .iter()
        .map(|e| {
            (
                common::offset(text, &e["range"]["start"], enc),
                common::offset(text, &e["range"]["end"], enc),
            )
        })
        .collect();
    ranges.sort();
    let (first, last) = (ranges[0], ranges[ranges.len() - 1]);
    assert_eq!(&after[..first.0], &text[..first.0], "text before the edits");
    let tail = text.len() - last.1;
    assert_eq!(
        &after[after.len() - tail..],
        &text[last.1..],
        "text after the edits"
    );
    after
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn disable_action_touches_only_its_range_and_silences_the_rule() {
    for (uri_format, language, format) in [
        ("md", "markdown", Format::Markdown),
        ("txt", "plaintext", Format::PlainText),
    ] {
        let uri = URI.replace(".md", &format!(".{uri_format}"));
        let mut client = started(Enc::Utf16).await;
        client.open(&uri, language, 1, TEXT).await;
        let items = client.pull(&uri).await;
        let casual = find(&items, "casual-tone")
            .expect("the emoji is casual")
            .clone();
        let range = casual["range"].clone();
        let actions = client
            .call(
                "textDocument/codeAction",
                json!({"textDocument": {"uri": uri}, "range": range,
                       "context": {"diagnostics": [casual]}}),
            )
            .await;
        let disable = actions
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["title"] == "Disable casual-tone in this file")
            .expect("a disable action")
            .clone();
        assert_eq!(disable["kind"], "quickfix");
        let edits = disable["edit"]["changes"][&uri].as_array().unwrap().clone();
        let after = apply_checked(TEXT, &edits, Enc::Utf16);
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": uri, "version": 2},
                       "contentChanges": [{"text": after}]}),
            )
            .await;
        let items = client.pull(&uri).await;
        assert!(find(&items, "casual-tone").is_none(), "{format:?}: {items}");
        assert_eq!(
            codes_and_ranges(&items),
            expected_diagnostics(&after, format, Enc::Utf16)
        );
        assert!(find(&items, "unfilled-placeholder").is_some());
        client.shut_down().await;
    }
}

/// Whatever fixes the engine offers come through as quick fixes that
/// touch only their own ranges; fix-all edits never overlap.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn quick_fixes_and_fix_all_follow_the_findings() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, TEXT).await;
    let items = client.pull(URI).await;
    let report = tactful::engine::check(
        TEXT,
        tactful::document::Format::Markdown,
        &Default::default(),
    );
    let report = serde_json::to_value(&report).unwrap();
    for d in items.as_array().unwrap() {
        // the finding the diagnostic names, as the engine reports it
        let finding = &report["findings"][d["data"]["finding"].as_u64().unwrap() as usize];
        assert_eq!(finding["rule"], d["code"], "{d}");
        let fixes = finding["fixes"].as_array().unwrap().clone();
        let actions = code_actions(&mut client, json!([d]), Some(json!(["quickfix"]))).await;
        let fix_actions: Vec<&Value> = actions
            .iter()
            .filter(|a| !a["title"].as_str().unwrap().starts_with("Disable "))
            .collect();
        assert_eq!(fix_actions.len(), fixes.len(), "{d}");
        for (action, fix) in fix_actions.iter().zip(&fixes) {
            assert_eq!(action["title"], fix["title"]);
            assert_eq!(
                action["isPreferred"].as_bool().unwrap_or(false),
                fix["preferred"]
            );
            apply_checked(TEXT, &edits_of(action), Enc::Utf16);
        }
    }
    let all = code_actions(&mut client, items.clone(), Some(json!(["source.fixAll"]))).await;
    assert!(all.iter().all(|a| a["kind"] == "source.fixAll.tactful"));
    if let Some(fix_all) = all.first() {
        // apply_edits asserts that no two edits overlap
        common::apply_edits(TEXT, &edits_of(fix_all), Enc::Utf16);
    }
    // stale diagnostics (another version) yield no quick fix
    let mut stale = items[0].clone();
    stale["data"]["version"] = json!(0);
    let actions = code_actions(&mut client, json!([stale]), Some(json!(["quickfix"]))).await;
    assert!(
        actions
            .iter()
            .all(|a| a["title"].as_str().unwrap().starts_with("Disable "))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_before_initialize_are_refused() {
    let mut client = TestClient::start();
    let response = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}),
        )
        .await;
    assert_eq!(response["error"]["code"], -32002, "{response}");
    client.initialize(json!({}), Value::Null).await;
    assert_eq!(client.shut_down().await, ExitCode::SUCCESS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_after_shutdown_are_refused_and_exit_ends_the_server() {
    let mut client = started(Enc::Utf16).await;
    client.call("shutdown", Value::Null).await;
    let response = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}),
        )
        .await;
    assert_eq!(response["error"]["code"], -32600, "{response}");
    client.notify("exit", Value::Null).await;
    let server = client.server.take().unwrap();
    let code = tokio::time::timeout(common::TIMEOUT, server)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(code, ExitCode::SUCCESS);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_without_shutdown_is_a_failure() {
    let mut client = started(Enc::Utf16).await;
    client.notify("exit", Value::Null).await;
    let server = client.server.take().unwrap();
    let code = tokio::time::timeout(common::TIMEOUT, server)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(code, ExitCode::FAILURE);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_methods_are_method_not_found() {
    let mut client = started(Enc::Utf16).await;
    let response = client.request("tactful/noSuchThing", json!({})).await;
    assert_eq!(response["error"]["code"], -32601, "{response}");
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_languages_are_ignored() {
    let mut client = started(Enc::Utf16).await;
    let uri = "file:///tmp/tactful-test/main.rs";
    client
        .open(uri, "rust", 1, "fn main() { [Company Name] }")
        .await;
    assert_eq!(client.pull(uri).await, json!([]));
    assert_eq!(client.server_text(uri).await, Value::Null);
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_explains_the_rule_under_the_cursor() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, TEXT).await;
    let hover = client
        .call(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 11}}),
        )
        .await;
    let value = hover["contents"]["value"].as_str().unwrap();
    assert!(value.contains("unfilled-placeholder"), "{value}");
    let doc_start = tactful::rules::doc("unfilled-placeholder")
        .lines()
        .next()
        .unwrap();
    assert!(value.contains(doc_start), "{value}");
    assert_eq!(hover["range"]["start"], json!({"line": 0, "character": 9}));
    // nothing to say on a clean spot
    let none = client
        .call(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": {"line": 5, "character": 1}}),
        )
        .await;
    assert_eq!(none, Value::Null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outline_and_summary_lens() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, TEXT).await;
    let report = tactful::engine::check(TEXT, Format::Markdown, &Default::default());
    let symbols = client
        .call(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": URI}}),
        )
        .await;
    let got: Vec<(String, Value)> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["name"].as_str().unwrap().to_string(), s["range"].clone()))
        .collect();
    let want: Vec<(String, Value)> = report
        .parts
        .iter()
        .map(|p| {
            (
                p.kind.as_str().to_string(),
                common::range(TEXT, p.range.clone(), Enc::Utf16),
            )
        })
        .collect();
    assert_eq!(got, want);
    let lenses = client
        .call(
            "textDocument/codeLens",
            json!({"textDocument": {"uri": URI}}),
        )
        .await;
    assert_eq!(
        lenses[0]["command"]["title"],
        format!(
            "{} words / 200 · {} · {}",
            report.words,
            report.medium.as_str(),
            report.scenario.as_str()
        )
    );
    assert_eq!(lenses[0]["range"]["start"]["line"], 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completion_offers_templates_then_phrases() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, "").await;
    let items = complete(&mut client, (0, 0), None).await;
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    // 11 scenarios, 2 more ways for relocation, 3 other media
    assert_eq!(labels.len(), 16, "{labels:?}");
    assert!(labels.contains(&"Decline template: relocation (email)"));
    assert!(labels.contains(&"Decline template: relocation/moving (email)"));
    assert!(labels.contains(&"Decline template: relocation/staying (email)"));
    assert!(labels.contains(&"Decline template: general (phone)"));
    for item in &items {
        // "relocation email" for "Decline template: relocation (email)"
        let filter = item["filterText"].as_str().unwrap();
        let (scenario, medium) = filter.split_once(' ').unwrap();
        let label = item["label"].as_str().unwrap();
        assert!(label.contains(scenario) && label.contains(medium), "{item}");
        let at_start = json!({"line": 0, "character": 0});
        assert_eq!(
            item["textEdit"]["range"],
            json!({"start": at_start, "end": at_start})
        );
    }
    // a word typed on the empty buffer is left alone
    set_text(&mut client, 2, "Dea").await;
    assert!(complete(&mut client, (0, 3), Some(1)).await.is_empty());
    let text = "Hi Dana,\n\nI must decline the interview.\n\n";
    set_text(&mut client, 3, text).await;
    let items = complete(&mut client, (4, 0), None).await;
    let details: Vec<&str> = items
        .iter()
        .map(|i| i["detail"].as_str().unwrap())
        .collect();
    assert!(details.contains(&"tactful: gratitude"), "{details:?}");
    assert!(!details.contains(&"tactful: greeting"), "{details:?}");
}

/// A completion request at `(line, character)`; `kind` is the context's
/// triggerKind (1 Invoked, 2 TriggerCharacter), `None` for no context.
async fn complete(client: &mut TestClient, at: (usize, usize), kind: Option<u8>) -> Vec<Value> {
    let mut params = json!({"textDocument": {"uri": URI},
                            "position": {"line": at.0, "character": at.1}});
    if let Some(kind) = kind {
        params["context"] = json!({"triggerKind": kind});
        if kind == 2 {
            params["context"]["triggerCharacter"] = json!(" ");
        }
    }
    let reply = client.call("textDocument/completion", params).await;
    completion_items(&reply)
}

/// Replaces the whole text of the draft at `URI` (version `version`).
async fn set_text(client: &mut TestClient, version: usize, text: &str) {
    client
        .notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": version},
                   "contentChanges": [{"text": text}]}),
        )
        .await;
}

/// The items of a completion reply (a list or a bare array); a list with
/// items must say it is incomplete, so the client asks again as the user
/// types.
fn completion_items(reply: &Value) -> Vec<Value> {
    let items = reply.get("items").unwrap_or(reply);
    let items = items.as_array().cloned().unwrap_or_default();
    if !items.is_empty() {
        assert_eq!(reply["isIncomplete"], true, "{reply}");
    }
    items
}

/// Types `typed` at the end of `start` one character at a time, asking for
/// completion after each one as editors that complete while you type do:
/// `Invoked` after a word character (Helix, VS Code, nvim-cmp), a trigger
/// character otherwise (Neovim's "every key" recipe). Returns, per
/// character typed, the labels offered.
async fn type_and_complete(
    client: &mut TestClient,
    start: &str,
    typed: &str,
) -> Vec<(char, Vec<Value>)> {
    client.open(URI, "markdown", 1, start).await;
    let line = start.lines().count();
    let mut offered = Vec::new();
    for (i, c) in typed.chars().enumerate() {
        let version = i + 2;
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": URI, "version": version},
                       "contentChanges": [{"range": {
                           "start": {"line": line, "character": i},
                           "end": {"line": line, "character": i}}, "text": c.to_string()}]}),
            )
            .await;
        let kind = if c.is_alphanumeric() { 1 } else { 2 };
        offered.push((c, complete(client, (line, i + 1), Some(kind)).await));
    }
    offered
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn completion_while_typing_offers_nothing_inside_a_word() {
    let mut client = started(Enc::Utf16).await;
    // no gratitude, no door-open, no sign-off yet
    let start = "Dear Dana,\n\nI must decline the interview.\n";
    let typed = "Ms Smith, the timing is wrong. I wish you well";
    let offered = type_and_complete(&mut client, start, typed).await;
    for (c, items) in &offered {
        if *c != ' ' {
            assert!(items.is_empty(), "offered after {c:?}: {items:?}");
        }
    }
    // the one space where a sentence starts offers the missing parts only
    let spaces: Vec<&Vec<Value>> = offered
        .iter()
        .filter(|(c, _)| *c == ' ')
        .map(|(_, items)| items)
        .collect();
    for (i, items) in spaces.iter().enumerate() {
        let after_full_stop = i == 5; // "... wrong. |"
        assert_eq!(!items.is_empty(), after_full_stop, "space {i}: {items:?}");
    }
    let parts: Vec<&str> = spaces[5]
        .iter()
        .map(|item| item["detail"].as_str().unwrap())
        .collect();
    assert!(parts.contains(&"tactful: gratitude"), "{parts:?}");
    // the message has its greeting and decision: none offered again
    assert!(
        !parts.contains(&"tactful: greeting") && !parts.contains(&"tactful: decision"),
        "{parts:?}"
    );
    let text = client.server_text(URI).await;
    assert_eq!(text["text"], format!("{start}{typed}"));
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phrases_carry_their_first_word_as_filter_and_insert_at_the_cursor() {
    let mut client = started(Enc::Utf16).await;
    let text = "Dear Dana,\n\nI must decline the interview.\n\n";
    client.open(URI, "markdown", 1, text).await;
    let items = complete(&mut client, (4, 0), Some(1)).await;
    assert!(!items.is_empty());
    let cursor = json!({"line": 4, "character": 0});
    // words a writer types in such a message, and the names in it
    let words = "Ms Smith Dana thank you for the call I wish well sorry but cannot \
                 make it this time regards Jordan Lee Acme role position offer";
    for item in &items {
        let label = item["label"].as_str().unwrap();
        let filter = item["filterText"].as_str().expect("a filterText");
        assert!(label.starts_with(filter), "{filter:?} / {label:?}");
        let edit = &item["textEdit"];
        assert_eq!(
            edit["range"],
            json!({"start": cursor, "end": cursor}),
            "{item}"
        );
        for word in words.split_whitespace() {
            // a client matching by prefix (Neovim, Eglot) keeps a phrase
            // only for its own first word
            let word = word.to_lowercase();
            let kept = filter.to_lowercase().starts_with(&word);
            let own = label.to_lowercase().starts_with(&word);
            assert!(!kept || own, "{word:?} would select {label:?}");
        }
    }
    // a fuzzy matcher (Helix) may keep "Please ..." for "Lee"; the list is
    // incomplete, and asked again once a word is typed, the server offers
    // nothing
    for (version, word) in ["Lee", "I", "Thank"].iter().enumerate() {
        set_text(&mut client, version + 2, &format!("{text}{word}")).await;
        assert!(
            complete(&mut client, (4, word.len()), Some(3))
                .await
                .is_empty()
        );
    }
    // asked for in the middle of a sentence, after a space: phrases; at
    // the end of a word or inside one: nothing
    let text = "Dear Dana,\n\nI must decline the interview \n";
    set_text(&mut client, 9, text).await;
    assert!(!complete(&mut client, (2, 29), Some(1)).await.is_empty());
    assert!(!complete(&mut client, (2, 29), None).await.is_empty());
    assert!(complete(&mut client, (2, 29), Some(2)).await.is_empty());
    assert!(complete(&mut client, (2, 28), Some(1)).await.is_empty());
    assert!(complete(&mut client, (2, 4), Some(1)).await.is_empty());
    assert!(complete(&mut client, (2, 0), Some(1)).await.is_empty());
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn templates_as_code_actions_on_an_empty_buffer() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, "\n").await;
    let actions = client
        .call(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": URI},
                   "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                   "context": {"diagnostics": []}}),
        )
        .await;
    let template = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Decline template: another-offer (email)")
        .expect("a template action")
        .clone();
    let after = common::apply_edits("\n", &edits_of(&template), Enc::Utf16);
    assert!(after.contains("I have accepted another offer"), "{after}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn initialization_options_configure_and_bad_values_warn() {
    let mut client = TestClient::start();
    client
        .initialize(
            json!({}),
            json!({"rules": {"casual-tone": "off"}, "length": {"email": "lots"}}),
        )
        .await;
    let warning = client.notification("window/showMessage").await;
    assert_eq!(warning["type"], 2);
    assert!(
        warning["message"]
            .as_str()
            .unwrap()
            .contains("length.email")
    );
    client.open(URI, "markdown", 1, TEXT).await;
    let items = client.published(URI, 1).await;
    assert!(find(&items, "casual-tone").is_none(), "{items}");
    assert!(find(&items, "unfilled-placeholder").is_some());
    client.shut_down().await;
}

/// The `window/logMessage` lines received so far of `typ` (1 error ...
/// 4 log).
fn log_lines(client: &TestClient, typ: u64) -> Vec<String> {
    client
        .notifications
        .iter()
        .filter(|n| n["method"] == "window/logMessage" && n["params"]["type"] == typ)
        .map(|n| n["params"]["message"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clients_log_gets_what_its_trace_asks_for() {
    // no trace (off): nothing below a warning
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, TEXT).await;
    client.published(URI, 1).await;
    client
        .notify("$/setTrace", json!({"value": "verbose"}))
        .await;
    set_text(&mut client, 2, "Hi Dana,\n").await;
    // verbose: timings as `log` lines
    let timing = client
        .notification_where("window/logMessage", |p| p["type"] == 4)
        .await;
    let timing = timing["message"].as_str().unwrap();
    assert!(timing.contains("version 2: analysed in"), "{timing}");
    assert_eq!(log_lines(&client, 3), Vec::<String>::new());
    assert_eq!(log_lines(&client, 4), Vec::<String>::new(), "none before");
    client.shut_down().await;

    // trace "messages" from initialize: information, no timings
    let mut client = TestClient::start();
    client
        .call(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}, "trace": "messages"}),
        )
        .await;
    client.notify("initialized", json!({})).await;
    let ready = client
        .notification_where("window/logMessage", |p| p["type"] == 3)
        .await;
    let ready = ready["message"].as_str().unwrap();
    assert!(
        ready.starts_with("tactful ") && ready.contains("ready"),
        "{ready}"
    );
    client.open(URI, "markdown", 1, TEXT).await;
    client.published(URI, 1).await;
    client.pull(URI).await;
    assert_eq!(log_lines(&client, 4), Vec::<String>::new());
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_configuration_and_its_changes() {
    let mut client = TestClient::start();
    client.settings = json!({"rules": {"unfilled-placeholder": "off"}});
    client
        .initialize(json!({"workspace": {"configuration": true}}), Value::Null)
        .await;
    client.open(URI, "markdown", 1, TEXT).await;
    let no_placeholder =
        |p: &Value| p["uri"] == URI && find(&p["diagnostics"], "unfilled-placeholder").is_none();
    client
        .notification_where("textDocument/publishDiagnostics", no_placeholder)
        .await;
    assert!(
        client
            .server_requests
            .iter()
            .any(|r| r["method"] == "workspace/configuration"
                && r["params"]["items"][0]["section"] == "tactful")
    );
    // the settings change: the server asks again and re-checks
    client.settings = json!({"rules": {"unfilled-placeholder": "hint"}});
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": null}),
        )
        .await;
    // (an earlier publish under the default config may still be queued)
    client
        .notification_where("textDocument/publishDiagnostics", |p| {
            find(&p["diagnostics"], "unfilled-placeholder").is_some_and(|d| d["severity"] == 4)
        })
        .await;
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pushed_settings_without_workspace_configuration() {
    let mut client = started(Enc::Utf16).await;
    client.open(URI, "markdown", 1, TEXT).await;
    client.published(URI, 1).await;
    client
        .notify(
            "workspace/didChangeConfiguration",
            json!({"settings": {"tactful": {"rules": {"unfilled-placeholder": "off"}}}}),
        )
        .await;
    client
        .notification_where("textDocument/publishDiagnostics", |p| {
            find(&p["diagnostics"], "unfilled-placeholder").is_none()
        })
        .await;
    client.shut_down().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tactful_toml_in_the_workspace_root_reloads_live() {
    let dir = std::env::temp_dir().join(format!("tactful-lsp-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("tactful.toml");
    std::fs::write(&file, "[rules]\ncasual-tone = \"off\"\n").unwrap();
    let root = format!("file://{}", dir.display());
    let mut client = TestClient::start();
    client
        .call(
            "initialize",
            json!({"processId": null, "rootUri": root,
                   "capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}}),
        )
        .await;
    client.notify("initialized", json!({})).await;
    let uri = format!("{root}/draft.md");
    client.open(&uri, "markdown", 1, TEXT).await;
    let items = client.published(&uri, 1).await;
    assert!(find(&items, "casual-tone").is_none(), "{items}");

    std::fs::write(&file, "[rules]\ncasual-tone = \"error\"\n").unwrap();
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": format!("{root}/tactful.toml"), "type": 2}]}),
        )
        .await;
    let params = client
        .notification_where("textDocument/publishDiagnostics", |p| {
            find(&p["diagnostics"], "casual-tone").is_some()
        })
        .await;
    assert_eq!(
        find(&params["diagnostics"], "casual-tone").unwrap()["severity"],
        1
    );
    let registration = client.server_request("client/registerCapability").await;
    assert_eq!(
        registration["params"]["registrations"][0]["method"],
        "workspace/didChangeWatchedFiles"
    );

    std::fs::write(&file, "[rules]\ncasual-tone = \"loud\"\n").unwrap();
    client
        .notify(
            "workspace/didChangeWatchedFiles",
            json!({"changes": [{"uri": format!("{root}/tactful.toml"), "type": 2}]}),
        )
        .await;
    let warning = client.notification("window/showMessage").await;
    assert!(
        warning["message"]
            .as_str()
            .unwrap()
            .contains("rules.casual-tone")
    );
    client.shut_down().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_tactful_toml_is_shown_and_the_defaults_serve() {
    let dir = std::env::temp_dir().join(format!("tactful-lsp-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("tactful.toml"),
        "mediun = \"text\"\n[rules]\ncasual-tone = \"of\"\n",
    )
    .unwrap();
    let root = format!("file://{}", dir.display());
    let mut client = TestClient::start();
    client
        .call(
            "initialize",
            json!({"processId": null, "rootUri": root, "capabilities": {}}),
        )
        .await;
    client.notify("initialized", json!({})).await;
    let shown = client.notification("window/showMessage").await;
    assert!(shown["type"] == 1 || shown["type"] == 2, "{shown}");
    let message = shown["message"].as_str().unwrap();
    for part in [
        "tactful.toml: `mediun`: unknown key (did you mean `medium`?)",
        "tactful.toml: `rules.casual-tone`",
        "(did you mean `off`?)",
    ] {
        assert!(message.contains(part), "{part}: {message}");
    }
    // the server goes on, with the defaults where the file was wrong
    let uri = format!("{root}/draft.md");
    client.open(&uri, "markdown", 1, TEXT).await;
    let items = client.published(&uri, 1).await;
    assert!(find(&items, "casual-tone").is_some(), "{items}");
    client.shut_down().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_documents_are_analysed_and_the_server_keeps_answering() {
    let mut client = started(Enc::Utf16).await;
    let paragraph = "Thank you for the invitation to interview for the role at [Company Name]. ";
    let text = paragraph.repeat(100 * 1024 / paragraph.len());
    assert!(text.len() > 64 * 1024);
    client.open(URI, "markdown", 1, &text).await;
    // a request on another document is answered meanwhile
    let other = "file:///tmp/tactful-test/other.md";
    client.open(other, "markdown", 1, "Hi").await;
    client.pull(other).await;
    let items = client.published(URI, 1).await;
    assert!(find(&items, "unfilled-placeholder").is_some());
    client.shut_down().await;
}
