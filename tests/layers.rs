//! The layers of `src/`: each module may use only the modules listed
//! before it in [`LAYERS`], and no file may reach itself through the
//! files it uses. Both are read from the source: every `crate::`,
//! `super::` and `self::` path in every file under `src/`, unit tests
//! included. A `mod` declaration is not a use.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// From the bottom up. A module may use its own files and those of any
/// module on an earlier line; modules on one line are siblings and use
/// nothing of each other. ARCHITECTURE.md draws the same list.
const LAYERS: &[&[&str]] = &[
    &["vocab"],
    &["position"],
    &["phrases"],
    &["prose"],
    &["document"],
    &["reading"],
    &["config"],
    &["message"],
    &["wording", "edits"],
    &["rules"],
    &["engine"],
    &["fixes", "templates"],
    &["cli", "lsp"],
];

/// Files that only bring the library together.
const ROOTS: &[&str] = &["lib.rs", "main.rs"];

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

/// Every `.rs` file under `dir`.
fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .expect("src is readable")
        .map(|e| e.expect("entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a file: `src/lsp/state.rs` → `["lsp", "state"]`,
/// `src/rules/mod.rs` → `["rules"]`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).expect("under src");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|c| c.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().expect("a file name");
    let stem = last.trim_end_matches(".rs");
    if stem != "mod" && stem != "lib" && stem != "main" {
        parts.push(stem.to_string());
    }
    parts
}

/// The text without comments, strings and character literals, so that a
/// path in a doc comment or a message is not read as a use.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut depth = 0;
                while i < b.len() {
                    if b[i] == b'/' && b.get(i + 1) == Some(&b'*') {
                        depth += 1;
                        i += 2;
                    } else if b[i] == b'*' && b.get(i + 1) == Some(&b'/') {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'r' if matches!(b.get(i + 1), Some(b'#') | Some(b'"'))
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                // raw string r#"..."#
                let mut j = i + 1;
                let mut hashes = 0;
                while b.get(j) == Some(&b'#') {
                    hashes += 1;
                    j += 1;
                }
                if b.get(j) != Some(&b'"') {
                    out.push('r');
                    i += 1;
                    continue;
                }
                j += 1;
                let close: Vec<u8> = std::iter::once(b'"')
                    .chain(std::iter::repeat_n(b'#', hashes))
                    .collect();
                while j < b.len() && !b[j..].starts_with(&close) {
                    j += 1;
                }
                i = j + close.len();
                out.push_str("\"\"");
            }
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    if b[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i += 1;
                out.push_str("\"\"");
            }
            b'\'' => {
                // a char literal ('a', '\n', '\'') or a lifetime ('a)
                let rest = &src[i..];
                let lit = rest
                    .char_indices()
                    .skip(1)
                    .take(12)
                    .find(|&(k, c)| c == '\'' && !(k == 1 && rest[1..].starts_with('\'')))
                    .map(|(k, _)| k);
                match lit {
                    Some(k) if k <= 2 || rest[1..].starts_with('\\') => {
                        i += k + 1;
                        out.push_str("' '");
                    }
                    _ => {
                        out.push('\'');
                        i += 1;
                    }
                }
            }
            _ => {
                let c = src[i..].chars().next().expect("a char");
                out.push(c);
                i += c.len_utf8();
            }
        }
    }
    out
}

/// Every path a file names that starts with `crate`, `super` or `self`,
/// and every path of a `use`, with `use` groups (`use crate::{a, b::c}`)
/// expanded.
fn paths(code: &str) -> Vec<(usize, Vec<String>)> {
    let mut out = Vec::new();
    // `use` statements, braces expanded
    let mut from = 0;
    while let Some(k) = find_word(&code[from..], "use") {
        let at = from + k;
        let after = &code[at + 3..];
        let Some(end) = after.find(';') else { break };
        let tree: String = after[..end]
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let mut expanded = Vec::new();
        expand(&tree, &mut Vec::new(), &mut expanded);
        out.extend(expanded.into_iter().map(|p| (at, p)));
        from = at + 3 + end;
    }
    // paths in expressions and types
    let bytes = code.as_bytes();
    for start in ["crate::", "super::", "self::"] {
        let mut from = 0;
        while let Some(k) = code[from..].find(start) {
            let at = from + k;
            from = at + start.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_') {
                continue;
            }
            if at > 0 && bytes[at - 1] == b':' {
                continue; // the middle of a longer path
            }
            let tail: String = code[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if tail.ends_with("::") {
                continue; // a `use` group, read with its braces above
            }
            let segs: Vec<String> = tail
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            out.push((at, segs));
        }
    }
    out
}

