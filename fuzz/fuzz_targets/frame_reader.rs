//! The LSP frame reader on arbitrary input, split into arbitrary chunks.
//! Checks that the frames do not depend on the chunking, that every
//! forwarded body is JSON, and that the buffer stays bounded.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tactful::lsp::frame::{Frame, FrameReader, MAX_HEADER};

/// A small limit, so the fuzzer reaches the oversized-body path.
const LIMIT: usize = 512;

fuzz_target!(|data: &[u8]| {
    let Some((&seed, input)) = data.split_first() else {
        return;
    };
    let mut whole = FrameReader::new(LIMIT);
    whole.push(input);
    let expected: Vec<Frame> = std::iter::from_fn(|| whole.next_frame()).collect();

    let mut chunked = FrameReader::new(LIMIT);
    let mut got = Vec::new();
    let mut rest = input;
    let mut step = usize::from(seed % 17) + 1;
    while !rest.is_empty() {
        let n = step.min(rest.len());
        chunked.push(&rest[..n]);
        rest = &rest[n..];
        got.extend(std::iter::from_fn(|| chunked.next_frame()));
        assert!(
            chunked.buffered() <= MAX_HEADER + LIMIT + n,
            "{} bytes buffered",
            chunked.buffered()
        );
        step = step * 7 % 23 + 1;
    }
    assert_eq!(got, expected);
    for frame in &expected {
        match frame {
            Frame::Message(body) => {
                assert!(body.len() <= LIMIT);
                serde_json::from_slice::<serde_json::Value>(body)
                    .expect("forwarded bodies are JSON");
            }
            Frame::Rejected(r) => {
                let reply = r.response();
                assert_eq!(reply["jsonrpc"], "2.0");
                assert!(reply["error"]["code"].is_i64());
            }
        }
    }
});
