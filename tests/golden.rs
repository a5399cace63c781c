//! Golden fixes: for each defect class the fix planner exists to prevent,
//! a draft in `tests/fixes/` and, beside it, what `tactful check --fix`
//! must make of it (`<name>.fixed`). `TACTFUL_BLESS=1 cargo test --test
//! golden` rewrites the expected files; read the diff before committing.
//!
//! 01 one decision for many hedges (no second "I have decided", no "I will
//!    let you know" beside it); 02 a text typed one thought per line keeps
//!    its lines and gets no glued insert; 03 a sign-off goes after the last
//!    sentence, never inside it; 04 a script's title line stays first and
//!    the greeting becomes the first list item; 05 a text gets no Subject
//!    line and no capital after a comma; 06 a letter's address-block and
//!    date placeholders go with their lines, "Dear [Name]," becomes a
//!    salutation, "on [Date]" goes, and the writer's own name stays
//!    flagged; 07 the apology that was owed (short notice) stays;
//!    08 a greeting that names the caller is kept.

use std::path::Path;

use tactful::config::Config;
use tactful::document::Format;
use tactful::fixes::fix_until_stable;

#[test]
fn fixes_match_their_golden_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixes");
    let bless = std::env::var_os("TACTFUL_BLESS").is_some();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 8, "the golden drafts are missing");
    let mut failures = Vec::new();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let format = Format::from_path(&path.to_string_lossy()).unwrap();
        let (fixed, _) = fix_until_stable(&text, format, &Config::default());
        let want_path = path.with_extension(format!(
            "{}.fixed",
            path.extension().unwrap().to_string_lossy()
        ));
        if bless {
            std::fs::write(&want_path, &fixed).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&want_path).unwrap_or_default();
        if fixed != want {
            failures.push(format!(
                "{}:\n--- expected\n{want}\n--- got\n{fixed}",
                path.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
