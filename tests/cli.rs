//! The CLI as a user runs it: the README's example, `--diff`, `new`,
//! `rules` and `explain`.

use std::process::Command;

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
    let o = tactful(&[
        "new",
        "--scenario",
        "relocation",
        "--medium",
        "email",
        "--to",
        "Ms. Larsen",
        "--role",
        "Data Analyst",
        "--company",
        "Acme",
        "--from",
        "Sam Lee",
    ]);
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
    std::fs::remove_dir_all(&dir).unwrap();
}
