//! Reading LSP frames (`Content-Length` headers, then a JSON body) from an
//! untrusted byte stream, before the transport sees them.
//!
//! tower-lsp-server's own decoder ends its input stream on the first frame
//! it cannot decode, and the server goes deaf. So the bytes from the client
//! pass through a [`FrameReader`] first: well-formed JSON-RPC messages are
//! forwarded, everything else becomes a [`Rejected`] frame that is answered
//! with a JSON-RPC error, and reading goes on.
//!
//! The reader is synchronous and incremental (bytes in, frames out), so its
//! output does not depend on how the input was split into chunks: the fuzz
//! target `frame_reader` checks exactly that.
//!
//! - A header block that is not `Name: value` lines, lacks a valid
//!   `Content-Length`, or runs past [`MAX_HEADER`] bytes is rejected, and
//!   reading resumes at the next `Content-Length` after the faulty line.
//! - A body that is not UTF-8 JSON is a parse error (-32700); JSON that is
//!   not a JSON-RPC 2.0 message is an invalid request (-32600).
//! - A request for a `$/` method is answered with MethodNotFound here, as
//!   LSP asks: the transport would drop it without a reply.
//! - A body longer than the reader's limit is rejected and skipped without
//!   being buffered.
//! - Blank lines between frames are ignored.

use serde::Deserialize;
use serde_json::{Value, json};
use tower_lsp_server::jsonrpc;

/// The longest header block accepted, in bytes.
pub const MAX_HEADER: usize = 8 * 1024;

/// The largest body accepted by default: far beyond any real message, small
/// enough that a hostile length cannot exhaust memory.
pub const MAX_BODY: usize = 256 * 1024 * 1024;

const CONTENT_LENGTH: &[u8] = b"Content-Length";

/// JSON-RPC error codes used for rejected frames.
pub const PARSE_ERROR: i64 = -32700;
pub const INVALID_REQUEST: i64 = -32600;
pub const METHOD_NOT_FOUND: i64 = -32601;

/// One frame read from the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// The body of a well-formed JSON-RPC message, to forward as is.
    Message(Vec<u8>),
    /// A frame that was dropped, and why.
    Rejected(Rejected),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// The JSON-RPC error code to answer with.
    pub code: i64,
    pub message: String,
    /// The request id, when the body was JSON with a usable `id`.
    pub id: Option<Value>,
}

impl Rejected {
    fn parse(message: String) -> Rejected {
        Rejected {
            code: PARSE_ERROR,
            message,
            id: None,
        }
    }

