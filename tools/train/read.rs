//! `cargo run --release --example read < sentences.jsonl`: for each line
//! (a JSON object with "text"), one line of JSON with what the reading
//! layer found: the stand on the decision, frame kinds, hedge classes and
//! their cue words.
//!
//! `--features`: instead, the sentence's hashed scorer features exactly as
//! `tactful::reading::scorer` computes them at run time, as
//! `{"f": [[bucket, value], ...]}` (a bucket may repeat; its values add).
//! With `--names` as well, each entry is `[bucket, value, key]`.
//! `tools/train/train.py` trains the scorers on this output.
//!
//! `--scores`: instead, each scorer's probability, the models that fire at
//! their calibrated thresholds, and the words that drove those.

use std::io::{BufRead, Write};

use tactful::reading::scorer::{self, Features, Model, named_features};
use tactful::reading::{Reading, Stand};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let features = args.iter().any(|a| a == "--features");
    let names = args.iter().any(|a| a == "--names");
    let scores = args.iter().any(|a| a == "--scores");
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    for line in stdin.lock().lines() {
        let Ok(line) = line else { break };
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let text = v["text"].as_str().unwrap_or("");
        let r = Reading::of(text);
        let json = if scores {
            let f = Features::of(&r, text);
            let probability: serde_json::Map<String, serde_json::Value> = Model::ALL
                .iter()
                .map(|&m| (m.label().to_string(), serde_json::json!(f.score(m))))
                .collect();
            let fires: serde_json::Map<String, serde_json::Value> = Model::ALL
                .iter()
                .filter(|&&m| f.fires(m))
                .map(|&m| {
                    let why: Vec<String> = scorer::reasons(m, &r, text)
                        .into_iter()
                        .map(|(w, _)| w)
                        .collect();
                    (m.label().to_string(), serde_json::json!(why))
                })
                .collect();
            serde_json::json!({ "score": probability, "fires": fires })
        } else if features && names {
            let f: Vec<serde_json::Value> = named_features(&r, text)
                .into_iter()
                .map(|(k, b, v)| serde_json::json!([b, v, k]))
                .collect();
            serde_json::json!({ "f": f })
        } else if features {
            let f: Vec<(u32, f32)> = Features::of(&r, text).entries;
            serde_json::json!({ "f": f })
        } else {
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
            serde_json::json!({"stand": stand, "frames": frames, "hedges": hedges})
        };
        let _ = writeln!(out, "{json}");
    }
}
