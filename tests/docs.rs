//! The rule pages in docs/rules/ (which diagnostics link to) are generated
//! from each rule's doc comment; this test keeps them in step. Regenerate
//! with `TACTFUL_BLESS=1 cargo test --test docs`.

use std::path::Path;

use tactful::rules::{self, RULES};

fn page(rule: &rules::Rule) -> String {
    format!(
        "<!-- Generated from src/rules/{}.rs; do not edit. -->\n\n{}\n\n- Default severity: `{}`\n- Turn it off or change it in `tactful.toml`: `[rules] {} = \"off\"`\n- Off for one file: `<!-- tactful-disable {} -->` (Markdown) or a first line `tactful-disable: {}` (plain text)\n",
        rule.id.replace('-', "_"),
        rule.doc(),
        rule.default_severity.as_str(),
        rule.id,
        rule.id,
        rule.id,
    )
}

#[test]
fn rule_pages_match_the_rule_docs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
    let bless = std::env::var("TACTFUL_BLESS").is_ok_and(|v| v == "1");
    let mut stale = Vec::new();
    for rule in RULES {
        assert!(
            rule.doc().starts_with(&format!("# {}", rule.id)),
            "{} has no doc comment",
            rule.id
        );
        let path = dir.join(format!("{}.md", rule.id));
        let want = page(rule);
        if bless {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &want).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(want.as_str()) {
            stale.push(rule.id);
        }
    }
    assert!(
        stale.is_empty(),
        "stale rule pages (run TACTFUL_BLESS=1 cargo test --test docs): {stale:?}"
    );
}
