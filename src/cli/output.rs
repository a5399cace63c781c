//! Rendering check results: annotated snippets for people, JSON for tools.

use annotate_snippets::{Level, Renderer, Snippet};
use serde::Serialize;

use crate::engine;
use crate::position::{Encoding, LineIndex, Position};
use crate::rules::{self, Severity};

// The JSON shapes of SPEC §6. Fields are declared in alphabetical order:
// the order tactful has always printed them in (they were once built as
// `serde_json::Value` maps, which sort their keys).

#[derive(Serialize)]
struct JsonPosition {
    character: u32,
    line: u32,
}

#[derive(Serialize)]
struct JsonRange {
    end: JsonPosition,
    start: JsonPosition,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    analysis: JsonAnalysis<'a>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    path: &'a str,
}

#[derive(Serialize)]
struct JsonAnalysis<'a> {
    medium: &'a str,
    parts: Vec<JsonPart<'a>>,
    scenario: &'a str,
    words: usize,
}

#[derive(Serialize)]
struct JsonPart<'a> {
    kind: &'a str,
    range: JsonRange,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    fixes: Vec<JsonFix<'a>>,
    message: &'a str,
    range: JsonRange,
    severity: &'a str,
    source: &'a str,
    url: String,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    edits: Vec<JsonEdit<'a>>,
    preferred: bool,
    title: &'a str,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    #[serde(rename = "newText")]
    new_text: &'a str,
    range: JsonRange,
}

fn json_range(idx: &LineIndex, text: &str, r: &std::ops::Range<usize>) -> JsonRange {
    let pos = |offset| {
        let Position { line, character } = idx.position(text, offset, Encoding::Utf16);
        JsonPosition { character, line }
    };
    JsonRange {
        end: pos(r.end),
        start: pos(r.start),
    }
}

/// The start of the JSON document, before the first file.
pub const JSON_HEAD: &str = "{\n  \"files\": [\n";
/// Between two files.
pub const JSON_SEPARATOR: &str = ",\n";
/// The end of the JSON document, after the last file.
pub const JSON_TAIL: &str = "\n  ]\n}\n";
/// The whole document when no file was checked.
pub const JSON_EMPTY: &str = "{\n  \"files\": []\n}\n";

/// One file's entry in the `files` array of the JSON document (SPEC §6),
/// pretty-printed and indented to its place in the array.
/// The result of checking one input.
pub struct Checked {
    pub path: String,
    pub text: String,
    pub report: engine::Report,
}

pub fn json_file(c: &Checked) -> String {
    let idx = LineIndex::new(&c.text);
    let r = &c.report;
    let range = |range| json_range(&idx, &c.text, range);
    let file = JsonFile {
        analysis: JsonAnalysis {
            medium: r.medium.as_str(),
            parts: r
                .parts
                .iter()
                .map(|p| JsonPart {
                    kind: p.kind.as_str(),
                    range: range(&p.range),
                })
                .collect(),
            scenario: r.scenario.as_str(),
            words: r.words,
        },
        diagnostics: r
            .findings
            .iter()
            .map(|f| JsonDiagnostic {
                code: f.rule,
                fixes: f
                    .fixes
                    .iter()
                    .map(|x| JsonFix {
                        edits: x
                            .edits
                            .iter()
                            .map(|e| JsonEdit {
                                new_text: &e.new_text,
                                range: range(&e.range),
                            })
                            .collect(),
                        preferred: x.preferred,
                        title: &x.title,
                    })
                    .collect(),
                message: &f.message,
                range: range(&f.range),
                severity: f.severity.as_str(),
                source: "tactful",
                url: rules::doc_url(f.rule),
            })
            .collect(),
        path: &c.path,
    };
    // Strings escape their line breaks, so every line is JSON structure
    // and may be indented by the two levels it sits at.
    let pretty = serde_json::to_vec_pretty(&file).unwrap_or_default();
    let lines = pretty.iter().filter(|&&b| b == b'\n').count() + 1;
    let mut indented = Vec::with_capacity(pretty.len() + 4 * lines);
    for (i, line) in pretty.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            indented.push(b'\n');
        }
        indented.extend_from_slice(b"    ");
        indented.extend_from_slice(line);
    }
    // serde_json writes UTF-8, and the cuts are at ASCII line breaks
    String::from_utf8(indented).unwrap_or_default()
}

fn level(s: Severity) -> Level {
    match s {
        Severity::Error => Level::Error,
        Severity::Warning => Level::Warning,
        Severity::Info => Level::Info,
        Severity::Hint => Level::Help,
    }
}

/// One file's findings, annotated.
pub fn human_file(c: &Checked, color: bool) -> String {
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

/// What the summary line after the annotated snippets counts.
#[derive(Debug, Default)]
pub struct Tally {
    files: usize,
    files_with: usize,
    /// Findings by severity, indexed by `Severity as usize`.
    counts: [usize; 4],
}

impl Tally {
    /// Counts one checked file whose findings have `counts` by severity.
    pub fn add(&mut self, counts: [usize; 4]) {
        self.files += 1;
        self.files_with += usize::from(counts.iter().any(|&n| n > 0));
        for (all, n) in self.counts.iter_mut().zip(counts) {
            *all += n;
        }
    }

    /// The summary line, with its line break.
    pub fn summary(&self) -> String {
        let files = self.files;
        let s = |n: usize| if n == 1 { "" } else { "s" };
        let total: usize = self.counts.iter().sum();
        if total == 0 {
            return format!("No problems found in {files} file{}.\n", s(files));
        }
        let names = ["error", "warning", "info", "hint"];
        let parts: Vec<String> = self
            .counts
            .iter()
            .zip(names)
            .filter(|(n, _)| **n > 0)
            .map(|(&n, name)| format!("{n} {name}{}", if name == "info" { "" } else { s(n) }))
            .collect();
        format!(
            "Found {total} problem{} ({}) in {} of {files} file{}.\n",
            s(total),
            parts.join(", "),
            self.files_with,
            s(files)
        )
    }
}
