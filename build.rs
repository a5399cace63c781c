//! Gathers each rule file's `//!` doc comment into `rule_docs.rs`, so that
//! a rule's explanation has one source: the comment at the top of its file.

use std::fs;
use std::path::Path;

fn main() {
    let dir = Path::new("src/rules");
    println!("cargo:rerun-if-changed=src/rules");
    let mut entries: Vec<(String, String)> = Vec::new();
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("src/rules exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .collect();
    files.sort();
    for path in files {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem == "mod" || stem == "testing" {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let src = fs::read_to_string(&path).expect("rule file is readable");
        let doc: Vec<&str> = src
            .lines()
            .take_while(|l| l.starts_with("//!"))
            .map(|l| {
                l.strip_prefix("//! ")
                    .unwrap_or(l.trim_start_matches("//!"))
            })
            .collect();
        entries.push((stem.replace('_', "-"), doc.join("\n").trim().to_string()));
    }
    let mut out = String::from(
        "/// Rule id and explanation, from each rule file's doc comment.\npub static RULE_DOCS: &[(&str, &str)] = &[\n",
    );
    for (id, doc) in entries {
        out.push_str(&format!("    ({id:?}, {doc:?}),\n"));
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR is set")).join("rule_docs.rs");
    fs::write(dest, out).expect("OUT_DIR is writable");
}
