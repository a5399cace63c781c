//! Fix safety: a preferred fix changes only its own ranges; applying all
//! preferred fixes and re-checking leaves none of the fixed findings and
//! adds no new one. Proven over both corpora and over generated messages.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::Value;
use tactful::config::Config;
use tactful::document::Format;
use tactful::engine;
use tactful::fixes::fix_until_stable;
use tactful::vocab::apply_edits;
use tactful::vocab::{Medium, Severity};

/// Every preferred fix alone leaves text outside its edits byte-identical.
fn assert_fixes_stay_in_their_ranges(text: &str, format: Format, cfg: &Config) {
    let report = engine::check(text, format, cfg);
    for f in &report.findings {
        for fix in &f.fixes {
            let edits: Vec<_> = fix.edits.iter().collect();
            for (i, a) in edits.iter().enumerate() {
                assert!(
                    a.range.start <= a.range.end && a.range.end <= text.len(),
                    "{}: edit out of bounds",
                    f.rule
                );
                assert!(text.is_char_boundary(a.range.start) && text.is_char_boundary(a.range.end));
                for b in &edits[i + 1..] {
                    assert!(
                        a.range.end <= b.range.start || b.range.end <= a.range.start,
                        "{}: edits of one fix overlap",
                        f.rule
                    );
                }
            }
            let fixed = apply_edits(text, &edits);
            // walk the edits in order: everything between them is unchanged
            let mut sorted = edits.clone();
            sorted.sort_by_key(|e| e.range.start);
            let (mut old_at, mut new_at) = (0usize, 0usize);
            for e in &sorted {
                let gap = e.range.start - old_at;
                assert_eq!(
                    &text[old_at..e.range.start],
                    &fixed[new_at..new_at + gap],
                    "{} changed text outside its edit",
                    f.rule
                );
                new_at += gap + e.new_text.len();
                old_at = e.range.end;
            }
            assert_eq!(
                &text[old_at..],
                &fixed[new_at..],
                "{} changed the text after its edits",
                f.rule
            );
        }
    }
}

/// Fixes `text` and checks what a reader would: no finding of warning
/// level or worse that was not there before (the rules in `may_appear`
/// aside), no sentence said twice that was said once, no Subject line
/// added outside email, no placeholder filled into broken wording.
/// Returns how many fixable findings there were and how many went.
fn converge(
    name: &str,
    text: &str,
    format: Format,
    cfg: &Config,
    may_appear: &[&str],
) -> (usize, usize) {
    let before = engine::check(text, format, cfg);
    let mut fixable: BTreeMap<&str, usize> = BTreeMap::new();
    for f in before
        .findings
        .iter()
        .filter(|f| f.fixes.iter().any(|x| x.preferred))
    {
        *fixable.entry(f.rule).or_default() += 1;
    }
    let present: BTreeSet<&str> = before.findings.iter().map(|f| f.rule).collect();
    let (fixed, _) = fix_until_stable(text, format, cfg);
    let mut pinned = cfg.clone();
    pinned.force_medium = Some(before.medium);
    pinned.force_scenario = Some(before.scenario);
    let after = engine::check(&fixed, format, &pinned);
    for f in &after.findings {
        assert!(
            present.contains(f.rule)
                || may_appear.contains(&f.rule)
                || f.severity > Severity::Warning,
            "{name}: fixing added {}:\n{fixed}",
            f.rule
        );
    }
    let (was, now) = (sentence_counts(text), sentence_counts(&fixed));
    for (s, n) in &now {
        assert!(
            *n < 2 || *n <= was.get(s).copied().unwrap_or(0),
            "{name}: \"{s}\" is said {n} times after fixing:\n{fixed}"
        );
    }
    if before.medium != Medium::Email {
        let subjects = |t: &str| t.lines().filter(|l| l.starts_with("Subject:")).count();
        assert!(
            subjects(&fixed) <= subjects(text),
            "{name}: a Subject line was added to a {:?} message:\n{fixed}",
            before.medium
        );
    }
    for broken in [
        "Dear the ",
        "Hi the ",
        "this is,",
        "on a time that suits you",
    ] {
        assert!(
            fixed.matches(broken).count() <= text.matches(broken).count(),
            "{name}: \"{broken}\" after fixing:\n{fixed}"
        );
    }
    let left = |rule: &str| after.findings.iter().filter(|f| f.rule == rule).count();
    let total: usize = fixable.values().sum();
    let gone: usize = fixable.iter().map(|(r, n)| n.saturating_sub(left(r))).sum();
    (total, gone)
}

