//! The labelled corpora: the project's shared corpus (`../shared/corpus`,
//! beside the repository) and our own held-out set (`tests/heldout`).
//! Every rule must reach recall ≥ 0.95 and false-positive rate ≤ 0.02,
//! diagnostics must overlap the labelled spans, and the medium must be
//! inferred right.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tactful::config::Config;
use tactful::document::Format;
use tactful::engine;
use tactful::vocab::Medium;

#[derive(Default, Debug)]
struct Score {
    fire: usize,
    hit: usize,
    quiet: usize,
    false_pos: usize,
    spans: usize,
    span_hit: usize,
}

fn overlaps(d: &std::ops::Range<usize>, spans: &[(usize, usize)]) -> bool {
    spans.iter().any(|&(s, e)| {
        if d.is_empty() {
            s <= d.start && d.start <= e
        } else {
            d.start < e && s < d.end
        }
    })
}

fn score(dir: &Path) -> (BTreeMap<String, Score>, (usize, usize), Vec<String>) {
    let manifest: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("manifest.json")).expect("manifest"),
    )
    .expect("manifest is JSON");
    let mut rules: BTreeMap<String, Score> = BTreeMap::new();
    let mut medium = (0, 0);
    let mut misses = Vec::new();
    for e in manifest.as_array().expect("a list") {
        let file = e["file"].as_str().expect("file");
        let text = std::fs::read_to_string(dir.join(file)).expect("corpus file is UTF-8");
        let mut cfg = Config::default();
        let args: Vec<&str> = e["args"]
            .as_array()
            .map_or(Vec::new(), |a| a.iter().filter_map(Value::as_str).collect());
        if let Some(i) = args.iter().position(|a| *a == "--medium") {
            cfg.force_medium = args.get(i + 1).and_then(|m| Medium::parse(m));
        }
        let format = Format::from_path(file).expect("md or txt");
        let report = engine::check(&text, format, &cfg);
        if e.get("medium_sure")
            .and_then(Value::as_bool)
            .unwrap_or(true)
        {
            medium.1 += 1;
            if Some(report.medium.as_str()) == e["medium"].as_str() {
                medium.0 += 1;
            } else {
                misses.push(format!(
                    "{file}: medium {} (expected {})",
                    report.medium.as_str(),
                    e["medium"]
                ));
            }
        }
        let list = |k: &str| -> Vec<String> {
            e["expect"][k].as_array().map_or(Vec::new(), |a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            })
        };
        for rule in list("fire") {
            let s = rules.entry(rule.clone()).or_default();
            s.fire += 1;
            let ranges: Vec<_> = report
                .findings
                .iter()
                .filter(|f| f.rule == rule)
                .map(|f| f.range.clone())
                .collect();
            if ranges.is_empty() {
                misses.push(format!("{file}: {rule} should fire"));
                continue;
            }
            s.hit += 1;
            if let Some(spans) = e["spans"][&rule].as_array() {
                let spans: Vec<(usize, usize)> = spans
                    .iter()
                    .map(|p| {
                        (
                            p[0].as_u64().unwrap_or(0) as usize,
                            p[1].as_u64().unwrap_or(0) as usize,
                        )
                    })
                    .collect();
                s.spans += 1;
                if ranges.iter().any(|r| overlaps(r, &spans)) {
                    s.span_hit += 1;
                } else {
                    misses.push(format!("{file}: {rule} off its span"));
                }
            }
        }
        for rule in list("quiet") {
            let s = rules.entry(rule.clone()).or_default();
            s.quiet += 1;
            if report.findings.iter().any(|f| f.rule == rule) {
                s.false_pos += 1;
                misses.push(format!("{file}: {rule} should stay quiet"));
            }
        }
    }
    (rules, medium, misses)
}

fn assert_corpus(dir: &Path) {
    let (rules, medium, misses) = score(dir);
    let mut failures = Vec::new();
    for (rule, s) in &rules {
        let recall = s.hit as f64 / s.fire.max(1) as f64;
        let fpr = s.false_pos as f64 / s.quiet.max(1) as f64;
        let span = if s.spans == 0 {
            1.0
        } else {
            s.span_hit as f64 / s.spans as f64
        };
        println!(
            "{rule:22} recall {recall:.2} ({}/{})  fpr {fpr:.3} ({}/{})  span {span:.2}",
            s.hit, s.fire, s.false_pos, s.quiet
        );
        if recall < 0.95 || fpr > 0.02 || span < 0.95 {
            failures.push(rule.clone());
        }
    }
    let accuracy = medium.0 as f64 / medium.1.max(1) as f64;
    println!("medium accuracy {accuracy:.3} ({}/{})", medium.0, medium.1);
    for m in &misses {
        println!("  {m}");
    }
    assert!(
        failures.is_empty(),
        "rules below the bar in {}: {failures:?}",
        dir.display()
    );
    assert!(
        accuracy >= 0.95,
        "medium accuracy {accuracy:.3} in {}",
        dir.display()
    );
    assert_eq!(rules.len(), 18, "every rule is labelled somewhere");
}

pub fn shared_corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if dir.join("manifest.json").is_file() {
        return Some(dir);
    }
    let loud = "SKIPPED: the shared corpus (../shared/corpus) is not beside this checkout";
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{loud}, and CI=true requires it");
    }
    eprintln!("\n*** {loud} ***\n");
    None
}

#[test]
fn shared_corpus_meets_the_bar() {
    if let Some(dir) = shared_corpus() {
        assert_corpus(&dir);
    }
}

#[test]
fn held_out_corpus_meets_the_bar() {
    assert_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/heldout"));
}