/// How many inline modules (`mod tests { ... }`) enclose each position:
/// the positions where that number changes, and the number from there on.
fn inline_depths(code: &str) -> Vec<(usize, usize)> {
    let b = code.as_bytes();
    let mut changes = vec![(0, 0)];
    let mut depth = 0usize;
    let mut open: Vec<usize> = Vec::new(); // brace depth inside each inline mod
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'{' => depth += 1,
            b'}' => {
                if open.last() == Some(&depth) {
                    open.pop();
                    changes.push((i, open.len()));
                }
                depth = depth.saturating_sub(1);
            }
            b'm' if code[i..].starts_with("mod ")
                && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_')) =>
            {
                let rest = &code[i + 4..];
                let name_len = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                let after = rest[name_len..].trim_start();
                if name_len > 0 && after.starts_with('{') {
                    let brace = i + 4 + name_len + (rest.len() - name_len - after.len());
                    depth += 1;
                    open.push(depth);
                    changes.push((brace, open.len()));
                    i = brace + 1;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    changes
}

fn depth_at(changes: &[(usize, usize)], at: usize) -> usize {
    let k = changes.partition_point(|&(p, _)| p <= at);
    changes[k.saturating_sub(1)].1
}

fn find_word(s: &str, word: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut from = 0;
    while let Some(k) = s[from..].find(word) {
        let at = from + k;
        let before_ok = at == 0 || !(b[at - 1].is_ascii_alphanumeric() || b[at - 1] == b'_');
        let after = b.get(at + word.len());
        let after_ok = after.is_some_and(|c| c.is_ascii_whitespace());
        if before_ok && after_ok {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// Expands a use tree without whitespace: `crate::a::{b,c::{d,e}}`.
fn expand(tree: &str, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    let tree = tree.trim_start_matches("::");
    if let Some(open) = tree.find('{') {
        let head = &tree[..open];
        let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
        let n = prefix.len();
        prefix.extend(
            head.split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        );
        let mut depth = 0;
        let mut last = 0;
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    expand(&inner[last..i], prefix, out);
                    last = i + 1;
                }
                _ => {}
            }
        }
        expand(&inner[last..], prefix, out);
        prefix.truncate(n);
    } else if !tree.is_empty() {
        let mut p = prefix.clone();
        let item = tree.split(" as ").next().unwrap_or(tree);
        p.extend(
            item.split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        );
        out.push(p);
    }
}

struct Tree {
    src: PathBuf,
    /// module path → file
    files: BTreeMap<Vec<String>, PathBuf>,
}

impl Tree {
    fn read() -> Tree {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut all = Vec::new();
        rust_files(&src, &mut all);
        let files = all
            .into_iter()
            .map(|f| (module_path(&src, &f), f))
            .collect();
        Tree { src, files }
    }

    /// The file a path names: the longest module prefix that is a file.
    /// `inline`: how many inline modules enclose the path in its file;
    /// the first `super`s leave those.
    fn resolve(&self, from: &[String], path: &[String], inline: usize) -> Option<Vec<String>> {
        let mut abs: Vec<String> = Vec::new();
        let mut segs = path.iter().peekable();
        let mut inline = inline;
        if inline > 0 {
            // inside `mod tests { ... }`: `self::x` and `x` are the inline
            // module's own; `super::` first climbs back to the file
            match segs.peek().map(|s| s.as_str()) {
                Some("super") => {}
                Some("crate") => inline = 0,
                _ => return None,
            }
            while inline > 0 && segs.peek().map(|s| s.as_str()) == Some("super") {
                segs.next();
                inline -= 1;
            }
            if inline > 0 {
                return None;
            }
            if segs.peek().map(|s| s.as_str()) != Some("crate") {
                let mut rest: Vec<String> = vec!["self".to_string()];
                rest.extend(segs.cloned());
                return self.resolve(from, &rest, 0);
            }
        }
        match segs.peek().map(|s| s.as_str()) {
            Some("crate") => {
                segs.next();
            }
            // a child module, named from its parent
            Some(child)
                if self
                    .files
                    .contains_key(&[from, &[child.to_string()]].concat()) =>
            {
                abs = from.to_vec();
            }
            Some("super") | Some("self") => {
                abs = from.to_vec();
                while let Some(s) = segs.peek() {
                    match s.as_str() {
                        "super" => {
                            abs.pop();
                        }
                        "self" => {}
                        _ => break,
                    }
                    segs.next();
                }
            }
            _ => return None,
        }
        abs.extend(segs.cloned());
        (0..=abs.len())
            .rev()
            .map(|k| abs[..k].to_vec())
            .find(|m| self.files.contains_key(m))
    }

    /// file (module path) → files it uses
    fn graph(&self) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
        let mut g = BTreeMap::new();
        for (module, file) in &self.files {
            let code = code_only(&fs::read_to_string(file).expect("readable"));
            let depths = inline_depths(&code);
            let mut uses = BTreeSet::new();
            let mut named = paths(&code);
            // `child::item` in an expression of the parent
            for (m, _) in self.files.range(module.clone()..) {
                if m.len() != module.len() + 1 || !m.starts_with(module) {
                    continue;
                }
                let child = &m[module.len()];
                let needle = format!("{child}::");
                let b = code.as_bytes();
                for (at, _) in code.match_indices(&needle) {
                    let prev = at.checked_sub(1).map(|k| b[k]);
                    if !prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b':') {
                        named.push((at, vec![child.clone()]));
                    }
                }
            }
            for (at, p) in named {
                if let Some(target) = self.resolve(module, &p, depth_at(&depths, at)) {
                    if &target != module && !target.is_empty() {
                        uses.insert(target);
                    }
                }
            }
            g.insert(module.clone(), uses);
        }
        g
    }

    fn show(&self, m: &[String]) -> String {
        self.files[m]
            .strip_prefix(self.src.parent().expect("root"))
            .expect("under the root")
            .display()
            .to_string()
    }
}