/// Lower-cased sentences of four words or more, with how often each occurs.
fn sentence_counts(text: &str) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for piece in text.split(['.', '!', '?', '\n']) {
        let words: Vec<String> = piece
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.len() >= 4 {
            *out.entry(words.join(" ")).or_insert(0) += 1;
        }
    }
    out
}

fn corpora() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = vec![root.join("tests/heldout")];
    let shared = root.join("../shared/corpus");
    if shared.join("manifest.json").is_file() {
        dirs.push(shared);
    } else if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("the shared corpus (../shared/corpus) is missing, and CI=true requires it");
    } else {
        eprintln!(
            "\n*** SKIPPED: the shared corpus (../shared/corpus) is not beside this checkout ***\n"
        );
    }
    dirs
}

/// Every message of every corpus: its file name, its text, and the
/// configuration its manifest asks for.
fn corpus_messages() -> Vec<(String, String, Config)> {
    let mut out = Vec::new();
    for dir in corpora() {
        let manifest: Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.json")).unwrap())
                .unwrap();
        for e in manifest.as_array().unwrap() {
            let file = e["file"].as_str().unwrap();
            let text = std::fs::read_to_string(dir.join(file)).unwrap();
            let mut cfg = Config::default();
            if e["args"]
                .as_array()
                .is_some_and(|a| a.iter().any(|x| x == "in-person"))
            {
                cfg.force_medium = Some(Medium::InPerson);
            }
            out.push((file.to_string(), text, cfg));
        }
    }
    out
}

#[test]
fn fixes_converge_on_every_corpus_message() {
    let (mut fixable, mut gone) = (0, 0);
    for (file, text, cfg) in corpus_messages() {
        let format = Format::from_path(&file).unwrap();
        assert_fixes_stay_in_their_ranges(&text, format, &cfg);
        let (n, g) = converge(&file, &text, format, &cfg, &[]);
        fixable += n;
        gone += g;
    }
    // A fix the planner leaves out (it would have made the message worse)
    // keeps its finding; nearly all must go.
    let rate = gone as f64 / fixable as f64;
    eprintln!("fixed findings gone: {gone}/{fixable} = {rate:.3}");
    assert!(
        rate >= 0.98,
        "only {gone} of {fixable} fixable findings went"
    );
}

const OPENINGS: &[&str] = &[
    "Dear Ms. Larsen,\n\n",
    "Hi there,\n\n",
    "Hey Dana,\r\n\r\n",
    "To whom it may concern,\n\n",
    "",
    "Hello, this is Sam.\n\n",
    "Dear [Name],\n\n",
];
const SENTENCES: &[&str] = &[
    "Thank you for inviting me to interview for the Data Analyst role at Acme.",
    "Thx for the invite!!",
    "I am withdrawing my application.",
    "I'm not sure this is right for me, so I might pass.",
    "Frankly, your process was a mess.",
    "I'm so, so sorry.",
    "Sorry again for the trouble.",
    "Something came up, so I can't make it.",
    "I'm gonna pass tbh 😊",
    "Unless you can raise the salary, I must decline.",
    "I must decline, unless there's some flexibility on the pay.",
    "I've been diagnosed with a chronic illness.",
    "THANK YOU for thinking of me.",
    "I'd be glad to stay in touch.",
    "The team at [Company Name] was lovely.",
    "Zoë and 王芳 were kind to me.",
    "I could do TBD instead.",
    "No thanks, I'm staying put.",
];
const CLOSINGS: &[&str] = &[
    "\n\nKind regards,\nSam Lee\n",
    "\n\nCheers,\nSam",
    " – Sam",
    "",
    "\r\n\r\nBest,\r\n[Your Name]\r\n",
];