    /// The JSON-RPC error response for this frame.
    pub fn response(&self) -> Value {
        json!({
            "jsonrpc": "2.0",
            "id": self.id.clone().unwrap_or(Value::Null),
            "error": {"code": self.code, "message": self.message},
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Expecting a header block.
    Header,
    /// Expecting a body of this many bytes.
    Body(usize),
    /// Dropping this many more bytes of an oversized body.
    Discard(usize),
    /// Looking for the next `Content-Length` after a malformed header.
    Seek,
}

/// An incremental frame reader: [`push`](FrameReader::push) bytes, then
/// take frames with [`next_frame`](FrameReader::next_frame) until it says
/// more input is needed.
#[derive(Debug)]
pub struct FrameReader {
    buf: Vec<u8>,
    /// Where unread bytes start in `buf` (compacted lazily).
    at: usize,
    mode: Mode,
    max_body: usize,
}

impl Default for FrameReader {
    fn default() -> Self {
        FrameReader::new(MAX_BODY)
    }
}

impl FrameReader {
    pub fn new(max_body: usize) -> FrameReader {
        FrameReader {
            buf: Vec::new(),
            at: 0,
            mode: Mode::Header,
            max_body,
        }
    }

    /// Adds bytes read from the stream.
    pub fn push(&mut self, bytes: &[u8]) {
        let bytes = match self.mode {
            Mode::Discard(left) => {
                let n = left.min(bytes.len());
                self.mode = if n == left {
                    Mode::Header
                } else {
                    Mode::Discard(left - n)
                };
                &bytes[n..]
            }
            _ => bytes,
        };
        if self.at > 0 && self.at == self.buf.len() {
            self.buf.clear();
            self.at = 0;
        } else if self.at > 64 * 1024 && self.at * 2 > self.buf.len() {
            self.buf.drain(..self.at);
            self.at = 0;
        }
        self.buf.extend_from_slice(bytes);
    }

    /// Bytes held and not yet consumed (for tests: memory stays bounded).
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.at
    }

    /// Whether a frame was cut off by the end of input.
    pub fn is_mid_frame(&self) -> bool {
        match self.mode {
            Mode::Header => self.buf[self.at..].iter().any(|b| !b.is_ascii_whitespace()),
            Mode::Body(_) | Mode::Discard(_) => true,
            Mode::Seek => false,
        }
    }

    /// The next complete frame; `None` when more input is needed.
    pub fn next_frame(&mut self) -> Option<Frame> {
        loop {
            match self.mode {
                Mode::Discard(_) => {
                    // `push` drops discarded bytes before buffering, so
                    // nothing buffered belongs to the oversized body.
                    return None;
                }
                Mode::Seek => {
                    let rest = &self.buf[self.at..];
                    match find(rest, CONTENT_LENGTH) {
                        Some(i) => {
                            self.at += i;
                            self.mode = Mode::Header;
                        }
                        None => {
                            // keep a tail that may be the start of the name
                            let keep = rest.len().min(CONTENT_LENGTH.len() - 1);
                            self.at = self.buf.len() - keep;
                            return None;
                        }
                    }
                }
                Mode::Body(len) => {
                    if self.buf.len() - self.at < len {
                        return None;
                    }
                    let body = &self.buf[self.at..self.at + len];
                    let frame = check_body(body);
                    self.at += len;
                    self.mode = Mode::Header;
                    return Some(frame);
                }
                Mode::Header => {
                    let skip = self.buf[self.at..]
                        .iter()
                        .take_while(|b| b.is_ascii_whitespace())
                        .count();
                    self.at += skip;
                    let rest = &self.buf[self.at..];
                    if rest.is_empty() {
                        return None;
                    }
                    match header_block(rest) {
                        HeaderBlock::Partial => return None,
                        HeaderBlock::Malformed { why, skip } => {
                            // resume at the next `Content-Length` after the
                            // faulty line (its body's length is unknown)
                            self.at += skip;
                            self.mode = Mode::Seek;
                            return Some(Frame::Rejected(Rejected::parse(format!(
                                "malformed message header: {why}"
                            ))));
                        }
                        HeaderBlock::Complete {
                            len,
                            content_length,
                        } => {
                            self.at += len;
                            if content_length > self.max_body {
                                self.discard(content_length);
                                return Some(Frame::Rejected(Rejected {
                                    code: INVALID_REQUEST,
                                    message: format!(
                                        "message of {content_length} bytes is larger than the \
                                         limit of {} bytes; dropped",
                                        self.max_body
                                    ),
                                    id: None,
                                }));
                            }
                            self.mode = Mode::Body(content_length);
                        }
                    }
                }
            }
        }
    }

    /// Drops the next `len` bytes, buffered or still to come.
    fn discard(&mut self, len: usize) {
        let held = self.buf.len() - self.at;
        if len <= held {
            self.at += len;
            self.mode = Mode::Header;
        } else {
            self.at = self.buf.len();
            self.mode = Mode::Discard(len - held);
        }
    }
}

enum HeaderBlock {
    Partial,
    /// `skip`: bytes to drop before looking for the next frame.
    Malformed {
        why: String,
        skip: usize,
    },
    Complete {
        len: usize,
        content_length: usize,
    },
}

/// Reads the header block at the start of `rest`: lines ending in `\r\n`
/// (or `\n`), then an empty line.
fn header_block(rest: &[u8]) -> HeaderBlock {
    let window = &rest[..rest.len().min(MAX_HEADER)];
    let mut content_length: Option<usize> = None;
    let mut line_start = 0;
    loop {
        let Some(nl) = window[line_start..].iter().position(|&b| b == b'\n') else {
            return if rest.len() >= MAX_HEADER {
                HeaderBlock::Malformed {
                    why: format!("no end of headers within {MAX_HEADER} bytes"),
                    skip: 1,
                }
            } else {
                HeaderBlock::Partial
            };
        };
        let line_end = line_start + nl;
        let line = &window[line_start..line_end];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        line_start = line_end + 1;
        if line.is_empty() {
            return match content_length {
                Some(n) => HeaderBlock::Complete {
                    len: line_start,
                    content_length: n,
                },
                None => HeaderBlock::Malformed {
                    why: "no Content-Length".into(),
                    skip: line_start,
                },
            };
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            return HeaderBlock::Malformed {
                why: format!("not a header line: {}", shown(line)),
                skip: line_start,
            };
        };
        let (name, value) = (&line[..colon], &line[colon + 1..]);
        if name.is_empty() || !name.iter().all(|&b| is_token(b)) {
            return HeaderBlock::Malformed {
                why: format!("bad header name: {}", shown(name)),
                skip: line_start,
            };
        }
        if name.eq_ignore_ascii_case(CONTENT_LENGTH) {
            let value = value.trim_ascii();
            let parsed = std::str::from_utf8(value)
                .ok()
                .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|v| v.parse::<usize>().ok());
            match (parsed, content_length) {
                (None, _) => {
                    return HeaderBlock::Malformed {
                        why: format!("Content-Length is not a length: {}", shown(value)),
                        skip: line_start,
                    };
                }
                (Some(n), Some(m)) if n != m => {
                    return HeaderBlock::Malformed {
                        why: "two different Content-Length values".into(),
                        skip: line_start,
                    };
                }
                (Some(n), _) => content_length = Some(n),
            }
        }
        // Other headers (Content-Type, ...) are ignored: bodies are always
        // read as UTF-8, as LSP specifies.
    }
}

fn is_token(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// A short, printable rendering of untrusted header bytes.
fn shown(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(&bytes[..bytes.len().min(40)]);
    format!("{:?}{}", s, if bytes.len() > 40 { "…" } else { "" })
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// What tower-lsp-server accepts as a message (its own enum is private):
/// a response, or a request or notification.
#[derive(Deserialize)]
#[serde(untagged)]
#[allow(dead_code)] // only whether it deserializes matters
enum Message {
    Response(jsonrpc::Response),
    Request(jsonrpc::Request),
}

/// Checks one body: forwarded if it is a JSON-RPC message the transport
/// will accept and answer, rejected otherwise.
fn check_body(body: &[u8]) -> Frame {
    let Ok(text) = std::str::from_utf8(body) else {
        return Frame::Rejected(Rejected::parse("message body is not UTF-8".into()));
    };
    match serde_json::from_str::<Message>(text) {
        // tower-lsp-server answers a `$/` request with nothing at all;
        // LSP says MethodNotFound (none are implemented as requests)
        Ok(Message::Request(req)) if req.id().is_some() && req.method().starts_with("$/") => {
            return Frame::Rejected(Rejected {
                code: METHOD_NOT_FOUND,
                message: format!("method not found: {}", req.method()),
                id: serde_json::to_value(req.id()).ok(),
            });
        }
        Ok(_) => return Frame::Message(body.to_vec()),
        Err(_) => {}
    }
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return Frame::Rejected(Rejected::parse(format!("message body is not JSON: {e}")));
        }
    };
    // answer with the id of what looks like a request, never of a response
    let id = value
        .get("id")
        .filter(|_| value.get("method").is_some())
        .filter(|id| id.is_string() || id.is_i64() || id.is_u64())
        .cloned();
    Frame::Rejected(Rejected {
        code: INVALID_REQUEST,
        message: "not a JSON-RPC 2.0 request, notification or response".into(),
        id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<Frame> {
        let mut r = FrameReader::default();
        r.push(input);
        std::iter::from_fn(|| r.next_frame()).collect()
    }

    fn framed(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    const EXIT: &str = r#"{"jsonrpc":"2.0","method":"exit"}"#;

    #[test]
    fn well_formed_frames_pass_through() {
        let input = format!(
            "{}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n{}",
            framed(EXIT),
            framed(EXIT)
        );
        assert_eq!(
            frames(input.as_bytes()),
            vec![
                Frame::Message(EXIT.as_bytes().to_vec()),
                Frame::Message(EXIT.as_bytes().to_vec())
            ]
        );
    }

    #[test]
    fn bad_bodies_are_answered_and_reading_goes_on() {
        let input = [
            framed("{not json"),
            framed(r#"{"jsonrpc":"2.0","id":7,"method":5}"#),
            framed(EXIT),
        ]
        .concat();
        let got = frames(input.as_bytes());
        assert_eq!(got.len(), 3);
        let Frame::Rejected(r) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(r.code, PARSE_ERROR);
        let Frame::Rejected(r) = &got[1] else {
            panic!("{got:?}")
        };
        assert_eq!((r.code, r.id.clone()), (INVALID_REQUEST, Some(json!(7))));
        assert_eq!(r.response()["id"], 7);
        assert_eq!(got[2], Frame::Message(EXIT.as_bytes().to_vec()));
    }

    #[test]
    fn dollar_requests_are_method_not_found_and_dollar_notifications_pass() {
        let request = r#"{"jsonrpc":"2.0","id":"a","method":"$/weird"}"#;
        let notification = r#"{"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}"#;
        let got = frames([framed(request), framed(notification)].concat().as_bytes());
        let Frame::Rejected(r) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!((r.code, r.id.clone()), (METHOD_NOT_FOUND, Some(json!("a"))));
        assert_eq!(got[1], Frame::Message(notification.as_bytes().to_vec()));
    }

    #[test]
    fn malformed_headers_skip_to_the_next_content_length() {
        for bad in [
            "Content-Length: ten\r\n\r\n{}",
            "Content-Length: -1\r\n\r\n",
            "garbage\r\n\r\n",
            "X-Other: 1\r\n\r\n",
            "Content-Length: 99999999999999999999999\r\n\r\n",
        ] {
            let input = format!("{bad}{}", framed(EXIT));
            let got = frames(input.as_bytes());
            assert!(
                matches!(&got[0], Frame::Rejected(r) if r.code == PARSE_ERROR),
                "{bad}"
            );
            assert_eq!(
                got[1..],
                [Frame::Message(EXIT.as_bytes().to_vec())],
                "{bad}"
            );
        }
    }

    #[test]
    fn oversized_bodies_are_skipped_without_buffering() {
        let mut r = FrameReader::new(10);
        r.push(b"Content-Length: 1000\r\n\r\n");
        let Some(Frame::Rejected(rej)) = r.next_frame() else {
            panic!()
        };
        assert!(rej.message.contains("limit"), "{}", rej.message);
        for _ in 0..10 {
            r.push(&[b'x'; 100]);
            assert_eq!(r.next_frame(), None);
            assert_eq!(r.buffered(), 0);
        }
        let mut r2 = FrameReader::new(100);
        r2.push(framed(EXIT).as_bytes());
        assert_eq!(
            r2.next_frame(),
            Some(Frame::Message(EXIT.as_bytes().to_vec()))
        );
    }

    #[test]
    fn chunking_does_not_change_the_frames() {
        let input = [
            "\r\n",
            &framed(EXIT),
            "junk\r\n\r\n",
            &framed("[1,2]"),
            "Content-Length: 3\r\nContent-Length: 4\r\n\r\nabc",
            &framed(EXIT),
        ]
        .concat();
        let whole = frames(input.as_bytes());
        let mut r = FrameReader::default();
        let mut bytewise = Vec::new();
        for b in input.as_bytes() {
            r.push(std::slice::from_ref(b));
            bytewise.extend(std::iter::from_fn(|| r.next_frame()));
        }
        assert_eq!(whole, bytewise);
        assert_eq!(
            whole.last(),
            Some(&Frame::Message(EXIT.as_bytes().to_vec()))
        );
    }
}
