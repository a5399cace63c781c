//! The CLI as a user runs it: the README's example, `--diff`, `new`,
//! `rules` and `explain`.

use std::process::Command;

fn tactful(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tactful"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the binary runs")
}

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
    // the human report counts the files it checked
    let o = tactful(&["check", dir.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.trim_end().ends_with(" of 60 files."),
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
    std::fs::write(
        dir.join("draft.md"),
        "Hi Dana,\n\nThank you for the invitation. I have decided to decline the interview. I hope our paths cross again.\n\nBest regards,\nSam\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_tactful"))
            .current_dir(&dir)
            .args(args)
            .output()
            .expect("the binary runs")
    };
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
