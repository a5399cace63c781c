//! The CLI as a user runs it: the README's example, `--diff`, `new`,
//! `rules` and `explain`.

use std::process::Command;

use tactful::vocab::{Medium, Scenario};

fn tactful(args: &[&str]) -> std::process::Output {
    tactful_in(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn tactful_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tactful"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the binary runs")
}

/// A draft with nothing to find.
const CLEAN: &str = "Hi Dana,\n\nThank you for the invitation. I have decided to decline the interview. I hope our paths cross again.\n\nBest regards,\nSam\n";

/// A fresh folder under the system's temporary directory.
fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tactful-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_readme_example_reports_findings_and_fails() {
    let o = tactful(&["check", "examples/flawed-email.md"]);
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("warning[negativity]"), "{out}");
    assert!(out.contains("error[unfilled-placeholder]"), "{out}");
    assert!(
        out.lines().last().unwrap_or("").starts_with("Found "),
        "{out}"
    );
    let clean = tactful(&["check", "examples/clean-email.md"]);
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn diff_shows_the_fixes_and_writes_nothing() {
    let dir = scratch_dir("diff");
    let draft = dir.join("draft.md");
    let text = "Subject: Interview\n\nHi there,\n\nThank you. I must decline. I'd be glad to stay in touch.\n\nBest,\nSam\n";
    std::fs::write(&draft, text).unwrap();
    let o = tactful(&["check", "--diff", draft.to_str().unwrap()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(
        out.contains("-Hi there,") && out.contains("+Hello,"),
        "{out}"
    );
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), text);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn new_drafts_are_clean() {
    let mut args = vec!["new", "--scenario", "relocation", "--medium", "email"];
    args.extend(FACTS);
    let o = tactful(&args);
    assert!(o.status.success());
    let draft = String::from_utf8(o.stdout).unwrap();
    assert!(
        draft.contains("Dear Ms. Larsen,") && draft.contains("Data Analyst role at Acme"),
        "{draft}"
    );
    let path = std::env::temp_dir().join(format!("tactful-new-{}.md", std::process::id()));
    std::fs::write(&path, &draft).unwrap();
    let check = tactful(&["check", path.to_str().unwrap()]);
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stdout)
    );
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn rules_and_explain() {
    let o = tactful(&["rules"]);
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 18);
    let e = tactful(&["explain", "negativity"]);
    assert!(String::from_utf8_lossy(&e.stdout).starts_with("# negativity"));
    let bad = tactful(&["explain", "nope"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_folder_is_checked_in_parallel_and_reported_in_path_order() {
    let dir = scratch_dir("folder");
    let mut expected = Vec::new();
    for i in 0..60 {
        let name = format!("draft-{i:03}.md");
        // every third draft is clean, the others each flaw a different way
        let body = match i % 3 {
            0 => "Hi Dana,\n\nThank you for the invitation. I have decided to decline the interview. I hope our paths cross again.\n\nBest regards,\nSam\n".to_string(),
            1 => format!("Hi,\n\nAbout the role at [Company Name], draft {i}.\n"),
            _ => format!("Hey,\n\nMaybe I could not come, not sure. Draft {i}.\n"),
        };
        std::fs::write(dir.join(&name), body).unwrap();
        expected.push(dir.join(&name).display().to_string());
    }
    let o = tactful(&["check", "--format", "json", dir.to_str().unwrap()]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let files = json["files"].as_array().expect("files");
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths, expected);
    // each report belongs to its own file
    for (i, f) in files.iter().enumerate() {
        let placeholder = f["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "unfilled-placeholder");
        assert_eq!(placeholder, i % 3 == 1, "{}", paths[i]);
    }
    assert_eq!(o.status.code(), Some(1));

    // A file that cannot be read, in the middle of the walk: it is named on
    // stderr and skipped, the report is whole and in order, and the exit
    // status says an input was skipped.
    let broken = dir.join("draft-030-broken.md");
    std::fs::write(&broken, b"Hi,\n\xff\xfe not text\n").unwrap();
    let o = tactful(&["check", "--format", "json", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stderr.contains(&format!("{}: not UTF-8 text", broken.display())),
        "{stderr}"
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    let again: Vec<&str> = json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap())
        .collect();
    assert_eq!(again, expected);
    // the human report counts the files it checked, and the one it skipped
    let o = tactful(&["check", dir.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.trim_end().ends_with(" of 60 files; 1 file skipped."),
        "{}",
        stdout.lines().last().unwrap_or_default()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_mistyped_rule_scenario_or_medium_gets_the_nearest_name() {
    for (args, near) in [
        (&["explain", "negotiaton"][..], "negotiation-opening"),
        (&["explain", "negotiation"], "negotiation-opening"),
        (&["explain", "gratitude"], "missing-gratitude"),
        (&["check", "--scenario", "relocaton", "-"], "relocation"),
        (&["new", "--scenario", "reloc"], "relocation"),
        (&["check", "--medium", "emial", "-"], "email"),
        (&["check", "--fail-on", "warn1ng", "-"], "warning"),
    ] {
        let o = tactful(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains(&format!("did you mean `{near}`?")),
            "{args:?}: {err}"
        );
    }
    // nothing near: no guess
    let o = tactful(&["explain", "pigeon"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("did you mean"), "{err}");
    assert!(err.contains("`tactful rules` lists them all"), "{err}");
}

#[test]
fn an_invalid_config_key_stops_the_check_with_exit_2() {
    let dir = scratch_dir("bad-config");
    std::fs::write(
        dir.join("tactful.toml"),
        "mediun = \"text\"\n[rules]\nnegativty = \"error\"\ncasual-tone = \"eror\"\n",
    )
    .unwrap();
    std::fs::write(dir.join("draft.md"), CLEAN).unwrap();
    let run = |args: &[&str]| tactful_in(&dir, args);
    for args in [
        &["check", "draft.md"][..],
        &["check", "--fix", "draft.md"],
        &["new"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        for line in [
            "tactful.toml: `mediun`: unknown key (did you mean `medium`?)",
            "tactful.toml: `rules.negativty`: unknown rule (did you mean `negativity`?)",
            "tactful.toml: `rules.casual-tone`: expected \"error\", \"warning\", \"info\", \"hint\" or \"off\", found \"eror\" (did you mean `error`?)",
        ] {
            assert!(err.contains(line), "{args:?}: {line}\n{err}");
        }
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.is_empty(), "{args:?}: nothing claims success: {out}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The last line of standard output: the summary.
fn summary(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout)
        .lines()
        .last()
        .unwrap_or_default()
        .to_string()
}

/// The number a summary gives before `word` ("3 problems" → 3), 0 when
/// it says none.
fn count_before(line: &str, word: &str) -> usize {
    let words: Vec<&str> = line.split_whitespace().collect();
    words
        .windows(2)
        .find(|w| w[1].starts_with(word))
        .and_then(|w| w[0].parse().ok())
        .unwrap_or(0)
}

const FLAWED: &str = "Hi Sam,\n\nI think I'll probably pass on the interview. hey thanks!!\n";

#[test]
fn diff_and_fix_summaries_say_what_changed_and_what_remains() {
    let dir = scratch_dir("summaries");
    let draft = dir.join("draft.md");
    std::fs::write(&draft, FLAWED).unwrap();
    let path = draft.to_str().unwrap();

    let diff = tactful(&["check", "--diff", path]);
    let out = String::from_utf8_lossy(&diff.stdout);
    assert!(out.contains("+++ b/"), "{out}");
    assert!(!out.contains("No problems found"), "{out}");
    let line = summary(&diff);
    assert!(line.starts_with("Would fix "), "{line}");
    assert!(line.contains(" in 1 file; "), "{line}");
    let would_fix = count_before(&line, "problem");
    assert!(would_fix > 0, "{line}");
    // nothing was written, and the exit status is the file's as it is
    assert_eq!(std::fs::read_to_string(&draft).unwrap(), FLAWED);
    assert_eq!(diff.status.code(), Some(1), "{line}");

    let fix = tactful(&["check", "--fix", path]);
    let line = summary(&fix);
    assert!(line.starts_with("Fixed "), "{line}");
    assert_eq!(count_before(&line, "problem"), would_fix, "{line}");
    // what remains is what a fresh check finds
    let remains = line.split("; ").nth(1).unwrap_or_default().to_string();
    let again = tactful(&["check", path]);
    let fresh = summary(&again);
    if remains.starts_with("no problems") {
        assert!(fresh.starts_with("No problems found in 1 file"), "{fresh}");
    } else {
        assert_eq!(
            count_before(&remains, "problem"),
            count_before(&fresh, "problem"),
            "{line} / {fresh}"
        );
    }

    // standard input: stdout is the fixed text alone, the summary on stderr
    let mut child = Command::new(env!("CARGO_BIN_EXE_tactful"))
        .args(["check", "--fix", "-", "--stdin-filename", "draft.md"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(FLAWED.as_bytes())
        .unwrap();
    let piped = child.wait_with_output().unwrap();
    let fixed = String::from_utf8_lossy(&piped.stdout);
    assert_eq!(fixed, std::fs::read_to_string(&draft).unwrap());
    let err = String::from_utf8_lossy(&piped.stderr);
    assert!(err.starts_with("Fixed "), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_file_is_named_and_never_reported_clean() {
    let dir = scratch_dir("missing");
    std::fs::write(dir.join("good.md"), CLEAN).unwrap();
    let run = |args: &[&str]| tactful_in(&dir, args);
    for args in [
        &["check", "nope.md"][..],
        &["check", "good.md", "nope.md"],
        &["check", "--fix", "nope.md"],
        &["check", "--diff", "good.md", "nope.md"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            err.contains("nope.md: cannot read: No such file or directory"),
            "{args:?}: {err}"
        );
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(!out.contains("No problems found"), "{args:?}: {out}");
        assert!(summary(&o).ends_with("1 file skipped."), "{args:?}: {out}");
    }
    // a folder with no drafts: nothing was found clean either
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    let o = run(&["check", "empty"]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        summary(&o).starts_with("No drafts found to check"),
        "{}",
        summary(&o)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every fact `tactful new` takes.
const FACTS: [&str; 8] = [
    "--to",
    "Ms. Larsen",
    "--role",
    "Data Analyst",
    "--company",
    "Acme",
    "--from",
    "Sam Lee",
];

/// Every scenario (and variant) in every medium, as `tactful new` args.
fn every_draft() -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for scenario in Scenario::ALL_NAMES {
        for medium in Medium::ALL_NAMES {
            let variants: &[&str] = if scenario == "relocation" {
                &["", "moving", "staying"]
            } else {
                &[""]
            };
            for variant in variants {
                let mut args = vec!["new", "--scenario", scenario, "--medium", medium];
                if !variant.is_empty() {
                    args.extend(["--variant", variant]);
                }
                out.push(args.into_iter().map(str::to_string).collect());
            }
        }
    }
    out
}

/// Saves what `tactful new <args> <extra>` prints under `dir`, as `.md`
/// and as `.txt`, and returns the draft.
fn save_new(dir: &std::path::Path, args: &[String], extra: &[&str]) -> String {
    let mut all: Vec<&str> = args.iter().map(String::as_str).collect();
    all.extend(extra);
    let o = tactful(&all);
    assert!(o.status.success(), "{all:?}");
    let draft = String::from_utf8(o.stdout).unwrap();
    let name = args[2..].join("-").replace("--", "");
    for ext in ["md", "txt"] {
        std::fs::write(dir.join(format!("{name}.{ext}")), &draft).unwrap();
    }
    draft
}

/// A finding: its code, severity and the text at fault.
type Found = (String, String, String);

/// `tactful check DIR --format json`, with no other flag: each file's
/// findings as (code, severity, text at fault).
fn findings_in(dir: &std::path::Path) -> Vec<(String, Vec<Found>)> {
    let o = tactful(&["check", dir.to_str().unwrap(), "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).expect("JSON output");
    json["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let path = f["path"].as_str().unwrap().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            let found = f["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    let start = &d["range"]["start"];
                    let end = &d["range"]["end"];
                    // UTF-16 characters: every character here is in the BMP
                    let line = lines[start["line"].as_u64().unwrap() as usize];
                    let from = start["character"].as_u64().unwrap() as usize;
                    let to = end["character"].as_u64().unwrap() as usize;
                    let at: String = line.chars().skip(from).take(to - from).collect();
                    (
                        d["code"].as_str().unwrap().to_string(),
                        d["severity"].as_str().unwrap().to_string(),
                        at,
                    )
                })
                .collect();
            (path, found)
        })
        .collect()
}

#[test]
fn new_drafts_saved_and_checked_without_flags_are_clean() {
    let dir = scratch_dir("new-every");
    for args in every_draft() {
        let draft = save_new(&dir, &args, &FACTS);
        assert!(draft.starts_with("---\nmedium: "), "{args:?}:\n{draft}");
    }
    let files = findings_in(&dir);
    assert_eq!(files.len(), 2 * every_draft().len());
    for (path, found) in files {
        assert!(found.is_empty(), "{path}: {found:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bare_new_drafts_read_as_finished_or_leave_one_marked_spot() {
    let dir = scratch_dir("new-bare");
    for args in every_draft() {
        let draft = save_new(&dir, &args, &[]);
        // the defects seen before: "Hello, this is, calling about the
        // role." and "Hi, Thanks ..."
        assert!(!draft.contains("this is,"), "{args:?}:\n{draft}");
        assert!(!draft.contains("this is ."), "{args:?}:\n{draft}");
        let capital_after_comma = draft
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == b',' && w[1] == b' ' && w[2].is_ascii_uppercase() && w[2] != b'I');
        assert!(!capital_after_comma, "{args:?}:\n{draft}");
        assert!(
            !draft.contains(" ,") && !draft.contains("  "),
            "{args:?}:\n{draft}"
        );
        // the writer's name, where one is needed, is the only blank
        let blanks = draft.matches("[Your Name]").count();
        let spoken_in_person = args.contains(&"in-person".to_string());
        assert_eq!(blanks, usize::from(!spoken_in_person), "{args:?}:\n{draft}");
    }
    for (path, found) in findings_in(&dir) {
        let marked: Vec<_> = found
            .iter()
            .filter(|(code, _, at)| code == "unfilled-placeholder" && at == "[Your Name]")
            .collect();
        let others: Vec<_> = found.iter().filter(|f| !marked.contains(f)).collect();
        assert!(others.is_empty(), "{path}: {others:?}");
        assert!(marked.len() <= 1, "{path}: {marked:?}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bare_phone_and_text_templates_are_sentences() {
    let o = tactful(&["new", "--medium", "phone"]);
    let phone = String::from_utf8_lossy(&o.stdout);
    assert!(
        phone.contains("Hello, this is [Your Name], calling about the role."),
        "{phone}"
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("fill in [Your Name]"), "{err}");
    let o = tactful(&["new", "--medium", "text"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("Hi, thanks for the invite"), "{text}");
    assert!(text.trim_end().ends_with("– [Your Name]"), "{text}");
}

#[test]
fn relocation_offers_moving_away_and_staying() {
    let say = |variant: &[&str]| {
        let mut args = vec!["new", "--scenario", "relocation"];
        args.extend(variant);
        String::from_utf8(tactful(&args).stdout).unwrap()
    };
    let either = say(&[]);
    let moving = say(&["--variant", "moving"]);
    let staying = say(&["--variant", "staying"]);
    assert!(moving.contains("moving away"), "{moving}");
    assert!(!moving.contains("not to relocate"), "{moving}");
    assert!(staying.contains("not to relocate"), "{staying}");
    for direction in ["moving away", "not to relocate", "closer to home"] {
        assert!(!either.contains(direction), "{either}");
    }
    let o = tactful(&["new", "--scenario", "relocation", "--variant", "movng"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("did you mean `moving`?"), "{err}");
    let o = tactful(&["new", "--scenario", "general", "--variant", "moving"]);
    assert_eq!(o.status.code(), Some(2));
}
