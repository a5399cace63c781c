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

/// What a run of `check` does with the fixes it finds.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reports findings.
    #[default]
    Check,
    /// `--fix`: writes the preferred fixes, then reports what remains.
    Fix,
    /// `--diff`: shows what `--fix` would write.
    Diff,
}

/// One checked file, as the summary counts it.
#[derive(Debug, Default, Clone, Copy)]
pub struct FileTally {
    /// The findings left (after `--fix`; that would be left after
    /// `--diff`), by severity, indexed by `Severity as usize`.
    pub remaining: [usize; 4],
    /// Fixes applied (`--fix`) or that would be (`--diff`).
    pub fixed: usize,
}

/// What the summary line after the annotated snippets counts.
#[derive(Debug, Default)]
pub struct Tally {
    mode: Mode,
    files: usize,
    files_with: usize,
    files_fixed: usize,
    fixed: usize,
    /// Inputs named on stderr and not checked (missing, unreadable).
    skipped: usize,
    /// Findings by severity, indexed by `Severity as usize`.
    counts: [usize; 4],
}

/// "s" after a count that is not one.
fn s(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

impl Tally {
    pub fn new(mode: Mode) -> Tally {
        Tally {
            mode,
            ..Tally::default()
        }
    }

    /// Counts one checked file.
    pub fn add(&mut self, file: FileTally) {
        self.files += 1;
        self.files_with += usize::from(file.remaining.iter().any(|&n| n > 0));
        self.files_fixed += usize::from(file.fixed > 0);
        self.fixed += file.fixed;
        for (all, n) in self.counts.iter_mut().zip(file.remaining) {
            *all += n;
        }
    }

    /// Counts one input that could not be checked.
    pub fn skip(&mut self) {
        self.skipped += 1;
    }

    /// "2 warnings, 1 hint".
    fn by_severity(&self) -> String {
        let names = ["error", "warning", "info", "hint"];
        let parts: Vec<String> = self
            .counts
            .iter()
            .zip(names)
            .filter(|(n, _)| **n > 0)
            .map(|(&n, name)| format!("{n} {name}{}", if name == "info" { "" } else { s(n) }))
            .collect();
        parts.join(", ")
    }

    /// " in 2 of 3 files", or nothing for a single file.
    fn where_found(&self) -> String {
        if self.files == 1 {
            String::new()
        } else {
            format!(" in {} of {} files", self.files_with, self.files)
        }
    }

    /// The summary line, with its line break. After `--fix` or `--diff`
    /// it says what changed (or would) and what remains, as ruff's does;
    /// an input that could not be checked is never counted as clean.
    pub fn summary(&self) -> String {
        let files = self.files;
        let total: usize = self.counts.iter().sum();
        let mut clauses = Vec::new();
        if files == 0 && self.skipped == 0 {
            // nothing was checked, so nothing was found clean either
            return "No drafts found to check (tactful reads .md, .markdown and .txt files).\n"
                .to_string();
        }
        if files == 0 {
            clauses.push("Nothing checked".to_string());
        } else {
            match self.mode {
                Mode::Check => clauses.push(self.found(total)),
                Mode::Fix | Mode::Diff => {
                    let diff = self.mode == Mode::Diff;
                    let (fixed, none) = match (diff, self.fixed) {
                        (false, 0) => ("No fixes applied".to_string(), "no problems remain"),
                        (true, 0) => ("No fixes to apply".to_string(), "no problems remain"),
                        (false, n) => (
                            format!(
                                "Fixed {n} problem{} in {} file{}",
                                s(n),
                                self.files_fixed,
                                s(self.files_fixed)
                            ),
                            "no problems remain",
                        ),
                        (true, n) => (
                            format!(
                                "Would fix {n} problem{} in {} file{}",
                                s(n),
                                self.files_fixed,
                                s(self.files_fixed)
                            ),
                            "none would remain",
                        ),
                    };
                    if self.fixed == 0 && total == 0 {
                        clauses.push(self.found(0));
                    } else {
                        clauses.push(fixed);
                        clauses.push(match (total, diff) {
                            (0, _) => none.to_string(),
                            (n, false) => format!(
                                "{n} problem{} remain{} ({}){}",
                                s(n),
                                if n == 1 { "s" } else { "" },
                                self.by_severity(),
                                self.where_found()
                            ),
                            (n, true) => format!(
                                "{n} problem{} would remain ({}){}",
                                s(n),
                                self.by_severity(),
                                self.where_found()
                            ),
                        });
                    }
                }
            }
        }
        if self.skipped > 0 {
            clauses.push(format!("{} file{} skipped", self.skipped, s(self.skipped)));
        }
        format!("{}.\n", clauses.join("; "))
    }

    /// "Found 3 problems (...) in 1 of 2 files" or "No problems found in
    /// 2 files" (only "No problems in" when some input was skipped: the
    /// run as a whole found something wrong).
    fn found(&self, total: usize) -> String {
        let files = self.files;
        if total == 0 {
            let found = if self.skipped == 0 { " found" } else { "" };
            return format!("No problems{found} in {files} file{}", s(files));
        }
        format!(
            "Found {total} problem{} ({}) in {} of {files} file{}",
            s(total),
            self.by_severity(),
            self.files_with,
            s(files)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally(mode: Mode, files: &[([usize; 4], usize)], skipped: usize) -> String {
        let mut t = Tally::new(mode);
        for &(remaining, fixed) in files {
            t.add(FileTally { remaining, fixed });
        }
        for _ in 0..skipped {
            t.skip();
        }
        t.summary()
    }

    #[test]
    fn check_summaries() {
        assert_eq!(
            tally(Mode::Check, &[([0; 4], 0)], 0),
            "No problems found in 1 file.\n"
        );
        assert_eq!(
            tally(Mode::Check, &[([0, 1, 0, 2], 0), ([0; 4], 0)], 0),
            "Found 3 problems (1 warning, 2 hints) in 1 of 2 files.\n"
        );
        assert_eq!(
            tally(Mode::Check, &[], 1),
            "Nothing checked; 1 file skipped.\n"
        );
        assert!(tally(Mode::Fix, &[], 0).starts_with("No drafts found to check"));
        assert_eq!(
            tally(Mode::Check, &[([0; 4], 0)], 2),
            "No problems in 1 file; 2 files skipped.\n"
        );
    }

    #[test]
    fn fix_and_diff_summaries_say_what_changed_and_what_remains() {
        assert_eq!(
            tally(Mode::Fix, &[([0, 0, 1, 0], 5)], 0),
            "Fixed 5 problems in 1 file; 1 problem remains (1 info).\n"
        );
        assert_eq!(
            tally(Mode::Fix, &[([0; 4], 2), ([0; 4], 1)], 0),
            "Fixed 3 problems in 2 files; no problems remain.\n"
        );
        assert_eq!(
            tally(Mode::Fix, &[([0, 2, 0, 0], 0)], 0),
            "No fixes applied; 2 problems remain (2 warnings).\n"
        );
        assert_eq!(
            tally(
                Mode::Diff,
                &[([0, 0, 0, 1], 4), ([0; 4], 0), ([0; 4], 1)],
                0
            ),
            "Would fix 5 problems in 2 files; 1 problem would remain (1 hint) in 1 of 3 files.\n"
        );
        assert_eq!(
            tally(Mode::Diff, &[([0; 4], 1)], 0),
            "Would fix 1 problem in 1 file; none would remain.\n"
        );
        assert_eq!(
            tally(Mode::Diff, &[([0; 4], 0)], 0),
            "No problems found in 1 file.\n"
        );
        assert_eq!(
            tally(Mode::Diff, &[([0; 4], 1)], 1),
            "Would fix 1 problem in 1 file; none would remain; 1 file skipped.\n"
        );
    }
}
