//! `cargo run --release --example read < sentences.jsonl`: for each line
//! (a JSON object with "text"), one line of JSON with what the reading
//! layer found: the stand on the decision, frame kinds, hedge classes and
//! their cue words.

use std::io::{BufRead, Write};

use tactful::reading::{Reading, Stand};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let r = Reading::of(text);
        let stand = match r.stand() {
            Stand::Clear => "clear",
            Stand::Hedged => "hedged",
            Stand::Deferred => "deferred",
            Stand::None => "none",
        };
        let frames: Vec<String> = r.frames.iter().map(|f| format!("{:?}", f.kind)).collect();
        let hedges: Vec<String> = r
            .hedges
            .iter()
            .map(|h| format!("{:?}:{}", h.class, r.words(text, h.cue.clone())))
            .collect();
        let json = serde_json::json!({"stand": stand, "frames": frames, "hedges": hedges});
        let _ = writeln!(out, "{json}");
    }
}
