//! CLI and configuration abuse against the real `tactful check` binary:
//! files that are not text, empty, huge, unreadable or loop; configs that
//! are not TOML or have wrong types; phrases full of regex syntax; absurd
//! budgets; and `--fix` data safety. Every case names the file and the
//! problem, goes on with the rest, and exits as SPEC §6 says: 0 clean,
//! 1 findings at or above `--fail-on`, 2 on a usage or I/O error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

/// A clean draft: no finding at warning or above.
const CLEAN: &str = "Subject: Data Analyst interview\n\nDear Ms. Larsen,\n\nThank you for the invitation to interview for the Data Analyst role. After careful thought, I have decided to withdraw my application, as I have accepted another offer. I hope our paths cross again.\n\nKind regards,\nRafael Souza\n";

/// A draft with a preferred fix (no thanks).
const NO_THANKS: &str = "Dear Ms. Larsen,\n\nI have decided to withdraw my application.\n\nKind regards,\nRafael Souza\n";

struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("tactful-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }

    fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.path(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tactful(dir: &Path, args: &[&str]) -> Output {
    tactful_env(dir, args, &[])
}

fn tactful_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tactful"));
    c.current_dir(dir).args(args).stdin(Stdio::null());
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("the binary runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON report's file paths.
fn reported(o: &Output) -> Vec<String> {
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "JSON on stdout ({e}): {}",
            String::from_utf8_lossy(&o.stdout)
        )
    });
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_string())
        .collect()
}

fn codes_of(o: &Output, file_suffix: &str) -> Vec<String> {
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["path"].as_str().unwrap().ends_with(file_suffix))
        .flat_map(|f| f["diagnostics"].as_array().unwrap().clone())
        .map(|d| d["code"].as_str().unwrap().to_string())
        .collect()
}

#[track_caller]
fn assert_no_panic(o: &Output) {
    let err = stderr(o);
    assert!(
        !err.contains("panicked"),
        "a panic reached the user:\n{err}"
    );
    assert!(
        !err.contains("RUST_BACKTRACE"),
        "a panic reached the user:\n{err}"
    );
}

