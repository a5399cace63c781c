//! Lines of a plain buffer: ranges without terminators, and the lines
//! that end or frame a message (signature delimiters, reply headers, stage
//! directions, disable directives).

use std::ops::Range;

pub(super) fn split_list(v: &str) -> Vec<String> {
    v.trim_matches(|c| c == '[' || c == ']')
        .split([',', ' '])
        .map(|s| s.trim().trim_matches(|c| c == '"' || c == '\''))
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Line ranges without their terminators; lines end at `\n`, `\r\n` or `\r`.
pub fn lines(text: &str) -> Vec<Range<usize>> {
    line_ranges(text).collect()
}

/// [`lines`], one at a time.
pub fn line_ranges(text: &str) -> LineRanges<'_> {
    LineRanges {
        bytes: text.as_bytes(),
        start: 0,
        done: false,
    }
}

pub struct LineRanges<'a> {
    bytes: &'a [u8],
    start: usize,
    done: bool,
}

impl Iterator for LineRanges<'_> {
    type Item = Range<usize>;

    fn next(&mut self) -> Option<Range<usize>> {
        if self.done {
            return None;
        }
        let rest = &self.bytes[self.start..];
        let Some(k) = rest.iter().position(|&b| b == b'\n' || b == b'\r') else {
            // the last line, empty after a final terminator
            self.done = true;
            return Some(self.start..self.bytes.len());
        };
        let end = self.start + k;
        let crlf = self.bytes[end] == b'\r' && self.bytes.get(end + 1) == Some(&b'\n');
        let line = self.start..end;
        self.start = end + 1 + usize::from(crlf);
        Some(line)
    }
}

/// Where a line starting at `start` (with the terminator) ends.
pub(super) fn line_end_with_terminator(text: &str, line: &Range<usize>) -> usize {
    let b = text.as_bytes();
    match b.get(line.end) {
        Some(b'\r') if b.get(line.end + 1) == Some(&b'\n') => line.end + 2,
        Some(b'\r' | b'\n') => line.end + 1,
        _ => line.end,
    }
}

/// Offset of the first byte no longer part of the message: the line after
/// a signature delimiter (`-- `), or a forwarded/original-message header.
pub(super) fn signature_cut(text: &str, from: usize) -> usize {
    for l in line_ranges(text) {
        if l.start < from {
            continue;
        }
        let line = &text[l.clone()];
        let t = line.trim_end();
        if t == "--"
            || t.starts_with("-----Original Message")
            || t.starts_with("---------- Forwarded message")
        {
            return l.start;
        }
    }
    text.len()
}

/// "On Tue, 4 Mar 2025 at 09:12, Dana <dana@x> wrote:" and its kin.
pub(super) fn is_reply_header(line: &str) -> bool {
    let t = line.trim();
    let lower = t.to_lowercase();
    (lower.starts_with("on ") && (lower.ends_with("wrote:") || lower.ends_with("a écrit :")))
        || (lower.ends_with("wrote:") && t.len() < 200 && t.contains('@'))
}

pub(super) fn is_stage_direction(line: &str) -> bool {
    let t = line.trim();
    (t.starts_with('(') && (t.ends_with(')') || t.ends_with("):")))
        || (t.starts_with("*(") && t.ends_with(")*"))
        || (t.starts_with("_(") && t.ends_with(")_"))
}

/// The in-file disable directive of one HTML comment, if it is one.
pub(super) fn disable_directive(comment: &str) -> Option<Vec<String>> {
    let inner = comment
        .trim()
        .strip_prefix("<!--")?
        .trim_end()
        .strip_suffix("-->")?
        .trim();
    let rest = inner.strip_prefix("tactful-disable")?;
    let rest = rest.strip_prefix(':').unwrap_or(rest);
    Some(split_list(rest))
}