fn message() -> impl Strategy<Value = String> {
    (
        0..OPENINGS.len(),
        prop::collection::vec((0..SENTENCES.len(), prop::bool::ANY), 0..7),
        0..CLOSINGS.len(),
        prop::bool::ANY,
    )
        .prop_map(|(o, body, c, subject)| {
            let mut s = String::new();
            if subject {
                s.push_str("Subject: Interview\n\n");
            }
            s.push_str(OPENINGS[o]);
            for (i, para) in body {
                s.push_str(SENTENCES[i]);
                s.push_str(if para { "\n\n" } else { " " });
            }
            s.push_str(CLOSINGS[c]);
            s
        })
}

proptest! {
    // A fixed seed keeps CI repeatable; PROPTEST_RNG_SEED explores others.
    #![proptest_config(ProptestConfig {
        cases: 512,
        rng_seed: std::env::var("PROPTEST_RNG_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .map_or(proptest::test_runner::RngSeed::Fixed(0x7AC7_F011), proptest::test_runner::RngSeed::Fixed),
        ..ProptestConfig::default()
    })]

    #[test]
    fn generated_messages_fix_safely(text in message(), md in prop::bool::ANY) {
        let format = if md { Format::Markdown } else { Format::PlainText };
        let cfg = Config::default();
        assert_fixes_stay_in_their_ranges(&text, format, &cfg);
        // Generated messages repeat sentences freely; the words that fixes
        // insert may then push one past its budget. Real messages must not
        // (see the corpus test above).
        converge("generated", &text, format, &cfg, &["excessive-length"]);
    }
}

/// A quick fix is the plan restricted to its finding: applying the quick
/// fixes of two findings one after the other gives what the plan for both
/// gives at once, on every corpus message where both apply cleanly.
#[test]
fn two_quick_fixes_in_a_row_equal_their_plan_together() {
    use tactful::fixes::plan::{Scope, plan};
    let (mut pairs, mut same) = (0, 0);
    let mut differ = Vec::new();
    for (file, text, given) in corpus_messages() {
        {
            let format = Format::from_path(&file).unwrap();
            let first = engine::check(&text, format, &given);
            let cfg = tactful::fixes::pinned(&given, &first);
            let fixable: Vec<usize> = (0..first.findings.len())
                .filter(|&i| first.findings[i].fixes.iter().any(|x| x.preferred))
                .collect();
            let (Some(&i), Some(&j)) = (fixable.first(), fixable.get(1)) else {
                continue;
            };
            let both = plan(&text, format, &cfg, &first, Scope::Only(&[i, j]));
            let one = plan(&text, format, &cfg, &first, Scope::Only(&[i]));
            if !both.dropped.is_empty() || one.is_empty() || both.fixed.len() != 2 {
                continue;
            }
            let mid = one.apply(&text);
            let again = engine::check(&mid, format, &cfg);
            let rule = first.findings[j].rule;
            let Some(k) = again
                .findings
                .iter()
                .position(|f| f.rule == rule && f.fixes.iter().any(|x| x.preferred))
            else {
                continue;
            };
            let two = plan(&mid, format, &cfg, &again, Scope::Only(&[k]));
            pairs += 1;
            let sequential = two.apply(&mid);
            if sequential == both.apply(&text) {
                same += 1;
            } else {
                differ.push(format!(
                    "{file}:\n--- one after the other\n{sequential}\n--- together\n{}",
                    both.apply(&text)
                ));
            }
        }
    }
    eprintln!("quick fixes in a row = plan together: {same}/{pairs}; differ: {differ:?}");
    assert!(pairs >= 20, "too few pairs to prove anything ({pairs})");
    assert_eq!(same, pairs, "differ: {differ:?}");
}