#[test]
fn non_utf8_and_binary_files_are_reported_and_skipped() {
    let s = Scratch::new("binary");
    s.write("good.md", CLEAN);
    s.write("latin1.md", b"Caf\xe9 au lait, merci.\n");
    s.write(
        "image.txt",
        [
            0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0xff, 0xd8,
        ],
    );
    // valid UTF-8 full of control characters is text: checked, no crash
    s.write(
        "controls.md",
        "\u{0}\u{1}\u{7f}\u{1b}[31mHi\u{0}\r\r\n\u{feff}\u{202e}".repeat(50),
    );
    let o = tactful(&s.0, &["check", ".", "--format", "json"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("latin1.md: not UTF-8 text (invalid byte at offset 3)"),
        "{err}"
    );
    assert!(err.contains("image.txt: not UTF-8 text"), "{err}");
    let files = reported(&o);
    assert!(files.iter().any(|f| f.ends_with("good.md")), "{files:?}");
    assert!(
        files.iter().any(|f| f.ends_with("controls.md")),
        "{files:?}"
    );
    assert!(!files.iter().any(|f| f.ends_with("latin1.md")), "{files:?}");
}

#[test]
fn empty_and_blank_files_are_checked_quietly() {
    let s = Scratch::new("empty");
    s.write("empty.md", "");
    s.write("blank.txt", " \n\r\n\t\n");
    s.write("front-matter-only.md", "---\nmedium: text\n---\n");
    let o = tactful(
        &s.0,
        &["check", ".", "--format", "json", "--fail-on", "error"],
    );
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(reported(&o).len(), 3);
}

#[test]
fn a_100_mb_file_is_refused_by_size_and_the_rest_is_checked() {
    let s = Scratch::new("huge");
    s.write("good.md", CLEAN);
    let huge = s.path("huge.md");
    let line = "Thank you for the invitation. I must decline. ";
    let mut f = std::fs::File::create(&huge).unwrap();
    let block = line.repeat(1024 * 1024 / line.len() + 1);
    for _ in 0..100 {
        f.write_all(block.as_bytes()).unwrap();
    }
    drop(f);
    assert!(std::fs::metadata(&huge).unwrap().len() >= 100 * 1024 * 1024);
    let started = std::time::Instant::now();
    let o = tactful(&s.0, &["check", ".", "--format", "json", "--fix"]);
    assert_no_panic(&o);
    assert!(
        started.elapsed().as_secs() < 30,
        "the size is checked before reading"
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(
            "huge.md: 100 MB is too large to be a message (tactful checks up to 4 MB); skipped"
        ),
        "{err}"
    );
    assert_eq!(reported(&o).len(), 1);
    // --fix never touched it
    assert!(std::fs::metadata(&huge).unwrap().len() >= 100 * 1024 * 1024);
}

#[test]
fn too_much_on_standard_input_is_refused() {
    let s = Scratch::new("stdin");
    let mut child = Command::new(env!("CARGO_BIN_EXE_tactful"))
        .current_dir(&s.0)
        .args(["check", "-", "--stdin-filename", "piped.md"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        // the reader stops at the limit; a closed pipe ends the writing
        let chunk = vec![b'a'; 64 * 1024];
        for _ in 0..80 {
            if stdin.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o)
            .contains("piped.md: too large to be a message (tactful checks up to 4 MB); skipped"),
        "{}",
        stderr(&o)
    );
}

#[cfg(unix)]
#[test]
fn symlink_loops_dangling_links_and_sockets_in_a_walk() {
    use std::os::unix::fs::symlink;
    let s = Scratch::new("links");
    s.write("drafts/good.md", CLEAN);
    symlink(s.path("drafts"), s.path("drafts/again")).unwrap(); // a folder loop
    symlink(s.path("drafts/b.md"), s.path("drafts/a.md")).unwrap(); // a.md → b.md
    symlink(s.path("drafts/a.md"), s.path("drafts/b.md")).unwrap(); // b.md → a.md
    symlink("/nonexistent/tactful", s.path("drafts/gone.md")).unwrap();
    let _socket = std::os::unix::net::UnixListener::bind(s.path("drafts/socket.md")).unwrap();
    let o = tactful(&s.0, &["check", "drafts", "--format", "json"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    for (name, why) in [
        ("a.md", "cannot read"),
        ("b.md", "cannot read"),
        ("gone.md", "cannot read"),
        ("socket.md", "not a regular file"),
    ] {
        assert!(
            err.lines()
                .any(|l| l.contains(name) && l.contains(why) && l.ends_with("skipped")),
            "{name}: {err}"
        );
    }
    let files = reported(&o);
    assert_eq!(files.len(), 1, "the loop is walked once: {files:?}");
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_reported_and_skipped() {
    use std::os::unix::fs::PermissionsExt;
    let s = Scratch::new("unreadable");
    s.write("good.md", CLEAN);
    let locked = s.write("locked.md", CLEAN);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        eprintln!(
            "skipped the mode-000 case: this user (root?) reads any file; \
             the dangling-link case covers an unreadable file instead"
        );
        let _ = std::os::unix::fs::symlink("/nonexistent/x", s.path("locked2.md"));
    }
    let o = tactful(&s.0, &["check", ".", "--format", "json"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("cannot read"), "{}", stderr(&o));
    assert!(reported(&o).iter().any(|f| f.ends_with("good.md")));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[test]
fn a_config_that_is_not_toml_is_named_and_nothing_is_checked() {
    let s = Scratch::new("bad-toml");
    s.write("tactful.toml", "medium = [oops\n[rules\n");
    s.write("good.md", CLEAN);
    let o = tactful(&s.0, &["check", ".", "--format", "json"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("tactful.toml: not valid TOML"), "{err}");
    assert!(err.contains("no drafts checked"), "{err}");
    assert!(
        o.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
    // the same file given with --config
    let o = tactful(&s.0, &["check", "good.md", "--config", "tactful.toml"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("tactful.toml: not valid TOML"));
    // a --config that cannot be read is a usage error
    let o = tactful(&s.0, &["check", "good.md", "--config", "missing.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("cannot read config missing.toml"),
        "{}",
        stderr(&o)
    );
    // and so is a config that is not UTF-8
    s.write("latin1.toml", b"medium = \"\xe9\"\n");
    let o = tactful(&s.0, &["check", "good.md", "--config", "latin1.toml"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("latin1.toml"), "{}", stderr(&o));
}

#[test]
fn config_values_of_the_wrong_type_are_each_named() {
    let s = Scratch::new("wrong-types");
    s.write(
        "tactful.toml",
        r#"
medium = 42
surprise = true
[length]
email = "long"
text = 1.5
phone = [150]
[rules]
negativity = 5
casual-tone = "loud"
no-such-rule = "off"
[profile]
name = 7
[phrases]
gratitude = "not a list"
hedge = [1, 2]
"#,
    );
    s.write("good.md", CLEAN);
    let o = tactful(&s.0, &["check", ".", "--format", "json"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    for key in [
        "`medium`",
        "`surprise`",
        "`length.email`",
        "`length.text`",
        "`length.phone`",
        "`rules.negativity`",
        "`rules.casual-tone`",
        "`rules.no-such-rule`",
        "`profile.name`",
        "`phrases.gratitude`",
        "`phrases.hedge`",
    ] {
        assert!(
            err.lines()
                .any(|l| l.contains("tactful.toml") && l.contains(key)),
            "{key} is not named:\n{err}"
        );
    }
    assert!(
        o.stdout.is_empty(),
        "nothing is checked under a broken config"
    );
}

#[test]
fn absurd_budgets_are_refused() {
    let s = Scratch::new("budgets");
    s.write("good.md", CLEAN);
    for (value, shown) in [
        ("0", "found 0"),
        ("-5", "found -5"),
        ("1000000000000", "found 1000000000000"),
        ("1e30", "found 1000000000000000000000000000000"),
        ("9223372036854775807", "found 9223372036854775807"),
    ] {
        s.write("tactful.toml", format!("[length]\nemail = {value}\n"));
        let o = tactful(&s.0, &["check", ".", "--format", "json"]);
        assert_no_panic(&o);
        let err = stderr(&o);
        assert!(
            err.contains("tactful.toml: `length.email`: expected a word count from 1 to 1000000")
                && err.contains(shown),
            "{value}: {err}"
        );
        assert_eq!(o.status.code(), Some(2), "{value}: {err}");
    }
    // a number too large for TOML is a TOML error, named as such
    s.write(
        "tactful.toml",
        "[length]\nemail = 99999999999999999999999\n",
    );
    let o = tactful(&s.0, &["check", ".", "--format", "json"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("tactful.toml: not valid TOML"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn user_phrases_with_regex_metacharacters_are_literal() {
    let s = Scratch::new("phrases");
    s.write(
        "tactful.toml",
        r#"[phrases]
gratitude = ["much (obliged)+", ".*", "[a-z]", "^$", "\\d{3}", "a|b", "((("]
"#,
    );
    let body = |thanks: &str| {
        format!(
            "Dear Ms. Larsen,\n\n{thanks} I have decided to withdraw my application.\n\nKind regards,\nRafael Souza\n"
        )
    };
    // the literal text counts as thanks
    s.write("literal.md", body("Much (obliged)+ for your time."));
    // what the pattern would match as a regex does not
    s.write("regex.md", body("Much obligedobliged for your time."));
    let o = tactful(&s.0, &["check", ".", "--format", "json"]);
    assert_no_panic(&o);
    assert!(!stderr(&o).contains("tactful.toml"), "{}", stderr(&o));
    assert!(!codes_of(&o, "literal.md").contains(&"missing-gratitude".to_string()));
    assert!(codes_of(&o, "regex.md").contains(&"missing-gratitude".to_string()));
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let s = Scratch::new("usage");
    for args in [
        &["check", "--medium", "pigeon"][..],
        &["check", "--fail-on", "sometimes"],
        &["check", "--format", "xml"],
        &["explain", "no-such-rule"],
        &["check", "does-not-exist.md"],
        &["check", "--diff", "--format", "json", "."],
    ] {
        let o = tactful(&s.0, args);
        assert_no_panic(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).trim().is_empty(), "{args:?}");
    }
}

// --- data safety -----------------------------------------------------------

#[cfg(unix)]
#[test]
fn fix_replaces_the_file_atomically_and_keeps_its_permissions() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let s = Scratch::new("fix");
    let draft = s.write("draft.md", NO_THANKS);
    std::fs::set_permissions(&draft, std::fs::Permissions::from_mode(0o640)).unwrap();
    let before = std::fs::metadata(&draft).unwrap();
    let o = tactful(&s.0, &["check", "draft.md", "--fix", "--format", "json"]);
    assert_no_panic(&o);
    let after = std::fs::metadata(&draft).unwrap();
    let fixed = std::fs::read_to_string(&draft).unwrap();
    assert_ne!(fixed, NO_THANKS, "the preferred fix was applied");
    assert!(fixed.to_lowercase().contains("thank"), "{fixed}");
    assert!(!codes_of(&o, "draft.md").contains(&"missing-gratitude".to_string()));
    // replaced by a rename (a new inode), never rewritten in place
    assert_ne!(before.ino(), after.ino());
    assert_eq!(after.permissions().mode() & 0o777, 0o640);
    // no temporary file left behind
    let names: Vec<_> = std::fs::read_dir(&s.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["draft.md"]);
}

#[cfg(unix)]
#[test]
fn fix_through_a_symlink_updates_the_target_and_keeps_the_link() {
    let s = Scratch::new("fix-link");
    let target = s.write("real/draft.md", NO_THANKS);
    std::os::unix::fs::symlink(&target, s.path("link.md")).unwrap();
    let o = tactful(&s.0, &["check", "link.md", "--fix"]);
    assert_no_panic(&o);
    assert!(s.path("link.md").is_symlink(), "the link is kept");
    assert_ne!(std::fs::read_to_string(&target).unwrap(), NO_THANKS);
}

#[cfg(unix)]
#[test]
fn fix_keeps_the_owner_when_run_as_root() {
    use std::os::unix::fs::MetadataExt;
    let s = Scratch::new("fix-owner");
    let draft = s.write("draft.md", NO_THANKS);
    if std::os::unix::fs::chown(&draft, Some(4321), Some(4321)).is_err() {
        eprintln!("skipped: only root can give a file to another user");
        return;
    }
    let o = tactful(&s.0, &["check", "draft.md", "--fix"]);
    assert_no_panic(&o);
    let meta = std::fs::metadata(&draft).unwrap();
    assert_ne!(std::fs::read_to_string(&draft).unwrap(), NO_THANKS);
    assert_eq!((meta.uid(), meta.gid()), (4321, 4321));
}

#[test]
fn fix_never_writes_a_file_it_could_not_read() {
    let s = Scratch::new("fix-unread");
    let latin1: &[u8] = b"Dear Ms. Larsen,\n\nI must decline. Caf\xe9.\n";
    let bad = s.write("latin1.md", latin1);
    let good = s.write("good.md", NO_THANKS);
    let o = tactful(&s.0, &["check", ".", "--fix"]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(std::fs::read(&bad).unwrap(), latin1, "untouched");
    assert_ne!(
        std::fs::read_to_string(&good).unwrap(),
        NO_THANKS,
        "the rest is fixed"
    );
}

#[test]
fn a_panic_on_one_draft_is_reported_and_the_others_are_checked_and_fixed() {
    if !cfg!(debug_assertions) {
        eprintln!("skipped: the panic hook exists in debug builds only");
        return;
    }
    let s = Scratch::new("panic");
    let trips = format!("{NO_THANKS}TRIP-THE-ENGINE\n");
    let bad = s.write("a-trips.md", &trips);
    let good = s.write("b-good.md", NO_THANKS);
    let o = tactful_env(
        &s.0,
        &["check", ".", "--fix", "--format", "json"],
        &[("TACTFUL_DEBUG_PANIC_MARKER", "TRIP-THE-ENGINE")],
    );
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("a-trips.md: internal error while checking") && err.contains("skipped"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert_eq!(std::fs::read_to_string(&bad).unwrap(), trips, "not written");
    assert_ne!(std::fs::read_to_string(&good).unwrap(), NO_THANKS);
    assert_eq!(reported(&o).len(), 1);
}

#[test]
fn no_network_code_in_the_source_or_the_dependencies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
    for krate in [
        "reqwest",
        "hyper",
        "ureq",
        "curl",
        "isahc",
        "surf",
        "attohttpc",
        "mio",
        "socket2",
        "rustls",
        "native-tls",
        "openssl",
    ] {
        assert!(
            !lock.contains(&format!("name = \"{krate}\"\n")),
            "{krate} is in Cargo.lock: tactful promises no network access"
        );
    }
    let mut stack = vec![root.join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "rs") {
                let src = std::fs::read_to_string(&p).unwrap();
                for needle in [
                    "std::net",
                    "TcpStream",
                    "UdpSocket",
                    "TcpListener",
                    "tokio::net",
                ] {
                    assert!(!src.contains(needle), "{} uses {needle}", p.display());
                }
            }
        }
    }
}
