//! A regression gate over the labelled whole messages the project has
//! already read: its own development data (`tools/train/data/*/`) and the
//! blind sets once their first look was taken (`tests/blind-1/` to
//! `tests/blind-23/`). These
//! sets were tuned on, so passing them proves nothing about messages
//! nobody has seen; failing them means a change lost something that
//! worked. The floors are the counts at the time the gate was set, with a
//! little slack; raise them when a change does better.
//!
//! A message counts as a hit for a rule when the rule is reported anywhere
//! in it, as `tools/train/score_messages.py` counts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::Value;
use tactful::config::Config;
use tactful::document::Format;
use tactful::engine;
use tactful::vocab::Severity;

/// (rule, at least this many labelled faults found, at most this many
/// false alarms) over the 5,370 messages of the sets below, set on
/// 2026-12-08 from the counts of the session's last build (blind set 23
/// added after its first look), with a little slack.
const FLOORS: &[(&str, usize, usize)] = &[
    ("missing-gratitude", 434, 10),
    ("ambiguous-decision", 592, 95),
    ("missing-decision", 82, 82),
    ("negativity", 572, 141),
    ("casual-tone", 406, 89),
    ("over-apology", 450, 17),
    ("over-explanation", 422, 96),
    ("vague-excuse", 241, 33),
    ("negotiation-opening", 301, 51),
    ("missing-greeting", 151, 67),
    ("missing-sign-off", 247, 60),
    ("missing-subject", 274, 37),
    ("impersonal-greeting", 163, 15),
    ("unfilled-placeholder", 214, 2),
    ("shouting", 197, 14),
    ("missing-door-open", 849, 448),
];

/// Media read right, and good messages with no warning, at least.
const MEDIUM_RIGHT: usize = 5266;
const GOOD_CLEAN: usize = 2008;

fn sets() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = Vec::new();
    for parent in [
        "tools/train/data",
        "tests/blind-1",
        "tests/blind-2",
        "tests/blind-3",
        "tests/blind-4",
        "tests/blind-5",
        "tests/blind-6",
        "tests/blind-7",
        "tests/blind-8",
        "tests/blind-9",
        "tests/blind-10",
        "tests/blind-11",
        "tests/blind-12",
        "tests/blind-13",
        "tests/blind-14",
        "tests/blind-15",
        "tests/blind-16",
        "tests/blind-17",
        "tests/blind-18",
        "tests/blind-19",
        "tests/blind-20",
        "tests/blind-21",
        "tests/blind-22",
        "tests/blind-23",
    ] {
        let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(parent))
            .expect("the set's folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("messages.json").is_file())
            .collect();
        found.sort();
        dirs.extend(found);
    }
    dirs
}

#[test]
fn seen_sets_do_not_regress() {
    let cfg = Arc::new(Config::default());
    let mut hits: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let (mut medium_right, mut good_clean, mut messages) = (0, 0, 0);
    for dir in sets() {
        let labels: Value = serde_json::from_str(
            &std::fs::read_to_string(dir.join("messages.json")).expect("messages.json"),
        )
        .expect("messages.json is JSON");
        for m in labels.as_array().expect("a list") {
            let file = m["file"].as_str().expect("file");
            let text = std::fs::read_to_string(dir.join(file)).expect("a UTF-8 message");
            let format = Format::from_path(file).expect("md or txt");
            // as the CLI reads it: the file's name may say the medium
            let report = engine::check(&text, format, &cfg.for_file(&dir.join(file)));
            let fired: BTreeSet<&str> = report.findings.iter().map(|f| f.rule).collect();
            let want: BTreeSet<&str> = m["fire"]
                .as_array()
                .expect("fire")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            for &(rule, _, _) in FLOORS {
                let e = hits.entry(rule).or_default();
                if want.contains(rule) && fired.contains(rule) {
                    e.0 += 1;
                } else if !want.contains(rule) && fired.contains(rule) {
                    e.1 += 1;
                }
            }
            messages += 1;
            medium_right +=
                usize::from(report.medium.as_str() == m["medium"].as_str().unwrap_or(""));
            if want.is_empty()
                && !report
                    .findings
                    .iter()
                    .any(|f| matches!(f.severity, Severity::Error | Severity::Warning))
            {
                good_clean += 1;
            }
        }
    }
    assert_eq!(
        messages, 5370,
        "the seen sets changed; set the floors again"
    );
    let mut lost = Vec::new();
    for &(rule, min_hits, max_false) in FLOORS {
        let (h, f) = hits[rule];
        if h < min_hits || f > max_false {
            lost.push(format!(
                "{rule}: found {h} (at least {min_hits}), false alarms {f} (at most {max_false})"
            ));
        }
    }
    if medium_right < MEDIUM_RIGHT {
        lost.push(format!(
            "medium right on {medium_right} (at least {MEDIUM_RIGHT})"
        ));
    }
    if good_clean < GOOD_CLEAN {
        lost.push(format!(
            "good messages with no warning {good_clean} (at least {GOOD_CLEAN})"
        ));
    }
    assert!(
        lost.is_empty(),
        "regressions on the seen sets:\n{}",
        lost.join("\n")
    );
}