#[test]
fn every_module_has_a_layer() {
    let tree = Tree::read();
    let mut missing = BTreeSet::new();
    for (m, f) in &tree.files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if m.is_empty() && ROOTS.contains(&name) {
            continue;
        }
        if layer_of(&m[0]).is_none() {
            missing.insert(m[0].clone());
        }
    }
    assert!(
        missing.is_empty(),
        "modules with no layer in tests/layers.rs: {missing:?}"
    );
}

#[test]
fn no_module_uses_one_above_or_beside_it() {
    let tree = Tree::read();
    let mut wrong = Vec::new();
    for (from, uses) in tree.graph() {
        let Some(lf) = from.first().and_then(|m| layer_of(m)) else {
            continue;
        };
        for to in uses {
            let lt = layer_of(&to[0]).expect("every module has a layer");
            if to[0] != from[0] && lt >= lf {
                wrong.push(format!(
                    "{} (layer {lf}: {}) uses {} (layer {lt}: {})",
                    tree.show(&from),
                    from[0],
                    tree.show(&to),
                    to[0]
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "uses against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn no_file_reaches_itself() {
    let tree = Tree::read();
    let g = tree.graph();
    // Tarjan's strongly connected components; any with two or more files
    // is a circle.
    struct State<'g> {
        g: &'g BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        index: BTreeMap<&'g Vec<String>, usize>,
        low: BTreeMap<&'g Vec<String>, usize>,
        stack: Vec<&'g Vec<String>>,
        on: BTreeSet<&'g Vec<String>>,
        next: usize,
        circles: Vec<Vec<&'g Vec<String>>>,
    }
    fn visit<'g>(s: &mut State<'g>, v: &'g Vec<String>) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on.insert(v);
        for w in &s.g[v] {
            if !s.index.contains_key(w) {
                visit(s, w);
                let lw = s.low[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(lw);
            } else if s.on.contains(w) {
                let iw = s.index[w];
                let lv = s.low.get_mut(v).expect("visited");
                *lv = (*lv).min(iw);
            }
        }
        if s.low[v] == s.index[v] {
            let mut comp = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                comp.push(w);
                if w == v {
                    break;
                }
            }
            if comp.len() > 1 {
                s.circles.push(comp);
            }
        }
    }
    let mut s = State {
        g: &g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        next: 0,
        circles: Vec::new(),
    };
    for v in g.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    let circles: Vec<String> = s
        .circles
        .iter()
        .map(|c| {
            let mut names: Vec<String> = c.iter().map(|m| tree.show(m)).collect();
            names.sort();
            names.join(", ")
        })
        .collect();
    assert!(
        circles.is_empty(),
        "files that reach themselves through each other:\n{}",
        circles.join("\n")
    );
}

/// The checker itself: a use group, `super`, and a path in a comment.
#[test]
fn the_reader_sees_uses_and_only_uses() {
    let code = code_only(
        "use crate::{a::B, c::{d, e::F}};\n// crate::zzz::Q\nfn f() { super::g(); let s = \"crate::yyy\"; crate::h::i(); }",
    );
    let got: Vec<Vec<String>> = paths(&code).into_iter().map(|(_, p)| p).collect();
    for want in [
        vec!["crate", "a", "B"],
        vec!["crate", "c", "d"],
        vec!["crate", "c", "e", "F"],
        vec!["super", "g"],
        vec!["crate", "h", "i"],
    ] {
        assert!(
            got.iter().any(|p| p == &want),
            "{want:?} not read from {got:?}"
        );
    }
    assert!(
        !got.iter()
            .any(|p| p.contains(&"zzz".to_string()) || p.contains(&"yyy".to_string()))
    );
    let nested = code_only("fn a() {}\nmod tests {\n    use super::*;\n}\nfn b() {}");
    let depths = inline_depths(&nested);
    let at = |s: &str| nested.find(s).expect("in the text");
    assert_eq!(depth_at(&depths, at("fn a")), 0);
    assert_eq!(depth_at(&depths, at("use super")), 1);
    assert_eq!(depth_at(&depths, at("fn b")), 0);
}
