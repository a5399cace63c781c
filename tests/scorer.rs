//! The scorers are trained on what `tools/train/read.rs --features`
//! prints: it must be exactly what the crate computes at run time, or the
//! shipped weights meet features they were not trained on.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use tactful::reading::Reading;
use tactful::reading::scorer::Features;

/// Sentences written for this test, in the registers the data has.
const SENTENCES: &[&str] = &[
    "Thank you for the invitation; I've decided to withdraw my application.",
    "im prob gonna pass on this one tbh 😅",
    "I MIGHT be free next week, but honestly your process has been a SHAMBLES!!",
    "Kindly note that I shall not be continuing, as of now.",
    "",
    "   ",
    "Tuesday 14:30 works — could we move it?",
    "Ünïcödé “quotes” and ‘apostrophes’ don’t break it.",
];

/// The `read` example, built by `cargo test` beside the test binaries (or
/// built here when only this test was asked for).
fn read_example() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    // target/<profile>/deps/scorer-… → target/<profile>/examples/read
    let profile = exe
        .parent()
        .and_then(|d| d.parent())
        .expect("target/<profile>");
    let bin = profile
        .join("examples")
        .join(format!("read{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        let release = profile.file_name().is_some_and(|p| p == "release");
        let mut c = Command::new(env!("CARGO"));
        c.args(["build", "--quiet", "--example", "read"])
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        if release {
            c.arg("--release");
        }
        let status = c.status().expect("cargo runs");
        assert!(status.success(), "cargo build --example read failed");
    }
    bin
}

#[test]
fn read_features_prints_what_the_crate_computes() {
    let mut child = Command::new(read_example())
        .arg("--features")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("read example starts");
    {
        let mut stdin = child.stdin.take().expect("stdin");
        for s in SENTENCES {
            writeln!(stdin, "{}", serde_json::json!({ "text": s })).expect("write");
        }
    }
    let out = child.wait_with_output().expect("read example ends");
    assert!(out.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout)
        .expect("utf-8")
        .lines()
        .collect();
    assert_eq!(lines.len(), SENTENCES.len());
    for (s, line) in SENTENCES.iter().zip(lines) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let printed: Vec<(u32, f32)> = v["f"]
            .as_array()
            .expect("f")
            .iter()
            .map(|e| {
                (
                    e[0].as_u64().expect("bucket") as u32,
                    e[1].as_f64().expect("value") as f32,
                )
            })
            .collect();
        let ours = Features::of(&Reading::of(s), s).entries;
        assert!(!s.trim().is_empty() || ours.len() < 5, "{s:?}: {ours:?}");
        // the value goes through f64 in JSON and back, exactly
        assert_eq!(printed, ours, "{s:?}");
    }
}
