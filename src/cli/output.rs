//! Rendering check results: annotated snippets for people, JSON for tools.

use annotate_snippets::{Level, Renderer, Snippet};
use rayon::prelude::*;
use serde_json::{Value, json};

use super::Checked;
use crate::position::{Encoding, LineIndex};
use crate::rules::{self, Severity};

fn lsp_range(idx: &LineIndex, text: &str, r: &std::ops::Range<usize>) -> Value {
    let s = idx.position(text, r.start, Encoding::Utf16);
    let e = idx.position(text, r.end, Encoding::Utf16);
    json!({"start": {"line": s.line, "character": s.character},
           "end": {"line": e.line, "character": e.character}})
}

/// One JSON document for every file (SPEC §6).
pub fn json(checked: &[Checked]) -> String {
    // Each file is made and printed on its own, in parallel, then set in
    // the `files` array exactly as serde_json's pretty printer would.
    let files: Vec<String> = checked
        .par_iter()
        .map(|c| {
            let idx = LineIndex::new(&c.text);
            let r = &c.report;
            let parts: Vec<Value> = r
                .parts
                .iter()
                .map(|p| json!({"kind": p.kind.as_str(), "range": lsp_range(&idx, &c.text, &p.range)}))
                .collect();
            let diagnostics: Vec<Value> = r
                .findings
                .iter()
                .map(|f| {
                    let fixes: Vec<Value> = f
                        .fixes
                        .iter()
                        .map(|x| {
                            json!({"title": x.title, "preferred": x.preferred,
                                   "edits": x.edits.iter().map(|e| json!({
                                       "range": lsp_range(&idx, &c.text, &e.range),
                                       "newText": e.new_text})).collect::<Vec<_>>()})
                        })
                        .collect();
                    json!({"code": f.rule, "severity": f.severity.as_str(), "message": f.message,
                           "range": lsp_range(&idx, &c.text, &f.range), "source": "tactful",
                           "url": rules::doc_url(f.rule), "fixes": fixes})
                })
                .collect();
            let file = json!({"path": c.path,
                   "analysis": {"medium": r.medium.as_str(), "scenario": r.scenario.as_str(),
                                "words": r.words, "parts": parts},
                   "diagnostics": diagnostics});
            // strings escape their line breaks, so every line is JSON
            // structure and may be indented
            let pretty = serde_json::to_string_pretty(&file).unwrap_or_default();
            let mut indented = String::with_capacity(pretty.len() + pretty.len() / 8);
            for (i, line) in pretty.lines().enumerate() {
                if i > 0 {
                    indented.push('\n');
                }
                indented.push_str("    ");
                indented.push_str(line);
            }
            indented
        })
        .collect();
    if files.is_empty() {
        return "{\n  \"files\": []\n}\n".to_string();
    }
    format!("{{\n  \"files\": [\n{}\n  ]\n}}\n", files.join(",\n"))
}

fn level(s: Severity) -> Level {
    match s {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
        Severity::Hint => Level::Help,
    }
}

/// Annotated snippets, one per finding, then a summary line.
pub fn human(checked: &[Checked], color: bool) -> String {
    let mut counts = [0usize; 4];
    let mut files_with = 0;
    for c in checked {
        files_with += usize::from(!c.report.findings.is_empty());
        for f in &c.report.findings {
            counts[f.severity as usize] += 1;
        }
    }
    // files are rendered in parallel and printed in order
    let rendered: Vec<String> = checked.par_iter().map(|c| render(c, color)).collect();
    let mut out = rendered.concat();
    summarise(&mut out, checked, counts, files_with);
    out
}

/// One file's findings, annotated.
fn render(c: &Checked, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    // CR is shown as a space so CRLF files render cleanly; offsets stay.
    let shown = c.text.replace('\r', " ");
    for f in &c.report.findings {
        let label = if f.range.is_empty() { "here" } else { "" };
        let mut range = f.range.clone();
        if range.is_empty() {
            // point at one character so the caret shows
            let end = shown[range.start..]
                .chars()
                .next()
                .map_or(range.start, |ch| range.start + ch.len_utf8());
            range = range.start..end;
        }
        let fix_note = f
            .fixes
            .iter()
            .find(|x| x.preferred)
            .map(|x| format!("fix available: {}", x.title));
        let title = f.message.clone();
        let mut msg = level(f.severity).title(&title).id(f.rule).snippet(
            Snippet::source(&shown)
                .origin(&c.path)
                .fold(true)
                .annotation(level(f.severity).span(range).label(label)),
        );
        if let Some(note) = &fix_note {
            msg = msg.footer(Level::Help.title(note));
        }
        out.push_str(&renderer.render(msg).to_string());
        out.push_str("\n\n");
    }
    out
}

/// Appends the summary line after the files' findings.
fn summarise(out: &mut String, checked: &[Checked], counts: [usize; 4], files_with: usize) {
    let total: usize = counts.iter().sum();
    if total == 0 {
        out.push_str(&format!(
            "No problems found in {} file{}.\n",
            checked.len(),
            if checked.len() == 1 { "" } else { "s" }
        ));
    } else {
        let names = ["error", "warning", "info", "hint"];
        let parts: Vec<String> = counts
            .iter()
            .zip(names)
            .filter(|(n, _)| **n > 0)
            .map(|(n, name)| {
                format!(
                    "{n} {name}{}",
                    if *n == 1 || name == "info" { "" } else { "s" }
                )
            })
            .collect();
        out.push_str(&format!(
            "Found {total} problem{} ({}) in {files_with} of {} file{}.\n",
            if total == 1 { "" } else { "s" },
            parts.join(", "),
            checked.len(),
            if checked.len() == 1 { "" } else { "s" }
        ));
    }
}
