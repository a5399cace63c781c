//! The server's stdout read the way a strict client reads it: frames with
//! only `Content-Length` and `Content-Type` headers and a JSON body, on a
//! thread of their own. Shared by the stdio tests.

use std::io::{BufRead, BufReader};
use std::process::ChildStdout;
use std::sync::mpsc;

use serde_json::Value;

/// Reads one frame strictly: only `Content-Length` and `Content-Type`
/// headers, a JSON body.
pub fn read_frame(r: &mut impl BufRead) -> Result<Option<Value>, String> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Ok(None);
        }
        let line = line
            .strip_suffix("\r\n")
            .ok_or_else(|| format!("header line without CRLF: {line:?}"))?;
        if line.is_empty() {
            break;
        }
        match line.strip_prefix("Content-Length: ") {
            Some(v) => length = Some(v.parse::<usize>().map_err(|e| e.to_string())?),
            None if line.starts_with("Content-Type: ") => {}
            None => return Err(format!("not a header: {line:?}")),
        }
    }
    let mut body = vec![0; length.ok_or("no Content-Length")?];
    r.read_exact(&mut body).map_err(|e| e.to_string())?;
    serde_json::from_slice(&body)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// Reads `stdout` on a new thread: messages on the first channel; anything
/// that is not a well-formed frame ends the reading and goes to the second.
pub fn spawn_reader(stdout: ChildStdout) -> (mpsc::Receiver<Value>, mpsc::Receiver<String>) {
    let (tx, messages) = mpsc::channel();
    let (bad, garbage) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::with_capacity(1 << 16, stdout);
        loop {
            match read_frame(&mut reader) {
                Ok(Some(msg)) => {
                    if tx.send(msg).is_err() {
                        return;
                    }
                }
                Ok(None) => return,
                Err(e) => {
                    let _ = bad.send(e);
                    return;
                }
            }
        }
    });
    (messages, garbage)
}
